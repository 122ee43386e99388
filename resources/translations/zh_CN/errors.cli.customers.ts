<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>--map takes HEADER=FIELD, not {value}.</source>
            <translation>--map 的格式是 列名=字段，而不是 {value}。</translation>
        </message>
        <message>
            <source>The column {column} is not one Advisor Desk knows: say what it holds with --map "{column}=FIELD" (FIELD is one of {fields}) or skip it with --map "{column}=".</source>
            <translation>顾问工作台不认识“{column}”这一列：用 --map "{column}=FIELD" 说明它存的是什么（FIELD 可以是 {fields}），或用 --map "{column}=" 跳过它。</translation>
        </message>
    </context>
</TS>
