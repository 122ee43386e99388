"""setup: a new shop from the command line (the welcome dialog's first two steps)."""

from __future__ import annotations

import getpass
import sys


def register(commands, common) -> None:
    sub = commands.add_parser(
        "setup", parents=[common],
        help="set up a new shop: store name and code, and its manager's profile")
    sub.add_argument("--store", required=True, metavar="NAME", help="the store's name")
    sub.add_argument("--code", required=True, metavar="CODE",
                     help="the store code HQ gave the counter, e.g. SH001")
    sub.add_argument("--manager", required=True, metavar="NAME",
                     help="the first profile (the store manager)")
    sub.add_argument("--pin", action="store_true",
                     help="ask for a PIN for the manager's profile (4 to 8 digits)")
    sub.set_defaults(handler=setup)


def setup(args, paths, open_desk) -> int:
    from advisor_desk.services.setup import NewStore

    pin = None
    if args.pin:
        if not sys.stdin.isatty():
            from advisor_desk.domain.errors import N_, InvalidInput

            raise InvalidInput(N_("--pin asks on a terminal; set the PIN later in Settings."))
        pin = getpass.getpass("PIN (4-8 digits): ")
    desk = open_desk()
    try:
        manager, _ = desk.setup.start(NewStore(args.store, args.code, args.manager, pin))
        store = desk.settings.get()
    finally:
        desk.close()
    print(f"store {store.store_name} ({store.store_code}), manager {manager.name} -> "
          f"{paths.data}")
    print("next: advisor-desk pack import FILE (HQ's pack), or open the app")
    return 0
