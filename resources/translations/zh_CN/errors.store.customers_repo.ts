<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>Unknown tag {tag}.</source>
            <translation>未知标签 {tag}。</translation>
        </message>
        <message>
            <source>A purchase amount cannot be negative.</source>
            <translation>购买金额不能为负数。</translation>
        </message>
        <message>
            <source>Unknown journey stage {stage}.</source>
            <translation>未知客户阶段 {stage}。</translation>
        </message>
    </context>
</TS>
