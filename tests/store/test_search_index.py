"""The search index: written with the items in one transaction, exact substring semantics,
user text never FTS5 syntax, rebuild repairs, the migration from 0001 indexes old data."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from advisor_desk.domain.errors import ContentInvalid
from advisor_desk.domain.library import SearchFilter
from advisor_desk.services.desk import open_desk
from advisor_desk.store import migrations, search_index
from advisor_desk.store.schema_version import HEAD_REVISION
from tests.support import library_rows as lib
from tests.support import search_oracle

ALL = SearchFilter(include_expired=True)


def _uids(desk, query, flt=ALL, advisor_id=None):
    return {h.uid for h in desk.library.search(query, flt, advisor_id=advisor_id,
                                               limit=1000).hits}


@pytest.fixture
def library(desk):
    lib.apply(desk, 1, {
        "s.fss": lib.script("清透防晒霜推荐", "出门前15分钟涂抹，SPF50+ PA++++。", "防晒 夏天"),
        "s.mb": lib.script("美白精华怎么用", "早晚各一次，VC 30ml装。", "美白"),
        "s.sk": lib.script("SK-II神仙水讲解", "适合油皮和混合肌。", ""),
        "s.split": lib.script("防晒 晒霜", "霜白", "白露"),
        "s.long": lib.script("长期使用会不会依赖", "不会，A醇要建立耐受。", ""),
    }, {"m.txt": lib.material("会员日海报文案", "周三会员日，全场9折", "会员")},
        {"c.50": lib.coupon("满300减50", "{称呼|亲}，送您一张满300减50的券", "限专柜使用")})
    return desk


@pytest.mark.parametrize(("query", "expected"), [
    ("防", {"s.fss", "s.split"}), ("晒霜", {"s.fss", "s.split"}), ("防晒霜", {"s.fss"}),
    ("霜白", {"s.split"}), ("白露", {"s.split"}), ("mb", {"s.mb"}), ("fss", {"s.fss"}),
    ("qtfss", {"s.fss"}), ("cq", {"s.long"}), ("zq", {"s.long"}), ("SK-II", {"s.sk"}),
    ("sk-ii", {"s.sk"}), ("ＳＫ－ＩＩ", {"s.sk"}), ("k-i", {"s.sk"}), ("a醇", {"s.long"}),
    ("vc", {"s.mb"}), ("30ML", {"s.mb"}), ("spf50+", {"s.fss"}), ("pa++++", {"s.fss"}),
    ("9折", {"m.txt"}), ("满300", {"c.50"}), ("专柜", {"c.50"}), ("美白 30ml", {"s.mb"}),
    ("防晒 夏天", {"s.fss"}), ("防晒霜 晒霜", {"s.fss"}),
])
def test_terms_are_substrings_of_a_field_or_the_title_initials(library, query, expected):
    assert _uids(library, query) == expected


def test_a_term_never_spans_whitespace_or_two_fields(library):
    assert _uids(library, "晒晒") == set()  # "防晒 晒霜": two runs
    assert _uids(library, "白白") == set()  # body "霜白", keywords "白露"
    assert _uids(library, "霜霜") == set()


@pytest.mark.parametrize("query", ['"a" OR', "SK-II", "NEAR(a b)", "*", "a*", "^美",
                                   "title:美", "{title}:x", "(", ")", "-", "AND", "NOT 美",
                                   '"', "''", "\\", "%", "_", "美 OR 白"])
def test_user_text_is_never_fts5_syntax(library, query):
    live = search_oracle.items(library.paths.database)
    expected, _, _ = search_oracle.search(live, query)
    assert {(h.kind, h.uid) for h in library.library.search(query, ALL, limit=1000).hits} \
        == expected


def test_retired_items_leave_the_index_in_the_same_write(library):
    lib.apply(library, 2, {"s.mb": lib.script("美白精华怎么用", "改过的正文", "")})
    assert _uids(library, "防晒") == set()
    assert _uids(library, "改过") == {"s.mb"}
    assert _uids(library, "早晚") == set()
    assert library.library.index_size() == 1


def test_a_failed_write_leaves_items_and_index_as_they_were(library):
    before = library.library.index_size()
    with pytest.raises(RuntimeError), library.ctx.db.write() as s:
        from advisor_desk.store import content_writer

        content_writer.sync(s, lib.rows(2, {"s.new": lib.script("全新的话术", "正文")}),
                            store_code="SH001", now=library.clock.now(), dry_run=False)
        raise RuntimeError("crash before commit")
    assert library.library.index_size() == before
    assert _uids(library, "全新") == set()
    assert _uids(library, "防晒霜") == {"s.fss"}


def test_a_pack_cannot_take_over_a_personal_uid_and_the_index_is_untouched(library):
    from advisor_desk.domain.library import ScriptFields

    advisor, _ = library.advisors.add("林晓雯")
    uid, _ = library.library.new_script(ScriptFields("我的开场白", "{称呼|亲}，我是小林"),
                                        advisor_id=advisor.id)
    with pytest.raises(ContentInvalid):
        lib.apply(library, 2, {uid: lib.script("总部的", "覆盖")})
    assert _uids(library, "开场白", advisor_id=advisor.id) == {uid}
    assert _uids(library, "开场白") == set()  # personal items are their owner's


def test_rebuild_repairs_a_damaged_index(library):
    with library.ctx.db.write() as s:
        s.execute(text("DELETE FROM search_fts WHERE rowid >> 40 = 3"))  # the scripts
    assert _uids(library, "防晒") == set()
    assert library.library.rebuild_index() == 7
    assert _uids(library, "防晒") == {"s.fss", "s.split"}


def test_validity_window_hides_expired_items_unless_asked(desk):
    today = desk.clock.today()
    lib.apply(desk, 1, {}, {
        "m.old": lib.material("旧海报", "过期", valid_to=date(2026, 11, 1)),
        "m.now": lib.material("新海报", "有效", valid_from=date(2026, 11, 1),
                              valid_to=today),
        "m.soon": lib.material("预告海报", "未开始", valid_from=date(2026, 12, 1)),
    }, {"c.old": lib.coupon("旧券", "过期", valid_to=date(2026, 10, 1))})
    assert _uids(desk, "海报", SearchFilter()) == {"m.now"}
    assert _uids(desk, "海报", ALL) == {"m.old", "m.now", "m.soon"}
    assert _uids(desk, "", SearchFilter()) == {"m.now"}


def test_upgrade_from_0001_with_data_indexes_existing_items(tmp_path, paths, clock):
    from advisor_desk import locate

    scripts = tmp_path / "db0001"
    shutil.copytree(locate.db_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for later in scripts.glob("versions/*.py"):
        if not later.name.startswith("0001"):
            later.unlink()
    migrations.prepare(paths.database, paths.backups, clock.now(), script_location=scripts,
                       head="0001", known=("0001",))
    with sqlite3.connect(paths.database) as conn:
        conn.execute("INSERT INTO scripts (uid, kind, title, body, keywords, origin, retired) "
                     "VALUES ('old.1', 'qa', '老数据里的问题', '老答案', '', 'hq', 0)")
    desk = open_desk(paths, clock)
    try:
        assert migrations.read_revision(paths.database) == HEAD_REVISION
        assert _uids(desk, "老数据") == {"old.1"}
        with desk.ctx.db.read() as s:
            assert search_index.is_current(s)
    finally:
        desk.close()


def test_stored_columns_read_from_the_content_table_match_the_virtual_table(library):
    """search_query reads FTS5's content table directly for speed; this pins its layout."""
    from advisor_desk.store import search_query

    with search_query.connection(library.ctx.db) as conn:
        direct = conn.execute("SELECT id, c4, c5, c6, c7, c8, c9 FROM search_fts_content "
                              "ORDER BY id").fetchall()
        virtual = conn.execute("SELECT rowid, uid, label, snippet, meta, valid_from, valid_to "
                               "FROM search_fts ORDER BY rowid").fetchall()
        assert direct == virtual and len(direct) == 7
        ids = [r[0] for r in direct]
        made = search_query.hits(conn, ids, {i: 0 if n < 2 else 1 if n < 3 else 2
                                             for n, i in enumerate(ids)})
    assert [made[i].uid for i in ids] == [r[1] for r in virtual]
    assert sum(h.title_hit for h in made.values()) == 3
    assert sum(h.by_initials for h in made.values()) == 1
