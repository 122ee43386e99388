"""Composition root: arguments -> paths -> logging -> (database -> services) -> CLI or Qt.

Only this module knows every layer. Heavy imports (SQLAlchemy, Alembic, PySide6) happen inside
functions so ``advisor-desk --help`` and the first paint stay fast.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from advisor_desk.paths import AppPaths

log = logging.getLogger("advisor_desk")


def resolve_paths(data_dir: str | None, *, temporary: bool) -> AppPaths:
    """``--demo``/``--smoke-test`` use a throw-away folder unless ``--data-dir`` is given."""
    if data_dir:
        return AppPaths.resolve(data_dir)
    if temporary:
        folder = Path(tempfile.mkdtemp(prefix="advisor-desk-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        return AppPaths.under(folder)
    return AppPaths.resolve()


def open_desk(paths: AppPaths, clock=None, on_lock_wait=None, schema_cache=None):
    """Check, migrate and open the database; build the ``Desk`` facade (``clock``: a fixed
    clock for deterministic demo data; ``schema_cache``: see services/desk.py)."""
    from advisor_desk.services.desk import open_desk as _open

    return _open(paths, clock, on_lock_wait=on_lock_wait, schema_cache=schema_cache)


def _say_waiting() -> None:
    print("advisor-desk: waiting for another program that is writing to this data folder "
          "(the app or an import)…", file=sys.stderr, flush=True)


def prepare_demo(desk) -> None:
    """Fill an empty database with the demo content and shop data."""
    if desk.demo.is_empty():
        desk.demo.load()


def main(argv: list[str] | None = None) -> int:
    from advisor_desk import cli

    args = cli.parse_args(argv)
    temporary = bool(args.demo or args.smoke_test)
    paths = resolve_paths(args.data_dir, temporary=temporary)
    from advisor_desk.domain.errors import DeskError
    from advisor_desk.services.data_folder import preflight

    try:
        preflight(paths)  # folders exist, are folders and can be written: before logging
        problem = None
    except DeskError as exc:
        problem = exc

    def start_logging() -> None:
        from advisor_desk.logs import setup_logging

        setup_logging(paths.log_file)
        log.info("start %s data=%s mode=%s", args.command or "gui", paths.data, paths.mode)

    if args.command:
        if problem is not None:
            print(f"advisor-desk: {problem}", file=sys.stderr)
            return cli.EXIT_USER
        start_logging()
        return cli.run(args, paths, lambda clock=None: open_desk(paths, clock, _say_waiting))

    from advisor_desk.ui.gui import GuiOptions, run_gui

    options = GuiOptions(lang=args.lang, demo=temporary, smoke_test=args.smoke_test)
    if args.hq:
        from advisor_desk.services.hq_dashboard import open_dashboard
        from advisor_desk.ui.hq_gui import run_hq_gui

        return run_hq_gui(options, paths, start_logging=start_logging,
                          open_dashboard=lambda: open_dashboard(paths, args.hq_db))
    # a throw-away demo folder gets a new database on every start: from a schema template in
    # this user's cache folder (store/migrations.py), not from Alembic each time
    schema_cache = AppPaths.resolve().cache if temporary and not args.data_dir else None
    return run_gui(options, paths, open_desk=lambda: open_desk(paths, schema_cache=schema_cache),
                   prepare=prepare_demo if temporary else None, start_logging=start_logging,
                   startup_problem=problem)


if __name__ == "__main__":
    raise SystemExit(main())
