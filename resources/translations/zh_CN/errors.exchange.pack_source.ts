<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The source folder has {count} problem(s); nothing was built. The first: {first}</source>
            <translation>源文件夹里有 {count} 处问题，没有生成内容包。第一处：{first}</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder; give the source folder that holds 包信息 and the other sheets.</source>
            <translation>{folder} 是一个文件，不是文件夹；请指定存放“包信息”等表格的源文件夹。</translation>
        </message>
        <message>
            <source>The source folder {folder} does not exist.</source>
            <translation>找不到源文件夹 {folder}。</translation>
        </message>
        <message>
            <source>The folder {folder} is not empty.</source>
            <translation>文件夹 {folder} 不是空的。</translation>
        </message>
    </context>
</TS>
