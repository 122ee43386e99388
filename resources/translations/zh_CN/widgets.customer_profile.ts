<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerProfileView</name>
    <message>
        <source>← Customer list</source>
        <translation>← 客户列表</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <source>Log contact  Ctrl+L</source>
        <translation>记一笔联系  Ctrl+L</translation>
    </message>
    <message>
        <source>Record purchase</source>
        <translation>记录购买</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>e.g. 03-07 or 1988-03-07</source>
        <translation>例如 03-07 或 1988-03-07</translation>
    </message>
    <message>
        <source>(not a KOC)</source>
        <translation>（不是 KOC）</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>保存资料</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>应本人要求删除…</translation>
    </message>
    <message>
        <source>Store managers: delete this customer&apos;s personal data when they ask for it</source>
        <translation>店长：客户本人要求时，删除其个人资料</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无手机号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>%1类</translation>
    </message>
    <message>
        <source>Not a member yet</source>
        <translation>还不是会员</translation>
    </message>
    <message>
        <source>Source %1 · added %2 · advisor %3 · purchases in 12 months: %4</source>
        <translation>来源 %1 · 添加于 %2 · 顾问 %3 · 近12个月购买 %4 次</translation>
    </message>
    <message>
        <source>No purchases yet: “Record purchase” adds one, and the follow-ups after a purchase start.</source>
        <translation>还没有购买记录：点“记录购买”添加，购后跟进会自动开始。</translation>
    </message>
    <message>
        <source>No stage recorded yet: choose one under “Stage”.</source>
        <translation>还没有阶段记录：请在“阶段”中选择。</translation>
    </message>
    <message>
        <source>follow-up step</source>
        <translation>跟进步骤</translation>
    </message>
    <message>
        <source>No contacts logged yet: Ctrl+L logs one.</source>
        <translation>还没有跟进记录：按 Ctrl+L 记一笔。</translation>
    </message>
    <message>
        <source>Next step: nothing planned</source>
        <translation>下一步：暂无安排</translation>
    </message>
    <message>
        <source>No follow-up is due for this customer.</source>
        <translation>这位客户目前没有待跟进的步骤。</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Due %1 · %2 · %3</source>
        <translation>到期 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Kit: %1</source>
        <translation>素材包：%1</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>该客户的个人资料已删除。</translation>
    </message>
    <message>
        <source>The birthday is not a date, e.g. 03-07 or 1988-03-07.</source>
        <translation>生日格式不对，例如 03-07 或 1988-03-07。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>
