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
            <source>Another program is holding the clipboard, so nothing was copied. Please try again.</source>
            <translation>剪贴板正被其他程序占用，这次没有复制成功，请再试一次。</translation>
        </message>
        <message>
            <source>Unknown library kind {kind}.</source>
            <translation>未知的内容类型 {kind}。</translation>
        </message>
        <message>
            <source>A file of {title} is missing from the media folder; import the HQ pack again.</source>
            <translation>“{title}”的文件在素材文件夹里找不到了，请重新导入总部内容包。</translation>
        </message>
    </context>
</TS>
