"""Translations: our ``.ts`` sources compiled to ``.qm`` (at build time, or at first run into
the cache folder with PySide6's ``lrelease``), plus Qt's own ``qtbase_zh_CN.qm``.

Source strings are English; zh_CN is the default language. ``.qm`` files are never committed.
"""

from __future__ import annotations

import logging
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advisor_desk import locate

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def ts_files(lang: str) -> list[Path]:
    folder = locate.resources_dir() / "translations" / lang
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def lrelease_path() -> Path:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    for candidate in (base / name, base / "Qt" / "bin" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("PySide6's lrelease was not found")


def compile_qm(sources: list[Path], out: Path) -> Path:
    import subprocess

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    subprocess.run([str(lrelease_path()), "-silent", *map(str, sources), "-qm", str(tmp)],
                   check=True, capture_output=True, timeout=60)
    tmp.replace(out)
    return out


def english_plurals(sources: list[Path]) -> str:
    """A .ts catalogue giving English its plural forms: every message with ``%n`` and a
    ``(s)`` ("%n day(s) ago") gets "%n day ago" for one and "%n days ago" for the rest, so
    the English UI never shows "(s)". Built from the zh_CN sources' messages."""
    import xml.etree.ElementTree as ET

    root = ET.Element("TS", version="2.1", language="en")
    for ts in sources:
        for context in ET.parse(ts).getroot().iter("context"):
            found = [m.findtext("source") or "" for m in context.iter("message")]
            found = [src for src in found if "%n" in src and "(s)" in src]
            if not found:
                continue
            out = ET.SubElement(root, "context")
            ET.SubElement(out, "name").text = context.findtext("name")
            for source in found:
                msg = ET.SubElement(out, "message", numerus="yes")
                ET.SubElement(msg, "source").text = source
                tr = ET.SubElement(msg, "translation")
                ET.SubElement(tr, "numerusform").text = source.replace("(s)", "")
                ET.SubElement(tr, "numerusform").text = source.replace("(s)", "s")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + \
        ET.tostring(root, encoding="unicode")


def qm_file(lang: str, cache_dir: Path) -> Path | None:
    """A compiled catalogue for ``lang``: shipped beside the sources, or built into the cache
    (named by a checksum of the sources, so an edited ``.ts`` is rebuilt)."""
    shipped = locate.resources_dir() / "translations" / f"advisor_desk_{lang}.qm"
    if shipped.is_file():
        return shipped
    sources = ts_files("zh_CN" if lang == "en" else lang)
    if not sources:
        return None
    checksum = 0
    for src in sources:
        checksum = zlib.crc32(src.name.encode() + src.read_bytes(), checksum)
    cached = cache_dir / "translations" / f"advisor_desk_{lang}-{checksum:08x}.qm"
    if cached.is_file():
        return cached
    for old in cached.parent.glob(f"advisor_desk_{lang}-*.qm"):
        old.unlink(missing_ok=True)
    if lang == "en":
        english = cached.with_suffix(".ts")
        english.parent.mkdir(parents=True, exist_ok=True)
        english.write_text(english_plurals(sources), encoding="utf-8")
        try:
            return compile_qm([english], cached)
        finally:
            english.unlink(missing_ok=True)
    return compile_qm(sources, cached)


def current_language() -> str:
    """The UI language in effect (``--lang`` or this PC's choice), one of LANGUAGES."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, lang: str, cache_dir: Path) -> list[QTranslator]:
    """Install our translator and Qt's own for ``lang`` (English: only its plural forms)."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if lang == "zh_CN" else QLocale(QLocale.Language.English))
    installed = []
    try:
        ours = qm_file(lang, cache_dir)
    except Exception as exc:  # a missing catalogue must not stop the app: log, go on
        log.exception("could not build translations for %s: %s", lang, exc)
        ours = None
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.error("could not load %s", ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if lang != "en" and qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return installed
