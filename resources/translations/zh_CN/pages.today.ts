<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TodayPage</name>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v / %m</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
    <message numerus="yes">
        <source>HQ updated %n script(s) — practise them ›</source>
        <translation>
            <numerusform>总部更新了 %n 条话术——去练一练 ›</numerusform>
        </translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>今日 · %1</translation>
    </message>
    <message>
        <source>Choose who you are in the toolbar to see your list.</source>
        <translation>请先在上方选择顾问，才能看到你的任务清单。</translation>
    </message>
    <message>
        <source>Overdue %1 · today %2 · coming days %3</source>
        <translation>逾期 %1 · 今天 %2 · 近几天 %3</translation>
    </message>
    <message>
        <source>You are on leave today: your queue is paused.</source>
        <translation>你今天请假，任务已暂停。</translation>
    </message>
    <message>
        <source>No follow-ups due. A good moment to post today&apos;s moments material or to greet a customer you have not talked to for a while.</source>
        <translation>暂时没有要跟进的客户。可以发一条今天的朋友圈素材，或问候一位很久没联系的客户。</translation>
    </message>
    <message numerus="yes">
        <source>Birthdays (%n)</source>
        <translation>
            <numerusform>近期生日（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ tasks for today (%n)</source>
        <translation>
            <numerusform>总部今日任务（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Logged on the customer&apos;s timeline.</source>
        <translation>已完成，已记录到客户的跟进记录。</translation>
    </message>
</context>
</TS>
