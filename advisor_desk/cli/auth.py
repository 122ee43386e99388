"""A store manager's session for manager-only commands (``trust add/remove``, ``restore``,
``customers export --full-phones``): the services refuse without one, so the command line
cannot bypass what the window asks for. Commands that show customers (``customers export``,
``tasks``) prove who reads them the same way (``reader``): the advisor named by
``--advisor`` with their PIN (they see their own customers and the unassigned ones), or the
store as a whole, which is a manager's view (the only manager, with their PIN).

The manager is ``--manager NAME`` (or the store's only active manager); their PIN — when the
profile has one — comes from ``--pin-file FILE``, the ``ADVISOR_DESK_PIN`` environment
variable, or the terminal; without any of these, one sentence and exit 2. AdvisorService
checks the PIN (services/advisors.py ``unlock``). A store with no manager yet needs none.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_desk.domain.errors import N_, InvalidInput, NotAllowed

if TYPE_CHECKING:
    from advisor_desk.domain.people import AdvisorInfo, AdvisorSession
    from advisor_desk.services.desk import Desk

PIN_ENV = "ADVISOR_DESK_PIN"


def add_options(parser, *, manager_option: bool = True) -> None:
    if manager_option:
        parser.add_argument("--manager", metavar="NAME",
                            help="the store manager running this (default: the only manager)")
    parser.add_argument("--pin-file", metavar="FILE",
                        help=f"the PIN (or set {PIN_ENV}; else asked on a terminal)")


def manager_session(args, desk: Desk, name: str | None = None) -> AdvisorSession | None:
    """The session of the manager named by ``name`` / ``--manager`` (default: the only active
    manager); None when the store has no manager yet."""
    managers = desk.advisors.managers()
    if not managers:
        return None
    name = name or getattr(args, "manager", None)
    if name:
        advisor = desk.advisors.find(name)
        if not advisor.is_manager:
            raise NotAllowed(N_("{name} is not a store manager; this needs a manager."),
                             name=advisor.name)
    elif len(managers) == 1:
        advisor = managers[0]
    else:
        raise InvalidInput(N_("This store has several managers: say who you are with "
                              "--manager NAME."))
    pin = _pin(args, advisor.name) if advisor.has_pin else None
    return desk.advisors.unlock(advisor.id, pin)


def reader(args, desk: Desk, name: str | None) -> AdvisorInfo | None:
    """Who reads customers on the command line, proven as in the window: the advisor
    ``name`` (their PIN when their profile has one), or without a name the store's only
    manager (a manager sees the store; their PIN likewise). None: a store with no manager
    yet (being set up) — the whole store, as before anyone is signed in."""
    if name:
        advisor = desk.advisors.find(name)
    else:
        managers = desk.advisors.managers()
        if not managers:
            return None
        if len(managers) > 1:
            raise InvalidInput(N_("This store has several managers: say who you are with "
                                  "--advisor NAME."))
        advisor = managers[0]
    if advisor.has_pin:  # AdvisorService checks it, wrong PINs count toward the lockout
        desk.advisors.lock(desk.advisors.unlock(
            advisor.id, _pin(args, advisor.name, manager=advisor.is_manager)))
    return advisor


def _pin(args, name: str, *, manager: bool = True) -> str:
    if getattr(args, "pin_file", None):
        path = Path(args.pin_file)
        if path.is_dir():
            raise InvalidInput(N_("The PIN file {file} is a folder; give the file that holds "
                                  "the PIN."), file=str(path))
        if not path.is_file():
            raise InvalidInput(N_("The PIN file {file} does not exist."), file=str(path))
        return path.read_text("utf-8").strip()
    if os.environ.get(PIN_ENV):
        return os.environ[PIN_ENV].strip()
    if not sys.stdin.isatty():
        if not manager:
            raise NotAllowed(N_("This needs the PIN of {name}: use --pin-file FILE or set "
                                "ADVISOR_DESK_PIN (there is no terminal to ask on)."),
                             name=name)
        raise NotAllowed(N_("This needs the PIN of the store manager {name}: use --pin-file "
                            "FILE or set ADVISOR_DESK_PIN (there is no terminal to ask on)."),
                         name=name)
    return getpass.getpass(f"PIN of {name}: ")
