"""tasks: an advisor's Today queue (after the day's sweep), as text or JSON."""

from __future__ import annotations

import json

from advisor_desk.cli import auth
from advisor_desk.cli.parser import iso_date


def register(commands, common) -> None:
    sub = commands.add_parser("tasks", parents=[common],
                              help="an advisor's Today queue: overdue, today, coming days")
    sub.add_argument("--advisor", metavar="NAME",
                     help="the advisor's name, with their PIN (default: every advisor, with "
                          "the store manager's PIN)")
    sub.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                     help="the day to show (default: today)")
    sub.add_argument("--json", action="store_true", help="machine-readable output")
    auth.add_options(sub, manager_option=False)
    sub.set_defaults(handler=tasks)


def _row(r) -> dict:
    return {"task_id": r.task_id, "customer_id": r.customer_id, "customer": r.customer_name,
            "salutation": r.salutation, "step": r.step_title, "goal": r.goal,
            "playbook": r.playbook_name, "trigger": r.trigger, "due": r.due_on.isoformat(),
            "effective_due": r.effective_due.isoformat(), "bucket": r.bucket,
            "days_since_contact": r.days_since_contact, "contact_warning": r.contact_warning,
            "kit": [{"kind": k, "uid": u} for k, u in r.kit.parts]}


def tasks(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        who = auth.reader(args, desk, args.advisor)  # their PIN, or the manager's for all
        desk.sop.sweep_if_due()
        advisors = [who] if args.advisor else desk.advisors.list()
        queues = [(a, desk.tasks.today(a.id, args.date)) for a in advisors]
    finally:
        desk.close()
    if args.json:
        print(json.dumps([{
            "advisor": a.name, "date": q.on.isoformat(), "on_leave": q.on_leave,
            "progress": {"due": q.progress.due, "done": q.progress.done},
            "counts": {b: q.count(b) for b in ("overdue", "today", "soon")},
            "overdue": [_row(r) for r in q.overdue], "today": [_row(r) for r in q.today],
            "soon": [_row(r) for r in q.soon],
            "birthdays": [{"customer_id": b.customer_id, "customer": b.customer_name,
                           "birthday": b.birthday.isoformat(), "days_until": b.days_until}
                          for b in q.birthdays],
            "daily_tasks": [{"uid": t.uid, "title": t.title, "done": t.done}
                            for t in q.daily_tasks],
        } for a, q in queues], ensure_ascii=False, indent=1))
        return 0
    for a, q in queues:
        print(f"{a.name} — {q.on.isoformat()}: {q.count('overdue')} overdue, "
              f"{q.count('today')} today, {q.count('soon')} coming, {len(q.birthdays)} "
              f"birthdays; done {q.progress.done}/"
              f"{q.progress.due}" + ("  [on leave]" if q.on_leave else ""))
        for label, rows in (("overdue", q.overdue), ("today", q.today), ("soon", q.soon)):
            for r in rows:
                warn = "  ! contacted recently" if r.contact_warning else ""
                print(f"  {label:8s} {r.effective_due.isoformat()}  {r.customer_name}  "
                      f"{r.step_title}  ({r.playbook_name}){warn}")
        for b in q.birthdays:
            print(f"  birthday {b.birthday.isoformat()}  {b.customer_name}")
    return 0
