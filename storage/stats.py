"""The manager dashboard's figures: SQL aggregates over a period, optionally for one rep or framework.

Everything is computed by the database from the copies Store.set_summary / end_interview make of
each summary (interviews.stage, red_flags, duration_s; interview_banks.verdict, score, coverage;
interview_signals; interview_criteria), never by loading interviews. Results are plain frozen
records, safe to hand between threads.

The period is on `started_at`: `since` inclusive, `until` exclusive (aware datetimes in any zone,
naive ones are UTC). With a framework, the interviews are those that ran it, and the per-bank
figures (verdicts, coverage, signals, criteria) are that bank's only. Interviews without a summary
(still open) count in `totals.interviews` and nowhere else.

How it stays fast: the per-bank tables carry copies of started_at and rep, and each aggregate loops
over a small key table (verdict_keys, signal_keys, criterion_keys) reading that key's slice of an
index for the period, so SQLite groups without sorting the period's rows. About 40 ms for a
quarter of a 25-rep team's 100,000 interviews (bench/team_scale.py); cost grows with the period.

    scope = Scope(since, until, rep="camille")
    board = dashboard(store, scope)                 # everything, from one snapshot
    verdicts = verdict_distribution(store, scope)   # or one figure at a time
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, String, and_, bindparam, case, exists, func, literal, or_, select
from sqlalchemy.exc import DBAPIError

from storage.db import StorageError
from storage.models import (
    CriterionKey,
    Interview,
    InterviewBank,
    InterviewCriterion,
    InterviewSignal,
    SignalKey,
    VerdictKey,
)
from storage.repository import Store, describe_error

TOP_SIGNALS = 10


@dataclass(frozen=True)
class Scope:
    """Which interviews a figure covers."""

    since: dt.datetime
    until: dt.datetime
    rep: str | None = None
    framework: str | None = None


@dataclass(frozen=True)
class Totals:
    interviews: int  # started in the period
    ended: int
    average_duration_s: float | None  # over the ended ones
    average_red_flags: float | None  # over those with a summary


@dataclass(frozen=True)
class BankOutcome:
    bank_id: str
    verdicts: dict[str, int]  # verdict -> interviews; empty for a profile bank
    interviews: int  # with a summary that judged this bank
    average_coverage: float | None  # 0-1
    average_score: float | None  # 0-100


@dataclass(frozen=True)
class SignalCount:
    bank_id: str
    signal_id: str
    kind: str  # positive | warning | red_flag
    scope: str  # lead | process
    interviews: int  # in which it had fired at the summary


@dataclass(frozen=True)
class CriterionCoverage:
    bank_id: str
    criterion_id: str
    interviews: int
    average_coverage: float  # 0-1
    average_score: float | None  # 0-100; None when no interview scored it


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    totals: Totals
    banks: tuple[BankOutcome, ...]  # by bank id
    stages: dict[str, int]  # stage -> interviews, most frequent first
    warnings: tuple[SignalCount, ...]  # most frequent first, at most `top`
    red_flags: tuple[SignalCount, ...]
    criteria: tuple[CriterionCoverage, ...]  # by bank, then criterion
    verdicts: dict[str, dict[str, int]] = field(init=False)  # bank -> verdict -> interviews

    def __post_init__(self) -> None:
        object.__setattr__(self, "verdicts", {b.bank_id: b.verdicts for b in self.banks if b.verdicts})


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite compares the stored UTC wall time as text: bring the bounds to UTC first.
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _params(scope: Scope) -> dict[str, Any]:
    params: dict[str, Any] = {"since": _utc(scope.since), "until": _utc(scope.until)}
    if scope.rep:
        params["rep"] = scope.rep
    if scope.framework:
        params["framework"] = scope.framework
    return params


def _flags(scope: Scope) -> tuple[bool, bool]:
    return bool(scope.rep), bool(scope.framework)


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


# --- the statements -------------------------------------------------------------------------------
# Each is built once per combination of filters, with the values as bound parameters: SQLAlchemy
# then reuses its compiled form instead of rebuilding and keying it on every refresh.

_MOMENT = Interview.started_at.type


def _in_period(table: Any, rep: bool) -> list[Any]:
    conditions = [
        table.started_at >= bindparam("since", type_=_MOMENT),
        table.started_at < bindparam("until", type_=_MOMENT),
    ]
    if rep:
        conditions.append(table.rep == bindparam("rep"))
    return conditions


def _copied_period(table: Any, rep: bool, framework: bool) -> list[Any]:
    """The scope on a table that carries copies of started_at and rep (no join to interviews)."""
    conditions = _in_period(table, rep)
    if framework:
        conditions.append(table.bank_id == bindparam("framework"))
    return conditions


@functools.lru_cache(maxsize=8)
def _totals_query(rep: bool, framework: bool) -> Select[Any]:
    """One pass over the period's interviews: ix_interviews_period covers it."""
    i, b = Interview, InterviewBank
    conditions = _in_period(i, rep)
    if framework:
        conditions.append(exists().where(b.interview_id == i.id, b.bank_id == bindparam("framework")))
    return (
        select(
            i.stage,
            func.count(),
            func.count(case((i.status == "ended", 1))),
            func.sum(i.duration_s),
            func.count(i.duration_s),
            func.sum(i.red_flags),
            func.count(i.red_flags),
        )
        .where(*conditions)
        .group_by(i.stage)
    )


@functools.lru_cache(maxsize=8)
def _bank_queries(rep: bool, framework: bool) -> tuple[Select[Any], Select[Any]]:
    """The rows with a verdict, then the banks judged without one (profile banks).

    Both loop over verdict_keys and read each key's slice of ix_interview_banks_outcome.
    """
    k, b = VerdictKey, InterviewBank
    figures = (
        func.count(),
        func.sum(b.coverage),
        func.count(b.coverage),
        func.sum(b.score),
        func.count(b.score),
    )
    with_verdict = (
        select(k.bank_id, k.verdict, *figures)
        .join_from(k, b, and_(b.bank_id == k.bank_id, b.verdict == k.verdict))
        .where(k.verdict != "", *_copied_period(b, rep, framework))
        .group_by(k.bank_id, k.verdict)
    )
    judged = or_(b.score.is_not(None), b.coverage.is_not(None))
    without = (
        select(k.bank_id, literal(None, String).label("verdict"), *figures)
        .join_from(k, b, and_(b.bank_id == k.bank_id, b.verdict.is_(None)))
        .where(k.verdict == "", judged, *_copied_period(b, rep, framework))
        .group_by(k.bank_id)
    )
    return with_verdict, without


@functools.lru_cache(maxsize=8)
def _signals_query(rep: bool, framework: bool) -> Select[Any]:
    """Loops over signal_keys, reading each one's slice of ix_interview_signals_key."""
    k, s = SignalKey, InterviewSignal
    return (
        select(k.bank_id, k.signal_id, k.kind, k.scope, func.count())
        .join_from(
            k,
            s,
            and_(s.bank_id == k.bank_id, s.signal_id == k.signal_id, s.kind == k.kind, s.scope == k.scope),
        )
        .where(k.kind.in_(bindparam("kinds", expanding=True)), *_copied_period(s, rep, framework))
        .group_by(k.bank_id, k.signal_id, k.kind, k.scope)
    )


@functools.lru_cache(maxsize=8)
def _criteria_query(rep: bool, framework: bool) -> Select[Any]:
    """Loops over criterion_keys, reading each one's slice of ix_interview_criteria_key."""
    k, c = CriterionKey, InterviewCriterion
    return (
        select(k.bank_id, k.criterion_id, func.count(), func.avg(c.coverage), func.avg(c.score))
        .join_from(k, c, and_(c.bank_id == k.bank_id, c.criterion_id == k.criterion_id))
        .where(*_copied_period(c, rep, framework))
        .group_by(k.bank_id, k.criterion_id)
    )


@contextmanager
def _reading(store: Store) -> Iterator[Connection]:
    try:
        with store.engine.connect() as connection:
            yield connection
    except DBAPIError as exc:
        raise StorageError(describe_error(exc, store.where)) from None


# --- one figure each ------------------------------------------------------------------------------


def _totals_and_stages(connection: Connection, scope: Scope) -> tuple[Totals, dict[str, int]]:
    count = ended = duration_n = flags_n = 0
    duration_sum = flags_sum = 0.0
    stages: dict[str, int] = {}
    rows = connection.execute(_totals_query(*_flags(scope)), _params(scope))
    for stage, n, n_ended, d_sum, d_n, f_sum, f_n in rows:
        count, ended = count + n, ended + (n_ended or 0)
        duration_sum, duration_n = duration_sum + float(d_sum or 0), duration_n + d_n
        flags_sum, flags_n = flags_sum + float(f_sum or 0), flags_n + f_n
        if stage is not None:
            stages[stage] = int(n)
    totals = Totals(
        interviews=int(count),
        ended=int(ended),
        average_duration_s=duration_sum / duration_n if duration_n else None,
        average_red_flags=flags_sum / flags_n if flags_n else None,
    )
    return totals, dict(sorted(stages.items(), key=lambda kv: (-kv[1], kv[0])))


def _banks(connection: Connection, scope: Scope) -> tuple[BankOutcome, ...]:
    with_verdict, without = _bank_queries(*_flags(scope))
    params = _params(scope)
    folded: dict[str, list[float]] = {}  # count, coverage sum and n, score sum and n
    verdicts: dict[str, dict[str, int]] = {}
    rows = [*connection.execute(with_verdict, params), *connection.execute(without, params)]
    for bank_id, verdict, count, coverage_sum, coverage_n, score_sum, score_n in rows:
        acc = folded.setdefault(bank_id, [0, 0.0, 0, 0.0, 0])
        acc[0] += count
        acc[1] += float(coverage_sum or 0)
        acc[2] += coverage_n
        acc[3] += float(score_sum or 0)
        acc[4] += score_n
        if verdict is not None:
            verdicts.setdefault(bank_id, {})[verdict] = int(count)
    return tuple(
        BankOutcome(
            bank_id=bank_id,
            verdicts=dict(sorted(verdicts.get(bank_id, {}).items(), key=lambda kv: (-kv[1], kv[0]))),
            interviews=int(acc[0]),
            average_coverage=acc[1] / acc[2] if acc[2] else None,
            average_score=acc[3] / acc[4] if acc[4] else None,
        )
        for bank_id, acc in sorted(folded.items())
    )


def _signals(connection: Connection, scope: Scope, kinds: tuple[str, ...]) -> list[SignalCount]:
    params = {**_params(scope), "kinds": list(kinds)}
    rows = connection.execute(_signals_query(*_flags(scope)), params).all()
    return [
        SignalCount(bank_id, signal_id, kind, scope_, interviews=int(n))
        for bank_id, signal_id, kind, scope_, n in sorted(rows, key=lambda r: (-r[4], r[0], r[1]))
    ]


def _criteria(connection: Connection, scope: Scope) -> tuple[CriterionCoverage, ...]:
    rows = connection.execute(_criteria_query(*_flags(scope)), _params(scope)).all()
    return tuple(
        CriterionCoverage(bank_id, criterion_id, int(n), float(coverage), _float(score))
        for bank_id, criterion_id, n, coverage, score in sorted(rows, key=lambda r: (r[0], r[1]))
    )


def totals(store: Store, scope: Scope) -> Totals:
    with _reading(store) as connection:
        return _totals_and_stages(connection, scope)[0]


def stage_distribution(store: Store, scope: Scope) -> dict[str, int]:
    """stage -> interviews, most frequent first."""
    with _reading(store) as connection:
        return _totals_and_stages(connection, scope)[1]


def bank_outcomes(store: Store, scope: Scope) -> tuple[BankOutcome, ...]:
    """Per framework: verdict distribution, average coverage and score."""
    with _reading(store) as connection:
        return _banks(connection, scope)


def verdict_distribution(store: Store, scope: Scope) -> dict[str, dict[str, int]]:
    """bank id -> verdict -> interviews (profile banks, which give no verdict, are left out)."""
    return {b.bank_id: b.verdicts for b in bank_outcomes(store, scope) if b.verdicts}


def top_signals(store: Store, scope: Scope, kind: str, limit: int = TOP_SIGNALS) -> tuple[SignalCount, ...]:
    """The signals of `kind` (warning, red_flag, positive) that fired in the most interviews."""
    with _reading(store) as connection:
        return tuple(_signals(connection, scope, (kind,))[:limit])


def criterion_coverage(store: Store, scope: Scope) -> tuple[CriterionCoverage, ...]:
    """Average coverage (and score) of each criterion, by bank then criterion."""
    with _reading(store) as connection:
        return _criteria(connection, scope)


def dashboard(store: Store, scope: Scope, *, top: int = TOP_SIGNALS) -> Dashboard:
    """Every figure above, from one read transaction (one consistent snapshot)."""
    with _reading(store) as connection:
        totals_, stages = _totals_and_stages(connection, scope)
        signals = _signals(connection, scope, ("warning", "red_flag"))
        return Dashboard(
            scope=scope,
            totals=totals_,
            banks=_banks(connection, scope),
            stages=stages,
            warnings=tuple(s for s in signals if s.kind == "warning")[:top],
            red_flags=tuple(s for s in signals if s.kind == "red_flag")[:top],
            criteria=_criteria(connection, scope),
        )
