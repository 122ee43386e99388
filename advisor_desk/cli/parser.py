"""The argument parser: global options, then one command (no command opens the GUI).

Each command group lives in its own module under ``advisor_desk.cli`` with a
``register(commands, common)`` function that adds its sub-parsers and sets
``handler=<function(args, paths, open_desk)>``; ``COMMAND_MODULES`` lists them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from datetime import date

from advisor_desk import __version__
from advisor_desk.domain.errors import N_, InvalidInput

COMMAND_MODULES = (
    "advisor_desk.cli.customers",
    "advisor_desk.cli.hq",
    "advisor_desk.cli.maintenance",
    "advisor_desk.cli.packs",
    "advisor_desk.cli.rankings",
    "advisor_desk.cli.reports",
    "advisor_desk.cli.search",
    "advisor_desk.cli.setup",
    "advisor_desk.cli.tasks",
    "advisor_desk.cli.trust",
)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def confirmed(args, question: str) -> bool:
    """``--yes``, or the user's answer on a terminal; without a terminal to ask on, a clear
    refusal (exit 2) instead of a hang or a silent import."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise InvalidInput(N_("Nothing was imported: add --yes to import without a terminal "
                              "to confirm on."))
    if input(f"{question} [y/N] ").strip().lower() in ("y", "yes"):
        return True
    print("not imported")
    return False


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="keep all data in DIR (default: the user's data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=default,
                        help="user interface language (default zh_CN)")


def build_global_parser(*, add_help: bool = False) -> argparse.ArgumentParser:
    """The options that come before any command (all the GUI needs)."""
    parser = Parser(
        prog="advisor-desk", add_help=add_help,
        description="顾问工作台 Advisor Desk. Without a command, opens the desktop app.")
    _global_options(parser, suppress=False)
    parser.add_argument("--demo", action="store_true",
                        help="open the app on fresh demo data in a temporary folder")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, show the main window on demo data, quit with 0 "
                             "(works without a display)")
    parser.add_argument("--hq", action="store_true",
                        help="open HQ's dashboard on the warehouse instead of a shop")
    parser.add_argument("--db", dest="hq_db", metavar="URL", default=None,
                        help="with --hq: the warehouse (default: SQLite in the data folder; "
                             "postgresql+psycopg://USER@HOST/DB)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = build_global_parser(add_help=True)
    parser.add_argument("--version", action="version", version=f"advisor-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = Parser(add_help=False)
    _global_options(common, suppress=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, common)
    return parser
