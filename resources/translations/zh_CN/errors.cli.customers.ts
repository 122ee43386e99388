<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>--map takes HEADER=FIELD, not {value}.</source>
            <translation>--map 的格式是 列名=字段，而不是 {value}。</translation>
        </message>
        <message>
            <source>Nothing was imported: add --yes to import without a terminal to confirm on.</source>
            <translation>没有导入任何内容：没有终端可以确认时，请加上 --yes。</translation>
        </message>
    </context>
</TS>
