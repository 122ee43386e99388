<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{file} holds values the warehouse cannot store; it was not merged.</source>
            <translation>{file} 含有数据仓库无法保存的值，未合并。</translation>
        </message>
    </context>
</TS>
