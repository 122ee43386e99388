<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HqDashboardPage</name>
    <message>
        <source>HQ dashboard</source>
        <translation>总部看板</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>导出本页…</translation>
    </message>
    <message>
        <source>This view&apos;s table as an Excel workbook</source>
        <translation>把本页的表格导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Every table of the month as one workbook (the same as advisor-desk hq workbook)</source>
        <translation>本月所有表格导出为一个工作簿（与 advisor-desk hq workbook 相同）</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Reading the warehouse</source>
        <translation>正在读取总部数据库</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No shop reports merged yet. Each shop exports its report on the Sync page (Report to HQ) and sends the file; HQ registers each shop&apos;s device key once (advisor-desk hq trust add KEY.pub) and merges the files (advisor-desk hq merge FILES). Then press Refresh.</source>
        <translation>还没有合并任何门店报表。各门店在“同步”页“导出给总部”生成报表文件发给总部；总部先登记一次每家门店的设备公钥（advisor-desk hq trust add 公钥文件），再合并报表文件（advisor-desk hq merge 文件…），然后点“刷新”。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation>正在写入工作簿</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
</TS>
