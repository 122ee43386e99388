<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportExportPanel</name>
    <message>
        <source>Everything recorded since the last report: SOP steps, contacts, copies, coupons, new customers and tags. Customers leave only as anonymous codes — never a name, phone or note.</source>
        <translation>上次报表之后记录的一切：SOP 步骤、跟进、复制、发券、新客户和标签。客户只以匿名编码出现——绝不包含姓名、手机号或备注。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The next report</source>
        <translation>下一份报表</translation>
    </message>
    <message>
        <source>Reports sent</source>
        <translation>已导出的报表</translation>
    </message>
    <message>
        <source>SOP step results</source>
        <translation>SOP 步骤结果</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Copies and uses</source>
        <translation>复制与使用</translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation>发券</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customer imports</source>
        <translation>客户导入</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>新增标签</translation>
    </message>
    <message>
        <source>Daily progress</source>
        <translation>每日进度</translation>
    </message>
    <message>
        <source>Customer counts by stage, VIP, class</source>
        <translation>客户分层统计（阶段、会员等级、分类）</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>HQ content in use</source>
        <translation>在用的总部内容</translation>
    </message>
    <message>
        <source>Counting what the next report holds…</source>
        <translation>正在统计下一份报表的内容…</translation>
    </message>
    <message>
        <source>Preparing the report preview</source>
        <translation>正在准备报表预览</translation>
    </message>
    <message>
        <source>%1 new records, %2 to %3.</source>
        <translation>新记录 %1 条，%2 至 %3。</translation>
    </message>
    <message>
        <source>Nothing new since the last report; exporting now sends only the current counts.</source>
        <translation>上次报表之后没有新记录；现在导出只包含当前的统计数字。</translation>
    </message>
    <message>
        <source>re-export</source>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>Save the report for HQ</source>
        <translation>保存给总部的报表</translation>
    </message>
    <message>
        <source>Activity report (*.adreport)</source>
        <translation>门店报表 (*.adreport)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报表</translation>
    </message>
    <message>
        <source>Report saved: %1 — send this file to HQ.</source>
        <translation>报表已保存：%1 —— 请把这个文件发给总部。</translation>
    </message>
</context>
</TS>
