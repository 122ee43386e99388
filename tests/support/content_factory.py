"""Write small, valid HQ content folders (the pack layout) for tests."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from pathlib import Path
from typing import Any

# a real 1x1 PNG
PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def png(red: int, green: int, blue: int, size: int = 8) -> bytes:
    """A real PNG of one colour (distinct colours give distinct media files)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes((red, green, blue)) * size for _ in range(size))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def library_content(pack_id: str = "test.core") -> dict[str, Any]:
    """base_content plus every kind of material (moments with three pictures, a file) and
    coupons with and without a pool, with validity windows around 2026-11-24."""
    content = base_content(pack_id)
    pics = [png(200, 80, 60), png(60, 160, 90), png(40, 90, 200)]
    names = [media_name(p) for p in pics]
    pdf = b"%PDF-1.4\n% test\n"
    pdf_name = media_name(pdf, "pdf")
    content["_media"].update(dict(zip(names, pics, strict=True)))
    content["_media"][pdf_name] = pdf
    content["materials.json"] += [
        {"uid": "t.m.moments", "kind": "moments", "title": "双十二朋友圈",
         "body": "{称呼|姐妹们}，双十二专柜福利来啦！", "media": names, "channel": "moments",
         "valid_from": "2026-11-20", "valid_to": "2026-12-12"},
        {"uid": "t.m.file", "kind": "file", "title": "产品手册", "media": [pdf_name]},
        {"uid": "t.m.expired", "kind": "text", "title": "国庆活动文案", "body": "国庆七天乐",
         "valid_to": "2026-10-07"},
    ]
    content["coupons.json"][0]["valid_to"] = "2026-11-30"
    content["coupons.json"].append(
        {"uid": "t.c.old", "name": "中秋券", "type": "campaign", "message": "中秋快乐",
         "valid_to": "2026-09-30"})
    return content


def media_name(data: bytes, ext: str = "png") -> str:
    return f"{hashlib.sha256(data).hexdigest()}.{ext}"


def base_content(pack_id: str = "test.core", scripts: int = 5) -> dict[str, Any]:
    """A content dict: file name (under content/) -> list of items."""
    img = media_name(PNG_1PX)
    return {
        "tag_groups.json": [
            {"uid": "t.g.skin", "name": "肤质", "dimension": "consumption", "exclusive": True,
             "tags": [{"uid": "t.skin.dry", "name": "干性"}, {"uid": "t.skin.oily", "name": "油性"},
                      {"uid": "t.skin.sens", "name": "敏感肌"}]},
            {"uid": "t.g.need", "name": "护肤诉求", "dimension": "consumption",
             "tags": [{"uid": "t.need.white", "name": "美白"}, {"uid": "t.need.age", "name": "抗老"}]},
            {"uid": "t.g.src", "name": "来源", "dimension": "behaviour",
             "tags": [{"uid": "t.src.live", "name": "直播间"}]},
            {"uid": "t.g.age", "name": "年龄段", "dimension": "social", "exclusive": True,
             "tags": [{"uid": "t.age.30", "name": "30-40岁"}]},
            {"uid": "t.g.tier", "name": "分层", "dimension": "tier",
             "tags": [{"uid": "t.tier.koc", "name": "KOC候选"}]},
        ],
        "stages.json": [
            {"key": "stranger", "name": "陌生", "sort": 1}, {"key": "potential", "name": "潜在", "sort": 2},
            {"key": "intent", "name": "意向", "sort": 3}, {"key": "customer", "name": "成交", "sort": 4},
            {"key": "repeat", "name": "复购", "sort": 5}, {"key": "super", "name": "超级用户", "sort": 6},
        ],
        "vip_levels.json": [{"key": "gold", "name": "金卡", "sort": 1, "min_topup_fen": 300000}],
        "member_classes.json": [{"class": "A", "min_purchases_12m": 4},
                                {"class": "B", "min_purchases_12m": 2},
                                {"class": "C", "min_purchases_12m": 1},
                                {"class": "D", "min_purchases_12m": 0}],
        "scenes.json": [{"key": "welcome", "name": "新客欢迎"}, {"key": "objection_price", "name": "价格异议"}],
        "scripts.json": [
            {"uid": f"t.s.{n:03d}", "kind": "qa" if n % 2 else "script", "title": f"话术标题{n}",
             "body": f"{{称呼|亲}}，这是第{n}条话术，我是{{顾问|您的顾问}}。",
             "scene": "welcome" if n % 2 else "objection_price", "sales_step": n % 7 + 1,
             "channel": "chat", "keywords": ["价格"] if n % 3 == 0 else []}
            for n in range(1, scripts + 1)
        ],
        "materials.json": [
            {"uid": "t.m.text", "kind": "text", "title": "防晒小知识", "body": "出门前15分钟涂防晒。",
             "scene": "welcome", "channel": "moments"},
            {"uid": "t.m.img", "kind": "image", "title": "新品海报", "media": [img], "channel": "chat"},
            {"uid": "t.m.link", "kind": "link", "title": "会员日", "url": "https://example.cn/a",
             "body": "点击查看"},
        ],
        "coupons.json": [
            {"uid": "t.c.pool", "name": "满300减50", "type": "threshold", "value_fen": 5000,
             "threshold_fen": 30000, "message": "{称呼|亲}，券码{券码}，{到期日}前有效"},
            {"uid": "t.c.free", "name": "无门槛20元", "type": "no_threshold", "value_fen": 2000,
             "message": "送您一张{券名}"},
        ],
        "playbooks.json": [
            {"uid": "t.p.after", "name": "购后关怀", "trigger": "purchase",
             "steps": [{"offset_days": d, "title": f"第{d}天回访", "script_uid": "t.s.001"}
                       for d in (1, 7, 14, 28)]},
        ],
        "daily_tasks.json": [{"uid": "t.d.moments", "title": "发朋友圈", "material_uid": "t.m.text"}],
        "announcements.json": [{"uid": "t.a.1", "title": "双12安排", "body": "全员到岗"}],
        "coupon_codes": {"SH001": [{"coupon_uid": "t.c.pool", "code": f"QY-{n:04d}"} for n in range(5)],
                         "BJ002": [{"coupon_uid": "t.c.pool", "code": "BJ-0001"}]},
        "_media": {img: PNG_1PX},
        "_pack_id": pack_id,
    }


def write_content(folder: Path, content: dict[str, Any], *, version: int = 1,
                  title: str = "测试内容包") -> Path:
    content = copy.deepcopy(content)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {"format": "advisor-desk-pack", "format_version": 1,
                "pack_id": content.pop("_pack_id"), "version": version, "title": title,
                "publisher": "测试总部", "created_at": "2026-11-20T09:00:00+08:00"}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    (folder / "content" / "coupon_codes").mkdir(parents=True, exist_ok=True)
    (folder / "media").mkdir(exist_ok=True)
    for name, data in content.pop("_media").items():
        (folder / "media" / name).write_bytes(data)
    for store, codes in content.pop("coupon_codes").items():
        (folder / "content" / "coupon_codes" / f"{store}.json").write_text(
            json.dumps({"store_code": store, "codes": codes}, ensure_ascii=False), "utf-8")
    for name, items in content.items():
        (folder / "content" / name).write_text(
            json.dumps({"items": items}, ensure_ascii=False, indent=1), "utf-8")
    return folder
