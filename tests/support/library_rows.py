"""HQ library content as ``ContentRows`` written straight through the content writer (the
same code path as a pack), for tests that need many items or many versions quickly."""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor_desk.domain.content import ContentRows
from advisor_desk.store import content_writer

PACK = "t.library"


def script(title: str, body: str, keywords: str = "", **extra: Any) -> dict[str, Any]:
    return {"kind": "script", "title": title, "body": body, "scene": None, "sales_step": None,
            "channel": None, "keywords": keywords, "origin": "hq"} | extra


def material(title: str, body: str, keywords: str = "", *, kind: str = "text",
             valid_from: date | None = None, valid_to: date | None = None,
             **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "title": title, "body": body, "url": None, "scene": None,
            "channel": None, "keywords": keywords, "valid_from": valid_from,
            "valid_to": valid_to} | extra


def coupon(name: str, message: str, terms: str = "", *, valid_from: date | None = None,
           valid_to: date | None = None) -> dict[str, Any]:
    return {"name": name, "type": "campaign", "value_fen": None, "min_value_fen": None,
            "threshold_fen": None, "discount_pct": None, "valid_from": valid_from,
            "valid_to": valid_to, "terms": terms, "message": message}


def rows(version: int, scripts: dict, materials: dict | None = None,
         coupons: dict | None = None) -> ContentRows:
    materials = materials or {}
    return ContentRows(
        pack_id=PACK, version=version, title="test", tag_groups={}, tags={}, stages={},
        vip_levels={}, member_classes={}, scenes={}, scripts=scripts, materials=materials,
        material_media={uid: [] for uid in materials}, coupons=coupons or {},
        coupon_codes=frozenset(), playbooks={}, daily_tasks={}, announcements={})


def apply(desk, version: int, scripts: dict, materials: dict | None = None,
          coupons: dict | None = None) -> None:
    with desk.ctx.db.write() as s:
        content_writer.sync(s, rows(version, scripts, materials, coupons),
                            store_code=desk.ctx.store_code, now=desk.clock.now(),
                            dry_run=False)
