"""Scopes everywhere (docs/privacy.md): an advisor sees their own customers and the
unassigned ones, a manager the store — through ONE rule in services (services/scope.py).

The property: for every advisor A of a generated shop and every customer c, each entry point
reaches c exactly when the rule says A may see c (own or unassigned) — never a colleague's
customer, and always their own. The entry points tried are listed in ``ENTRY_POINTS``; the
test fails if one was not tried, and prints what it tried.
"""

from __future__ import annotations

import json
import zipfile
from collections import defaultdict

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from advisor_desk.domain.customers import CustomerInput
from advisor_desk.domain.errors import DeskError, NotFound
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.store import models as m
from tests.support.cli import run

ENTRY_POINTS = (
    "list: customers.ids", "list: customers.ids_and_count", "list: customers.count",
    "list rows: customers.rows", "profile: customers.card", "profile: customers.profile",
    "profile: tasks.next_step", "search: customers.find", "Ctrl+P: customers.pick",
    "phone: customers.reveal_phone", "copy: library.draft", "copy: library.copy",
    "write: customers.log_interaction", "write: customers.add_tag",
    "write: customers.set_stage", "write: customers.update", "write: tasks.mark_done",
    "Today: tasks.today", "export: customer_export.export",
    "CLI: customers export --advisor", "CLI: tasks --advisor --json",
    # these show no customer at all, whoever looks: never a colleague's customer either
    "report: reports.export (.adreport file)", "report: rankings.board",
    "report: rankings.my_progress", "presenter: training.deck (every deck)",
    "practice: training.practice_queue",
)
NO_CUSTOMER = {e for e in ENTRY_POINTS if e.startswith(("report:", "presenter:", "practice:"))}


def _reached(fn) -> bool:
    """False when the entry point says "no such customer" (the scope rule); any other answer
    — a result, or another sentence such as "already handled" — means it got there."""
    try:
        fn()
    except NotFound:
        return False
    except DeskError:
        return True
    return True


@pytest.fixture
def shop(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    desk.demo.generate(customers=40)
    advisors = desk.advisors.list()
    boss = next(a for a in advisors if a.is_manager)
    for n in range(4):  # walk-ins nobody is linked to yet: every advisor may serve them
        desk.customers.add(CustomerInput(name=f"散客{n}", phone=f"1390000{n:04d}"),
                           advisor_id=None)
    with desk.ctx.db.read() as s:
        links = defaultdict(set)
        for cid, aid in s.execute(select(m.CustomerAdvisor.customer_id,
                                         m.CustomerAdvisor.advisor_id)):
            links[cid].add(aid)
        everyone = s.scalars(select(m.Customer.id).where(m.Customer.deleted_at.is_(None))).all()
        names = dict(s.execute(select(m.Customer.id, m.Customer.name)).all())
        phones = dict(s.execute(select(m.Customer.id, m.Customer.phone)).all())
        tasks = defaultdict(list)
        for tid, cid, aid in s.execute(select(m.SopTask.id, m.SopTask.customer_id,
                                              m.SopTask.advisor_id)
                                       .where(m.SopTask.state.in_(("open", "snoozed")))):
            tasks[cid].append((tid, aid))
    return (desk, boss, [a for a in advisors if not a.is_manager], links, everyone, names, tasks,
            phones)


def test_every_entry_point_obeys_the_one_scope_rule(shop, tmp_path, capsys, paths):
    desk, _boss, staff, links, everyone, names, open_tasks, phones = shop
    assert len(staff) >= 2 and any(not links[c] for c in everyone)
    with desk.ctx.db.read() as s:
        script = s.scalars(select(m.Script.uid).where(~m.Script.retired).limit(1)).first()
    assert script is not None
    tried: dict[str, int] = defaultdict(int)
    wrong: list[str] = []

    def check(entry: str, advisor, cid: int, reached: bool) -> None:
        tried[entry] += 1
        allowed = entry not in NO_CUSTOMER and (not links[cid] or advisor.id in links[cid])
        if reached != allowed:
            wrong.append(f"{entry} as {advisor.name} for customer {cid} "
                         f"(linked to {sorted(links[cid])}): {'reached' if reached else 'refused'}")

    for a in staff:
        session = desk.advisors.unlock(a.id)  # A, proven (the reveal asks for it)
        listed = set(desk.customers.ids(SegmentFilter(), viewer=a))
        ids2, n = desk.customers.ids_and_count(SegmentFilter(), viewer=a)
        count = desk.customers.count(viewer=a)
        shown = {r.id for r in desk.customers.rows(everyone, viewer=a)}
        queue = desk.tasks.today(a.id)
        in_today = {r.customer_id for r in (*queue.overdue, *queue.today, *queue.soon)} | {
            b.customer_id for b in queue.birthdays}
        out = tmp_path / f"export-{a.id}.xlsx"
        desk.customer_export.export(out, advisor=a)
        rows = list(load_workbook(out).active.iter_rows(values_only=True))[1:]
        exported = {r[2] for r in rows}  # the name column
        assert n == count == len(ids2) == len(listed)
        report = tmp_path / f"report-{a.id}.adreport"
        desk.reports.export(report, since=0, advisor_id=a.id)
        with zipfile.ZipFile(report) as z:  # every file of the report, as text
            in_report = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        in_board = repr(desk.rankings.board("month")) + repr(desk.rankings.board("day"))
        in_progress = repr(desk.rankings.my_progress(a.id))
        in_decks = "".join(repr(desk.training.deck(d.key, advisor_id=a.id))
                           for d in desk.training.decks())
        in_practice = repr(desk.training.practice_queue(a.id))
        assert in_report.count("\n") > 100 and "Slide(" in in_decks  # they hold something
        for cid in everyone:
            allowed = not links[cid] or a.id in links[cid]
            check("list: customers.ids", a, cid, cid in listed)
            check("list: customers.ids_and_count", a, cid, cid in ids2)
            check("list: customers.count", a, cid, cid in listed and count == len(listed))
            check("list rows: customers.rows", a, cid, cid in shown)
            check("profile: customers.card", a, cid,
                  _reached(lambda c=cid, a=a: desk.customers.card(c, viewer=a)))
            check("profile: customers.profile", a, cid,
                  _reached(lambda c=cid, a=a: desk.customers.profile(c, viewer=a)))
            check("profile: tasks.next_step", a, cid,
                  _reached(lambda c=cid, a=a: desk.tasks.next_step(c, viewer=a)))
            name = names[cid]
            check("search: customers.find", a, cid,
                  cid in {c.id for c in desk.customers.find(name, viewer=a)})
            check("Ctrl+P: customers.pick", a, cid,
                  cid in {p.card.id for p in desk.customers.pick(name, advisor=a).picks})
            check("phone: customers.reveal_phone", a, cid, _reached(  # "only a manager" counts
                lambda c=cid, s=session: desk.customers.reveal_phone(c, session=s)))
            check("copy: library.draft", a, cid, _reached(
                lambda c=cid, a=a: desk.library.draft("script", script, advisor_id=a.id,
                                                 customer_id=c)))
            check("copy: library.copy", a, cid, _reached(
                lambda c=cid, a=a: desk.library.copy("script", script, deliver=lambda _p: True,
                                                advisor_id=a.id, customer_id=c)))
            check("write: customers.log_interaction", a, cid, _reached(
                lambda c=cid, a=a: desk.customers.log_interaction(c, "chat", "", advisor_id=a.id)))
            check("write: customers.add_tag", a, cid, _reached(
                lambda c=cid, a=a: desk.customers.add_tag(c, "t.skin.dry", advisor_id=a.id)))
            check("write: customers.set_stage", a, cid, _reached(
                lambda c=cid, a=a: desk.customers.set_stage(c, "potential", advisor_id=a.id)))
            check("write: customers.update", a, cid, _reached(
                lambda c=cid, a=a: desk.customers.update(c, CustomerInput(region="上海"),
                                                    advisor_id=a.id)))
            for task_id, _owner in open_tasks[cid][:1]:
                check("write: tasks.mark_done", a, cid, _reached(
                    lambda t=task_id, a=a: desk.tasks.mark_done(t, a.id)))
            if cid in in_today:  # Today shows the advisor's own work only
                check("Today: tasks.today", a, cid, True)
            elif not allowed:
                check("Today: tasks.today", a, cid, False)
            if [c for c in everyone if names[c] == name] == [cid]:  # a name only they have
                check("export: customer_export.export", a, cid, name in exported)
            phone = phones[cid] or "\0"
            for entry, text in (("report: reports.export (.adreport file)", in_report),
                                ("report: rankings.board", in_board),
                                ("report: rankings.my_progress", in_progress),
                                ("presenter: training.deck (every deck)", in_decks),
                                ("practice: training.practice_queue", in_practice)):
                check(entry, a, cid, name in text or phone in text)
        desk.close()
        out = tmp_path / f"cli-{a.id}.xlsx"
        code, _, err = run(capsys, "--data-dir", str(paths.data), "customers", "export",
                           "-o", str(out), "--advisor", a.name)
        assert code == 0, err
        cli_exported = {r[2] for r in list(load_workbook(out).active.iter_rows(
            values_only=True))[1:]}
        code, text, err = run(capsys, "--data-dir", str(paths.data), "tasks", "--advisor",
                              a.name, "--json")
        assert code == 0, err
        queue_json = json.loads(text)[0]
        cli_today = {r["customer_id"] for b in ("overdue", "today", "soon")
                     for r in queue_json[b]} | {b["customer_id"] for b in queue_json["birthdays"]}
        for cid in everyone:
            allowed = not links[cid] or a.id in links[cid]
            unique = [c for c in everyone if names[c] == names[cid]] == [cid]
            if unique:
                check("CLI: customers export --advisor", a, cid, names[cid] in cli_exported)
            if cid in cli_today or not allowed:
                check("CLI: tasks --advisor --json", a, cid, cid in cli_today)
    print("\nentry points tried (advisor × customer checks):")
    for entry in ENTRY_POINTS:
        print(f"  {tried[entry]:5d}  {entry}")
    assert not wrong, "\n".join(wrong[:20])
    assert set(tried) == set(ENTRY_POINTS), set(ENTRY_POINTS) - set(tried)


def test_a_manager_sees_the_store(shop):
    desk, boss, _staff, _links, everyone, _names, _tasks, _phones = shop
    assert set(desk.customers.ids(SegmentFilter(), viewer=boss)) == set(everyone)
    for cid in everyone[:10]:
        desk.customers.card(cid, viewer=boss)
        desk.customers.profile(cid, viewer=boss)
