<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Set this store's code first (Settings, or advisor-desk setup); HQ registers the key for a store.</source>
            <translation>请先设置门店编码（设置页，或 advisor-desk setup）；总部按门店登记密钥。</translation>
        </message>
    </context>
</TS>
