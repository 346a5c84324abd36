"""A recorded interview as one plain JSON document, and back into another database.

The document carries uids, never database ids: `export_document` then `import_document` into a
fresh database then `export_document` again gives the same document. An import is one
transaction: it lands whole or not at all.

Document, format version 1 (datetimes are ISO 8601 in UTC; `at` is seconds from the start)::

    {"format": "qualify-interview", "version": 1,
     "lead": {"uid", "name", "company", "role", "firmographics"},
     "interview": {"uid", "rep", "frameworks", "lang", "status", "started_at", "ended_at",
                   "summary", "banks": {bank id: content hash},
                   "deal_potential": null | {"amount": "20000.00", "currency": "EUR"},
                   "verdict_overrides": {bank id: {"verdict", "reason"}}},
     "events": [{"seq", "at", "kind", "question_id", "payload", "recorded_at"}],
     "comments": [{"at", "reviewer", "text", "created_at"}]}
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import selectinload

from storage.db import StorageError
from storage.models import Event, Interview, InterviewBank, Lead, ReviewComment
from storage.repository import EVENT_KINDS, Store, describe_error, write_summary

FORMAT = "qualify-interview"
FORMAT_VERSION = 1
STATUSES = ("open", "ended")

# --- export ---------------------------------------------------------------------------------------


def _utc(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    # SQLite hands back naive datetimes even for timezone=True columns; they were stored as UTC.
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat()


def _json(value: Any) -> Any:
    """A deep copy, so the document shares nothing with the session's objects."""
    return copy.deepcopy(value)


def export_document(store: Store, interview_id: int) -> dict[str, Any]:
    """The whole interview `interview_id` of `store` as JSON-able data (see the module docstring)."""
    try:
        with store.sessions() as s:
            row = s.get(
                Interview,
                interview_id,
                options=[selectinload(Interview.lead), selectinload(Interview.banks)],
            )
            if row is None:
                raise StorageError(f"no interview {interview_id} in {store.where}")
            events = s.scalars(select(Event).where(Event.interview_id == row.id).order_by(Event.seq))
            comments = s.scalars(
                select(ReviewComment)
                .where(ReviewComment.interview_id == row.id)
                .order_by(ReviewComment.at, ReviewComment.created_at, ReviewComment.id)
            )
            lead = row.lead
            deal = None
            if row.deal_potential_amount is not None:
                deal = {
                    "amount": str(Decimal(row.deal_potential_amount).quantize(Decimal("0.01"))),
                    "currency": row.deal_potential_currency,
                }
            return {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "lead": {
                    "uid": lead.uid,
                    "name": lead.name,
                    "company": lead.company,
                    "role": lead.role,
                    "firmographics": _json(lead.firmographics or {}),
                },
                "interview": {
                    "uid": row.uid,
                    "rep": row.rep,
                    "frameworks": list(row.frameworks),
                    "lang": row.lang,
                    "status": row.status,
                    "started_at": _utc(row.started_at),
                    "ended_at": _utc(row.ended_at),
                    "summary": _json(row.summary or {}),
                    "banks": {
                        b.bank_id: b.content_hash
                        for b in sorted(row.banks, key=lambda b: b.bank_id)
                        if b.content_hash is not None  # a framework whose version is unknown
                    },
                    "deal_potential": deal,
                    "verdict_overrides": _json(row.verdict_overrides or {}),
                },
                "events": [
                    {
                        "seq": e.seq,
                        "at": e.at,
                        "kind": e.kind,
                        "question_id": e.question_id,
                        "payload": _json(e.payload or {}),
                        "recorded_at": _utc(e.recorded_at),
                    }
                    for e in events
                ],
                "comments": [
                    {"at": c.at, "reviewer": c.reviewer, "text": c.text, "created_at": _utc(c.created_at)}
                    for c in comments
                ],
            }
    except DBAPIError as exc:
        raise StorageError(describe_error(exc, store.where)) from None


# --- validation -----------------------------------------------------------------------------------


def _bad(path: str, problem: str) -> StorageError:
    return StorageError(f"not a valid qualify interview document: {path}: {problem}")


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _object(value: Any, path: str, keys: tuple[str, ...]) -> Mapping[str, Any]:
    """`value` must be an object with exactly `keys`."""
    if not isinstance(value, Mapping):
        raise _bad(path, f"expected an object, found {_describe(value)}")
    missing = [k for k in keys if k not in value]
    if missing:
        raise _bad(path, "missing " + ", ".join(f"'{k}'" for k in missing))
    unknown = sorted(str(k) for k in value if k not in keys)
    if unknown:
        raise _bad(path, "unknown " + ", ".join(f"'{k}'" for k in unknown))
    return value


def _text(value: Any, path: str, *, max_len: int | None = None, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        expected = "a text or null" if optional else "a text"
        raise _bad(path, f"expected {expected}, found {_describe(value)}")
    if max_len is not None and len(value) > max_len:
        raise _bad(path, f"longer than {max_len} characters")
    return value


def _required_text(value: Any, path: str, max_len: int | None = None) -> str:
    text = _text(value, path, max_len=max_len)
    assert text is not None
    if not text.strip():
        raise _bad(path, "must not be empty")
    return text


def _number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(path, f"expected a number, found {_describe(value)}")
    if not math.isfinite(value) or value < 0:
        raise _bad(path, "expected a finite number of seconds, 0 or more")
    return float(value)


def _moment(value: Any, path: str, *, optional: bool = False) -> dt.datetime | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(path, f"expected an ISO 8601 date and time, found {_describe(value)}")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _bad(path, f"'{value[:40]}' is not an ISO 8601 date and time") from None
    # Stored in UTC: SQLite keeps the wall time and drops the offset.
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _plain(value: Any, path: str) -> dict[str, Any]:
    """A JSON object of JSON values (what the JSON columns can keep)."""
    if not isinstance(value, Mapping):
        raise _bad(path, f"expected an object, found {_describe(value)}")
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise _bad(path, f"holds a value JSON cannot keep ({exc})") from None


def _mapping_of(value: Any, path: str, check: Callable[[Any, str], Any]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise _bad(path, f"expected an object, found {_describe(value)}")
    out = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise _bad(path, f"key {key!r} is not a non-empty text")
        out[key] = check(item, f"{path}.{key}")
    return out


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _bad(path, f"expected a list, found {_describe(value)}")
    return value


def _deal(value: Any, path: str) -> tuple[Decimal | None, str | None]:
    if value is None:
        return None, None
    deal = _object(value, path, ("amount", "currency"))
    amount = deal["amount"]
    if isinstance(amount, bool) or not isinstance(amount, (str, int, float)):
        raise _bad(f"{path}.amount", f"expected an amount, found {_describe(amount)}")
    try:
        number = Decimal(str(amount))
    except InvalidOperation:
        raise _bad(f"{path}.amount", f"'{amount}' is not an amount") from None
    if not number.is_finite() or number < 0 or number >= Decimal("1e16"):
        raise _bad(f"{path}.amount", f"'{amount}' is not an amount of money")
    currency = _text(deal["currency"], f"{path}.currency", max_len=3, optional=True)
    return number, currency


def _override(value: Any, path: str) -> dict[str, Any]:
    item = _object(value, path, ("verdict", "reason"))
    return {
        "verdict": _required_text(item["verdict"], f"{path}.verdict"),
        "reason": _text(item["reason"], f"{path}.reason"),
    }


def _validate(doc: Any) -> dict[str, Any]:
    """The document checked and normalised; raises StorageError naming the first problem."""
    if not isinstance(doc, Mapping):
        raise _bad("document", f"expected an object, found {_describe(doc)}")
    if doc.get("format") != FORMAT:
        raise _bad("format", f"expected '{FORMAT}', found {json.dumps(doc.get('format'))[:60]}")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise StorageError(
            f"this interview was exported by a newer version of qualify (document version {version}, "
            f"this one reads version {FORMAT_VERSION}); upgrade qualify to import it"
        )
    if version != FORMAT_VERSION:
        raise _bad("version", f"expected {FORMAT_VERSION}, found {json.dumps(version)[:60]}")
    top = _object(doc, "document", ("format", "version", "lead", "interview", "events", "comments"))

    raw_lead = _object(top["lead"], "lead", ("uid", "name", "company", "role", "firmographics"))
    lead = {
        "uid": _required_text(raw_lead["uid"], "lead.uid", 36),
        "name": _required_text(raw_lead["name"], "lead.name", 200),
        "company": _text(raw_lead["company"], "lead.company", max_len=200, optional=True),
        "role": _text(raw_lead["role"], "lead.role", max_len=200, optional=True),
        "firmographics": _plain(raw_lead["firmographics"], "lead.firmographics"),
    }

    keys = (
        "uid",
        "rep",
        "frameworks",
        "lang",
        "status",
        "started_at",
        "ended_at",
        "summary",
        "banks",
        "deal_potential",
        "verdict_overrides",
    )
    raw = _object(top["interview"], "interview", keys)
    frameworks = _list(raw["frameworks"], "interview.frameworks")
    status = _text(raw["status"], "interview.status")
    if status not in STATUSES:
        raise _bad("interview.status", f"expected one of {', '.join(STATUSES)}, found '{status}'")
    lang = _text(raw["lang"], "interview.lang")
    if lang is None or len(lang) != 2:
        raise _bad("interview.lang", f"expected a 2-letter language code, found '{lang}'")
    amount, currency = _deal(raw["deal_potential"], "interview.deal_potential")
    interview = {
        "uid": _required_text(raw["uid"], "interview.uid", 36),
        "rep": _required_text(raw["rep"], "interview.rep", 200),
        "frameworks": [_required_text(f, f"interview.frameworks[{i}]", 64) for i, f in enumerate(frameworks)],
        "lang": lang,
        "status": status,
        "started_at": _moment(raw["started_at"], "interview.started_at"),
        "ended_at": _moment(raw["ended_at"], "interview.ended_at", optional=True),
        "summary": _plain(raw["summary"], "interview.summary"),
        "banks": _mapping_of(raw["banks"], "interview.banks", lambda v, p: _required_text(v, p, 64)),
        "deal_potential_amount": amount,
        "deal_potential_currency": currency,
        "verdict_overrides": _plain(
            _mapping_of(raw["verdict_overrides"], "interview.verdict_overrides", _override),
            "interview.verdict_overrides",
        ),
    }
    if any(len(b) > 64 for b in interview["banks"]):
        raise _bad("interview.banks", "a bank id is longer than 64 characters")

    events = []
    last = 0
    for i, item in enumerate(_list(top["events"], "events")):
        path = f"events[{i}]"
        e = _object(item, path, ("seq", "at", "kind", "question_id", "payload", "recorded_at"))
        seq = e["seq"]
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise _bad(f"{path}.seq", f"expected a whole number from 1, found {json.dumps(seq)[:40]}")
        if seq <= last:
            raise _bad(f"{path}.seq", f"{seq} does not follow {last}: events must be in increasing seq order")
        last = seq
        kind = _text(e["kind"], f"{path}.kind")
        if kind not in EVENT_KINDS:
            raise _bad(f"{path}.kind", f"unknown event kind '{kind}'")
        events.append(
            {
                "seq": seq,
                "at": _number(e["at"], f"{path}.at"),
                "kind": kind,
                "question_id": _text(e["question_id"], f"{path}.question_id", max_len=128, optional=True),
                "payload": _plain(e["payload"], f"{path}.payload"),
                "recorded_at": _moment(e["recorded_at"], f"{path}.recorded_at"),
            }
        )

    comments = []
    for i, item in enumerate(_list(top["comments"], "comments")):
        path = f"comments[{i}]"
        c = _object(item, path, ("at", "reviewer", "text", "created_at"))
        comments.append(
            {
                "at": _number(c["at"], f"{path}.at"),
                "reviewer": _required_text(c["reviewer"], f"{path}.reviewer", 200),
                "text": _text(c["text"], f"{path}.text"),
                "created_at": _moment(c["created_at"], f"{path}.created_at"),
            }
        )
    return {"lead": lead, "interview": interview, "events": events, "comments": comments}


# --- import ---------------------------------------------------------------------------------------


def import_document(store: Store, doc: dict[str, Any]) -> int:
    """Load an exported interview into `store` in one transaction; returns its id there.

    The lead is reused when its uid is already there; an interview already there is refused.
    """
    data = _validate(doc)
    lead_doc, iv = data["lead"], data["interview"]
    refused = f"interview {iv['uid']} is already in {store.where} (imported before?); nothing was imported"
    try:
        with store.write_sessions.begin() as s:
            if s.scalar(select(Interview.id).where(Interview.uid == iv["uid"])) is not None:
                raise StorageError(refused)
            lead = s.scalars(select(Lead).where(Lead.uid == lead_doc["uid"])).one_or_none()
            if lead is None:
                lead = Lead(**lead_doc)
                s.add(lead)
                s.flush()
            row = Interview(
                uid=iv["uid"],
                lead_id=lead.id,
                rep=iv["rep"],
                frameworks=iv["frameworks"],
                lang=iv["lang"],
                status=iv["status"],
                started_at=iv["started_at"],
                ended_at=iv["ended_at"],
                deal_potential_amount=iv["deal_potential_amount"],
                deal_potential_currency=iv["deal_potential_currency"],
                verdict_overrides=iv["verdict_overrides"],
                summary=iv["summary"],
                last_seq=data["events"][-1]["seq"] if data["events"] else 0,
                duration_s=((iv["ended_at"] - iv["started_at"]).total_seconds() if iv["ended_at"] else None),
            )
            # Like Store.start_interview: a row per framework, its version when the document has it.
            bank_ids = dict.fromkeys([*iv["frameworks"], *iv["banks"]])
            row.banks = [
                InterviewBank(
                    bank_id=b, content_hash=iv["banks"].get(b), started_at=iv["started_at"], rep=iv["rep"]
                )
                for b in bank_ids
            ]
            s.add(row)
            s.flush()
            write_summary(s, row.id, iv["summary"])
            s.add_all(Event(interview_id=row.id, **e) for e in data["events"])
            s.add_all(ReviewComment(interview_id=row.id, **c) for c in data["comments"])
            s.flush()
            return row.id
    except IntegrityError as exc:
        if _interview_exists(store, iv["uid"]):
            # Another program imported it between the check and the insert.
            raise StorageError(refused) from None
        raise StorageError(describe_error(exc, store.where)) from None
    except DBAPIError as exc:
        raise StorageError(describe_error(exc, store.where)) from None


def _interview_exists(store: Store, uid: str) -> bool:
    try:
        with store.sessions() as s:
            return s.scalar(select(Interview.id).where(Interview.uid == uid)) is not None
    except DBAPIError:
        return False
