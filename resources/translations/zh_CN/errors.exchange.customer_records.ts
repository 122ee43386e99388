<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{column} is longer than {n} characters</source>
            <translation>{column} 超过 {n} 个字</translation>
        </message>
        <message>
            <source>no name, remark name, phone or ID</source>
            <translation>没有姓名、备注名、手机号或ID</translation>
        </message>
        <message>
            <source>bad phone number {value}</source>
            <translation>手机号有误：{value}</translation>
        </message>
        <message>
            <source>unknown gender {value} (left out)</source>
            <translation>未知性别 {value}（未导入）</translation>
        </message>
        <message>
            <source>bad birthday {value}</source>
            <translation>生日有误：{value}</translation>
        </message>
        <message>
            <source>bad date {value}</source>
            <translation>日期有误：{value}</translation>
        </message>
    </context>
</TS>
