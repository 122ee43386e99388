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
        <source>Welcome! This PC has no store yet</source>
        <translation>欢迎！这台电脑还没有设置门店</translation>
    </message>
    <message>
        <source>Three steps: name your store, add yourself as its manager, and load HQ&apos;s content (or the demo content to try things out).</source>
        <translation>只需三步：填写门店、把自己设为店长、载入总部内容（也可以先用演示内容试试）。</translation>
    </message>
    <message>
        <source>Set up the store…</source>
        <translation>设置门店…</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>现在是谁在柜台？</translation>
    </message>
    <message>
        <source>Choose your name under “Advisor” at the top right to see your list.</source>
        <translation>请在右上角“顾问”中选择您的名字，查看您的待办。</translation>
    </message>
    <message>
        <source>No HQ content yet</source>
        <translation>还没有总部内容</translation>
    </message>
    <message>
        <source>Follow-up plans, scripts, materials and coupons come from HQ&apos;s pack file. Import it on the Sync page; your list fills as customers arrive.</source>
        <translation>跟进计划、话术、素材和优惠券都来自总部内容包。请在“同步”页面导入；有了客户之后，待办会自动出现。</translation>
    </message>
    <message>
        <source>Import HQ&apos;s pack…</source>
        <translation>导入总部内容包…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add customers one by one as they arrive (Ctrl+N on the Customers page) or import your WeCom customer list: their follow-ups appear here.</source>
        <translation>客户来了就逐个添加（在“客户”页按 Ctrl+N），或导入企业微信客户列表，跟进任务会显示在这里。</translation>
    </message>
    <message>
        <source>Go to customers</source>
        <translation>去客户页</translation>
    </message>
    <message>
        <source>No follow-ups due</source>
        <translation>今天没有到期的跟进</translation>
    </message>
    <message>
        <source>A good moment to post today&apos;s moments material or to greet a customer you have not talked to for a while.</source>
        <translation>正好可以发今天的朋友圈素材，或者问候一位好久没联系的客户。</translation>
    </message>
    <message>
        <source>Find a material</source>
        <translation>找素材</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 位</translation>
    </message>
    <message>
        <source>Birthdays:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>HQ today:</source>
        <translation>总部今日任务：</translation>
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
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>+%1 more tasks</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>Done. Logged on the customer&apos;s timeline.</source>
        <translation>已完成，已记录到客户的跟进记录。</translation>
    </message>
</context>
</TS>
