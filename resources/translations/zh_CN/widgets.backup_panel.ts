<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups and privacy</source>
        <translation>备份与隐私</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Privacy log…</source>
        <translation>隐私日志…</translation>
    </message>
    <message>
        <source>No backups yet. Advisor Desk makes one every day when it starts; “Back up now” makes one at once.</source>
        <translation>还没有备份。顾问工作台每天启动时自动备份一次；点“立即备份”可马上备份。</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
</context>
</TS>
