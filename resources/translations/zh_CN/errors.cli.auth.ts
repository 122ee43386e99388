<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>This needs the PIN of the store manager {name}: use --pin-file FILE or set ADVISOR_DESK_PIN (there is no terminal to ask on).</source>
            <translation>这需要店长 {name} 的 PIN：请用 --pin-file 文件 或设置 ADVISOR_DESK_PIN（没有可以询问的终端）。</translation>
        </message>
        <message>
            <source>{name} is not a store manager; this needs a manager.</source>
            <translation>{name} 不是店长；此操作需要店长。</translation>
        </message>
        <message>
            <source>This store has several managers: say who you are with --manager NAME.</source>
            <translation>本店有多位店长：请用 --manager 姓名 说明您是谁。</translation>
        </message>
        <message>
            <source>This store has several managers: say who you are with --advisor NAME.</source>
            <translation>本店有多位店长：请用 --advisor 姓名 说明您是谁。</translation>
        </message>
        <message>
            <source>The PIN file {file} is a folder; give the file that holds the PIN.</source>
            <translation>PIN 文件 {file} 是一个文件夹；请指定存有 PIN 的那个文件。</translation>
        </message>
        <message>
            <source>The PIN file {file} does not exist.</source>
            <translation>PIN 文件 {file} 不存在。</translation>
        </message>
        <message>
            <source>This needs the PIN of {name}: use --pin-file FILE or set ADVISOR_DESK_PIN (there is no terminal to ask on).</source>
            <translation>这需要 {name} 的 PIN：请用 --pin-file 文件 或设置 ADVISOR_DESK_PIN（没有可以询问的终端）。</translation>
        </message>
    </context>
</TS>
