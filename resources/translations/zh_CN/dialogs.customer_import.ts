<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerImport</name>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Matching customers…</source>
        <translation>正在匹配已有客户…</translation>
    </message>
    <message>
        <source>Adding new customers…</source>
        <translation>正在添加新客户…</translation>
    </message>
    <message>
        <source>Updating customers…</source>
        <translation>正在更新客户…</translation>
    </message>
    <message>
        <source>Starting playbooks…</source>
        <translation>正在启动SOP流程…</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Choose an Excel or CSV file, such as the customer list exported from WeCom.</source>
        <translation>请选择 Excel 或 CSV 文件，例如从企业微信导出的客户列表。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Columns this app does not know</source>
        <translation>需要指定的列</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>检查文件（试运行）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Create unknown tags as this shop&apos;s own tags (otherwise they are left out)</source>
        <translation>把未知标签建为本店标签（否则不导入这些标签）</translation>
    </message>
    <message>
        <source>Add customers erased on request again (they asked to come back; logged)</source>
        <translation>重新添加应本人要求删除的客户（本人要求恢复时才勾选；会记入隐私日志）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save the problem rows as Excel…</source>
        <translation>把有问题的行存为 Excel…</translation>
    </message>
    <message>
        <source>The rows with problems in the file&apos;s own columns plus 问题: fix them in Excel and import that file again</source>
        <translation>有问题的行，按原文件的列另加「问题」列：在 Excel 里改好后再导入这个文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Which customers do you want to bring in?</source>
        <translation>要导入哪些客户？</translation>
    </message>
    <message>
        <source>An Excel or CSV file with one customer a row: a WeCom customer export works as it is. Columns such as 客户名称, 备注名, 手机号, 标签 or 生日 are recognised; you choose what other columns hold. Nothing is written before you press Import.</source>
        <translation>一行一位客户的 Excel 或 CSV 文件即可，企业微信导出的客户列表可以直接用。客户名称、备注名、手机号、标签、生日等列会自动识别，其他列由您选择对应内容。按“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Choose a customer file</source>
        <translation>选择客户文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>换一个文件…</translation>
    </message>
    <message>
        <source>%1: %2 rows; the header is row %3.</source>
        <translation>%1：共 %2 行，表头在第 %3 行。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>跳过此列</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1（例：%2）</translation>
    </message>
    <message>
        <source>Choose what each column holds, then check the file.</source>
        <translation>请为每一列选择对应的内容，然后检查文件。</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Rejected: %4 · With warnings: %5</source>
        <translation>新增：%1 · 更新：%2 · 不变：%3 · 拒绝：%4 · 有提醒：%5</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased on request are not imported (rows %1).</source>
        <translation>
            <numerusform>%n 位应本人要求删除的客户未导入（第 %1 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisors not in this shop (their customers go to you): %1</source>
        <translation>本店没有这些顾问（他们的客户将归到你名下）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will have no owner (only managers see them).</source>
        <translation>
            <numerusform>%n 位新客户将没有归属顾问（只有店长能看到）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rejected rows are skipped; rows with a warning are imported without what it names.</source>
        <translation>还没有写入任何数据。被拒绝的行会跳过；有提醒的行照常导入，只是不导入提醒里说的内容。</translation>
    </message>
    <message>
        <source>New tags for this shop: %1</source>
        <translation>将新建本店标签：%1</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Save the problem rows</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel（*.xlsx）</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>已把 %1 行存到 %2</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>正在导入客户</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>导入完成：新增 %1 位，更新 %2 位。</translation>
    </message>
    <message>
        <source>%1 could not be used.</source>
        <translation>无法使用 %1。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
</context>
</TS>
