<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This SOP step no longer exists.</source>
            <translation>这个跟进步骤已不存在。</translation>
        </message>
        <message>
            <source>This step has already been handled.</source>
            <translation>这个步骤已经处理过了。</translation>
        </message>
        <message>
            <source>This daily task no longer exists.</source>
            <translation>这项每日任务已不存在。</translation>
        </message>
    </context>
</TS>
