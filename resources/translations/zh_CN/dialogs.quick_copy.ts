<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QuickCopy</name>
    <message>
        <source>Quick copy</source>
        <translation>快速复制</translation>
    </message>
    <message>
        <source>Search scripts, Q&amp;A, materials and coupons…</source>
        <translation>搜话术、问答、素材、优惠券…</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>发给：%1</translation>
    </message>
    <message>
        <source>No customer chosen (greetings use their default)</source>
        <translation>未选客户（称呼用默认值）</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter copy · Esc close</source>
        <translation>↑↓ 选择 · 回车 复制 · Esc 关闭</translation>
    </message>
    <message>
        <source>Nothing matches: fewer characters, or pinyin initials such as fss, find more.</source>
        <translation>没有找到：少输几个字，或者输入拼音首字母（如 fss）试试。</translation>
    </message>
    <message>
        <source>Next: part %1 of this item · Enter copies it</source>
        <translation>下一步：第%1部分 · 回车复制</translation>
    </message>
</context>
</TS>
