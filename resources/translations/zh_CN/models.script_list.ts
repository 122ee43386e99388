<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScriptListModel</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
</context>
</TS>
