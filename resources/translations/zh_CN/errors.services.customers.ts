<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>A note can be at most {n} characters.</source>
            <translation>备注最多 {n} 个字。</translation>
        </message>
        <message>
            <source>This customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>A customer needs a name or a remark name.</source>
            <translation>请填写客户姓名或备注名。</translation>
        </message>
        <message>
            <source>Unknown KOC type {kind}.</source>
            <translation>未知的 KOC 类型 {kind}。</translation>
        </message>
        <message>
            <source>Unknown kind of contact {kind}.</source>
            <translation>未知的联系方式 {kind}。</translation>
        </message>
        <message>
            <source>Say why the customer's data is erased (for the privacy log).</source>
            <translation>请填写删除该客户资料的原因（记入隐私日志）。</translation>
        </message>
        <message>
            <source>The reason can be at most {n} characters.</source>
            <translation>原因最多 {n} 个字。</translation>
        </message>
        <message>
            <source>A saved filter needs a name of 1 to 60 characters.</source>
            <translation>保存的筛选需要 1 到 60 个字的名称。</translation>
        </message>
        <message>
            <source>Only a store manager can share a filter with the store.</source>
            <translation>只有店长可以把筛选共享给全店。</translation>
        </message>
        <message>
            <source>There is no saved filter named {name}.</source>
            <translation>没有名为“{name}”的已保存筛选。</translation>
        </message>
        <message>
            <source>{phone} is not a phone number.</source>
            <translation>{phone} 不是有效的手机号。</translation>
        </message>
        <message>
            <source>A customer with this phone number already exists.</source>
            <translation>已有客户使用这个手机号。</translation>
        </message>
        <message>
            <source>A customer with this phone number was erased on request; only a store manager can add them again.</source>
            <translation>使用这个手机号的客户已应本人要求删除，只有店长可以重新添加。</translation>
        </message>
        <message>
            <source>Choose who you are before revealing a phone number.</source>
            <translation>请先在上方选择顾问，再查看完整手机号。</translation>
        </message>
        <message>
            <source>Only a store manager can see the full phone number.</source>
            <translation>只有店长可以查看完整手机号。</translation>
        </message>
        <message>
            <source>Only a store manager can delete a customer's data.</source>
            <translation>只有店长可以删除客户资料。</translation>
        </message>
    </context>
</TS>
