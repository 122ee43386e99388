"""The chart widgets: a redrawn chart looks exactly like a fresh one (QtCharts keeps painting
labels of removed axes otherwise), labels stay unique when shortened, values sit on bars."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from advisor_desk.ui.widgets.charts import BarChart, _labels

pytestmark = pytest.mark.gui


def _shown(qtbot, name: str) -> BarChart:
    chart = BarChart(name)
    chart.resize(600, 300)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_a_redrawn_chart_looks_like_a_fresh_one(qtbot):
    redrawn, fresh = _shown(qtbot, "redrawn"), _shown(qtbot, "fresh")
    redrawn.set_bars(["林晓雯", "陈佳怡", "王梦琪"], [7, 6, 6], suffix="%", highlight="林晓雯")
    QApplication.processEvents()
    redrawn.view.grab()  # painted once with the first axes
    for chart in (redrawn, fresh):
        chart.set_bars(["甲", "乙"], [3, 1])
    QApplication.processEvents()
    assert redrawn.view.grab().toImage() == fresh.view.grab().toImage()


def test_shortened_labels_stay_unique_and_values_are_printed(qtbot):
    names = ["购后关怀（1/7/14/28天）第1步", "购后关怀（1/7/14/28天）第2步", "SH001"]
    labels = _labels(names, 12)
    assert len(set(labels)) == 3 and labels[2] == "SH001"
    assert all(len(label) < len(name) for label, name in zip(labels[:2], names[:2], strict=True))
    chart = _shown(qtbot, "c")
    chart.set_bars(names, [5, 4, 3], highlight="SH001")
    assert chart.series.isLabelsVisible() and chart.highlighted() == [2]
