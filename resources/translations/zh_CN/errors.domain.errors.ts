<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，没有做任何更改。</translation>
        </message>
    </context>
</TS>
