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
            <source>{path} does not exist.</source>
            <translation>{path} 不存在。</translation>
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
            <source>{path} is a folder; give a file name for the backup.</source>
            <translation>{path} 是一个文件夹；请为备份指定文件名。</translation>
        </message>
    </context>
</TS>
