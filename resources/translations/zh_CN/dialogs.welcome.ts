<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Advisor Desk</source>
        <translation>欢迎使用顾问工作台</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>e.g. 沁研 静安嘉里中心专柜</source>
        <translation>例如 沁研 静安嘉里中心专柜</translation>
    </message>
    <message>
        <source>e.g. SH001</source>
        <translation>例如 SH001</translation>
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
        <source>Your store</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>The name is shown on this PC. The code is the one HQ gave your counter: coupon codes and reports go by it.</source>
        <translation>名称显示在这台电脑上。编码是总部给您专柜的编号，券码和报表都按它区分。</translation>
    </message>
    <message>
        <source>e.g. 林晓雯</source>
        <translation>例如 林晓雯</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits</source>
        <translation>可不填，4 到 8 位数字</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次 PIN 码</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您本人</translation>
    </message>
    <message>
        <source>You become the store manager on this PC: you add your colleagues later in Settings. A PIN keeps others on a shared counter PC out of your profile.</source>
        <translation>您将成为这台电脑上的店长，之后可以在“设置”里添加同事。设置 PIN 码后，共用柜台电脑的其他人无法进入您的档案。</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s pack file…</source>
        <translation>选择总部内容包…</translation>
    </message>
    <message>
        <source>Try the demo content</source>
        <translation>先试用演示内容</translation>
    </message>
    <message>
        <source>Start empty; I will import HQ&apos;s pack later</source>
        <translation>先空着，稍后再导入总部内容包</translation>
    </message>
    <message>
        <source>HQ&apos;s content</source>
        <translation>总部内容</translation>
    </message>
    <message>
        <source>Scripts, materials, coupons and follow-up plans come from HQ as a pack file (.adpack), by USB stick, email or a shared folder.</source>
        <translation>话术、素材、优惠券和跟进计划由总部以内容包文件（.adpack）下发，通过U盘、邮件或共享文件夹获取。</translation>
    </message>
    <message>
        <source>No pack yet? The demo content of the skincare brand 沁研 with 300 sample customers shows how a working day looks. Use a new data folder for real work afterwards.</source>
        <translation>还没有内容包？护肤品牌“沁研”的演示内容带有 300 位示例客户，可以看看一天的工作是什么样子。正式使用时请换一个新的数据文件夹。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s pack file</source>
        <translation>选择总部内容包</translation>
    </message>
    <message>
        <source>Advisor Desk packs (*.adpack)</source>
        <translation>顾问工作台内容包 (*.adpack)</translation>
    </message>
    <message>
        <source>Loading the demo content…</source>
        <translation>正在载入演示内容…</translation>
    </message>
    <message>
        <source>Setting up your store</source>
        <translation>正在设置门店</translation>
    </message>
</context>
</TS>
