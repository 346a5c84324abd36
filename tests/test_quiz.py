"""The quiz generator: deterministic by seed, one right choice each, signal answers true to the engine."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from collections import Counter

import pytest

from interview.engine.answers import coerce_answer
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven
from interview.training.quiz import KINDS, SIGNAL_CHOICES, QuizQuestion, QuizRun, generate
from question_banks.catalog import discover
from question_banks.model import Bank

EVERYTHING = 10_000  # more than the banks can give: every question they can


@pytest.fixture(scope="module")
def banks() -> list[Bank]:
    catalog = discover()
    assert catalog.problems == []
    return catalog.banks()


@pytest.fixture(scope="module")
def engine(banks: list[Bank]) -> Engine:
    return Engine({b.id: b for b in banks})


@pytest.fixture(scope="module")
def pool(banks: list[Bank], engine: Engine) -> list[QuizQuestion]:
    return generate(banks, engine, random.Random(7), EVERYTHING)


def test_same_seed_same_quiz_other_seed_other_quiz(banks: list[Bank], engine: Engine) -> None:
    first = generate(banks, engine, random.Random(42), 12)
    again = generate(banks, Engine({b.id: b for b in banks}), random.Random(42), 12)
    other = generate(banks, engine, random.Random(43), 12)
    assert first == again
    assert len(first) == 12 and len({q.id for q in first}) == 12
    assert [q.id for q in first] != [q.id for q in other]
    assert {q.kind for q in first} == set(KINDS)  # every kind in a quiz of a dozen


def test_one_right_choice_each(pool: list[QuizQuestion]) -> None:
    assert len({q.id for q in pool}) == len(pool) > 300
    assert set(Counter(q.kind for q in pool)) == set(KINDS)
    for q in pool:
        assert 2 <= len(q.choices) <= 4, q.id
        assert 0 <= q.answer < len(q.choices)
        for lang in ("en", "fr"):
            texts = [c.get(lang) for c in q.choices]
            assert len(set(texts)) == len(texts), (q.id, texts)  # nothing reads twice
            assert q.prompt.get(lang).strip() and q.explanation.get(lang).strip()
        assert [q.is_right(i) for i in range(len(q.choices))].count(True) == 1


def test_every_signal_question_is_what_the_engine_says(
    banks: list[Bank], engine: Engine, pool: list[QuizQuestion]
) -> None:
    """Checked again with a new engine: the answer alone, against the empty interview."""
    checker = Engine({b.id: b for b in banks})
    day = dt.date(2026, 11, 23)
    signal_questions = [q for q in pool if q.kind == "signal"]
    assert len(signal_questions) > 50
    seen: Counter[str] = Counter()
    for q in signal_questions:
        assert q.probe is not None and q.probe.bank_id == q.bank_id
        question = checker.index.questions[q.probe.question_id]
        value = coerce_answer(question, q.probe.value)
        before = {s.id for s in checker.judge(q.bank_id, checker.state([], day)).signals}
        after = checker.judge(q.bank_id, checker.state([AnswerGiven(question.id, value)], day)).signals
        kinds = {s.kind for s in after if s.scope == "lead" and s.id not in before}
        expected = next(iter(kinds)) if kinds else "none"
        assert len(kinds) <= 1, q.id
        assert SIGNAL_CHOICES[q.answer] == q.signal_kind == expected, q.id
        fired = [s for s in after if s.scope == "lead" and s.id not in before]
        for s in fired:  # the explanation quotes what fired
            assert s.message.en in q.explanation.en and s.explanation.fr in q.explanation.fr
        seen[expected] += 1
    assert set(seen) == set(SIGNAL_CHOICES)
    assert seen["none"] <= 0.25 * len(signal_questions)


def test_one_framework(banks: list[Bank], engine: Engine) -> None:
    quiz = generate(banks, engine, random.Random(1), 15, bank_id="meddic")
    assert len(quiz) == 15 and {q.bank_id for q in quiz} == {"meddic"}
    with pytest.raises(KeyError):
        generate(banks, engine, random.Random(1), 5, bank_id="nope")


def test_letter_questions_trap_with_other_frameworks_words(pool: list[QuizQuestion]) -> None:
    m_of_meddic = next(q for q in pool if q.id == "letter:meddic:metrics")
    assert m_of_meddic.choices[m_of_meddic.answer].en == "Metrics"
    assert "Money" in {c.en for c in m_of_meddic.choices}  # CHAMP's and ANUM's M
    second_d = next(q for q in pool if q.id == "letter:meddic:decision_process")
    assert "position 4" in second_d.prompt.en
    assert "Decision criteria" not in {c.en for c in second_d.choices}  # never the other D


def test_quiz_run_keeps_the_score(pool: list[QuizQuestion]) -> None:
    run = QuizRun(tuple(pool[:3]))
    assert run.answer(pool[0].answer) is True
    wrong = (pool[1].answer + 1) % len(pool[1].choices)
    assert run.answer(wrong) is False
    assert (run.asked, run.right, run.finished) == (2, 1, False)
    assert run.missed() == [(pool[1], wrong)]
    run.answer(pool[2].answer)
    assert run.finished and run.current is None and run.right == 2
    assert sum(asked for _, asked in run.by_kind().values()) == 3
    with pytest.raises(ValueError):
        run.answer(0)


def test_training_never_imports_textual() -> None:
    code = (
        "import sys, interview.training.quiz, interview.training.cards; "
        "print([m for m in sys.modules if m.split('.')[0] == 'textual'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
