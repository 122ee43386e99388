"""Every UI string and error template has a zh_CN translation, with the same placeholders,
and the .ts sources are up to date with the code."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402  (tools/i18n.py)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def test_ts_files_are_current_and_complete():
    assert i18n.stale_files() == [], "run: python tools/i18n.py update"
    assert i18n.todo() == [], "untranslated strings; run: python tools/i18n.py todo"


def test_translations_keep_every_placeholder():
    for ts in i18n.TS_DIR.glob("*.ts"):
        for ctx, source, msg in i18n.messages(ts):
            tr = msg.find("translation")
            texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            for text in texts:
                assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)) \
                    or (msg.get("numerus") == "yes"), f"{ts.name} [{ctx}] {source!r}"


def test_every_desk_error_is_raised_with_a_marked_template():
    """``raise SomeError(...)`` of a DeskError subclass passes N_("...") first, so it can be
    translated; a plain string or f-string would reach the GUI in English."""
    from advisor_desk.domain import errors

    names = {n for n, obj in vars(errors).items()
             if isinstance(obj, type) and issubclass(obj, errors.DeskError)}
    offenders = []
    for path in (ROOT / "advisor_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in names - {"Cancelled", "ClipboardBusy"}):
                first = node.args[0] if node.args else None
                marked = (isinstance(first, ast.Call) and isinstance(first.func, ast.Name)
                          and first.func.id == "N_")
                if not marked:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_catalogue_compiles_and_translates(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from advisor_desk.ui import i18n as ui_i18n

    installed = ui_i18n.install(qapp, "zh_CN", tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "Advisor Desk") == "顾问工作台"
        assert QCoreApplication.translate("DeskError", "Day counts cannot be negative.") \
            == "天数不能为负数。"
        assert list(tmp_path.rglob("*.qm")), "compiled into the cache folder"
    finally:
        for t in installed:
            QCoreApplication.removeTranslator(t)
