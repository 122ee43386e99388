<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>No passphrase given: use --passphrase-file FILE or set ADVISOR_DESK_PASSPHRASE (there is no terminal to ask on).</source>
            <translation>没有提供密码：请用 --passphrase-file 文件，或设置 ADVISOR_DESK_PASSPHRASE（当前没有终端可以询问）。</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was written.</source>
            <translation>两次输入的密码不一致，没有写入任何文件。</translation>
        </message>
        <message>
            <source>The passphrase file {file} is a folder; give the file that holds the passphrase.</source>
            <translation>密码文件 {file} 是一个文件夹；请指定保存密码的那个文件。</translation>
        </message>
        <message>
            <source>The passphrase file {file} does not exist.</source>
            <translation>找不到密码文件 {file}。</translation>
        </message>
    </context>
</TS>
