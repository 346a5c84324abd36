"""The `qualify demo` data: recorded into a real SQLite file, then read back and replayed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview.app_factory import AppContext, build_context
from interview.demo import CALLS, load_demo
from interview.event_codec import decode
from interview.recording import Recording
from interview.settings import load_settings
from storage.repository import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, AppContext, list[int]]]:
    tmp_path: Path = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{tmp_path}/d.db"
    store = Store.open(url)
    context = build_context(load_settings({"rep": "T", "database_url": url}, {}))
    ids = load_demo(store, context)
    yield store, context, ids
    store.close()


def test_interviews_languages_and_frameworks(demo: tuple[Store, AppContext, list[int]]) -> None:
    store, _, ids = demo
    assert 6 <= len(ids) == len(CALLS) <= 9
    records = [store.interview(i) for i in ids]
    assert {r.lang for r in records} == {"en", "fr"}
    assert len({f for r in records for f in r.frameworks}) >= 5
    assert len({r.rep for r in records}) >= 2


def test_fortune_1000_ceo_bant_qualified_meddic_disqualified(
    demo: tuple[Store, AppContext, list[int]],
) -> None:
    store, _, ids = demo
    ceo = ids[[c.key for c in CALLS].index("fortune_1000_ceo")]
    verdicts = store.interview(ceo).summary["verdicts"]
    assert verdicts["bant"] == "qualified"
    assert verdicts["meddic"] == "disqualified"


def test_exactly_one_interview_left_open(demo: tuple[Store, AppContext, list[int]]) -> None:
    store, _, ids = demo
    assert [r.id for r in store.unfinished()] == [i for i, c in zip(ids, CALLS, strict=True) if not c.ended]
    assert len(store.unfinished()) == 1


def test_calls_look_like_real_calls(demo: tuple[Store, AppContext, list[int]]) -> None:
    store, _, ids = demo
    for interview_id in ids:
        events = store.events(interview_id)
        times = [e.at for e in events]
        assert times == sorted(times)
        assert 10 * 60 <= times[-1] <= 35 * 60, (interview_id, times[-1])
        assert any(e.kind == "note" for e in events)
    kinds = {e.kind for i in ids for e in store.events(i)}
    assert {"answer_changed", "answer_cleared", "handed_off", "verdict_overridden"} <= kinds
    assert "deal_potential_set" in kinds


def test_every_event_decodes(demo: tuple[Store, AppContext, list[int]]) -> None:
    store, context, ids = demo
    index = context.engine().index
    for interview_id in ids:
        for event in store.events(interview_id):
            if event.kind in ("answer_given", "answer_changed", "answer_cleared"):
                assert decode(event, index) is not None, event


def test_replay_gives_the_stored_summary(demo: tuple[Store, AppContext, list[int]]) -> None:
    store, context, ids = demo
    engine = context.engine()
    for interview_id in ids:
        record = store.interview(interview_id)
        replayed = Recording.resume(store, engine, interview_id).summary()
        if record.status == "ended":
            assert replayed == record.summary, record.lead.name
        else:
            assert record.summary == {} and replayed["verdicts"], record.lead.name
