<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{file} is a folder, not a key file; choose the store's public key file inside it.</source>
            <translation>{file} 是一个文件夹，不是密钥文件；请选择其中门店的公钥文件。</translation>
        </message>
        <message>
            <source>The key file {file} does not exist.</source>
            <translation>密钥文件 {file} 不存在。</translation>
        </message>
        <message>
            <source>No report files (*.adreport) were found to merge.</source>
            <translation>没有找到可合并的报表文件（*.adreport）。</translation>
        </message>
        <message>
            <source>Device key {key} was revoked; a revoked key cannot be trusted again. The store makes a new one.</source>
            <translation>设备密钥 {key} 已吊销，不能再次信任；请门店生成新的密钥。</translation>
        </message>
        <message>
            <source>No device key has the id {key}.</source>
            <translation>没有编号为 {key} 的设备密钥。</translation>
        </message>
    </context>
</TS>
