<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Give the store a name of 1 to 60 characters, e.g. 沁研 静安嘉里中心专柜.</source>
            <translation>请给门店起一个 1 到 60 个字的名称，例如 沁研 静安嘉里中心专柜。</translation>
        </message>
        <message>
            <source>The store code is the code HQ gave your counter: letters and digits, up to 20, e.g. SH001.</source>
            <translation>门店编码是总部给您专柜的编号：字母和数字，最多 20 位，例如 SH001。</translation>
        </message>
        <message>
            <source>Type your name (1 to 60 characters): it becomes the store manager's profile.</source>
            <translation>请输入您的姓名（1 到 60 个字），它会成为店长的档案。</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>PIN 码是 4 到 8 位数字。</translation>
        </message>
        <message>
            <source>This data folder is already in use by a store; change its name and code in Settings.</source>
            <translation>这个数据文件夹已经有门店在用；请在“设置”中修改门店名称和编码。</translation>
        </message>
    </context>
</TS>
