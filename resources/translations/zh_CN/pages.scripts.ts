<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScriptsPage</name>
    <message>
        <source>Filter scripts by words…</source>
        <translation>输入关键词筛选话术…</translation>
    </message>
    <message>
        <source>Copy  (Enter)</source>
        <translation>复制（回车）</translation>
    </message>
    <message>
        <source>Scripts and Q&amp;A</source>
        <translation>话术和问答</translation>
    </message>
    <message>
        <source>All sales steps</source>
        <translation>全部销售步骤</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All scenes</source>
        <translation>全部场景</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No scripts match these filters.</source>
        <translation>没有符合条件的话术。</translation>
    </message>
    <message>
        <source>No scripts yet. They appear here once HQ content has been imported (同步).</source>
        <translation>还没有话术。导入总部内容包（同步）后会显示在这里。</translation>
    </message>
    <message>
        <source>Pick a script on the left</source>
        <translation>请在左侧选择一条话术</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Personalised for %1</source>
        <translation>已按 %1 个性化</translation>
    </message>
    <message>
        <source>No customer selected: the greeting uses its default (e.g. 亲).</source>
        <translation>未选择客户：称呼使用默认值（如“亲”）。</translation>
    </message>
    <message>
        <source>The clipboard is busy (another program holds it). Please try again.</source>
        <translation>剪贴板正被其他程序占用，请再试一次。</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat (Ctrl+V).</source>
        <translation>已复制，可粘贴到聊天窗口（Ctrl+V）。</translation>
    </message>
</context>
</TS>
