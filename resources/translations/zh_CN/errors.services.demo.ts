<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This database already has customers; demo data goes into an empty one (use a new --data-dir).</source>
            <translation>该数据库已有客户；演示数据只能放入空数据库（请使用新的 --data-dir）。</translation>
        </message>
        <message>
            <source>Apply HQ content (stages, tags) before generating demo data.</source>
            <translation>请先导入总部内容（阶段、标签），再生成演示数据。</translation>
        </message>
    </context>
</TS>
