<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The database {path} is damaged (it failed its integrity check) and no backup was found. Keep a copy of it for a technician; to start with a new, empty database, move it away.</source>
            <translation>数据库 {path} 已损坏（没有通过完整性检查），而且没有找到备份。请留一份副本给技术人员；如要从一个新的空数据库开始，请把它移走。</translation>
        </message>
        <message>
            <source>The store code cannot be empty.</source>
            <translation>门店编码不能为空。</translation>
        </message>
    </context>
</TS>
