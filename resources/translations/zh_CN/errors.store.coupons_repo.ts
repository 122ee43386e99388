<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>No codes are left for the coupon {name} at this store (the pool is exhausted). Nothing was copied; ask HQ for more codes.</source>
            <translation>本店的“{name}”券码已经发完了，这次没有复制。请联系总部补充券码。</translation>
        </message>
    </context>
</TS>
