"""Charts from QtCharts (PySide6-Addons; docs/charts.md says why): a column chart with the
value on every bar and a line of done vs due per day.

Imported only by the pages that draw charts, which are imported the first time they are shown,
so QtCharts costs nothing at start-up. The palette is chosen for cheap shop monitors: a dark
steel blue and a strong orange (told apart by the colour-blind and on washed-out TN panels),
values printed on the bars, never colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel, QStackedLayout, QWidget

BAR = QColor("#3d6b8c")  # steel blue: everyone
MINE = QColor("#d9822b")  # orange: the current advisor
DONE = QColor("#2e7d4f")  # green, solid: steps handled on their day
DUE = QColor("#6b6b6b")  # grey, dashed: steps due
GRID = QColor("#e4ded6")
TEXT = QColor("#2b2b2b")


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    return chart


def _font(point_delta: float = 0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + point_delta))
    font.setBold(bold)
    return font


def _axis_style(axis, *, grid: bool) -> None:
    axis.setLabelsFont(_font(-1))
    axis.setLabelsColor(TEXT)
    axis.setGridLineVisible(grid)
    axis.setGridLinePen(QPen(GRID))
    axis.setLinePen(QPen(GRID))


class _ChartBox(QWidget):
    """A chart view with an empty-state sentence in its place when there is nothing to draw."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.chart = _chart()
        self.view = QChartView(self.chart)
        self.view.setObjectName(f"{object_name}View")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(objectName=f"{object_name}Empty", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "emptyState")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self._stack.setCurrentWidget(self.empty)

    @property
    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def _reset(self) -> None:
        """A fresh chart for every drawing: axes removed from a chart leave their labels
        painted in QtCharts 6.11, so the old chart goes as a whole."""
        old, self.chart = self.chart, _chart()
        self.view.setChart(self.chart)
        old.deleteLater()
        self._stack.setCurrentWidget(self.view)


class BarChart(_ChartBox):
    """One value per name in the order given; the value printed on every bar; the
    highlighted name's bar in orange (the current advisor)."""

    def set_bars(self, names: Sequence[str], values: Sequence[float], *,
                 suffix: str = "", highlight: str | None = None) -> None:
        self._reset()
        self.names, self.values = list(names), [float(v) for v in values]
        bars = QBarSet("")
        bars.append(self.values)
        bars.setColor(BAR)
        bars.setBorderColor(BAR)
        bars.setSelectedColor(MINE)
        if highlight in self.names:
            bars.selectBar(self.names.index(highlight))
        bars.setLabelColor(TEXT)
        bars.setLabelFont(_font(0, bold=True))
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.6 if len(names) > 3 else 0.35)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat(f"@value{suffix}")
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(_labels(names, 12))
        _axis_style(x, grid=False)
        y = QValueAxis()
        y.setRange(0, max([1.0, *self.values]) * 1.18)  # room for the value over the tallest bar
        y.setLabelsVisible(False)
        y.setTickCount(5)
        _axis_style(y, grid=True)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.bars, self.series = bars, series

    def highlighted(self) -> list[int]:
        return list(self.bars.selectedBars())


def _labels(names: Sequence[str], limit: int) -> list[str]:
    """Shortened category labels, made unique again (a category axis merges equal labels,
    which would put bars under the wrong names)."""
    out: list[str] = []
    for name in names:
        label = _short(name, limit)
        n = 2
        while label in out:
            label = f"{_short(name, limit)}({n})"
            n += 1
        out.append(label)
    return out


def _short(name: str, limit: int = 12) -> str:
    """A category label that fits under its bar: at most ``limit`` columns a line (a Chinese
    character takes two), each line of a two-line label apart."""
    def cut(line: str) -> str:
        width, out = 0, []
        for ch in line:
            width += 2 if ord(ch) > 0x2E80 else 1
            if width > limit - 1:
                return "".join(out) + "…"
            out.append(ch)
        return line
    return "\n".join(line if _width(line) <= limit else cut(line) for line in name.split("\n"))


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


class DoneDueLine(_ChartBox):
    """Steps due and steps done on their day, one point per day (oldest left)."""

    def set_days(self, days: Sequence[date], due: Sequence[int], done: Sequence[int],
                 *, due_label: str, done_label: str) -> None:
        self._reset()
        self.due, self.done = list(due), list(done)
        stamps = [QDateTime(QDate(d.year, d.month, d.day), QTime(12, 0)).toMSecsSinceEpoch()
                  for d in days]
        series = []
        for values, colour, style, width, name in (
                (due, DUE, Qt.PenStyle.DashLine, 2, due_label),
                (done, DONE, Qt.PenStyle.SolidLine, 3, done_label)):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(colour, width)
            pen.setStyle(style)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.append([QPointF(x, v) for x, v in zip(stamps, values, strict=True)])
            self.chart.addSeries(line)
            series.append(line)
        x = QDateTimeAxis()
        x.setFormat("M/d")
        x.setTickCount(4)
        if stamps:
            x.setRange(QDateTime.fromMSecsSinceEpoch(stamps[0]),
                       QDateTime.fromMSecsSinceEpoch(stamps[-1]))
        _axis_style(x, grid=False)
        y = QValueAxis()
        top = max([*due, *done, 0]) + 1
        y.setRange(0, max(4, -(-top // 4) * 4))  # a multiple of 4: whole numbers on 5 ticks
        y.setLabelFormat("%d")
        y.setTickCount(5)
        _axis_style(y, grid=True)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for line in series:
            line.attachAxis(x)
            line.attachAxis(y)
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(_font(-1))
        legend.setLabelColor(TEXT)


# segments of a stacked bar, in order: greens for good outcomes, then amber, grey, red —
# distinct in lightness too, so they survive a washed-out screen and grey-scale printing
SEGMENTS = (QColor("#2e7d4f"), QColor("#8fc9a3"), QColor("#e0a030"), QColor("#9e9e9e"),
            QColor("#c0392b"), QColor("#3d6b8c"), QColor("#7b5ea7"))


class StackedBars(_ChartBox):
    """Several values per category stacked in one bar (a funnel per SOP step, coupons per
    month by type), with a legend; ``horizontal`` puts long category names on the left."""

    def set_stacks(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                   *, horizontal: bool = False) -> None:
        self._reset()
        self.categories = list(categories)
        self.stacks = [(name, [float(v) for v in values]) for name, values in series]
        bars = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
        for n, (name, values) in enumerate(self.stacks):
            bar_set = QBarSet(name)
            bar_set.append(values)
            colour = SEGMENTS[n % len(SEGMENTS)]
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(TEXT)
            bar_set.setLabelFont(_font(-1))
            bars.append(bar_set)
        bars.setBarWidth(0.65 if len(categories) > 3 else 0.3)
        self.chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append(_labels(categories, 24 if horizontal else 16))
        _axis_style(names, grid=False)
        if horizontal:  # QtCharts elides a label taller than its row to "…"
            names.setLabelsFont(_font(-2))
        values = QValueAxis()
        totals = [sum(v[i] for _n, v in self.stacks) for i in range(len(categories))]
        top = int(max([1.0, *totals])) + 1
        values.setRange(0, max(4, -(-top // 4) * 4))  # a multiple of 4: whole ticks
        values.setLabelFormat("%d")
        values.setTickCount(5)
        _axis_style(values, grid=True)
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal
                           else Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal
                           else Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        bars.attachAxis(values)
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(_font(-1))
        legend.setLabelColor(TEXT)
        self.series = bars
