<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HqWindow</name>
    <message>
        <source>Advisor Desk · HQ</source>
        <translation>顾问工作台 · 总部</translation>
    </message>
    <message>
        <source>Opening the warehouse…</source>
        <translation>正在打开总部数据库…</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>
