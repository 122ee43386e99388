<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>There is no database at {path} yet.</source>
            <translation>{path} 还没有数据库。</translation>
        </message>
        <message>
            <source>The database is of version {revision}, which this version of Advisor Desk does not know (it knows up to {head}); it was written by a newer version.</source>
            <translation>数据库的版本是 {revision}，当前的顾问工作台不认识（最高只认识 {head}），它是由更新版本的软件写入的。</translation>
        </message>
        <message>
            <source>{path} is not an Advisor Desk database.</source>
            <translation>{path} 不是顾问工作台的数据库。</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Advisor Desk.</source>
            <translation>{path} 由更新版本的顾问工作台写入。</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} 不存在。</translation>
        </message>
        <message>
            <source>{path} is a folder; choose a backup file inside it (backups are named advisor_desk-….db, in {backups}). Nothing was changed.</source>
            <translation>{path} 是一个文件夹；请选择其中的备份文件（备份文件名为 advisor_desk-….db，位于 {backups}）。没有做任何更改。</translation>
        </message>
        <message>
            <source>{path} cannot be read (no permission, or a disk error); copy it to this computer again. Nothing was changed.</source>
            <translation>无法读取 {path}（没有权限或磁盘出错）；请重新把它复制到这台电脑上。没有做任何更改。</translation>
        </message>
        <message>
            <source>{path} is not a database backup (it is not a database file at all); choose a backup from {backups}. Nothing was changed.</source>
            <translation>{path} 不是数据库备份（它根本不是数据库文件）；请从 {backups} 中选择一个备份。没有做任何更改。</translation>
        </message>
        <message>
            <source>{path} is damaged (it failed its integrity check); choose another backup from {backups}. Nothing was changed.</source>
            <translation>{path} 已损坏（没有通过完整性检查）；请从 {backups} 中选择另一个备份。没有做任何更改。</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name for the backup.</source>
            <translation>{path} 是一个文件夹；请为备份指定文件名。</translation>
        </message>
        <message>
            <source>Close Advisor Desk first: it is using this data folder (process {pid}). Nothing was restored.</source>
            <translation>请先关闭顾问工作台：它正在使用这个数据文件夹（进程 {pid}）。没有恢复任何内容。</translation>
        </message>
        <message>
            <source>Only a store manager can restore a backup.</source>
            <translation>只有店长可以恢复备份。</translation>
        </message>
    </context>
</TS>
