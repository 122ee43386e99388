"""Pages of the left navigation. Only pages that really work are listed (docs/architecture.md).

Pages are imported and built the first time they are shown, so the main window appears
without paying for every page's widgets and Qt classes (start-up budget, issue 3).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from advisor_desk.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # English source; translated in context "Pages"
    icon: str
    module: str
    class_name: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)

    def load(self) -> type[Page]:
        return getattr(importlib.import_module(self.module), self.class_name)


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("Pages", "Today"), "today",
             "advisor_desk.ui.pages.today", "TodayPage"),
    PageSpec("customers", QT_TRANSLATE_NOOP("Pages", "Customers"), "customer",
             "advisor_desk.ui.pages.customers", "CustomersPage"),
    PageSpec("scripts", QT_TRANSLATE_NOOP("Pages", "Scripts & Q&A"), "scripts",
             "advisor_desk.ui.pages.scripts", "ScriptsPage"),
    PageSpec("materials", QT_TRANSLATE_NOOP("Pages", "Materials"), "materials",
             "advisor_desk.ui.pages.materials", "MaterialsPage"),
    PageSpec("coupons", QT_TRANSLATE_NOOP("Pages", "Coupons"), "coupons",
             "advisor_desk.ui.pages.coupons", "CouponsPage"),
    PageSpec("training", QT_TRANSLATE_NOOP("Pages", "Training"), "training",
             "advisor_desk.ui.pages.training", "TrainingPage"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Pages", "Sync"), "sync",
             "advisor_desk.ui.pages.sync", "SyncPage"),
    PageSpec("rankings", QT_TRANSLATE_NOOP("Pages", "Rankings"), "rankings",
             "advisor_desk.ui.pages.rankings", "RankingsPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "settings",
             "advisor_desk.ui.pages.settings", "SettingsPage"),
)
