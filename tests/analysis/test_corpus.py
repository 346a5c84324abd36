"""The graded corpus (tests/fixtures/transcripts): every key is complete, every transcript reads,
and the analyser's field accuracy on the parts its rules were written against (dev, tune1..tune4)
does not fall below what was measured (minus a margin).

The held-out parts are measured by the benchmark (`python -m bench --only analyze`), never tuned
on; here they are only analysed, to prove no file makes the analyzer fail. heldout5 is not even
that: it waits, never run, for the next round's first measurement.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bench.analyze import CORPUS, PARTS, STATUSES, TUNING, accuracy, cases, evaluate, grade, mistakes
from interview.analysis.evidence import GRADED_FACTS
from interview.analysis.transcript import read_transcript

DEV = cases(("dev",))
# Measured 97.7 % overall (found 98.1, ambiguous 87.5, absent 96.9) on 32 transcripts, 512 fields.
FLOOR = {"overall": 94.0, "found": 94.0, "ambiguous": 75.0, "absent": 92.0}
# The other tuning parts, measured at the end of round 5 (session 5): 99.2, 98.8, 100 and 99.6 %.
TUNING_FLOOR = {"tune1": 96.0, "tune2": 96.0, "tune3": 96.0, "tune4": 96.0}
EVERY = cases(PARTS)

pytestmark = pytest.mark.skipif(not (CORPUS / "dev" / "READY").exists(), reason="the dev corpus is not there")


def test_the_dev_corpus_is_there() -> None:
    assert len(DEV) >= 32
    assert {c.key["lang"] for c in DEV} == {"en", "fr"}
    formats = {c.path.suffix for c in DEV}
    assert {".txt", ".vtt", ".srt", ".json"} <= formats


@pytest.mark.parametrize("case", EVERY, ids=[f"{c.part}/{c.name}" for c in EVERY])
def test_every_key_parses_and_grades_every_fact(case) -> None:  # type: ignore[no-untyped-def]
    key = case.key
    assert key["lang"] in ("en", "fr")
    assert isinstance(case.call_date, dt.date)
    assert set(key["facts"]) == set(GRADED_FACTS), set(GRADED_FACTS) ^ set(key["facts"])
    for fact, entry in key["facts"].items():
        assert entry["status"] in STATUSES, (fact, entry)
        if entry["status"] == "found" and fact != "competitors":
            assert "value" in entry or "contains" in entry, (fact, entry)
    speakers = key.get("speakers")
    if speakers:
        assert set(speakers) <= {"rep", "prospect"}


@pytest.mark.parametrize("case", EVERY, ids=[f"{c.part}/{c.name}" for c in EVERY])
def test_every_transcript_reads(case) -> None:  # type: ignore[no-untyped-def]
    transcript = read_transcript(case.path)
    assert transcript.turns


def test_grading_rules() -> None:
    assert grade({"status": "absent"}, {"status": "absent"})
    assert not grade({"status": "found", "value": True}, {"status": "ambiguous"})
    assert grade(
        {"status": "found", "contains": ["Excel", "papier"]}, {"status": "found", "value": "Un fichier excel"}
    )
    assert grade(
        {"status": "found", "value": {"amount": 5000, "currency": "USD"}},
        {"status": "found", "value": {"amount": 5000, "currency": "USD"}},
    )
    assert grade(
        {"status": "found", "value": dt.date(2026, 4, 30)}, {"status": "found", "value": "2026-04-30"}
    )
    assert grade(
        {"status": "found", "value": ["Trunk", "BuildPulse"]},
        {"status": "found", "value": ["BuildPulse", "Trunk"]},
    )
    assert not grade(
        {"status": "found", "value": ["Trunk"]}, {"status": "found", "value": ["Trunk", "Shopify"]}
    )
    person = {"status": "found", "value": True, "name": "Carla Mendes", "role": "VP of Engineering"}
    assert grade(person, {"status": "found", "value": True, "name": "Carla"})
    assert not grade(person, {"status": "found", "value": True, "name": "Maya"})


def test_by_transcript_puts_the_worst_call_first() -> None:
    from bench.analyze import Result, by_transcript

    good, bad = DEV[0], DEV[1]
    results = [
        Result(good, "need.pain", "found", True, {}),
        Result(bad, "need.pain", "found", False, {}),
        Result(good, "competitors", "found", False, {}),
        Result(bad, "competitors", "found", False, {}),
    ]
    lines = by_transcript(results)
    assert [line.split()[1] for line in lines] == [bad.name, good.name]
    assert lines[0].split()[2:] == ["0/2", "need.pain", "competitors"]
    assert lines[1].split()[2:] == ["1/2", "competitors"]


def test_accuracy_on_dev_stays_above_its_floor() -> None:
    results, times = evaluate(DEV)
    overall = accuracy(results)
    split = {s: accuracy([r for r in results if r.expected == s]) for s in STATUSES}
    report = f"overall {overall:.1f} %, " + ", ".join(
        f"{s} {v:.1f} %" for s, v in split.items() if v is not None
    )
    wrong = "\n".join(mistakes(results))
    assert overall is not None and overall >= FLOOR["overall"], f"{report}\n{wrong}"
    for status, value in split.items():
        assert value is None or value >= FLOOR[status], f"{report}\n{wrong}"
    assert max(times) < 1000, f"slowest transcript {max(times):.0f} ms"


@pytest.mark.parametrize("part", [p for p in TUNING if p != "dev"])
def test_accuracy_on_each_tuning_part_stays_above_its_floor(part: str) -> None:
    results, _ = evaluate(cases((part,)))
    overall = accuracy(results)
    assert overall is not None and overall >= TUNING_FLOOR[part], "\n".join(mistakes(results))


HELD_OUT = cases([p for p in PARTS if p not in TUNING])


@pytest.mark.parametrize("case", HELD_OUT, ids=[c.name for c in HELD_OUT])
def test_every_held_out_transcript_analyses_without_error(case) -> None:  # type: ignore[no-untyped-def]
    """Crash-freedom only (a held-out call once raised IndexError): no accuracy is asserted here,
    so nothing is tuned on these files."""
    from interview.analysis.analyze import report, report_text
    from interview.analysis.evidence import analyse
    from question_banks.catalog import discover

    analysis = analyse(read_transcript(case.path), case.call_date)
    assert set(GRADED_FACTS) <= set(analysis.facts)
    lang = case.key["lang"]
    assert report_text(report(analysis, discover().banks(), lang), lang)
