<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This advisor profile does not exist.</source>
            <translation>该顾问档案不存在。</translation>
        </message>
    </context>
</TS>
