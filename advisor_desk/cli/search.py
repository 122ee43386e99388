"""search QUERY · search rebuild (docs/cli.md).

``--json`` prints one object whose shape is stable (documented in docs/library.md)::

    {"query": str, "terms": [str], "count": int, "more": bool,
     "results": [{"kind", "type", "uid", "title", "snippet", "title_hit", "origin", "scene",
                  "sales_step", "channel", "valid_from", "valid_to", "favourite", "uses"}]}
"""

from __future__ import annotations

import json

from advisor_desk.domain.errors import N_, InvalidInput
from advisor_desk.domain.library import SearchFilter, SearchHit

KINDS = {  # --kind -> (library kinds, types)
    "script": (("script",), ()),
    "qa": (("script",), ("qa",)),
    "material": (("material",), ()),
    "coupon": (("coupon",), ()),
}


def register(commands, common) -> None:
    sub = commands.add_parser(
        "search", parents=[common],
        help="search the library (scripts & Q&A, materials, coupons) like the app does; "
             "'search rebuild' rebuilds the search index")
    sub.add_argument("query", nargs="+", metavar="QUERY",
                     help="words to find (every word must occur); pinyin initials work too")
    sub.add_argument("--kind", choices=sorted(KINDS),
                     help="only this kind (script: scripts and Q&A; qa: only Q&A)")
    sub.add_argument("--limit", type=int, default=20, metavar="N",
                     help="at most N results (default 20)")
    sub.add_argument("--advisor", metavar="NAME",
                     help="rank and show personal scripts as this advisor sees them")
    sub.add_argument("--include-expired", action="store_true",
                     help="also materials and coupons outside their validity window")
    sub.add_argument("--json", action="store_true", help="print JSON (a stable shape)")
    sub.set_defaults(handler=search)


def _as_json(hit: SearchHit) -> dict:
    return {"kind": hit.kind, "type": hit.type, "uid": hit.uid, "title": hit.title,
            "snippet": hit.snippet, "title_hit": hit.title_hit, "origin": hit.origin,
            "scene": hit.scene, "sales_step": hit.sales_step, "channel": hit.channel,
            "valid_from": hit.valid_from.isoformat() if hit.valid_from else None,
            "valid_to": hit.valid_to.isoformat() if hit.valid_to else None,
            "favourite": hit.favourite, "uses": hit.uses}


def search(args, paths, open_desk) -> int:
    if args.query == ["rebuild"]:
        return rebuild(args, paths, open_desk)
    if not 1 <= args.limit <= 10_000:
        raise InvalidInput(N_("--limit must be between 1 and 10000."))
    query = " ".join(args.query)
    kinds, types = KINDS[args.kind] if args.kind else (SearchFilter().kinds, ())
    desk = open_desk()
    try:
        advisor_id = desk.advisors.find(args.advisor).id if args.advisor else None
        result = desk.library.search(
            query, SearchFilter(kinds=kinds, types=types, include_expired=args.include_expired),
            advisor_id=advisor_id, limit=args.limit)
    finally:
        desk.close()
    if args.json:
        print(json.dumps({"query": query, "terms": list(result.terms), "count": len(result.hits),
                          "more": result.more, "results": [_as_json(h) for h in result.hits]},
                         ensure_ascii=False, indent=2))
        return 0
    for hit in result.hits:
        print(f"{hit.kind}/{hit.type}\t{hit.uid}\t{hit.title}\t{hit.snippet}")
    more = " (more: raise --limit or add words)" if result.more else ""
    print(f"{len(result.hits)} result(s){more}")
    return 0


def rebuild(args, paths, open_desk) -> int:
    desk = open_desk()
    try:
        count = desk.library.rebuild_index()
    finally:
        desk.close()
    print(f"search index rebuilt: {count} items")
    return 0
