"""Synthetic activity reports for the HQ merge benchmark: ``stores`` shops x 3 advisors x one
month, ~110 journal events per advisor-day (copies, contacts, SOP step outcomes, tags,
coupons, new customers, stage changes), written with the shops' own report writer and
signed by one device key per shop."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from advisor_desk.domain.ids import new_ulids
from advisor_desk.exchange import device_key, report_writer
from advisor_desk.exchange.pack_signing import SigningKey

MONTH = date(2026, 11, 1)
DAYS = 30
PER_ADVISOR_DAY = {"usage": 44, "interactions": 28, "steps": 22, "tags": 9, "coupons": 4,
                   "customers": 2, "stages": 1}
COUPON_TYPES = ("no_threshold", "threshold", "discount", "random", "campaign")


def catalog(rng: random.Random) -> list[tuple]:
    items = [("script", f"bench.script.{n:04d}", f"话术{n}", "welcome", str(n % 7 + 1))
             for n in range(400)]
    items += [("material", f"bench.material.{n:04d}", f"素材{n}", "daily", "image")
              for n in range(150)]
    items += [("coupon", f"bench.coupon.{n:02d}", f"券{n}", "", COUPON_TYPES[n % 5])
              for n in range(20)]
    for p in range(6):
        items.append(("playbook", f"bench.pb.{p}", f"SOP{p}", "", "purchase"))
        items += [("step", f"bench.pb.{p}#{s}", f"第{s + 1}步", f"bench.pb.{p}", str(s * 7))
                  for s in range(4)]
    rng.shuffle(items)
    return sorted(items)


def write_store(folder: Path, n: int, rng: random.Random) -> tuple[Path, Path]:
    """One store's month as a signed report and its device public key file."""
    key = SigningKey(Ed25519PrivateKey.generate())
    store = f"S{n:04d}"
    device = new_ulids(1, datetime(2026, 1, 1, tzinfo=UTC))[0]
    advisors = new_ulids(3, datetime(2026, 1, 1, tzinfo=UTC))
    customers = [f"{rng.getrandbits(96):024x}" for _ in range(3000)]
    scripts = [f"bench.script.{k:04d}" for k in range(400)]
    rows: dict[str, list[tuple]] = {k: [] for k in PER_ADVISOR_DAY}
    seq = 0
    base = datetime(MONTH.year, MONTH.month, MONTH.day, 2, tzinfo=UTC)
    for d in range(DAYS):
        day = (MONTH + timedelta(days=d)).isoformat()
        events = [(kind, a) for a in range(3) for kind, count in PER_ADVISOR_DAY.items()
                  for _ in range(count)]
        rng.shuffle(events)
        tasks = new_ulids(PER_ADVISOR_DAY["steps"] * 3, base + timedelta(days=d))
        for i, (kind, a) in enumerate(events):
            seq += 1
            at = int((base + timedelta(days=d, seconds=i * 9)).timestamp())
            head = (seq, at, day, advisors[a])
            c = rng.choice(customers)
            if kind == "usage":
                rows[kind].append((*head, rng.choice((c, None)), "script", rng.choice(scripts),
                                   "copy"))
            elif kind == "interactions":
                rows[kind].append((*head, c, rng.choice(("chat", "call", "visit"))))
            elif kind == "steps":
                outcome = rng.choices(("done", "skipped", "missed"), (75, 5, 20))[0]
                rows[kind].append((*head, c, tasks.pop(), f"bench.pb.{rng.randrange(6)}", 1,
                                   rng.randrange(4), day, outcome,
                                   (rng.random() < 0.8) if outcome == "done" else None))
            elif kind == "tags":
                rows[kind].append((*head, c, f"bench.tag.{rng.randrange(40)}", "manual"))
            elif kind == "coupons":
                rows[kind].append((*head, c, f"bench.coupon.{rng.randrange(20):02d}", None))
            elif kind == "customers":
                rows[kind].append((*head, f"{rng.getrandbits(96):024x}", "门店扫码"))
            else:
                rows[kind].append((*head, c, "intent", "paid"))
    rows["advisors"] = [(a, f"顾问{k}", "advisor", True) for k, a in enumerate(advisors)]
    rows["catalog"] = catalog(random.Random(1))
    rows["progress"] = [((MONTH + timedelta(days=d)).isoformat(), a, 22, 18, 15)
                        for d in range(DAYS) for a in advisors]
    rows["counts"] = [("stage", s, rng.randrange(500)) for s in ("new", "intent", "paid")]
    header = {"store_code": store, "store_name": f"门店{n}", "device_id": device,
              "device_first_seq": 1, "seq_from": 1, "seq_to": seq,
              "period_from": MONTH.isoformat(),
              "period_to": (MONTH + timedelta(days=DAYS - 1)).isoformat(),
              "time_zone": "Asia/Shanghai", "app_version": "0.1.0",
              "created_at": datetime(2026, 12, 1, 2, tzinfo=UTC), "reexport": False,
              "salt_id": "0123456789abcdef"}
    report = report_writer.write_report(folder / f"{store}.adreport", header, rows, key).path
    pub = folder.parent / "keys" / f"{store}.pub"
    pub.parent.mkdir(exist_ok=True)
    pub.write_bytes(device_key.public_key_file(key, store_code=store, store_name="",
                                               device_id=device))
    return report, pub


def write_month(folder: Path, stores: int, seed: int = 1) -> tuple[list[Path], list[Path], int]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out = [write_store(folder, n, rng) for n in range(stores)]
    events = stores * DAYS * 3 * sum(PER_ADVISOR_DAY.values())
    return [r for r, _ in out], [p for _, p in out], events
