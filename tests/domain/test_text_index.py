"""Normalisation, tokens and pinyin initials of library search (pure)."""

from __future__ import annotations

import pytest

from advisor_desk.domain import text_index as ti
from advisor_desk.domain.pinyin import letter_options, words


def test_normalisation_folds_width_and_case_but_not_script():
    assert ti.normalize("ＳＫ－ＩＩ　３０ｍｌ") == "sk-ii 30ml"
    assert ti.normalize("A醇") == "a醇"
    assert ti.normalize("護膚") == "護膚"  # traditional stays traditional
    assert ti.query_terms("  VC  vc 防晒 ") == ("vc", "防晒")


def test_every_token_survives_unicode61_as_one_lowercase_token():
    for ch in "az09美-%.+ＡéЖ😀":
        token = ti.spell(ti.normalize(ch)[0])
        assert (token.isascii() and token.isalnum()) or len(token) == 1
    assert ti.term_tokens("sk-ii") == ["sk", "kz2dz", "z2dzi", "ii"]
    assert ti.fts_phrase('a"b') == '"az22z z22zb"'  # quotes are spelled, never syntax


def test_field_tokens_keep_runs_and_fields_apart():
    tokens = ti.field_tokens(["防晒 晒霜", "霜白"]).split()
    assert tokens.count(ti.SENTINEL) == 3  # after the characters, between 3 runs
    assert "晒晒" not in tokens and "霜霜" not in tokens


def _initials(title: str) -> ti.Initials:
    return ti.title_initials(ti.normalize(title), letter_options, words)


def test_initials_start_at_word_starts_with_every_reading_of_a_heteronym():
    assert _initials("美白").anchored == ("mb", "b")
    assert _initials("防晒霜").anchored == ("fss",)  # one word: no start at 晒
    assert set(_initials("长期").anchored) >= {"cq", "zq"}
    assert _initials("SK-II神仙水").anchored == ("sk", "iisxs", "sxs", "s")
    long_title = "长重行乐长重行乐长重行乐长重行乐"
    assert all(len(a) <= ti.MAX_INITIALS for a in _initials(long_title).anchored)
    assert len(_initials(long_title).anchored) <= len(long_title) * ti.MAX_INITIALS_VARIANTS


@pytest.mark.parametrize(("title", "term", "hit"), [
    ("夏季美白攻略", "mb", True), ("夏季美白攻略", "xjmb", True), ("夏季美白攻略", "jm", False),
    ("用眼霜长了脂肪粒怎么办", "mb", False),  # 怎么办 is one word: zmb
    ("用眼霜长了脂肪粒怎么办", "zmb", True), ("体验官报名表", "mb", False),
    ("体验官报名表", "bmb", True), ("长期使用", "cq", True), ("长期使用", "zqsy", True),
    ("清透防晒霜", "q", True), ("清透防晒霜", "f", False),  # one letter: the first word only
    ("清透防晒霜", "fss", True), ("3步美白", "bmb", True), ("3步美白", "3b", False),
])
def test_a_letters_term_matches_initials_only_from_a_word_start(title, term, hit):
    assert ti.by_initials(term, _initials(title)) is hit
    assert (term in ti.initials_keys(_initials(title))) is hit  # the index's tokens agree


def test_match_gives_the_tier_characters_then_initials_then_elsewhere():
    doc = ti.SearchText.of("美白精华", ["适合暗沉肌肤", "VC 30ml"], letter_options, words)
    assert ti.match(("美白",), doc) == ti.TITLE_CHARS
    assert ti.match(("mbjh",), doc) == ti.TITLE_INITIALS
    assert ti.match(("美白", "mb"), doc) == ti.TITLE_INITIALS
    assert ti.match(("美白", "暗沉"), doc) == ti.ELSEWHERE
    assert ti.match(("vc",), doc) == ti.ELSEWHERE
    assert ti.match(("白精", "30ml"), doc) == ti.ELSEWHERE
    assert ti.match(("暗沉肌肤vc",), doc) is None  # never across fields
    assert ti.match(("mb", "sk"), doc) is None


def test_highlight_marks_characters_and_initials_matched_from_a_word_start():
    def spans(text, *terms):
        found = ti.highlight(text, [ti.normalize(t) for t in terms], letter_options, words)
        return ["".join(text[a:b]) for a, b in found]

    assert spans("夏季美白攻略", "mb") == ["美白"]
    assert spans("夏季美白攻略", "美") == ["美"]
    assert spans("用眼霜长了脂肪粒怎么办", "mb") == []  # 么办 is not a word start
    assert spans("ＳＫ－ＩＩ神仙水", "sk-ii") == ["ＳＫ－ＩＩ"]  # shown as typed in the title
    assert spans("防晒霜 晒后修护", "晒", "xh") == ["晒", "晒", "修护"]
    assert spans("清透防晒霜", "q") == ["清"] and spans("清透防晒霜", "f") == []
    assert ti.highlight("美白精华", ["mb"]) == ()  # without readings: characters only
