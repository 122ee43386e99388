<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StepPanel</name>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Note for the timeline (optional)</source>
        <translation>跟进备注（可不填）</translation>
    </message>
    <message>
        <source>Done  Ctrl+D</source>
        <translation>完成  Ctrl+D</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <source>Why: %1 · started %2</source>
        <translation>原因：%1 · 开始于 %2</translation>
    </message>
    <message>
        <source>Already contacted today: is another message welcome now?</source>
        <translation>今天已经联系过：现在再发消息合适吗？</translation>
    </message>
    <message numerus="yes">
        <source>Contacted %n day(s) ago: is another message welcome now?</source>
        <translation>
            <numerusform>%n天前刚联系过：现在再发消息合适吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>No prepared kit for this step: write in your own words.</source>
        <translation>这一步没有准备好的素材，请用自己的话沟通。</translation>
    </message>
    <message>
        <source>Kit: %1</source>
        <translation>素材包：%1</translation>
    </message>
    <message>
        <source>All parts copied: mark done…  Ctrl+Enter</source>
        <translation>已全部复制：标记完成…  Ctrl+回车</translation>
    </message>
    <message>
        <source>This item is no longer in the library.</source>
        <translation>这一项已不在资料库中。</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 第 %2/%3 部分</translation>
    </message>
    <message>
        <source>Next to copy: %1 “%2”%3</source>
        <translation>下一步复制：%1“%2”%3</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Copy %1 (%2/%3)  Ctrl+Enter</source>
        <translation>复制%1（%2/%3）Ctrl+回车</translation>
    </message>
</context>
</TS>
