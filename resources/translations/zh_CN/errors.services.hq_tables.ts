<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{month} is not a month (YYYY-MM).</source>
            <translation>{month} 不是月份（格式 YYYY-MM）。</translation>
        </message>
    </context>
</TS>
