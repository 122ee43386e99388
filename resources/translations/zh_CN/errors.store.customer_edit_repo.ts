<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>This customer has no phone number.</source>
            <translation>这位客户没有登记手机号。</translation>
        </message>
        <message>
            <source>Another customer already has this phone number.</source>
            <translation>另一位客户已使用这个手机号。</translation>
        </message>
    </context>
</TS>
