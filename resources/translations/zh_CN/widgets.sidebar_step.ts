<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SidebarStep</name>
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
        <source>Done</source>
        <translation>完成</translation>
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
</context>
</TS>
