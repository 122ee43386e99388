<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The pack file {file} does not exist.</source>
            <translation>找不到内容包文件 {file}。</translation>
        </message>
        <message>
            <source>{file} is a folder, not a pack file; choose the .adpack file inside it.</source>
            <translation>{file} 是文件夹，不是内容包文件；请选择其中的 .adpack 文件。</translation>
        </message>
        <message>
            <source>The pack file {file} cannot be read (no permission or a disk error); copy it to this computer again.</source>
            <translation>无法读取内容包文件 {file}（没有权限或磁盘出错）；请重新把它复制到这台电脑上。</translation>
        </message>
        <message>
            <source>{file} is not a pack file (it is not a readable ZIP archive).</source>
            <translation>{file} 不是内容包文件（无法作为 ZIP 压缩包读取）。</translation>
        </message>
        <message>
            <source>The pack holds too many files ({count}; at most {limit}).</source>
            <translation>内容包里的文件太多（{count} 个，最多 {limit} 个）。</translation>
        </message>
        <message>
            <source>The pack contains an unsafe file name ({name}); it could write outside its folder.</source>
            <translation>内容包里有不安全的文件名（{name}），可能写到别的文件夹里去。</translation>
        </message>
        <message>
            <source>The pack contains a folder entry ({name}); a pack holds only files.</source>
            <translation>内容包里有文件夹条目（{name}），内容包只能包含文件。</translation>
        </message>
        <message>
            <source>The pack contains the file {name} twice.</source>
            <translation>内容包里的文件 {name} 出现了两次。</translation>
        </message>
        <message>
            <source>The pack contains a symbolic link ({name}).</source>
            <translation>内容包里有符号链接（{name}）。</translation>
        </message>
        <message>
            <source>The pack contains an encrypted file ({name}).</source>
            <translation>内容包里有加密的文件（{name}）。</translation>
        </message>
        <message>
            <source>The file {name} in the pack uses an unsupported compression method.</source>
            <translation>内容包里的文件 {name} 使用了不支持的压缩方式。</translation>
        </message>
        <message>
            <source>The pack file {file} is damaged (entry {name} is not where the pack says); ask HQ for a new copy.</source>
            <translation>内容包文件 {file} 已损坏（找不到其中的 {name}）；请向总部重新索取一份。</translation>
        </message>
        <message>
            <source>The pack's entries overlap each other (a zip bomb trick); it was rejected.</source>
            <translation>内容包里的条目互相重叠（“压缩炸弹”的手法），已拒绝导入。</translation>
        </message>
        <message>
            <source>The file {name} in the pack is larger than a pack allows.</source>
            <translation>内容包里的文件 {name} 太大，超出了允许的大小。</translation>
        </message>
        <message>
            <source>The pack unpacks to more than {limit} MB.</source>
            <translation>内容包解压后超过 {limit} MB。</translation>
        </message>
        <message>
            <source>The file {name} in the pack is compressed suspiciously well (over {ratio}:1); it looks like a zip bomb.</source>
            <translation>内容包里的文件 {name} 压缩比异常（超过 {ratio}:1），像是“压缩炸弹”。</translation>
        </message>
        <message>
            <source>The file {name} in the pack does not match its manifest; the pack was altered or damaged.</source>
            <translation>内容包里的文件 {name} 与清单不符，内容包被改动过或已损坏。</translation>
        </message>
        <message>
            <source>The pack contains {name}, which its manifest does not list.</source>
            <translation>内容包里有 {name}，但清单里没有列出它。</translation>
        </message>
        <message>
            <source>The pack's manifest lists {name}, but the pack does not contain it.</source>
            <translation>内容包清单列出了 {name}，但包里没有这个文件。</translation>
        </message>
        <message>
            <source>{file} is not an Advisor Desk pack (its manifest is not readable).</source>
            <translation>{file} 不是顾问工作台的内容包（清单无法读取）。</translation>
        </message>
        <message>
            <source>The pack's manifest has no valid format version.</source>
            <translation>内容包清单里没有有效的格式版本。</translation>
        </message>
        <message>
            <source>The pack uses format version {version}, newer than this app reads ({supported}); please update Advisor Desk.</source>
            <translation>这个内容包的格式版本是 {version}，比本软件能读取的版本（{supported}）新，请升级顾问工作台。</translation>
        </message>
        <message>
            <source>The pack needs Advisor Desk {needed} or newer (this is {current}); please update.</source>
            <translation>这个内容包需要顾问工作台 {needed} 或更新版本（当前是 {current}），请先升级。</translation>
        </message>
        <message>
            <source>The pack is not signed (it has no manifest.sig); only signed packs can be imported.</source>
            <translation>这个内容包没有签名（缺少 manifest.sig），只能导入有签名的内容包。</translation>
        </message>
        <message>
            <source>The pack's signature file is damaged.</source>
            <translation>内容包的签名文件已损坏。</translation>
        </message>
        <message>
            <source>The pack is signed with key {key}, which this shop does not trust; a store manager can add HQ's public key on the Sync page.</source>
            <translation>这个内容包的签名密钥是 {key}，本店还没有信任这个密钥。请店长在“同步”页添加总部的公钥。</translation>
        </message>
        <message>
            <source>The pack is signed with key {key}, which was revoked; a revoked key signs nothing new.</source>
            <translation>这个内容包的签名密钥 {key} 已被移除，移除后签名的新内容包都不能导入。</translation>
        </message>
        <message>
            <source>The pack's signature does not match its manifest; the pack was altered or damaged.</source>
            <translation>内容包的签名与清单不符，内容包被改动过或已损坏。</translation>
        </message>
        <message>
            <source>Key {key} may sign only packs starting with {prefixes}, not {pack}.</source>
            <translation>密钥 {key} 只能签名编号以 {prefixes} 开头的内容包，不能签名 {pack}。</translation>
        </message>
        <message>
            <source>The pack was valid until {date} and has expired; ask HQ for a current one.</source>
            <translation>内容包的有效期到 {date}，已经过期；请向总部索取最新的内容包。</translation>
        </message>
        <message>
            <source>{file} is not an Advisor Desk pack (it has no manifest.json).</source>
            <translation>{file} 不是顾问工作台的内容包（缺少 manifest.json）。</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid: {detail}</source>
            <translation>内容包清单有误：{detail}</translation>
        </message>
        <message>
            <source>The pack contains {name}, which is not a file a pack may hold.</source>
            <translation>内容包里有 {name}，这不是内容包可以包含的文件。</translation>
        </message>
    </context>
</TS>
