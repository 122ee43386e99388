<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FilterChips</name>
    <message>
        <source>Filters:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>去掉这个筛选</translation>
    </message>
</context>
</TS>
