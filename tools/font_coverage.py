"""Regenerate resources/fonts/coverage.json: which characters the shops' UI fonts can draw.

The pack build checks HQ's text against this shipped table (exchange/font_lint.py), never
against the fonts of the machine that builds, so a build gives the same answer everywhere.

    python tools/font_coverage.py FONT_FILE[=PLATFORM] ... [-o resources/fonts/coverage.json]

Run it with the target fonts of every platform the shops use (the UI's font list in
ui/theme.py and Qt's fallbacks): on Windows C:/Windows/Fonts/msyh.ttc (Microsoft YaHei),
seguiemj.ttf (Segoe UI Emoji), segoeui.ttf (Segoe UI); on Linux Noto Sans CJK, Noto Color
Emoji and DejaVu Sans. A font already in the table and not given again is kept, so the
Windows fonts can be added from a Windows PC and the Linux ones from a Linux PC.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "fonts" / "coverage.json"


def _open(path: Path) -> TTFont:
    if path.suffix.lower() in (".ttc", ".otc"):
        return TTCollection(str(path), lazy=True).fonts[0]
    return TTFont(str(path), lazy=True)


def _ranges(points: set[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in sorted(points):
        if out and cp == out[-1][1] + 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def describe(path: Path, platform: str) -> dict:
    font = _open(path)
    try:
        names = font["name"]
        family = str(names.getDebugName(16) or names.getDebugName(1) or path.stem)
        version = str(names.getDebugName(5) or "")
        points = set((font.getBestCmap() or {}).keys())
    finally:
        font.close()
    return {"family": family, "file": path.name, "version": version, "platform": platform,
            "codepoints": len(points), "ranges": _ranges(points)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fonts", nargs="+", metavar="FONT_FILE[=PLATFORM]")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    table = {"fonts": []}
    if args.output.is_file():
        table = json.loads(args.output.read_text("utf-8"))
    fonts = {f["family"]: f for f in table["fonts"]}
    for spec in args.fonts:
        file, _, platform = spec.partition("=")
        entry = describe(Path(file), platform or sys.platform)
        fonts[entry["family"]] = entry
        print(f"{entry['family']} ({entry['file']} {entry['version']}): "
              f"{entry['codepoints']} characters")
    table = {"about": "Characters the shops' UI fonts can draw; made by "
                      "tools/font_coverage.py (see its docstring). The pack build refuses a "
                      "character none of these fonts has.",
             "fonts": sorted(fonts.values(), key=lambda f: (f["platform"], f["family"]))}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text.replace('{"family"', '\n{"family"') + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
