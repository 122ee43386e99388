"""check · backup · restore · demo."""

from __future__ import annotations

from pathlib import Path

from advisor_desk.cli import auth
from advisor_desk.cli.parser import iso_date
from advisor_desk.domain.errors import N_, InvalidInput


def register(commands, common) -> None:
    sub = commands.add_parser(
        "check", parents=[common],
        help="check the database's integrity and schema revision (changes nothing)")
    sub.set_defaults(handler=check)
    sub = commands.add_parser("backup", parents=[common],
                              help="back up the database (SQLite backup API)")
    sub.add_argument("-o", "--output", metavar="FILE",
                     help="write the backup here (default: the backups folder)")
    sub.set_defaults(handler=backup)
    sub = commands.add_parser(
        "restore", parents=[common],
        help="replace the database with a backup (the current one is backed up first)")
    sub.add_argument("file", metavar="FILE")
    auth.add_options(sub)
    sub.set_defaults(handler=restore)
    sub = commands.add_parser(
        "demo", parents=[common],
        help="load the demo HQ content and generate demo shop data into an empty data dir")
    sub.add_argument("--seed", type=int, default=7)
    sub.add_argument("--today", type=iso_date, default=None, metavar="YYYY-MM-DD",
                     help="the day the demo data is built around (default: today)")
    sub.add_argument("--customers", type=int, default=300)
    sub.set_defaults(handler=demo)


def check(args, paths, open_desk) -> int:
    from advisor_desk.services import maintenance

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
    from advisor_desk.services import backups

    def authorise() -> str | None:
        """A store manager replaces the database (asked inside the folder lock); their name
        goes into the restored database's privacy log."""
        desk = _open_current(paths, open_desk)
        if desk is None:
            return None
        try:
            session = auth.manager_session(args, desk)
            desk.maintenance.require_manager(session)
            return session.advisor.name if session is not None else None
        finally:
            desk.close()

    target = backups.restore(paths, Path(args.file), SystemClock().now(),
                             authorise=authorise)
    print(f"restored {args.file} -> {target}")
    return 0


def _open_current(paths, open_desk):
    """The database being replaced, to ask its manager; None when there is none to ask (no
    database yet, or one too broken to open: restoring is then the way out)."""
    from advisor_desk.domain.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed

    if not paths.database.exists():
        return None
    try:
        return open_desk()
    except (DatabaseCorrupt, DatabaseTooNew, MigrationFailed):
        return None


def demo(args, paths, open_desk) -> int:
    if args.customers < 1 or args.customers > 100_000:
        raise InvalidInput(N_("--customers must be between 1 and 100000."))
    clock = None
    if args.today is not None:  # the whole shop, SOP engine included, lives on that day
        from advisor_desk.domain.clock import FixedClock

        clock = FixedClock.at_local(args.today, 10)
    desk = open_desk(clock)
    try:
        summary, _ = desk.demo.load(seed=args.seed, today=args.today, customers=args.customers)
    finally:
        desk.close()
    print(f"demo data: {summary.advisors} advisors, {summary.customers} customers, "
          f"{summary.purchases} purchases, {summary.interactions} interactions, "
          f"{summary.tags} tags -> {paths.data}")
    return 0
