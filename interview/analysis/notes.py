"""The transcript analyzer applied to one note the rep is typing: facts to offer as answers.

The notes field of the live-call screen offers amounts, dates, roles, pain and urgency through
`recognisers.find_all`; this adds what the transcript analyzer recognises beyond them (a named
signer, a champion, must-haves, process steps, priority, budget status, a compelling event...),
so the live screen and `qualify analyze` read words the same way. A note is the rep's own record
of what the prospect said: all of it is evidence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from interview.analysis.evidence import analyse
from interview.analysis.transcript import parse_transcript

# Facts whose value is a list or needs the whole call to mean something: not offered from a note.
NOT_OFFERED = frozenset({"competitors"})


def note_facts(text: str, today: dt.date) -> list[tuple[str, Any, str]]:
    """(fact, value, the words it was read from) for each fact the note states clearly."""
    if not text.strip():
        return []
    analysis = analyse(parse_transcript(text, "notes", suffix=".txt"), today)
    out: list[tuple[str, Any, str]] = []
    for fact, evidence in analysis.facts.items():
        if evidence.status != "found" or fact in NOT_OFFERED or evidence.value is None:
            continue
        said = evidence.evidence[0].text if evidence.evidence else text
        out.append((fact, evidence.value, said))
    return out
