"""Transcript analysis: a 60-minute discovery call (about 9,000 words, two speakers) analysed.

Until `qualify analyze` exists this times the recognisers it is built on (amounts, dates, roles,
pains, urgency) over every prospect turn: the part that grows with the transcript's length.
The transcript is generated from varied English and French turns, the same every run.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.common import Row, repeat, time_ms

PROSPECT_TURNS = (
    "Honestly the budget is around 120k€ for this year, but the CFO signs anything above 50k.",
    "We lose about three days on every quote, that's maybe 40 deals a quarter slipping.",
    "Our VP Sales, Marie Dupont, is pushing for this; the final call is with the CEO.",
    "We need it live before the end of March, the board meets on 15 April.",
    "Le budget n'est pas encore validé, on parle de 80 000 euros environ.",
    "C'est la directrice financière qui tranche, mais le DSI a un droit de veto.",
    "On perd à peu près deux jours par semaine sur la saisie des visites terrain.",
    "Il nous faut une solution d'ici fin juin, c'est urgent pour nous.",
    "We're also looking at Salesforce and a smaller vendor, nothing decided.",
    "Security is a must-have: SSO and data hosted in the EU, no exceptions.",
    "Right now it's all spreadsheets, and the reps hate logging field visits.",
    "Je ne sais pas trop, il faudrait que j'en parle à mon manager.",
)
REP_TURNS = (
    "What happens today when a quote takes too long?",
    "Who else is involved in choosing a solution like this?",
    "Is there money already set aside for it?",
    "By when do you need it working?",
    "Qu'est-ce qui se passe si vous ne faites rien ?",
    "Qui signe au final ?",
)
WORDS_PER_MINUTE = 150


def transcript(minutes: int = 60, seed: int = 7) -> list[tuple[str, str]]:
    """(speaker, text) turns, the prospect speaking about two thirds of the time."""
    rng = random.Random(seed)
    turns: list[tuple[str, str]] = []
    words = 0
    while words < minutes * WORDS_PER_MINUTE:
        speaker, pool = ("Rep", REP_TURNS) if rng.random() < 0.35 else ("Prospect", PROSPECT_TURNS)
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
        turns.append((speaker, text))
        words += len(text.split())
    return turns


def run(quick: bool) -> list[Row]:
    from interview.analysis.recognisers import find_all

    turns = transcript()
    today = dt.date(2026, 11, 23)
    prospect = [text for speaker, text in turns if speaker == "Prospect"]

    def analyse() -> float:
        return time_ms(lambda: [find_all(text, today) for text in prospect])

    figure = repeat(3 if quick else 10, analyse)
    findings = sum(len(find_all(text, today)) for text in prospect)
    return [
        Row(
            "transcript: 60-minute call analysed (recognisers)",
            figure,
            goal_abs=500.0,
            note="recognisers over every prospect turn; `qualify analyze` to come",
            extra={"turns": len(turns), "words": sum(len(t.split()) for _, t in turns), "findings": findings},
        )
    ]
