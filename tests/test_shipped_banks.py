"""Every shipped bank loads, keeps the criterion ids of the format, and is rich enough for a call."""

from __future__ import annotations

import pytest

from question_banks.catalog import SHIPPED_DIR, discover
from question_banks.loader import bank_files, load_bank
from question_banks.profile import DEFAULT_PROFILE, apply_profile, check_profile, load_profile
from question_banks.schema import OPTION_KINDS, Bank

EXPECTED_CRITERIA = {
    "bant": ["budget", "authority", "need", "timeline"],
    "champ": ["challenges", "authority", "money", "prioritization"],
    "meddic": [
        "metrics",
        "economic_buyer",
        "decision_criteria",
        "decision_process",
        "identify_pain",
        "champion",
    ],
    "gpctba_ci": [
        "goals",
        "plans",
        "challenges",
        "timeline",
        "budget",
        "authority",
        "negative_consequences",
        "positive_implications",
    ],
    "anum": ["authority", "need", "urgency", "money"],
    "faint": ["funds", "authority", "interest", "need", "timing"],
    "soncase": ["security", "pride", "novelty", "comfort", "money", "sympathy", "environment"],
    "icp": ["organisation", "need", "individual"],
}


@pytest.fixture(scope="module")
def shipped() -> dict[str, Bank]:
    banks = {}
    for path in bank_files(SHIPPED_DIR):
        bank = load_bank(path)
        assert path.stem == bank.id, "one file per framework, named after its id"
        banks[bank.id] = bank
    return banks


def test_every_framework_is_shipped(shipped: dict[str, Bank]) -> None:
    assert set(shipped) == set(EXPECTED_CRITERIA)


@pytest.mark.parametrize("bank_id", sorted(EXPECTED_CRITERIA))
def test_criteria_ids_are_those_of_the_format(shipped: dict[str, Bank], bank_id: str) -> None:
    assert [c.id for c in shipped[bank_id].criteria] == EXPECTED_CRITERIA[bank_id]


@pytest.mark.parametrize("bank_id", sorted(EXPECTED_CRITERIA))
def test_enough_questions_for_a_discovery_call(shipped: dict[str, Bank], bank_id: str) -> None:
    for criterion in shipped[bank_id].criteria:
        assert len(criterion.questions) >= 3, f"{bank_id}.{criterion.id} has too few questions"


@pytest.mark.parametrize("bank_id", sorted(EXPECTED_CRITERIA))
def test_every_text_exists_in_both_languages_and_differs(shipped: dict[str, Bank], bank_id: str) -> None:
    bank = shipped[bank_id]
    same = [q.id for q in bank.questions() if q.text.en == q.text.fr or q.tip.en == q.tip.fr]
    assert not same, f"untranslated questions: {same}"
    assert bank.about.limits.en != bank.about.limits.fr


@pytest.mark.parametrize("bank_id", sorted(EXPECTED_CRITERIA))
def test_option_questions_have_good_news_somewhere(shipped: dict[str, Bank], bank_id: str) -> None:
    for q in shipped[bank_id].questions():
        if q.kind in OPTION_KINDS:
            assert q.options and max(o.points for o in q.options) > 0, q.id


def test_question_ids_are_unique_across_all_banks(shipped: dict[str, Bank]) -> None:
    ids = [q.id for bank in shipped.values() for q in bank.questions()]
    assert len(ids) == len(set(ids))


def test_shared_facts_are_consistent_and_shared() -> None:
    catalog = discover()
    assert catalog.problems == []
    banks_per_fact: dict[str, set[str]] = {}
    for bank in catalog.banks():
        for q in bank.questions():
            if q.fact:
                banks_per_fact.setdefault(q.fact, set()).add(bank.id)
    # one answer serves several frameworks: the core facts are asked by most banks
    assert len(banks_per_fact["authority.role"]) >= 5
    assert len(banks_per_fact["need.pain"]) >= 4


def test_soncase_is_a_profile_of_scales(shipped: dict[str, Bank]) -> None:
    soncase = shipped["soncase"]
    scales = [q for q in soncase.questions() if q.kind == "scale"]
    assert len(scales) >= 2 * len(soncase.criteria)
    assert all(q.scale is not None for q in scales)
    assert len({c.weight for c in soncase.criteria}) == 1


def test_example_profile_fits_the_icp_bank(shipped: dict[str, Bank]) -> None:
    profile = load_profile(DEFAULT_PROFILE)
    icp = shipped["icp"]
    assert check_profile(profile, icp, str(DEFAULT_PROFILE)) == []
    assert {"company_size", "industry", "region"} <= set(profile.targets)
    applied = apply_profile(icp, profile)
    size = next(q for q in applied.questions() if q.profile_target == "company_size")
    fitting = {o.value for o in size.options or () if o.points == 10}
    assert fitting == set(profile.targets["company_size"])
    assert all(o.points == 0 for o in size.options or () if o.value not in fitting)


@pytest.mark.parametrize("bank_id", sorted(EXPECTED_CRITERIA))
def test_signals_drawn_from_the_articles(shipped: dict[str, Bank], bank_id: str) -> None:
    bank = shipped[bank_id]
    lead = [s for s in bank.signals if s.scope == "lead"]
    kinds = [s.kind for s in lead]
    assert kinds.count("positive") >= 3 and kinds.count("warning") >= 3
    assert [s for s in bank.signals if s.scope == "process"], "process signals coach the rep"
    assert kinds.count("red_flag") >= (2 if bank.output == "verdict" else 1)
    if bank.output == "profile":
        assert all(c.lead_with is not None for c in bank.criteria)
    assert bank.ask_order is not None
    assert any(q.when is not None and q.why is not None for q in bank.questions()), "a follow-up question"
