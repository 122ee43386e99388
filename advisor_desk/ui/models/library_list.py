"""Search results (scripts & Q&A, materials, coupons) as a list model keyed by (kind, uid).

A search returns one page of ranked hits (a few hundred at most), so the model holds those
rows; it never holds the library."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from advisor_desk.domain.library import SearchHit
from advisor_desk.domain.pinyin import letter_options, words
from advisor_desk.domain.text_index import highlight
from advisor_desk.ui import labels
from advisor_desk.ui.widgets.copy_preview import highlighted_html

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3
HIT_ROLE = Qt.ItemDataRole.UserRole + 4
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 5  # (title spans, snippet spans) as displayed

Index = QModelIndex | QPersistentModelIndex


class LibraryListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit] = []
        self._scene_names: dict[str, str] = {}
        self._today = date.today()
        self._terms: tuple[str, ...] = ()
        self._spans: dict[int, tuple] = {}  # row -> HIGHLIGHT_ROLE, made when first painted

    def set_rows(self, rows: tuple[SearchHit, ...], scene_names: dict[str, str],
                 today: date, terms: tuple[str, ...] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._scene_names = dict(scene_names)
        self._today = today
        self._terms = terms
        self._spans = {}
        self.endResetModel()

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def spans(self, row: int) -> tuple:
        """What to highlight in the row's title and snippet (only rows that are painted pay
        for it: the title's initials need the word segmenter)."""
        found = self._spans.get(row)
        if found is None:
            hit = self._rows[row]
            title = highlight(hit.title, self._terms, letter_options, words) \
                if hit.title_hit else highlight(hit.title, self._terms)
            if hit.favourite:  # shown as "★ title"
                title = tuple((a + 2, b + 2) for a, b in title)
            found = self._spans[row] = (title, highlight(hit.snippet, self._terms))
            spans = highlight(hit.keywords, self._terms, letter_options, words) \
                if hit.keywords and not any(found) else ()
            if spans:  # only a keyword matched: the second line shows the keywords
                line = self.keyword_line(hit)
                shift = len(line) - len(hit.keywords)
                found = self._spans[row] = (title, tuple((a + shift, b + shift)
                                                         for a, b in spans), line)
        return found

    def detail_html(self, hit: SearchHit) -> tuple[str, str]:
        """The detail's title and caption as HTML, what the search matched highlighted (the
        keywords when only they matched)."""
        row = self.row_of(hit.uid, hit.kind)
        found = self.spans(row) if row >= 0 and self._terms else ((), ())
        shift = 2 if hit.favourite else 0  # the list shows "★ title"
        title = highlighted_html(hit.title, tuple((a - shift, b - shift) for a, b in found[0]))
        meta = html.escape(self.meta(hit))
        if len(found) > 2:
            meta += "<br>" + highlighted_html(found[2], found[1])
        return title, meta

    def keyword_line(self, hit: SearchHit) -> str:
        return self.tr("Keywords: %1").replace("%1", hit.keywords)

    def shown_snippet(self, row: int) -> str:
        """The row's second line: the snippet, or its keywords when only they matched."""
        hit = self._rows[row]
        if self._terms:
            found = self.spans(row)
            if len(found) > 2:
                return found[2]
        return hit.snippet or self._no_text(hit)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def hit_at(self, row: int) -> SearchHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def uid_at(self, row: int) -> str | None:
        hit = self.hit_at(row)
        return hit.uid if hit else None

    def row_of(self, uid: str | None, kind: str | None = None) -> int:
        for n, hit in enumerate(self._rows):
            if hit.uid == uid and (kind is None or hit.kind == kind):
                return n
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {hit.title}" if hit.favourite else hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        if role == KEY_ROLE:
            return (hit.kind, hit.uid)
        if role == HIT_ROLE:
            return hit
        if role == HIGHLIGHT_ROLE:
            return self.spans(index.row())[:2] if self._terms else None
        if role == SNIPPET_ROLE:
            return self.shown_snippet(index.row())
        if role == META_ROLE:
            return self.meta(hit)
        return None

    def _no_text(self, hit: SearchHit) -> str:
        if hit.type == "image":
            return self.tr("A picture: copy it and paste it into the chat")
        if hit.type == "file":
            return self.tr("A file: copy it and paste it into the chat to send it")
        return ""

    def meta(self, hit: SearchHit) -> str:
        parts = [labels.item_type_label(hit.kind, hit.type)]
        if hit.parts > 1:
            parts.append(self.tr("%n picture(s)", "", hit.parts))
        if hit.sales_step:
            parts.append(labels.step_label(hit.sales_step))
        if hit.scene:
            parts.append(self._scene_names.get(hit.scene, hit.scene))
        if hit.valid_to:
            parts.append(labels.validity_label(hit.valid_from, hit.valid_to, self._today))
        if hit.origin == "personal":
            parts.append(self.tr("Mine"))
        if hit.my_last_use is not None:
            parts.append(self.tr("used recently"))
        elif hit.uses:
            parts.append(self.tr("used %n time(s)", "", hit.uses))
        return " · ".join(p for p in parts if p)
