"""Guards on the Qt binding we ship."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 decrements None's reference count on every call that
    returns nothing; after a few thousand the interpreter aborts (none_dealloc). We pin a
    release without the bug; this fails if an upgrade brings it back."""
    label, font = QLabel(), QFont()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        font.setPixelSize(12)
    assert sys.getrefcount(None) - before > -50  # a few temporary references may come and go
