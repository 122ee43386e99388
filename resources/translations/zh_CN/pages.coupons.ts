<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CouponsPage</name>
    <message>
        <source>Find a coupon: 满300, 无门槛, initials…</source>
        <translation>找优惠券：输入“满300”“无门槛”或拼音首字母…</translation>
    </message>
    <message>
        <source>No coupon matches. Try fewer characters, another type, or tick “Show expired”.</source>
        <translation>没有找到优惠券。少输几个字、换个类型，或勾选“显示已过期”试试。</translation>
    </message>
    <message>
        <source>No coupons yet. They appear here once HQ content has been imported (同步).</source>
        <translation>还没有优惠券。导入总部内容包（同步）后会显示在这里。</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>换新券码</translation>
    </message>
    <message>
        <source>Copy with another code from the pool for this customer (the code they hold stays theirs)</source>
        <translation>从券码池再取一个新券码发给该客户（已领取的券码仍归该客户）</translation>
    </message>
    <message>
        <source>No code pool at this store: the message is copied as it is.</source>
        <translation>本店没有这张券的券码，复制时只复制券的文案。</translation>
    </message>
    <message>
        <source>This customer already has code %1: copying re-sends it. “New code” takes another one.</source>
        <translation>该客户已领取券码 %1：再次复制会重发这个券码。点「换新券码」才会另取一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) left at this store; a copy issues one to the current customer, and copying again re-sends it.</source>
        <translation>
            <numerusform>本店还剩 %n 个券码；复制时给当前客户发一个，再次复制会重发同一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes left at this store (pool exhausted). Ask HQ for more.</source>
        <translation>本店券码已发完，请联系总部补充。</translation>
    </message>
</context>
</TS>
