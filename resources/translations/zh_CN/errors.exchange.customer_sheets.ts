<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{file} is not a CSV or XLSX file.</source>
            <translation>{file} 不是 CSV 或 XLSX 文件。</translation>
        </message>
        <message>
            <source>{file} is a folder; choose the customer file (CSV or XLSX) inside it.</source>
            <translation>{file} 是一个文件夹；请选择其中的客户文件（CSV 或 XLSX）。</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} 不存在。</translation>
        </message>
        <message>
            <source>{file} has more than {n} rows; split it into smaller files.</source>
            <translation>{file} 超过 {n} 行，请拆分成几个小文件。</translation>
        </message>
        <message>
            <source>{file} has no header row with customer columns (such as 客户名称, 手机号 or 标签).</source>
            <translation>{file} 里找不到客户表头（例如 客户名称、手机号 或 标签）。</translation>
        </message>
        <message>
            <source>The file needs a column with the customer's name, remark name, phone or ID.</source>
            <translation>文件里至少要有一列：客户姓名、备注名、手机号或ID。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <source>Choose what the column {column} holds, or skip it.</source>
            <translation>请指定“{column}”这一列的内容，或者跳过它。</translation>
        </message>
        <message>
            <source>{field} is not a customer field.</source>
            <translation>{field} 不是客户字段。</translation>
        </message>
        <message>
            <source>The columns {a} and {b} both hold the same field; skip one of them.</source>
            <translation>“{a}”和“{b}”两列对应同一个字段，请跳过其中一列。</translation>
        </message>
    </context>
</TS>
