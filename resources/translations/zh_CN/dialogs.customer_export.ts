<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerExport</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Include full phone numbers? The file can then identify customers; keep it safe and delete it when done. The export is recorded.</source>
        <translation>要导出完整手机号吗？这样的文件能识别出客户本人，请妥善保管、用完删除。本次导出会被记录。</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>Masked (138****5678)</source>
        <translation>打码（138****5678）</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已导出 %1 位客户到 %2。</translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation>正在导出客户</translation>
    </message>
</context>
</TS>
