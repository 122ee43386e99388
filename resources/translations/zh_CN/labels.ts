<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>1 Value break-in</source>
        <translation>1 破冰建立价值</translation>
    </message>
    <message>
        <source>2 Discover needs</source>
        <translation>2 挖掘需求</translation>
    </message>
    <message>
        <source>3 Amplify the need</source>
        <translation>3 放大需求</translation>
    </message>
    <message>
        <source>4 Present the solution</source>
        <translation>4 呈现方案</translation>
    </message>
    <message>
        <source>5 Handle objections</source>
        <translation>5 处理异议</translation>
    </message>
    <message>
        <source>6 Urgency and offer</source>
        <translation>6 限时促单</translation>
    </message>
    <message>
        <source>7 Value after payment</source>
        <translation>7 售后交付价值</translation>
    </message>
    <message>
        <source>1-to-1 chat</source>
        <translation>1对1私聊</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>new friend</source>
        <translation>新加好友</translation>
    </message>
    <message>
        <source>after a purchase</source>
        <translation>购买后</translation>
    </message>
    <message>
        <source>entered a stage</source>
        <translation>进入阶段</translation>
    </message>
    <message>
        <source>tag added</source>
        <translation>打上标签</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社会属性</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>from an event</source>
        <translation>事件触发</translation>
    </message>
    <message>
        <source>by a rule</source>
        <translation>规则添加</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>送礼</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Content creator</source>
        <translation>内容创作者</translation>
    </message>
    <message>
        <source>Experience sharer</source>
        <translation>体验分享者</translation>
    </message>
    <message>
        <source>Co-creator</source>
        <translation>共创者</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>External contact ID</source>
        <translation>外部联系人ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Remark name</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP等级</translation>
    </message>
    <message>
        <source>Member class</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2天）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Moments post</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>No minimum spend</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <source>Spend and save</source>
        <translation>满减</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Random amount</source>
        <translation>随机金额</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动券</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1开始</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1已过期</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>今天最后一天</translation>
    </message>
    <message>
        <source>until %1, %n day(s) left</source>
        <translation>有效期至%1，还剩%n天</translation>
    </message>
    <message>
        <source>%1 off orders over %2 yuan</source>
        <translation>满%2减%1</translation>
    </message>
    <message>
        <source>%1 yuan off, no minimum</source>
        <translation>无门槛减%1元</translation>
    </message>
    <message>
        <source>pay %1% of the price (%2 zhe)</source>
        <translation>%2折（按原价%1%付）</translation>
    </message>
    <message>
        <source>%1 to %2 yuan off</source>
        <translation>随机减%1～%2元</translation>
    </message>
</context>
</TS>
