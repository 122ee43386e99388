"""hq trust add|list|remove · hq merge · hq workbook: HQ's side of activity reports.

These commands work on HQ's warehouse (``--db URL``; default a SQLite file in the data
folder), never on a shop database.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _open(args, paths):
    from advisor_desk.services.hq import open_hq

    return open_hq(paths, args.db)


def register(commands, common) -> None:
    db = common.__class__(add_help=False)
    db.add_argument("--db", metavar="URL", default=None,
                    help="warehouse database (default: SQLite in the data folder; "
                         "postgresql+psycopg://USER@HOST/DB for PostgreSQL)")
    hq = commands.add_parser("hq", parents=[common], help="HQ: merge shop reports, workbook")
    sub = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    trust = sub.add_parser("trust", parents=[common], help="the shop device keys HQ accepts")
    tsub = trust.add_subparsers(dest="hq_trust_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", parents=[common, db], help="register a shop's device key file")
    p.add_argument("key_file", metavar="FILE")
    p.add_argument("--label", default="", help="a name (default: the store name in the file)")
    p.set_defaults(handler=trust_add)
    p = tsub.add_parser("list", parents=[common, db], help="the registered device keys")
    p.set_defaults(handler=trust_list)
    p = tsub.add_parser("remove", parents=[common, db],
                        help="revoke a device key: its reports are refused from now on")
    p.add_argument("key_id", metavar="KEY_ID")
    p.set_defaults(handler=trust_remove)
    p = sub.add_parser("merge", parents=[common, db],
                       help="verify reports and merge them into the warehouse")
    p.add_argument("sources", nargs="+", metavar="FILES|DIRS")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help="then write the workbook")
    p.add_argument("--month", metavar="YYYY-MM", help="the workbook's month (default: all)")
    p.set_defaults(handler=merge)
    p = sub.add_parser("region", parents=[common, db],
                       help="put a store in a region (the dashboard's region leaderboard)")
    p.add_argument("store", metavar="STORE_CODE")
    p.add_argument("region", metavar="REGION", help='e.g. 华东 ("" takes it out again)')
    p.set_defaults(handler=region)
    p = sub.add_parser("workbook", parents=[common, db],
                       help="leaderboards, SOP completion, content use, coupons, gaps")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--month", metavar="YYYY-MM", help="one month (default: all time)")
    p.add_argument("--csv", metavar="DIR", help="also write every table as CSV into DIR")
    p.set_defaults(handler=workbook)


def trust_add(args, paths, open_desk) -> int:
    hq = _open(args, paths)
    try:
        key = hq.trust_add(Path(args.key_file), args.label)
    finally:
        hq.close()
    print(f"registered device key {key.key_id} of store {key.store_code}"
          + (f" ({key.label})" if key.label else ""))
    return 0


def trust_list(args, paths, open_desk) -> int:
    hq = _open(args, paths)
    try:
        keys = hq.trust_list()
    finally:
        hq.close()
    if not keys:
        print("no device keys registered: reports are refused until a store's key is added")
    for k in keys:
        state = "trusted" if k.active else f"revoked {k.revoked_at:%Y-%m-%d}"
        print(f"{k.key_id}  {k.store_code:<10} {state:<18} {k.device_id}  {k.label}")
    return 0


def trust_remove(args, paths, open_desk) -> int:
    hq = _open(args, paths)
    try:
        hq.trust_remove(args.key_id)
    finally:
        hq.close()
    print(f"revoked device key {args.key_id}: its reports are refused; merged data stays")
    return 0


def _progress(done: int, total: int, name: str) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\rmerging {done}/{total} {name[:40]:<40}", end=end, file=sys.stderr,
              flush=True)


def merge(args, paths, open_desk) -> int:
    hq = _open(args, paths)
    try:
        summary = hq.merge([Path(s) for s in args.sources], progress=_progress)
        tables = hq.tables(args.month, args.lang or "zh_CN") if args.output else None
        prepared = _prepare_dashboard(hq, args.lang) if summary.count("merged") else []
    finally:
        hq.close()
    for o in summary.outcomes:
        if o.status == "rejected":
            named = Path(o.file).name in o.message  # the sentence names the file itself
            print(f"advisor-desk: {o.message if named else f'{o.file}: {o.message}'}",
                  file=sys.stderr)
    for g in summary.gaps:
        print(f"gap: store {g.store_code} device {g.device_id} journal seq "
              f"{g.seq_from}-{g.seq_to} not received")
    rows = sum(o.rows for o in summary.outcomes if o.status == "merged")
    new = sum(o.new_rows for o in summary.outcomes if o.status == "merged")
    print(f"merged {summary.count('merged')} report(s) ({rows:,} event rows, {new:,} new), "
          f"{summary.count('duplicate')} already merged, {summary.count('rejected')} refused")
    if prepared:
        print("dashboard prepared for " + ", ".join(m or "all months" for m in prepared))
    if tables is not None:
        from advisor_desk.exchange.workbook import write_xlsx

        print(f"workbook written to {write_xlsx(Path(args.output), tables)}")
    return 2 if summary.count("rejected") else 0


def workbook(args, paths, open_desk) -> int:
    from advisor_desk.exchange.workbook import write_csv, write_xlsx

    hq = _open(args, paths)
    try:
        tables = hq.tables(args.month, args.lang or "zh_CN")
    finally:
        hq.close()
    print(f"workbook written to {write_xlsx(Path(args.output), tables)}")
    if args.csv:
        files = write_csv(Path(args.csv), tables)
        print(f"{len(files)} CSV files written to {args.csv}")
    return 0


def region(args, paths, open_desk) -> int:
    from advisor_desk.services.hq_dashboard import open_dashboard

    dashboard = open_dashboard(paths, args.db)
    try:
        dashboard.set_region(args.store, args.region)
    finally:
        dashboard.close()
    print(f"store {args.store}: region {args.region or '(none)'}")
    return 0


def _prepare_dashboard(hq, lang: str | None) -> list[str | None]:
    """Read what `advisor-desk --hq` opens with now, so it shows at once (docs/hq-dashboard.md)."""
    from advisor_desk.domain.clock import SystemClock
    from advisor_desk.services.hq_dashboard import HqDashboardService

    return HqDashboardService(hq, SystemClock()).prepare(lang or "zh_CN")
