<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The HQ content is invalid: {detail}</source>
            <translation>总部内容无效：{detail}</translation>
        </message>
    </context>
</TS>
