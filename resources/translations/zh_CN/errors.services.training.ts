<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This training deck is no longer available.</source>
            <translation>这套培训内容已经不在了。</translation>
        </message>
        <message>
            <source>Choose who you are in the toolbar first: practice is kept per advisor.</source>
            <translation>请先在顶部选择你是谁：练习记录按顾问分别保存。</translation>
        </message>
        <message>
            <source>This item is no longer in the library.</source>
            <translation>这一条已经不在库里了。</translation>
        </message>
    </context>
</TS>
