"""Flatten a validated content bundle (exchange) into column values (domain) for the store."""

from __future__ import annotations

import hashlib
import json

from advisor_desk.domain.content import ContentRows
from advisor_desk.exchange.content_bundle import ContentBundle


def _sha(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False)
                          .encode()).hexdigest()


def to_rows(bundle: ContentBundle, store_code: str) -> ContentRows:
    b = bundle
    codes = b.coupon_codes.get(store_code)
    return ContentRows(
        pack_id=b.pack_id, version=b.version, title=b.header.title,
        tag_groups={g.uid: dict(name=g.name, dimension=g.dimension, exclusive=g.exclusive,
                                sort=g.sort, origin="hq") for g in b.tag_groups},
        tags={t.uid: dict(group_uid=g.uid, name=t.name, sort=t.sort, origin="hq")
              for g in b.tag_groups for t in g.tags},
        stages={s.key: dict(name=s.name, sort=s.sort, description=s.description)
                for s in b.stages},
        vip_levels={v.key: dict(name=v.name, sort=v.sort, min_topup_fen=v.min_topup_fen,
                                privileges=v.privileges) for v in b.vip_levels},
        member_classes={c.member_class: dict(min_purchases_12m=c.min_purchases_12m,
                                             description=c.description)
                        for c in b.member_classes},
        scenes={s.key: dict(name=s.name, sort=s.sort) for s in b.scenes},
        scripts={s.uid: dict(kind=s.kind, title=s.title, body=s.body, scene=s.scene,
                             sales_step=s.sales_step, channel=s.channel,
                             keywords=" ".join(s.keywords), origin="hq") for s in b.scripts},
        materials={m.uid: dict(kind=m.kind, title=m.title, body=m.body, url=m.url,
                               scene=m.scene, channel=m.channel, keywords=" ".join(m.keywords),
                               valid_from=m.valid_from, valid_to=m.valid_to)
                   for m in b.materials},
        material_media={m.uid: [name.split(".")[0] for name in m.media] for m in b.materials},
        coupons={c.uid: dict(name=c.name, type=c.type, value_fen=c.value_fen,
                             min_value_fen=c.min_value_fen, threshold_fen=c.threshold_fen,
                             discount_pct=c.discount_pct, valid_from=c.valid_from,
                             valid_to=c.valid_to, terms=c.terms, message=c.message)
                 for c in b.coupons},
        coupon_codes=frozenset((c.coupon_uid, c.code) for c in codes.codes) if codes
        else frozenset(),
        playbooks={p.uid: dict(name=p.name, description=p.description, trigger=p.trigger,
                               audience=p.audience.model_dump(exclude_defaults=True),
                               steps=[s.model_dump() for s in p.steps],
                               content_sha=_sha(p.model_dump(mode="json")))
                   for p in b.playbooks},
        daily_tasks={d.uid: dict(title=d.title, body=d.body, material_uid=d.material_uid,
                                 schedule=d.schedule) for d in b.daily_tasks},
        announcements={a.uid: dict(title=a.title, body=a.body, valid_from=a.valid_from,
                                   valid_to=a.valid_to) for a in b.announcements},
        incentive_rules={r.uid: dict(title=r.title, measure=r.measure, points=r.points,
                                     valid_from=r.valid_from, valid_to=r.valid_to,
                                     description=r.description) for r in b.incentive_rules},
    )
