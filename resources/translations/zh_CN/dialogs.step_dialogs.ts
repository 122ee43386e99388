<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Record leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>到（含当天）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>While you are away your queue pauses: nothing piles up as overdue, and steps due in those days wait for your return.</source>
        <translation>请假期间任务暂停：不会累积成逾期，这几天到期的步骤会等你回来再做。</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this step</source>
        <translation>跳过这一步</translation>
    </message>
    <message>
        <source>The customer asked not to be disturbed</source>
        <translation>客户表示不希望被打扰</translation>
    </message>
    <message>
        <source>Already talked about it another way</source>
        <translation>已经通过其他方式沟通过</translation>
    </message>
    <message>
        <source>Not relevant for this customer any more</source>
        <translation>对这位客户已不适用</translation>
    </message>
    <message>
        <source>The customer is travelling</source>
        <translation>客户出差或旅行中</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Why is this step skipped?</source>
        <translation>为什么跳过这一步？</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Do it later</source>
        <translation>稍后再做</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>When do you want to do it?</source>
        <translation>打算什么时候做？</translation>
    </message>
</context>
</TS>
