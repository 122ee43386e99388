<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SettingsPage</name>
    <message>
        <source>Advisors may reveal the phone numbers of their own customers</source>
        <translation>允许顾问查看自己客户的完整手机号</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> 分钟无操作</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> weeks, one a week</source>
        <translation> 周（每周一份）</translation>
    </message>
    <message>
        <source>The newest backup of each of the last days, then the newest of each week before those</source>
        <translation>保留最近每天最新的一份备份，再往前每周保留最新的一份</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Store and follow-up rules</source>
        <translation>门店与跟进规则</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <source>A step becomes missed after</source>
        <translation>逾期多久算作漏跟进</translation>
    </message>
    <message>
        <source>Warn when contacted within</source>
        <translation>多少天内联系过就提醒</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>每日备份保留</translation>
    </message>
    <message>
        <source>Add advisor…</source>
        <translation>添加顾问…</translation>
    </message>
    <message>
        <source>Make manager / advisor</source>
        <translation>设为店长 / 顾问</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>设置 PIN 码…</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>取消 PIN 码</translation>
    </message>
    <message>
        <source>Advisor profiles on this PC</source>
        <translation>这台电脑上的顾问档案</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Only a store manager can change these settings and the advisor profiles.</source>
        <translation>只有店长可以修改这些设置和顾问档案。</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>已设 PIN 码</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Add advisor</source>
        <translation>添加顾问</translation>
    </message>
    <message>
        <source>Your colleague&apos;s name, as the team calls her</source>
        <translation>同事的名字（大家平时怎么称呼她）</translation>
    </message>
    <message>
        <source>e.g. 陈佳怡</source>
        <translation>例如 陈佳怡</translation>
    </message>
    <message>
        <source>The language changes the next time Advisor Desk starts.</source>
        <translation>下次启动顾问工作台时切换语言。</translation>
    </message>
</context>
</TS>
