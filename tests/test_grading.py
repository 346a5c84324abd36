"""Grading a practice interview: perfect runs grade 100, poor runs grade low and say what was missed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest

from interview import training
from interview.app_factory import build_context
from interview.engine.answers import Money
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven, Event, VerdictOverridden
from interview.settings import load_settings
from interview.training.grading import WEIGHTS, GradeReport, grade, matches
from interview.training.scripted import perfect_run, poor_run, question_for, scripted_run
from question_banks.model import Question
from question_banks.scenarios import Scenario, ScenarioCatalog

from .engine.helpers import TODAY, shipped_engine

SHIPPED_IDS = sorted(training.discover().ids())


@pytest.fixture(scope="module")
def engine() -> Engine:
    return shipped_engine()


@pytest.fixture(scope="module")
def scenarios() -> ScenarioCatalog:
    found = training.discover()
    assert found.problems == []
    return found


def run_grade(scenario: Scenario, engine: Engine, events: Sequence[Event]) -> GradeReport:
    return grade(scenario, engine, events, TODAY)


@pytest.mark.parametrize("scenario_id", SHIPPED_IDS)
def test_a_perfect_run_grades_100(scenario_id: str, engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario(scenario_id)
    report = run_grade(scenario, engine, perfect_run(scenario, engine, TODAY))
    assert report.score == 100, report.summary.en
    assert all(p.earned == p.weight for p in report.parts)
    assert {f.status for f in report.facts} == {"right"}
    assert report.missed == () and report.missed_questions == () and report.order_mistakes == ()
    assert all(v.right for v in report.verdicts) and len(report.verdicts) == len(scenario.frameworks)
    assert {t.status for t in report.traps} == {"avoided"}
    assert report.unexpected_signals == ()  # the scenario lists every warning its truth raises
    for item in (*report.facts, *report.signals, *report.verdicts, *report.traps, *report.parts):
        assert item.explanation.en and item.explanation.fr and item.explanation.en != item.explanation.fr


def test_perfect_runs_hold_with_the_apps_engine_and_team_profile(scenarios: ScenarioCatalog) -> None:
    settings = load_settings({"rep": "Test", "database_url": "sqlite:///unused.db"}, {})
    engine = build_context(settings).engine()
    for scenario in scenarios.scenarios():
        assert run_grade(scenario, engine, perfect_run(scenario, engine, TODAY)).score == 100, scenario.id


def test_a_perfect_run_does_not_age(engine: Engine, scenarios: ScenarioCatalog) -> None:
    later = TODAY + dt.timedelta(days=400)
    for scenario in scenarios.scenarios():
        assert grade(scenario, engine, perfect_run(scenario, engine, later), later).score == 100


@pytest.mark.parametrize("scenario_id", SHIPPED_IDS)
def test_a_poor_run_grades_low_and_names_what_it_missed(
    scenario_id: str, engine: Engine, scenarios: ScenarioCatalog
) -> None:
    scenario = scenarios.scenario(scenario_id)
    events = poor_run(scenario, engine, TODAY)
    report = run_grade(scenario, engine, events)
    assert report.score < 50, report.summary.en
    asked = {engine.index.key_of(e.question_id) for e in events if isinstance(e, AnswerGiven)}
    skipped = [ref for ref in scenario.expected.must_ask if ref not in asked]
    assert skipped and [m.ref for m in report.missed_questions] == skipped
    for missed in report.missed_questions:
        assert "Never asked" in missed.explanation.en and "Jamais posée" in missed.explanation.fr
    assert set(report.facts_with("missing")) == set(skipped) - {
        r.ref for r in scenario.replies if not r.has_truth
    }
    # every trap offering a bait was taken
    baited = {t.id for t in scenario.traps if t.bait}
    assert {t.id for t in report.traps if t.status == "fell_in"} >= baited
    assert report.missed, "some expected signal never fired"
    assert report.part("questions").earned < WEIGHTS["questions"]


def test_fortune_1000_ceo_poor_run_by_hand(engine: Engine, scenarios: ScenarioCatalog) -> None:
    """Money first, the bait taken (a champion, a root cause), six must-asks skipped.

    Facts: 18 with a truth, 12 recorded of which 10 right, 6 must-asks missing -> 30 x 10/18.
    Questions: 2 of 8 asked -> 5. Signals: 3 of 9 caught (stated need, single decider twice) ->
    6.67. Order: money before need, the scenario's rule (impact before budget), metrics never asked
    -> 15 - 3 x 5 = 0. Verdicts: both insufficient (too few answers) -> 0. Total 28.33 -> 28.
    """
    scenario = scenarios.scenario("fortune_1000_ceo")
    report = run_grade(scenario, engine, poor_run(scenario, engine, TODAY))
    assert [round(p.earned, 2) for p in report.parts] == [16.67, 5.0, 6.67, 0.0, 0.0]
    assert report.score == 28
    assert [m.ref for m in report.missed_questions] == [
        "need.pain",
        "metrics.target",
        "need.impact_quantified",
        "authority.role",
        "decision.process_known",
        "timeline.decision_date",
    ]
    assert report.facts_with("wrong") == ("meddic.identify_pain.root_cause", "champion.named")
    assert [(m.kind, m.ref, m.banks) for m in report.order_mistakes] == [
        ("process_signal", "money_before_need", ("bant",)),
        ("order_rule", "need.impact_quantified > budget.allocated", ()),
        ("process_signal", "metrics_never_asked", ("meddic",)),
    ]
    assert set(report.caught) == {
        "meddic.stated_need_hides_impact",
        "meddic.single_decider",
        "bant.single_decider",
    }
    assert "meddic.no_champion" in report.missed and "meddic.no_measurable_pain" in report.missed
    assert [(v.bank_id, v.expected, v.actual, v.right) for v in report.verdicts] == [
        ("bant", "qualified", "insufficient", False),
        ("meddic", "disqualified", "insufficient", False),
    ]
    assert {t.id: t.status for t in report.traps} == {
        "ceo_halo": "fell_in",
        "templates_are_a_symptom": "fell_in",
    }
    champion = next(f for f in report.facts if f.ref == "champion.named")
    assert "Recorded Yes, but the truth is No" in champion.explanation.en
    assert "Nobody inside" in champion.explanation.en  # the reply's own why
    assert report.summary.en.startswith("Score 28/100.")
    assert report.summary.fr.startswith("Score 28/100.") and "16,7/30" in report.summary.fr


def test_fortune_1000_ceo_a_wish_as_the_metric_and_no_champion(
    engine: Engine, scenarios: ScenarioCatalog
) -> None:
    """Sound order, but a wish written down as the metric and the champion never asked.

    Facts: 17 judged (18 with a truth, the champion candidate not required), 14 right -> 24.71.
    Questions: 6 of 8 -> 15. Signals: 5 of 9 (the red flags need the figure and the champion)
    -> 11.11. Order: none -> 15. Verdicts: BANT qualified, MEDDIC insufficient -> 7.5. 73.32 -> 73.
    """
    scenario = scenarios.scenario("fortune_1000_ceo")
    events = scripted_run(
        scenario,
        engine,
        TODAY,
        skip={"champion.named", "meddic.champion.candidate", "decision.process_known"},
        values={"metrics.target": "Better-looking e-mails"},
    )
    report = run_grade(scenario, engine, events)
    assert [round(p.earned, 2) for p in report.parts] == [24.71, 15.0, 11.11, 15.0, 7.5]
    assert report.score == 73
    assert report.facts_with("wrong") == ("metrics.target",)
    assert set(report.facts_with("missing")) == {"champion.named", "decision.process_known"}
    assert report.facts_with("not_required") == ("meddic.champion.candidate",)
    assert set(report.missed) == {
        "meddic.no_measurable_pain",
        "meddic.no_champion",
        "meddic.process_unknown",
        "meddic.all_opened_no_champion",
    }
    no_figure = next(s for s in report.signals if s.ref == "meddic.no_measurable_pain")
    assert (
        "which figure will have moved" in no_figure.explanation.en
        and "recorded wrong" in no_figure.explanation.en
    )
    metric = next(f for f in report.facts if f.ref == "metrics.target")
    assert "should say one of: no figure" in metric.explanation.en
    assert report.order_mistakes == ()
    assert {t.id: t.status for t in report.traps} == {
        "ceo_halo": "fell_in",
        "templates_are_a_symptom": "avoided",
    }


def test_agency_budget_asked_cold_breaks_the_order_rule(engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("agency_minimum_budget")
    refs = [r.ref for r in scenario.replies if r.has_truth]
    refs.remove("budget.amount")
    order = ["budget.amount", *refs]
    report = run_grade(
        scenario, engine, scripted_run(scenario, engine, TODAY, order=order, values={"budget.amount": 1500})
    )
    assert [m.ref for m in report.order_mistakes] == [
        "money_before_challenges",
        "money_before_need",
        "priority.level > budget.amount",
    ]
    rule = report.order_mistakes[2]
    assert "cold" in rule.explanation.en and rule.at == 30.0
    assert report.facts_with("wrong") == ("budget.amount",)
    assert {t.id: t.status for t in report.traps}["minimum_budget"] == "fell_in"
    # facts 30 x 18/19 = 28.42, order 0 (three mistakes), everything else full: 83.42
    assert report.part("order").earned == 0 and report.score == 83


def test_friday_answers_on_monday(engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("friday_monday_saas")
    friday = {
        "need.severity": "must_have",
        "priority.level": "top",
        "faint.interest.intent": "actively_looking",
    }
    report = run_grade(scenario, engine, scripted_run(scenario, engine, TODAY, values=friday))
    assert set(report.facts_with("wrong")) == set(friday)
    assert "bant.budget_without_priority" in report.missed
    assert {v.bank_id: v.right for v in report.verdicts} == {"bant": False, "faint": False}
    assert {t.status for t in report.traps} == {"fell_in"}


def test_a_reps_override_counts_as_their_verdict(engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("friday_monday_saas")
    friday = {"need.severity": "must_have", "priority.level": "top"}
    events = scripted_run(scenario, engine, TODAY, values=friday)
    before = {v.bank_id: v.actual for v in run_grade(scenario, engine, events).verdicts}
    assert before["bant"] != "nurture"
    events.append(VerdictOverridden("bant", "nurture", "Priorities flipped at the sprint planning", at=900))
    after = run_grade(scenario, engine, events)
    assert next(v for v in after.verdicts if v.bank_id == "bant").right


def test_answers_outside_the_script_are_listed_not_judged(engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("fortune_1000_ceo")
    events = perfect_run(scenario, engine, TODAY)
    amount = question_for(scenario, engine, "budget.amount")  # a vague reply: no truth
    use = question_for(scenario, engine, "bant.budget.use")  # not in the script
    events += [
        AnswerGiven(amount.id, Money(Decimal(50000), "USD"), at=1000),
        AnswerGiven(use.id, "Templates", at=1010),
    ]
    report = run_grade(scenario, engine, events)
    assert report.facts_with("not_judged") == ("budget.amount", "bant.budget.use")
    vague, unscripted = (f for f in report.facts if f.status == "not_judged")
    assert "no firm answer" in vague.explanation.en and "default reply" in unscripted.explanation.en
    assert "réponse par défaut" in unscripted.explanation.fr
    assert report.score == 100


def test_how_answers_compare(engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("crm_mobile_app")

    def q(ref: str) -> Question:
        return question_for(scenario, engine, ref)

    impact = scenario.reply("meddic.decision_criteria.real_impact")
    assert matches(q("meddic.decision_criteria.real_impact"), impact, "x", "Les VISITES saisies le jour même")
    assert not matches(q("meddic.decision_criteria.real_impact"), impact, "x", "A mobile app")
    assert matches(q("decision.criteria"), scenario.reply("decision.criteria"), "x", "anything said")
    levers = q("meddic.metrics.levers")
    assert matches(levers, None, ("time", "people"), ("people", "time"))
    assert not matches(levers, None, ("time", "people"), ("time",))
    eur = Money(Decimal(6000), "EUR")
    amount = dataclasses.replace(q("metrics.target"), kind="money")
    assert matches(amount, None, eur, Money(Decimal(5500), "EUR"))
    assert not matches(amount, None, eur, Money(Decimal(5000), "EUR"))
    assert not matches(amount, None, eur, Money(Decimal(6000), "USD"))
    date = q("timeline.decision_date")
    assert matches(date, None, TODAY, TODAY + dt.timedelta(days=7))
    assert not matches(date, None, TODAY, TODAY + dt.timedelta(days=8))
    scale = dataclasses.replace(q("metrics.target"), kind="scale")
    assert matches(scale, None, 3, 4) and not matches(scale, None, 3, 5)
    assert not matches(q("champion.named"), None, True, 1)  # a yes is not the number 1


def test_grading_needs_the_scenarios_banks(scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("meddic_sound_deal")
    bant_only = shipped_engine()
    partial = Engine({"bant": bant_only.banks["bant"]})
    with pytest.raises(ValueError, match="no loaded bank for meddic"):
        grade(scenario, partial, [], TODAY)


def test_an_empty_attempt_grades_what_it_can(engine: Engine, scenarios: ScenarioCatalog) -> None:
    scenario = scenarios.scenario("meddic_sound_deal")
    report = run_grade(scenario, engine, [])
    assert report.part("facts").earned == 0 and report.part("questions").earned == 0
    assert report.part("order").earned == WEIGHTS["order"]  # nothing asked, nothing asked in the wrong order
    assert report.score == 15
    assert [v.actual for v in report.verdicts] == ["insufficient"]
    assert {t.status for t in report.traps} == {"unseen"}
