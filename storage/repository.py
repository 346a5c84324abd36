"""The only door to the database: every write is one short transaction, committed before it returns.

Callers get plain frozen records, never ORM objects, so the UI can hand them between threads.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Row,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.dml import Insert

from storage.db import (
    WRITE_OPTION,
    StorageError,
    make_engine,
    make_sessions,
    sqlite_path,
    writable,
)
from storage.migrate import SchemaTooNew, schema_state, upgrade
from storage.models import (
    CriterionKey,
    Event,
    ExportRecord,
    Interview,
    InterviewBank,
    InterviewCriterion,
    InterviewSignal,
    Lead,
    PracticeAttempt,
    QuizResult,
    ReviewComment,
    SignalKey,
    VerdictKey,
    utcnow,
)
from storage.precheck import damaged_message, read_only_message, sqlite_damage
from storage.records import (  # re-exported: callers import the records from here too
    CommentRecord,
    EventRecord,
    ForgetReport,
    InterviewRecord,
    LeadRecord,
    aware,
)
from storage.training_records import AttemptRecord, QuizRecord

PRACTICE = "practice"  # the status of a trainee's run against a scenario (see _where_filters)

EVENT_KINDS = (
    "answer_given",
    "answer_changed",
    "answer_cleared",
    "note",
    "framework_switched",
    "handed_off",
    "verdict_overridden",
    "deal_potential_set",
    "interview_ended",
    "question_asked",  # practice: a question asked and the scripted prospect's reply (not folded)
)


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite compares the stored UTC wall time as text: bring every bound moment to UTC first.
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _lead(row: Lead) -> LeadRecord:
    return LeadRecord(row.id, row.uid, row.name, row.company, row.role, dict(row.firmographics or {}))


def _interview(row: Interview) -> InterviewRecord:
    return InterviewRecord(
        id=row.id,
        uid=row.uid,
        lead=_lead(row.lead),
        rep=row.rep,
        frameworks=tuple(row.frameworks),
        lang=row.lang,
        status=row.status,
        started_at=aware(row.started_at),
        ended_at=aware(row.ended_at) if row.ended_at else None,
        summary=dict(row.summary or {}),
        banks={b.bank_id: b.content_hash for b in row.banks if b.content_hash is not None},
        last_seq=row.last_seq,
    )


# Reads go through Core, not the ORM: records are built straight from rows (a page of the browser
# or a replay is a handful of queries, with no identity map or lazy loads behind them), and the
# statements are built once: SQLAlchemy then finds their compiled form without rebuilding a key.
_INTERVIEW_ROW: Select[Any] = select(
    Interview.id,
    Interview.uid,
    Interview.rep,
    Interview.frameworks,
    Interview.lang,
    Interview.status,
    Interview.started_at,
    Interview.ended_at,
    Interview.summary,
    Interview.last_seq,
    Lead.id.label("lead_pk"),
    Lead.uid.label("lead_uid"),
    Lead.name.label("lead_name"),
    Lead.company.label("lead_company"),
    Lead.role.label("lead_role"),
    Lead.firmographics.label("lead_firmographics"),
).join_from(Interview, Lead, Interview.lead_id == Lead.id)
_INTERVIEW_BY_ID = _INTERVIEW_ROW.where(Interview.id == bindparam("id"))
_EVENTS_OF = (
    select(Event.seq, Event.at, Event.kind, Event.question_id, Event.payload, Event.recorded_at)
    .where(Event.interview_id == bindparam("id"))
    .order_by(Event.seq)
)
_HASHES = select(InterviewBank.interview_id, InterviewBank.bank_id, InterviewBank.content_hash)
_HASHES_OF = _HASHES.where(InterviewBank.interview_id == bindparam("id"))
_HASHES_OF_MANY = _HASHES.where(InterviewBank.interview_id.in_(bindparam("ids", expanding=True)))


# The answer path's statements, built once: a rep's answer pays for SQL, not for building it.
_BUMP = update(Interview).where(Interview.id == bindparam("b_id")).values(last_seq=Interview.last_seq + 1)
_BUMP_DEAL = _BUMP.values(
    deal_potential_amount=bindparam("amount"), deal_potential_currency=bindparam("currency")
)
_NEXT_SEQ = {  # UPDATE ... RETURNING: one round trip (SQLite 3.35+, PostgreSQL)
    "answer": _BUMP.returning(Interview.last_seq),
    "deal": _BUMP_DEAL.returning(Interview.last_seq),
    "overrides": _BUMP.returning(Interview.last_seq, Interview.verdict_overrides),
}
_SEQ_AFTER_BUMP = select(Interview.last_seq, Interview.verdict_overrides).where(
    Interview.id == bindparam("b_id")
)
_INSERT_EVENT = insert(Event)


def _record(row: Row[Any], banks: dict[str, str]) -> InterviewRecord:
    (iid, uid, rep, frameworks, lang, status, started_at, ended_at, summary, last_seq, *lead) = row
    return InterviewRecord(
        id=iid,
        uid=uid,
        lead=LeadRecord(lead[0], lead[1], lead[2], lead[3], lead[4], dict(lead[5] or {})),
        rep=rep,
        frameworks=tuple(frameworks),
        lang=lang,
        status=status,
        started_at=aware(started_at),
        ended_at=aware(ended_at) if ended_at else None,
        summary=dict(summary or {}),
        banks=banks,
        last_seq=last_seq,
    )


def _bank_hashes(connection: Connection, interview_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = {i: {} for i in interview_ids}
    if not interview_ids:
        return found
    if len(interview_ids) == 1:
        rows = connection.execute(_HASHES_OF, {"id": interview_ids[0]})
    else:
        rows = connection.execute(_HASHES_OF_MANY, {"ids": list(interview_ids)})
    for interview_id, bank_id, content_hash in sorted(rows, key=lambda r: r[1]):
        if content_hash is not None:
            found[interview_id][bank_id] = content_hash
    return found


def _attempt(row: PracticeAttempt) -> AttemptRecord:
    return AttemptRecord(
        row.id,
        row.interview_id,
        row.trainee,
        row.scenario_id,
        bool(row.exam),
        float(row.score),
        dict(row.report or {}),
        aware(row.graded_at),
    )


def _event(row: Event | Row[Any]) -> EventRecord:
    return EventRecord(row.seq, row.at, row.kind, row.question_id, dict(row.payload or {}), row.recorded_at)


# --- the browser's listing: filters, sorts, keyset pages ---------------------------------------------

# What the browser sorts by; "verdict:ID" and "score:ID" sort by one framework's verdict or score.
SORTS = ("started", "lead", "company", "rep", "duration", "stage", "red_flags", "verdict", "score")
BANK_SORTS = ("verdict", "score")
# Columns that may be empty (no company, an open interview, no summary, a framework not run or not
# judged): their empty rows come after the others, in either direction, ordered by the tie-breakers.
NULLABLE_SORTS = ("company", "duration", "stage", "red_flags", "verdict", "score")
# Largest (or newest, or best verdict) first unless asked otherwise; the texts from A to Z.
DESCENDING_SORTS = ("started", "duration", "red_flags", "verdict", "score")
_FILTERS = (
    "text",
    "name",
    "company",
    "rep",
    "rep_text",
    "framework",
    "verdict",
    "stage",
    "status",
    "min_red_flags",
    "since",
    "until",
)


@dataclass(frozen=True)
class Listing:
    """Which interviews the browser lists (each filter optional, all combined) and in which order.

    Text filters are case-insensitive "contains"; `verdict` is any framework's verdict, or that of
    `framework` when both are given. `since` is inclusive, `until` exclusive.
    """

    text: str | None = None  # the lead's name or company contains it
    name: str | None = None  # the lead's name contains it
    company: str | None = None  # the company contains it
    rep: str | None = None  # exactly this rep
    rep_text: str | None = None  # the rep's name contains it
    framework: str | None = None
    verdict: str | None = None
    stage: str | None = None
    status: str | None = None  # open | ended
    min_red_flags: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    sort: str = "started"  # one of SORTS, or "verdict:ID" / "score:ID"
    descending: bool = True

    def __post_init__(self) -> None:
        sort_spec(self.sort)  # an unknown sort fails here, not in SQL


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the sort key of its last row. Pass it back for the next page."""

    sort: str
    descending: bool
    empty: bool  # the row had no value in the sort column (those rows come last)
    key: tuple[Any, ...]  # the sort column's value (unless empty), its tie-breakers, the id


@dataclass(frozen=True)
class Page:
    records: list[InterviewRecord]
    after: Cursor | None  # None: nothing after this page


def sort_spec(sort: str) -> tuple[str, str | None]:
    """("verdict", "bant") for "verdict:bant", ("lead", None) for "lead"; ValueError if unknown."""
    column, _, bank = sort.partition(":")
    if column not in SORTS:
        known = ", ".join(SORTS)
        raise ValueError(f"unknown sort '{sort}': one of {known} (verdict and score as verdict:ID)")
    if (column in BANK_SORTS) != bool(bank):
        if bank:
            raise ValueError(f"sort '{column}' takes no framework")
        raise ValueError(f"sort '{column}' needs a framework, e.g. {column}:bant")
    return column, bank or None


def default_descending(sort: str) -> bool:
    """The direction a sort starts in: newest, longest, most red flags, best verdict first; A to Z."""
    return sort_spec(sort)[0] in DESCENDING_SORTS


_SORT_BANK = aliased(InterviewBank, name="sort_bank")
_SORT_KEYS: dict[str, tuple[Any, ...]] = {
    # The tie-breakers follow the index each sort walks: leads by name (rowid), then each lead's
    # interviews by id, so a page is read in order with no sort of the whole table.
    "started": (Interview.started_at, Interview.id),
    "lead": (Lead.name, Lead.id, Interview.id),
    "company": (Lead.company, Lead.id, Interview.id),
    "rep": (Interview.rep, Interview.id),
    "duration": (Interview.duration_s, Interview.id),
    "stage": (Interview.stage, Interview.id),
    "red_flags": (Interview.red_flags, Interview.id),
    "verdict": (_SORT_BANK.verdict, _SORT_BANK.interview_id),
    "score": (_SORT_BANK.score, _SORT_BANK.interview_id),
}


def _contains(column: Any, name: str) -> Any:
    return func.lower(column).like(bindparam(name), escape="\\")


def _pattern(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where_filters(query: Select[Any], filters: frozenset[str]) -> Select[Any]:
    if "text" in filters:
        query = query.where(or_(_contains(Lead.name, "text"), _contains(Lead.company, "text")))
    if "name" in filters:
        query = query.where(_contains(Lead.name, "name"))
    if "company" in filters:
        query = query.where(_contains(Lead.company, "company"))
    if "rep" in filters:
        query = query.where(Interview.rep == bindparam("rep"))
    if "rep_text" in filters:
        query = query.where(_contains(Interview.rep, "rep_text"))
    bank = [InterviewBank.interview_id == Interview.id]
    if "framework" in filters:
        bank.append(InterviewBank.bank_id == bindparam("framework"))
    if "verdict" in filters:
        bank.append(InterviewBank.verdict == bindparam("verdict"))
    if len(bank) > 1:  # with both, the verdict is that framework's
        query = query.where(exists().where(*bank))
    if "stage" in filters:
        query = query.where(Interview.stage == bindparam("stage"))
    if "status" in filters:
        query = query.where(Interview.status == bindparam("status"))
    else:  # practice runs are training, not the team's pipeline: listed only when asked for
        query = query.where(Interview.status != PRACTICE)
    if "min_red_flags" in filters:
        query = query.where(Interview.red_flags >= bindparam("min_red_flags", type_=Integer))
    if "since" in filters:
        query = query.where(Interview.started_at >= bindparam("since", type_=Interview.started_at.type))
    if "until" in filters:
        query = query.where(Interview.started_at < bindparam("until", type_=Interview.started_at.type))
    return query


def _segment(column: str, empty: bool, keyset: bool = False) -> tuple[Select[Any], tuple[Any, ...]]:
    """The rows with a value in the sort column (or, `empty`, without one), and their sort key.

    With `keyset`, the comparison with the previous page's key already leaves NULLs out: no
    IS NOT NULL term then, which SQLite would take as the index range instead of the key.
    """
    keys = _SORT_KEYS[column]
    query = _INTERVIEW_ROW
    if column in BANK_SORTS:
        judged = _SORT_BANK.verdict if column == "verdict" else _SORT_BANK.score
        if not empty:
            on = and_(_SORT_BANK.interview_id == Interview.id, _SORT_BANK.bank_id == bindparam("sort_bank"))
            query = query.join(_SORT_BANK, on)
            return (query if keyset else query.where(judged.is_not(None))), keys
        other = aliased(InterviewBank)
        value = other.verdict if column == "verdict" else other.score
        query = query.where(
            ~exists().where(
                other.interview_id == Interview.id,
                other.bank_id == bindparam("sort_bank"),
                value.is_not(None),
            )
        )
        return query, (Interview.id,)
    if column in NULLABLE_SORTS and empty:
        return query.where(keys[0].is_(None)), keys[1:]
    if column in NULLABLE_SORTS and not keyset:
        query = query.where(keys[0].is_not(None))
    return query, keys


def _after(keys: tuple[Any, ...], descending: bool, level: int) -> Any:
    """One part of the rows after the bound key k0, k1...: the same k0..k(level-1), a later k(level).

    The rows after a key are these parts, deepest level first (the same lead's later interviews,
    then the same name's later leads, then the later names). Each is an equality prefix and a
    range on one index, which SQLite and PostgreSQL seek straight to, however many rows share the
    first value (a stage, no red flag): a single row-value comparison would walk them all.
    """
    bound = [bindparam(f"k{i}", type_=key.type) for i, key in enumerate(keys)]
    later = keys[level] < bound[level] if descending else keys[level] > bound[level]
    return and_(*(keys[i] == bound[i] for i in range(level)), later)


def _part(
    column: str, descending: bool, empty: bool, filters: frozenset[str], level: int | None
) -> tuple[Select[Any], tuple[Any, ...]]:
    """The rows of one segment (after the key, from `level`), unordered, and their sort key."""
    query, keys = _segment(column, empty, level is not None)
    query = _where_filters(query, filters)
    if level is not None:
        query = query.where(_after(keys, descending, level))
    if level == 1 and column in BANK_SORTS and not empty:
        # The same bound on interviews' own id: PostgreSQL does not carry a range across the join,
        # and would otherwise merge-join from the first interview.
        bound = bindparam("k1", type_=Integer)
        query = query.where(Interview.id < bound if descending else Interview.id > bound)
    return query, keys


@functools.lru_cache(maxsize=1024)
def _page_query(
    column: str,
    descending: bool,
    empty: bool,
    filters: frozenset[str],
    level: int | None,
    limit: bool,
    offset: bool,
) -> Select[Any]:
    """One part of a page for the filters present (each a bound parameter), built once each."""
    query, keys = _part(column, descending, empty, filters, level)
    query = query.add_columns(*(key.label(f"k{i}") for i, key in enumerate(keys)))
    query = query.order_by(*(key.desc() if descending else key.asc() for key in keys))
    if limit:
        query = query.limit(bindparam("limit", type_=Integer))
    if offset:
        query = query.offset(bindparam("offset", type_=Integer))
    return query


# Filters interview_banks has copies of (one row per interview and framework): counted there alone.
_BANK_COPIES = frozenset({"framework", "verdict", "rep", "since", "until"})


@functools.lru_cache(maxsize=256)
def _count_query(
    filters: frozenset[str],
    column: str | None = None,
    descending: bool = True,
    empty: bool = False,
    level: int | None = None,
) -> Select[Any]:
    """How many interviews the filters let through (in one part of a sort's pages, if `column`)."""
    if column is not None:
        inner = _part(column, descending, empty, filters, level)[0].with_only_columns(Interview.id)
        return select(func.count()).select_from(inner.subquery())
    period = filters & {"since", "until"}
    if "framework" in filters and filters <= _BANK_COPIES and ("verdict" in filters or not period):
        # One row per interview and framework, with copies of its start and rep: counted from
        # ix_interview_banks_outcome alone, as the dashboard does. (A period without a verdict
        # is cheaper walked on interviews' own start index.)
        query = select(func.count()).where(InterviewBank.bank_id == bindparam("framework"))
        for name, column_of in (("verdict", InterviewBank.verdict), ("rep", InterviewBank.rep)):
            if name in filters:
                query = query.where(column_of == bindparam(name))
        moment = Interview.started_at.type
        if "since" in filters:
            query = query.where(InterviewBank.started_at >= bindparam("since", type_=moment))
        if "until" in filters:
            query = query.where(InterviewBank.started_at < bindparam("until", type_=moment))
        return query
    query = select(func.count()).select_from(Interview)
    if filters & {"text", "name", "company"}:  # the join only when a lead's text is filtered
        query = query.join(Lead, Interview.lead_id == Lead.id)
    return _where_filters(query, filters)


def _key_width(column: str, empty: bool) -> int:
    """How many values a cursor's key holds: the column's (unless empty), its tie-breakers, the id."""
    if not empty:
        return len(_SORT_KEYS[column])
    return 1 if column in BANK_SORTS else len(_SORT_KEYS[column]) - 1


def _key_of(column: str) -> Select[Any]:
    """The sort key of one interview (to page on from it): its value first, None if empty."""
    keys = _SORT_KEYS[column]
    if column in BANK_SORTS:  # an interview that did not run the framework has no value
        on = and_(_SORT_BANK.interview_id == Interview.id, _SORT_BANK.bank_id == bindparam("sort_bank"))
        query = select(keys[0], Interview.id).join_from(Interview, _SORT_BANK, on, isouter=True)
    else:
        query = select(*keys).join_from(Interview, Lead, Interview.lead_id == Lead.id)
    return query.where(Interview.id == bindparam("id"))


def _listing_params(listing: Listing) -> dict[str, Any]:
    values: dict[str, Any] = {
        "text": _pattern(listing.text) if listing.text else None,
        "name": _pattern(listing.name) if listing.name else None,
        "company": _pattern(listing.company) if listing.company else None,
        "rep": listing.rep or None,
        "rep_text": _pattern(listing.rep_text) if listing.rep_text else None,
        "framework": listing.framework or None,
        "verdict": listing.verdict or None,
        "stage": listing.stage or None,
        "status": listing.status or None,
        "min_red_flags": listing.min_red_flags,
        "since": _utc(listing.since) if listing.since is not None else None,
        "until": _utc(listing.until) if listing.until is not None else None,
        "sort_bank": sort_spec(listing.sort)[1],
    }
    return {k: v for k, v in values.items() if v is not None}


def _bound_key(key: tuple[Any, ...]) -> dict[str, Any]:
    return {f"k{i}": _utc(v) if isinstance(v, dt.datetime) else v for i, v in enumerate(key)}


# --- the summary's copies ---------------------------------------------------------------------------

# Core tables: the derived copies are written with plain statements, in a Session or not.
_INTERVIEWS = cast(Table, Interview.__table__)
_BANKS = cast(Table, InterviewBank.__table__)
_SIGNALS = cast(Table, InterviewSignal.__table__)
_CRITERIA = cast(Table, InterviewCriterion.__table__)
_VERDICT_KEYS = cast(Table, VerdictKey.__table__)
_SIGNAL_KEYS = cast(Table, SignalKey.__table__)
_CRITERION_KEYS = cast(Table, CriterionKey.__table__)
_SET_BANK_OUTCOME = (
    update(_BANKS)
    .where(_BANKS.c.interview_id == bindparam("b_interview"), _BANKS.c.bank_id == bindparam("b_bank"))
    .values(verdict=bindparam("verdict"), score=bindparam("score"), coverage=bindparam("coverage"))
)
SIGNAL_KINDS = ("positive", "warning", "red_flag")


def _short(value: Any, limit: int) -> str | None:
    """A text that fits its column, or None (an imported summary may hold anything JSON can)."""
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value == value else None  # NaN is no figure


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def summary_signals(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    """interview_signals rows from summary["signals"]: [{"bank_id", "signal", "kind", "scope"}, ...]."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    listed = summary.get("signals")
    for item in listed if isinstance(listed, list) else ():
        if not isinstance(item, Mapping):
            continue
        bank_id, signal_id = _short(item.get("bank_id"), 64), _short(item.get("signal"), 64)
        kind = item.get("kind")
        if bank_id is None or signal_id is None or kind not in SIGNAL_KINDS:
            continue
        rows[(bank_id, signal_id)] = {
            "bank_id": bank_id,
            "signal_id": signal_id,
            "kind": kind,
            "scope": _short(item.get("scope"), 16) or "lead",
        }
    return list(rows.values())


def summary_criteria(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    """interview_criteria rows from summary["criteria"]: {bank: {criterion: {"coverage", "score"}}}."""
    rows = []
    for bank_id, by_criterion in _mapping(summary.get("criteria")).items():
        if _short(bank_id, 64) is None:
            continue
        for criterion_id, figures in _mapping(by_criterion).items():
            coverage = _number(_mapping(figures).get("coverage"))
            if _short(criterion_id, 64) is None or coverage is None:
                continue
            score = _number(_mapping(figures).get("score"))
            rows.append(
                {"bank_id": bank_id, "criterion_id": criterion_id, "coverage": coverage, "score": score}
            )
    return rows


def summary_red_flags(summary: Mapping[str, Any]) -> int | None:
    count = summary.get("red_flags")
    if isinstance(count, int) and not isinstance(count, bool):
        return count
    if isinstance(summary.get("signals"), list):
        return sum(1 for s in summary_signals(summary) if s["kind"] == "red_flag")
    return None


def _insert_new(executor: Connection | Session, table: Table) -> Insert:
    """An INSERT that skips rows whose key is already there (the key tables only grow)."""
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    if bind.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def write_summary(executor: Connection | Session, interview_id: int, summary: Mapping[str, Any]) -> None:
    """Store `summary` and its indexed copies (stage, red flags, per-bank outcome, signals, criteria).

    The one place that derives them, inside the caller's transaction; Store.set_summary,
    Store.end_interview and the importer call it. The summary JSON stays the full record.
    """
    data = dict(summary)
    where = _INTERVIEWS.c.id == interview_id
    written = executor.execute(
        select(_INTERVIEWS.c.started_at, _INTERVIEWS.c.rep, _INTERVIEWS.c.status).where(where)
    ).first()
    if written is None:
        return
    if written.status == PRACTICE:  # kept whole, but never copied where the dashboard counts
        executor.execute(update(_INTERVIEWS).where(where).values(summary=data))
        return
    executor.execute(
        update(_INTERVIEWS)
        .where(where)
        .values(
            summary=data,
            stage=_short(data.get("stage"), 16),
            red_flags=summary_red_flags(data) if data else None,
        )
    )
    query = select(_BANKS.c.bank_id).where(_BANKS.c.interview_id == interview_id)
    bank_ids = executor.execute(query).scalars()
    verdicts, scores, coverage = (_mapping(data.get(k)) for k in ("verdicts", "scores", "coverage"))
    outcomes = [
        {
            "b_interview": interview_id,
            "b_bank": bank_id,
            "verdict": _short(verdicts.get(bank_id), 16),
            "score": _number(scores.get(bank_id)),
            "coverage": _number(coverage.get(bank_id)),
        }
        for bank_id in bank_ids
    ]
    if outcomes:
        executor.execute(_SET_BANK_OUTCOME, outcomes)
        judged = {
            (o["b_bank"], o["verdict"] or "")
            for o in outcomes
            if o["verdict"] is not None or o["score"] is not None or o["coverage"] is not None
        }
        if judged:
            keys = [{"bank_id": b, "verdict": v} for b, v in sorted(judged)]
            executor.execute(_insert_new(executor, _VERDICT_KEYS), keys)
    executor.execute(delete(_SIGNALS).where(_SIGNALS.c.interview_id == interview_id))
    executor.execute(delete(_CRITERIA).where(_CRITERIA.c.interview_id == interview_id))
    # Copies of the interview's start and rep: the dashboard scans a period from these rows alone.
    copies = {"interview_id": interview_id, "started_at": written.started_at, "rep": written.rep}
    signals = summary_signals(data)
    if signals:
        executor.execute(insert(_SIGNALS), [{**copies, **row} for row in signals])
        keys = {(r["bank_id"], r["signal_id"], r["kind"], r["scope"]) for r in signals}
        executor.execute(
            _insert_new(executor, _SIGNAL_KEYS),
            [dict(zip(("bank_id", "signal_id", "kind", "scope"), key, strict=True)) for key in sorted(keys)],
        )
    criteria = summary_criteria(data)
    if criteria:
        executor.execute(insert(_CRITERIA), [{**copies, **row} for row in criteria])
        pairs = sorted({(r["bank_id"], r["criterion_id"]) for r in criteria})
        executor.execute(
            _insert_new(executor, _CRITERION_KEYS), [{"bank_id": b, "criterion_id": c} for b, c in pairs]
        )


def describe_error(exc: Exception, where: str) -> str:
    """A database failure in words a rep can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in text or "disk full" in text or "no space left" in text:
        return f"the disk holding {where} is full; free some space and try again (what was saved is kept)"
    if "readonly" in text or "read-only" in text:
        return read_only_message(where)
    if "locked" in text or "busy" in text:
        return f"{where} is locked by another program; try again in a moment"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return damaged_message(where)
    if "unable to open" in text:
        return f"cannot open {where}; check that you may read the file and its folder"
    return f"database error on {where}: {getattr(exc, 'orig', exc)}"


def _probe(url: str, path: Path, busy_timeout: int | None) -> tuple[Engine, str, str | None]:
    """A read-only engine on `path` and the schema state it sees."""
    for immutable in (False, True):
        engine = make_engine(url, read_only=True, immutable=immutable, busy_timeout=busy_timeout)
        try:
            state, revision = schema_state(engine)
            return engine, state, revision
        except DBAPIError as exc:
            engine.dispose()
            text = str(exc.orig).lower()
            # A WAL file in a read-only folder with no -shm beside it opens only as immutable;
            # a writable folder never gets here, so no live writer can be ignored that way.
            if immutable or "unable to open" not in text or os.access(path.parent, os.W_OK):
                raise StorageError(describe_error(exc, str(path))) from None
    raise AssertionError("unreachable")


class Store:
    """Open with `Store.open(url)`; every method is synchronous: call it from a worker thread."""

    def __init__(self, engine: Engine, url: str, *, read_only: bool = False) -> None:
        self.engine = engine
        self.url = url
        self.read_only = read_only  # a file we may not write: reads work, writes say why not
        self.sessions = make_sessions(engine)
        self.write_sessions = make_sessions(engine, write=True)
        self._writer = engine.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE on SQLite
        # On SQLite the answer path keeps one connection rather than taking one from the pool per
        # answer (a third of its cost): writes queue on a lock, as they would on SQLite's anyway.
        path = sqlite_path(url)
        self._keep_writer = path is not None  # a file: in-memory databases are one per thread
        self._writer_lock = threading.Lock()
        self._kept: Connection | None = None
        self.where = str(path) if path else engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: str, *, auto_upgrade: bool = True, busy_timeout: int | None = None) -> Store:
        """Connect, create the schema in an empty database, refuse a newer one.

        An existing SQLite file is looked at through a read-only connection first, so a file that
        is refused (damaged, newer, another program's) is never written to; a file we may not
        write opens read-only.
        """
        path = sqlite_path(url)
        if path is not None and path.is_file():
            return cls._open_file(url, path, auto_upgrade, busy_timeout)
        engine = make_engine(url, busy_timeout=busy_timeout)
        store = cls(engine, url)
        try:
            state, revision = schema_state(engine)
            store._check(state, revision, auto_upgrade)
            if state == "empty" or state == "behind":
                upgrade(engine)
        except SchemaTooNew as exc:
            engine.dispose()
            raise StorageError(f"{store.where} was written by a newer version of qualify ({exc})") from None
        except DBAPIError as exc:
            engine.dispose()
            raise StorageError(describe_error(exc, store.where)) from None
        except StorageError:
            engine.dispose()
            raise
        return store

    def _check(self, state: str, revision: str | None, auto_upgrade: bool) -> None:
        if state == "newer":
            raise StorageError(
                f"{self.where} was written by a newer version of qualify (schema {revision}); "
                "upgrade qualify to open it. The file was not touched."
            )
        if state == "foreign":
            raise StorageError(f"{self.where} holds tables that are not qualify's; refusing to touch it")
        if state == "behind" and not auto_upgrade:
            raise StorageError(f"{self.where} uses an older schema; run `qualify db upgrade`")

    @classmethod
    def _open_file(cls, url: str, path: Path, auto_upgrade: bool, busy_timeout: int | None) -> Store:
        where = str(path)
        why = sqlite_damage(path)
        if why is not None:
            raise StorageError(damaged_message(where, why))
        probe, state, revision = _probe(url, path, busy_timeout)
        try:
            store = cls(probe, url, read_only=True)
            store._check(state, revision, auto_upgrade)
            if writable(path):
                try:
                    return cls._open_writable(url, state, busy_timeout, probe)
                except StorageError as exc:
                    # access() said yes but SQLite could not write (e.g. root on a read-only mount)
                    if state != "current" or "read-only" not in str(exc):
                        raise
            if state != "current":
                raise StorageError(
                    f"{where} is read-only and its schema must be upgraded first; "
                    "check its permissions, then run `qualify db upgrade`"
                )
            return store
        except BaseException:
            probe.dispose()
            raise

    @classmethod
    def _open_writable(cls, url: str, state: str, busy_timeout: int | None, probe: Engine) -> Store:
        engine = make_engine(url, busy_timeout=busy_timeout)
        store = cls(engine, url)
        try:
            if state in ("empty", "behind"):
                upgrade(engine)
            else:
                with engine.connect():  # the WAL switch and pragmas: fail here, not at the first answer
                    pass
        except DBAPIError as exc:
            engine.dispose()
            raise StorageError(describe_error(exc, store.where)) from None
        probe.dispose()
        return store

    def close(self) -> None:
        with self._writer_lock:
            if self._kept is not None:
                self._kept.close()
                self._kept = None
        self.engine.dispose()

    def _writable(self) -> None:
        if self.read_only:  # fail at once and say why, rather than SQLite's "attempt to write"
            raise StorageError(read_only_message(self.where))

    @contextmanager
    def _write(self) -> Iterator[Session]:
        self._writable()
        try:
            with self.write_sessions.begin() as session:
                yield session
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise StorageError(describe_error(exc, self.where)) from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self.sessions() as session:
                yield session
        except DBAPIError as exc:
            raise StorageError(describe_error(exc, self.where)) from None

    @contextmanager
    def _write_core(self) -> Iterator[Connection]:
        """One committed write transaction on a bare connection (the hot paths skip the ORM)."""
        self._writable()
        try:
            if not self._keep_writer:
                with self._writer.begin() as connection:
                    yield connection
                return
            with self._writer_lock:
                if self._kept is None or self._kept.closed:
                    self._kept = self._writer.connect()
                with self._kept.begin():
                    yield self._kept
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise StorageError(describe_error(exc, self.where)) from None

    @contextmanager
    def _read_core(self) -> Iterator[Connection]:
        """One read transaction: the queries inside see a single snapshot."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except DBAPIError as exc:
            raise StorageError(describe_error(exc, self.where)) from None

    # --- writes ------------------------------------------------------------------------------

    def create_lead(
        self,
        name: str,
        company: str | None = None,
        role: str | None = None,
        firmographics: Mapping[str, Any] | None = None,
        uid: str | None = None,
    ) -> LeadRecord:
        with self._write() as s:
            lead = Lead(
                uid=uid or str(uuid.uuid4()),
                name=name,
                company=company,
                role=role,
                firmographics=dict(firmographics or {}),
            )
            s.add(lead)
            s.flush()
            return _lead(lead)

    def start_interview(
        self,
        lead_id: int,
        rep: str,
        frameworks: Sequence[str],
        lang: str,
        banks: Mapping[str, str] | None = None,
        started_at: dt.datetime | None = None,
        uid: str | None = None,
        *,
        practice: bool = False,
    ) -> InterviewRecord:
        """A new interview; `practice`: a trainee's run against a scenario, kept out of the
        team's listings and figures (no per-framework rows, status "practice" for good)."""
        with self._write() as s:
            row = Interview(
                uid=uid or str(uuid.uuid4()),
                lead_id=lead_id,
                rep=rep,
                frameworks=list(frameworks),
                lang=lang,
                status=PRACTICE if practice else "open",
                started_at=_utc(started_at) if started_at else utcnow(),
                verdict_overrides={},
                summary={},
                last_seq=0,
            )
            hashes = dict(banks or {})
            # A row for every framework even when its version is unknown: filters and the
            # dashboard find an interview's frameworks there.
            bank_ids = dict.fromkeys([*frameworks, *hashes])
            row.banks = [
                InterviewBank(bank_id=b, content_hash=hashes.get(b), started_at=row.started_at, rep=rep)
                for b in bank_ids
                if not practice
            ]
            s.add(row)
            s.flush()
            s.refresh(row, ["lead", "banks"])
            return _interview(row)

    def append_event(
        self,
        interview_id: int,
        kind: str,
        at: float,
        question_id: str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> EventRecord:
        """Append one event in its own committed transaction; when this returns, it is on disk."""
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        with self._write_core() as connection:
            return self._append(connection, interview_id, kind, at, question_id, dict(payload or {}))

    def _append(
        self,
        connection: Connection,
        interview_id: int,
        kind: str,
        at: float,
        question_id: str | None,
        data: dict[str, Any],
    ) -> EventRecord:
        # The UPDATE takes the next seq and the row's write lock (PostgreSQL; SQLite holds the
        # database's since BEGIN IMMEDIATE), so two writers never get the same seq.
        params: dict[str, Any] = {"b_id": interview_id}
        if kind == "deal_potential_set":
            # Listings read these without replaying the log; the log stays the truth.
            params |= {"amount": Decimal(str(data["amount"])), "currency": data.get("currency")}
        variant = {"deal_potential_set": "deal", "verdict_overridden": "overrides"}.get(kind, "answer")
        if connection.dialect.update_returning:
            bumped = connection.execute(_NEXT_SEQ[variant], params).first()
        else:  # an older SQLite: a second statement reads what the UPDATE wrote
            updated = connection.execute(_BUMP_DEAL if variant == "deal" else _BUMP, params).rowcount
            bumped = connection.execute(_SEQ_AFTER_BUMP, {"b_id": interview_id}).first() if updated else None
        if bumped is None:
            raise StorageError(f"interview {interview_id} does not exist in {self.where}")
        seq = bumped[0]
        if kind == "verdict_overridden":
            override = {"verdict": data["verdict"], "reason": data["reason"]}
            connection.execute(
                update(Interview)
                .where(Interview.id == interview_id)
                .values(verdict_overrides={**(bumped[1] or {}), data["bank_id"]: override})
            )
        recorded_at = utcnow()
        connection.execute(
            _INSERT_EVENT,
            {
                "interview_id": interview_id,
                "seq": seq,
                "at": float(at),
                "kind": kind,
                "question_id": question_id,
                "payload": data,
                "recorded_at": recorded_at,
            },
        )
        return EventRecord(seq, float(at), kind, question_id, data, recorded_at)

    def set_summary(self, interview_id: int, summary: Mapping[str, Any]) -> None:
        with self._write_core() as connection:
            write_summary(connection, interview_id, summary)

    def end_interview(self, interview_id: int, at: float, summary: Mapping[str, Any] | None = None) -> None:
        """The end event, the end time and the summary land together or not at all."""
        with self._write_core() as connection:
            self._append(connection, interview_id, "interview_ended", at, None, {})
            started = connection.execute(
                select(Interview.started_at).where(Interview.id == interview_id)
            ).scalar_one()
            connection.execute(
                update(Interview)
                .where(Interview.id == interview_id)
                .values(
                    status=case((Interview.status == PRACTICE, PRACTICE), else_="ended"),
                    ended_at=aware(started) + dt.timedelta(seconds=at),
                    duration_s=float(at),
                )
            )
            if summary is not None:
                write_summary(connection, interview_id, summary)

    def add_comment(self, interview_id: int, at: float, reviewer: str, text: str) -> CommentRecord:
        with self._write() as s:
            row = ReviewComment(interview_id=interview_id, at=at, reviewer=reviewer, text=text)
            s.add(row)
            s.flush()
            return CommentRecord(row.id, row.at, row.reviewer, row.text)

    # --- training ----------------------------------------------------------------------------

    def record_attempt(
        self,
        interview_id: int,
        trainee: str,
        scenario_id: str,
        *,
        exam: bool,
        score: float,
        report: Mapping[str, Any],
        at: dt.datetime | None = None,
    ) -> AttemptRecord:
        """A practice run's grade, kept per trainee so a trainer sees progress over attempts."""
        with self._write() as s:
            row = PracticeAttempt(
                interview_id=interview_id,
                trainee=trainee,
                scenario_id=scenario_id,
                exam=exam,
                score=float(score),
                report=dict(report),
                graded_at=_utc(at) if at else utcnow(),
            )
            s.add(row)
            s.flush()
            return _attempt(row)

    def attempts(self, trainee: str | None = None, scenario_id: str | None = None) -> list[AttemptRecord]:
        """Graded attempts, oldest first (progress reads in time order)."""
        with self._read() as s:
            query = select(PracticeAttempt)
            if trainee is not None:
                query = query.where(PracticeAttempt.trainee == trainee)
            if scenario_id is not None:
                query = query.where(PracticeAttempt.scenario_id == scenario_id)
            rows = s.scalars(query.order_by(PracticeAttempt.graded_at, PracticeAttempt.id))
            return [_attempt(r) for r in rows]

    def record_quiz(
        self, trainee: str, bank_id: str | None, asked: int, right: int, at: dt.datetime | None = None
    ) -> QuizRecord:
        if not 0 <= right <= asked:
            raise StorageError(f"a quiz of {asked} questions cannot have {right} right answers")
        with self._write() as s:
            row = QuizResult(
                trainee=trainee,
                bank_id=bank_id,
                asked=asked,
                right=right,
                taken_at=_utc(at) if at else utcnow(),
            )
            s.add(row)
            s.flush()
            return QuizRecord(row.id, row.trainee, row.bank_id, row.asked, row.right, aware(row.taken_at))

    def quiz_results(self, trainee: str | None = None) -> list[QuizRecord]:
        with self._read() as s:
            query = select(QuizResult)
            if trainee is not None:
                query = query.where(QuizResult.trainee == trainee)
            rows = s.scalars(query.order_by(QuizResult.taken_at, QuizResult.id))
            return [QuizRecord(r.id, r.trainee, r.bank_id, r.asked, r.right, aware(r.taken_at)) for r in rows]

    # --- reads -------------------------------------------------------------------------------

    def interview(self, interview_id: int) -> InterviewRecord:
        with self._read_core() as connection:
            row = connection.execute(_INTERVIEW_BY_ID, {"id": interview_id}).first()
            if row is None:
                raise StorageError(f"no interview {interview_id} in {self.where}")
            return _record(row, _bank_hashes(connection, [interview_id])[interview_id])

    def interview_id_for_uid(self, uid: str) -> int | None:
        with self._read_core() as connection:
            return connection.execute(select(Interview.id).where(Interview.uid == uid)).scalar()

    def events(self, interview_id: int) -> list[EventRecord]:
        with self._read_core() as connection:
            return [_event(r) for r in connection.execute(_EVENTS_OF, {"id": interview_id})]

    def comments(self, interview_id: int) -> list[CommentRecord]:
        with self._read() as s:
            query = select(ReviewComment).where(ReviewComment.interview_id == interview_id)
            rows = s.scalars(query.order_by(ReviewComment.at))
            return [CommentRecord(r.id, r.at, r.reviewer, r.text) for r in rows]

    def list_interviews(
        self,
        *,
        lead: str | None = None,
        rep: str | None = None,
        framework: str | None = None,
        verdict: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        status: str | None = None,
        before: tuple[dt.datetime, int] | None = None,
        limit: int | None = 200,
        offset: int = 0,
        name: str | None = None,
        company: str | None = None,
        stage: str | None = None,
        min_red_flags: int | None = None,
        sort: str = "started",
        descending: bool = True,
        after: Cursor | None = None,
    ) -> list[InterviewRecord]:
        """Interviews newest first (started_at, then id), or in the order of `sort`, one page at a time.

        `lead` matches the lead's name or company; the other filters are those of `Listing`.
        Page with `limit`/`offset`, or with `after` (the `Cursor` of the previous page, see
        `browse`), or with `before`: the (started_at, id) of the last record of the previous
        newest-first page. Keyset pages stay fast deep into the list and neither skip nor repeat
        rows when interviews are added meanwhile.
        """
        listing = Listing(
            text=lead,
            name=name,
            company=company,
            rep=rep,
            framework=framework,
            verdict=verdict,
            stage=stage,
            status=status,
            min_red_flags=min_red_flags,
            since=since,
            until=until,
            sort=sort,
            descending=descending,
        )
        if before is not None:
            after = Cursor("started", True, False, before)
        return self.browse(listing, after=after, limit=limit, offset=offset).records

    def browse(
        self, listing: Listing, *, after: Cursor | None = None, limit: int | None = 50, offset: int = 0
    ) -> Page:
        """One page of `listing`, after `after` (the previous page's `Page.after`) or from the top.

        Each sort walks an index from where the previous page ended (its key and the id that breaks
        ties), so page 2,000 costs what page 1 does. Rows without a value in the sort column come
        last, whichever the direction.
        """
        column = sort_spec(listing.sort)[0]
        if after is not None and (after.sort, after.descending) != (listing.sort, listing.descending):
            raise ValueError(f"a cursor of sort {after.sort!r} cannot page sort {listing.sort!r}")
        params = _listing_params(listing)
        filters = frozenset(params) & frozenset(_FILTERS)
        nullable = column in NULLABLE_SORTS
        # The parts read in turn: (empty segment?, keyset level, key).
        parts: list[tuple[bool, int | None, tuple[Any, ...]]] = [(False, None, ())]
        if after is not None:
            if len(after.key) != _key_width(column, after.empty):
                raise ValueError(f"a cursor of {len(after.key)} values cannot page sort {listing.sort!r}")
            parts = [(after.empty, level, after.key) for level in reversed(range(len(after.key)))]
        if nullable and not parts[0][0]:
            parts.append((True, None, ()))  # the rows with no value come last
        rows: list[tuple[bool, Row[Any]]] = []
        skip = max(0, offset)
        with self._read_core() as connection:  # one snapshot for every part
            for empty, level, key in parts:
                wanted = None if limit is None else limit - len(rows)
                if wanted is not None and wanted <= 0:
                    break
                query = _page_query(
                    column, listing.descending, empty, filters, level, wanted is not None, skip > 0
                )
                values = {**params, **_bound_key(key), "limit": wanted, "offset": skip}
                got = connection.execute(query, values).all()
                if skip and not got:  # the offset passes this whole part: skip what it holds
                    counted = _count_query(filters, column, listing.descending, empty, level)
                    skip = max(0, skip - connection.execute(counted, values).scalar_one())
                elif got:
                    skip = 0
                rows += [(empty, r) for r in got]
            banks = _bank_hashes(connection, [r[0] for _, r in rows])
        records = [_record(r, banks[r[0]]) for _, r in rows]
        cursor = None
        if rows and limit is not None and len(rows) == limit:
            empty, last = rows[-1]
            width = _key_width(column, empty)
            cursor = Cursor(listing.sort, listing.descending, empty, tuple(last[-width:]))
        return Page(records, cursor)

    def cursor_at(self, listing: Listing, interview_id: int) -> Cursor:
        """The cursor that pages `listing` on from interview `interview_id` (which need not match)."""
        column, bank = sort_spec(listing.sort)
        with self._read_core() as connection:
            row = connection.execute(_key_of(column), {"id": interview_id, "sort_bank": bank}).first()
        if row is None:
            raise StorageError(f"no interview {interview_id} in {self.where}")
        empty = column in NULLABLE_SORTS and row[0] is None
        key = tuple(row[1:]) if empty else tuple(row)
        return Cursor(listing.sort, listing.descending, empty, key)

    def count_listed(self, listing: Listing) -> int:
        """How many interviews `listing` lets through (what the browser says it shows)."""
        params = _listing_params(listing)
        filters = frozenset(params) & frozenset(_FILTERS)
        with self._read_core() as connection:
            return connection.execute(_count_query(filters), params).scalar_one()

    def unfinished(self, rep: str | None = None) -> list[InterviewRecord]:
        return self.list_interviews(rep=rep, status="open")

    def count_interviews(self, lead_id: int) -> int:
        with self._read() as s:
            return (
                s.scalar(select(func.count()).select_from(Interview).where(Interview.lead_id == lead_id)) or 0
            )

    def find_leads(self, name_or_id: str) -> list[LeadRecord]:
        with self._read() as s:
            if name_or_id.isdigit():
                row = s.get(Lead, int(name_or_id))
                return [_lead(row)] if row else []
            rows = s.scalars(
                select(Lead).where(or_(func.lower(Lead.name) == name_or_id.lower(), Lead.uid == name_or_id))
            )
            return [_lead(r) for r in rows]

    def record_export(self, interview_id: int, path: str | Path, fmt: str) -> None:
        """Note that `interview_id` was written to `path`, so that forgetting its lead names the file."""
        with self._write() as s:
            s.add(ExportRecord(interview_id=interview_id, path=str(Path(path).resolve()), fmt=fmt[:8]))

    def exports_of_lead(self, lead_id: int) -> list[str]:
        """Files the lead's interviews were exported to, oldest first, each once."""
        with self._read() as s:
            query = (
                select(ExportRecord.path)
                .join(Interview, Interview.id == ExportRecord.interview_id)
                .where(Interview.lead_id == lead_id)
                .order_by(ExportRecord.created_at, ExportRecord.id)
            )
            return list(dict.fromkeys(s.scalars(query)))

    def forget_lead(self, lead_id: int) -> ForgetReport:
        """Erase a lead and everything recorded about them, leaving none of it in the file's bytes."""
        exports = self.exports_of_lead(lead_id)
        with self._write() as s:
            interview_ids = list(s.scalars(select(Interview.id).where(Interview.lead_id == lead_id)))
            counts = {"events": 0, "comments": 0}
            if interview_ids:
                counts["events"] = (
                    s.scalar(
                        select(func.count()).select_from(Event).where(Event.interview_id.in_(interview_ids))
                    )
                    or 0
                )
                counts["comments"] = (
                    s.scalar(
                        select(func.count())
                        .select_from(ReviewComment)
                        .where(ReviewComment.interview_id.in_(interview_ids))
                    )
                    or 0
                )
                # Explicit deletes, children first: no reliance on the driver's cascade support.
                s.execute(delete(Event).where(Event.interview_id.in_(interview_ids)))
                s.execute(delete(ReviewComment).where(ReviewComment.interview_id.in_(interview_ids)))
                s.execute(delete(ExportRecord).where(ExportRecord.interview_id.in_(interview_ids)))
                s.execute(delete(InterviewBank).where(InterviewBank.interview_id.in_(interview_ids)))
                s.execute(delete(InterviewSignal).where(InterviewSignal.interview_id.in_(interview_ids)))
                s.execute(
                    delete(InterviewCriterion).where(InterviewCriterion.interview_id.in_(interview_ids))
                )
                s.execute(delete(Interview).where(Interview.id.in_(interview_ids)))
            leads = s.execute(delete(Lead).where(Lead.id == lead_id)).rowcount or 0
        cleared = self._checkpoint() if self.engine.dialect.name == "sqlite" else True
        return ForgetReport(
            leads, len(interview_ids), counts["events"], counts["comments"], tuple(exports), cleared
        )

    def _checkpoint(self) -> bool:
        """Copy the WAL into the database and empty it; False if a reader kept it from finishing.

        secure_delete zeroed the erased rows in the database's pages, but the WAL still holds the
        pages as they were written before the erase until it is checkpointed and truncated.
        """
        with self._writer_lock:  # the kept writer is idle between calls; no answer runs meanwhile
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                cursor.close()
            except sqlite3.Error as exc:  # the driver's own error: a raw connection
                raise StorageError(describe_error(exc, self.where)) from None
            finally:
                raw.close()
        return busy == 0
