"""A quiz generated from the banks: short questions with one right choice and an explanation that teaches.

`generate(banks, engine, rng, count, bank_id=None)` draws questions of several kinds, in turn:

- **signal**: a question and one answer to it, given first in a call: does it raise a positive
  signal, a warning, a red flag, or nothing? The right choice is what the engine concludes, not a
  guess from the YAML (options, scale points, and numbers around the thresholds signals compare
  them with are probed): the answer is folded alone into a state (`Engine.evaluate`) and the lead
  signals that fire beyond those of the empty state are read. Answers that raise signals of two
  kinds at once are not asked; "nothing" is asked only of answers some signal reads (with other
  answers), for at most a quarter of the signal questions (most answers raise nothing alone). The
  explanation quotes the signal's message and explanation, or names the signals that read the
  answer with others.
- **criterion**: which letter of the framework a question serves (choices: its criteria); the
  explanation is the criterion's description.
- **framework**: which framework asks a question (only questions that share no fact, so the text is
  the framework's own).
- **letter**: what a letter of the acronym stands for ("the M of MEDDIC"); wrong choices are other
  frameworks' words for the same letter (CHAMP's M is money, MEDDIC's metrics) and the framework's
  other letters.
- **order**: which of two criteria a framework's call asks first (its ask order), explained by the
  bank's reason for that order.

Everything is deterministic for a given `random.Random` seed and banks. `QuizRun` keeps the score.
No UI here: the quiz screen and its tests use these objects.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from interview.engine.answers import AnswerValue
from interview.engine.engine import Engine
from interview.engine.state import AnswerGiven
from interview.engine.wording import answer_label
from question_banks.conditions import Answered, Compare, Cond, ContainsAny, OffTarget
from question_banks.model import Bank, Criterion, Question, Signal, Text

KINDS: tuple[str, ...] = ("signal", "criterion", "framework", "letter", "order")
# One round of the draw: signal questions teach the most, so they come twice as often.
ROUND: tuple[str, ...] = ("signal", "criterion", "letter", "signal", "framework", "order")
SIGNAL_CHOICES: tuple[str, ...] = ("positive", "warning", "red_flag", "none")
NOTHING_SHARE = 0.25  # at most this share of the signal questions have "nothing" as their answer
REFERENCE_DATE = dt.date(2026, 1, 1)  # option and scale answers do not depend on it
DEFAULT_COUNT = 10
MAX_CHOICES = 4

SIGNAL_WORDS: dict[str, Text] = {
    "positive": Text("A positive signal", "Un signal positif"),
    "warning": Text("A warning", "Une alerte"),
    "red_flag": Text("A red flag", "Un signal rouge"),
    "none": Text("No signal", "Aucun signal"),
}
KIND_NAMES: dict[str, Text] = {
    "signal": Text("Signals", "Signaux"),
    "criterion": Text("Letters and questions", "Lettres et questions"),
    "framework": Text("Frameworks", "Méthodes"),
    "letter": Text("Acronyms", "Acronymes"),
    "order": Text("Order of the call", "Ordre de l'appel"),
}


@dataclass(frozen=True)
class Probe:
    """The answer a signal question is about, given alone: what the engine was asked."""

    bank_id: str
    question_id: str
    value: AnswerValue


@dataclass(frozen=True)
class QuizQuestion:
    id: str  # stable: kind, bank and subject; never twice in one quiz
    kind: str
    bank_id: str
    prompt: Text
    choices: tuple[Text, ...]
    answer: int  # index of the right choice
    explanation: Text
    probe: Probe | None = None  # signal questions only
    signal_kind: str | None = None  # signal questions: positive, warning, red_flag or none

    def is_right(self, choice: int) -> bool:
        return choice == self.answer


@dataclass
class QuizRun:
    """One quiz being taken: the questions, the choices made, the score."""

    questions: tuple[QuizQuestion, ...]
    chosen: list[int] = field(default_factory=list)  # the choice made for each question answered

    @property
    def asked(self) -> int:
        return len(self.chosen)

    @property
    def right(self) -> int:
        return sum(q.is_right(c) for q, c in zip(self.questions, self.chosen, strict=False))

    @property
    def finished(self) -> bool:
        return self.asked >= len(self.questions)

    @property
    def current(self) -> QuizQuestion | None:
        return None if self.finished else self.questions[self.asked]

    def answer(self, choice: int) -> bool:
        """Record the choice for the current question; True when it is right."""
        question = self.current
        if question is None:
            raise ValueError("the quiz is over")
        if not 0 <= choice < len(question.choices):
            raise ValueError(f"no choice {choice + 1}")
        self.chosen.append(choice)
        return question.is_right(choice)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """Right and asked per kind of question, in KINDS order."""
        out: dict[str, tuple[int, int]] = {}
        for kind in KINDS:
            pairs = [(q, c) for q, c in zip(self.questions, self.chosen, strict=False) if q.kind == kind]
            if pairs:
                out[kind] = (sum(q.is_right(c) for q, c in pairs), len(pairs))
        return out

    def missed(self) -> list[tuple[QuizQuestion, int]]:
        return [(q, c) for q, c in zip(self.questions, self.chosen, strict=False) if not q.is_right(c)]


# --- helpers -----------------------------------------------------------------------------------


def short(name: Text) -> Text:
    """'BANT (Budget, Authority, Need, Timeline)' -> 'BANT', in both languages."""
    return Text(name.en.split(" (", 1)[0], name.fr.split(" (", 1)[0])


def first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + dot.strip()


def letter_of(criterion: Criterion) -> str:
    return criterion.letter or criterion.id


def criterion_label(criterion: Criterion) -> Text:
    letter = letter_of(criterion)
    return Text(f"{letter} — {criterion.name.en}", f"{letter} — {criterion.name.fr}")


def _quote(text: Text) -> Text:
    return Text(f"“{text.en}”", f"« {text.fr} »")


def _join(parts: Sequence[Text], sep: str = " ") -> Text:
    return Text(sep.join(p.en for p in parts), sep.join(p.fr for p in parts))


def _choices(rng: random.Random, right: Text, wrong: Sequence[Text]) -> tuple[tuple[Text, ...], int]:
    """The right choice among up to MAX_CHOICES - 1 wrong ones, shuffled.

    A wrong choice reading like another choice in either language is dropped (BANT's timeline and
    FAINT's timing are both "Timing" in French): two identical choices cannot be one right, one wrong.
    """
    seen = {right.en.casefold(), right.fr.casefold()}
    picked: list[Text] = []
    for text in wrong:
        words = {text.en.casefold(), text.fr.casefold()}
        if not words & seen and len(picked) < MAX_CHOICES - 1:
            seen |= words
            picked.append(text)
    choices = [right, *picked]
    rng.shuffle(choices)
    return tuple(choices), choices.index(right)


def _criterion_of(bank: Bank, question: Question) -> Criterion:
    return next(c for c in bank.criteria if question in c.questions)


def _probe_values(bank: Bank, question: Question) -> list[AnswerValue]:
    """Answers worth probing: every option, every scale point; numbers around the bank's thresholds."""
    if question.kind in ("yes_no", "choice") and question.options:
        return [option.value for option in question.options]
    if question.kind == "scale":
        return [1, 2, 3, 4, 5]
    if question.kind == "number":  # "fewer than 2 deciders": 1, 2 and 3 are worth asking about
        keys = {question.id, question.key}
        found: set[int] = set()
        for signal in bank.signals:
            for node in signal.when.walk():
                if isinstance(node, Compare) and node.ref in keys and node.op in ("gt", "lt", "equals"):
                    for value in node.values:
                        if isinstance(value, int) and not isinstance(value, bool):
                            found |= {n for n in (value - 1, value, value + 1) if n >= 0}
        return sorted(found)
    return []


def _answer_text(question: Question, value: AnswerValue) -> Text:
    if question.kind == "scale" and question.scale is not None:
        low, high = question.scale.low, question.scale.high
        return Text(
            f"{value} (1 = {low.en}, 5 = {high.en})",
            f"{value} (1 = {low.fr}, 5 = {high.fr})",
        )
    return answer_label(question, value)


def _refs(cond: Cond) -> set[str]:
    refs: set[str] = set()
    for node in cond.walk():
        if isinstance(node, (Answered, Compare, ContainsAny, OffTarget)):
            refs.add(node.ref)
    return refs


def signals_reading(bank: Bank, question: Question) -> list[Signal]:
    """The bank's lead signals whose condition reads this question's answer (by id or fact)."""
    keys = {question.id, question.key}
    return [s for s in bank.signals if s.scope == "lead" and _refs(s.when) & keys]


def fired_alone(engine: Engine, probe: Probe) -> list[tuple[str, str, Text, Text]]:
    """Lead signals the answer raises when it is the only one given: (id, kind, message, explanation).

    Signals already firing on an empty interview are left out: the answer did not raise them.
    """
    before = engine.evaluate([probe.bank_id], [], REFERENCE_DATE).judgements[0]
    after = engine.evaluate(
        [probe.bank_id], [AnswerGiven(probe.question_id, probe.value)], REFERENCE_DATE
    ).judgements[0]
    already = {s.id for s in before.signals}
    return [
        (s.id, s.kind, s.message, s.explanation)
        for s in after.signals
        if s.scope == "lead" and s.id not in already
    ]


# --- the kinds of question ---------------------------------------------------------------------


def _signal_questions(scope: Sequence[Bank], engine: Engine, rng: random.Random) -> Iterator[QuizQuestion]:
    candidates = [
        (bank, question, value)
        for bank in scope
        for question in bank.questions()
        if question.when is None and question.id in engine.index.questions  # follow-ups are never first
        for value in _probe_values(bank, question)
    ]
    rng.shuffle(candidates)
    made = nothing = 0
    for bank, question, value in candidates:
        probe = Probe(bank.id, question.id, value)
        fired = fired_alone(engine, probe)
        kinds = {kind for _, kind, _, _ in fired}
        if len(kinds) > 1:
            continue  # two kinds at once: no single right choice
        name = short(bank.name)
        if fired:
            right = next(iter(kinds))
            parts = [
                Text(
                    f"{SIGNAL_WORDS[kind].en}: “{message.en}”. {explanation.en}",
                    f"{SIGNAL_WORDS[kind].fr} : « {message.fr} ». {explanation.fr}",
                )
                for _, kind, message, explanation in fired
            ]
            explanation = _join(parts)
        else:
            readers = signals_reading(bank, question)
            if not readers or nothing + 1 > NOTHING_SHARE * (made + 1):
                continue
            nothing += 1
            right = "none"
            names = _join([_quote(s.message) for s in readers], ", ")
            explanation = Text(
                f"On its own this answer raises nothing in {name.en}. "
                f"It counts together with other answers in: {names.en}.",
                f"Seule, cette réponse ne déclenche rien dans {name.fr}. "
                f"Elle compte avec d'autres réponses dans : {names.fr}.",
            )
        made += 1
        answer = _answer_text(question, value)
        prompt = Text(
            f"{name.en}: the rep asks “{question.text.en}” and hears “{answer.en}”. "
            "Nothing else is known yet. What does this answer raise?",
            f"{name.fr} : le commercial demande « {question.text.fr} » et entend « {answer.fr} ». "
            "Rien d'autre n'est encore connu. Que déclenche cette réponse ?",
        )
        yield QuizQuestion(
            id=f"signal:{bank.id}:{question.id}={value!r}",
            kind="signal",
            bank_id=bank.id,
            prompt=prompt,
            choices=tuple(SIGNAL_WORDS[k] for k in SIGNAL_CHOICES),
            answer=SIGNAL_CHOICES.index(right),
            explanation=explanation,
            probe=probe,
            signal_kind=right,
        )


def _criterion_questions(scope: Sequence[Bank], rng: random.Random) -> Iterator[QuizQuestion]:
    candidates = [
        (bank, c, q) for bank in scope if len(bank.criteria) > 1 for c in bank.criteria for q in c.questions
    ]
    rng.shuffle(candidates)
    for bank, criterion, question in candidates:
        others = [criterion_label(c) for c in bank.criteria if c is not criterion]
        rng.shuffle(others)
        choices, answer = _choices(rng, criterion_label(criterion), others)
        name, label = short(bank.name), criterion_label(criterion)
        yield QuizQuestion(
            id=f"criterion:{bank.id}:{question.id}",
            kind="criterion",
            bank_id=bank.id,
            prompt=Text(
                f"{name.en}: which letter does this question serve? “{question.text.en}”",
                f"{name.fr} : à quelle lettre sert cette question ? « {question.text.fr} »",
            ),
            choices=choices,
            answer=answer,
            explanation=Text(
                f"{label.en}: {criterion.description.en}",
                f"{label.fr} : {criterion.description.fr}",
            ),
        )


def _framework_questions(
    scope: Sequence[Bank], banks: Sequence[Bank], rng: random.Random
) -> Iterator[QuizQuestion]:
    if len(banks) < 2:
        return
    candidates = [(bank, q) for bank in scope for q in bank.questions() if q.fact is None]
    rng.shuffle(candidates)
    for bank, question in candidates:
        others = [short(b.name) for b in banks if b.id != bank.id]
        rng.shuffle(others)
        choices, answer = _choices(rng, short(bank.name), others)
        criterion = _criterion_of(bank, question)
        name, label = short(bank.name), criterion_label(criterion)
        yield QuizQuestion(
            id=f"framework:{bank.id}:{question.id}",
            kind="framework",
            bank_id=bank.id,
            prompt=Text(
                f"Which framework asks: “{question.text.en}”?",
                f"Quelle méthode pose cette question : « {question.text.fr} » ?",
            ),
            choices=choices,
            answer=answer,
            explanation=Text(
                f"{name.en} asks it under {label.en}. {first_sentence(bank.about.summary.en)}",
                f"{name.fr} la pose sous {label.fr}. {first_sentence(bank.about.summary.fr)}",
            ),
        )


def _letter_questions(
    scope: Sequence[Bank], banks: Sequence[Bank], rng: random.Random
) -> Iterator[QuizQuestion]:
    candidates = [(bank, i) for bank in scope if len(bank.criteria) > 1 for i in range(len(bank.criteria))]
    rng.shuffle(candidates)
    for bank, index in candidates:
        criterion = bank.criteria[index]
        letter = letter_of(criterion)
        # Other frameworks' words for the same letter first: they are the trap (M: money or metrics?).
        elsewhere = [c.name for b in banks if b.id != bank.id for c in b.criteria if letter_of(c) == letter]
        rng.shuffle(elsewhere)
        siblings = [c.name for c in bank.criteria if letter_of(c) != letter]  # never the other D of MEDDIC
        rng.shuffle(siblings)
        choices, answer = _choices(rng, criterion.name, [*elsewhere, *siblings])
        if len(choices) < 2:
            continue
        name = short(bank.name)
        acronym = "·".join(letter_of(c) for c in bank.criteria)
        twice = sum(letter_of(c) == letter for c in bank.criteria) > 1
        where_en = f" in position {index + 1}" if twice else ""
        where_fr = f" en position {index + 1}" if twice else ""
        yield QuizQuestion(
            id=f"letter:{bank.id}:{criterion.id}",
            kind="letter",
            bank_id=bank.id,
            prompt=Text(
                f"{name.en} ({acronym}): what does the {letter}{where_en} stand for?",
                f"{name.fr} ({acronym}) : que veut dire le {letter}{where_fr} ?",
            ),
            choices=choices,
            answer=answer,
            explanation=Text(
                f"{letter} — {criterion.name.en}: {criterion.description.en}",
                f"{letter} — {criterion.name.fr} : {criterion.description.fr}",
            ),
        )


def _order_questions(scope: Sequence[Bank], rng: random.Random) -> Iterator[QuizQuestion]:
    candidates: list[tuple[Bank, Criterion, Criterion]] = []
    for bank in scope:
        by_id = {c.id: c for c in bank.criteria}
        order = [by_id[i] for i in (bank.ask_order.criteria if bank.ask_order else by_id) if i in by_id]
        candidates += [(bank, a, b) for n, a in enumerate(order) for b in order[n + 1 :]]
    rng.shuffle(candidates)
    for bank, first, then in candidates:
        choices, answer = _choices(rng, criterion_label(first), [criterion_label(then)])
        name = short(bank.name)
        by_id = {c.id: c for c in bank.criteria}
        ids = bank.ask_order.criteria if bank.ask_order else tuple(by_id)
        sequence = " → ".join(letter_of(by_id[i]) for i in ids if i in by_id)
        reason = bank.ask_order.reason if bank.ask_order else Text("", "")
        yield QuizQuestion(
            id=f"order:{bank.id}:{first.id}<{then.id}",
            kind="order",
            bank_id=bank.id,
            prompt=Text(
                f"In a {name.en} call, which does the rep ask about first?",
                f"Dans un appel {name.fr}, de quoi le commercial parle-t-il en premier ?",
            ),
            choices=choices,
            answer=answer,
            explanation=Text(
                f"{name.en} asks {sequence}. {reason.en}".rstrip(),
                f"{name.fr} pose {sequence}. {reason.fr}".rstrip(),
            ),
        )


# --- the draw ----------------------------------------------------------------------------------


def generate(
    banks: Sequence[Bank],
    engine: Engine,
    rng: random.Random,
    count: int = DEFAULT_COUNT,
    bank_id: str | None = None,
) -> list[QuizQuestion]:
    """`count` questions (fewer if the banks cannot give that many), kinds in turn, all distinct.

    With `bank_id`, every question is about that framework (the wrong choices of "which framework"
    and "what does the letter stand for" still come from the others). KeyError for an unknown id.
    """
    scope = [b for b in banks if bank_id is None or b.id == bank_id]
    if bank_id is not None and not scope:
        raise KeyError(bank_id)
    makers: dict[str, Iterator[QuizQuestion]] = {
        "signal": _signal_questions(scope, engine, rng),
        "criterion": _criterion_questions(scope, rng),
        "framework": _framework_questions(scope, banks, rng),
        "letter": _letter_questions(scope, banks, rng),
        "order": _order_questions(scope, rng),
    }
    out: list[QuizQuestion] = []
    seen: set[str] = set()
    live = set(makers)
    while len(out) < count and live:
        turn = list(ROUND)
        rng.shuffle(turn)
        for kind in turn:
            if len(out) >= count or kind not in live:
                continue
            question = next(makers[kind], None)
            while question is not None and question.id in seen:
                question = next(makers[kind], None)
            if question is None:
                live.discard(kind)
                continue
            seen.add(question.id)
            out.append(question)
    return out
