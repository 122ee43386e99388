"""The window of ``advisor-desk --hq``: HQ's dashboard over its warehouse (no shop data, no
navigation — one page), with the same toolbar look, task runner and feedback as the shop's."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QSizePolicy, QToolBar, QWidget

from advisor_desk.ui import icons

if TYPE_CHECKING:
    from advisor_desk.services.hq_dashboard import HqDashboardService
    from advisor_desk.ui.pages.hq_dashboard import HqDashboardPage
    from advisor_desk.ui.tasks import TaskRunner

TOAST_MS = 3000


class HqWindow(QMainWindow):
    shown = Signal()

    def __init__(self, log_file: Path, settings: QSettings, lang: str) -> None:
        super().__init__()
        self.setObjectName("hqWindow")
        self.setWindowTitle(self.tr("Advisor Desk · HQ"))
        self.setWindowIcon(icons.icon("app"))
        self._settings, self._log_file, self._lang = settings, log_file, lang
        bar = QToolBar(objectName="mainToolbar", movable=False, floatable=False)
        bar.setIconSize(QSize(20, 20))
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Advisor Desk · HQ"), objectName="brandLabel"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.location = QLabel(objectName="warehouseLabel")
        bar.addWidget(self.location)
        self.loading = QLabel(self.tr("Opening the warehouse…"), objectName="loadingLabel")
        self.setCentralWidget(self.loading)
        self.busy = QProgressBar(objectName="taskProgress", maximumWidth=140)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.page: HqDashboardPage | None = None
        self._shown_once = False

    @cached_property
    def tasks(self) -> TaskRunner:
        from advisor_desk.ui.tasks import TaskRunner

        runner = TaskRunner(self, self.show_error)
        runner.busyChanged.connect(self.busy.setVisible)
        return runner

    def attach(self, dashboard: HqDashboardService) -> HqDashboardPage:
        from advisor_desk.ui.pages.hq_dashboard import HqContext, HqDashboardPage

        self.location.setText(self.tr("Warehouse: %1").replace("%1", dashboard.location))
        self.page = HqDashboardPage(HqContext(dashboard, self.tasks, self._lang, self.notify,
                                              self.show_error))
        self.setCentralWidget(self.page)
        self.page.reload()
        return self.page

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, TOAST_MS)

    def show_error(self, exc: BaseException) -> None:
        from advisor_desk.ui import errors

        errors.show_error(self, exc, self._log_file)

    def show_restored(self) -> None:
        geometry = self._settings.value("hq/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
        else:
            self.resize(1280, 720)
            self.showMaximized()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.shown.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("hq/geometry", self.saveGeometry())
        self._settings.sync()
        if "tasks" in self.__dict__:
            self.tasks.cancel_all()
            self.tasks.wait(5000)
        super().closeEvent(event)
