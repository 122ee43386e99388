<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PracticePanel</name>
    <message>
        <source>Back to today&apos;s cards</source>
        <translation>回到今天的卡片</translation>
    </message>
    <message>
        <source>Choose who you are in the toolbar to practise.</source>
        <translation>在顶部选择你是谁，就可以开始练习。</translation>
    </message>
    <message>
        <source>What&apos;s new: %n script(s) to look at</source>
        <translation>总部更新：还有 %n 条话术要看</translation>
    </message>
    <message>
        <source>Today: %n card(s)</source>
        <translation>今天要练 %n 张</translation>
    </message>
    <message>
        <source>%1 to review · %2 new</source>
        <translation>复习 %1 · 新卡 %2</translation>
    </message>
    <message>
        <source>Today: %n card(s) left</source>
        <translation>今天还剩 %n 张</translation>
    </message>
    <message>
        <source>Last 7 days: %1 practised, %2 known · %3 cards mastered</source>
        <translation>近 7 天：练了 %1 张，会了 %2 张 · 已掌握 %3 张</translation>
    </message>
    <message>
        <source>HQ updated %n script(s) — practise them</source>
        <translation>总部更新了 %n 条话术——练一练</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>回到今日</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>这一轮练完了</translation>
    </message>
    <message>
        <source>%1 got it, %2 not yet. The cards you did not know come back tomorrow.</source>
        <translation>会了 %1 张，还不熟 %2 张。不熟的卡片明天再来。</translation>
    </message>
    <message>
        <source>No practice cards yet</source>
        <translation>还没有练习卡片</translation>
    </message>
    <message>
        <source>The cards are HQ&apos;s Q&amp;A and objection scripts: they come with HQ&apos;s pack. Import it on the Sync page.</source>
        <translation>练习卡片来自总部的问答和异议处理话术，随总部内容包一起下发。请在“同步”页导入内容包。</translation>
    </message>
    <message>
        <source>Import HQ&apos;s pack…</source>
        <translation>导入总部内容包…</translation>
    </message>
    <message>
        <source>Nothing to practise right now</source>
        <translation>现在没有要练的卡片</translation>
    </message>
    <message>
        <source>New cards come tomorrow, and whenever HQ sends new scripts.</source>
        <translation>明天会有新卡片，总部发来新话术时也会有。</translation>
    </message>
</context>
</TS>
