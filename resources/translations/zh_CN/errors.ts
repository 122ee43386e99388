<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. The details were saved to {log}. Your data was not changed by this error.</source>
        <translation>出错了。详细信息已保存到 {log}。这个错误没有改动您的数据。</translation>
    </message>
    <message>
        <source>Advisor Desk</source>
        <translation>顾问工作台</translation>
    </message>
</context>
</TS>
