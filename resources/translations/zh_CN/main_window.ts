<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisor Desk</source>
        <translation>顾问工作台</translation>
    </message>
    <message>
        <source>Advisor:</source>
        <translation>顾问：</translation>
    </message>
    <message>
        <source>Choose the customer you are chatting with (Ctrl+P); every copy is personalised for them</source>
        <translation>选择正在聊天的客户（Ctrl+P），复制的内容会按该客户个性化</translation>
    </message>
    <message>
        <source>Clear the current customer</source>
        <translation>清除当前客户</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>A narrow window that stays beside the chat window (Ctrl+Shift+S)</source>
        <translation>一个窄窗口，一直停在聊天窗口旁边（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+Shift+L): customer data is hidden until an advisor unlocks</source>
        <translation>锁屏（Ctrl+Shift+L）：顾问解锁前不显示任何客户资料</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Customer: none chosen</source>
        <translation>当前客户：未选择</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>当前客户：%1</translation>
    </message>
    <message>
        <source>Now chatting with %1: copies are personalised for them.</source>
        <translation>当前客户：%1，复制的内容会按这位客户填写。</translation>
    </message>
</context>
</TS>
