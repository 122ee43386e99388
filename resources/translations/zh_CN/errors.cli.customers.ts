<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>--map takes HEADER=FIELD, not {value}.</source>
            <translation>--map 的格式是 列名=字段，而不是 {value}。</translation>
        </message>
    </context>
</TS>
