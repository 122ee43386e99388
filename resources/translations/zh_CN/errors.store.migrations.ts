<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The database {path} is damaged (it failed its integrity check).</source>
            <translation>数据库 {path} 已损坏（没有通过完整性检查）。</translation>
        </message>
        <message>
            <source>The database was written by a newer version of Advisor Desk (version {revision}); this version cannot open it. Install the newer version; the file was not changed.</source>
            <translation>这个数据库由更新版本的顾问工作台写入（版本 {revision}），当前版本无法打开。请安装新版本；文件没有被改动。</translation>
        </message>
        <message>
            <source>The database {path} is damaged (it failed its integrity check) and no backup was found. Keep a copy of it for a technician; to start with a new, empty database, move it away.</source>
            <translation>数据库 {path} 已损坏（没有通过完整性检查），而且没有找到备份。请留一份副本给技术人员；如要从一个新的空数据库开始，请把它移走。</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: {detail}.</source>
            <translation>无法打开数据库 {path}：{detail}。</translation>
        </message>
        <message>
            <source>The database {path} cannot be read: {detail}.</source>
            <translation>无法读取数据库 {path}：{detail}。</translation>
        </message>
        <message>
            <source>Updating the database to this version failed; the database was left as it was (details in the log). Backup: {backup}</source>
            <translation>数据库升级失败，数据库保持原样（详情见日志）。备份：{backup}</translation>
        </message>
        <message>
            <source>The database {path} is damaged (it failed its integrity check). The latest backup is {backup}; restore it with: advisor-desk restore {backup}</source>
            <translation>数据库 {path} 已损坏（没有通过完整性检查）。最近的备份是 {backup}；请用以下命令恢复：advisor-desk restore {backup}</translation>
        </message>
        <message>
            <source>{path} is not an Advisor Desk database (it has no version mark).</source>
            <translation>{path} 不是顾问工作台的数据库（没有版本标记）。</translation>
        </message>
    </context>
</TS>
