<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，没有做任何更改。</translation>
        </message>
        <message>
            <source>Another program is holding the clipboard, so nothing was copied. Please try again.</source>
            <translation>剪贴板正被其他程序占用，未复制任何内容。请再试一次。</translation>
        </message>
    </context>
</TS>
