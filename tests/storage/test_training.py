"""Training data (SQLite and PostgreSQL): practice runs stay out of the team's figures; attempts
and quiz results are kept per trainee."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.errors import StorageError
from storage.repository import Listing, Store
from storage.stats import Scope, dashboard, known_reps

DAY = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
SUMMARY = {
    "verdicts": {"bant": "qualified"},
    "scores": {"bant": 80.0},
    "coverage": {"bant": 0.75},
    "criteria": {"bant": {"need": {"coverage": 1.0, "score": 90.0}}},
    "signals": [{"bank_id": "bant", "signal": "money_before_need", "kind": "warning", "scope": "process"}],
    "stage": "sql",
    "red_flags": 0,
}


def test_practice_runs_stay_out_of_listings_and_figures(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        lead = store.create_lead("Ann Real", "Acme")
        persona = store.create_lead("Margaret Hale", "Halebridge (scenario)")
        real = store.start_interview(lead.id, "camille", ["bant"], "en", {"bant": "h"}, started_at=DAY)
        practice = store.start_interview(
            persona.id, "trainee", ["bant"], "en", {"bant": "h"}, started_at=DAY, practice=True
        )
        assert practice.status == "practice" and practice.banks == {}
        for interview_id in (real.id, practice.id):
            store.end_interview(interview_id, 600.0, SUMMARY)
        kept = store.interview(practice.id)
        assert kept.status == "practice" and kept.summary == SUMMARY  # the summary is kept whole
        assert kept.duration == 600.0

        assert [r.id for r in store.list_interviews()] == [real.id]
        assert [r.id for r in store.list_interviews(framework="bant")] == [real.id]
        assert store.count_listed(Listing()) == 1
        assert store.count_listed(Listing(framework="bant")) == 1
        assert [r.id for r in store.list_interviews(status="practice")] == [practice.id]  # when asked
        assert store.unfinished() == []

        figures = dashboard(store, Scope(since=DAY - dt.timedelta(days=1), until=DAY + dt.timedelta(days=1)))
        assert figures.totals.interviews == 1 and figures.totals.ended == 1
        assert figures.stages == {"sql": 1}
        (bank,) = figures.banks
        assert bank.verdicts == {"qualified": 1}
        assert [s.interviews for s in figures.warnings] == [1]
        assert [r.rep for r in figures.reps] == ["camille"]
        assert known_reps(store) == ("camille",)  # the trainee ran practice only
    finally:
        store.close()


def test_attempts_and_quiz_results_per_trainee_in_time_order(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        persona = store.create_lead("Sophie Lambert", "Maison Verdier")
        runs = [
            store.start_interview(persona.id, who, ["champ"], "fr", practice=True).id
            for who in ("Léa", "Léa", "Yanis")
        ]
        report = {"score": 55, "missed": ["priority.level"]}
        second = store.record_attempt(
            runs[1], "Léa", "agency_minimum_budget", exam=True, score=82.5, report=report, at=DAY
        )
        first = store.record_attempt(
            runs[0],
            "Léa",
            "agency_minimum_budget",
            exam=False,
            score=55,
            report=report,
            at=DAY - dt.timedelta(days=2),
        )
        store.record_attempt(runs[2], "Yanis", "crm_mobile_app", exam=False, score=70, report={})
        assert [a.id for a in store.attempts("Léa")] == [first.id, second.id]  # oldest first
        assert store.attempts("Léa")[1].exam and store.attempts("Léa")[1].score == 82.5
        assert store.attempts("Léa")[0].report == report
        assert [a.trainee for a in store.attempts(scenario_id="crm_mobile_app")] == ["Yanis"]
        assert len(store.attempts()) == 3

        store.record_quiz("Léa", None, 10, 7, at=DAY)
        store.record_quiz("Léa", "meddic", 5, 5, at=DAY - dt.timedelta(hours=1))
        store.record_quiz("Yanis", "bant", 10, 2)
        assert [(q.bank_id, q.right) for q in store.quiz_results("Léa")] == [("meddic", 5), (None, 7)]
        assert len(store.quiz_results()) == 3
        with pytest.raises(StorageError, match="cannot have 11 right"):
            store.record_quiz("Léa", None, 10, 11)

        # Forgetting the persona's lead takes its practice runs and their attempts with it.
        store.forget_lead(persona.id)
        assert store.attempts() == []
    finally:
        store.close()
