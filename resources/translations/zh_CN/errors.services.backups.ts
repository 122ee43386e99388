<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>{path} is not an Advisor Desk database.</source>
            <translation>{path} 不是顾问工作台的数据库。</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Advisor Desk.</source>
            <translation>{path} 由更新版本的顾问工作台写入。</translation>
        </message>
        <message>
            <source>Only a store manager can restore a backup.</source>
            <translation>只有店长可以恢复备份。</translation>
        </message>
    </context>
</TS>
