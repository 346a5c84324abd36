"""Judge one bank against the interview state: scores, coverage, signals, verdict, next questions.

Pure and deterministic: the same banks and state always give the same judgement, with the reasons
for each conclusion.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from interview.engine.answers import AnswerValue, Money
from interview.engine.evaluate import BankView, evaluate
from interview.engine.state import InterviewState, Override, Verdict
from interview.engine.wording import answer_reason, pct, tr
from question_banks.schema import MAX_POINTS, Bank, Criterion, Question, Text, Thresholds

PROFILE_STRONG = 60.0  # a motive scoring this much or more is dominant
PROFILE_MAX_DOMINANT = 3


@dataclass(frozen=True)
class CriterionResult:
    id: str
    name: Text
    weight: float
    score: float | None  # 0-100 from the answered questions' points; None: nothing scored yet
    coverage: float  # 0-1 share of its (non follow-up) questions answered
    answered: int
    total: int
    reasons: tuple[Text, ...] = ()  # each scored answer and the points it brought


@dataclass(frozen=True)
class FiredSignal:
    id: str
    bank_id: str
    kind: str  # positive, warning, red_flag
    scope: str  # lead, process
    criterion: str | None
    message: Text
    explanation: Text
    reasons: tuple[Text, ...]  # the answers that made it fire
    evidence: tuple[str, ...]  # their answer keys


@dataclass(frozen=True)
class NextQuestion:
    question_id: str
    criterion: str
    reason: Text
    follow_up: bool = False


@dataclass(frozen=True)
class Motive:
    criterion: str
    name: Text
    score: float
    lead_with: Text | None


@dataclass(frozen=True)
class ExpectedValue:
    potential: Money
    probability: float
    value: Money
    how: Text


@dataclass(frozen=True)
class BankJudgement:
    bank_id: str
    name: Text
    output: str  # verdict or profile
    score: float | None
    coverage: float
    verdict: Verdict | None  # None for profile banks
    computed_verdict: Verdict | None  # before a rep's override
    verdict_reasons: tuple[Text, ...]
    override: Override | None
    criteria: tuple[CriterionResult, ...]
    signals: tuple[FiredSignal, ...]
    next_questions: tuple[NextQuestion, ...]
    profile: tuple[Motive, ...] | None  # dominant motives, strongest first
    expected_value: ExpectedValue | None

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)


def question_points(question: Question, value: AnswerValue) -> tuple[float, float] | None:
    """(points, best possible) for a scored answer; None when the kind does not score."""
    if question.kind == "scale" and isinstance(value, int):
        return (value - 1) / 4 * MAX_POINTS, float(MAX_POINTS)
    if not question.options:
        return None
    best = max(o.points for o in question.options)
    chosen = value if isinstance(value, tuple) else (value,)
    got = [
        o.points for o in question.options if any(type(o.value) is type(c) and o.value == c for c in chosen)
    ]
    # multi_choice: the strongest option chosen speaks for the answer
    return (float(max(got)) if got else 0.0), float(best)


def _visible(question: Question, view: BankView) -> bool:
    return question.when is None or evaluate(question.when, view).value


def _criterion_result(criterion: Criterion, view: BankView) -> CriterionResult:
    points = best = 0.0
    base = [q for q in criterion.questions if q.when is None]
    answered_base = 0
    reasons: list[Text] = []
    for q in criterion.questions:
        answer = view.state.answers.get(q.key)
        if answer is None or not _visible(q, view):
            continue
        if q.when is None:
            answered_base += 1
        scored = question_points(q, answer.value)
        if scored is not None:
            points += scored[0]
            best += scored[1]
            said = answer_reason(q, answer.value)
            gained = f"({scored[0]:g}/{scored[1]:g})"
            reasons.append(tr(f"{said.en} {gained}", f"{said.fr} {gained}"))
    score = round(100 * points / best, 1) if best else None
    coverage = answered_base / len(base) if base else 1.0
    return CriterionResult(
        criterion.id,
        criterion.name,
        criterion.weight,
        score,
        coverage,
        answered_base,
        len(base),
        tuple(reasons),
    )


def _signals(bank: Bank, view: BankView) -> tuple[FiredSignal, ...]:
    fired = []
    for signal in bank.signals:
        outcome = evaluate(signal.when, view)
        if not outcome.value:
            continue
        reasons = []
        for key in outcome.evidence:
            answer = view.state.answers[key]
            question = view.by_ref.get(answer.question_id) or view.by_ref.get(key)
            if question is not None:
                reasons.append(answer_reason(question, answer.value))
        fired.append(
            FiredSignal(
                signal.id,
                bank.id,
                signal.kind,
                signal.scope,
                signal.criterion,
                signal.message,
                signal.explanation,
                tuple(reasons),
                tuple(outcome.evidence),
            )
        )
    return tuple(fired)


def _weighted(results: tuple[CriterionResult, ...]) -> tuple[float | None, float]:
    total_weight = sum(c.weight for c in results)
    scored = [c for c in results if c.score is not None]
    scored_weight = sum(c.weight for c in scored)
    score = (
        round(sum(c.weight * (c.score or 0) for c in scored) / scored_weight, 1) if scored_weight else None
    )
    coverage = sum(c.weight * c.coverage for c in results) / total_weight if total_weight else 0.0
    return score, round(coverage, 4)


def _verdict(
    score: float | None, coverage: float, signals: tuple[FiredSignal, ...], thresholds: Thresholds
) -> tuple[Verdict, tuple[Text, ...]]:
    red = [s for s in signals if s.kind == "red_flag" and s.scope == "lead"]
    if red:
        return "disqualified", tuple(
            tr(f"Red flag: {s.message.en}", f"Signal rédhibitoire : {s.message.fr}") for s in red
        )
    if coverage < thresholds.min_coverage or score is None:
        return "insufficient", (
            tr(
                f"Only {pct(coverage)} of the questions answered; {pct(thresholds.min_coverage)} "
                "are needed for a verdict",
                f"Seulement {pct(coverage)} des questions ont une réponse ; il en faut "
                f"{pct(thresholds.min_coverage)} pour conclure",
            ),
        )
    shown = f"{score:g}"
    if score >= thresholds.qualified:
        return "qualified", (
            tr(
                f"Score {shown}/100 reaches the qualified threshold ({thresholds.qualified:g})",
                f"Le score {shown}/100 atteint le seuil de qualification ({thresholds.qualified:g})",
            ),
        )
    if score >= thresholds.nurture:
        return "nurture", (
            tr(
                f"Score {shown}/100 is between the nurture ({thresholds.nurture:g}) and qualified "
                f"({thresholds.qualified:g}) thresholds",
                f"Le score {shown}/100 est entre le seuil de maturation ({thresholds.nurture:g}) et "
                f"celui de qualification ({thresholds.qualified:g})",
            ),
        )
    return "disqualified", (
        tr(
            f"Score {shown}/100 is below the nurture threshold ({thresholds.nurture:g})",
            f"Le score {shown}/100 est sous le seuil de maturation ({thresholds.nurture:g})",
        ),
    )


def _profile(bank: Bank, results: tuple[CriterionResult, ...]) -> tuple[Motive, ...]:
    by_id = {c.id: c for c in bank.criteria}
    rated = sorted((r for r in results if r.score is not None), key=lambda r: (-(r.score or 0), r.id))
    strong = [r for r in rated if (r.score or 0) >= PROFILE_STRONG][:PROFILE_MAX_DOMINANT]
    chosen = strong or rated[:1]
    return tuple(Motive(r.id, r.name, r.score or 0.0, by_id[r.id].lead_with) for r in chosen)


def _expected_value(
    potential: Money | None, score: float | None, coverage: float, verdict: Verdict | None
) -> ExpectedValue | None:
    if potential is None or score is None or verdict is None:
        return None
    if verdict == "disqualified":
        probability = 0.0
        how = tr("Disqualified: probability 0 %", "Disqualifiée : probabilité 0 %")
    else:
        probability = round(score / 100 * coverage, 4)
        how = tr(
            f"Score {score:g}/100 × coverage {pct(coverage)} = {pct(probability)} probability; "
            f"{potential} × {pct(probability)}",
            f"Score {score:g}/100 × couverture {pct(coverage)} = probabilité {pct(probability)} ; "
            f"{potential} × {pct(probability)}",
        )
    amount = (potential.amount * Decimal(str(probability))).quantize(Decimal("1"))
    value = Money(amount, potential.currency)
    return ExpectedValue(potential, probability, value, how)


def judge(bank: Bank, state: InterviewState, thresholds: Thresholds | None = None) -> BankJudgement:
    """Everything the engine concludes about `bank` from `state`, with reasons."""
    from interview.engine.next_questions import next_questions

    view = BankView.of(bank, state)
    results = tuple(_criterion_result(c, view) for c in bank.criteria)
    score, coverage = _weighted(results)
    signals = _signals(bank, view)
    verdict: Verdict | None = None
    computed: Verdict | None = None
    reasons: tuple[Text, ...] = ()
    override = state.overrides.get(bank.id)
    profile = None
    if bank.output == "profile":
        profile = _profile(bank, results)
        override = None
    else:
        computed, reasons = _verdict(score, coverage, signals, thresholds or bank.thresholds)
        verdict = computed
        if override is not None:
            verdict = override.verdict
            reasons = (
                tr(
                    f"Overridden by the rep ({computed} → {verdict}): {override.reason}",
                    f"Modifié par le commercial ({computed} → {verdict}) : {override.reason}",
                ),
                *reasons,
            )
    return BankJudgement(
        bank_id=bank.id,
        name=bank.name,
        output=bank.output,
        score=score,
        coverage=coverage,
        verdict=verdict,
        computed_verdict=computed,
        verdict_reasons=reasons,
        override=override,
        criteria=results,
        signals=signals,
        next_questions=next_questions(bank, view, results, signals),
        profile=profile,
        expected_value=_expected_value(state.deal_potential, score, coverage, verdict),
    )
