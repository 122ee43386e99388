<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The store code cannot be empty.</source>
            <translation>门店编码不能为空。</translation>
        </message>
        <message>
            <source>Day counts cannot be negative.</source>
            <translation>天数不能为负数。</translation>
        </message>
        <message>
            <source>Keep 1 to 60 daily backups and 0 to 52 weekly ones.</source>
            <translation>每日备份保留 1 到 60 份，每周备份保留 0 到 52 份。</translation>
        </message>
        <message>
            <source>Lock after 0 to 240 idle minutes (0: never).</source>
            <translation>无操作 0 到 240 分钟后锁屏（0 表示不锁）。</translation>
        </message>
        <message>
            <source>Only a store manager can change the store's settings.</source>
            <translation>只有店长可以修改门店设置。</translation>
        </message>
        <message>
            <source>Unknown setting: {detail}.</source>
            <translation>未知设置：{detail}。</translation>
        </message>
    </context>
</TS>
