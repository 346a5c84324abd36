"""The replay timeline: at every moment, what a fold of the events up to that moment gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview.app_factory import AppContext, build_context
from interview.demo import load_demo
from interview.engine.engine import Engine
from interview.event_codec import decode_all
from interview.replay import build_timeline, load_timeline
from interview.settings import load_settings
from storage.records import CommentRecord, EventRecord
from storage.repository import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, AppContext, list[int]]]:
    tmp_path: Path = tmp_path_factory.mktemp("replay")
    url = f"sqlite:///{tmp_path}/d.db"
    store = Store.open(url)
    context = build_context(load_settings({"rep": "T", "database_url": url}, {}))
    ids = load_demo(store, context)
    yield store, context, ids
    store.close()


def test_every_moment_of_every_demo_interview_equals_the_fold_up_to_it(
    demo: tuple[Store, AppContext, list[int]],
) -> None:
    store, context, ids = demo
    engine = context.engine()
    checked = 0
    for interview_id in ids:
        timeline = load_timeline(store, engine, interview_id)
        record = timeline.record
        stored = [r for r in store.events(interview_id) if not r.payload.get("draft")]
        assert len(timeline.moments) == len(stored) + 1  # the start, then one per event
        day = record.started_at.date()
        for moment in timeline.moments:
            upto = decode_all(stored[: moment.index], engine.index)  # a fresh fold, nothing shared
            state = engine.state(upto, day)
            assert moment.evaluation.state == state, (interview_id, moment.index)
            fresh = Engine(engine.banks, engine.thresholds)
            judgements = tuple(fresh.judge_all(timeline.frameworks, fresh.state(upto, day)))
            assert moment.evaluation.judgements == judgements, (interview_id, moment.index)
            assert moment.evaluation.stage == fresh.stage(list(judgements), state)
            # Seeking by time shows the same state as folding by time (events of one second together).
            at_time = timeline.at(moment.at).evaluation.state
            assert at_time == engine.state(decode_all(stored, engine.index), day, until=moment.at)
            checked += 1
    assert checked > 100


def test_signals_fire_and_go_at_the_moments_they_change(demo: tuple[Store, AppContext, list[int]]) -> None:
    store, context, ids = demo
    engine = context.engine()
    seen_fired = 0
    for interview_id in ids:
        timeline = load_timeline(store, engine, interview_id)
        before: set[tuple[str, str]] = set()
        for moment in timeline.moments:
            now = {(s.bank_id, s.id) for j in moment.evaluation.judgements for s in j.signals}
            assert set(moment.fired) == now - before
            assert set(moment.gone) == before - now
            assert set(moment.signal_order) == now
            # Newest first, as the live screen orders them.
            assert moment.signal_order[: len(moment.fired)] == moment.fired
            seen_fired += len(moment.fired)
            before = now
        # Jumping from signal to signal visits exactly the moments where one fired.
        jumps, index = [], 0
        while (found := timeline.next_signal(index)) is not None:
            jumps.append(found)
            index = found
        assert jumps == [m.index for m in timeline.moments if m.fired]
        if jumps:
            assert timeline.previous_signal(jumps[-1]) == (jumps[-2] if len(jumps) > 1 else None)
    assert seen_fired > 10


def test_lens_follows_the_reps_switches_and_drafts_are_not_moments(
    demo: tuple[Store, AppContext, list[int]],
) -> None:
    store, context, ids = demo
    engine = context.engine()
    record = store.interview(ids[0])
    assert len(record.frameworks) == 2
    first, second = record.frameworks
    stored = [
        EventRecord(1, 5.0, "framework_switched", None, {"framework": second}),
        EventRecord(2, 9.0, "note", None, {"text": "typed when the app was killed", "draft": True}),
        EventRecord(3, 12.0, "framework_switched", None, {"framework": first}),
        EventRecord(4, 12.0, "framework_switched", None, {"framework": "gone_from_the_catalog"}),
    ]
    comments = [CommentRecord(2, 30.0, "M", "late"), CommentRecord(1, 6.0, "M", "early")]
    timeline = build_timeline(record, stored, comments, engine)
    assert [m.lens for m in timeline.moments] == [first, second, first, first]
    assert timeline.missing == ("gone_from_the_catalog",)
    assert timeline.frameworks == record.frameworks
    assert [c.text for c in timeline.comments] == ["early", "late"]
    assert timeline.index_at(12.0) == 3  # two events at 12 s: the last one shows
    assert timeline.index_at(11.9) == 1
    assert timeline.index_at(-1) == 0
    # An ended interview lasts until its end; comments after the last event stretch it.
    assert timeline.duration == max(record.duration or 0, 30.0)
