<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Nothing was imported: add --yes to import without a terminal to confirm on.</source>
            <translation>没有导入任何内容：没有终端可以确认时，请加上 --yes。</translation>
        </message>
    </context>
</TS>
