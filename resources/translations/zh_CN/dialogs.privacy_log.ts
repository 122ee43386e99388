<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PrivacyLogDialog</name>
    <message>
        <source>Privacy log</source>
        <translation>隐私日志</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Nothing was recorded for this choice.</source>
        <translation>所选范围内没有记录。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Kept on this PC only; it never goes into reports. Customers erased on request show without their name.</source>
        <translation>只保存在本机，不会进入上报的报告。应本人要求删除的客户不显示姓名。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest %1 of %2</source>
        <translation>显示最新 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Export the privacy log</source>
        <translation>导出隐私日志</translation>
    </message>
    <message>
        <source>privacy-log.xlsx</source>
        <translation>隐私日志.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the privacy log</source>
        <translation>正在导出隐私日志</translation>
    </message>
</context>
</TS>
