<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Choose the current customer</source>
        <translation>选择当前客户</translation>
    </message>
    <message>
        <source>Name, remark, initials (e.g. wxy) or last digits of the phone</source>
        <translation>姓名、备注、拼音首字母（如 wxy）或手机尾号</translation>
    </message>
    <message>
        <source>%1 more customers match but belong to other advisors; ask the store manager.</source>
        <translation>另有 %1 位客户符合，但属于其他顾问；请找店长。</translation>
    </message>
    <message>
        <source>Enter chooses the highlighted customer.</source>
        <translation>按回车选择高亮的客户。</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>contacted today</source>
        <translation>今天联系过</translation>
    </message>
    <message>
        <source>last contact %1 days ago</source>
        <translation>%1 天前联系</translation>
    </message>
    <message>
        <source>next step %1</source>
        <translation>下一步 %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
</context>
</TS>
