<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>Version {version} of {pack} was already imported with different content; HQ must publish it under a new version number.</source>
            <translation>{pack} 的第 {version} 版已导入过，但内容不同；请总部以新的版本号发布。</translation>
        </message>
        <message>
            <source>This is version {version} of {pack}, older than version {last} already imported; an older pack cannot replace a newer one.</source>
            <translation>这是 {pack} 的第 {version} 版，比已导入的第 {last} 版旧；旧内容包不能覆盖新内容包。</translation>
        </message>
    </context>
</TS>
