"""Pinyin initials read pypinyin's per-character dictionary only: its phrase dictionary and
segmenter (~45 MB, measured in the big-pack benchmark's import) are never loaded."""

from __future__ import annotations

import subprocess
import sys

from advisor_desk.domain.pinyin import first_letters, letter_options, name_initials


def test_initials_and_every_reading():
    assert name_initials("王晓燕") == "wxy"
    assert name_initials("Amy王") == "amyw"
    assert first_letters("长ÀB，") == "zàb，"
    assert letter_options("长") == ("z", "c")
    assert letter_options("行") == ("x", "h")
    assert letter_options("嗯") == ("n",)  # ń: a tone mark on a consonant
    assert letter_options("绿") == ("l",)  # lǜ
    assert letter_options("a") == () and letter_options("，") == () and letter_options("") == ()


def test_only_readings_in_use_today():
    """Readings outside the 通用规范汉字字典 are left out (docs/library.md): 还 is not read fú,
    是 not tí, 说 not yuè, 干 not àn; heteronyms in use stay."""
    assert letter_options("还") == ("h",)
    assert letter_options("是") == ("s",)
    assert letter_options("说") == ("s",)
    assert letter_options("干") == ("g",)
    assert letter_options("差") == ("c",)  # chā chà chāi cī, not jiē
    assert letter_options("重") == ("z", "c")
    assert letter_options("乐") == ("l", "y")


def test_the_phrase_dictionary_is_never_loaded():
    code = ("import sys; from advisor_desk.domain.pinyin import letter_options, name_initials;"
            "assert name_initials('王晓燕') == 'wxy' and letter_options('长') == ('z', 'c');"
            "print(sorted(m for m in sys.modules if m.startswith('pypinyin.phrases')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
