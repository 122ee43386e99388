<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Restore</name>
    <message>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <source>Restore the backup with the command line while the app is closed.</source>
        <translation>请在关闭本程序后用命令行恢复备份。</translation>
    </message>
    <message>
        <source>Wait until the work in the background has finished, then try again.</source>
        <translation>请等后台任务完成后再试。</translation>
    </message>
    <message>
        <source>The backup was restored; the database before it was backed up.</source>
        <translation>备份已恢复；恢复前的数据库已另行备份。</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Go back to the backup of %1?</source>
        <translation>恢复到 %1 的备份？</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>备份原因</translation>
    </message>
    <message>
        <source>(now: %1)</source>
        <translation>（当前：%1）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Contacts logged</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Advisor profiles</source>
        <translation>顾问账号</translation>
    </message>
    <message>
        <source>Everything entered after this backup is replaced by it. The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>此备份之后录入的所有内容都会被它替换。恢复前会先备份当前数据库，因此可以通过恢复那份备份来撤销。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>StartupRestoreDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Choose a backup to go back to (the newest is usually best). The damaged file stays in the data folder, renamed with “broken” and the date.</source>
        <translation>选择要恢复到的备份（通常选最新的）。损坏的文件会留在数据文件夹里，文件名加上“broken”和日期。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This data folder has no backup to go back to. Quit and ask whoever looks after this PC for help; the damaged file stays where it is.</source>
        <translation>这个数据文件夹里还没有可以恢复的备份。请先退出，找负责这台电脑的同事帮忙；损坏的文件会原样留在那里。</translation>
    </message>
</context>
</TS>
