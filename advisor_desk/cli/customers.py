"""customers import / export: spreadsheets in and out, the same code as the GUI.

``customers import`` always shows the dry run first; without ``--yes`` and without a terminal
to confirm on it imports nothing (exit 2). Unknown columns are mapped with
``--map "列名=field"`` (or ``--map "列名="`` to skip one).
"""

from __future__ import annotations

from pathlib import Path

from advisor_desk.cli import auth
from advisor_desk.cli.parser import confirmed
from advisor_desk.domain.customer_import import FIELDS
from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.segments import SegmentFilter
from advisor_desk.exchange.customer_sheets import UNMAPPED


def register(commands, common) -> None:
    group = commands.add_parser("customers", parents=[common],
                                help="import customers from CSV/XLSX, export them")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=type(group))
    imp = actions.add_parser("import", parents=[common],
                             help="import a customer file (dry run first)")
    imp.add_argument("file", help="CSV (UTF-8, BOM or GBK) or XLSX, e.g. a WeCom export")
    imp.add_argument("--dry-run", action="store_true", help="only check and count")
    imp.add_argument("--yes", action="store_true", help="import without asking")
    imp.add_argument("--create-tags", action="store_true",
                     help="create unknown tags as local tags instead of leaving them out")
    imp.add_argument("--report", metavar="FILE.xlsx",
                     help="save the rows with problems (the file's columns plus 问题) to fix "
                          "in Excel and import again")
    imp.add_argument("--advisor", metavar="NAME",
                     help="owner of customers whose row names no known advisor")
    imp.add_argument("--re-add-erased", action="store_true",
                     help="create customers erased on request again (a store manager, "
                          "--advisor or the only one, with their PIN)")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help=f"what an unknown column holds ({', '.join(FIELDS)}; empty: skip)")
    auth.add_options(imp, manager_option=False)
    imp.set_defaults(handler=import_customers)
    exp = actions.add_parser("export", parents=[common], help="export customers to XLSX/CSV")
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=".xlsx or .csv")
    exp.add_argument("--segment", metavar="NAME", help="a saved filter (default: everyone)")
    exp.add_argument("--advisor", metavar="NAME",
                     help="export as this advisor, with their PIN (an advisor gets their own "
                          "customers; default: the store's manager, with theirs)")
    exp.add_argument("--full-phones", action="store_true",
                     help="full phone numbers (a store manager, with their PIN)")
    auth.add_options(exp, manager_option=False)
    exp.set_defaults(handler=export_customers)


def _mapping(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        if not sep or not header.strip():
            raise InvalidInput(N_("--map takes HEADER=FIELD, not {value}."), value=pair)
        out[header.strip()] = field.strip()
    return out


def import_customers(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        advisor = desk.advisors.find(args.advisor) if args.advisor else None
        session = None
        if args.re_add_erased:  # the manager named by --advisor (or the only one), unlocked
            session = auth.manager_session(args, desk, args.advisor)
        try:
            preview = desk.customer_import.preview(
                Path(args.file), mapping=_mapping(args.map), create_tags=args.create_tags,
                owner_id=advisor.id if advisor else None, re_add_erased=args.re_add_erased,
                session=session)
        except InvalidInput as exc:
            if exc.template != UNMAPPED:
                raise
            # the window asks about the column; here the way to answer is --map
            raise InvalidInput(N_('The column {column} is not one Advisor Desk knows: say what '
                                  'it holds with --map "{column}=FIELD" (FIELD is one of '
                                  '{fields}) or skip it with --map "{column}=".'),
                               column=exc.params["column"], fields=", ".join(FIELDS)) from None
        c = preview.counts
        print(f"{preview.file}: {c.new} new, {c.updated} updated, {c.unchanged} unchanged, "
              f"{c.rejected} rejected, {c.warned} with warnings"
              + (f", {c.erased} erased on request" if c.erased else ""))
        if preview.erased_rows:  # every one, like the problems
            rows = ", ".join(str(r) for r in preview.erased_rows)
            print(f"  erased on request, not imported (rows {rows}); a manager can add them "
                  "again with --re-add-erased")
        for problem in preview.problems:  # every one: the dry run hides nothing
            state = "rejected" if problem.rejected else "warning"
            print(f"  row {problem.row} {state}: {problem.message}")
        if args.report and preview.problems:
            written = desk.customer_import.write_report(preview, Path(args.report))
            print(f"problem report: {written} rows in {args.report}")
        elif args.report:
            print("no problems: no report written")
        if preview.unknown_advisors:
            whom = f"go to {args.advisor}" if args.advisor else "get no owner"
            print(f"advisors not in this shop (their new customers {whom}): "
                  f"{'、'.join(preview.unknown_advisors[:20])}")
        if preview.unowned:
            print(f"warning: {preview.unowned} new customer(s) name no advisor of this shop and "
                  f"will have no owner (only managers see them); give --advisor NAME to "
                  f"assign them")
        if preview.unknown_tags and args.create_tags:
            names = "、".join(f"{g}:{t}" if g else t for g, t in preview.unknown_tags)
            print(f"new local tags: {names}")
        if args.dry_run:
            print("dry run: nothing was imported")
            return 0
        if not preview.records or not (c.new or c.updated):
            print("nothing to import")
            return 0
        if not confirmed(args, "Import these customers?"):
            return 0
        result, _changes = desk.customer_import.apply(preview)
        c = result.counts
        print(f"imported: {c.new} new, {c.updated} updated, {c.unchanged} unchanged, "
              f"{c.rejected} rejected, {c.warned} with warnings (backup {result.backup})")
    finally:
        desk.close()
    return 0


def export_customers(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        session = None
        if args.full_phones:  # the manager named by --advisor (or the only one), unlocked
            session = auth.manager_session(args, desk, args.advisor)
            advisor = session.advisor if session else None
        else:  # who reads: --advisor with their PIN, or the store = its manager
            advisor = auth.reader(args, desk, args.advisor)
        flt = None
        if args.segment:
            flt = SegmentFilter.from_dict(desk.customers.segment_by_name(args.segment).filter)
        result = desk.customer_export.export(Path(args.output), flt, advisor=advisor,
                                             full_phones=args.full_phones, session=session)
    finally:
        desk.close()
    print(f"exported {result.customers} customers to {result.path}"
          + (" (full phone numbers)" if result.full_phones else " (phones masked)"))
    return 0
