"""Translation sources: extract, list what is untranslated, fill, check.

    python tools/i18n.py update         # refresh every .ts from the sources (keeps translations)
    python tools/i18n.py todo           # list untranslated messages
    python tools/i18n.py fill MAP.json  # {"English source": "中文"} fills matching unfinished
    python tools/i18n.py check          # exit 1 if a .ts is stale or anything is untranslated
    python tools/i18n.py harvest A.ts…  # print {"source": "translation"} of finished messages
                                        # (after a merge conflict in a .ts: take one side,
                                        # update, then fill from the other side's harvest)

One .ts per UI module (``resources/translations/zh_CN/<module path>.ts``, made by PySide6's
lupdate) and one per module that raises user errors (``errors.<module path>.ts``, context
``DeskError``, from the ``N_("...")`` templates). Separate files keep parallel work on different
pages from colliding. The .qm catalogue is built from all of them (never committed).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "advisor_desk"
TS_DIR = ROOT / "resources" / "translations" / "zh_CN"
LANG = "zh_CN"


def _lupdate() -> str:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    return exe


def ui_sources() -> list[Path]:
    markers = ("tr(", "translate(", "QT_TRANSLATE_NOOP")
    return sorted(p for p in (PACKAGE / "ui").rglob("*.py")
                  if any(m in p.read_text("utf-8") for m in markers))


def error_templates() -> dict[str, list[str]]:
    """module dotted name -> the N_("...") templates it contains, in order."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        strings = []
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "N_" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                strings.append(node.args[0].value)
        if strings:
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[module] = list(dict.fromkeys(strings))
    return found


def ts_name(source: Path) -> str:
    return ".".join(source.relative_to(PACKAGE / "ui").with_suffix("").parts) + ".ts"


def _read(ts: Path) -> ET.ElementTree | None:
    return ET.parse(ts) if ts.is_file() else None


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of every message in a .ts file."""
    tree = _read(ts)
    out = []
    if tree is None:
        return out
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if msg.get("numerus") == "yes":
        return all((f.text or "").strip() for f in tr.iter("numerusform")) and \
            any(True for _ in tr.iter("numerusform"))
    return bool((tr.text or "").strip())


def _write_errors_ts(path: Path, templates: list[str]) -> None:
    old = {src: msg for _ctx, src, msg in messages(path)}
    root = ET.Element("TS", version="2.1", language=LANG)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = "DeskError"
    for template in templates:
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = template
        prev = old.get(template)
        tr = ET.SubElement(msg, "translation")
        if prev is not None and _finished(prev):
            tr.text = prev.find("translation").text
        else:
            tr.set("type", "unfinished")
    _save(ET.ElementTree(root), path)


def _save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update(target: Path = TS_DIR) -> None:
    target.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for source in ui_sources():
        ts = target / ts_name(source)
        wanted.add(ts.name)
        subprocess.run([_lupdate(), str(source), "-ts", str(ts), "-no-obsolete",
                        "-locations", "none", "-target-language", LANG, "-silent"],
                       check=True)
        if not messages(ts):
            ts.unlink()
            wanted.discard(ts.name)
    for module, templates in error_templates().items():
        ts = target / f"errors.{module.removeprefix('advisor_desk.')}.ts"
        wanted.add(ts.name)
        _write_errors_ts(ts, templates)
    for stale in target.glob("*.ts"):
        if stale.name not in wanted:
            stale.unlink()


def todo(target: Path = TS_DIR) -> list[tuple[str, str, str]]:
    return [(ts.name, ctx, src) for ts in sorted(target.glob("*.ts"))
            for ctx, src, msg in messages(ts) if not _finished(msg)]


def fill(mapping: dict[str, str], target: Path = TS_DIR) -> int:
    count = 0
    for ts in sorted(target.glob("*.ts")):
        tree = _read(ts)
        changed = False
        for msg in tree.getroot().iter("message"):
            source = msg.findtext("source") or ""
            if source not in mapping or _finished(msg):
                continue
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                for form in list(tr):
                    tr.remove(form)
                ET.SubElement(tr, "numerusform").text = mapping[source]
            else:
                tr.text = mapping[source]
            tr.attrib.pop("type", None)
            changed = True
            count += 1
        if changed:
            _save(tree, ts)
    return count


def stale_files() -> list[str]:
    """.ts files that differ (in messages) from a fresh extraction."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for ts in TS_DIR.glob("*.ts"):
            shutil.copy(ts, fresh / ts.name)
        update(fresh)
        names = {p.name for p in TS_DIR.glob("*.ts")} | {p.name for p in fresh.glob("*.ts")}
        stale = []
        for name in sorted(names):
            now = {(c, s) for c, s, _ in messages(TS_DIR / name)}
            new = {(c, s) for c, s, _ in messages(fresh / name)}
            if now != new:
                stale.append(name)
        return stale


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "todo", "fill", "check", "harvest"):
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "todo":
        for name, ctx, src in todo():
            print(f"{name}\t{ctx}\t{src}")
    elif command == "harvest":
        found = {}
        for name in argv[1:]:
            for _ctx, source, msg in messages(Path(name)):
                if _finished(msg):
                    tr = msg.find("translation")
                    forms = [f.text for f in tr.iter("numerusform")]
                    found[source] = forms[0] if forms else tr.text
        print(json.dumps(found, ensure_ascii=False, indent=1))
    elif command == "fill":
        mapping = json.loads(Path(argv[1]).read_text("utf-8"))
        print(f"filled {fill(mapping)} message(s)")
    else:
        problems = [f"stale: {n} (run tools/i18n.py update)" for n in stale_files()]
        problems += [f"untranslated: {n} [{c}] {s}" for n, c, s in todo()]
        for line in problems:
            print(line)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
