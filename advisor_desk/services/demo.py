"""Deterministic demo shop data: 3 advisors, ~300 customers with tags from several sources,
purchases, interactions and birthdays spread so that there is work on ``today``.

The generator records customers, tags, purchases and interactions through the same store
writes the app uses (``customers_repo``), so anything that reacts to those events reacts to
demo data too. It needs HQ content (stages, tags, member classes) applied first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from advisor_desk import locate
from advisor_desk.domain.changes import EVERYTHING, Changes
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.pinyin import name_initials
from advisor_desk.services import demo_names as names
from advisor_desk.services import demo_tags
from advisor_desk.services.content import ContentService
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import advisors_repo, customers_repo, demo_repo, settings_repo

DEMO_STORE_CODE = "SH001"
DEMO_STORE_NAME = "沁研 上海嘉里中心专柜"


@dataclass(frozen=True)
class DemoSummary:
    advisors: int
    customers: int
    purchases: int
    interactions: int
    tags: int


class DemoService:
    def __init__(self, ctx: ServiceContext, content: ContentService) -> None:
        self._ctx = ctx
        self._content = content

    def is_empty(self) -> bool:
        """No content applied and no customers: a fresh database."""
        with self._ctx.db.read() as s:
            return customers_repo.count(s) == 0 and not self._content.history()

    def load(self, *, seed: int = 7, today: date | None = None, customers: int = 300,
             keep_store: bool = False) -> tuple[DemoSummary, Changes]:
        """The demo HQ content + generated shop data; the demo store's identity unless
        ``keep_store`` (the first-run "try the demo content": the shop keeps its own name and
        code, and the demo's coupon codes are issued to it)."""
        with self._ctx.db.read() as s:
            if customers_repo.count(s):
                raise InvalidInput(N_("This database already has customers; demo data goes "
                                      "into an empty one (use a new --data-dir)."))
        bundle = self._content.read_folder(locate.demo_content_dir())  # validate first
        if keep_store:
            codes = bundle.coupon_codes
            if self._ctx.store_code not in codes and DEMO_STORE_CODE in codes:
                codes[self._ctx.store_code] = codes[DEMO_STORE_CODE]
            with self._ctx.db.write() as s:
                settings_repo.put(s, "demo", "1")
        else:
            self.configure_store()
        self._content.apply(bundle)
        summary, changes = self.generate(seed=seed, today=today, customers=customers)
        ctx = self._ctx
        gen_today = today or ctx.clock.today()
        with ctx.db.write() as s:  # copies and coupons for the rankings (demo content only)
            demo_repo.recent_usage(
                s, gen_today, lambda d, h: datetime.combine(d, time(h, 0), ZoneInfo(
                    "Asia/Shanghai")), random.Random(seed + 2), device_id=ctx.device_id,
                store_code=ctx.store_code)
        return summary, changes

    def configure_store(self) -> None:
        """Demo identity of the shop (store code decides which coupon codes load)."""
        with self._ctx.db.write() as s:
            settings_repo.put(s, "store_code", DEMO_STORE_CODE)
            settings_repo.put(s, "store_name", DEMO_STORE_NAME)
            settings_repo.put(s, "demo", "1")
        self._ctx.store_code = DEMO_STORE_CODE

    def generate(self, *, seed: int = 7, today: date | None = None,
                 customers: int = 300) -> tuple[DemoSummary, Changes]:
        """Plan the shop in memory, then write it in one transaction through the bulk paths
        (the SOP engine reacts at its end); then the advisors' past weeks in a second."""
        ctx = self._ctx
        today = today or ctx.clock.today()
        with ctx.db.write() as s:
            if customers_repo.count(s):
                raise InvalidInput(N_("This database already has customers; demo data goes "
                                      "into an empty one (use a new --data-dir)."))
            vocab = demo_repo.vocabulary(s)
            if not vocab.stages or not vocab.groups:
                raise InvalidInput(N_("Apply HQ content (stages, tags) before generating demo "
                                      "data."))
            gen = _Generator(random.Random(seed), today, vocab)
            advisor_ids = self._advisors(s, gen.now)
            people = [gen.customer(i, advisor_ids) for i in range(customers)]
            demo_repo.write_shop(s, people, now=gen.now, device_id=ctx.device_id)
        # the SOP engine reacted to those events; now the advisors' past weeks: most steps
        # that came due before today were done on time, a few skipped, a few still open
        with ctx.db.write() as s:
            demo_repo.work_past_steps(s, today, gen.at, random.Random(seed + 1),
                                      device_id=ctx.device_id)
        summary = DemoSummary(len(advisor_ids), customers,
                              sum(len(p.purchases) for p in people),
                              sum(len(p.contacts) for p in people),
                              sum(len(p.tags) for p in people))
        return summary, EVERYTHING

    def _advisors(self, s, now: datetime) -> list[int]:
        """The shop's profiles (the first-run manager) topped up with demo colleagues."""
        ids = [a.id for a in advisors_repo.list_active(s)][:3]
        has_manager = any(a.is_manager for a in advisors_repo.list_active(s))
        for name, role in names.ADVISORS:
            if len(ids) >= 3:
                break
            info = advisors_repo.find_by_name(s, name)
            if info is None:
                info = advisors_repo.add(s, name=name, store_code=self._ctx.store_code,
                                         role="advisor" if has_manager else role, now=now)
                has_manager = has_manager or info.is_manager
            if info.id not in ids:
                ids.append(info.id)
        return ids


class _Generator:
    """Plans customers (pure Python, no database): who they are, their tags, purchases and
    contacts, with the same persona rules as before the bulk rewrite."""

    def __init__(self, rng: random.Random, today: date, vocab: demo_repo.Vocabulary) -> None:
        self.rng, self.today, self.vocab = rng, today, vocab
        self.tz = ZoneInfo("Asia/Shanghai")
        self.now = self.at(today, 10)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), self.tz)

    def day_ago(self, days: int) -> datetime:
        """A moment on that day's shop hours; never later than "now" (10:00 today)."""
        return min(self.now, self.at(self.today - timedelta(days=days),
                                     self.rng.randint(10, 20), self.rng.randint(0, 59)))

    def persona(self, i: int) -> str:
        # the first customers carry the demo's story for today
        fixed = {0: "sop1", 1: "sop7", 2: "sop14", 3: "sop28", 4: "sop1", 5: "sop7",
                 6: "new", 7: "new", 8: "dormant", 9: "loyal"}
        if i in fixed:
            return fixed[i]
        return self.rng.choices(
            ("prospect", "occasional", "loyal", "dormant", "recent"),
            weights=(25, 36, 14, 9, 16))[0]

    def customer(self, i: int, advisor_ids: list[int]) -> demo_repo.DemoCustomer:
        rng = self.rng
        persona = self.persona(i)
        female = rng.random() < 0.88
        surname = rng.choice(names.SURNAMES)
        given = rng.choice(names.FEMALE_GIVEN if female else names.MALE_GIVEN)
        year = rng.randint(1968, 2003)
        if i < 8:  # birthdays today and in the coming days, for the Today page
            bday = self.today + timedelta(days=(0, 1, 3, 5, 6, 9, 12, 20)[i])
            month, day = bday.month, bday.day
        else:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
        age = self.today.year - year - ((month, day) > (self.today.month, self.today.day))
        salutation = (f"{surname}姐" if age >= 33 else f"{surname}小姐") if female \
            else f"{surname}先生"
        added_days = {"new": rng.choice((0, 1)), "dormant": rng.randint(900, 1300)}.get(
            persona, rng.randint(30, 1000))
        added = self.day_ago(added_days)
        owner = advisor_ids[i % len(advisor_ids)] if rng.random() < 0.9 \
            else rng.choice(advisor_ids)
        vip = None
        if persona == "loyal":
            vip = rng.choice(self.vocab.vip_levels or [None])
        elif persona in ("occasional", "recent") and rng.random() < 0.15 and self.vocab.vip_levels:
            vip = self.vocab.vip_levels[0]
        koc = rng.choice(("creator", "sharer", "co_creator")) \
            if persona == "loyal" and rng.random() < 0.3 else None
        source = rng.choice(names.SOURCES)
        who = demo_tags.Who(female=female, age=age, source=source, persona=persona,
                            koc=koc is not None)
        person = demo_repo.DemoCustomer(values={
            "name": surname + given, "salutation": salutation,
            "remark_name": self.remark(surname, given),
            "name_initials": name_initials(surname + given),
            "phone": f"1{rng.choice('35789')}{rng.randint(0, 999_999_999):09d}",
            "gender": "F" if female else "M",
            "birth_year": year if rng.random() < 0.7 else None, "birth_month": month,
            "birth_day": day, "region": rng.choice(names.REGIONS), "source_channel": source,
            "added_at": added, "stage_key": self.stage_for(persona), "vip_level": vip,
            "koc_type": koc, "notes": self.note(who)}, owner_id=owner)
        for uid in demo_tags.pick(rng, self.vocab.groups, who):
            tag_source = rng.choices(("manual", "import", "event"), weights=(60, 25, 15))[0]
            when = min(added + timedelta(days=rng.randint(0, 20)), self.now)
            person.tags.append((uid, tag_source, when,
                                owner if tag_source == "manual" else None))
        for days in self.purchase_days(persona, added_days):
            items = rng.sample(names.PRODUCTS, k=rng.choice((1, 1, 2, 3)))
            person.purchases.append((self.day_ago(days), sum(p[1] for p in items),
                                     "、".join(p[0] for p in items)))
        for days in self.contact_days(persona, added_days):
            kind = rng.choices(("chat", "visit", "call", "moments", "gift"),
                               weights=(60, 15, 8, 12, 5))[0]
            note = rng.choice(names.INTERACTION_NOTES[kind])
            person.contacts.append((self.day_ago(days), kind,
                                    note if female else note.replace("她", "他")))
        return person

    def note(self, who: demo_tags.Who) -> str:
        note = self.rng.choice(names.NOTES)
        if "高考" in note and who.age < 40:
            return ""
        return note

    def remark(self, surname: str, given: str) -> str:
        if self.rng.random() >= 0.3:
            return ""
        return f"{surname}{given[-1]} {self.rng.choice(('静安', '浦东', '会员', '老客', '新客'))}"

    def stage_for(self, persona: str) -> str | None:
        stages = self.vocab.stages
        by_sort = {k: n for n, k in enumerate(stages)}
        pick = {
            "prospect": self.rng.choice(stages[:3]) if len(stages) >= 3 else stages[0],
            "new": stages[0],
            "sop1": stages[min(3, len(stages) - 1)],
            "loyal": stages[-1] if self.rng.random() < 0.4 else stages[min(4, len(stages) - 1)],
        }.get(persona)
        if pick is None:
            pick = stages[min(3 + (self.rng.random() < 0.4), len(stages) - 1)]
        return pick if pick in by_sort else None

    def purchase_days(self, persona: str, added_days: int) -> list[int]:
        rng = self.rng
        if persona in ("prospect", "new"):
            return []
        if persona.startswith("sop"):
            return [int(persona[3:])]
        if persona == "dormant":
            days = {rng.randint(731, min(added_days, 1200)) for _ in range(rng.randint(1, 3))}
            return sorted(days, reverse=True)
        if persona == "loyal":
            days = {rng.randint(20, 360) for _ in range(rng.randint(4, 7))}
        elif persona == "recent":
            # bought in the last weeks: mostly follow-ups due today or in the coming days,
            # a few a day or two late (a believable morning, not a backlog)
            days = {rng.choice((1, 1, 1, 7, 7, 7, 14, 14, 28, 28, 3, 10, 12, 21, 24, 2, 9))}
        else:
            low = min(40, added_days)
            days = {rng.randint(low, max(low, min(added_days, 700)))
                    for _ in range(rng.randint(1, 3))}
        return sorted((d for d in days if d <= added_days), reverse=True)

    def contact_days(self, persona: str, added_days: int) -> list[int]:
        rng = self.rng
        if persona == "dormant":
            return [rng.randint(740, max(741, added_days))]
        count = {"loyal": rng.randint(4, 9), "prospect": rng.randint(0, 3),
                 "new": 1}.get(persona, rng.randint(1, 5))
        days = {rng.randint(0, max(0, min(added_days, 200))) for _ in range(count)}
        return sorted(days, reverse=True)
