"""trust add · list · remove: the public keys this shop accepts packs from. Adding and
removing are a store manager's: their PIN is asked for (cli/auth.py)."""

from __future__ import annotations

from pathlib import Path

from advisor_desk.cli import auth


def register(commands, common) -> None:
    trust = commands.add_parser("trust", parents=[common],
                                help="the HQ keys this shop accepts packs from")
    sub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help="trust HQ's public key file")
    p.add_argument("key_file", metavar="PUBKEY_FILE")
    p.add_argument("--prefix", action="append", default=[], metavar="P",
                   help="pack ids this key may sign start with P (repeatable; default: any)")
    p.add_argument("--label", default="", help="a name for the key (default: from the file)")
    auth.add_options(p)
    p.set_defaults(handler=add)
    p = sub.add_parser("list", parents=[common], help="the trusted keys")
    p.set_defaults(handler=list_keys)
    p = sub.add_parser("remove", parents=[common],
                       help="revoke a key: it signs nothing new; imported content stays")
    p.add_argument("key_id", metavar="KEY_ID")
    auth.add_options(p)
    p.set_defaults(handler=remove)


def add(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        session = auth.manager_session(args, desk)
        key, _ = desk.trust.add(Path(args.key_file), tuple(args.prefix), args.label,
                                session=session)
    finally:
        desk.close()
    print(f"trusted key {key.key_id}" + (f" ({key.label})" if key.label else "")
          + " for " + (", ".join(f"{p}*" for p in key.prefixes) or "any pack"))
    return 0


def list_keys(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        keys = desk.trust.list_keys()
    finally:
        desk.close()
    if not keys:
        print("no trusted keys: packs cannot be imported until HQ's public key is added")
    for k in keys:
        if k.demo:
            state = "demo mode only"
        elif k.revoked_at is not None:
            state = f"revoked {k.revoked_at:%Y-%m-%d}"
        else:
            state = "trusted"
        scope = ", ".join(f"{p}*" for p in k.prefixes) or "any pack"
        print(f"{k.key_id}  {state:<18} {scope:<24} {k.label}")
    return 0


def remove(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        desk.trust.remove(args.key_id, session=auth.manager_session(args, desk))
    finally:
        desk.close()
    print(f"revoked key {args.key_id}: it signs nothing new; imported content stays")
    return 0
