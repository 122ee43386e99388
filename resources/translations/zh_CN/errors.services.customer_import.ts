<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>There is nothing to import in {file}.</source>
            <translation>{file} 里没有可以导入的客户。</translation>
        </message>
        <message>
            <source>Only a store manager can add customers erased on request again.</source>
            <translation>只有店长可以重新添加应本人要求删除的客户。</translation>
        </message>
    </context>
</TS>
