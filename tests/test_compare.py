"""Two interviews compared (interview/compare.py), on a real SQLite store: what differs, and why."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from interview.app_factory import AppContext, build_context
from interview.compare import AnswerRow, Comparison, compare, comparison_doc
from interview.demo import CALLS, load_demo
from interview.engine.engine import Engine
from interview.recording import Recording
from interview.settings import load_settings
from storage.repository import Store

Record = Callable[..., int]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Engine, dict[str, int]]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('compare')}/d.db"
    store = Store.open(url)
    context: AppContext = build_context(load_settings({"rep": "T", "database_url": url}, {}))
    ids = load_demo(store, context)
    yield store, context.engine(), {c.key: i for c, i in zip(CALLS, ids, strict=True)}
    store.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path}/q.db")
    yield store
    store.close()


@pytest.fixture
def engine() -> Engine:
    return build_context(load_settings({"rep": "T"}, {})).engine()


@pytest.fixture
def record(store: Store, engine: Engine) -> Record:
    """Record an interview of `lead_id` (a new lead when None) answering `answers` in order."""

    def play(
        answers: Sequence[tuple[str, Any]],
        *,
        lead_id: int | None = None,
        rep: str = "Camille",
        frameworks: Sequence[str] = ("bant", "meddic"),
        ended: bool = True,
    ) -> int:
        if lead_id is None:
            lead_id = store.create_lead("Ann Martin", "Acme").id
        started = store.start_interview(lead_id, rep, frameworks, "en")
        ticks = iter(range(0, 10_000, 30))
        rec = Recording(store, engine, started, clock=lambda: float(next(ticks)))
        for question_id, value in answers:
            rec.answer(question_id, value)
        if ended:
            rec.end()
        return started.id

    return play


def row(comparison: Comparison, key: str) -> AnswerRow:
    rows = [r for r in comparison.answers() if r.key == key]
    assert len(rows) == 1, (key, rows)  # a shared fact shows once
    return rows[0]


def test_follow_up_call_with_the_same_lead(demo: tuple[Store, Engine, dict[str, int]]) -> None:
    store, engine, ids = demo
    c = compare(store, engine, ids["fortune_1000_ceo"], ids["fortune_1000_ceo_follow_up"])
    assert c.same_lead and c.lead_note("en") is None
    calls = {call.key: call for call in CALLS}
    follow_up = calls["fortune_1000_ceo_follow_up"]
    assert follow_up.follows == "fortune_1000_ceo"
    first = calls[follow_up.follows]
    assert (follow_up.lead, follow_up.company, follow_up.role, follow_up.firmographics) == (
        first.lead,
        first.company,
        first.role,
        first.firmographics,
    )
    assert (c.a.lead, c.b.lead) == ("Margaret Hale", "Margaret Hale")
    assert c.a.ended and c.b.ended and c.a.started_at < c.b.started_at
    assert (c.a.stage, c.b.stage) == ("recycled", "sql")
    assert (c.a.deal_potential, c.b.deal_potential) == ("25,000 USD", "60,000 USD")

    amount = row(c, "budget.amount")
    assert amount.status == "different"
    assert amount.a is not None and amount.b is not None
    assert (amount.a.label.en, amount.b.label.en) == ("25,000 USD", "60,000 USD")
    assert row(c, "need.severity").status == "same"
    assert row(c, "budget.allocated").status == "same"
    assert row(c, "authority.decision_makers").status == "different"
    assert row(c, "timeline.compelling_event").status == "different"
    # One fact, asked through MEDDIC in the first call and through BANT in the second.
    quantified = row(c, "need.impact_quantified")
    assert quantified.status == "different" and quantified.a is not None and quantified.b is not None
    assert quantified.a.question_id == "meddic.identify_pain.impact_quantified"
    assert quantified.b.question_id == "bant.need.impact_quantified"
    assert row(c, "meddic.metrics.baseline").status == "only_b"
    assert row(c, "meddic.champion.candidate").status == "only_a"

    bant, meddic = c.frameworks
    assert (bant.id, meddic.id) == ("bant", "meddic")
    assert "need.impact_quantified" in {r.key for cr in bant.criteria for r in cr.answers}
    assert bant.a is not None and bant.b is not None and not bant.verdict_differs
    assert meddic.a is not None and meddic.b is not None and meddic.verdict_differs
    assert (meddic.a.verdict, meddic.b.verdict) == ("disqualified", "qualified")
    presence = {(s.id, s.kind): s.presence for f in c.frameworks for s in f.signals if f.id == "meddic"}
    assert presence[("no_champion", "red_flag")] == "only_a"
    assert presence[("no_measurable_pain", "red_flag")] == "only_a"
    assert presence[("real_pain_critical", "positive")] == "only_b"
    assert presence[("economic_buyer_met", "positive")] == "both"
    assert {s.id: s.presence for s in bant.signals}["event_forces_date"] == "only_a"
    assert c.differences.verdicts == 1 and c.differences.answers >= 15

    doc = json.loads(json.dumps(comparison_doc(c, "fr")))
    assert doc["same_lead"] is True and doc["note"] is None
    assert doc["frameworks"][1]["a"]["verdict"] == "disqualified"
    assert doc["frameworks"][1]["b"]["verdict"] == "qualified"
    assert doc["differences"] == {
        "answers": c.differences.answers,
        "verdicts": 1,
        "scores": c.differences.scores,
        "signals": c.differences.signals,
    }
    severity = next(
        a
        for f in doc["frameworks"]
        for cr in f["criteria"]
        for a in cr["answers"]
        if a["key"] == "need.severity"
    )
    assert severity["status"] == "same"
    assert severity["question"] == engine.index.questions["bant.need.severity"].text.fr


def test_identical_interviews_have_no_difference(store: Store, engine: Engine, record: Record) -> None:
    first = record(
        [
            ("bant.need.pain", "Quotes take three days"),
            ("bant.need.severity", "must_have"),
            ("meddic.metrics.levers", ["time", "money"]),
            ("bant.budget.amount", 20000),
        ]
    )
    lead_id = store.interview(first).lead.id
    second = record(
        [
            ("meddic.identify_pain.pain", "Quotes  take three days "),  # spacing only
            ("meddic.identify_pain.severity", "must_have"),  # the same fact, through MEDDIC
            ("meddic.metrics.levers", ["money", "time"]),  # the same choices, another order
            ("bant.budget.amount", {"amount": 20000, "currency": "EUR"}),  # in the same order:
        ],  # process signals read the order (money asked before need is a difference)
        lead_id=lead_id,
        rep="Léa",
    )
    c = compare(store, engine, first, second)
    assert c.same_lead
    assert c.differences.total == 0, c.differences
    assert [r.status for r in c.answers()] == ["same"] * 4
    itself = compare(store, engine, first, first)
    assert itself.differences.total == 0


def test_two_different_leads(demo: tuple[Store, Engine, dict[str, int]]) -> None:
    store, engine, ids = demo
    c = compare(store, engine, ids["friday_monday_saas"], ids["fortune_1000_ceo"])
    assert not c.same_lead
    note = c.lead_note("en")
    assert note is not None and "Tom Becker (Brightloop)" in note and "Margaret Hale" in note
    assert "Deux contacts différents" in (c.lead_note("fr") or "")
    assert [(f.id, f.presence) for f in c.frameworks] == [
        ("bant", "both"),
        ("faint", "only_a"),
        ("meddic", "only_b"),
    ]
    faint = c.frameworks[1]
    assert faint.b is None and faint.verdict_differs
    assert all(r.status == "only_a" for cr in faint.criteria for r in cr.answers)
    assert comparison_doc(c, "en")["note"] == note


def test_an_unfinished_interview(store: Store, engine: Engine, record: Record) -> None:
    ended = record([("bant.need.severity", "must_have"), ("bant.authority.role", "final_decider")])
    lead_id = store.interview(ended).lead.id
    still_open = record([("bant.need.severity", "important")], lead_id=lead_id, ended=False)
    c = compare(store, engine, ended, still_open)
    assert c.a.ended and not c.b.ended
    assert c.b.elapsed == store.events(still_open)[-1].at
    assert row(c, "need.severity").status == "different"
    assert row(c, "authority.role").status == "only_a"
    bant = c.frameworks[0]
    assert bant.b is not None and bant.b.verdict is not None  # judged so far
    assert comparison_doc(c, "en")["b"]["status"] == "open"


def test_banks_changed_since(store: Store, engine: Engine, record: Record) -> None:
    """A question no bank has now is compared as stored; a framework no longer loaded says so."""
    # Two interviews recorded when the banks still had these questions (and retired_bank).
    first = record([("bant.need.severity", "must_have")], frameworks=("bant", "retired_bank"), ended=False)
    store.append_event(first, "answer_given", 300.0, "bant.need.retired", {"value": "kept in the log"})
    recorded = {"verdicts": {"retired_bank": "nurture"}, "scores": {"retired_bank": 55.0}}
    store.end_interview(first, 400.0, recorded)
    lead_id = store.interview(first).lead.id
    second = record([("bant.need.severity", "must_have")], lead_id=lead_id, ended=False)
    store.append_event(second, "answer_given", 300.0, "bant.need.retired", {"value": "kept in the log"})
    store.append_event(second, "answer_given", 310.0, "bant.gone", {"value": ["a", "b"]})
    store.append_event(second, "answer_given", 320.0, "bant.cleared", {"value": 3})
    store.append_event(second, "answer_cleared", 330.0, "bant.cleared", {})
    c = compare(store, engine, first, second)
    assert c.a.missing == ("retired_bank",) and c.a.removed_answers == 1 and c.b.removed_answers == 2
    retired = next(f for f in c.frameworks if f.id == "retired_bank")
    assert retired.a is not None and not retired.a.loaded and retired.b is None and retired.criteria == ()
    assert (retired.a.verdict, retired.a.score) == ("nurture", 55.0)
    others = {r.key: r for r in c.others}
    assert set(others) == {"bant.need.retired", "bant.gone"}
    assert not others["bant.need.retired"].in_banks and others["bant.need.retired"].status == "same"
    gone = others["bant.gone"]
    assert gone.status == "only_b" and gone.b is not None and gone.b.label.en == '["a", "b"]'
    doc = comparison_doc(c, "en")
    assert {a["key"]: a["note"] for a in doc["other_answers"]}["bant.gone"].startswith("question no loaded")


def test_compare_does_not_import_textual() -> None:
    code = "import sys, interview.compare; print([m for m in sys.modules if m.split('.')[0] == 'textual'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
