<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>A region name can be at most {n} characters.</source>
            <translation>区域名称最多 {n} 个字。</translation>
        </message>
        <message>
            <source>Store {store} has not sent a report yet; its region can be set once it has.</source>
            <translation>门店 {store} 还没有发来报表；收到它的报表后才能设置区域。</translation>
        </message>
    </context>
</TS>
