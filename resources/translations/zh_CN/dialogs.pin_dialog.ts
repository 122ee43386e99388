<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>Enter the PIN of %1.</source>
        <translation>请输入 %1 的 PIN 码。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 码不对。</translation>
    </message>
    <message>
        <source>Choose a PIN for %1 (4 to 8 digits).</source>
        <translation>为 %1 设置 PIN 码（4 到 8 位数字）。</translation>
    </message>
</context>
</TS>
