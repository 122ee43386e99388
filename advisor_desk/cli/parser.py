"""The argument parser: global options, then one command (no command opens the GUI)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from advisor_desk import __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _date(text: str) -> date:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="advisor-desk",
        description="顾问工作台 Advisor Desk. Without a command, opens the desktop app.")
    _global_options(parser, suppress=False)
    parser.add_argument("--demo", action="store_true",
                        help="open the app on fresh demo data in a temporary folder")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, show the main window on demo data, quit with 0 "
                             "(works without a display)")
    parser.add_argument("--version", action="version", version=f"advisor-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    common = _Parser(add_help=False)
    _global_options(common, suppress=True)

    def command(name: str, help_text: str, handler: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text,
                                  parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    command("check", "check the database's integrity and schema revision (changes nothing)",
            "check")
    sub = command("backup", "back up the database (SQLite backup API)", "backup")
    sub.add_argument("-o", "--output", metavar="FILE",
                     help="write the backup here (default: the backups folder)")
    sub = command("restore", "replace the database with a backup (the current one is backed "
                             "up first)", "restore")
    sub.add_argument("file", metavar="FILE")
    sub = command("demo", "load the demo HQ content and generate demo shop data into an "
                          "empty data dir", "demo")
    sub.add_argument("--seed", type=int, default=7)
    sub.add_argument("--today", type=_date, default=None, metavar="YYYY-MM-DD",
                     help="the day the demo data is built around (default: today)")
    sub.add_argument("--customers", type=int, default=300)
    return parser
