<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The key file {file} does not exist.</source>
            <translation>找不到密钥文件 {file}。</translation>
        </message>
        <message>
            <source>{path} already exists; it was not overwritten.</source>
            <translation>{path} 已经存在，没有覆盖。</translation>
        </message>
    </context>
</TS>
