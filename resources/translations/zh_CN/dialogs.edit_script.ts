<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditScriptDialog</name>
    <message>
        <source>My script</source>
        <translation>我的话术</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>A title or the customer&apos;s question</source>
        <translation>标题，或顾客的问题</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不选）</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>Words to find it by, separated by spaces</source>
        <translation>方便搜到它的词，用空格隔开</translation>
    </message>
    <message>
        <source>The text to copy. {称呼|亲} becomes 王姐 for the current customer, or 亲 when there is none.</source>
        <translation>要复制的内容。{称呼|亲} 会自动换成当前客户的称呼（如“王姐”），没选客户时用“亲”。</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Sales step</source>
        <translation>销售步骤</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
</context>
</TS>
