"""Search equals the brute-force oracle, whatever happened to the items (docs/library.md):
HQ inserts, updates and retirements (through the content writer, as packs do), personal
scripts added, edited and deleted, usage and favourites that move items into the ranked set."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, rule

from advisor_desk.domain.clock import FixedClock
from advisor_desk.domain.library import ScriptFields, SearchFilter
from advisor_desk.domain.pinyin import letter_options, words
from advisor_desk.domain.text_index import normalize, title_initials
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk
from tests.support import library_rows as lib
from tests.support import search_oracle

ALPHABET = "美白防晒霜长期行乐敏感肌水的怎么办报名aAbSKIsk03-%.+ＡＳ０ 　"
TEXT = st.text(alphabet=ALPHABET, min_size=1, max_size=14).filter(lambda t: t.strip())
BODY = st.text(alphabet=ALPHABET, max_size=30)
UIDS = st.sampled_from([f"o.{n}" for n in range(6)])
KINDS = st.sampled_from(["script", "material", "coupon"])
EVERYTHING = SearchFilter(include_expired=True)
_template: dict[str, Path] = {}


def _fresh_desk():
    """A migrated database with two advisors, copied from a template made once."""
    if "db" not in _template:
        base = Path(tempfile.mkdtemp(prefix="oracle-template-"))
        desk = open_desk(AppPaths.under(base), FixedClock.at_local(date(2026, 11, 24), 10))
        desk.settings.update(store_code="SH001")
        first, _ = desk.advisors.add("甲")
        desk.advisors.add("乙", session=desk.advisors.unlock(first.id))
        desk.close()
        _template["db"] = AppPaths.under(base).database
    root = Path(tempfile.mkdtemp(prefix="oracle-"))
    paths = AppPaths.under(root).ensure()
    shutil.copyfile(_template["db"], paths.database)
    return root, open_desk(paths, FixedClock.at_local(date(2026, 11, 24), 10))


class SearchMachine(RuleBasedStateMachine):
    personal = Bundle("personal")

    @initialize()
    def start(self) -> None:
        self.root, self.desk = _fresh_desk()
        self.advisors = [a.id for a in self.desk.advisors.list()]
        self.hq: dict[str, dict[str, dict]] = {"script": {}, "material": {}, "coupon": {}}
        self.version = 0

    def teardown(self) -> None:
        if hasattr(self, "desk"):
            self.desk.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _sync(self) -> None:
        self.version += 1
        lib.apply(self.desk, self.version, self.hq["script"], self.hq["material"],
                  self.hq["coupon"])

    @rule(kind=KINDS, uid=UIDS, title=TEXT, body=BODY, keywords=BODY)
    def put_hq_item(self, kind, uid, title, body, keywords) -> None:
        make = {"script": lib.script, "material": lib.material, "coupon": lib.coupon}[kind]
        self.hq[kind][uid] = make(title.strip()[:60] or "x", body, keywords)
        self._sync()

    @rule(kind=KINDS, data=st.data())
    def retire_hq_item(self, kind, data) -> None:
        if self.hq[kind]:
            uid = data.draw(st.sampled_from(sorted(self.hq[kind])))
            del self.hq[kind][uid]
            self._sync()

    @rule(target=personal, owner=st.integers(0, 1), title=TEXT, body=TEXT)
    def add_personal(self, owner, title, body):
        uid, _ = self.desk.library.new_script(ScriptFields(title, body),
                                              advisor_id=self.advisors[owner])
        return (uid, self.advisors[owner])

    @rule(item=personal, title=TEXT, body=TEXT)
    def edit_personal(self, item, title, body) -> None:
        uid, owner = item
        if _exists(self, uid):
            self.desk.library.update_script(uid, ScriptFields(title, body), advisor_id=owner)

    @rule(item=personal)
    def delete_personal(self, item) -> None:
        uid, owner = item
        if _exists(self, uid):
            self.desk.library.delete_script(uid, advisor_id=owner)

    @rule(data=st.data(), favourite=st.booleans())
    def use_an_item(self, data, favourite) -> None:
        live = search_oracle.items(self.desk.paths.database)
        if live:
            item = data.draw(st.sampled_from(live))
            advisor = item.owner or self.advisors[0]
            if favourite:
                self.desk.library.set_favourite(item.kind, item.uid, True, advisor_id=advisor)
            else:
                self.desk.library.record_copy(item.kind, item.uid, advisor_id=advisor,
                                              customer_id=None)

    @rule(data=st.data(), who=st.integers(0, 1))
    def search_equals_the_oracle(self, data, who) -> None:
        live = search_oracle.items(self.desk.paths.database)
        advisor = self.advisors[who]
        for query in data.draw(st.lists(queries(live), min_size=1, max_size=12)):
            result = self.desk.library.search(query, EVERYTHING, advisor_id=advisor,
                                              limit=10_000)
            found = [(h.kind, h.uid) for h in result.hits]
            expected, titles, initials = search_oracle.search(live, query, advisor)
            assert set(found) == expected, query
            assert len(found) == len(set(found))
            assert {(h.kind, h.uid) for h in result.hits if h.title_hit} == titles, query
            assert {(h.kind, h.uid) for h in result.hits if h.by_initials} == initials, query
            tiers = [0 if h.title_hit and not h.by_initials else 1 if h.title_hit else 2
                     for h in result.hits]
            assert tiers == sorted(tiers), "title characters, then initials, then the rest"


def _exists(machine: SearchMachine, uid: str) -> bool:
    return any(i.uid == uid for i in search_oracle.items(machine.desk.paths.database))


def queries(live: list[search_oracle.Item]):
    """Substrings of what is there (text and pinyin initials), alone or in pairs, and noise."""
    pieces = []
    for item in live:
        readings = title_initials(normalize(item.title), letter_options, words).anchored
        readings += tuple(a for k in normalize(item.keywords).split()
                          for a in title_initials(k, letter_options, words).anchored)
        fields = (item.title, *item.others, *readings)
        joined = "".join("".join(normalize(f).split()) for f in fields)  # across boundaries
        for text in (*fields, joined):
            text = normalize(text)
            for size in (1, 2, 3, 4):
                pieces += [text[i:i + size] for i in range(0, max(0, len(text) - size + 1), 3)]
    pieces = [p for p in pieces if p.strip()] or ["美"]
    one = st.sampled_from(pieces) | st.text(alphabet=ALPHABET, min_size=1, max_size=3)
    return one | st.tuples(one, one).map(" ".join) | st.just("")


TestSearchOracle = SearchMachine.TestCase
TestSearchOracle.settings = settings(
    max_examples=30, stateful_step_count=18, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                           HealthCheck.data_too_large])


@pytest.fixture(autouse=True, scope="module")
def _cleanup_template():
    yield
    if "db" in _template:
        shutil.rmtree(_template.pop("db").parent, ignore_errors=True)
