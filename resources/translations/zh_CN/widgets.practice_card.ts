<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PracticeCard</name>
    <message>
        <source>Show the script  (Space)</source>
        <translation>看话术（空格）</translation>
    </message>
    <message>
        <source>Not yet  (1)</source>
        <translation>还不熟（1）</translation>
    </message>
    <message>
        <source>Got it  (2)</source>
        <translation>会了（2）</translation>
    </message>
    <message>
        <source>The customer asks</source>
        <translation>顾客问</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>New from HQ</source>
        <translation>总部新增</translation>
    </message>
    <message>
        <source>Changed by HQ</source>
        <translation>总部修改</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Box %1 of 5</source>
        <translation>第 %1 盒（共 5 盒）</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第%1步：%2</translation>
    </message>
    <message>
        <source>Think: how would you answer? Say it in your own words, then look at the script.</source>
        <translation>想一想：你会怎么回？先用自己的话说一遍，再看话术。</translation>
    </message>
</context>
</TS>
