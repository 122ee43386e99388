"""pack keygen · template · export-source · build · verify · import · list.

Works without standard input: a passphrase comes from ``--passphrase-file`` or the
``ADVISOR_DESK_PASSPHRASE`` environment variable, and is asked for only on a terminal;
``pack import`` without ``--yes`` and without a terminal prints the preview and applies
nothing.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from advisor_desk.cli.parser import confirmed
from advisor_desk.domain.clock import SystemClock
from advisor_desk.domain.content import CONTENT_KINDS, ContentDiff
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.packs import last_valid_day

PASSPHRASE_ENV = "ADVISOR_DESK_PASSPHRASE"
SHOW_TITLES = 15


def _pack_build():
    """Imported when a command runs, not when the parser is built (GUI start-up)."""
    from advisor_desk.services import pack_build

    return pack_build


def register(commands, common) -> None:
    pack = commands.add_parser("pack", parents=[common],
                               help="HQ content packs: keys, build, verify, import")
    sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p = sub.add_parser("keygen", parents=[common], help="make a signing key pair (HQ)")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--name", default="hq-signing", help="file name stem (default hq-signing)")
    p.add_argument("--label", default="", help="who the key belongs to, e.g. 沁研总部")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.set_defaults(handler=keygen)
    p = sub.add_parser("template", parents=[common],
                       help="write the spreadsheets HQ fills in, with an example row each")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    p.set_defaults(handler=template)
    p = sub.add_parser("export-source", parents=[common],
                       help="turn a content folder into spreadsheets HQ can edit")
    p.add_argument("content", metavar="CONTENT_DIR")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    p.set_defaults(handler=export_source)
    p = sub.add_parser("build", parents=[common],
                       help="build a signed pack from a folder of spreadsheets (HQ)")
    p.add_argument("source", metavar="SRC")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--key", required=True, metavar="KEY", help="the private key file")
    p.add_argument("--version", type=int, default=None, metavar="N")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--no-font-check", action="store_true",
                   help="skip the check that the UI fonts can show every character")
    p.set_defaults(handler=build)
    p = sub.add_parser("verify", parents=[common],
                       help="check a pack file completely (changes nothing)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=verify)
    p = sub.add_parser("import", parents=[common],
                       help="verify, preview and import a pack file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.set_defaults(handler=import_pack)
    p = sub.add_parser("list", parents=[common], help="packs imported into this shop")
    p.set_defaults(handler=list_packs)


# ---------------------------------------------------------------------- passphrases
def passphrase(args, *, confirm: bool = False) -> bytes:
    if args.passphrase_file:
        path = Path(args.passphrase_file)
        if path.is_dir():
            raise InvalidInput(N_("The passphrase file {file} is a folder; give the file that "
                                  "holds the passphrase."), file=str(path))
        if not path.is_file():
            raise InvalidInput(N_("The passphrase file {file} does not exist."), file=str(path))
        return path.read_text("utf-8").strip("\r\n").encode("utf-8")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV].encode("utf-8")
    if not sys.stdin.isatty():
        raise InvalidInput(N_("No passphrase given: use --passphrase-file FILE or set "
                              "ADVISOR_DESK_PASSPHRASE (there is no terminal to ask on)."))
    first = getpass.getpass("Passphrase for the private key: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise InvalidInput(N_("The two passphrases differ; nothing was written."))
    return first.encode("utf-8")


# ---------------------------------------------------------------------- HQ side
def keygen(args, paths, open_desk) -> int:
    key = _pack_build().keygen(Path(args.output), passphrase(args, confirm=True),
                               name=args.name, label=args.label)
    print(f"key id: {key.key_id}")
    print(f"private key (keep it secret, mode 600): {key.private_key}")
    print(f"public key (give it to the shops: advisor-desk trust add): {key.public_key}")
    return 0


def template(args, paths, open_desk) -> int:
    files = _pack_build().write_template(Path(args.output), args.format)
    print(f"wrote {len(files)} files to {args.output}")
    return 0


def export_source(args, paths, open_desk) -> int:
    counts = _pack_build().export_source(Path(args.content), Path(args.output), args.format)
    print("wrote " + ", ".join(f"{k} {n}" for k, n in counts.items()) + f" to {args.output}")
    return 0


def build(args, paths, open_desk) -> int:
    key = _pack_build().load_key(Path(args.key), passphrase(args))
    try:
        report = _pack_build().build(Path(args.source), Path(args.output), key,
                                     now=SystemClock().now(), version=args.version,
                                     check_fonts=not args.no_font_check)
    except Exception as exc:
        for problem in _pack_build().problems_of(exc):
            print(str(problem), file=sys.stderr)
        raise
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    built = report.pack
    print(f"built {built.path}: {built.pack_id} version {built.version}, {built.files} files "
          f"({built.media} media), {built.size} bytes, signed by key {built.key_id}")
    print(", ".join(f"{k} {n}" for k, n in report.counts.items()))
    return 0


# ---------------------------------------------------------------------- shop side
def _describe(summary) -> str:
    signer = summary.key_id + (f" ({summary.key_label})" if summary.key_label else "")
    text = (f"{summary.pack_id} version {summary.version} — {summary.title}"
            f"\npublisher: {summary.publisher or '-'}; created {summary.created_at:%Y-%m-%d %H:%M}"
            f"; signed by key {signer}; {summary.files} files ({summary.media} media)")
    if summary.expires_at:
        text += f"; valid until {last_valid_day(summary.expires_at):%Y-%m-%d}"
    return text


def print_diff(diff: ContentDiff) -> None:
    if diff.empty:
        print("no changes: every item is as in this shop already")
        return
    for kind in diff.kinds:
        if kind.empty:
            continue
        label = CONTENT_KINDS.get(kind.kind, kind.kind)
        print(f"{label}: {len(kind.new)} new, {len(kind.changed)} changed, "
              f"{len(kind.retired)} retired, {kind.unchanged} unchanged")
        for mark, titles in (("+", kind.new), ("~", kind.changed), ("-", kind.retired)):
            for title in titles[:SHOW_TITLES]:
                print(f"  {mark} {title}")
            if len(titles) > SHOW_TITLES:
                print(f"  {mark} … and {len(titles) - SHOW_TITLES} more")


def verify(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        with desk.packs.verify(Path(args.file)) as verified:
            print("OK: signed, intact and valid")
            print(_describe(verified.summary))
            if verified.already_imported:
                print("this version is already imported in this shop")
    finally:
        desk.close()
    return 0


def import_pack(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        with desk.packs.verify(Path(args.file), stage=not args.dry_run) as verified:
            print(_describe(verified.summary))
            if verified.already_imported:
                print("already imported: this exact version is in this shop; nothing to do")
                return 0
            diff = verified.diff or desk.content.preview(verified.bundle)
            print_diff(diff)
            if args.dry_run:
                print("dry run: nothing was imported")
                return 0
            if not confirmed(args, "Import this pack?"):
                return 0
            result, _changes = desk.packs.apply(verified)
            print(f"imported {verified.summary.pack_id} version {verified.summary.version}"
                  + (" (already imported)" if result.already_applied else ""))
    finally:
        desk.close()
    return 0


def list_packs(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        records = desk.packs.history()
    finally:
        desk.close()
    if not records:
        print("no packs imported yet")
    for r in records:
        counts = r.summary or {}
        changed = {k: sum(v.get(x, 0) for x in ("new", "changed", "retired"))
                   for k, v in counts.items()}
        touched = ", ".join(f"{CONTENT_KINDS.get(k, k)} {n}" for k, n in changed.items() if n)
        print(f"{r.imported_at.astimezone():%Y-%m-%d %H:%M}  {r.pack_id} v{r.version}  {r.title}  "
              f"key {r.key_id or '-'}  {touched or 'no changes'}")
    return 0
