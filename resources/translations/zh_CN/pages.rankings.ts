<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RankingsPage</name>
    <message>
        <source>Rankings</source>
        <translation>排行</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Back to the period holding today</source>
        <translation>回到包含今天的这一期</translation>
    </message>
    <message>
        <source>Last 30 days: steps due and done on their day</source>
        <translation>近30天：每天到期的步骤，和当天按时完成的步骤</translation>
    </message>
    <message>
        <source>Counting the rankings</source>
        <translation>正在统计排行</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation>（截至%1）</translation>
    </message>
    <message>
        <source>No incentive rules from HQ: ranked by counts</source>
        <translation>总部暂无激励规则：按数量排名</translation>
    </message>
    <message>
        <source>HQ&apos;s incentive rules (points per step done on time, per new customer, per coupon …) arrive with an HQ pack on the Sync page.</source>
        <translation>总部的激励规则（按时完成步骤、新客户、发券等各得几分）随总部内容包在“同步”页导入。</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2分</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>积分规则：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two incentive rules</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No advisors yet. A store manager adds advisor profiles in Settings.</source>
        <translation>还没有顾问。请店长在“设置”里添加顾问。</translation>
    </message>
    <message>
        <source>This period has not started yet.</source>
        <translation>这一期还没有开始。</translation>
    </message>
    <message>
        <source>Nothing counted in this period yet. The rankings fill in as advisors finish their SOP steps on the Today page, add customers and copy scripts, materials and coupons.</source>
        <translation>这一期还没有数据。顾问在“今日”页完成SOP步骤、添加客户、复制话术素材和发券后，排行就会出现。</translation>
    </message>
    <message>
        <source>Nothing yet for this measure in this period: see the table for the others.</source>
        <translation>这一期这一项还没有数据，其他各项见下表。</translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 advisors (all in the table)</source>
        <translation>%1 · 图中为前 %2 名（共 %3 人，全部见下表）</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Choose who you are in the toolbar to see your rank and streak.</source>
        <translation>请先在顶部选择你是哪位顾问，才能看到自己的名次和连续天数。</translation>
    </message>
    <message>
        <source>Me · %1</source>
        <translation>我的 · %1</translation>
    </message>
    <message>
        <source>Not ranked in this period</source>
        <translation>本期暂无名次</translation>
    </message>
    <message>
        <source>Nothing counted in this period yet</source>
        <translation>本期还没有记录到任何数据</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>第 %1 名 / 共 %2 人</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row with every due step done on time</source>
        <translation>
            <numerusform>已连续 %n 天按时完成全部到期步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: finish every step due today to start one.</source>
        <translation>还没有连续记录：把今天到期的步骤都按时完成就开始啦。</translation>
    </message>
    <message>
        <source>No SOP steps were due in the last 30 days.</source>
        <translation>近30天没有到期的SOP步骤。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
</context>
</TS>
