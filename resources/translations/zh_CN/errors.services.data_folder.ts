<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The folder {path} cannot be written (it is read-only, or this user account has no permission), so Advisor Desk cannot save anything. Give this account write permission to the folder or choose another data folder.</source>
            <translation>无法写入文件夹 {path}（它是只读的，或当前用户账户没有权限），顾问工作台无法保存任何内容。请给当前账户该文件夹的写入权限，或换一个数据文件夹。</translation>
        </message>
        <message>
            <source>The database {path} is not a database file (it was overwritten or damaged) and there is no backup. Keep a copy of it for a technician; to start with a new, empty database, move it away.</source>
            <translation>数据库 {path} 不是数据库文件（被覆盖或已损坏），而且没有备份。请留一份副本给技术人员；如要从一个新的空数据库开始，请把它移走。</translation>
        </message>
        <message>
            <source>{path} is a folder where the database file belongs. Move the folder away (or restore a backup), then start again.</source>
            <translation>{path} 应该是数据库文件，现在却是一个文件夹。请把这个文件夹移走（或恢复备份），然后重新启动。</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full. Free some space, then try again.</source>
            <translation>{folder} 所在的磁盘已满。请清理出一些空间后再试。</translation>
        </message>
        <message>
            <source>{path} is a file where Advisor Desk keeps a folder. Move the file away, then start again.</source>
            <translation>{path} 应该是顾问工作台的文件夹，现在却是一个文件。请把这个文件移走，然后重新启动。</translation>
        </message>
        <message>
            <source>The database {path} cannot be read (no permission, or a disk error). Give this user account permission to read and write it, then try again.</source>
            <translation>无法读取数据库 {path}（没有权限或磁盘出错）。请给当前用户账户读写它的权限，然后再试。</translation>
        </message>
        <message>
            <source>{path} is not an Advisor Desk database (it has no version mark).</source>
            <translation>{path} 不是顾问工作台的数据库（没有版本标记）。</translation>
        </message>
        <message>
            <source>The database {path} is empty (0 bytes) and there is no backup. To start with a new, empty database, move the file away.</source>
            <translation>数据库 {path} 是空的（0 字节），而且没有备份。如要从一个新的空数据库开始，请把这个文件移走。</translation>
        </message>
        <message>
            <source>The database {path} is not a database file (it was overwritten or damaged).</source>
            <translation>数据库 {path} 不是数据库文件（被覆盖或已损坏）。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then try again.</source>
            <translation>磁盘已满。请清理出一些空间后再试。</translation>
        </message>
        <message>
            <source>Advisor Desk may not write {path} (it is read-only, or this user account has no permission). Give it write permission or choose another place.</source>
            <translation>顾问工作台不能写入 {path}（它是只读的，或当前用户账户没有权限）。请给予写入权限，或换一个位置。</translation>
        </message>
        <message>
            <source>Advisor Desk is not allowed to use {path} (no permission, or it is read-only). Give this user account permission, or choose another file or folder.</source>
            <translation>顾问工作台无权使用 {path}（没有权限，或它是只读的）。请给当前用户账户相应权限，或换一个文件或文件夹。</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name instead.</source>
            <translation>{path} 是一个文件夹；请改为指定一个文件名。</translation>
        </message>
        <message>
            <source>{path} is not a folder (a file is in the way).</source>
            <translation>{path} 不是文件夹（有一个同名文件挡住了）。</translation>
        </message>
        <message>
            <source>{path} cannot be used: it does not exist and cannot be made there. Check the folder, or choose another place.</source>
            <translation>无法使用 {path}：它不存在，也无法在那里创建。请检查文件夹，或换一个位置。</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name or move the existing one away.</source>
            <translation>{path} 已经存在；请换一个名字，或把现有的移走。</translation>
        </message>
        <message>
            <source>The database {path} is empty (0 bytes), so the shop's data is not in it.</source>
            <translation>数据库 {path} 是空的（0 字节），门店的数据不在里面。</translation>
        </message>
        <message>
            <source>The data folder {path} is a file, not a folder. Move the file away or choose another data folder.</source>
            <translation>数据文件夹 {path} 是一个文件，不是文件夹。请把这个文件移走，或换一个数据文件夹。</translation>
        </message>
        <message>
            <source>The database {path} is not a database file (it was overwritten or damaged). Restore the latest backup with: advisor-desk restore {backup}</source>
            <translation>数据库 {path} 不是数据库文件（被覆盖或已损坏）。请用以下命令恢复最近的备份：advisor-desk restore {backup}</translation>
        </message>
        <message>
            <source>The database {path} is empty (0 bytes), so the shop's data is not in it. Restore the latest backup with: advisor-desk restore {backup}</source>
            <translation>数据库 {path} 是空的（0 字节），门店的数据不在里面。请用以下命令恢复最近的备份：advisor-desk restore {backup}</translation>
        </message>
    </context>
</TS>
