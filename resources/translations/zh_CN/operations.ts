<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OperationRunner</name>
    <message>
        <source>Waiting for another program that is writing to the data (an import?)… Your change follows.</source>
        <translation>正在等待另一个程序写完数据（可能是导入）…… 您的操作随后完成。</translation>
    </message>
    <message>
        <source>Waiting for “%1” to finish… Your change follows.</source>
        <translation>正在等待「%1」完成…… 您的操作随后完成。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
</context>
</TS>
