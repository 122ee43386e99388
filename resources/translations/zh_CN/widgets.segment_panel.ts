<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SegmentPanel</name>
    <message>
        <source>Name, remark, initials or phone tail</source>
        <translation>姓名、备注、拼音首字母或手机尾号</translation>
    </message>
    <message>
        <source>Exclude these stages</source>
        <translation>排除所选阶段</translation>
    </message>
    <message>
        <source>Has all groups (any tag within a group)</source>
        <translation>同时满足（同组任一即可）</translation>
    </message>
    <message>
        <source>Has any of them</source>
        <translation>满足任一</translation>
    </message>
    <message>
        <source>Has none of them</source>
        <translation>排除这些标签</translation>
    </message>
    <message>
        <source>No purchase for</source>
        <translation>未购买超过</translation>
    </message>
    <message>
        <source>Birthday within</source>
        <translation>生日在</translation>
    </message>
    <message>
        <source>Added within</source>
        <translation>最近加好友</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清空筛选</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
</TS>
