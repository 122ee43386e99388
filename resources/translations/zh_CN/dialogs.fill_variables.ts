<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FillVariablesDialog</name>
    <message>
        <source>Fill in before copying</source>
        <translation>复制前请填写</translation>
    </message>
    <message>
        <source>This text needs a value that is not known for this customer. It is used for this copy only.</source>
        <translation>这段文字需要一个该客户资料里没有的信息，只用于本次复制。</translation>
    </message>
</context>
</TS>
