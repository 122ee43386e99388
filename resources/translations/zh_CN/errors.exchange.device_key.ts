<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This PC's device key ({path}) is not an Ed25519 key.</source>
            <translation>本机的设备密钥（{path}）不是 Ed25519 密钥。</translation>
        </message>
        <message>
            <source>The key id in this device key file does not match the key.</source>
            <translation>这个设备密钥文件里的密钥编号与密钥不符。</translation>
        </message>
        <message>
            <source>This PC's device key ({path}) cannot be read; reports cannot be signed. Restore the file or ask HQ to register a new key.</source>
            <translation>无法读取本机的设备密钥（{path}），报表无法签名。请恢复该文件，或请总部登记新的密钥。</translation>
        </message>
        <message>
            <source>This is not an Advisor Desk device key file (advisor-desk device show writes one).</source>
            <translation>这不是顾问工作台的设备密钥文件（可用 advisor-desk device show 生成）。</translation>
        </message>
    </context>
</TS>
