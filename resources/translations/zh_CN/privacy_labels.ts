<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Privacy</name>
    <message>
        <source>Showed a phone number</source>
        <translation>查看了完整手机号</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>导出了客户</translation>
    </message>
    <message>
        <source>Erased a customer on request</source>
        <translation>应本人要求删除了客户</translation>
    </message>
    <message>
        <source>Added an erased customer again</source>
        <translation>重新添加了已删除的客户</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>设置了 PIN</translation>
    </message>
    <message>
        <source>Removed a PIN</source>
        <translation>移除了 PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>PIN 错误次数过多</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>更改了角色</translation>
    </message>
    <message>
        <source>Added an advisor profile</source>
        <translation>添加了顾问账号</translation>
    </message>
    <message>
        <source>Deactivated or reactivated a profile</source>
        <translation>停用或恢复了账号</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <source>Exported this log</source>
        <translation>导出了本日志</translation>
    </message>
    <message>
        <source>Phone numbers shown</source>
        <translation>查看手机号</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Profiles and roles</source>
        <translation>账号与角色</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Advisor concerned</source>
        <translation>涉及的顾问</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>（已删除的客户）</translation>
    </message>
    <message>
        <source>%n row(s)</source>
        <translation>%n 行</translation>
    </message>
    <message>
        <source>full phone numbers</source>
        <translation>完整手机号</translation>
    </message>
    <message>
        <source>phones masked</source>
        <translation>手机号已打码</translation>
    </message>
    <message>
        <source>a filtered list</source>
        <translation>按筛选条件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>from an import</source>
        <translation>通过导入</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>%n wrong PIN(s) in a row</source>
        <translation>连续输错 %n 次</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人 %1</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>（自动）</translation>
    </message>
</context>
</TS>
