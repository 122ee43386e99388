<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PackPreview</name>
    <message>
        <source>Tag groups</source>
        <translation>标签组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Journey stages</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>VIP levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Member classes</source>
        <translation>会员分类</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Scripts &amp; Q&amp;A</source>
        <translation>话术与问答</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Coupon codes for this store</source>
        <translation>本店券码</translation>
    </message>
    <message>
        <source>SOP playbooks</source>
        <translation>SOP 剧本</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>每日任务</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Incentive rules</source>
        <translation>激励规则</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>Pack %1</source>
        <translation>内容包 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>发布方 %1</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>制作于 %1</translation>
    </message>
    <message>
        <source>signed by %1 (verified)</source>
        <translation>签名：%1（已验证）</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>This version is already imported. Nothing to do.</source>
        <translation>这一版已经导入过了，不需要再导入。</translation>
    </message>
    <message>
        <source>Nothing changes: this shop already has exactly this content.</source>
        <translation>没有变化：本店的内容和这个包完全一样。</translation>
    </message>
    <message>
        <source>Importing: %1 new, %2 changed, %3 retired. Retired items disappear from search; their history stays. The database is backed up first.</source>
        <translation>导入后：新增 %1 项，更新 %2 项，下架 %3 项。下架的内容不再出现在搜索中，历史记录保留。导入前会先备份数据库。</translation>
    </message>
    <message>
        <source>%1 new · %2 changed · %3 retired</source>
        <translation>新增 %1 · 修改 %2 · 下架 %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 还有 %1 项</translation>
    </message>
</context>
</TS>
