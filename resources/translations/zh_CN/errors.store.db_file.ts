<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The database {path} is read-only, so nothing can be saved (nothing was changed). Give this user account write permission to the file and its folder, then try again.</source>
            <translation>数据库 {path} 是只读的，无法保存任何内容（没有做任何更改）。请给当前用户账户该文件及其文件夹的写入权限，然后再试。</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so nothing could be saved (nothing was changed). Free some space, then try again.</source>
            <translation>{folder} 所在的磁盘已满，无法保存（没有做任何更改）。请清理出一些空间后再试。</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened (no permission, or its folder is read-only); nothing was changed. Give this user account write permission to the folder.</source>
            <translation>无法打开数据库 {path}（没有权限，或所在文件夹是只读的）；没有做任何更改。请给当前用户账户该文件夹的写入权限。</translation>
        </message>
        <message>
            <source>The disk reported an error while using the database {path}; nothing was changed. Check the disk (or free some space), then try again.</source>
            <translation>使用数据库 {path} 时磁盘报错；没有做任何更改。请检查磁盘（或清理出一些空间）后再试。</translation>
        </message>
        <message>
            <source>The database {path} is damaged; nothing was changed. Run advisor-desk check to see which backup to restore.</source>
            <translation>数据库 {path} 已损坏；没有做任何更改。请运行 advisor-desk check 查看应恢复哪个备份。</translation>
        </message>
    </context>
</TS>
