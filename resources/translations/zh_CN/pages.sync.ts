<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SyncPage</name>
        <message>
            <source>Import HQ content</source>
            <translation>导入总部内容</translation>
        </message>
        <message>
            <source>HQ sends scripts, materials, coupons and SOPs as a pack file (.adpack) by USB stick, email or a shared folder.</source>
            <translation>总部会把话术、素材、优惠券和 SOP 打成内容包文件（.adpack），通过 U 盘、邮件或共享文件夹发给门店。</translation>
        </message>
        <message>
            <source>Choose pack file…</source>
            <translation>选择内容包文件…</translation>
        </message>
        <message>
            <source>Report to HQ…</source>
            <translation>导出给总部…</translation>
        </message>
        <message>
            <source>Choose a pack file to see what it changes before anything is imported.</source>
            <translation>请选择内容包文件。导入前会先列出它会带来哪些变化。</translation>
        </message>
        <message>
            <source>Import now</source>
            <translation>确认导入</translation>
        </message>
        <message>
            <source>Don't import</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Pack id</source>
            <translation>内容包编号</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <source>No content pack has been imported yet. Choose the pack file HQ sent with “Choose pack file…” above.</source>
            <translation>还没有导入过内容包。请用上方的“选择内容包文件…”选择总部发来的文件。</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <source>Trusted HQ keys</source>
            <translation>信任的总部密钥</translation>
        </message>
        <message>
            <source>Report to HQ</source>
            <translation>导出给总部</translation>
        </message>
        <message>
            <source>%1 new · %2 changed · %3 retired</source>
            <translation>新增 %1 · 修改 %2 · 下架 %3</translation>
        </message>
        <message>
            <source>Choose the pack file from HQ</source>
            <translation>选择总部发来的内容包文件</translation>
        </message>
        <message>
            <source>Content pack (*.adpack);;All files (*)</source>
            <translation>内容包 (*.adpack);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Checking signature and files…</source>
            <translation>正在核对签名和文件…</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>正在备份数据…</translation>
        </message>
        <message>
            <source>Storing pictures…</source>
            <translation>正在保存图片…</translation>
        </message>
        <message>
            <source>Applying the content…</source>
            <translation>正在写入内容…</translation>
        </message>
        <message>
            <source>Checking the pack</source>
            <translation>正在检查内容包</translation>
        </message>
        <message>
            <source>Importing the pack</source>
            <translation>正在导入内容包</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>已导入：%1</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>已取消导入，没有任何改动。</translation>
        </message>
    </context>
</TS>
