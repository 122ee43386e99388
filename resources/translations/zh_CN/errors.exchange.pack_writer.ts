<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The pack header is invalid: {detail}</source>
            <translation>内容包信息有误：{detail}</translation>
        </message>
        <message>
            <source>{name} is not a file a pack may hold.</source>
            <translation>{name} 不是内容包可以包含的文件。</translation>
        </message>
    </context>
</TS>
