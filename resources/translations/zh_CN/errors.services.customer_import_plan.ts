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
            <source>{tags} are in the same group and a customer has only one of them (left out)</source>
            <translation>{tags} 属于同一组，每位客户只能有其中一个（都未导入）</translation>
        </message>
        <message>
            <source>unknown stage {value} (left out)</source>
            <translation>未知阶段 {value}（未导入）</translation>
        </message>
        <message>
            <source>unknown VIP level {value} (left out)</source>
            <translation>未知 VIP 等级 {value}（未导入）</translation>
        </message>
        <message>
            <source>tag {tag} is in more than one group (left out); write it as 组:标签</source>
            <translation>标签 {tag} 在多个组里都有（未导入）；请写成「组：标签」</translation>
        </message>
        <message>
            <source>the same customer as row {row}</source>
            <translation>与第 {row} 行是同一位客户</translation>
        </message>
        <message>
            <source>unknown tag {tag} (left out)</source>
            <translation>未知标签 {tag}（未导入）</translation>
        </message>
        <message>
            <source>tag {tag} read as {found}</source>
            <translation>标签 {tag} 按 {found} 导入</translation>
        </message>
        <message>
            <source>a new customer needs a name or remark name (客户名称 / 客户备注)</source>
            <translation>新客户需要名称或备注名（客户名称 / 客户备注）</translation>
        </message>
        <message>
            <source>external ID {value} belongs to a deleted customer</source>
            <translation>外部联系人ID {value} 属于已删除的客户</translation>
        </message>
    </context>
</TS>
