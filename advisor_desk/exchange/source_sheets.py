"""The spreadsheets HQ edits (one per kind, Chinese headers) and how cells map to content.

A source folder holds ``<name>.xlsx`` or ``<name>.csv`` for each sheet below (the Chinese
name or the English one) and a media folder (``素材文件/`` or ``media/``) with pictures and
files under human names. Row 1 is the header; every other non-empty row is one item.
"""

from __future__ import annotations

from dataclasses import dataclass

CHANNELS = {"私聊": "chat", "一对一": "chat", "社群": "group", "群": "group", "朋友圈": "moments"}
# incentive rules: what earns points (domain/rankings.py RULE_MEASURES)
MEASURE_LABELS = {"按时完成SOP步骤": "steps_on_time", "新客户": "new_customers",
                  "发券": "coupons_issued", "复制素材话术": "copies",
                  "练习问答卡": "cards_practised"}
YES_NO = {"是": True, "否": False, "yes": True, "no": False, "true": True, "false": False,
          "1": True, "0": False, "y": True, "n": False}


@dataclass(frozen=True)
class Column:
    key: str  # field of the item (or a helper the builder understands)
    header: str  # the Chinese header HQ sees
    kind: str = "text"  # text | int | yuan | date | bool | list | choice
    required: bool = False
    choices: dict[str, str] | None = None  # label -> stored value (the value itself works too)
    example: str = ""
    help: str = ""


@dataclass(frozen=True)
class Sheet:
    kind: str
    name: str  # Chinese file name (without extension)
    columns: tuple[Column, ...]
    help: str = ""

    @property
    def names(self) -> tuple[str, str]:
        return self.name, self.kind

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _c(key: str, header: str, kind: str = "text", required: bool = False, example: str = "",
       help: str = "", choices: dict[str, str] | None = None) -> Column:
    return Column(key, header, kind, required, choices, example, help)


UID_HELP = "唯一编号：小写字母、数字、点、横线，发布后不要再改"
LIST_HELP = "多个用顿号、逗号或换行分隔"
DATE_HELP = "日期，如 2026-12-01"

SHEETS: tuple[Sheet, ...] = (
    Sheet("pack", "包信息", (
        _c("pack_id", "包编号", required=True, example="qinyan.core",
           help="内容包的固定编号（品牌.系列），每次发布都用同一个"),
        _c("title", "标题", required=True, example="沁研 门店内容包"),
        _c("publisher", "发布方", example="沁研总部 私域运营中心"),
        _c("version", "版本", "int", example="1",
           help="整数，每次发布加 1（也可在命令行用 --version 指定）"),
        _c("expires_at", "过期时间", example="",
           help="可空；日期（当天 24 点前有效，北京时间）或完整时间"),
        _c("min_app_version", "最低软件版本", example="", help="可空；如 0.2"),
    ), "只填一行"),
    Sheet("tags", "标签", (
        _c("group_uid", "标签组编号", required=True, example="qy.tg.skin", help=UID_HELP),
        _c("group_name", "标签组", required=True, example="肤质"),
        _c("dimension", "维度", "choice", required=True, example="消费",
           choices={"社交": "social", "消费": "consumption", "行为": "behaviour",
                    "分层": "tier"}),
        _c("exclusive", "单选", "bool", example="是", help="是：一个客户在这组里只能有一个标签"),
        _c("group_sort", "组排序", "int", example="1"),
        _c("uid", "标签编号", required=True, example="qy.tag.skin.dry", help=UID_HELP),
        _c("name", "标签", required=True, example="干皮"),
        _c("sort", "排序", "int", example="1"),
    ), "一行一个标签；同一标签组的组信息只需在第一行填写"),
    Sheet("stages", "阶段", (
        _c("key", "编号", required=True, example="potential", help=UID_HELP),
        _c("name", "名称", required=True, example="潜在"),
        _c("sort", "排序", "int", example="2"),
        _c("description", "说明", example="聊过天、点过赞"),
    )),
    Sheet("vip_levels", "会员等级", (
        _c("key", "编号", required=True, example="gold", help=UID_HELP),
        _c("name", "名称", required=True, example="金卡"),
        _c("sort", "排序", "int", example="1"),
        _c("min_topup_fen", "最低充值(元)", "yuan", example="3000"),
        _c("privileges", "权益", example="生日月额外9折"),
    )),
    Sheet("member_classes", "会员分类", (
        _c("class", "分类", "choice", required=True, example="A",
           choices={"A": "A", "B": "B", "C": "C", "D": "D"}),
        _c("min_purchases_12m", "近12个月最少购买次数", "int", required=True, example="4"),
        _c("description", "说明", example="一年复购4次以上"),
    )),
    Sheet("scenes", "场景", (
        _c("key", "编号", required=True, example="welcome", help=UID_HELP),
        _c("name", "名称", required=True, example="新客欢迎"),
        _c("sort", "排序", "int", example="1"),
    )),
    Sheet("scripts", "话术", (
        _c("uid", "编号", required=True, example="qy.s.welcome.01", help=UID_HELP),
        _c("kind", "类型", "choice", example="话术", choices={"话术": "script", "问答": "qa"}),
        _c("title", "标题", required=True, example="加好友后的第一句话"),
        _c("body", "内容", required=True, example="{称呼|亲}您好，我是沁研的{顾问}～",
           help="可用变量：{称呼} {姓名} {顾问} {门店} {券名} {券码} {到期日} {剩余天数}；"
                "{称呼|亲} 表示没有称呼时用“亲”"),
        _c("scene", "场景", example="welcome", help="场景表里的编号"),
        _c("sales_step", "销售步骤", "int", example="1", help="1-7（七步成交法）"),
        _c("channel", "渠道", "choice", example="私聊", choices=CHANNELS),
        _c("keywords", "关键词", "list", example="欢迎、加好友", help=LIST_HELP),
    )),
    Sheet("materials", "素材", (
        _c("uid", "编号", required=True, example="qy.m.poster.01", help=UID_HELP),
        _c("kind", "类型", "choice", required=True, example="图片",
           choices={"文字": "text", "图片": "image", "链接": "link", "文件": "file",
                    "朋友圈": "moments"}),
        _c("title", "标题", required=True, example="双12海报"),
        _c("body", "文案", example="{称呼|亲}，双12提前购开始啦"),
        _c("url", "链接", example=""),
        _c("scene", "场景", example="welcome"),
        _c("channel", "渠道", "choice", example="朋友圈", choices=CHANNELS),
        _c("valid_from", "生效日期", "date", example="", help=DATE_HELP),
        _c("valid_to", "失效日期", "date", example="", help=DATE_HELP),
        _c("keywords", "关键词", "list", example="双12", help=LIST_HELP),
        _c("media", "图片或文件", "list", example="示例海报.png",
           help="素材文件夹里的文件名，按顺序；朋友圈最多9张"),
    )),
    Sheet("coupons", "优惠券", (
        _c("uid", "编号", required=True, example="qy.c.300-50", help=UID_HELP),
        _c("name", "名称", required=True, example="满300减50"),
        _c("type", "类型", "choice", required=True, example="满减",
           choices={"无门槛": "no_threshold", "满减": "threshold", "折扣": "discount",
                    "随机金额": "random", "活动券": "campaign"}),
        _c("value_fen", "面额(元)", "yuan", example="50", help="随机金额券填最高额"),
        _c("min_value_fen", "最低面额(元)", "yuan", example="", help="随机金额券的最低额"),
        _c("threshold_fen", "门槛(元)", "yuan", example="300"),
        _c("discount_pct", "折扣(%)", "int", example="", help="88 表示 8.8 折"),
        _c("valid_from", "生效日期", "date", example="", help=DATE_HELP),
        _c("valid_to", "失效日期", "date", example="2026-12-31", help=DATE_HELP),
        _c("terms", "使用说明", example="专柜正价商品可用"),
        _c("message", "发送文案", required=True, example="{称呼|亲}，送您一张{券名}，券码{券码}"),
    )),
    Sheet("coupon_codes", "券码", (
        _c("store_code", "门店编号", required=True, example="SH001"),
        _c("coupon_uid", "券编号", required=True, example="qy.c.300-50"),
        _c("code", "券码", required=True, example="QY300-0001"),
    ), "每个门店只会导入自己的券码"),
    Sheet("playbooks", "SOP", (
        _c("uid", "编号", required=True, example="qy.p.after-purchase", help=UID_HELP),
        _c("name", "名称", required=True, example="购后关怀"),
        _c("description", "说明", example="到货、7天、14天、28天回访"),
        _c("trigger", "触发", required=True, example="购买",
           help="添加好友 / 购买 / 生日 / 生日:7 / 进入阶段:编号 / 打标签:编号 / 沉睡:天数 / "
                "日期:2026-12-12"),
        _c("stages_in", "阶段为", "list", example="", help="阶段编号；" + LIST_HELP),
        _c("stages_out", "排除阶段", "list", example=""),
        _c("tags_all", "同时有标签", "list", example=""),
        _c("tags_any", "任一标签", "list", example=""),
        _c("tags_none", "排除标签", "list", example=""),
        _c("vip_levels", "会员等级", "list", example=""),
        _c("member_classes", "会员分类", "list", example=""),
    )),
    Sheet("playbook_steps", "SOP步骤", (
        _c("playbook_uid", "SOP编号", required=True, example="qy.p.after-purchase"),
        _c("offset_days", "第几天", "int", required=True, example="1",
           help="触发后第几天；0 表示当天"),
        _c("title", "标题", required=True, example="到货关怀：使用方法"),
        _c("goal", "目标", example="确认收到货，讲清用法"),
        _c("channel", "渠道", "choice", example="私聊", choices=CHANNELS),
        _c("script_uid", "话术编号", example="qy.s.welcome.01"),
        _c("material_uid", "素材编号", example=""),
        _c("coupon_uid", "优惠券编号", example=""),
    ), "一行一步，按顺序"),
    Sheet("daily_tasks", "每日任务", (
        _c("uid", "编号", required=True, example="qy.d.moments", help=UID_HELP),
        _c("title", "标题", required=True, example="发一条朋友圈"),
        _c("body", "内容", example="从素材库选一条发朋友圈"),
        _c("material_uid", "素材编号", example=""),
        _c("schedule", "安排", example="每天",
           help="每天 / 每周:1,3,5（1=周一） / 日期:2026-12-01,2026-12-12"),
    )),
    Sheet("announcements", "公告", (
        _c("uid", "编号", required=True, example="qy.a.1212", help=UID_HELP),
        _c("title", "标题", required=True, example="双12活动安排"),
        _c("body", "内容", example="12月10日起全员到岗"),
        _c("valid_from", "生效日期", "date", example="", help=DATE_HELP),
        _c("valid_to", "失效日期", "date", example="", help=DATE_HELP),
    )),
    Sheet("incentive_rules", "激励规则", (
        _c("uid", "编号", required=True, example="qy.r.sop-on-time", help=UID_HELP),
        _c("title", "名称", required=True, example="按时完成SOP步骤"),
        _c("measure", "计分项", "choice", required=True, example="按时完成SOP步骤",
           choices=MEASURE_LABELS),
        _c("points", "每次积分", "int", required=True, example="2", help="1-1000 的整数"),
        _c("valid_from", "生效日期", "date", example="", help="可空；" + DATE_HELP),
        _c("valid_to", "失效日期", "date", example="", help="可空；" + DATE_HELP),
        _c("description", "说明", example="每按时完成一个SOP步骤得2分"),
    ), "一行一条规则；同一计分项的多条规则在同一天会累加（如双12期间加一条翻倍）"),
)
SHEETS_BY_KIND = {s.kind: s for s in SHEETS}
MEDIA_FOLDERS = ("素材文件", "media")
