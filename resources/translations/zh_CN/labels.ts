<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>1 Value break-in</source>
        <translation>1 破冰建立价值</translation>
    </message>
    <message>
        <source>2 Discover needs</source>
        <translation>2 挖掘需求</translation>
    </message>
    <message>
        <source>3 Amplify the need</source>
        <translation>3 放大需求</translation>
    </message>
    <message>
        <source>4 Present the solution</source>
        <translation>4 呈现方案</translation>
    </message>
    <message>
        <source>5 Handle objections</source>
        <translation>5 处理异议</translation>
    </message>
    <message>
        <source>6 Urgency and offer</source>
        <translation>6 限时促单</translation>
    </message>
    <message>
        <source>7 Value after payment</source>
        <translation>7 售后交付价值</translation>
    </message>
    <message>
        <source>1-to-1 chat</source>
        <translation>1对1私聊</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
</context>
</TS>
