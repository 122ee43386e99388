<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This advisor profile does not exist.</source>
            <translation>该顾问档案不存在。</translation>
        </message>
        <message>
            <source>No advisor named {name}.</source>
            <translation>没有名为 {name} 的顾问。</translation>
        </message>
        <message>
            <source>An advisor needs a name of 1 to 60 characters.</source>
            <translation>顾问姓名需为 1 到 60 个字符。</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>未知角色 {role}。</translation>
        </message>
        <message>
            <source>An advisor named {name} already exists.</source>
            <translation>已有名为 {name} 的顾问。</translation>
        </message>
    </context>
</TS>
