"""Export and import of a recorded interview: a lossless round trip, clear refusals, one transaction."""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from interview.app_factory import AppContext, build_context
from interview.engine.answers import Money
from interview.recording import Recording
from interview.settings import load_settings
from storage.db import StorageError
from storage.models import Event, Interview, Lead, ReviewComment
from storage.repository import Store
from storage.transfer import FORMAT, FORMAT_VERSION, export_document, import_document


@pytest.fixture(scope="module")
def context() -> AppContext:
    return build_context(load_settings({"rep": "T", "database_url": "sqlite:///unused.db"}, {}))


def _open(path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{path}")
    yield store
    store.close()


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Store]:
    yield from _open(tmp_path / "a.db")


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    yield from _open(tmp_path / "b.db")


def record_call(store: Store, context: AppContext, *, lead_name: str = "Ann Martin") -> Recording:
    """An ended call that uses every kind of event, with two review comments."""
    rec = Recording.start(
        store,
        context.engine(),
        context.catalog,
        lead_name=lead_name,
        rep="camille",
        frameworks=["bant", "meddic"],
        lang="fr",
        company="Acme",
        role="CFO",
        firmographics={"size": "201_1000", "region": "EMEA", "tags": ["saas", 1, None, 2.5]},
    )
    ticks = itertools.count(0.0, 12.25)
    rec.clock = lambda: next(ticks)
    rec._t0 = 0.0
    rec.answer("bant.need.pain", "E-mail templates, as soon as possible — «vite»")
    rec.answer("bant.need.severity", "must_have")
    rec.answer("bant.budget.allocated", "allocated")
    rec.answer("bant.need.severity", "important")
    rec.answer("bant.authority.decision_makers", 3)
    rec.answer("bant.budget.amount", {"amount": 12000.5, "currency": "usd"})
    rec.answer("bant.timeline.decision_date", "2026-12-01")
    rec.clear("bant.budget.amount")
    rec.note("Call back on Monday\nwith the CFO")
    rec.switch_framework("champ")
    rec.set_deal_potential(Money(Decimal("20000"), "EUR"))
    rec.override("meddic", "nurture", "New CFO in January")
    rec.hand_off("sales", "over to Paul")
    rec.end()
    store.add_comment(rec.record.id, 24.5, "Manager", "Good question on pain")
    store.add_comment(rec.record.id, 24.5, "Coach", "Same moment, another reviewer")
    store.add_comment(rec.record.id, 3.0, "Manager", "Open with the need")
    return rec


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def _count(store: Store, model: type) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_round_trip_is_identical(source: Store, target: Store, context: AppContext) -> None:
    rec = record_call(source, context)
    doc = export_document(source, rec.record.id)
    assert doc["format"] == FORMAT and doc["version"] == FORMAT_VERSION
    assert json.loads(json.dumps(doc, allow_nan=False)) == doc, "plain JSON data"
    assert not {"id", "lead_id", "interview_id", "last_seq"} & set(_keys(doc)), "database ids stay inside"
    assert doc["interview"]["uid"] == rec.record.uid and doc["lead"]["uid"] == rec.record.lead.uid
    assert [e["seq"] for e in doc["events"]] == list(range(1, len(doc["events"]) + 1))
    assert doc["interview"]["deal_potential"] == {"amount": "20000.00", "currency": "EUR"}
    assert doc["interview"]["verdict_overrides"] == {
        "meddic": {"verdict": "nurture", "reason": "New CFO in January"}
    }
    assert doc["comments"][0]["text"] == "Open with the need"

    new_id = import_document(target, doc)
    again = export_document(target, new_id)
    assert again == doc
    assert json.dumps(again, sort_keys=True) == json.dumps(doc, sort_keys=True)
    # exactly what was recorded, event by event, including when each was written
    assert target.events(new_id) == source.events(rec.record.id)
    assert [(c.at, c.reviewer, c.text) for c in target.comments(new_id)] == [
        (c.at, c.reviewer, c.text) for c in source.comments(rec.record.id)
    ]
    copy_rec = target.interview(new_id)
    assert copy_rec.last_seq == source.interview(rec.record.id).last_seq == len(doc["events"])
    assert copy_rec.duration == source.interview(rec.record.id).duration
    # the imported interview replays to the same judgement, and can go on
    resumed = Recording.resume(target, context.engine(), new_id)
    assert resumed.summary() == Recording.resume(source, context.engine(), rec.record.id).summary()
    assert (
        target.append_event(new_id, "note", 500.0, None, {"text": "after import"}).seq
        == len(doc["events"]) + 1
    )


def test_import_twice_is_refused_and_changes_nothing(
    source: Store, target: Store, context: AppContext
) -> None:
    rec = record_call(source, context)
    doc = export_document(source, rec.record.id)
    import_document(target, doc)
    counts = [_count(target, m) for m in (Lead, Interview, Event, ReviewComment)]
    with pytest.raises(StorageError, match=rf"interview {rec.record.uid} is already in .*b\.db.*nothing"):
        import_document(target, doc)
    with pytest.raises(StorageError, match="already in"):
        import_document(source, doc)  # back into the database it came from
    assert [_count(target, m) for m in (Lead, Interview, Event, ReviewComment)] == counts


def test_known_lead_is_reused(source: Store, target: Store, context: AppContext) -> None:
    first = record_call(source, context)
    second = source.start_interview(first.record.lead.id, "paul", ["champ"], "en", {"champ": "h"})
    source.append_event(second.id, "note", 1.0, None, {"text": "second call"})
    import_document(target, export_document(source, first.record.id))
    new_id = import_document(target, export_document(source, second.id))
    assert _count(target, Lead) == 1 and _count(target, Interview) == 2
    imported = target.interview(new_id)
    assert imported.lead.uid == first.record.lead.uid and imported.rep == "paul"
    assert imported.status == "open" and imported.ended_at is None
    assert export_document(target, new_id) == export_document(source, second.id)


def test_import_is_one_transaction(source: Store, target: Store, context: AppContext) -> None:
    rec = record_call(source, context)
    doc = export_document(source, rec.record.id)
    with target.write_sessions.begin() as s:  # the last insert of the import fails
        s.execute(
            text(
                "CREATE TRIGGER refuse_comments BEFORE INSERT ON review_comments "
                "BEGIN SELECT RAISE(ABORT, 'no comments today'); END"
            )
        )
    with pytest.raises(StorageError, match="no comments today"):
        import_document(target, doc)
    assert [_count(target, m) for m in (Lead, Interview, Event, ReviewComment)] == [0, 0, 0, 0]


def test_export_of_a_missing_interview(source: Store) -> None:
    with pytest.raises(StorageError, match="no interview 42"):
        export_document(source, 42)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets (or, with ..., deletes) the field at a dotted path like events.0.seq."""

    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) else last
        if value is ...:
            del node[key]
        else:
            node[key] = value

    return mutate


MALFORMED = [
    (_set("format", "something-else"), r"format: expected 'qualify-interview'"),
    (_set("version", "1"), r"version: expected 1"),
    (_set("lead", ...), r"document: missing 'lead'"),
    (_set("surprise", 1), r"document: unknown 'surprise'"),
    (_set("lead.name", 7), r"lead\.name: expected a text, found a number"),
    (_set("lead.uid", "   "), r"lead\.uid: must not be empty"),
    (_set("lead.firmographics", ["size"]), r"lead\.firmographics: expected an object, found a list"),
    (_set("interview.status", "paused"), r"interview\.status: expected one of open, ended"),
    (_set("interview.lang", "english"), r"interview\.lang: expected a 2-letter"),
    (_set("interview.started_at", "yesterday"), r"interview\.started_at: 'yesterday' is not an ISO 8601"),
    (_set("interview.frameworks", "bant"), r"interview\.frameworks: expected a list, found a text"),
    (_set("interview.banks.bant", None), r"interview\.banks\.bant: expected a text, found null"),
    (_set("interview.deal_potential.amount", "lots"), r"deal_potential\.amount: 'lots' is not an amount"),
    (_set("interview.verdict_overrides.meddic.reason", ...), r"verdict_overrides\.meddic: missing 'reason'"),
    (_set("events", {}), r"events: expected a list, found an object"),
    (_set("events.0", "answer"), r"events\[0\]: expected an object, found a text"),
    (_set("events.0.seq", ...), r"events\[0\]: missing 'seq'"),
    (_set("events.0.seq", True), r"events\[0\]\.seq: expected a whole number"),
    (_set("events.1.seq", 1), r"events\[1\]\.seq: 1 does not follow 1"),
    (_set("events.2.kind", "answer_deleted"), r"events\[2\]\.kind: unknown event kind 'answer_deleted'"),
    (_set("events.0.at", "00:01"), r"events\[0\]\.at: expected a number, found a text"),
    (_set("events.0.at", -1), r"events\[0\]\.at: expected a finite number"),
    (_set("events.0.at", float("nan")), r"events\[0\]\.at: expected a finite number"),
    (_set("events.0.payload", None), r"events\[0\]\.payload: expected an object, found null"),
    (_set("events.0.payload.value", {1, 2}), r"events\[0\]\.payload: holds a value JSON cannot keep"),
    (_set("events.0.recorded_at", 1700000000), r"events\[0\]\.recorded_at: expected an ISO 8601"),
    (_set("events.0.question_id", "x" * 200), r"events\[0\]\.question_id: longer than 128"),
    (_set("comments.0.reviewer", ...), r"comments\[0\]: missing 'reviewer'"),
    (_set("comments.1.created_at", None), r"comments\[1\]\.created_at: expected an ISO 8601"),
]


@pytest.mark.parametrize(("mutate", "message"), MALFORMED)
def test_malformed_document_is_refused_clearly(
    source: Store, target: Store, context: AppContext, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    rec = record_call(source, context)
    doc = copy.deepcopy(export_document(source, rec.record.id))
    mutate(doc)
    with pytest.raises(StorageError, match=message) as caught:
        import_document(target, doc)
    assert str(caught.value).startswith("not a valid qualify interview document: ")
    assert _count(target, Lead) == 0 and _count(target, Interview) == 0


@pytest.mark.parametrize("doc", [None, [], "qualify", 3])
def test_a_document_that_is_not_an_object(target: Store, doc: Any) -> None:
    with pytest.raises(StorageError, match="document: expected an object"):
        import_document(target, doc)


def test_a_newer_document_asks_for_an_upgrade(source: Store, target: Store, context: AppContext) -> None:
    doc = export_document(source, record_call(source, context).record.id)
    doc["version"] = FORMAT_VERSION + 1
    with pytest.raises(StorageError, match=r"newer version of qualify .*upgrade qualify"):
        import_document(target, doc)


def test_naive_and_offset_datetimes_are_read_as_the_same_instant(
    source: Store, target: Store, context: AppContext
) -> None:
    doc = export_document(source, record_call(source, context).record.id)
    started = dt.datetime.fromisoformat(doc["interview"]["started_at"])
    doc["interview"]["started_at"] = started.astimezone(dt.timezone(dt.timedelta(hours=2))).isoformat()
    doc["events"][0]["recorded_at"] = doc["events"][0]["recorded_at"].replace("+00:00", "")
    again = export_document(target, import_document(target, doc))
    assert again["interview"]["started_at"] == started.isoformat()
    assert again["events"][0]["recorded_at"].endswith("+00:00")


def test_transfer_imports_neither_textual_nor_the_app() -> None:
    code = (
        "import sys, storage.transfer; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'interview'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
