<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Copying</name>
    <message>
        <source>The clipboard is busy (another program holds it). Please try again.</source>
        <translation>剪贴板正被其他程序占用，请再试一次。</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat (Ctrl+V).</source>
        <translation>已复制，可粘贴到聊天窗口（Ctrl+V）。</translation>
    </message>
</context>
</TS>
