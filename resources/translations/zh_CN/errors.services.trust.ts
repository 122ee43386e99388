<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{file} is a folder, not a key file; choose the public key file (.pub) inside it.</source>
            <translation>{file} 是一个文件夹，不是密钥文件；请选择其中的公钥文件（.pub）。</translation>
        </message>
        <message>
            <source>The key file {file} does not exist.</source>
            <translation>找不到密钥文件 {file}。</translation>
        </message>
        <message>
            <source>Only a store manager can change the trusted keys.</source>
            <translation>只有店长可以修改信任的密钥。</translation>
        </message>
        <message>
            <source>{prefix} is not a valid pack id prefix (lower-case letters, digits, dot, dash; e.g. acme.).</source>
            <translation>{prefix} 不是有效的内容包编号开头（只能用小写字母、数字、点和横线，例如 acme.）。</translation>
        </message>
        <message>
            <source>Key {key} was revoked; a revoked key cannot be trusted again. HQ must make a new key.</source>
            <translation>密钥 {key} 已被移除，移除的密钥不能再次信任。请总部生成新的密钥。</translation>
        </message>
        <message>
            <source>No trusted key has the id {key}.</source>
            <translation>没有编号为 {key} 的信任密钥。</translation>
        </message>
        <message>
            <source>The demo key is built in and trusted only in demo mode; it cannot be removed.</source>
            <translation>演示密钥是内置的，只在演示模式下被信任，不能移除。</translation>
        </message>
    </context>
</TS>
