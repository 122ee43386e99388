<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The folder {folder} is not empty.</source>
            <translation>文件夹 {folder} 不是空的。</translation>
        </message>
    </context>
</TS>
