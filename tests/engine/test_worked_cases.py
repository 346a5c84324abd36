"""The articles' worked cases, one test each, through the shipped banks and the example profile."""

from __future__ import annotations

from typing import Any

import pytest

from interview.app_factory import build_context
from interview.engine.engine import Engine
from interview.engine.judge import BankJudgement
from interview.engine.state import AnswerGiven
from interview.settings import load_settings

from .helpers import TODAY, answer_events, state_of


@pytest.fixture(scope="module")
def engine() -> Engine:
    settings = load_settings({"rep": "Test", "database_url": "sqlite:///unused.db"}, {})
    return build_context(settings).engine()


def judge(engine: Engine, bank_id: str, answers: dict[str, Any]) -> BankJudgement:
    return engine.judge(bank_id, state_of(engine, answers))


def signal_ids(j: BankJudgement) -> set[str]:
    return {s.id for s in j.signals}


FORTUNE_1000_CEO = {
    # a CEO calls about e-mail templates: he wants them now, pays, decides alone
    "need.pain": "We need better e-mail templates for the sales team, ASAP",
    "need.severity": "must_have",
    "authority.role": "final_decider",
    "budget.allocated": "allocated",
    "bant.budget.cycle": "available_now",
    "authority.decision_makers": 1,
    "timeline.decision_date": "2026-12-01",
    "timeline.compelling_event": True,
    # ...but nothing measurable, no process, nobody inside to carry it
    "need.impact_quantified": False,
    "decision.process_known": False,
    "champion.named": False,
    "authority.economic_buyer_identified": True,
}


def test_fortune_1000_ceo_bant_qualified_meddic_not(engine: Engine) -> None:
    bant = judge(engine, "bant", FORTUNE_1000_CEO)
    meddic = judge(engine, "meddic", FORTUNE_1000_CEO)
    assert bant.verdict == "qualified", bant.verdict_reasons
    assert meddic.verdict == "disqualified"
    assert {"no_measurable_pain", "no_champion"} <= signal_ids(meddic)
    red = [s for s in meddic.signals if s.kind == "red_flag"]
    assert all(s.reasons for s in red), "every red flag says which answers raised it"
    assert any("Red flag" in r.en for r in meddic.verdict_reasons)


def test_friday_enthusiasm_monday_priorities(engine: Engine) -> None:
    friday = {
        "budget.allocated": "allocated",
        "authority.role": "final_decider",
        "need.severity": "must_have",
        "timeline.decision_date": "2026-11-24",
    }
    events = answer_events(engine, friday)
    state = engine.state(events, TODAY)
    assert "budget_without_priority" not in signal_ids(engine.judge("bant", state))
    # Monday: a new sprint, the project slips down the list
    bank_q = engine.index.resolve
    monday = [
        AnswerGiven(bank_q("need.severity").id, "nice_to_have", at=100),
        AnswerGiven(bank_q("priority.level").id, "low", at=101),
    ]
    later = engine.state([*events, *monday], TODAY)
    bant = engine.judge("bant", later)
    assert "budget_without_priority" in signal_ids(bant)
    fired = next(s for s in bant.signals if s.id == "budget_without_priority")
    assert fired.kind == "warning" and "card" in fired.explanation.en


def test_minimum_budget_brings_up_priority_first(engine: Engine) -> None:
    """The agency client: asked for a budget they quote the minimum; the real question is priority."""
    j = judge(
        engine, "bant", {"need.pain": "Our organic traffic is falling", "budget.allocated": "not_allocated"}
    )
    first = j.next_questions[0]
    assert first.question_id == "bant.budget.priority" and first.follow_up
    assert "priority" in first.reason.en


def test_single_decider_warns_in_every_framework_that_asks(engine: Engine) -> None:
    state = state_of(engine, {"authority.decision_makers": 1})
    warned = {
        bank_id for bank_id in engine.banks if "single_decider" in signal_ids(engine.judge(bank_id, state))
    }
    assert {"bant", "meddic", "gpctba_ci", "faint", "icp"} <= warned


def test_company_outside_the_icp_is_a_red_flag(engine: Engine) -> None:
    inside = judge(
        engine,
        "icp",
        {"company.size": "201_1000", "company.industry": "software", "company.region": "france"},
    )
    assert not [s for s in inside.signals if s.kind == "red_flag"]
    outside = judge(
        engine, "icp", {"company.size": "1_10", "company.industry": "software", "company.region": "france"}
    )
    red = [s for s in outside.signals if s.kind == "red_flag"]
    assert red and outside.verdict == "disqualified"


def test_money_before_need_is_a_process_warning(engine: Engine) -> None:
    j = judge(engine, "bant", {"budget.allocated": "allocated", "need.pain": "slow quoting"})
    process = [s for s in j.signals if s.scope == "process"]
    assert [s.id for s in process] == ["money_before_need"]
    assert j.verdict != "disqualified" or not process  # process signals never disqualify the lead
    j = judge(engine, "bant", {"need.pain": "slow quoting", "budget.allocated": "allocated"})
    assert "money_before_need" not in signal_ids(j)


def test_crm_mobile_app_hides_the_real_impact(engine: Engine) -> None:
    j = judge(engine, "meddic", {"decision.criteria": "They want a mobile app for the CRM"})
    assert "stated_need_hides_impact" in signal_ids(j)
    asked = [n.question_id for n in j.next_questions[:3]]
    assert "meddic.decision_criteria.real_impact" in asked or "meddic.identify_pain.root_cause" in asked
    fr = judge(engine, "meddic", {"decision.criteria": "Ils veulent une Application Mobile"})
    assert "stated_need_hides_impact" in signal_ids(fr)


def test_security_driven_soncase_profile(engine: Engine) -> None:
    soncase = engine.banks["soncase"]
    answers: dict[str, Any] = {}
    for criterion in soncase.criteria:
        for q in criterion.questions:
            if q.kind == "scale" and q.when is None:
                answers[q.id] = 5 if criterion.id == "security" else 2
    j = judge(engine, "soncase", answers)
    assert j.verdict is None and j.output == "profile"
    assert j.profile is not None and j.profile[0].criterion == "security"
    assert j.profile[0].lead_with is not None
    assert "strong_security" in signal_ids(j)


def test_one_answer_serves_every_framework(engine: Engine) -> None:
    state = state_of(engine, {"bant.need.pain": "Quotes take three days"})
    for bank_id in ("bant", "champ", "meddic", "gpctba_ci", "anum", "faint", "icp"):
        j = engine.judge(bank_id, state)
        assert "need.pain" not in {engine.index.questions[n.question_id].key for n in j.next_questions}, (
            bank_id
        )
