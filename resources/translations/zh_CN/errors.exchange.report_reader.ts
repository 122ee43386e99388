<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeskError</name>
        <message>
            <source>The report file {file} does not exist.</source>
            <translation>报表文件 {file} 不存在。</translation>
        </message>
        <message>
            <source>{file} is a folder, not a report file.</source>
            <translation>{file} 是文件夹，不是报表文件。</translation>
        </message>
        <message>
            <source>The report file {file} cannot be read (no permission or a disk error).</source>
            <translation>无法读取报表文件 {file}（没有权限或磁盘错误）。</translation>
        </message>
        <message>
            <source>{file} is not a report file (it is not a readable ZIP archive).</source>
            <translation>{file} 不是报表文件（不是可读取的 ZIP 压缩包）。</translation>
        </message>
        <message>
            <source>{file} holds too many files for a report ({count}; at most {limit}).</source>
            <translation>{file} 包含的文件太多（{count} 个；报表最多 {limit} 个）。</translation>
        </message>
        <message>
            <source>{file} contains an unsafe file name ({name}); it was refused.</source>
            <translation>{file} 含有不安全的文件名（{name}），已拒绝。</translation>
        </message>
        <message>
            <source>{file} contains a folder entry ({name}); a report holds only files.</source>
            <translation>{file} 含有文件夹条目（{name}）；报表只包含文件。</translation>
        </message>
        <message>
            <source>{file} contains the file {name} twice.</source>
            <translation>{file} 中文件 {name} 出现了两次。</translation>
        </message>
        <message>
            <source>{file} contains a symbolic link ({name}).</source>
            <translation>{file} 含有符号链接（{name}）。</translation>
        </message>
        <message>
            <source>{file} contains an encrypted file ({name}).</source>
            <translation>{file} 含有加密文件（{name}）。</translation>
        </message>
        <message>
            <source>The file {name} in {file} uses an unsupported compression method.</source>
            <translation>{file} 中的文件 {name} 使用了不支持的压缩方式。</translation>
        </message>
        <message>
            <source>The report file {file} is damaged (entry {name} is not where the file says); ask the store to export it again.</source>
            <translation>报表文件 {file} 已损坏（条目 {name} 不在应有的位置）；请门店重新导出。</translation>
        </message>
        <message>
            <source>The entries of {file} overlap each other (a zip bomb trick); it was refused.</source>
            <translation>{file} 的条目相互重叠（压缩炸弹手法），已拒绝。</translation>
        </message>
        <message>
            <source>The file {name} in {file} is larger than a report allows.</source>
            <translation>{file} 中的文件 {name} 超出报表允许的大小。</translation>
        </message>
        <message>
            <source>{file} unpacks to more than {limit} MB.</source>
            <translation>{file} 解压后超过 {limit} MB。</translation>
        </message>
        <message>
            <source>The file {name} in {file} is compressed suspiciously well (over {ratio}:1); it looks like a zip bomb.</source>
            <translation>{file} 中的文件 {name} 压缩比异常（超过 {ratio}:1），疑似压缩炸弹。</translation>
        </message>
        <message>
            <source>The file {name} in {file} does not match its manifest; the report was altered or damaged.</source>
            <translation>{file} 中的文件 {name} 与清单不符；报表被改动或已损坏。</translation>
        </message>
        <message>
            <source>{file} contains {name}, which its manifest does not list.</source>
            <translation>{file} 含有清单未列出的 {name}。</translation>
        </message>
        <message>
            <source>The manifest of {file} lists {name}, but the file does not contain it.</source>
            <translation>{file} 的清单列出了 {name}，但文件中没有。</translation>
        </message>
        <message>
            <source>{file} is not an Advisor Desk report (its manifest is not readable).</source>
            <translation>{file} 不是顾问工作台报表（清单无法读取）。</translation>
        </message>
        <message>
            <source>The manifest of {file} has no valid format version.</source>
            <translation>{file} 的清单没有有效的格式版本。</translation>
        </message>
        <message>
            <source>{file} uses report format version {version}, newer than this app reads ({supported}); update Advisor Desk at HQ.</source>
            <translation>{file} 使用报表格式版本 {version}，比本程序能读取的（{supported}）更新；请在总部升级顾问工作台。</translation>
        </message>
        <message>
            <source>{file} is not signed (it has no manifest.sig).</source>
            <translation>{file} 没有签名（缺少 manifest.sig）。</translation>
        </message>
        <message>
            <source>The signature file of {file} is damaged.</source>
            <translation>{file} 的签名文件已损坏。</translation>
        </message>
        <message>
            <source>{file} is signed by device key {key}, which HQ has not registered (advisor-desk hq trust add).</source>
            <translation>{file} 由设备密钥 {key} 签名，总部尚未登记该密钥（advisor-desk hq trust add）。</translation>
        </message>
        <message>
            <source>{file} is signed by device key {key}, which was revoked.</source>
            <translation>{file} 由已吊销的设备密钥 {key} 签名。</translation>
        </message>
        <message>
            <source>The signature of {file} does not match its manifest; the report was altered or damaged.</source>
            <translation>{file} 的签名与清单不符；报表被改动或已损坏。</translation>
        </message>
        <message>
            <source>{file} says it comes from store {store}, but device key {key} is registered for store {registered}.</source>
            <translation>{file} 自称来自门店 {store}，但设备密钥 {key} 登记在门店 {registered} 名下。</translation>
        </message>
        <message>
            <source>The file {name} in {file} holds {count} rows, but its manifest says {expected}.</source>
            <translation>{file} 中的文件 {name} 有 {count} 行，但清单写的是 {expected} 行。</translation>
        </message>
        <message>
            <source>{file} is not an Advisor Desk report (it has no manifest.json).</source>
            <translation>{file} 不是顾问工作台报表（缺少 manifest.json）。</translation>
        </message>
        <message>
            <source>The manifest of {file} is invalid: {detail}</source>
            <translation>{file} 的清单无效：{detail}</translation>
        </message>
        <message>
            <source>The file {name} in {file} holds a row that is not valid for its kind; the report was refused.</source>
            <translation>{file} 中的文件 {name} 含有不合格式的记录，报表已拒绝。</translation>
        </message>
        <message>
            <source>The file {name} in {file} holds events outside the journal range its manifest names.</source>
            <translation>{file} 中的文件 {name} 含有清单所列序号范围之外的记录。</translation>
        </message>
    </context>
</TS>
