<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>A passphrase needs at least {count} characters.</source>
            <translation>密码至少要 {count} 个字符。</translation>
        </message>
        <message>
            <source>The key id in this public key file does not match the key.</source>
            <translation>这个公钥文件里的密钥编号与密钥本身不符。</translation>
        </message>
        <message>
            <source>This is not an encrypted Advisor Desk private key file.</source>
            <translation>这不是加密的顾问工作台私钥文件。</translation>
        </message>
        <message>
            <source>This is not an Ed25519 private key.</source>
            <translation>这不是 Ed25519 私钥。</translation>
        </message>
        <message>
            <source>{path} already exists; it was not overwritten.</source>
            <translation>{path} 已经存在，没有覆盖。</translation>
        </message>
        <message>
            <source>This is not an Ed25519 public key.</source>
            <translation>这不是 Ed25519 公钥。</translation>
        </message>
        <message>
            <source>This is not an Advisor Desk public key file.</source>
            <translation>这不是顾问工作台的公钥文件。</translation>
        </message>
        <message>
            <source>The passphrase does not open this private key.</source>
            <translation>密码不对，打不开这个私钥。</translation>
        </message>
    </context>
</TS>
