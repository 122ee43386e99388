<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>name or WeCom remark, e.g. 王晓燕</source>
        <translation>姓名或企业微信备注，例如 王晓燕</translation>
    </message>
    <message>
        <source>e.g. 王姐 / 李先生</source>
        <translation>例如 王姐 / 李先生</translation>
    </message>
    <message>
        <source>optional, 11 digits</source>
        <translation>可不填，11 位手机号</translation>
    </message>
    <message>
        <source>Scanned at the counter</source>
        <translation>门店扫码</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Referred by a friend</source>
        <translation>朋友推荐</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Mall event</source>
        <translation>商场活动</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact with %1</source>
        <translation>记录与 %1 的联系</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>聊了什么？</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Record a purchase by %1</source>
        <translation>记录 %1 的购买</translation>
    </message>
    <message>
        <source>What did they buy?</source>
        <translation>买了什么？</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
</context>
</TS>
