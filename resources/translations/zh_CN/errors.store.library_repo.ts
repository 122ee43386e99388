<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This script no longer exists.</source>
            <translation>这条话术已不存在。</translation>
        </message>
        <message>
            <source>HQ scripts cannot be changed here; make your own copy and edit that.</source>
            <translation>总部话术不能直接修改，可以先“存为我的”，再改自己的那份。</translation>
        </message>
        <message>
            <source>This is another advisor's personal script.</source>
            <translation>这是其他顾问自己的话术。</translation>
        </message>
    </context>
</TS>
