<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>phone {value} belongs to another customer</source>
            <translation>手机号 {value} 属于另一位客户</translation>
        </message>
        <message>
            <source>external ID {value} belongs to another customer</source>
            <translation>外部联系人ID {value} 属于另一位客户</translation>
        </message>
        <message>
            <source>unknown stage {value}</source>
            <translation>未知的客户阶段：{value}</translation>
        </message>
        <message>
            <source>unknown VIP level {value}</source>
            <translation>未知的VIP等级：{value}</translation>
        </message>
        <message>
            <source>tag {tag} is in more than one group; write it as 组:标签</source>
            <translation>标签 {tag} 在多个标签组里都有，请写成“组：标签”</translation>
        </message>
        <message>
            <source>the same customer as row {row}</source>
            <translation>与第 {row} 行是同一位客户</translation>
        </message>
        <message>
            <source>unknown tag {tag}</source>
            <translation>未知标签：{tag}</translation>
        </message>
        <message>
            <source>{a} and {b} are in the same group; a customer has only one of them</source>
            <translation>{a} 和 {b} 属于同一个单选标签组，只能有一个</translation>
        </message>
        <message>
            <source>external ID {value} belongs to a deleted customer</source>
            <translation>外部联系人ID {value} 属于已删除的客户</translation>
        </message>
    </context>
</TS>
