"""Whatever a file holds, `qualify analyze` reads it or says why: never an exception of its own.

Text is drawn from the corpus' own vocabulary (money, dates, roles, approval and priority words,
speakers, cue lines) shuffled into nonsense, plus arbitrary characters.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.analysis.analyze import report, report_text
from interview.analysis.evidence import analyse
from interview.analysis.transcript import TranscriptError, parse_transcript
from question_banks.catalog import discover

WORDS = (
    "budget",
    "50k€",
    "$120,000",
    "cent mille euros",
    "CFO",
    "DAF",
    "signs",
    "valide",
    "Marie Dupont",
    "actually",
    "en fait",
    "no",
    "pas",
    "by",
    "end of March",
    "fin T2",
    "d'ici",
    "priority",
    "top",
    "ça passe après",
    "champion",
    "push",
    "Salesforce",
    "must-have",
    "obligatoire",
    "then",
    "puis",
    "legal",
    "board",
    "?",
    ".",
    ",",
    ":",
    "Rep:",
    "Prospect:",
    "SPEAKER_00:",
    "00:00:01.000 --> 00:00:02.000",
    "WEBVTT",
    "1",
    "<v Dana>",
    "\n",
    "\n\n",
    "[inaudible]",
    "30 %",
    "hours a day",
    "Q3",
    "5/29",
    "14/05",
)
BANKS = discover().banks()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join) | st.text(max_size=400),
    st.sampled_from(("", ".txt", ".vtt", ".srt", ".json")),
)
def test_analyze_reads_anything_or_says_why(text: str, suffix: str) -> None:
    try:
        transcript = parse_transcript(text, "fuzz", suffix=suffix)
    except TranscriptError:
        return  # a clear message for the user (the CLI prints it, exit 2)
    analysis = analyse(transcript, dt.date(2026, 3, 2))
    for lang in ("en", "fr"):
        assert isinstance(report_text(report(analysis, BANKS, lang), lang), str)
