"""rankings: this store's advisors for a day, week or month, as text or JSON
(the JSON shape is documented in docs/cli.md and docs/rankings.md)."""

from __future__ import annotations

import json
import unicodedata

from advisor_desk.cli.parser import iso_date
from advisor_desk.domain import rankings as r


def register(commands, common) -> None:
    sub = commands.add_parser("rankings", parents=[common],
                              help="the store's advisors ranked for a day, week or month")
    sub.add_argument("--period", choices=r.PERIODS, default="month",
                     help="day, week (Monday-Sunday) or month (default: month)")
    sub.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                     help="a day inside the period (default: today)")
    sub.add_argument("--json", action="store_true", help="machine-readable output")
    sub.set_defaults(handler=rankings)


def standing_json(board, s: r.Standing) -> dict:
    completion = s.completion
    return {
        "advisor_id": s.advisor_id, "advisor": s.name, "rank": s.rank, "points": s.points,
        "period": board.period.kind, "start": board.period.start.isoformat(),
        "end": board.period.end.isoformat(),
        "through": board.through.isoformat() if board.through else None,
        "new_customers": s.new_customers, "steps_on_time": s.steps_on_time,
        "steps_due": s.steps_due, "steps_done": s.steps_done,
        "completion_rate": None if completion is None else round(float(completion), 4),
        "customers_contacted": s.customers_contacted, "coupons_issued": s.coupons_issued,
        "copies": s.copies, "cards_practised": s.cards_practised,
        "points_by_measure": dict(s.points_by_measure) if s.points is not None else None,
    }


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


def rankings(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        board = desk.rankings.board(args.period, args.date)
    finally:
        desk.close()
    if args.json:
        print(json.dumps([standing_json(board, s) for s in board.standings],
                         ensure_ascii=False, indent=1))
        return 0
    p = board.period
    print(f"{p.kind} {p.start.isoformat()} – {p.end.isoformat()}"
          + (f" (through {board.through.isoformat()})" if board.through else " (not started)")
          + (f"; rules: {', '.join(x.title for x in board.rules)}" if board.rules
             else "; no incentive rules: counts only"))
    print("rank  advisor       points  new  on-time  done/due  rate    contacted  coupons  "
          "copies  cards")
    for s in board.standings:
        rate = "–" if s.completion_pct is None else f"{s.completion_pct:.1f}%"
        points = "–" if s.points is None else str(s.points)
        print(f"{s.rank:>4}  {_pad(s.name, 12)}  {points:>6}  {s.new_customers:>3}  "
              f"{s.steps_on_time:>7}  {s.steps_done:>4}/{s.steps_due:<4} {rate:>6}  "
              f"{s.customers_contacted:>9}  {s.coupons_issued:>7}  {s.copies:>6}  "
              f"{s.cards_practised:>5}")
    return 0
