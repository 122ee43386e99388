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
        <source>Enter chooses the highlighted customer.</source>
        <translation>按回车选择高亮的客户。</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
</context>
</TS>
