<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfirmDoneDialog</name>
    <message>
        <source>Mark this step done?</source>
        <translation>将这一步标记为完成？</translation>
    </message>
    <message>
        <source>Everything for %1 is copied. Once you have sent it, mark the step done: it is logged on the customer&apos;s timeline.</source>
        <translation>给%1的内容都已复制。发送之后把这一步标记为完成，会记录在客户的跟进记录里。</translation>
    </message>
    <message>
        <source>Mark done  (Enter)</source>
        <translation>标记完成（回车）</translation>
    </message>
    <message>
        <source>Not yet  (Esc)</source>
        <translation>还没有（Esc）</translation>
    </message>
</context>
</TS>
