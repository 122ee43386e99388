<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TagEditor</name>
    <message>
        <source>Type to find a tag, Enter adds it</source>
        <translation>输入文字查找标签，回车添加</translation>
    </message>
    <message>
        <source> (one)</source>
        <translation>（单选）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
</TS>
