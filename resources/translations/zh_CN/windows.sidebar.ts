<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SidebarWindow</name>
    <message>
        <source>Advisor Desk · sidebar</source>
        <translation>顾问工作台 · 侧边栏</translation>
    </message>
    <message>
        <source>Choose the customer you are chatting with (Ctrl+P)</source>
        <translation>选择正在聊天的顾客（Ctrl+P）</translation>
    </message>
    <message>
        <source>Lock the screen (%1): customer data is hidden until an advisor unlocks</source>
        <translation>锁屏（%1）：顾问解锁前不显示任何客户资料</translation>
    </message>
    <message>
        <source>Dock to the left edge</source>
        <translation>停靠到屏幕左边</translation>
    </message>
    <message>
        <source>Dock to the right edge</source>
        <translation>停靠到屏幕右边</translation>
    </message>
    <message>
        <source>Back to the full window (%1)</source>
        <translation>回到完整窗口（%1）</translation>
    </message>
    <message>
        <source>Search scripts, materials, coupons · Enter copies</source>
        <translation>搜话术、素材、优惠券 · 回车复制</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Choose a customer (Ctrl+P)</source>
        <translation>选择客户（Ctrl+P）</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>当前客户：%1</translation>
    </message>
    <message>
        <source>Done. Logged on the customer&apos;s timeline.</source>
        <translation>已完成，已记在顾客的时间线上。</translation>
    </message>
    <message numerus="yes">
        <source>+ %n picture(s) or file(s)</source>
        <translation>
            <numerusform>＋ %n 张图片或文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer characters.</source>
        <translation>没有找到。少输几个字试试。</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter copy · Ctrl+Enter copy the kit</source>
        <translation>↑↓ 选择 · 回车复制 · Ctrl+回车 复制素材包</translation>
    </message>
</context>
</TS>
