<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The store code cannot be empty.</source>
            <translation>门店编码不能为空。</translation>
        </message>
    </context>
</TS>
