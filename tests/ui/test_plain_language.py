"""Every message a person can see is plain language in their language.

Walks the whole message catalogue (UI strings and DeskError templates) in Chinese and in
English and fails on: Chinese left untranslated, an engineer's word (encodings, zip, braces,
exceptions…), English "(s)" plurals outside the plural catalogue, and half-width punctuation
inside Chinese text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402  (tools/i18n.py)

TECHNICAL = re.compile(
    r"utf-?8|gb18030|gbk\b|zip file|\bbrace|\bvariable\b|exception|traceback|errno|"
    r"sqlite|\bjson\b|regex|unicode|decode|stack trace|\bnull\b|pydantic|"
    r"\bparse|\bsyntax|placeholder|\bschema\b|\bkey ?error\b",
    re.IGNORECASE)
# words a shop assistant does know, although they look technical
ALLOWED = re.compile(r"CSV UTF-8|CSV|XLSX|Excel|WeCom|PIN|KOC|VIP|Ctrl\+\w+|Esc|Enter|"
                     r"\.adpack|SOP|HQ|manifest\.json", re.IGNORECASE)
FILE_FILTER = re.compile(r"\(\*\.")  # "Spreadsheets (*.xlsx *.csv)": Qt's file-dialog syntax
# HQ's own tools (pack build from spreadsheets, run by HQ staff on the command line)
HQ_TOOLS = {"errors.exchange.pack_source.ts", "errors.exchange.source_export.ts",
            "errors.services.pack_build.ts", "errors.exchange.pack_writer.ts",
            # hq merge/workbook --db URL: the warehouse's connection, set up by HQ's IT
            "errors.store.warehouse.database.ts"}
CJK = re.compile(r"[\u4e00-\u9fff]")
HALF_WIDTH_IN_CHINESE = re.compile(r"[\u4e00-\u9fff][?!,;]|[?!,;][\u4e00-\u9fff]|"
                                   r"[\u4e00-\u9fff]:[\u4e00-\u9fff\s]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|<[^>]+>")
# sources that are not sentences: shortcuts, units, examples, names of things
NOT_WORDS = re.compile(r"^[\W\d_]*$")


def _catalogue():
    for ts in sorted(i18n.TS_DIR.glob("*.ts")):
        if ts.name in HQ_TOOLS:
            continue
        for ctx, source, msg in i18n.messages(ts):
            if FILE_FILTER.search(source):
                continue
            tr = msg.find("translation")
            texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            yield ts.name, ctx, source, texts, msg.get("numerus") == "yes"


def _words(text: str) -> list[str]:
    bare = PLACEHOLDER.sub(" ", ALLOWED.sub(" ", text))
    return re.findall(r"[A-Za-z]{2,}", bare)


def test_chinese_is_translated_plain_and_uses_chinese_punctuation():
    problems = []
    for name, ctx, source, texts, _numerus in _catalogue():
        for text in texts:
            where = f"{name} [{ctx}] {source!r} -> {text!r}"
            if len(_words(source)) >= 2 and not CJK.search(text):
                problems.append(f"untranslated: {where}")
            if TECHNICAL.search(ALLOWED.sub(" ", text)):
                problems.append(f"technical: {where}")
            if HALF_WIDTH_IN_CHINESE.search(PLACEHOLDER.sub("", text)):
                problems.append(f"half-width punctuation: {where}")
    assert problems == [], "\n".join(problems)


def test_english_is_plain_and_has_no_plural_brackets():
    problems = []
    for name, ctx, source, _texts, _numerus in _catalogue():
        where = f"{name} [{ctx}] {source!r}"
        if "(s)" in source and "%n" not in source:  # %n ones get English plural forms
            problems.append(f"'(s)' without %n plural forms: {where}")
        if TECHNICAL.search(ALLOWED.sub(" ", source)):
            problems.append(f"technical: {where}")
    assert problems == [], "\n".join(problems)


def test_english_plural_forms_are_built_for_every_plural(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from advisor_desk.ui import i18n as ui_i18n

    installed = ui_i18n.install(qapp, "en", tmp_path)
    try:
        assert QCoreApplication.translate("CustomersPage", "%n customer(s)", "", 1) \
            == "1 customer"
        assert QCoreApplication.translate("CustomersPage", "%n customer(s)", "", 300) \
            == "300 customers"
        assert QCoreApplication.translate("TaskQueueModel", "%n day(s) late", "", 2) \
            == "2 days late"
    finally:
        for t in installed:
            QCoreApplication.removeTranslator(t)
