<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The backup {file} is damaged and cannot be read.</source>
            <translation>备份 {file} 已损坏，无法读取。</translation>
        </message>
    </context>
</TS>
