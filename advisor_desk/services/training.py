"""Training: decks for presenter mode, practice cards with Leitner boxes, what's new.

Every script shown here is filled for the sample customer 王姐 (``domain.training``), never for
a real customer: a presenter window on a projector shows no customer data.

Each practice answer is one transaction: the advisor's box for the card and a journal event
``practice.answered`` (the rankings count these; docs/training.md gives the payload).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from advisor_desk.domain import practice
from advisor_desk.domain.changes import Changes
from advisor_desk.domain.errors import N_, InvalidInput, NotFound
from advisor_desk.domain.practice import CardState, PracticeScore
from advisor_desk.domain.training import (
    DECK_NEW,
    DECK_PLAYBOOK,
    DECK_SCENE,
    DECK_STEPS,
    Card,
    Deck,
    DeckInfo,
    PracticeQueue,
    Slide,
    WhatsNew,
    deck_key,
    fill_sample,
    is_practice_card,
    sample_values,
    split_deck_key,
)
from advisor_desk.services.context import ServiceContext
from advisor_desk.store import advisors_repo, journal, settings_repo, training_repo
from advisor_desk.store.training_repo import PRACTICE_EVENT, ScriptRow

TRAINING_CHANGED = Changes(training=True)


class TrainingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _values(self, s, advisor_id: int | None) -> dict[str, str]:
        advisor = advisors_repo.get(s, advisor_id) if advisor_id else None
        return sample_values(advisor=advisor.name if advisor else None,
                             store=settings_repo.get(s, "store_name", "") or "",
                             today=self._ctx.clock.today())

    # ------------------------------------------------------------------ decks
    def decks(self) -> list[DeckInfo]:
        """What a trainer can present: what's new (when a pack brought news), the 7 sales
        steps, each playbook, each scene with scripts."""
        with self._ctx.db.read() as s:
            out: list[DeckInfo] = []
            news = training_repo.last_news(s)
            if news is not None and news[2]:
                out.append(DeckInfo(DECK_NEW, DECK_NEW, "", len(news[2]),
                                    training_repo.pack_title(s, news[0], news[1])))
            stepped = training_repo.hq_scripts(s, with_step=True)
            if stepped:
                sections = len({r.sales_step for r in stepped})
                out.append(DeckInfo(DECK_STEPS, DECK_STEPS, "", len(stepped) + sections))
            out += [DeckInfo(deck_key(DECK_PLAYBOOK, uid), DECK_PLAYBOOK, name, steps,
                             description)
                    for uid, name, description, steps in training_repo.playbooks(s)]
            out += [DeckInfo(deck_key(DECK_SCENE, key), DECK_SCENE, name, count)
                    for key, name, count in training_repo.scene_counts(s)]
        return out

    def deck(self, key: str, *, advisor_id: int | None = None) -> Deck:
        """The slides of a deck, scripts filled for the sample customer."""
        kind, arg = split_deck_key(key)
        with self._ctx.db.read() as s:
            values = self._values(s, advisor_id)
            if kind == DECK_STEPS:
                return self._steps_deck(s, values)
            if kind == DECK_SCENE and arg:
                rows = training_repo.hq_scripts(s, scene=arg)
                name = next((n for k, n, _ in training_repo.scene_counts(s) if k == arg), None)
                if name is not None:
                    slides = tuple(_script_slide(r, values) for r in rows)
                    return Deck(DeckInfo(key, kind, name, len(slides)), slides)
            if kind == DECK_PLAYBOOK and arg:
                found = training_repo.playbook_steps(s, arg)
                if found is not None:
                    name, description, steps = found
                    slides = tuple(_step_slide(step, values) for step in steps)
                    return Deck(DeckInfo(key, kind, name, len(slides), description), slides)
            if kind == DECK_NEW:
                news = training_repo.last_news(s)
                if news is not None and news[2]:
                    pack_id, version, items = news
                    rows = training_repo.scripts_by_uid(s, [uid for uid, _ in items])
                    slides = tuple(_script_slide(rows[uid], values, change)
                                   for uid, change in items if uid in rows)
                    return Deck(DeckInfo(key, kind, "", len(slides),
                                         training_repo.pack_title(s, pack_id, version)), slides)
        raise NotFound(N_("This training deck is no longer available."))

    def _steps_deck(self, s, values: dict[str, str]) -> Deck:
        slides: list[Slide] = []
        for row in training_repo.hq_scripts(s, with_step=True):
            if not slides or slides[-1].sales_step != row.sales_step:
                slides.append(Slide("section", "", sales_step=row.sales_step))
            slides.append(_script_slide(row, values))
        return Deck(DeckInfo(DECK_STEPS, DECK_STEPS, "", len(slides)), tuple(slides))

    # ------------------------------------------------------------------ practice
    def practice_queue(self, advisor_id: int, *, on: date | None = None) -> PracticeQueue:
        """Today's cards for this advisor: due ones first, then a few new ones."""
        on = on or self._ctx.clock.today()
        with self._ctx.db.read() as s:
            rows = training_repo.practice_scripts(s, advisor_id)
            states = training_repo.card_states(s, advisor_id)
            values = self._values(s, advisor_id)
        # practice cards, plus any script this advisor has practised (what's new)
        cards = [r for r in rows if is_practice_card(r.kind, r.scene, r.sales_step)
                 or r.uid in states]
        plan = practice.daily_queue([r.uid for r in cards], states, on)
        by_uid = {r.uid: r for r in cards}
        return PracticeQueue(on, tuple(_card(by_uid[uid], values, states.get(uid))
                                       for uid in plan.uids), len(plan.due), len(plan.new))

    def answer(self, advisor_id: int | None, uid: str, knew: bool) -> tuple[CardState, Changes]:
        """会了 (``knew``) or 还不熟 for one card: the box moves, the answer is journalled and
        the script counts as seen (what's new)."""
        if advisor_id is None:
            raise InvalidInput(N_("Choose who you are in the toolbar first: practice is kept "
                                  "per advisor."))
        ctx = self._ctx
        now, today = ctx.clock.now(), ctx.clock.today()
        with ctx.db.write() as s:
            if not training_repo.scripts_by_uid(s, [uid]):
                raise NotFound(N_("This item is no longer in the library."))
            before = training_repo.card_state(s, advisor_id, uid)
            after = practice.answer(before, uid, knew, today)
            training_repo.save_state(s, advisor_id, after, now)
            journal.record(s, kind=PRACTICE_EVENT, at=now, device_id=ctx.device_id,
                           advisor_id=advisor_id,
                           payload={"card": uid, "knew": knew, "box": after.box,
                                    "from_box": before.box if before else 0,
                                    "due": after.due_on.isoformat()})
            training_repo.mark_seen(s, advisor_id, [uid], now)
        return after, TRAINING_CHANGED

    def score(self, advisor_id: int, *, days: int = 7) -> PracticeScore:
        """Answers in the last ``days`` days (today included) and the boxes as they stand."""
        clock = self._ctx.clock
        since = datetime.combine(clock.today() - timedelta(days=days - 1), time(0), clock.tz)
        with self._ctx.db.read() as s:
            answered, known = training_repo.answers_since(s, advisor_id, since)
            states = training_repo.card_states(s, advisor_id)
        return PracticeScore(answered, known, len(states),
                             sum(1 for st in states.values() if st.mastered))

    # ------------------------------------------------------------------ what's new
    def whats_new(self, advisor_id: int) -> WhatsNew:
        with self._ctx.db.read() as s:
            unseen = training_repo.unseen_news(s, advisor_id)
            last = training_repo.last_news(s)
            title = training_repo.pack_title(s, last[0], last[1]) if last else ""
        uids = tuple(dict.fromkeys(uid for _, uid, _ in unseen))
        return WhatsNew(uids, title, last[1] if last else None)

    def whats_new_cards(self, advisor_id: int) -> PracticeQueue:
        """The scripts this advisor has not seen since HQ added or changed them, as cards."""
        with self._ctx.db.read() as s:
            unseen = training_repo.unseen_news(s, advisor_id)
            changes = {uid: change for _, uid, change in unseen}
            rows = training_repo.scripts_by_uid(s, list(changes))
            states = training_repo.card_states(s, advisor_id)
            values = self._values(s, advisor_id)
        cards = tuple(_card(rows[uid], values, states.get(uid), change)
                      for uid, change in changes.items() if uid in rows)
        return PracticeQueue(self._ctx.clock.today(), cards, 0, len(cards))

    def mark_seen(self, advisor_id: int | None, uids: list[str]) -> Changes:
        """The advisor has looked at these scripts (a slide shown, a card revealed)."""
        if advisor_id is None or not uids:
            return Changes()
        with self._ctx.db.write() as s:
            marked = training_repo.mark_seen(s, advisor_id, uids, self._ctx.clock.now())
        return TRAINING_CHANGED if marked else Changes()


def _script_slide(row: ScriptRow, values: dict[str, str], change: str | None = None) -> Slide:
    return Slide("script", row.title, fill_sample(row.body, values), uid=row.uid,
                 script_kind=row.kind, sales_step=row.sales_step, scene_name=row.scene_name,
                 keywords=tuple(row.keywords.split()), channel=row.channel, change=change)


def _step_slide(step: training_repo.StepRow, values: dict[str, str]) -> Slide:
    script = step.script
    kit = tuple(x for x in (step.material_title, step.coupon_name) if x)
    return Slide("step", step.title, fill_sample(script.body, values) if script else "",
                 uid=script.uid if script else None,
                 script_kind=script.kind if script else None,
                 sales_step=script.sales_step if script else None,
                 scene_name=script.scene_name if script else None,
                 keywords=tuple(script.keywords.split()) if script else (),
                 goal=fill_sample(step.goal, values), offset_days=step.offset_days,
                 channel=step.channel, kit=kit)


def _card(row: ScriptRow, values: dict[str, str], state: CardState | None,
          change: str | None = None) -> Card:
    return Card(row.uid, row.kind, row.title, fill_sample(row.body, values), row.scene_name,
                row.sales_step, state.box if state else None, change)
