<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Rankings</name>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>联系客户</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>发券</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>问答卡</translation>
    </message>
    <message>
        <source>Points from HQ&apos;s incentive rules</source>
        <translation>按总部激励规则计算的积分</translation>
    </message>
    <message>
        <source>Customers added in the period (by owner)</source>
        <translation>本期新加的客户（按归属顾问）</translation>
    </message>
    <message>
        <source>SOP steps done on or before their due day</source>
        <translation>在到期当天或之前完成的SOP步骤</translation>
    </message>
    <message>
        <source>Steps due in the period that were done (a skipped step is not)</source>
        <translation>本期到期的步骤中已完成的比例（跳过的不算完成）</translation>
    </message>
    <message>
        <source>Different customers with a logged contact (a done step counts)</source>
        <translation>有联系记录的客户人数（完成SOP步骤也算一次联系）</translation>
    </message>
    <message>
        <source>Coupon codes issued to customers</source>
        <translation>发给顾客的券码张数</translation>
    </message>
    <message>
        <source>Scripts, materials and coupons copied</source>
        <translation>复制话术、素材和优惠券的次数</translation>
    </message>
    <message>
        <source>Q&amp;A practice cards answered</source>
        <translation>练习问答卡的次数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>%1 of %2 steps due</source>
        <translation>到期 %2 步，已完成 %1 步</translation>
    </message>
</context>
</TS>
