<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditScriptDialog</name>
    <message>
        <source>Form of address (王姐, or 亲 when unknown)</source>
        <translation>称呼（如 王姐；不知道时用“亲”）</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Coupon code (asked when copying)</source>
        <translation>券码（复制时询问）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
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
        <source>The text to copy. “Insert” adds the customer&apos;s form of address, name or a coupon code: they are filled in for the customer when you copy.</source>
        <translation>要复制的文字。用“插入”加入客户的称呼、姓名或券码，复制时会按客户自动填好。</translation>
    </message>
    <message>
        <source>Insert ▾</source>
        <translation>插入 ▾</translation>
    </message>
    <message>
        <source>e.g. “Hello” then Insert › Form of address gives “Hello 王姐” when copied for 王姐.</source>
        <translation>例如写“您好”，再插入“称呼”，给王姐复制时就是“您好王姐”。</translation>
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
