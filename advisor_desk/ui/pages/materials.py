"""素材 Materials: texts, pictures, links, files and moments posts (a caption with pictures,
copied one part per press). Items outside their validity dates are hidden unless asked."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout

from advisor_desk.domain.library import CopyDraft, SearchFilter, SearchHit
from advisor_desk.ui import labels
from advisor_desk.ui.pages.library_base import LibraryPage


class MaterialsPage(LibraryPage):
    key = "materials"
    kind = "material"
    has_expired_filter = True

    def __init__(self, ui) -> None:
        super().__init__(ui)
        self.setObjectName("materialsPage")

    def search_placeholder(self) -> str:
        return self.tr("Find a poster, post or article: a few characters or initials…")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nothing matches. Try fewer characters, other filters, or tick "
                           "“Show expired”.")
        return self.tr("No materials yet. They appear here once HQ content has been imported "
                       "(同步).")

    def extra_filters(self):
        self.type_filter = QComboBox(objectName="materialKindFilter")
        self.type_filter.addItem(self.tr("All kinds"), None)
        for key, label in labels.material_kinds():
            self.type_filter.addItem(label, key)
        self.scene = QComboBox(objectName="materialSceneFilter")
        self.scene.addItem(self.tr("All scenes"), None)
        self.channel = QComboBox(objectName="materialChannelFilter")
        self.channel.addItem(self.tr("All channels"), None)
        for key, label in labels.channels():
            self.channel.addItem(label, key)
        return [self.type_filter, self.scene, self.channel]

    def refresh_choices(self) -> None:
        self.fill_scenes(self.scene, self.tr("All scenes"))

    def search_filter(self) -> SearchFilter:
        kind = self.type_filter.currentData()
        return self.base_filter(types=(kind,) if kind else (), scene=self.scene.currentData(),
                                channel=self.channel.currentData())

    def build_detail(self, box: QVBoxLayout) -> None:
        self.how = QLabel(objectName="materialHowTo", wordWrap=True)
        box.addWidget(self.how)

    def show_detail(self, hit: SearchHit | None, draft: CopyDraft | None) -> None:
        if hit is None or draft is None:
            self.how.clear()
            return
        if hit.type == "moments":
            self.how.setText(self.tr("A moments post: copy the caption, paste it in WeChat "
                                     "moments, then copy each picture in order (press Copy "
                                     "again for the next part)."))
        elif hit.type == "image":
            self.how.setText(self.tr("Copies the picture itself: paste it straight into the "
                                     "chat."))
        elif hit.type == "link":
            self.how.setText(self.tr("Copies the link with its title (a clickable link where "
                                     "the chat supports it)."))
        elif hit.type == "file":
            self.how.setText(self.tr("Copies the file: paste it into the chat to send it."))
        else:
            self.how.clear()
