<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryListModel</name>
    <message>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>A picture: copy it and paste it into the chat</source>
        <translation>图片：复制后直接粘贴到聊天窗口</translation>
    </message>
    <message>
        <source>A file: copy it and paste it into the chat to send it</source>
        <translation>文件：复制后粘贴到聊天窗口即可发送</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n张图</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>used recently</source>
        <translation>最近用过</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>用过%n次</numerusform>
        </translation>
    </message>
</context>
</TS>
