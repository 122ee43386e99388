<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust an HQ key</source>
        <translation>信任总部密钥</translation>
    </message>
    <message>
        <source>Only add a key that HQ gave you directly (USB stick, the company mailbox). Packs signed with it will be accepted.</source>
        <translation>只添加总部直接交给你的密钥（U 盘或公司邮箱）。用这个密钥签名的内容包都会被接受。</translation>
    </message>
    <message>
        <source>e.g. 沁研总部</source>
        <translation>例如 沁研总部</translation>
    </message>
    <message>
        <source>e.g. qinyan.  (empty: any pack)</source>
        <translation>例如 qinyan.（留空表示所有内容包）</translation>
    </message>
    <message>
        <source>The key may sign only packs whose id starts with one of these (separate several with spaces).</source>
        <translation>这个密钥只能签名编号以这些开头的内容包（多个用空格隔开）。</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pack ids</source>
        <translation>内容包编号</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>信任这个密钥</translation>
    </message>
</context>
</TS>
