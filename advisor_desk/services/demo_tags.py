"""Which tags a demo customer can believably carry.

Generic over the applied vocabulary (tests use other tag sets than the demo brand), the
rules read tag names: an age-range tag (30岁以下, 30-45岁, 45岁以上) must contain the
customer's age; life-stage tags (备孕, 孕期, 宝妈, 新婚) go only to women of an age they fit,
and 备孕 never comes with 孕期; a source tag (直播间, 老客推荐) agrees with the source channel;
沉睡 marks only dormant customers, KOC候选 only KOCs, 高消费力 only loyal buyers.
``contradictions`` is the same set of rules as a check (the demo test uses it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

LIFE_STAGES = {"备孕": (22, 40), "孕期": (22, 40), "宝妈": (24, 55), "新婚": (22, 36)}
EXCLUSIVE_LIFE = ({"备孕", "孕期"}, {"备孕", "宝妈"}, {"新婚", "宝妈"})
SOURCE_TAGS = {"直播间": "直播间", "老客推荐": "朋友推荐"}  # tag name -> source channel
PERSONA_TAGS = {"沉睡": "dormant", "KOC候选": "koc", "高消费力": "loyal"}
TEEN_UNFIT = {"抗老": 25}  # a need below this age reads wrong
ELDER_UNFIT = {"祛痘": 45}  # and above this one


def age_range(name: str) -> tuple[int, int] | None:
    """(lowest, highest) age a tag name such as 30岁以下 / 30-45岁 / 45岁以上 stands for."""
    if m := re.fullmatch(r"(\d+)岁以下", name):
        return 0, int(m[1]) - 1
    if m := re.fullmatch(r"(\d+)\s*[-~－至]\s*(\d+)岁", name):
        return int(m[1]), int(m[2])
    if m := re.fullmatch(r"(\d+)岁及?以上", name):
        return int(m[1]), 200
    return None


@dataclass(frozen=True)
class Who:
    female: bool
    age: int
    source: str
    persona: str  # prospect occasional loyal dormant recent new sop*
    koc: bool


def fits(name: str, who: Who) -> bool:
    """Whether one tag can describe this customer at all."""
    span = age_range(name)
    if span is not None:
        return span[0] <= who.age <= span[1]
    if name in LIFE_STAGES:
        low, high = LIFE_STAGES[name]
        return who.female and low <= who.age <= high
    if name in SOURCE_TAGS:
        return who.source == SOURCE_TAGS[name]
    if name in PERSONA_TAGS:
        wanted = PERSONA_TAGS[name]
        return who.koc if wanted == "koc" else who.persona == wanted
    if name in TEEN_UNFIT and who.age < TEEN_UNFIT[name]:
        return False
    return not (name in ELDER_UNFIT and who.age > ELDER_UNFIT[name])


def contradictions(names: Sequence[str], who: Who) -> list[str]:
    """Why a set of tag names does not fit the customer (empty when it does)."""
    problems = [f"{n} does not fit" for n in names if not fits(n, who)]
    problems += [f"{' and '.join(sorted(pair))} together" for pair in EXCLUSIVE_LIFE
                 if pair <= set(names)]
    return problems


def _clashes(name: str, names: Sequence[str]) -> bool:
    return any({name, other} in EXCLUSIVE_LIFE for other in names)


def pick(rng: random.Random, groups, who: Who) -> list[str]:
    """Tag uids for one customer: each group's tags that fit, a few of them."""
    chosen: list[str] = []
    names: list[str] = []
    for group in groups:
        options = [(uid, name) for uid, name in zip(group.tags, group.names, strict=True)
                   if fits(name, who) and not _clashes(name, names)]
        forced = [(u, n) for u, n in options if n in SOURCE_TAGS or n in PERSONA_TAGS]
        if forced:  # a fact, not a guess: always tagged
            picks = forced
        elif group.exclusive or any(age_range(n) for n in group.names):
            picks = [rng.choice(options)] if options and rng.random() < 0.6 else []
        else:
            picks = rng.sample(options, k=min(len(options), rng.choice((0, 0, 1, 1, 2))))
        for uid, name in picks:
            if not _clashes(name, names):
                chosen.append(uid)
                names.append(name)
    return chosen
