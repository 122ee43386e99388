"""Putting a payload on the system clipboard and making sure it arrived.

After setting, the clipboard is read back; on Windows another program may hold it for a
moment, so we retry briefly and report failure instead of pretending.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from advisor_desk.domain.library import CopyPart

RETRIES = 5
RETRY_DELAY_S = 0.03
MARK = "application/x-advisor-desk"  # tells our own payloads apart (cleared on lock)


@dataclass(frozen=True)
class Payload:
    text: str = ""
    html: str | None = None
    image_path: Path | None = None  # image data first, plus the file URL
    file_path: Path | None = None  # a file to attach: its URL only


def of(part: CopyPart) -> Payload:
    """The clipboard payload of one part of a library item."""
    if part.role == "image":
        return Payload(image_path=part.path)
    if part.role == "file":
        return Payload(file_path=part.path)
    return Payload(text=part.text, html=part.html)


def _mime(payload: Payload) -> QMimeData:
    mime = QMimeData()
    mime.setData(MARK, b"1")
    if payload.image_path is not None:
        image = QImage(str(payload.image_path))
        if not image.isNull():
            mime.setImageData(image)
        mime.setUrls([QUrl.fromLocalFile(str(payload.image_path))])
    if payload.file_path is not None:
        mime.setUrls([QUrl.fromLocalFile(str(payload.file_path))])
    if payload.text:
        mime.setText(payload.text)
    if payload.html:
        mime.setHtml(payload.html)
    return mime


def _arrived(payload: Payload) -> bool:
    data = QGuiApplication.clipboard().mimeData()
    if data is None:
        return False
    if payload.text and data.text() != payload.text:
        return False
    if payload.file_path is not None and not data.hasUrls():
        return False
    return not (payload.image_path is not None and not (data.hasImage() or data.hasUrls()))


def put(payload: Payload) -> bool:
    """Set the clipboard; True when reading it back shows our payload."""
    clipboard = QGuiApplication.clipboard()
    for attempt in range(RETRIES):
        clipboard.setMimeData(_mime(payload))
        if _arrived(payload):
            return True
        if attempt < RETRIES - 1:
            QGuiApplication.processEvents()
            time.sleep(RETRY_DELAY_S)
    return False


def put_text(text: str) -> bool:
    return put(Payload(text=text))


def forget() -> bool:
    """Clear the clipboard if it holds something this app put there (the screen locks: a
    passer-by must not paste a customer's personalised text); True when it did."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MARK):
        clipboard.clear()
        return True
    return False
