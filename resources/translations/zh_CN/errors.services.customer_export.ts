<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Export to a .xlsx or .csv file.</source>
            <translation>请导出为 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>Only a store manager can export full phone numbers.</source>
            <translation>只有店长可以导出完整手机号。</translation>
        </message>
    </context>
</TS>
