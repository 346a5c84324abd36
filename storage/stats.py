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
index for the period, so SQLite groups without sorting the period's rows. The figures per rep
cannot avoid a sort (no index has rep before started_at): the interviews' one pass groups by stage
and rep (totals, stages, reps and duration buckets at once), process signals per rep read the
process keys' slices, and the judged interviews per rep and bank the verdict keys' slices; the
median then reads only the bucket that holds it. About 75 ms for a quarter of a 25-rep team's
100,000 interviews (bench/team_scale.py; 40 ms before the figures per rep); cost grows with the
period (about 0.4 s for a year on the bench machine).

    scope = Scope(since, until, rep="camille")
    board = dashboard(store, scope)                 # everything, from one snapshot
    verdicts = verdict_distribution(store, scope)   # or one figure at a time
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
)
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
# Interview durations are counted in buckets with these edges, in minutes: <10, 10-20, ..., >=60.
DURATION_EDGES_MIN: tuple[int, ...] = (10, 20, 30, 45, 60)


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
class DurationBucket:
    label: str  # "<10", "10-20", ..., ">=60" (minutes)
    from_min: int  # included
    to_min: int | None  # excluded; None: no upper bound
    interviews: int


@dataclass(frozen=True)
class Durations:
    """How long the ended interviews of the scope lasted."""

    interviews: int  # with a duration (ended)
    median_s: float | None
    buckets: tuple[DurationBucket, ...]  # every bucket, shortest first, empty ones included


@dataclass(frozen=True)
class ProcessRate:
    """How often a process signal (how the rep ran the call) fired in one rep's interviews."""

    bank_id: str
    signal_id: str
    kind: str  # warning, mostly
    interviews: int  # of the rep's interviews in which it had fired at the summary
    of: int  # the rep's interviews judged by that bank (with a summary)
    share: float  # interviews / of, 0-1


@dataclass(frozen=True)
class RepFigures:
    rep: str
    interviews: int  # started in the period
    ended: int
    average_duration_s: float | None  # over the ended ones
    # Every process signal that fired in the scope (for anyone), for each bank this rep ran:
    # highest share first. "money asked before need: 3 of 8" is ProcessRate(interviews=3, of=8).
    process: tuple[ProcessRate, ...]


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    totals: Totals
    banks: tuple[BankOutcome, ...]  # by bank id
    stages: dict[str, int]  # stage -> interviews, most frequent first
    warnings: tuple[SignalCount, ...]  # most frequent first, at most `top`
    red_flags: tuple[SignalCount, ...]
    criteria: tuple[CriterionCoverage, ...]  # by bank, then criterion
    durations: Durations
    reps: tuple[RepFigures, ...]  # most interviews first, then by name
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


def _interviews_in_scope(rep: bool, framework: bool) -> list[Any]:
    i, b = Interview, InterviewBank
    # Practice runs (training) are not the team's pipeline; status is in ix_interviews_period.
    conditions = [*_in_period(i, rep), i.status != "practice"]
    if framework:
        conditions.append(exists().where(b.interview_id == i.id, b.bank_id == bindparam("framework")))
    return conditions


def _duration_buckets() -> list[tuple[str, int, int | None]]:
    """(label, from, to) in minutes: <10, 10-20, ..., >=60 for the default edges."""
    first, last = DURATION_EDGES_MIN[0], DURATION_EDGES_MIN[-1]
    buckets: list[tuple[str, int, int | None]] = [(f"<{first}", 0, first)]
    buckets += [(f"{lo}-{hi}", lo, hi) for lo, hi in itertools.pairwise(DURATION_EDGES_MIN)]
    buckets.append((f">={last}", last, None))
    return buckets


@functools.lru_cache(maxsize=8)
def _totals_query(rep: bool, framework: bool) -> Select[Any]:
    """One pass over the period's interviews (ix_interviews_period covers it), by stage and rep.

    One sort of the period's rows either way; the rows (stages x reps) are folded into totals,
    stages, figures per rep and duration buckets.
    """
    i = Interview
    in_bucket = []
    for _label, lo, hi in _duration_buckets():
        condition = i.duration_s >= lo * 60 if hi is None else i.duration_s < hi * 60
        if lo and hi is not None:
            condition = and_(i.duration_s >= lo * 60, condition)
        in_bucket.append(func.count(case((condition, 1))))
    return (
        select(
            i.stage,
            i.rep,
            func.count(),
            func.count(case((i.status == "ended", 1))),
            func.sum(i.duration_s),
            func.count(i.duration_s),
            func.sum(i.red_flags),
            func.count(i.red_flags),
            *in_bucket,
        )
        .where(*_interviews_in_scope(rep, framework))
        .group_by(i.stage, i.rep)
    )


@functools.lru_cache(maxsize=8)
def _median_query(rep: bool, framework: bool) -> Select[Any]:
    """The middle one or two durations, read from the buckets that hold them.

    The same index slice as the totals (ix_interviews_period); only the rows of those buckets are
    sorted. `duration_s + 0` is an expression: no index on duration_s alone can lure the planner
    into walking every interview in duration order.
    """
    i = Interview
    duration = i.duration_s + literal_column("0")
    return (
        select(i.duration_s)
        .where(
            duration >= bindparam("low", type_=Float),
            duration < bindparam("high", type_=Float),
            *_interviews_in_scope(rep, framework),
        )
        .order_by(duration)
        .limit(bindparam("take", type_=Integer))
        .offset(bindparam("skip", type_=Integer))
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
def _process_queries(rep: bool, framework: bool) -> tuple[Select[Any], Select[Any], Select[Any]]:
    """Process signals fired per rep, then per rep the interviews each of their banks judged.

    The first loops over the process keys of signal_keys (their slices of
    ix_interview_signals_key); the other two over the verdict_keys of the banks named in
    `banks` (with a verdict, then profile banks judged without one), as _bank_queries do.

    These group by rep, so SQLite sorts their rows whatever the order; grouping by the whole key
    first keeps the key table as the outer loop. A framework is named on the key table as a range
    (`>= fw AND <= fw`, the same as `=`): from `=` SQLite would infer a constant for the copies'
    bank_id and read the bank's whole history from the big index instead of the period's slices.
    """
    k, s = SignalKey, InterviewSignal
    keys = [k.scope == "process"]
    if framework:
        keys += [k.bank_id >= bindparam("framework"), k.bank_id <= bindparam("framework")]
    fired = (
        select(k.bank_id, k.signal_id, k.kind, s.rep, func.count())
        .join_from(
            k,
            s,
            and_(s.bank_id == k.bank_id, s.signal_id == k.signal_id, s.kind == k.kind, s.scope == k.scope),
        )
        .where(*keys, *_in_period(s, rep))
        .group_by(k.bank_id, k.signal_id, k.kind, k.scope, s.rep)
    )
    # With a framework, `banks` holds it alone: the fired signals are its own.
    v, b = VerdictKey, InterviewBank
    named = v.bank_id.in_(bindparam("banks", expanding=True))
    with_verdict = (
        select(v.bank_id, b.rep, func.count())
        .join_from(v, b, and_(b.bank_id == v.bank_id, b.verdict == v.verdict))
        .where(v.verdict != "", named, *_in_period(b, rep))
        .group_by(v.bank_id, v.verdict, b.rep)
    )
    judged = or_(b.score.is_not(None), b.coverage.is_not(None))
    without = (
        select(v.bank_id, b.rep, func.count())
        .join_from(v, b, and_(b.bank_id == v.bank_id, b.verdict.is_(None)))
        .where(v.verdict == "", named, judged, *_in_period(b, rep))
        .group_by(v.bank_id, v.verdict, b.rep)
    )
    return fired, with_verdict, without


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


@functools.lru_cache(maxsize=1)
def _reps_query() -> Select[Any]:
    """Every distinct rep, one index probe each (a loose scan of ix_interviews_rep_started).

    SELECT DISTINCT would read the whole index; this asks for the next name after each one.
    """
    i = Interview
    walk = select(func.min(i.rep).label("rep")).cte("rep_keys", recursive=True)
    following = select(func.min(i.rep)).where(i.rep > walk.c.rep).scalar_subquery()
    walk = walk.union_all(select(following).where(walk.c.rep.is_not(None)))
    return select(walk.c.rep).where(walk.c.rep.is_not(None))


@contextmanager
def _reading(store: Store) -> Iterator[Connection]:
    try:
        with store.engine.connect() as connection:
            yield connection
    except DBAPIError as exc:
        raise StorageError(describe_error(exc, store.where)) from None


# --- one figure each ------------------------------------------------------------------------------


@dataclass
class _Pass:
    """What the one pass over the period's interviews gives, folded from its (stage, rep) rows."""

    totals: Totals
    stages: dict[str, int]
    reps: dict[str, tuple[int, int, float | None]]  # rep -> interviews, ended, average duration
    buckets: tuple[DurationBucket, ...]


def _interviews_pass(connection: Connection, scope: Scope) -> _Pass:
    count = ended = duration_n = flags_n = 0
    duration_sum = flags_sum = 0.0
    stages: dict[str, int] = {}
    per_rep: dict[str, list[float]] = {}  # interviews, ended, duration sum, duration n
    bucket_counts = [0] * (len(DURATION_EDGES_MIN) + 1)
    rows = connection.execute(_totals_query(*_flags(scope)), _params(scope))
    for stage, rep, n, n_ended, d_sum, d_n, f_sum, f_n, *in_buckets in rows:
        count, ended = count + n, ended + (n_ended or 0)
        duration_sum, duration_n = duration_sum + float(d_sum or 0), duration_n + d_n
        flags_sum, flags_n = flags_sum + float(f_sum or 0), flags_n + f_n
        if stage is not None:
            stages[stage] = stages.get(stage, 0) + int(n)
        acc = per_rep.setdefault(rep, [0, 0, 0.0, 0])
        acc[0] += n
        acc[1] += n_ended or 0
        acc[2] += float(d_sum or 0)
        acc[3] += d_n
        bucket_counts = [a + int(b or 0) for a, b in zip(bucket_counts, in_buckets, strict=True)]
    totals = Totals(
        interviews=int(count),
        ended=int(ended),
        average_duration_s=duration_sum / duration_n if duration_n else None,
        average_red_flags=flags_sum / flags_n if flags_n else None,
    )
    return _Pass(
        totals=totals,
        stages=dict(sorted(stages.items(), key=lambda kv: (-kv[1], kv[0]))),
        reps={
            rep: (int(acc[0]), int(acc[1]), acc[2] / acc[3] if acc[3] else None)
            for rep, acc in per_rep.items()
        },
        buckets=tuple(
            DurationBucket(label, lo, hi, n)
            for (label, lo, hi), n in zip(_duration_buckets(), bucket_counts, strict=True)
        ),
    )


def _totals_and_stages(connection: Connection, scope: Scope) -> tuple[Totals, dict[str, int]]:
    figures = _interviews_pass(connection, scope)
    return figures.totals, figures.stages


def _median(connection: Connection, scope: Scope, buckets: tuple[DurationBucket, ...]) -> float | None:
    """The median duration (the mean of the middle two when their number is even).

    The buckets partition the durations and say which bucket holds each rank: only the bucket(s)
    of the middle ranks are read.
    """
    n = sum(b.interviews for b in buckets)
    if n <= 0:
        return None
    first, last = (n - 1) // 2, n // 2  # 0-based ranks of the middle one or two
    before, start = 0, 0  # durations below the bucket of `first`
    low_bucket = high_bucket = 0
    for index, bucket in enumerate(buckets):
        if before <= first < before + bucket.interviews:
            low_bucket, start = index, before
        if before <= last < before + bucket.interviews:
            high_bucket = index
        before += bucket.interviews
    top = buckets[high_bucket].to_min
    params = {
        **_params(scope),
        "low": -sys.float_info.max if low_bucket == 0 else buckets[low_bucket].from_min * 60.0,
        "high": sys.float_info.max if top is None else top * 60.0,
        "skip": first - start,
        "take": last - first + 1,
    }
    middle = [float(d) for d in connection.execute(_median_query(*_flags(scope)), params).scalars()]
    return sum(middle) / len(middle) if middle else None


def _durations(connection: Connection, scope: Scope, figures: _Pass) -> Durations:
    n = sum(b.interviews for b in figures.buckets)
    return Durations(
        interviews=n, median_s=_median(connection, scope, figures.buckets), buckets=figures.buckets
    )


def _rep_figures(connection: Connection, scope: Scope, figures: _Pass) -> tuple[RepFigures, ...]:
    fired_query, with_verdict, without = _process_queries(*_flags(scope))
    params = _params(scope)
    fired: dict[tuple[str, str, str], dict[str, int]] = {}  # (bank, signal, kind) -> rep -> interviews
    for bank_id, signal_id, kind, rep, n in connection.execute(fired_query, params):
        fired.setdefault((bank_id, signal_id, kind), {})[rep] = int(n)
    judged: dict[tuple[str, str], int] = {}  # (bank, rep) -> interviews with a summary
    if fired:
        params["banks"] = sorted({bank_id for bank_id, _s, _k in fired})
        for query in (with_verdict, without):
            for bank_id, rep, n in connection.execute(query, params):
                judged[bank_id, rep] = judged.get((bank_id, rep), 0) + int(n)
    result = []
    for rep, (interviews, ended, average) in figures.reps.items():
        rates = []
        for (bank_id, signal_id, kind), by_rep in fired.items():
            hits = by_rep.get(rep, 0)
            of = max(judged.get((bank_id, rep), 0), hits)  # a summary may name a bank not run
            if of:
                rates.append(ProcessRate(bank_id, signal_id, kind, hits, of, hits / of))
        rates.sort(key=lambda r: (-r.share, -r.interviews, r.bank_id, r.signal_id))
        result.append(RepFigures(rep, interviews, ended, average, tuple(rates)))
    result.sort(key=lambda r: (-r.interviews, r.rep))
    return tuple(result)


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


def known_reps(store: Store) -> tuple[str, ...]:
    """Every rep who recorded an interview, sorted by name (for a filter's choices).

    Trainees who only ran practice (status "practice", a handful of rows found through the status
    index) are left out, as their runs are from every figure.
    """
    i = Interview
    with _reading(store) as connection:
        reps = tuple(connection.execute(_reps_query()).scalars())
        trainees = set(connection.execute(select(i.rep).where(i.status == "practice").distinct()).scalars())
        if not trainees:
            return reps
        real = select(i.id).where(i.rep == bindparam("rep"), i.status != "practice").limit(1)
        only_practice = {r for r in trainees if connection.execute(real, {"rep": r}).first() is None}
    return tuple(r for r in reps if r not in only_practice)


def duration_distribution(store: Store, scope: Scope) -> Durations:
    """Ended interviews by duration bucket, and their median duration."""
    with _reading(store) as connection:
        return _durations(connection, scope, _interviews_pass(connection, scope))


def rep_figures(store: Store, scope: Scope) -> tuple[RepFigures, ...]:
    """Per rep: interviews, average duration, and how often each process signal fired."""
    with _reading(store) as connection:
        return _rep_figures(connection, scope, _interviews_pass(connection, scope))


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
        figures = _interviews_pass(connection, scope)
        signals = _signals(connection, scope, ("warning", "red_flag"))
        return Dashboard(
            scope=scope,
            totals=figures.totals,
            banks=_banks(connection, scope),
            stages=figures.stages,
            warnings=tuple(s for s in signals if s.kind == "warning")[:top],
            red_flags=tuple(s for s in signals if s.kind == "red_flag")[:top],
            criteria=_criteria(connection, scope),
            durations=_durations(connection, scope, figures),
            reps=_rep_figures(connection, scope, figures),
        )
