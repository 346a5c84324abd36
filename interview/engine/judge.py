"""Judge one bank against the interview state: scores, coverage, signals, verdict, next questions.

Pure and deterministic: the same banks and state always give the same judgement, with the reasons
for each conclusion.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from interview.engine.answers import Money
from interview.engine.compiled import CompiledBank, CompiledCriterion, Context, compiled
from interview.engine.compiled import question_points as question_points  # its home before compiled.py
from interview.engine.next_questions import NextQuestion, next_questions
from interview.engine.state import InterviewState, Override, Verdict
from interview.engine.wording import pct, tr
from question_banks.model import Bank, Text, Thresholds

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


def _criterion_result(
    bank: CompiledBank, criterion: CompiledCriterion, ctx: Context, shown: dict[str, bool]
) -> CriterionResult:
    """Score and coverage of one criterion; records each follow-up's visibility in `shown`."""
    points = best = 0.0
    answered_base = 0
    reasons: list[Text] = []
    answers = ctx.answers
    for cq in criterion.questions:
        answer = answers.get(cq.key)
        if answer is None:
            continue
        if cq.shown is not None:
            visible = shown[cq.question.id] = cq.shown(ctx)
            if not visible:
                continue
        else:
            answered_base += 1
        scored, line = bank.scored(cq.question, answer.value)
        if scored is not None:
            points += scored[0]
            best += scored[1]
            reasons.append(line)  # type: ignore[arg-type]
    score = round(100 * points / best, 1) if best else None
    total = criterion.base_total
    coverage = answered_base / total if total else 1.0
    c = criterion.criterion
    return CriterionResult(c.id, c.name, c.weight, score, coverage, answered_base, total, tuple(reasons))


def _signals(bank: CompiledBank, ctx: Context, kept: _Kept | None = None) -> tuple[FiredSignal, ...]:
    changed, progress_changed = (kept.changed, kept.progress_changed) if kept is not None else (set(), True)
    earlier: dict[str, FiredSignal] = {}
    if kept is not None:
        if not (progress_changed and bank.process_signals) and bank.signal_keys.isdisjoint(changed):
            return kept.signals  # no signal reads what changed
        earlier = {s.id: s for s in kept.signals}
    fired = []
    bank_id = bank.bank.id
    for compiled_signal in bank.signals:
        if (
            kept is not None
            and not (compiled_signal.process and progress_changed)
            and compiled_signal.reads.isdisjoint(changed)
        ):
            before = earlier.get(compiled_signal.signal.id)
            if before is not None:
                fired.append(before)
            continue
        if not compiled_signal.test(ctx):
            continue
        signal = compiled_signal.signal
        evidence = compiled_signal.evidence(ctx)
        reasons = []
        for key in evidence:
            answer = ctx.answers[key]
            question = bank.by_ref.get(answer.question_id) or bank.by_ref.get(key)
            if question is not None:
                reasons.append(bank.reason(question, answer.value))
        fired.append(
            FiredSignal(
                signal.id,
                bank_id,
                signal.kind,
                signal.scope,
                signal.criterion,
                signal.message,
                signal.explanation,
                tuple(reasons),
                tuple(evidence),
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


# Verdicts and their reasons by what decides them: the same few come back answer after answer.
_VERDICTS: dict[tuple[object, ...], tuple[Verdict, tuple[Text, ...]]] = {}
_MAX_VERDICTS = 4096


def _verdict(
    score: float | None, coverage: float, signals: tuple[FiredSignal, ...], thresholds: Thresholds
) -> tuple[Verdict, tuple[Text, ...]]:
    red = tuple((s.message.en, s.message.fr) for s in signals if s.kind == "red_flag" and s.scope == "lead")
    key = (
        (red,)
        if red
        else (score, coverage, thresholds.qualified, thresholds.nurture, thresholds.min_coverage)
    )
    found = _VERDICTS.get(key)
    if found is None:
        if len(_VERDICTS) >= _MAX_VERDICTS:
            _VERDICTS.clear()
        found = _VERDICTS[key] = _decide(score, coverage, red, thresholds)
    return found


def _decide(
    score: float | None, coverage: float, red: tuple[tuple[str, str], ...], thresholds: Thresholds
) -> tuple[Verdict, tuple[Text, ...]]:
    if red:
        return "disqualified", tuple(tr(f"Red flag: {en}", f"Signal rédhibitoire : {fr}") for en, fr in red)
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


@dataclass(frozen=True)
class _Kept:
    """What an earlier judgement of the same bank lets us keep: parts whose inputs did not change."""

    changed: set[str]  # answer keys whose answer is not the very same object as before
    progress_changed: bool  # answers counted or the order criteria were opened in
    criteria: tuple[CriterionResult, ...]
    signals: tuple[FiredSignal, ...]
    context: Context | None  # the earlier progress still holds: no need to count it again

    @classmethod
    def of(
        cls,
        bank: CompiledBank,
        state: InterviewState,
        since: tuple[InterviewState, BankJudgement],
        touched: Collection[str] | None,
    ) -> _Kept | None:
        before, previous = since
        if (
            previous.bank_id != bank.bank.id
            or tuple(c.id for c in previous.criteria) != bank.criterion_ids
            or before.reference_date != state.reference_date  # relative dates in conditions move
            or not bank.signal_ids_unique
        ):
            return None
        changed, progress_changed = bank.changes(before, state, touched)
        context = None
        progress = bank.progress  # (judgement, first_seq, answered) of the last judgement made
        if not progress_changed and progress is not None and progress[0] is previous:
            context = Context(state.answers, progress[1], progress[2], state.reference_date)
        return cls(changed, progress_changed, previous.criteria, previous.signals, context)


def judge(
    bank: Bank,
    state: InterviewState,
    thresholds: Thresholds | None = None,
    since: tuple[InterviewState, BankJudgement] | None = None,
    touched: Collection[str] | None = None,
) -> BankJudgement:
    """Everything the engine concludes about `bank` from `state`, with reasons.

    `since`: an earlier state and the judgement this function made of it for the same bank object.
    Criteria and signals whose answers are the very same objects in both states are carried over
    instead of recomputed; the judgement is the same as without it. `touched`, with `since`: the
    answer keys that events between the two states answered or cleared (more is fine, fewer is
    wrong); without it every key of the bank is compared.
    """
    prepared = compiled(bank)
    kept = _Kept.of(prepared, state, since, touched) if since is not None else None
    ctx = kept.context if kept is not None and kept.context is not None else prepared.context(state)
    shown: dict[str, bool] = {}  # follow-up visibility, shared with next_questions
    if kept is None:
        results = tuple(_criterion_result(prepared, c, ctx, shown) for c in prepared.criteria)
    else:
        changed, progress_changed = kept.changed, kept.progress_changed
        results = tuple(
            before
            if not (c.process and progress_changed) and c.reads.isdisjoint(changed)
            else _criterion_result(prepared, c, ctx, shown)
            for c, before in zip(prepared.criteria, kept.criteria, strict=True)
        )
    score, coverage = _weighted(results)
    signals = _signals(prepared, ctx, kept)
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
    judgement = BankJudgement(
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
        next_questions=next_questions(prepared, ctx, results, signals, shown),
        profile=profile,
        expected_value=_expected_value(state.deal_potential, score, coverage, verdict),
    )
    prepared.progress = (judgement, ctx.first_seq, ctx.answered)
    return judgement
