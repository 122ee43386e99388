<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The warehouse runs on SQLite or PostgreSQL (psycopg), not {driver}.</source>
            <translation>数据仓库只支持 SQLite 或 PostgreSQL（psycopg），不支持 {driver}。</translation>
        </message>
        <message>
            <source>{url} is not a database URL (use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB).</source>
            <translation>{url} 不是数据库地址（请用 sqlite:///文件 或 postgresql+psycopg://用户@主机/库）。</translation>
        </message>
        <message>
            <source>A PostgreSQL warehouse needs the psycopg package: pip install "advisor-desk[hq]".</source>
            <translation>使用 PostgreSQL 数据仓库需要 psycopg：pip install "advisor-desk[hq]"。</translation>
        </message>
        <message>
            <source>The warehouse was written by a newer version of Advisor Desk (version {revision}); this version cannot use it.</source>
            <translation>该数据仓库由更新版本的顾问工作台写入（版本 {revision}），本版本无法使用。</translation>
        </message>
        <message>
            <source>{url} already holds other tables; give the warehouse a database (or file) of its own.</source>
            <translation>{url} 中已有其他数据表；请为数据仓库单独准备一个数据库（或文件）。</translation>
        </message>
        <message>
            <source>Cannot open the warehouse database {url}.</source>
            <translation>无法打开数据仓库 {url}。</translation>
        </message>
        <message>
            <source>Updating the warehouse to this version failed; it was left as it was ({detail}).</source>
            <translation>数据仓库升级到本版本失败，已保持原样（{detail}）。</translation>
        </message>
    </context>
</TS>
