<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The store code {code} cannot go into a report: use letters, digits, - or _ (at most 20), in Settings.</source>
            <translation>门店编码 {code} 不能用于报表：请在设置中改用字母、数字、- 或 _（最多 20 个字符）。</translation>
        </message>
        <message>
            <source>--since takes a journal sequence number (0 or more).</source>
            <translation>--since 需要一个日志序号（0 或更大）。</translation>
        </message>
        <message>
            <source>The report cannot end after today ({today}).</source>
            <translation>报表不能截止到今天（{today}）之后。</translation>
        </message>
    </context>
</TS>
