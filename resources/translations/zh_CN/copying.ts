<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Copying</name>
    <message>
        <source>text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Copied with coupon code %1, the code this customer already has. Paste it into the chat (Ctrl+V).</source>
        <translation>已复制，券码 %1（该客户已领取的券码）。请粘贴到聊天窗口（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Copied with coupon code %1. Paste it into the chat (Ctrl+V).</source>
        <translation>已复制，券码 %1 已发放。可粘贴到聊天窗口（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat (Ctrl+V).</source>
        <translation>已复制，可粘贴到聊天窗口（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Last part (%1 of %2, %3) copied. Paste it into the chat.</source>
        <translation>已复制最后一部分（第%1/%2部分，%3），粘贴到聊天窗口即可。</translation>
    </message>
    <message>
        <source>Part %1 of %2 copied (%3). Paste it, then copy again for the next part.</source>
        <translation>已复制第%1/%2部分（%3）。粘贴后再点一次复制，复制下一部分。</translation>
    </message>
</context>
</TS>
