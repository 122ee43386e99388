<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>A ranking period is day, week or month.</source>
            <translation>排行周期只能是日、周或月。</translation>
        </message>
    </context>
</TS>
