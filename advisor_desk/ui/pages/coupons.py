"""优惠券 Coupons: find the right coupon while the customer hesitates, see what it gives and
until when, and copy its message with a code from this store's pool — one code per customer:
copying again re-sends the code they hold; "New code" (a visible button) takes another."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout

from advisor_desk.domain.errors import NotFound
from advisor_desk.domain.library import CopyDraft, SearchFilter, SearchHit
from advisor_desk.ui import labels
from advisor_desk.ui.pages.library_base import LibraryPage


class CouponsPage(LibraryPage):
    key = "coupons"
    kind = "coupon"
    has_expired_filter = True

    def __init__(self, ui) -> None:
        super().__init__(ui)
        self.setObjectName("couponsPage")

    def search_placeholder(self) -> str:
        return self.tr("Find a coupon: 满300, 无门槛, initials…")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No coupon matches. Try fewer characters, another type, or tick "
                           "“Show expired”.")
        return self.tr("No coupons yet. They appear here once HQ content has been imported "
                       "(同步).")

    def extra_filters(self):
        self.type_filter = QComboBox(objectName="couponTypeFilter")
        self.type_filter.addItem(self.tr("All types"), None)
        for key, label in labels.coupon_types():
            self.type_filter.addItem(label, key)
        return [self.type_filter]

    def search_filter(self) -> SearchFilter:
        kind = self.type_filter.currentData()
        return self.base_filter(types=(kind,) if kind else ())

    def extra_actions(self) -> list[QPushButton]:
        self.new_code = QPushButton(self.tr("New code"), objectName="couponNewCodeButton")
        self.new_code.setToolTip(self.tr("Copy with another code from the pool for this "
                                         "customer (the code they hold stays theirs)"))
        self.new_code.clicked.connect(lambda: self.copy_current(new_code=True))
        self.new_code.hide()
        return [self.new_code]

    def build_detail(self, box: QVBoxLayout) -> None:
        self.rule = QLabel(objectName="couponRule", wordWrap=True)
        self.rule.setStyleSheet("font-size:13pt; font-weight:bold; color:#c8553d")
        self.pool = QLabel(objectName="couponPool", wordWrap=True)
        self.terms = QLabel(objectName="couponTerms", wordWrap=True)
        self.terms.setProperty("role", "dim")
        for label in (self.rule, self.pool, self.terms):
            box.addWidget(label)

    def show_detail(self, hit: SearchHit | None, draft: CopyDraft | None) -> None:
        state = self.ui.state
        self.new_code.setVisible(draft is not None and draft.held_code is not None)
        if hit is None or not state.is_ready:
            for label in (self.rule, self.pool, self.terms):
                label.clear()
            return
        try:
            coupon = state.desk.library.coupon(hit.uid)
        except NotFound:  # retired meanwhile
            return
        self.rule.setText(labels.coupon_rule(coupon.type, coupon.value_fen,
                                             coupon.min_value_fen, coupon.threshold_fen,
                                             coupon.discount_pct))
        if not coupon.has_pool:
            self.pool.setText(self.tr("No code pool at this store: the message is copied as "
                                      "it is."))
        elif draft is not None and draft.held_code:
            self.pool.setText(self.tr("This customer already has code %1: copying re-sends it. "
                                      "“New code” takes another one.").replace(
                "%1", draft.held_code))
        elif coupon.pool_free:
            self.pool.setText(self.tr("%n code(s) left at this store; a copy issues one to the "
                                      "current customer, and copying again re-sends it.", "",
                                      coupon.pool_free))
        else:
            self.pool.setText(self.tr("No codes left at this store (pool exhausted). Ask HQ "
                                      "for more."))
        self.terms.setText(coupon.terms)
        self.terms.setVisible(bool(coupon.terms))
        self.copy_button.setEnabled(not coupon.has_pool or coupon.pool_free > 0
                                    or bool(draft and draft.held_code))
        self.new_code.setEnabled(coupon.pool_free > 0)
