"""Practice sessions without the UI: the prospect's replies, the ask log, grading and the stored attempt."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview import training
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven
from interview.training.practice import (
    QUESTION_ASKED,
    Practice,
    logged_asks,
    progress,
    prospect_reply,
    report_doc,
)
from interview.training.scripted import perfect_run, question_for, scripted_run
from question_banks.catalog import Catalog, discover
from question_banks.model import Question
from question_banks.scenarios import Reply, ScenarioCatalog
from storage.errors import StorageError
from storage.repository import Store
from storage.training_records import AttemptRecord


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    found = discover()
    assert found.problems == []
    return found


@pytest.fixture(scope="module")
def engine(catalog: Catalog) -> Engine:
    return Engine({bank_id: entry.bank for bank_id, entry in catalog.entries.items()})


@pytest.fixture(scope="module")
def scenarios(catalog: Catalog) -> ScenarioCatalog:
    return training.discover(catalog=catalog)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path}/practice.db")
    yield opened
    opened.close()


def _question(engine: Engine, question_id: str) -> Question:
    return engine.index.questions[question_id]


def test_replies_by_question_id_fact_once_asked_and_default(
    engine: Engine, scenarios: ScenarioCatalog
) -> None:
    deal = scenarios.scenario("meddic_sound_deal")
    # A question without a fact: its reply is keyed by its id.
    said, scripted = prospect_reply(deal, _question(engine, "meddic.metrics.baseline"), lang="en")
    assert scripted and said.startswith("Yes, three days on average")
    # A question with a fact: the fact's reply, whichever bank asks it, in the call's language.
    for question_id in ("meddic.identify_pain.pain", "bant.need.pain"):
        question = _question(engine, question_id)
        assert question.fact == "need.pain"
        said, scripted = prospect_reply(deal, question, lang="fr")
        assert scripted and said == "Chaque devis passe par trois services et une pile de tableurs."
    # Nothing scripted: the default reply.
    unscripted = _question(engine, "bant.budget.cycle")
    assert prospect_reply(deal, unscripted, lang="en") == (deal.default_reply.en, False)
    assert prospect_reply(deal, unscripted, lang="fr") == (deal.default_reply.fr, False)

    crm = scenarios.scenario("crm_mobile_app")
    pain = question_for(crm, engine, "need.pain")
    assert prospect_reply(crm, pain)[0] == "We need a mobile CRM app, that's the problem."
    dug = prospect_reply(crm, pain, asked={"meddic.decision_criteria.real_impact"})[0]
    assert dug.startswith("The real problem is the visit reports")


def test_a_reply_by_question_id_wins_over_its_fact(engine: Engine, scenarios: ScenarioCatalog) -> None:
    deal = scenarios.scenario("meddic_sound_deal")
    question = question_for(deal, engine, "need.pain")
    by_id = Reply(ref=question.id, say=training.grading.tr("By id", "Par id"))
    scenario = dataclasses.replace(deal, replies=(*deal.replies, by_id))
    assert prospect_reply(scenario, question) == ("By id", True)


def _started(
    store: Store, engine: Engine, catalog: Catalog, scenarios: ScenarioCatalog, **kw: object
) -> Practice:
    scenario = scenarios.scenario(str(kw.pop("scenario_id", "meddic_sound_deal")))
    options: dict[str, object] = {"trainee": "[bold]Léa[/]", "lang": "en", **kw}
    return Practice.start(store, engine, catalog, scenario, **options)  # type: ignore[arg-type]


def test_asks_are_logged_and_once_asked_follows_the_log(
    store: Store, engine: Engine, catalog: Catalog, scenarios: ScenarioCatalog
) -> None:
    practice = _started(store, engine, catalog, scenarios, scenario_id="crm_mobile_app", lang="fr")
    crm = practice.scenario
    pain = question_for(crm, engine, "need.pain")
    impact = question_for(crm, engine, "meddic.decision_criteria.real_impact")
    first = practice.ask(pain.id)
    assert first.reply.startswith("Il nous faut une application CRM mobile") and first.scripted
    practice.ask(impact.id)
    again = practice.ask(pain.id)  # dug deeper: the real pain comes out
    assert again.reply.startswith("Le vrai problème")
    unscripted = next(q for q in engine.banks["meddic"].questions() if crm.reply(q.key) is None)
    assert practice.ask(unscripted.id).reply == crm.default_reply.fr

    stored = store.events(practice.recording.record.id)
    assert [(e.kind, e.question_id) for e in stored] == [
        (QUESTION_ASKED, pain.id),
        (QUESTION_ASKED, impact.id),
        (QUESTION_ASKED, pain.id),
        (QUESTION_ASKED, unscripted.id),
    ]
    assert stored[0].payload == {"reply": first.reply}
    assert stored[-1].payload == {"reply": crm.default_reply.fr, "scripted": False}
    assert logged_asks(stored, engine) == practice.asks
    assert practice.recording.events == []  # asking records nothing: the trainee records answers
    # A practice run is never offered for resuming, nor listed with the team's interviews.
    assert store.unfinished() == [] and store.list_interviews() == []
    assert store.interview(practice.recording.record.id).status == "practice"


def test_a_refused_ask_is_not_kept(
    store: Store,
    engine: Engine,
    catalog: Catalog,
    scenarios: ScenarioCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    practice = _started(store, engine, catalog, scenarios)
    question = question_for(practice.scenario, engine, "need.pain")

    def refuse(*_args: object, **_kw: object) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(store, "append_event", refuse)
    with pytest.raises(StorageError, match="disk full"):
        practice.ask(question.id)
    assert practice.asks == []


def test_a_perfect_practice_grades_100_and_is_stored(
    store: Store, engine: Engine, catalog: Catalog, scenarios: ScenarioCatalog
) -> None:
    practice = _started(store, engine, catalog, scenarios, exam=True)
    rec = practice.recording
    for event in perfect_run(practice.scenario, engine, rec.reference_date):
        assert isinstance(event, AnswerGiven)
        practice.ask(event.question_id)
        rec.commit_answer(AnswerGiven(event.question_id, event.value, rec.now()))
    report = practice.grade()
    assert report.score == 100, report.summary.en
    at = dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)
    attempt = practice.save(report, at=at)
    assert practice.save(report) is attempt  # once

    [stored] = store.attempts(trainee="[bold]Léa[/]")
    assert stored == attempt
    assert (stored.scenario_id, stored.exam, stored.score, stored.graded_at) == (
        "meddic_sound_deal",
        True,
        100,
        at,
    )
    assert stored.report["format"] == 1 and stored.report["score"] == 100
    assert stored.report["missed"] == [] and len(stored.report["caught"]) == len(report.signals)
    assert json.loads(json.dumps(stored.report)) == report_doc(report)
    record = store.interview(rec.record.id)
    assert record.status == "practice" and record.ended_at is not None
    assert store.list_interviews() == [] and store.unfinished() == []


def test_a_poor_practice_names_what_it_missed(
    store: Store, engine: Engine, catalog: Catalog, scenarios: ScenarioCatalog
) -> None:
    practice = _started(store, engine, catalog, scenarios)
    rec = practice.recording
    scenario = practice.scenario
    events = scripted_run(
        scenario,
        engine,
        rec.reference_date,
        order=["budget.amount", "authority.role", "metrics.target"],
        values={"authority.role": "final_decider"},
    )
    for event in events:
        assert isinstance(event, AnswerGiven)
        rec.commit_answer(AnswerGiven(event.question_id, event.value, rec.now()))
    report = practice.grade()
    assert report.score < 60
    doc = report_doc(report)
    assert "authority.role" in report.facts_with("wrong")
    wrong = next(f for f in doc["facts"] if f["ref"] == "authority.role")
    assert (
        wrong["status"] == "wrong" and wrong["truth"] == "influencer" and wrong["recorded"] == "final_decider"
    )
    assert "champion" in wrong["explanation"]["en"] or "MEDDIC" in wrong["explanation"]["en"]
    budget = next(f for f in doc["facts"] if f["ref"] == "budget.amount")
    assert budget["truth"] == {"amount": 48000, "currency": "EUR"}
    assert {m["ref"] for m in doc["missed_questions"]} >= {"need.pain", "champion.named"}
    assert any(m["ref"] == "metrics.target > budget.amount" for m in doc["order_mistakes"])
    assert doc["missed"] and doc["reference_date"] == rec.reference_date.isoformat()
    assert {"en", "fr"} == set(doc["summary"])


def test_a_failed_save_can_be_tried_again_without_writing_twice(
    store: Store,
    engine: Engine,
    catalog: Catalog,
    scenarios: ScenarioCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    practice = _started(store, engine, catalog, scenarios)
    report = practice.grade()
    real = store.record_attempt

    def refuse(*_args: object, **_kw: object) -> AttemptRecord:
        raise StorageError("database is locked")

    monkeypatch.setattr(store, "record_attempt", refuse)
    with pytest.raises(StorageError):
        practice.save(report)
    assert practice.ended and practice.attempt is None
    monkeypatch.setattr(store, "record_attempt", real)
    attempt = practice.save(report)
    assert attempt.score == report.score
    kinds = [e.kind for e in store.events(practice.recording.record.id)]
    assert kinds.count("interview_ended") == 1
    assert len(store.attempts()) == 1


def _attempt(n: int, trainee: str, scenario_id: str, score: float, day: int) -> AttemptRecord:
    at = dt.datetime(2026, 11, day, tzinfo=dt.UTC)
    return AttemptRecord(n, n, trainee, scenario_id, False, score, {}, at)


def test_progress_per_trainee_and_scenario() -> None:
    rows = [
        _attempt(1, "Zoé", "a", 40, 1),
        _attempt(2, "léa", "b", 70, 2),
        _attempt(3, "Zoé", "a", 90, 3),
        _attempt(4, "Zoé", "a", 75, 4),
    ]
    found = progress(rows)
    assert [(p.trainee, p.scenario_id, len(p.attempts)) for p in found] == [("léa", "b", 1), ("Zoé", "a", 3)]
    zoe = found[1]
    assert (zoe.first, zoe.best, zoe.last, zoe.change) == (40, 90, 75, 35)


def test_practice_never_imports_textual() -> None:
    code = (
        "import sys, interview.training.practice; "
        "print([m for m in sys.modules if m.split('.')[0] == 'textual'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
