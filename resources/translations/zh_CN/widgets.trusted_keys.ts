<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TrustedKeysPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥编号</translation>
    </message>
    <message>
        <source>May sign</source>
        <translation>可签名的内容包</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add HQ key…</source>
        <translation>添加总部密钥…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Only a store manager can add or remove keys.</source>
        <translation>只有店长可以添加或移除密钥。</translation>
    </message>
    <message>
        <source>Demo mode only</source>
        <translation>仅演示模式</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已于 %1 移除</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>Any pack</source>
        <translation>所有内容包</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s public key file</source>
        <translation>选择总部的公钥文件</translation>
    </message>
    <message>
        <source>Public key (*.pub *.json *.pem);;All files (*)</source>
        <translation>公钥 (*.pub *.json *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation>已信任密钥 %1。</translation>
    </message>
    <message>
        <source>Remove %1? New packs signed with it will be refused; content already imported stays.</source>
        <translation>要移除 %1 吗？之后用它签名的新内容包将不能导入，已经导入的内容会保留。</translation>
    </message>
</context>
</TS>
