"""Normalisation, tokens and pinyin initials of library search (pure)."""

from __future__ import annotations

from advisor_desk.domain import text_index as ti
from advisor_desk.domain.pinyin import letter_options


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


def test_initials_cover_every_reading_of_a_heteronym():
    assert ti.initials_runs("美白", letter_options) == ("mb",)
    assert ti.initials_runs("防晒霜", letter_options) == ("fss",)
    assert set(ti.initials_runs("长期", letter_options)) >= {"cq", "zq"}
    assert ti.initials_runs("SK-II神仙水", letter_options) == ("sk", "iisxs")
    long_title = "长重行乐长重行乐长重行乐长重行乐"
    assert len(ti.initials_runs(long_title, letter_options)) <= ti.MAX_INITIALS_VARIANTS


def test_match_is_substring_per_term_with_title_tier():
    doc = ti.SearchText.of("美白精华", ["适合暗沉肌肤", "VC 30ml"],
                           ti.initials_runs("美白精华", letter_options))
    assert ti.match(("美白",), doc) == 0
    assert ti.match(("mbjh",), doc) == 0
    assert ti.match(("美白", "暗沉"), doc) == 1
    assert ti.match(("vc",), doc) == 1
    assert ti.match(("白精", "30ml"), doc) == 1
    assert ti.match(("暗沉肌肤vc",), doc) is None  # never across fields
    assert ti.match(("mb", "sk"), doc) is None
