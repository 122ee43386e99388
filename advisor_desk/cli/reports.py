"""device show · report export: this PC's identity towards HQ and its activity reports."""

from __future__ import annotations

import sys
from pathlib import Path

from advisor_desk.cli.parser import iso_date


def register(commands, common) -> None:
    device = commands.add_parser("device", parents=[common],
                                 help="this PC's identity towards HQ (device key)")
    sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    p = sub.add_parser("show", parents=[common],
                       help="print store code, device id and key id; -o writes the public "
                            "key file to send HQ once")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write this PC's public key file (to send HQ once) to FILE")
    p.set_defaults(handler=show)
    report = commands.add_parser("report", parents=[common],
                                 help="activity reports for HQ (signed .adreport files)")
    sub = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    p = sub.add_parser("export", parents=[common],
                       help="write the activity since the last export as a signed report")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--since", type=int, default=None, metavar="SEQ",
                   help="events after journal seq SEQ (default: after the last export; "
                        "an earlier SEQ re-exports and is marked as such)")
    p.add_argument("--until", type=iso_date, default=None, metavar="DATE",
                   help="only what was recorded up to the end of DATE (YYYY-MM-DD)")
    p.add_argument("--dry-run", action="store_true", help="print the counts, write nothing")
    p.set_defaults(handler=export)
    p = sub.add_parser("history", parents=[common], help="the reports exported so far")
    p.set_defaults(handler=history)


def show(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        info = desk.device.show()
        if args.output:
            written = desk.device.write_public_key(Path(args.output))
    finally:
        desk.close()
    print(f"store      {info.store_code}" + (f"  {info.store_name}" if info.store_name else ""))
    print(f"device id  {info.device_id}")
    print(f"key id     {info.key_id}")
    if args.output:
        print(f"public key written to {written}: send it to HQ once "
              f"(advisor-desk hq trust add {written.name})")
    else:
        print("public key not written: advisor-desk device show -o FILE writes the file to "
              "send HQ once")
    return 0


def _counts(rows: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in rows.items() if n)


def export(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        if args.dry_run:
            preview = desk.reports.preview(args.since, args.until)
        else:
            result, _ = desk.reports.export(Path(args.output), args.since, args.until)
            preview = result.preview
    finally:
        desk.close()
    p = preview
    what = "would cover" if args.dry_run else "covers"
    span = f"journal seq {p.seq_from}-{p.seq_to} ({p.events} journal entries)" if p.events \
        else f"no new journal entries (up to seq {p.seq_to} exported before)"
    print(f"report {what} {span}, {p.period_from} to {p.period_to}"
          + (" — a re-export" if p.reexport else ""))
    print(f"rows: {_counts(p.rows) or 'none'}")
    if not p.hq_salt:
        print("note: HQ content has no report salt yet; customers are hashed with the "
              "built-in one", file=sys.stderr)
    if not args.dry_run:
        print(f"written {result.path} ({result.size:,} bytes)")
    return 0


def history(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        records = desk.reports.history()
    finally:
        desk.close()
    if not records:
        print("no report exported yet")
    for r in records:
        mark = " re-export" if r.reexport else ""
        print(f"{r.created_at:%Y-%m-%d %H:%M}  seq {r.seq_from}-{r.seq_to}  "
              f"{r.period_from} – {r.period_to}  {sum(r.rows.values())} rows  "
              f"{r.file_name}{mark}")
    return 0
