<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>A script needs a title of 1 to 200 characters.</source>
            <translation>话术标题需要 1 到 200 个字。</translation>
        </message>
        <message>
            <source>A script needs some text.</source>
            <translation>话术内容不能为空。</translation>
        </message>
        <message>
            <source>The text asks for “{name}”, which the app cannot fill in. Use Insert for the form of address, the name or a coupon code.</source>
            <translation>文字里用到了“{name}”，软件无法自动填写。称呼、姓名或券码请用“插入”添加。</translation>
        </message>
        <message>
            <source>A curly bracket in the text has no partner (near “{near}”). Remove it, and use Insert for names and codes.</source>
            <translation>文字里有一个大括号没有配对（在“{near}”附近）。请删掉它，称呼和券码请用“插入”添加。</translation>
        </message>
        <message>
            <source>Unknown script kind {kind}.</source>
            <translation>未知的话术类型 {kind}。</translation>
        </message>
        <message>
            <source>Unknown channel {channel}.</source>
            <translation>未知的渠道 {channel}。</translation>
        </message>
        <message>
            <source>The sales step is a number from 1 to 7.</source>
            <translation>销售步骤是 1 到 7 之间的数字。</translation>
        </message>
        <message>
            <source>Unknown library kind {kind}.</source>
            <translation>未知的内容类型 {kind}。</translation>
        </message>
    </context>
</TS>
