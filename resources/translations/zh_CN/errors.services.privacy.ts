<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Unknown privacy log entry {kind}.</source>
            <translation>未知的隐私日志类型 {kind}。</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Export to a .xlsx file.</source>
            <translation>请导出为 .xlsx 文件。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>Only a store manager can see the privacy log.</source>
            <translation>只有店长可以查看隐私日志。</translation>
        </message>
    </context>
</TS>
