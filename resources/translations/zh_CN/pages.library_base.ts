<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryPage</name>
    <message>
        <source>Type a few characters or pinyin initials…</source>
        <translation>输入几个字或拼音首字母…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer characters, or other filters.</source>
        <translation>没有匹配的内容。试试少输几个字，或换个筛选条件。</translation>
    </message>
    <message>
        <source>Nothing here yet. It appears once HQ content is imported (同步).</source>
        <translation>这里还没有内容。导入总部内容（同步）后就会出现。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部内容</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ 我的收藏</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>最近用过</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation>显示已过期</translation>
    </message>
    <message>
        <source>Also show items outside their validity dates</source>
        <translation>把不在有效期内的也显示出来</translation>
    </message>
    <message>
        <source>Search all</source>
        <translation>搜索全部</translation>
    </message>
    <message>
        <source>Remove every filter and search again</source>
        <translation>去掉所有筛选，重新搜索</translation>
    </message>
    <message>
        <source>Import HQ&apos;s pack…</source>
        <translation>导入总部内容包…</translation>
    </message>
    <message>
        <source>first %n shown, type more</source>
        <translation>先显示%n条，多输几个字可缩小范围</translation>
    </message>
    <message>
        <source>%n item(s)</source>
        <translation>共%n条</translation>
    </message>
    <message>
        <source>Nothing found with the filters %1.</source>
        <translation>在筛选 %1 下没有找到。</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <source>Pick an item on the left</source>
        <translation>请在左侧选一条</translation>
    </message>
    <message>
        <source>Copy  (Enter)</source>
        <translation>复制（回车）</translation>
    </message>
    <message>
        <source>Copy part %1 of %2: %3  (Enter)</source>
        <translation>复制第%1/%2部分：%3（回车）</translation>
    </message>
    <message>
        <source>Copy again: code %1  (Enter)</source>
        <translation>再次复制：券码 %1（回车）</translation>
    </message>
    <message>
        <source>Copy with a new coupon code  (Enter)</source>
        <translation>复制并发放新券码（回车）</translation>
    </message>
    <message>
        <source>Personalised for %1</source>
        <translation>已按“%1”填好称呼</translation>
    </message>
    <message>
        <source>No customer chosen (Ctrl+P): greetings use their default, such as 亲.</source>
        <translation>还没选客户（Ctrl+P 选择）：称呼会用默认的，比如“亲”。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>new code, issued on copy</source>
        <translation>复制时自动发放新券码</translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation>已取消收藏。</translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation>已收藏。</translation>
    </message>
</context>
</TS>
