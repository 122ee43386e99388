"""One screen of a deck, painted to fill its widget: the same view is the presenter's full
screen and the Training page's preview, so the preview shows exactly what the room will see.

Type scales with the height: the script is at least 3 % of the screen height (32 px on a
1080-line projector, ~2.5 cm high on a 2 m image: readable from 5 m), the situation larger;
long texts shrink step by step down to that floor, never below.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from advisor_desk.ui.deck_frames import Frame

PAPER = QColor("#fbf8f3")
INK = QColor("#1f1d1b")
DIM = QColor("#6f6a64")
ACCENT = QColor("#c8553d")
BOX = QColor("#ffffff")
RULE = QColor("#e4ded6")
NEW_BADGE = QColor("#2d7a4f")

SCRIPT_MIN = 0.030  # of the height
SCRIPT_MAX = 0.064
SITUATION_MIN = 0.040
SITUATION_MAX = 0.068
WRAP = int(Qt.TextFlag.TextWordWrap)


def fitted(font: QFont, text: str, width: float, height: float, largest: float,
           smallest: float) -> tuple[QFont, float]:
    """The largest pixel size in [smallest, largest] at which ``text`` fits ``width`` x
    ``height`` (word-wrapped), and the height it takes at that size."""
    size = largest
    while True:
        f = QFont(font)
        f.setPixelSize(max(1, round(size)))
        used = QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()
        if used <= height or size <= smallest:
            return f, used
        size = max(smallest, size * 0.92)


class SlideView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 135)
        self._frame: Frame | None = None
        self._counter = ""
        self._clock = ""
        self._hint = ""
        self._notes = False
        self._aspect = False
        self.blank = False  # black screen (B)
        self.hidden = False  # customer data hidden (auto-lock)

    @property
    def frame(self) -> Frame | None:
        return self._frame

    def show_frame(self, frame: Frame | None, counter: str = "", hint: str = "") -> None:
        self._frame, self._counter, self._hint = frame, counter, hint
        self.update()

    def set_clock(self, text: str) -> None:
        if text != self._clock:
            self._clock = text
            self.update()

    @property
    def notes_visible(self) -> bool:
        return self._notes

    def set_notes_visible(self, on: bool) -> None:
        self._notes = on
        self.update()

    def hasHeightForWidth(self) -> bool:
        return self._aspect

    def heightForWidth(self, width: int) -> int:
        return round(width * 9 / 16)

    def keep_aspect(self, on: bool = True) -> None:
        """Keep 16:9 in a layout (the page's preview); the presenter fills its screen."""
        self._aspect = on
        self.updateGeometry()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = float(self.width()), float(self.height())
        if self.blank or self.hidden:
            p.fillRect(self.rect(), QColor("#000000"))
            return
        p.fillRect(self.rect(), PAPER)
        frame = self._frame
        if frame is None:
            return
        base = QFont(self.font())
        margin_x, top = w * 0.06, h * 0.05
        inner = w - 2 * margin_x
        small = QFont(base)
        small.setPixelSize(max(9, round(h * 0.026)))
        p.setFont(small)
        p.setPen(DIM)
        bar = QRectF(margin_x, top, inner, h * 0.05)
        right = "   ".join(x for x in (self._counter, self._clock) if x)
        p.drawText(bar, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        left_width = inner - QFontMetricsF(small).horizontalAdvance(right) - h * 0.04
        eyebrow = QFontMetricsF(small).elidedText(frame.eyebrow, Qt.TextElideMode.ElideRight,
                                                  max(0.0, left_width))
        p.drawText(bar, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), eyebrow)
        bottom = h * (0.80 if self._notes else 0.93)
        if frame.kind in ("title", "section"):
            self._paint_centered(p, frame, base, margin_x, inner, h, bottom)
        else:
            self._paint_script(p, frame, base, margin_x, inner, h, bottom)
        if self._notes and frame.notes:
            notes = QFont(base)
            notes.setPixelSize(max(9, round(h * 0.024)))
            p.setFont(notes)
            p.setPen(DIM)
            p.drawText(QRectF(margin_x, h * 0.82, inner, h * 0.16), WRAP, frame.notes)
        p.end()

    def _label(self, p: QPainter, base: QFont, text: str, x: float, y: float, h: float,
               color: QColor = ACCENT) -> float:
        f = QFont(base)
        f.setPixelSize(max(9, round(h * 0.03)))
        f.setBold(True)
        p.setFont(f)
        p.setPen(color)
        height = QFontMetricsF(f).height()
        p.drawText(QRectF(x, y, self.width(), height), int(Qt.AlignmentFlag.AlignLeft), text)
        return height

    def _paint_script(self, p: QPainter, frame: Frame, base: QFont, x: float, inner: float,
                      h: float, bottom: float) -> None:
        y = h * 0.13
        if frame.badge:
            f = QFont(base)
            f.setPixelSize(max(9, round(h * 0.028)))
            f.setBold(True)
            advance = QFontMetricsF(f).horizontalAdvance(frame.badge) + h * 0.03
            badge = QRectF(x + inner - advance, y, advance, QFontMetricsF(f).height() * 1.2)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(NEW_BADGE)
            p.drawRoundedRect(badge, h * 0.01, h * 0.01)
            p.setFont(f)
            p.setPen(QColor("#ffffff"))
            p.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), frame.badge)
        y += self._label(p, base, frame.situation_label, x, y, h) + h * 0.01
        bold = QFont(base)
        bold.setBold(True)
        room = (bottom - y) * (0.42 if frame.script else 1.0)
        font, used = fitted(bold, frame.situation, inner, room, h * SITUATION_MAX,
                            h * SITUATION_MIN)
        p.setFont(font)
        p.setPen(INK)
        p.drawText(QRectF(x, y, inner, min(used, room)), WRAP, frame.situation)
        y += min(used, room) + h * 0.035
        if not frame.script:
            return
        y += self._label(p, base, frame.script_label, x, y, h, DIM) + h * 0.012
        pad = h * 0.025
        bar = h * 0.008
        room = max(0.0, bottom - y)
        text_w = inner - 2 * pad - bar
        font, used = fitted(QFont(base), frame.script, text_w, room - 2 * pad,
                            h * SCRIPT_MAX, h * SCRIPT_MIN)
        box = QRectF(x, y, inner, min(room, used + 2 * pad))  # as tall as the text needs
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BOX)
        p.drawRoundedRect(box, h * 0.012, h * 0.012)
        p.setBrush(ACCENT)
        p.drawRect(QRectF(x, y, bar, box.height()))
        p.setFont(font)
        p.setPen(INK)
        p.drawText(QRectF(x + bar + pad, y + pad, text_w, box.height() - 2 * pad), WRAP,
                   frame.script)

    def _paint_centered(self, p: QPainter, frame: Frame, base: QFont, x: float, inner: float,
                        h: float, bottom: float) -> None:
        y = h * 0.24
        if frame.situation_label:
            f = QFont(base)
            f.setPixelSize(max(9, round(h * 0.05)))
            f.setBold(True)
            p.setFont(f)
            p.setPen(ACCENT)
            p.drawText(QRectF(x, y, inner, h * 0.08), int(Qt.AlignmentFlag.AlignHCenter),
                       frame.situation_label)
            y += h * 0.09
        bold = QFont(base)
        bold.setBold(True)
        font, used = fitted(bold, frame.situation, inner, h * 0.24, h * 0.095, h * 0.05)
        p.setFont(font)
        p.setPen(INK)
        p.drawText(QRectF(x, y, inner, used), WRAP | int(Qt.AlignmentFlag.AlignHCenter),
                   frame.situation)
        y += used + h * 0.05
        p.setPen(RULE)
        p.drawLine(int(x + inner * 0.35), int(y), int(x + inner * 0.65), int(y))
        y += h * 0.04
        font, used = fitted(QFont(base), frame.script, inner * 0.9, bottom - y - h * 0.08,
                            h * 0.042, h * SCRIPT_MIN)
        p.setFont(font)
        p.setPen(DIM)
        p.drawText(QRectF(x + inner * 0.05, y, inner * 0.9, bottom - y), WRAP |
                   int(Qt.AlignmentFlag.AlignHCenter), frame.script)
        if self._hint:
            f = QFont(base)
            f.setPixelSize(max(9, round(h * 0.024)))
            p.setFont(f)
            p.drawText(QRectF(x, bottom - h * 0.05, inner, h * 0.05),
                       int(Qt.AlignmentFlag.AlignHCenter), self._hint)
