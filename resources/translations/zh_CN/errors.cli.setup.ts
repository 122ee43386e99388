<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>--pin asks on a terminal; set the PIN later in Settings.</source>
            <translation>--pin 需要在终端里输入；请稍后在“设置”中设置 PIN 码。</translation>
        </message>
    </context>
</TS>
