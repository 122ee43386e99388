<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Startup</name>
    <message>
        <source>Opening the warehouse</source>
        <translation>正在打开总部数据库</translation>
    </message>
</context>
</TS>
