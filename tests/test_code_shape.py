"""The shape rules of the code base: small modules, one page per module."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400


def test_no_module_over_the_line_limit():
    big = {str(p.relative_to(ROOT)): n for p in (ROOT / "advisor_desk").rglob("*.py")
           if (n := len(p.read_text("utf-8").splitlines())) > LIMIT}
    assert big == {}, f"split these by responsibility: {big}"


def test_one_page_class_per_page_module():
    from advisor_desk.ui.pages import PAGE_SPECS
    from advisor_desk.ui.pages.base import Page

    classes = [spec.load() for spec in PAGE_SPECS]
    assert all(issubclass(cls, Page) for cls in classes)
    modules = [cls.__module__ for cls in classes]
    assert len(modules) == len(set(modules))
    assert all(m.startswith("advisor_desk.ui.pages.") for m in modules)
