<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Choose what the column {column} holds, or skip it.</source>
            <translation>请指定“{column}”这一列的内容，或者跳过它。</translation>
        </message>
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
            <source>The problem report is an .xlsx file, not {file}.</source>
            <translation>问题报告要存成 .xlsx 文件，不能是 {file}。</translation>
        </message>
        <message>
            <source>{file} is a folder; give a file name for the problem report.</source>
            <translation>{file} 是一个文件夹；请为问题报告指定一个文件名。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place for the problem report.</source>
            <translation>文件夹 {folder} 不存在；请为问题报告另选一个位置。</translation>
        </message>
        <message>
            <source>{file} cannot be read as a table of text: in Excel choose Save As › “CSV UTF-8” (or .xlsx) and try once more.</source>
            <translation>{file} 无法作为表格读取：请在 Excel 中“另存为”，选择“CSV UTF-8”（或 .xlsx）后再试一次。</translation>
        </message>
        <message>
            <source>{field} is not a customer field.</source>
            <translation>{field} 不是客户字段。</translation>
        </message>
        <message>
            <source>The columns {a} and {b} both hold the same field; skip one of them.</source>
            <translation>“{a}”和“{b}”两列对应同一个字段，请跳过其中一列。</translation>
        </message>
        <message>
            <source>{file} cannot be read as an Excel workbook: it may be damaged or another kind of file. Open it in Excel, save it again as .xlsx and try once more.</source>
            <translation>{file} 无法作为 Excel 表格打开：文件可能已损坏，或者并不是 Excel 文件。请用 Excel 打开后重新保存为 .xlsx 再试一次。</translation>
        </message>
    </context>
</TS>
