<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{kind}: {key} is already used by a shop's own item.</source>
            <translation>{kind}：{key} 已被门店自己的内容使用。</translation>
        </message>
    </context>
</TS>
