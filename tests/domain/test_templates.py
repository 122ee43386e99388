"""Templates: variables, fallbacks, escapes; a raw placeholder never comes out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_desk.domain import templates


def test_values_fill_and_fallbacks_cover_missing_ones():
    r = templates.render("{称呼|亲}，我是{顾问}。", {"顾问": "林晓雯"})
    assert (r.text, r.missing) == ("亲，我是林晓雯。", ())
    r = templates.render("{称呼|亲}好", {"称呼": "王姐"})
    assert r.text == "王姐好"


def test_blank_values_count_as_missing():
    assert templates.render("{称呼|亲}", {"称呼": "  "}).text == "亲"
    r = templates.render("{姓名}您好", {"姓名": ""})
    assert r.missing == ("姓名",) and r.text == "您好"


def test_missing_without_fallback_is_reported_once_and_can_be_marked():
    r = templates.render("{姓名}，{姓名}", {}, missing_marker=lambda n: f"<{n}>")
    assert r.missing == ("姓名",)
    assert r.text == "<姓名>，<姓名>"


def test_literal_braces_and_errors():
    assert templates.render("{{不是变量}}", {}).text == "{不是变量}"
    for bad in ("{称呼", "称呼}", "{}", "a { b"):
        with pytest.raises(templates.TemplateError):
            templates.render(bad, {})
    assert templates.check("{称呼|亲}{未知}") == ["unknown variable {未知}"]
    assert templates.check("{{ok}}") == []


names = st.sampled_from(list(templates.VARIABLES))
text_parts = st.text(alphabet=st.characters(blacklist_characters="{}|"), max_size=8)


@given(st.lists(st.tuples(text_parts, names, st.one_of(st.none(), text_parts)), max_size=6),
       st.dictionaries(names, st.one_of(st.none(), text_parts), max_size=8))
def test_rendering_never_leaves_a_placeholder(parts, values):
    template = "".join(f"{before}{{{name}{'' if fb is None else '|' + fb}}}"
                       for before, name, fb in parts)
    rendered = templates.render(template, values)
    for name in templates.VARIABLES:
        assert "{" + name not in rendered.text
    expected_missing = {name for _b, name, fb in parts
                        if fb is None and not (values.get(name) or "").strip()}
    assert set(rendered.missing) == expected_missing
