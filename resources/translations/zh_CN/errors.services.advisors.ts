<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Too many wrong PINs. Try again in {minutes} minutes.</source>
            <translation>PIN 错误次数太多，请 {minutes} 分钟后再试。</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
            <translation>PIN 错误次数太多，请 {seconds} 秒后再试。</translation>
        </message>
        <message>
            <source>This advisor profile does not exist.</source>
            <translation>该顾问档案不存在。</translation>
        </message>
        <message>
            <source>No advisor named {name}.</source>
            <translation>没有名为 {name} 的顾问。</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}; nothing was done.</source>
            <translation>{name} 的 PIN 不对；没有做任何更改。</translation>
        </message>
        <message>
            <source>Only a store manager can change advisor profiles.</source>
            <translation>只有店长可以修改顾问档案。</translation>
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
            <source>A PIN is 4 to 8 digits.</source>
            <translation>PIN 码为 4 到 8 位数字。</translation>
        </message>
        <message>
            <source>An advisor named {name} already exists.</source>
            <translation>已有名为 {name} 的顾问。</translation>
        </message>
        <message>
            <source>The store needs at least one active manager.</source>
            <translation>门店至少要保留一位在职店长。</translation>
        </message>
        <message>
            <source>Only the advisor or a store manager can change this PIN.</source>
            <translation>只有顾问本人或店长可以修改这个 PIN 码。</translation>
        </message>
    </context>
</TS>
