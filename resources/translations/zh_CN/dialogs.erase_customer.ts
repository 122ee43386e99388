<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase customer data</source>
        <translation>删除客户资料</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 on their request?</source>
        <translation>应本人要求删除 %1 的个人资料？</translation>
    </message>
    <message>
        <source>Name, phone, birthday, notes and the text of contacts and purchases are deleted for good, with tags and follow-ups. Anonymous counts stay (stage, purchases, contacts). A later import does not bring the customer back unless a store manager adds them again. Backups keep older copies until they rotate out.</source>
        <translation>姓名、手机号、生日、备注以及联系和购买记录中的文字将被永久删除，标签和跟进任务也一并删除；只保留匿名统计（阶段、购买、联系次数）。以后导入时不会再把该客户加回来，除非店长重新添加。旧备份中的副本会在备份轮换后消失。</translation>
    </message>
    <message>
        <source>Why, for the privacy log (e.g. asked by phone on 12-07) — no names</source>
        <translation>原因，记入隐私日志（例如：12-07 来电要求）——请勿写姓名</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
</TS>
