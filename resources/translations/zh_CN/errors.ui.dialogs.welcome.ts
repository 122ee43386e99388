<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 码不一致。</translation>
        </message>
    </context>
</TS>
