<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeckFrames</name>
    <message>
        <source>Who I am, what I can do for you, the next action, a small gift and a hook question — on day one.</source>
        <translation>加好友第一天：我是谁、能帮您什么、下一步做什么，送一份小礼，再抛一个好回答的问题。</translation>
    </message>
    <message>
        <source>Ask before you recommend: skin, routine, budget, what they tried.</source>
        <translation>先问再推荐：肤质、日常护肤步骤、预算、用过什么。</translation>
    </message>
    <message>
        <source>Make the need felt: the pain of doing nothing, or a picture of life after.</source>
        <translation>让需求被感受到：不处理会怎样，或者改善之后是什么样子。</translation>
    </message>
    <message>
        <source>One clear solution for this customer, with how to use it.</source>
        <translation>给这位顾客一个清楚的方案，连同怎么用。</translation>
    </message>
    <message>
        <source>Answer doubts with testimonials, authority and a trial — never by arguing.</source>
        <translation>用顾客反馈、权威背书和试用来回应顾虑——不要争辩。</translation>
    </message>
    <message>
        <source>A real reason to decide now: a deadline counting down 7, 3, 1 days.</source>
        <translation>给一个现在决定的真实理由：截止倒计时 7 天、3 天、1 天。</translation>
    </message>
    <message>
        <source>After payment: how to use it, after-sales care, and problems fed back to HQ.</source>
        <translation>成交之后：使用指导、售后关怀，把问题反馈给总部。</translation>
    </message>
    <message>
        <source>New or changed in the last pack</source>
        <translation>最近一次内容包的新增和修改</translation>
    </message>
    <message>
        <source>The 7 sales steps and their scripts</source>
        <translation>七步成交及其话术</translation>
    </message>
    <message>
        <source>%n slide(s)</source>
        <translation>%n 张</translation>
    </message>
    <message>
        <source>Next: PgDn / → / Space · Back: PgUp / ← · Black screen: B · Timer: T · Leave: Esc</source>
        <translation>下一张：PgDn / → / 空格 · 上一张：PgUp / ← · 黑屏：B · 计时重来：T · 退出：Esc</translation>
    </message>
    <message>
        <source>Sample customer: %1 (%2) — every script is filled for her.</source>
        <translation>示例顾客：%1（%2）——所有话术都按她填好。</translation>
    </message>
    <message>
        <source>From the pack “%1”.</source>
        <translation>来自内容包“%1”。</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第%1步</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Script (sent to %1)</source>
        <translation>话术（发给%1）</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第%1天</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Also in the kit: %1</source>
        <translation>素材包里还有：%1</translation>
    </message>
    <message>
        <source>No script in this step: the advisor writes in her own words.</source>
        <translation>这一步没有话术：顾问用自己的话来写。</translation>
    </message>
    <message>
        <source>The customer asks</source>
        <translation>顾客问</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Ask someone to answer first, in their own words; then show the script.</source>
        <translation>先请一位学员用自己的话回答，再翻出标准话术。</translation>
    </message>
    <message>
        <source>Ask the room what they would say here; then show the script.</source>
        <translation>先问大家这时会怎么说，再翻出话术。</translation>
    </message>
    <message>
        <source>Scene: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>HQ changed this script in the last pack.</source>
        <translation>总部在最近的内容包里修改了这条话术。</translation>
    </message>
    <message>
        <source>HQ added this script in the last pack.</source>
        <translation>总部在最近的内容包里新增了这条话术。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第%1步：%2</translation>
    </message>
</context>
</TS>
