"""Command handlers. Each takes (args, paths, open_desk) and returns an exit code or None."""

from __future__ import annotations

from pathlib import Path

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.services import maintenance


def check(args, paths, open_desk) -> int:
    report = maintenance.check(paths)
    print("OK")
    print(f"database: {report.database}")
    print(f"schema revision: {report.revision} (this app: {report.head})")
    print(f"integrity: {report.integrity}")
    print(f"size: {report.size_bytes} bytes")
    print(f"latest backup: {report.latest_backup or '-'}")
    return 0


def backup(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        print(desk.maintenance.backup(Path(args.output) if args.output else None))
    finally:
        desk.close()
    return 0


def restore(args, paths, open_desk) -> int:
    from advisor_desk.domain.clock import SystemClock

    target = maintenance.restore(paths, Path(args.file), SystemClock().now())
    print(f"restored {args.file} -> {target}")
    return 0


def demo(args, paths, open_desk) -> int:
    if args.customers < 1 or args.customers > 100_000:
        raise InvalidInput(N_("--customers must be between 1 and 100000."))
    desk = open_desk()
    try:
        summary, _ = desk.demo.load(seed=args.seed, today=args.today, customers=args.customers)
    finally:
        desk.close()
    print(f"demo data: {summary.advisors} advisors, {summary.customers} customers, "
          f"{summary.purchases} purchases, {summary.interactions} interactions, "
          f"{summary.tags} tags -> {paths.data}")
    return 0


HANDLERS = {"check": check, "backup": backup, "restore": restore, "demo": demo}
