<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScriptsPage</name>
    <message>
        <source>Type a few characters or pinyin initials (e.g. 防晒, fs)…</source>
        <translation>输入几个字或拼音首字母（如“防晒”“fs”）…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer characters, or other filters.</source>
        <translation>没有找到。少输几个字，或换个筛选条件试试。</translation>
    </message>
    <message>
        <source>No scripts yet. They appear here once HQ content has been imported (同步), and your own scripts once you write one.</source>
        <translation>还没有话术。导入总部内容包（同步）后会显示在这里；自己写的话术也会显示在这里。</translation>
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
        <source>+ New script</source>
        <translation>+ 写话术</translation>
    </message>
    <message>
        <source>Write your own script (only you see it)</source>
        <translation>写一条自己的话术（只有你能看到）</translation>
    </message>
    <message>
        <source>Make my copy</source>
        <translation>存为我的</translation>
    </message>
    <message>
        <source>HQ scripts cannot be changed; make your own copy and edit that</source>
        <translation>总部话术不能改，存一份自己的再改</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved. Your script is not among these results; it is under the view “Mine”.</source>
        <translation>已保存。这条话术不在当前结果里，可以在「我的」里找到。</translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <source>Delete your script “%1”? This cannot be undone.</source>
        <translation>确定删除你的话术“%1”吗？删除后不能恢复。</translation>
    </message>
    <message>
        <source>Script deleted.</source>
        <translation>话术已删除。</translation>
    </message>
    <message>
        <source>All scenes</source>
        <translation>全部场景</translation>
    </message>
</context>
</TS>
