<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomersPage</name>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>New customer  Ctrl+N</source>
        <translation>新增客户  Ctrl+N</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import customers from Excel or CSV, such as a WeCom customer export</source>
        <translation>从 Excel 或 CSV 导入客户，例如企业微信导出的客户列表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the customers of this filter</source>
        <translation>导出当前筛选的客户</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Finding customers</source>
        <translation>正在查找客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches these filters</source>
        <translation>没有符合筛选条件的客户</translation>
    </message>
    <message>
        <source>Loosen a filter on the left, or start again from everyone.</source>
        <translation>请放宽左侧的筛选条件，或者从全部客户重新开始。</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add the customer you are chatting with, or import your WeCom customer list (Excel or CSV).</source>
        <translation>添加正在聊天的客户，或者导入企业微信客户列表（Excel 或 CSV）。</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>已保存的筛选…</translation>
    </message>
    <message>
        <source> (store)</source>
        <translation>（全店）</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this filter</source>
        <translation>这个筛选的名称</translation>
    </message>
    <message>
        <source>e.g. 高潜 · 近30天未联系</source>
        <translation>例如 高潜 · 近30天未联系</translation>
    </message>
    <message>
        <source>Filter saved.</source>
        <translation>筛选已保存。</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>已应本人要求删除</translation>
    </message>
    <message>
        <source>A customer with this phone number was erased on their request. Add them again only if they asked to come back. Add again?</source>
        <translation>使用这个手机号的客户曾应本人要求删除。只有本人要求恢复时才应重新添加。要重新添加吗？</translation>
    </message>
</context>
</TS>
