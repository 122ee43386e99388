<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SidebarWindow</name>
        <message>
            <source>Script</source>
            <translation>话术</translation>
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
            <source>Advisor Desk · sidebar</source>
            <translation>顾问工作台 · 侧边栏</translation>
        </message>
        <message>
            <source>Choose the customer you are chatting with (Ctrl+P)</source>
            <translation>选择正在聊天的顾客（Ctrl+P）</translation>
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
            <source>Done</source>
            <translation>完成</translation>
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
            <source>Customer: none chosen (Ctrl+P)</source>
            <translation>当前客户：未选择（Ctrl+P）</translation>
        </message>
        <message>
            <source>Customer: %1</source>
            <translation>当前客户：%1</translation>
        </message>
        <message>
            <source>Choose the customer you are chatting with (Ctrl+P) to see their next step.</source>
            <translation>选择正在聊天的顾客（Ctrl+P），这里就显示她的下一步。</translation>
        </message>
        <message>
            <source>No step due for this customer.</source>
            <translation>这位顾客现在没有待跟进的步骤。</translation>
        </message>
        <message>
            <source>Search below for what you need.</source>
            <translation>在下面搜索需要的内容。</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Next: %1 (%2)</source>
            <translation>下一步：%1（%2）</translation>
        </message>
        <message>
            <source>Kit: %1</source>
            <translation>素材包：%1</translation>
        </message>
        <message>
            <source>No kit: write in your own words.</source>
            <translation>没有素材包：用自己的话写。</translation>
        </message>
        <message>
            <source>Copy %1 (%2/%3)</source>
            <translation>复制%1（%2/%3）</translation>
        </message>
        <message>
            <source>All copied: mark done</source>
            <translation>都复制好了：标记完成</translation>
        </message>
        <message>
            <source>Done. Logged on the customer's timeline.</source>
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
