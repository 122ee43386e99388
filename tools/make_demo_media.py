"""Draw the pictures of the demo HQ content (沁研 QINYAN) into ``resources/demo/media/``.

Every picture is drawn with QPainter (no external assets) and saved as JPEG under the sha256 of
its bytes, the naming the content reader checks. The output is deterministic for a given Qt
build and font files; another machine may render fonts slightly differently and so produce new
file names. The committed files are authoritative: after re-running, update the media names in
``content/materials.json`` from the printed mapping (``name -> file``) and delete the old files.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_demo_media.py [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

ROOT = Path(__file__).resolve().parents[1]
FONT_FILES = {  # role -> candidate files (first found wins)
    "sans": ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
             "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"],
    "sans_bold": ["/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"],
    "serif": ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
              "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"],
}
FAMILY: dict[str, str] = {}
INK = QColor("#3b3340")


def load_fonts() -> None:
    for role, files in FONT_FILES.items():
        for path in files:
            if not Path(path).is_file():
                continue
            families = QFontDatabase.applicationFontFamilies(
                QFontDatabase.addApplicationFont(path))
            sc = [f for f in families if f.endswith(" SC")]
            if sc or families:
                FAMILY[role] = (sc or families)[0]
                break
        if role not in FAMILY:
            sys.exit(f"no CJK font for {role}: install fonts-noto-cjk or fonts-wqy-microhei")


def col(spec: str | QColor) -> QColor:
    """A colour from "#rrggbb" or "#rrggbbaa" (Qt itself reads 8 digits as #aarrggbb)."""
    if isinstance(spec, QColor):
        return QColor(spec)
    if len(spec) == 9:
        c = QColor(spec[:7])
        c.setAlpha(int(spec[7:], 16))
        return c
    return QColor(spec)


def font(role: str, px: int, spacing: float = 0.0) -> QFont:
    f = QFont(FAMILY[role])
    f.setPixelSize(px)
    if role in ("sans_bold", "serif"):
        f.setWeight(QFont.Weight.Bold)
    if spacing:
        f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return f


def text(p: QPainter, rect: tuple[float, float, float, float], s: str, f: QFont,
         color: QColor | str = INK, align=Qt.AlignmentFlag.AlignHCenter) -> None:
    p.setFont(f)
    p.setPen(col(color))
    flags = align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    p.drawText(QRectF(*rect), int(flags), s)


def backdrop(p: QPainter, w: int, h: int, top: str, bottom: str,
             glows: tuple[tuple[float, float, float, str], ...] = ()) -> None:
    g = QLinearGradient(0, 0, w * 0.3, h)
    g.setColorAt(0, QColor(top))
    g.setColorAt(1, QColor(bottom))
    p.fillRect(0, 0, w, h, g)
    for x, y, r, c in glows:  # soft light spots
        rg = QRadialGradient(QPointF(x * w, y * h), r * w)
        spot = col(c)
        rg.setColorAt(0, spot)
        spot.setAlpha(0)
        rg.setColorAt(1, spot)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(rg)
        p.drawEllipse(QPointF(x * w, y * h), r * w, r * w)


def brand(p: QPainter, w: int, y: float = 44, color: str = "#6b5b6e") -> None:
    text(p, (0, y, w, 40), "沁研  QINYAN", font("serif", 24, 6), color)
    p.setPen(QPen(QColor(color), 1.2))
    p.drawLine(QPointF(w / 2 - 40, y + 44), QPointF(w / 2 + 40, y + 44))


def shadow(p: QPainter, cx: float, y: float, rx: float) -> None:
    rg = QRadialGradient(QPointF(cx, y), rx)
    rg.setColorAt(0, QColor(60, 40, 60, 70))
    rg.setColorAt(1, QColor(60, 40, 60, 0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(rg)
    p.save()
    p.translate(cx, y)
    p.scale(1, 0.18)
    p.drawEllipse(QPointF(0, 0), rx, rx)
    p.restore()


def glass(rect: QRectF, base: str, light: int = 150) -> QLinearGradient:
    g = QLinearGradient(rect.left(), 0, rect.right(), 0)
    c = QColor(base)
    g.setColorAt(0, c.darker(112))
    g.setColorAt(0.22, c.lighter(light))
    g.setColorAt(0.5, c)
    g.setColorAt(1, c.darker(125))
    return g


def shine(p: QPainter, rect: QRectF, radius: float) -> None:
    strip = QRectF(rect.left() + rect.width() * 0.12, rect.top() + radius * 0.6,
                   rect.width() * 0.09, rect.height() - radius * 1.4)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 90))
    p.drawRoundedRect(strip, strip.width() / 2, strip.width() / 2)


def label(p: QPainter, rect: QRectF, name: str, sub: str, color: str = "#ffffff") -> None:
    text(p, (rect.left(), rect.top(), rect.width(), 30), "沁研", font("serif", 22), color)
    text(p, (rect.left(), rect.top() + 30, rect.width(), 20), "QINYAN", font("sans", 11, 4),
         color)
    text(p, (rect.left() + 6, rect.top() + 60, rect.width() - 12, 60), name,
         font("sans_bold", 17), color)
    text(p, (rect.left(), rect.top() + 106, rect.width(), 24), sub, font("sans", 13), color)


def dropper(p: QPainter, cx: float, bottom: float, h: float, liquid: str, cap: str,
            name: str, sub: str) -> None:
    w = h * 0.42
    body = QRectF(cx - w / 2, bottom - h * 0.66, w, h * 0.66)
    shadow(p, cx, bottom, w * 0.9)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(glass(body, liquid))
    p.drawRoundedRect(body, w * 0.16, w * 0.16)
    shine(p, body, w * 0.16)
    collar = QRectF(cx - w * 0.26, body.top() - h * 0.1, w * 0.52, h * 0.11)
    p.setBrush(glass(collar, cap, 170))
    p.drawRoundedRect(collar, 6, 6)
    bulb = QRectF(cx - w * 0.17, collar.top() - h * 0.22, w * 0.34, h * 0.24)
    p.setBrush(glass(bulb, "#4a4046", 160))
    p.drawRoundedRect(bulb, bulb.width() / 2, bulb.width() / 2)
    label(p, QRectF(body.left(), body.top() + body.height() * 0.22, body.width(), 140), name, sub)


def jar(p: QPainter, cx: float, bottom: float, w: float, body_c: str, lid_c: str,
        name: str, sub: str, label_c: str = "#ffffff") -> None:
    h = w * 0.62
    body = QRectF(cx - w / 2, bottom - h, w, h)
    shadow(p, cx, bottom, w * 0.72)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(glass(body, body_c, 130))
    p.drawRoundedRect(body, w * 0.08, w * 0.08)
    lid = QRectF(cx - w * 0.53, body.top() - w * 0.2, w * 1.06, w * 0.22)
    p.setBrush(glass(lid, lid_c, 160))
    p.drawRoundedRect(lid, 14, 14)
    p.setBrush(QColor(255, 255, 255, 60))
    p.drawRect(QRectF(lid.left(), lid.bottom() - 6, lid.width(), 3))
    shine(p, body, w * 0.08)
    label(p, QRectF(body.left(), body.top() + h * 0.14, body.width(), 140), name, sub, label_c)


def tube(p: QPainter, cx: float, bottom: float, h: float, body_c: str, cap_c: str,
         name: str, sub: str, label_c: str = "#ffffff") -> None:
    top_w, cap_w = h * 0.44, h * 0.24
    cap = QRectF(cx - cap_w / 2, bottom - h * 0.16, cap_w, h * 0.16)
    shadow(p, cx, bottom, top_w * 0.6)
    path = QPainterPath()
    top = bottom - h
    path.moveTo(cx - top_w / 2, top + 14)
    path.lineTo(cx + top_w / 2, top + 14)
    path.cubicTo(cx + top_w / 2, top + h * 0.5, cx + cap_w / 2 + 6, cap.top() - h * 0.12,
                 cx + cap_w / 2 + 4, cap.top())
    path.lineTo(cx - cap_w / 2 - 4, cap.top())
    path.cubicTo(cx - cap_w / 2 - 6, cap.top() - h * 0.12, cx - top_w / 2, top + h * 0.5,
                 cx - top_w / 2, top + 14)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(glass(QRectF(cx - top_w / 2, 0, top_w, 1), body_c, 125))
    p.drawPath(path)
    crimp = QRectF(cx - top_w / 2 - 2, top, top_w + 4, 20)
    p.setBrush(QColor(body_c).darker(108))
    p.drawRect(crimp)
    p.setBrush(glass(cap, cap_c, 160))
    p.drawRoundedRect(cap, 8, 8)
    label(p, QRectF(cx - top_w / 2, top + h * 0.12, top_w, 140), name, sub, label_c)


def tall_bottle(p: QPainter, cx: float, bottom: float, h: float, body_c: str, cap_c: str,
                name: str, sub: str, label_c: str = "#ffffff") -> None:
    w = h * 0.34
    body = QRectF(cx - w / 2, bottom - h * 0.8, w, h * 0.8)
    shadow(p, cx, bottom, w)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(glass(body, body_c, 135))
    p.drawRoundedRect(body, w * 0.2, w * 0.2)
    shine(p, body, w * 0.2)
    cap = QRectF(cx - w * 0.3, body.top() - h * 0.2, w * 0.6, h * 0.21)
    p.setBrush(glass(cap, cap_c, 170))
    p.drawRoundedRect(cap, 8, 8)
    label(p, QRectF(body.left(), body.top() + h * 0.2, body.width(), 140), name, sub, label_c)


def sachet(p: QPainter, cx: float, bottom: float, h: float, body_c: str, name: str,
           sub: str) -> None:
    w = h * 0.7
    for k, dx in enumerate((-w * 0.22, 0.0)):  # two packs, the back one offset
        rect = QRectF(cx - w / 2 + dx, bottom - h - (18 if k == 0 else 0), w, h)
        p.setPen(QPen(QColor(255, 255, 255, 160), 2))
        p.setBrush(glass(rect, QColor(body_c).darker(105 if k == 0 else 100).name(), 125))
        p.drawRoundedRect(rect, 18, 18)
    rect = QRectF(cx - w / 2, bottom - h, w, h)
    p.setPen(QPen(QColor(255, 255, 255, 200), 2, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(rect.left() + 20, rect.top() + 26), QPointF(rect.right() - 20,
                                                                  rect.top() + 26))
    face = QRectF(cx - w * 0.22, rect.top() + h * 0.5, w * 0.44, h * 0.4)
    p.setPen(QPen(QColor(255, 255, 255, 190), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(face)
    for ex in (-0.1, 0.1):
        p.drawArc(QRectF(cx + w * ex - 14, face.top() + face.height() * 0.38, 28, 14), 0,
                  180 * 16)
    p.drawArc(QRectF(cx - 18, face.top() + face.height() * 0.62, 36, 18), 180 * 16, 180 * 16)
    label(p, QRectF(rect.left(), rect.top() + 48, rect.width(), 140), name, sub)


# ---------------------------------------------------------------- compositions
def canvas(w: int, h: int) -> tuple[QImage, QPainter]:
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("#ffffff"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return img, p


def pill(p: QPainter, cx: float, y: float, s: str, f: QFont, fill: str, ink: str,
         pad: float = 22) -> float:
    p.setFont(f)
    tw = p.fontMetrics().horizontalAdvance(s)
    rect = QRectF(cx - tw / 2 - pad, y, tw + pad * 2, f.pixelSize() * 1.9)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(col(fill))
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    p.setPen(col(ink))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), s)
    return rect.width()


def chips(p: QPainter, w: int, y: float, items: tuple[str, ...], fill: str, ink: str) -> None:
    f = font("sans", 22)
    p.setFont(f)
    widths = [p.fontMetrics().horizontalAdvance(s) + 40 for s in items]
    gap = 18
    x = (w - sum(widths) - gap * (len(items) - 1)) / 2
    for s, cw in zip(items, widths, strict=True):
        pill(p, x + cw / 2, y, s, f, fill, ink, 20)
        x += cw + gap


def product_poster(head: str, sub: str, draw: Callable[[QPainter], None], feats: tuple[str, ...],
                   price: str, top: str, bottom: str, accent: str, glow: str) -> QImage:
    w, h = 750, 1000
    img, p = canvas(w, h)
    backdrop(p, w, h, top, bottom, ((0.8, 0.45, 0.55, glow), (0.15, 0.85, 0.4, "#ffffffaa")))
    brand(p, w)
    text(p, (30, 128, w - 60, 80), head, font("serif", 58), accent)
    text(p, (30, 212, w - 60, 40), sub, font("sans", 26), INK)
    draw(p)
    chips(p, w, 822, feats, "#ffffffcc", accent)
    text(p, (0, 900, w, 60), price, font("serif", 40), accent)
    p.end()
    return img


def card(head: str, sub: str, items: list[tuple[str, str]], foot: str, top: str, bottom: str,
         accent: str) -> QImage:
    w, h = 800, 1000
    img, p = canvas(w, h)
    backdrop(p, w, h, top, bottom, ((0.9, 0.1, 0.45, "#ffffffaa"),))
    brand(p, w, 40)
    text(p, (40, 118, w - 80, 70), head, font("serif", 50), accent)
    text(p, (40, 192, w - 80, 40), sub, font("sans", 24), INK)
    panel = QRectF(48, 256, w - 96, 660)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 215))
    p.drawRoundedRect(panel, 28, 28)
    row = panel.height() / len(items)
    for n, (title, body) in enumerate(items, 1):
        y = panel.top() + row * (n - 1)
        p.setBrush(QColor(accent))
        p.drawEllipse(QPointF(panel.left() + 58, y + row / 2), 24, 24)
        text(p, (panel.left() + 34, y + row / 2 - 17, 48, 40), str(n), font("sans_bold", 26),
             "#ffffff")
        text(p, (panel.left() + 104, y + row / 2 - 46, panel.width() - 130, 40), title,
             font("sans_bold", 28), accent, Qt.AlignmentFlag.AlignLeft)
        text(p, (panel.left() + 104, y + row / 2 - 6, panel.width() - 130, 60), body,
             font("sans", 21), INK, Qt.AlignmentFlag.AlignLeft)
        if n < len(items):
            p.setPen(QPen(QColor(accent).lighter(170), 1))
            p.drawLine(QPointF(panel.left() + 104, y + row), QPointF(panel.right() - 30, y + row))
            p.setPen(Qt.PenStyle.NoPen)
    text(p, (40, 934, w - 80, 40), foot, font("sans", 20), "#7a6e7d")
    p.end()
    return img


def event_poster(kicker: str, head: str, sub: str, lines: tuple[str, ...], foot: str,
                 top: str, bottom: str, accent: str, ink: str,
                 art: Callable[[QPainter, float, float], None] | None = None) -> QImage:
    w, h = 750, 1000
    img, p = canvas(w, h)
    backdrop(p, w, h, top, bottom, ((0.85, 0.18, 0.5, "#ffffff55"), (0.1, 0.7, 0.45, "#ffffff40")))
    brand(p, w, 44, ink)
    pill(p, w / 2, 132, kicker, font("sans_bold", 24), accent, "#ffffff", 26)
    size = 72
    head_h = (head.count("\n") + 1) * size * 1.42
    text(p, (30, 196, w - 60, head_h), head, font("serif", size), ink)
    sub_y = 196 + head_h + 8
    text(p, (50, sub_y, w - 100, 44), sub, font("sans", 28), ink)
    lines_y = 880 - 56 * len(lines)
    if art:
        art(p, w / 2, (sub_y + 44 + lines_y) / 2)
    for n, s in enumerate(lines):
        text(p, (60, lines_y + 56 * n, w - 120, 44), s, font("sans_bold", 28), ink)
    p.setPen(QPen(col(ink), 1))
    p.drawLine(QPointF(200, 900), QPointF(550, 900))
    text(p, (30, 918, w - 60, 40), foot, font("sans", 22), ink)
    p.end()
    return img


# ---------------------------------------------------------------- small art
def gift(p: QPainter, cx: float, cy: float, s: float, box: str, ribbon: str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(col(box))
    p.drawRoundedRect(QRectF(cx - s / 2, cy - s * 0.3, s, s * 0.7), 8, 8)
    p.setBrush(col(box).lighter(115))
    p.drawRoundedRect(QRectF(cx - s * 0.56, cy - s * 0.46, s * 1.12, s * 0.2), 6, 6)
    p.setBrush(col(ribbon))
    p.drawRect(QRectF(cx - s * 0.07, cy - s * 0.46, s * 0.14, s * 0.86))
    p.setPen(QPen(col(ribbon), s * 0.06))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(cx - s * 0.36, cy - s * 0.72, s * 0.32, s * 0.26))
    p.drawEllipse(QRectF(cx + s * 0.04, cy - s * 0.72, s * 0.32, s * 0.26))


def cake(p: QPainter, cx: float, cy: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for rect, c in ((QRectF(cx - 150, cy + 4, 300, 84), "#f3b6c1"),
                    (QRectF(cx - 104, cy - 62, 208, 70), "#f9d3da")):
        p.setBrush(col(c))
        p.drawRoundedRect(rect, 14, 14)
        p.setBrush(col("#ffffff"))
        p.drawRoundedRect(QRectF(rect.left() - 4, rect.top(), rect.width() + 8, 16), 8, 8)
    for dx in (-56, 0, 56):
        p.setBrush(col("#e58a9c"))
        p.drawRoundedRect(QRectF(cx + dx - 6, cy - 108, 12, 48), 5, 5)
        flame = QRadialGradient(QPointF(cx + dx, cy - 122), 18)
        flame.setColorAt(0, col("#ffe7a3"))
        flame.setColorAt(0.5, col("#ffc46bcc"))
        flame.setColorAt(1, col("#ffb05000"))
        p.setBrush(flame)
        p.drawEllipse(QPointF(cx + dx, cy - 122), 18, 18)


def play(p: QPainter, cx: float, cy: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(col("#ffffffe6"))
    p.drawRoundedRect(QRectF(cx - 150, cy - 85, 300, 170), 26, 26)
    tri = QPainterPath()
    tri.moveTo(cx - 26, cy - 45)
    tri.lineTo(cx + 44, cy)
    tri.lineTo(cx - 26, cy + 45)
    tri.closeSubpath()
    p.setBrush(col("#d3577a"))
    p.drawPath(tri)
    p.setBrush(col("#e74c3c"))
    p.drawEllipse(QPointF(cx + 124, cy - 58), 8, 8)
    text(p, (cx + 62, cy - 72, 54, 30), "LIVE", font("sans_bold", 16), "#e74c3c")


def calendar(p: QPainter, cx: float, cy: float) -> None:
    rect = QRectF(cx - 95, cy - 90, 190, 180)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(col("#ffffff"))
    p.drawRoundedRect(rect, 20, 20)
    p.setBrush(col("#c8a46a"))
    p.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width(), 50), 20, 20)
    p.drawRect(QRectF(rect.left(), rect.top() + 30, rect.width(), 20))
    text(p, (rect.left(), rect.top() + 8, rect.width(), 40), "每周", font("sans_bold", 24),
         "#ffffff")
    text(p, (rect.left(), rect.top() + 50, rect.width(), 124), "三", font("serif", 88), "#8a6a3c")


def lens(p: QPainter, cx: float, cy: float) -> None:
    p.setPen(QPen(col("#ffffff"), 16))
    p.setBrush(col("#ffffff5a"))
    p.drawEllipse(QPointF(cx - 20, cy - 14), 70, 70)
    p.drawLine(QPointF(cx + 32, cy + 38), QPointF(cx + 86, cy + 92))
    p.setPen(QPen(col("#ffffff"), 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for r in (20, 40):
        p.drawEllipse(QPointF(cx - 20, cy - 14), r, r)


def badge(p: QPainter, cx: float, cy: float) -> None:
    path = QPainterPath()
    for k in range(10):
        r = 95 if k % 2 == 0 else 42
        a = math.pi / 2 + k * math.pi / 5
        pt = QPointF(cx + r * math.cos(a), cy - r * math.sin(a))
        if k == 0:
            path.moveTo(pt)
        else:
            path.lineTo(pt)
    path.closeSubpath()
    p.setPen(QPen(col("#ffffff"), 6))
    p.setBrush(col("#f4c95d"))
    p.drawPath(path)


def boxes(p: QPainter, cx: float, cy: float) -> None:
    gift(p, cx - 75, cy + 10, 150, "#c0394b", "#f4d58d")
    gift(p, cx + 95, cy + 30, 110, "#f1e3d3", "#c0394b")


def one_gift(p: QPainter, cx: float, cy: float) -> None:
    gift(p, cx, cy + 20, 170, "#8fb07a", "#f4e3b5")


# ---------------------------------------------------------------- the pictures
def pictures() -> dict[str, Callable[[], QImage]]:
    def prod(*args):
        return lambda: product_poster(*args)

    return {
        "poster_hydra_serum": prod(
            "水光精华液", "三重玻尿酸 · 一抹透亮水润",
            lambda p: dropper(p, 375, 780, 480, "#9fd3e6", "#d9c29a", "水光精华液",
                              "30ml"),
            ("三重玻尿酸", "5%泛醇", "清爽不黏"), "30ml  ¥580", "#f3fbff", "#cfe9f4",
            "#2f6f8f", "#ffffffcc"),
        "poster_repair_cream": prod(
            "修护面霜", "换季不慌，稳稳修护屏障",
            lambda p: jar(p, 375, 730, 400, "#f2d4cf", "#d9c29a", "修护面霜", "50g",
                          "#8a4b55"),
            ("神经酰胺", "无香精 无酒精", "敏感肌友好"), "50g  ¥460", "#fff8f5", "#f6dcd6",
            "#9a4d5c", "#ffe9e4"),
        "poster_sunscreen": prod(
            "清透防晒霜", "SPF50+ PA++++ 轻薄不搓泥",
            lambda p: tube(p, 375, 790, 480, "#f6cf8e", "#ffffff", "清透防晒霜",
                           "SPF50+ PA++++", "#7a4c12"),
            ("SPF50+", "PA++++", "可作妆前"), "50ml  ¥280", "#fffaf0", "#fde3b5",
            "#b0641a", "#fff1cf"),
        "poster_retinol_night": prod(
            "A醇抗老晚霜", "0.1%微囊A醇 · 夜间悄悄焕新",
            lambda p: jar(p, 375, 730, 400, "#4b3f72", "#c8a46a", "A醇抗老晚霜",
                          "50g · 夜用"),
            ("0.1% A醇", "微囊缓释", "只在夜间用"), "50g  ¥680", "#e9e4f5", "#b9afd6",
            "#3e3466", "#f3eefc"),
        "poster_vc_serum": prod(
            "VC亮肤精华", "稳定型VC + 烟酰胺 · 唤醒好气色",
            lambda p: dropper(p, 375, 780, 480, "#f3a952", "#e8d2a8", "VC亮肤精华",
                              "30ml"),
            ("稳定型VC", "烟酰胺", "早C配防晒"), "30ml  ¥498", "#fffaf2", "#fbdcb3",
            "#b35b12", "#fff0d6"),
        "poster_eye_cream": prod(
            "紧致眼霜", "胜肽 + 咖啡因 · 眼周轻盈有神",
            lambda p: tube(p, 375, 780, 420, "#c9b8df", "#d9c29a", "紧致眼霜", "15g"),
            ("胜肽", "咖啡因", "米粒大小"), "15g  ¥520", "#f8f4fd", "#ded3ef",
            "#5d4a86", "#ffffff"),
        "poster_hydra_mask": prod(
            "补水面膜", "15分钟 · 喝饱水的好皮肤",
            lambda p: sachet(p, 390, 780, 420, "#7fc7d9", "补水面膜", "5片装"),
            ("一周2-3次", "15分钟", "揭后锁水"), "5片  ¥198", "#f1fbfd", "#c6e8f0",
            "#1f6f85", "#ffffff"),
        "poster_cleanser": prod(
            "氨基酸洁面", "温和洗净 · 洗完不紧绷",
            lambda p: tube(p, 375, 790, 480, "#bfe3d0", "#ffffff", "氨基酸洁面", "120g",
                           "#2d6a4f"),
            ("弱酸性", "氨基酸", "早晚可用"), "120g  ¥168", "#f4fcf7", "#cfeedd",
            "#2d6a4f", "#ffffff"),
        "poster_toner": prod(
            "柔肤水", "二次清洁 · 为精华打开通道",
            lambda p: tall_bottle(p, 375, 790, 500, "#f5e6ec", "#d9c29a", "柔肤水",
                                  "150ml", "#8c4a6a"),
            ("白茶香氛", "可湿敷", "手拍更温和"), "150ml  ¥260", "#fdf9fb", "#efd9e3",
            "#8c4a6a", "#ffffff"),
        "card_usage_steps": lambda: card(
            "早晚护肤五步", "按质地从稀到稠，每步间隔30秒", [
                ("洁面", "氨基酸洁面打出泡沫，打圈30秒，温水洗净"),
                ("柔肤水", "手拍或化妆棉轻擦，干燥时湿敷三分钟"),
                ("精华", "水光精华两泵，趁脸微湿按压上脸"),
                ("眼霜 + 面霜", "眼霜米粒大小点按；面霜黄豆大小由内向外推开"),
                ("防晒（白天）", "一元硬币大小，出门前15分钟涂好"),
            ], "不确定怎么搭？随时微信问您的沁研顾问", "#fbf7f2", "#efe2d2", "#8a6a3c"),
        "card_retinol_calendar": lambda: card(
            "A醇建立耐受", "慢一点，皮肤才会爱上它", [
                ("第1周", "隔两天晚上用一次，黄豆大小"),
                ("第2周", "隔一天用一次，叠在修护面霜后面"),
                ("第3周起", "无刺痛可每晚使用"),
                ("白天", "一定涂防晒，避开眼角嘴角鼻翼"),
                ("暂停", "持续刺痛、发红请停用并联系顾问"),
            ], "备孕、孕期、哺乳期请暂停使用A醇产品", "#f3f0fa", "#d9d1ec", "#4b3f72"),
        "card_winter_care": lambda: card(
            "冬季换季护理小习惯", "皮肤稳住了，用什么都顺", [
                ("水温别太热", "洗脸水37度左右，热水会洗掉皮脂"),
                ("暖气房加湿", "床边放杯水或开加湿器"),
                ("面霜厚涂", "睡前多涂一层当睡眠面膜"),
                ("暂停去角质", "泛红期先停磨砂、刷酸"),
                ("防晒不停", "冬天紫外线UVA一点没少"),
            ], "沁研培训部 · 冬季护理要点", "#f3f8fb", "#d6e6ef", "#2f6f8f"),
        "card_sensitive_test": lambda: card(
            "新品上脸前先试用", "敏感肌三步，降低不适风险", [
                ("耳后试用", "取少量涂在耳后或下颌线，观察48小时"),
                ("半边脸", "无红痒后先用半边脸，再全脸"),
                ("低频开始", "功效型产品从每周两次开始"),
                ("有不适", "清水洗掉、停用，拍照发给顾问"),
            ], "没有产品能保证100%不过敏，试用是对皮肤负责", "#fdf6f6", "#f2dcdc", "#9a4d5c"),
        "event_member_day": lambda: event_poster(
            "会员专享", "周三会员日", "每周三 · 沁研专柜", (
                "正价商品9折", "会员积分双倍", "免费肤质测试 · 手部护理"),
            "到柜报手机号即可享受 · 建议提前预约", "#f8efe2", "#e8d3b3", "#b8955a",
            "#5a4630", calendar),
        "event_live_preview": lambda: event_poster(
            "直播预告", "冬季换季\n敏感怎么办", "周五 19:30 · 沁研官方直播间", (
                "总部皮肤护理老师现场答疑", "修护面霜正确用量演示", "直播间抽奖 + 专属券"),
            "点击预约，开播提醒不错过", "#fbe6ee", "#e9b8cb", "#d3577a", "#5b2a3d", play),
        "event_birthday": lambda: event_poster(
            "生日礼遇", "生日快乐", "愿您新的一岁，心情比皮肤更好", (
                "生日月8.8折券", "会员生日礼包到柜领取"),
            "沁研 · 陪您每一个生日", "#fff5f3", "#f9d6d6", "#e07a8a", "#7a3a48", cake),
        "event_double12": lambda: event_poster(
            "12.1 - 12.12", "双12专柜礼遇", "买任意精华或面霜", (
                "送同系列7ml旅行装2支", "再送补水面膜1片", "可叠加会员折扣 · 赠完即止"),
            "找您的沁研顾问登记预留", "#fbe9e4", "#efb9ad", "#c0394b", "#5e1f2a", boxes),
        "event_double11": lambda: event_poster(
            "11.1 - 11.11", "双11专柜季", "正价满1000减100", (
                "可叠加会员折扣", "A醇晚霜 · 修护面霜 热卖中"),
            "活动已结束 · 感谢支持", "#eef0f8", "#c9cfe6", "#4b5a9a", "#27305a", boxes),
        "event_skin_test": lambda: event_poster(
            "免费体验", "10分钟\n肤质测试", "水油 · 毛孔 · 敏感度 一次测清楚", (
                "按报告给建议，不买也没关系", "测完送修护面霜7ml小样"),
            "沁研专柜 · 微信预约时间", "#eef8f6", "#bfe3dc", "#2d8a7a", "#1e4a44", lens),
        "event_koc": lambda: event_poster(
            "招募中", "沁研体验官", "新品先试 · 说真话的护肤搭子", (
                "新品寄送试用", "季度线下护肤沙龙", "体验官专属价"),
            "真实体验，好坏都欢迎", "#fdf7e8", "#f0dca8", "#b8860b", "#5a4514", badge),
        "event_welcome_back": lambda: event_poster(
            "老友回归", "好久不见", "给老朋友的一份心意", (
                "新品小样一份", "无门槛50元回归券", "免费重新测肤质"),
            "沁研专柜 · 等您回来坐坐", "#f2f5ee", "#d3dfc6", "#6b8a4e", "#33452a",
            one_gift),
        "event_gift_box": lambda: event_poster(
            "节日礼盒", "把好皮肤\n送给她", "水光精华 + 修护面霜 + 补水面膜", (
                "附礼盒包装与手写贺卡", "顾问可代为快递到家"),
            "送妈妈 · 送闺蜜 · 送自己", "#fbefe9", "#eac3b3", "#a0452e", "#4f2318", boxes),
    }


def encode(img: QImage, quality: int = 85) -> bytes:
    buf = QByteArray()
    dev = QBuffer(buf)
    dev.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(dev, "JPG", quality)
    dev.close()
    return bytes(buf.data())


_APP = None


def _guard_none_refcount() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: its void methods (QPainter.setPen,
    QFont.setPixelSize, ...) return None without a new reference, so every call lowers None's
    reference count and a few thousand drawing calls abort the interpreter with "none_dealloc".
    Python 3.12+ makes None immortal. Here None's count is raised once, far above what one
    run can use up (None is never freed, so nothing leaks)."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "demo" / "media")
    ap.add_argument("--prune", action="store_true",
                    help="delete other .jpg files in --out (pictures of an older run)")
    args = ap.parse_args(argv)
    _guard_none_refcount()
    global _APP
    _APP = QGuiApplication.instance() or QGuiApplication([])
    load_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    written = set()
    for name, make in pictures().items():
        data = encode(make())
        file = f"{hashlib.sha256(data).hexdigest()}.jpg"
        (args.out / file).write_bytes(data)
        written.add(file)
        print(f"{name} -> {file}  ({len(data) // 1024} KB)")
    for old in sorted(args.out.glob("*.jpg")):
        if old.name not in written:
            print(f"stale: {old.name}" + ("  (deleted)" if args.prune else ""))
            if args.prune:
                old.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
