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
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) and this profile has to wait.</source>
        <translation>
            <numerusform>PIN 错误。再错 %n 次，此账号需要等待一段时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 错误次数太多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以再试一次。</translation>
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
