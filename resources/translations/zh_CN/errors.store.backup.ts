<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The disk holding {folder} is full, so the backup could not be written (nothing was changed). Free some space, then try again.</source>
            <translation>{folder} 所在的磁盘已满，无法写入备份（没有做任何更改）。请清理出一些空间后再试。</translation>
        </message>
        <message>
            <source>A backup cannot be written to {path} (the folder is read-only, or this user account has no permission); nothing was changed. Choose another place, or give write permission.</source>
            <translation>无法把备份写入 {path}（文件夹是只读的，或当前用户账户没有权限）；没有做任何更改。请换一个位置，或给予写入权限。</translation>
        </message>
        <message>
            <source>The backup {file} is damaged and cannot be read.</source>
            <translation>备份 {file} 已损坏，无法读取。</translation>
        </message>
    </context>
</TS>
