<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This pack was only checked, not prepared for import; open it again to import it.</source>
            <translation>这个内容包只做了检查，还没准备好导入，请重新打开再导入。</translation>
        </message>
        <message>
            <source>This pack was already imported.</source>
            <translation>这个内容包已经导入过了。</translation>
        </message>
    </context>
</TS>
