<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>--limit must be between 1 and 10000.</source>
            <translation>--limit 必须在 1 到 10000 之间。</translation>
        </message>
    </context>
</TS>
