<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Find a poster, post or article: a few characters or initials…</source>
        <translation>找海报、朋友圈、文章：输入几个字或拼音首字母…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer characters, other filters, or tick “Show expired”.</source>
        <translation>没有找到。少输几个字、换个筛选条件，或勾选“显示已过期”试试。</translation>
    </message>
    <message>
        <source>No materials yet. They appear here once HQ content has been imported (同步).</source>
        <translation>还没有素材。导入总部内容包（同步）后会显示在这里。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All scenes</source>
        <translation>全部场景</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>A moments post: copy the caption, paste it in WeChat moments, then copy each picture in order (press Copy again for the next part).</source>
        <translation>朋友圈素材：先复制文案，粘贴到朋友圈，再按顺序一张张复制图片（每点一次复制下一部分）。</translation>
    </message>
    <message>
        <source>Copies the picture itself: paste it straight into the chat.</source>
        <translation>复制的是图片本身，直接粘贴到聊天窗口就能发。</translation>
    </message>
    <message>
        <source>Copies the link with its title (a clickable link where the chat supports it).</source>
        <translation>复制链接和标题（支持的聊天软件里可以直接点开）。</translation>
    </message>
    <message>
        <source>Copies the file: paste it into the chat to send it.</source>
        <translation>复制的是文件，粘贴到聊天窗口即可发送。</translation>
    </message>
</context>
</TS>
