<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The pack's expiry date ({date}) is already past, so every shop would refuse it; set a later 过期时间 in 包信息 (or leave it empty).</source>
            <translation>内容包的过期日期（{date}）已经过去，所有门店都会拒收；请在“包信息”里把“过期时间”改到以后的日期（或留空）。</translation>
        </message>
        <message>
            <source>The pack header is invalid: {detail}</source>
            <translation>内容包信息有误：{detail}</translation>
        </message>
        <message>
            <source>{name} is not a file a pack may hold.</source>
            <translation>{name} 不是内容包可以包含的文件。</translation>
        </message>
    </context>
</TS>
