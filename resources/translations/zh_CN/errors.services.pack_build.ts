<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{path} is a file, not a folder; give the folder the two key files should go into.</source>
            <translation>{path} 是一个文件，不是文件夹；请指定存放两个密钥文件的文件夹。</translation>
        </message>
        <message>
            <source>{file} is a folder, not a key file; choose the private key file (.key) inside it.</source>
            <translation>{file} 是一个文件夹，不是密钥文件；请选择其中的私钥文件（.key）。</translation>
        </message>
        <message>
            <source>The key file {file} does not exist.</source>
            <translation>找不到密钥文件 {file}。</translation>
        </message>
        <message>
            <source>{path} is a folder; give the pack's file name (….adpack).</source>
            <translation>{path} 是一个文件夹；请指定内容包的文件名（….adpack）。</translation>
        </message>
        <message>
            <source>{path} already exists; it was not overwritten.</source>
            <translation>{path} 已经存在，没有覆盖。</translation>
        </message>
    </context>
</TS>
