"""The command-line front end (docs/cli.md): argparse over the same services.

Exit codes: 0 done, 2 user error (one line on stderr), 1 bug (one line naming the log file).
The composition root (``advisor_desk.app``) parses, builds the paths and hands us a way to
open the ``Desk``; nothing here touches the store directly.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_desk.cli.parser import build_parser
from advisor_desk.domain.errors import DeskError
from advisor_desk.paths import AppPaths

if TYPE_CHECKING:
    import argparse

    from advisor_desk.services.desk import Desk

log = logging.getLogger(__name__)

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Without a command (the GUI) only the global options are parsed: building every
    command's sub-parser imports their modules, which the first paint does not need."""
    from advisor_desk.cli.parser import build_global_parser

    args = sys.argv[1:] if argv is None else list(argv)
    if not {"-h", "--help", "--version"} & set(args):
        options, rest = build_global_parser().parse_known_args(args)
        if not rest:
            options.command = None
            return options
    return build_parser().parse_args(args)


def run(args: argparse.Namespace, paths: AppPaths, open_desk: Callable[[], Desk]) -> int:
    """Run one command; map errors to exit codes with one line on stderr."""
    try:
        return args.handler(args, paths, open_desk) or EXIT_OK
    except DeskError as exc:
        print(f"advisor-desk: {exc.message}", file=sys.stderr)
        return EXIT_USER
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("advisor-desk: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_USER
    except Exception as exc:
        from advisor_desk.services.data_folder import explain

        problem = explain(exc, paths)  # a read-only file, a full disk: not a bug
        if problem is not None:
            log.warning("command %s: %s", args.command, problem, exc_info=True)
            print(f"advisor-desk: {problem.message}", file=sys.stderr)
            return EXIT_USER
        log.exception("command %s failed", args.command)
        print(f"advisor-desk: internal error; details were written to {paths.log_file}",
              file=sys.stderr)
        return EXIT_BUG
