<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HqViews</name>
    <message>
        <source>Advisors</source>
        <translation>顾问排行</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店排行</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域排行</translation>
    </message>
    <message>
        <source>SOP funnel</source>
        <translation>SOP漏斗</translation>
    </message>
    <message>
        <source>Content use</source>
        <translation>内容使用</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>未使用内容</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Report freshness</source>
        <translation>报表新鲜度</translation>
    </message>
    <message>
        <source>Nothing yet for this measure in this month.</source>
        <translation>本月这一项还没有数据。</translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 (all in the table)</source>
        <translation>%1 · 图中为前 %2 个（共 %3 个，全部见下表）</translation>
    </message>
    <message>
        <source>No SOP step was due in this month.</source>
        <translation>本月没有到期的SOP步骤。</translation>
    </message>
    <message>
        <source>SOP steps due: done on time → late → skipped → missed</source>
        <translation>到期的SOP步骤：按时完成 → 逾期完成 → 跳过 → 错过</translation>
    </message>
    <message>
        <source>No script, material or coupon was used in this month.</source>
        <translation>本月没有使用任何话术、素材或优惠券。</translation>
    </message>
    <message>
        <source>Every item of HQ&apos;s content was used at least once.</source>
        <translation>总部的每条内容都至少被使用过一次。</translation>
    </message>
    <message>
        <source>(no scene)</source>
        <translation>（无场景）</translation>
    </message>
    <message>
        <source>Items never used, by scene</source>
        <translation>从未使用的内容，按场景</translation>
    </message>
    <message>
        <source>No coupon was issued in this month.</source>
        <translation>本月没有发出优惠券。</translation>
    </message>
    <message>
        <source>Coupons issued per month, by type</source>
        <translation>每月发券数，按券类型</translation>
    </message>
    <message>
        <source>No store has sent a report yet.</source>
        <translation>还没有门店发来报表。</translation>
    </message>
    <message>
        <source>Every store&apos;s reports reach today.</source>
        <translation>所有门店的报表都已覆盖到今天。</translation>
    </message>
    <message>
        <source> d</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Days since the last day a store&apos;s reports cover</source>
        <translation>各门店报表覆盖到的最后一天距今的天数</translation>
    </message>
    <message>
        <source>; never reported: %1</source>
        <translation>；从未发来报表：%1</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>第%1步 · %2</translation>
    </message>
    <message>
        <source>Each item</source>
        <translation>逐条</translation>
    </message>
    <message>
        <source>By scene</source>
        <translation>按场景</translation>
    </message>
    <message>
        <source>By sales step</source>
        <translation>按销售步骤</translation>
    </message>
    <message>
        <source>(no sales step)</source>
        <translation>（无销售步骤）</translation>
    </message>
    <message>
        <source>Uses by scene</source>
        <translation>按场景的使用次数</translation>
    </message>
    <message>
        <source>Uses by sales step</source>
        <translation>按销售步骤的使用次数</translation>
    </message>
    <message>
        <source>Items never used, by sales step</source>
        <translation>从未使用的内容，按销售步骤</translation>
    </message>
</context>
</TS>
