<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
    </context>
</TS>
