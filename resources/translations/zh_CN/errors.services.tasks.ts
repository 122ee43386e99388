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
            <source>Say briefly why this step is skipped.</source>
            <translation>请简单写一下跳过的原因。</translation>
        </message>
        <message>
            <source>Snooze to a day after today.</source>
            <translation>请推迟到今天以后的某一天。</translation>
        </message>
        <message>
            <source>Snooze at most 90 days ahead.</source>
            <translation>最多只能推迟 90 天。</translation>
        </message>
        <message>
            <source>The leave ends before it starts.</source>
            <translation>请假结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>A leave can last at most a year.</source>
            <translation>请假最长一年。</translation>
        </message>
        <message>
            <source>Only a store manager can hand tasks to a colleague.</source>
            <translation>只有店长可以把任务转交给同事。</translation>
        </message>
        <message>
            <source>Choose a different colleague.</source>
            <translation>请选择另一位同事。</translation>
        </message>
        <message>
            <source>This leave overlaps one already recorded.</source>
            <translation>这段请假和已登记的请假时间重叠。</translation>
        </message>
    </context>
</TS>
