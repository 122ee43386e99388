<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This item is no longer in the library.</source>
            <translation>这条内容已不在库中。</translation>
        </message>
        <message>
            <source>Fill in {names} before copying.</source>
            <translation>请先填写{names}再复制。</translation>
        </message>
        <message>
            <source>This item has nothing more to copy.</source>
            <translation>这条内容已经全部复制完了。</translation>
        </message>
        <message>
            <source>A file of {title} is missing from the media folder; import the HQ pack again.</source>
            <translation>“{title}”的文件在素材文件夹里找不到了，请重新导入总部内容包。</translation>
        </message>
        <message>
            <source>Unknown library kind {kind}.</source>
            <translation>未知的内容类型 {kind}。</translation>
        </message>
        <message>
            <source>A file of {title} could not be prepared for the chat ({reason}).</source>
            <translation>无法为聊天准备「{title}」的文件（{reason}）。</translation>
        </message>
    </context>
</TS>
