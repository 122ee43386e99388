<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SpeakerNotes</name>
    <message>
        <source>Speaker notes</source>
        <translation>演讲者备注</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>结束（Esc）</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一张：%1</translation>
    </message>
    <message>
        <source>This is the last slide.</source>
        <translation>这是最后一张。</translation>
    </message>
</context>
</TS>
