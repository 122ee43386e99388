"""Training service: decks filled for 王姐, Leitner boxes with a fake clock, the journal,
what's new after pack N+1."""

from __future__ import annotations

import copy
import re

import pytest
from sqlalchemy import select

from advisor_desk import locate
from advisor_desk.domain.errors import InvalidInput, NotFound
from advisor_desk.store import models as m
from tests.domain.test_practice import SESSION
from tests.support.content_factory import base_content
from tests.support.packs import build_pack, make_signer

CARD = {"A": "t.s.001", "B": "t.s.002", "C": "t.s.003"}


@pytest.fixture
def shop(desk, content_dir):
    desk.content.apply(desk.content.read_folder(content_dir))
    advisor, _ = desk.advisors.add("林晓雯")
    return desk, advisor


def test_a_session_of_ten_answers_matches_the_table_with_a_fake_clock(shop):
    desk, advisor = shop
    first = desk.training.practice_queue(advisor.id)
    assert (first.due, first.new) == (0, 5)  # the 5 test scripts are Q&A or objections
    for day, card, knew, box, due in SESSION:
        while desk.clock.today() < day:
            desk.clock.advance(days=1)
        queue = desk.training.practice_queue(advisor.id)
        due_now = [c.uid for c in queue.cards[:queue.due]]
        assert CARD[card] in due_now or CARD[card] in [c.uid for c in queue.cards], \
            f"{card} is in the queue on {day}"
        state, changes = desk.training.answer(advisor.id, CARD[card], knew)
        assert (state.box, state.due_on) == (box, due)
        assert changes.training
    with desk.ctx.db.read() as s:
        rows = {r.script_uid: (r.box, r.due_on) for r in s.scalars(select(m.PracticeCard))}
        events = [(e.advisor_id, e.payload) for e in s.scalars(
            select(m.Event).where(m.Event.kind == "practice.answered").order_by(m.Event.seq))]
    assert rows == {CARD["A"]: (5, SESSION[-1][4]), CARD["B"]: (3, SESSION[6][4]),
                    CARD["C"]: (2, SESSION[7][4])}
    assert len(events) == 10 and {a for a, _ in events} == {advisor.id}
    assert [(p["card"], p["knew"], p["box"]) for _, p in events] == \
        [(CARD[c], k, b) for _, c, k, b, _ in SESSION]
    assert events[1][1] == {"card": CARD["B"], "knew": False, "box": 1, "from_box": 0,
                                 "due": "2026-11-25"}
    score = desk.training.score(advisor.id, days=7)  # 12-02 .. 12-08: one answer
    assert (score.answered, score.known, score.cards, score.mastered) == (1, 1, 3, 1)
    assert desk.training.score(advisor.id, days=30).answered == 10


def test_queue_on_a_day_lists_exactly_the_due_cards_first(shop):
    desk, advisor = shop
    for uid, knew in (("t.s.001", True), ("t.s.002", False), ("t.s.003", True)):
        desk.training.answer(advisor.id, uid, knew)
    desk.clock.advance(days=1)
    queue = desk.training.practice_queue(advisor.id)
    assert queue.due == 1 and queue.cards[0].uid == "t.s.002" and queue.cards[0].box == 1
    assert [c.uid for c in queue.cards[1:]] == ["t.s.004", "t.s.005"]  # new ones after
    desk.clock.advance(days=1)
    queue = desk.training.practice_queue(advisor.id)
    assert [c.uid for c in queue.cards[:queue.due]] == ["t.s.002", "t.s.001", "t.s.003"]


def test_answers_need_an_advisor_and_a_live_script(shop):
    desk, _ = shop
    with pytest.raises(InvalidInput):
        desk.training.answer(None, "t.s.001", True)
    with pytest.raises(NotFound):
        desk.training.answer(1, "t.s.nope", True)


def test_decks_cover_steps_playbooks_and_scenes_filled_for_the_sample_customer(shop):
    desk, advisor = shop
    decks = {d.key: d for d in desk.training.decks()}
    assert set(decks) == {"steps", "playbook:t.p.after", "scene:welcome",
                          "scene:objection_price"}
    price = desk.training.deck("scene:objection_price", advisor_id=advisor.id)
    assert price.info.title == "价格异议" and len(price.slides) == 2
    assert price.slides[0].script == "王姐，这是第2条话术，我是林晓雯。"
    steps = desk.training.deck("steps")
    assert [s.kind for s in steps.slides][:2] == ["section", "script"]
    assert [s.sales_step for s in steps.slides if s.kind == "section"] == [2, 3, 4, 5, 6]
    assert steps.slides[1].script == "王姐，这是第1条话术，我是小林。"  # a sample advisor
    playbook = desk.training.deck("playbook:t.p.after")
    assert [s.offset_days for s in playbook.slides] == [1, 7, 14, 28]
    with pytest.raises(NotFound):
        desk.training.deck("scene:nope")


def test_no_slide_or_card_of_the_demo_content_shows_a_raw_placeholder(desk):
    desk.content.apply(desk.content.read_folder(locate.demo_content_dir()))
    advisor, _ = desk.advisors.add("林晓雯")
    texts = []
    for info in desk.training.decks():
        deck = desk.training.deck(info.key, advisor_id=advisor.id)
        assert len(deck.slides) == info.slides
        texts += [t for s in deck.slides for t in (s.situation, s.script, s.goal)]
    texts += [c.script for c in desk.training.practice_queue(advisor.id).cards]
    assert len(texts) > 300
    assert not [t for t in texts if re.search(r"[{}]", t)]
    price = desk.training.deck("scene:objection_price", advisor_id=advisor.id)
    assert any("王姐" in s.script for s in price.slides)


def test_whats_new_after_importing_pack_n_plus_1(desk, tmp_path):
    hq = make_signer(tmp_path / "keys")
    desk.trust.add(hq.public_file, ("test.",))
    v1 = base_content(scripts=6)
    desk.packs.import_file(build_pack(tmp_path, hq, v1, version=1))
    advisor, _ = desk.advisors.add("林晓雯")
    assert desk.training.whats_new(advisor.id).count == 0  # a first pack is not "news"
    assert "new" not in {d.key for d in desk.training.decks()}

    v2 = copy.deepcopy(v1)
    v2["scripts.json"][2]["body"] = "{称呼|亲}，第3条话术改过了。"  # changed
    v2["scripts.json"][4]["title"] = "新标题5"  # changed
    del v2["scripts.json"][5]  # retired: not news
    v2["scripts.json"].append({"uid": "t.s.new", "kind": "qa", "title": "新问题",
                               "body": "{称呼|亲}，新答案。", "scene": "welcome"})
    desk.clock.advance(minutes=5)
    desk.packs.import_file(build_pack(tmp_path, hq, v2, version=2, title="十二月话术更新"))
    news = desk.training.whats_new(advisor.id)
    assert (news.unseen, news.pack_title, news.pack_version) == (
        ("t.s.new", "t.s.003", "t.s.005"), "十二月话术更新", 2)
    deck = desk.training.deck("new", advisor_id=advisor.id)
    assert [(s.uid, s.change) for s in deck.slides] == [
        ("t.s.new", "new"), ("t.s.003", "changed"), ("t.s.005", "changed")]
    assert deck.slides[1].script == "王姐，第3条话术改过了。"
    cards = desk.training.whats_new_cards(advisor.id)
    assert [c.uid for c in cards.cards] == ["t.s.new", "t.s.003", "t.s.005"]

    assert desk.training.mark_seen(advisor.id, ["t.s.003"]).training
    assert desk.training.whats_new(advisor.id).unseen == ("t.s.new", "t.s.005")
    desk.training.answer(advisor.id, "t.s.new", True)  # a practised card is seen
    assert desk.training.whats_new(advisor.id).unseen == ("t.s.005",)
    assert desk.training.mark_seen(advisor.id, ["t.s.005", "t.s.001"]).training
    assert desk.training.whats_new(advisor.id).count == 0
    assert desk.training.mark_seen(advisor.id, ["t.s.005"]).empty  # nothing left to mark
    desk.clock.advance(minutes=1)
    colleague, _ = desk.advisors.add("陈静", session=desk.advisors.unlock(advisor.id))  # later
    assert desk.training.whats_new(colleague.id).count == 0
    assert next(d.key for d in desk.training.decks()) == "new"  # the trainer still has it
