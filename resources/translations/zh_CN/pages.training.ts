<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TrainingPage</name>
    <message>
        <source>What HQ changed</source>
        <translation>总部更新</translation>
    </message>
    <message>
        <source>The 7-step sale</source>
        <translation>七步成交</translation>
    </message>
    <message>
        <source>Playbooks, step by step</source>
        <translation>SOP 剧本（逐步）</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>No training content yet</source>
        <translation>还没有培训内容</translation>
    </message>
    <message>
        <source>Decks and practice cards are made from HQ&apos;s scripts, which come with HQ&apos;s pack. Import it on the Sync page.</source>
        <translation>演示和练习卡片都来自总部的话术，随总部内容包一起下发。请在“同步”页导入内容包。</translation>
    </message>
    <message>
        <source>Import HQ&apos;s pack…</source>
        <translation>导入总部内容包…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Where the slides go: a projector or a second monitor when one is connected</source>
        <translation>幻灯片显示在哪里：接了投影仪或第二块屏幕时选它</translation>
    </message>
    <message>
        <source>Present full screen  (F5)</source>
        <translation>全屏演示（F5）</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>屏幕：</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation>（主屏）</translation>
    </message>
    <message>
        <source>No training decks yet. They come with HQ content: import a pack on the Sync page.</source>
        <translation>还没有培训内容。它们随总部内容包一起来：请在“同步”页导入内容包。</translation>
    </message>
</context>
</TS>
