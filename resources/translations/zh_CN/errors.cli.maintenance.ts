<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>--customers must be between 1 and 100000.</source>
            <translation>--customers 必须在 1 到 100000 之间。</translation>
        </message>
    </context>
</TS>
