<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This saved filter no longer exists.</source>
            <translation>这个已保存的筛选已不存在。</translation>
        </message>
        <message>
            <source>Only its owner or a store manager can delete this filter.</source>
            <translation>只有创建者或店长可以删除这个筛选。</translation>
        </message>
    </context>
</TS>
