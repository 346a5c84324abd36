"""Framework cards: what a framework is, letter by letter, built from its bank (no UI, no I/O).

A card gathers what a rep needs to learn a framework: each letter with its meaning, its weight and
the questions asked under it; when the framework fits and its known limits, where it comes from and
how it relates to the others (all from the bank's `about`, written from the articles); the order in
which it asks its criteria, and why. Relations also come from the data: questions that share a fact
(`question_banks/FACTS.md`) ask the same thing in two frameworks, so the card lists, for every other
framework, which of its letters meet which of ours (CHAMP's M and BANT's B both ask whether budget
is allocated).

`card_json` and `card_text` render a card in one language for `qualify learn`; the learn screen
renders the same `Card`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from question_banks.model import Bank, Criterion, Text

LABELS: dict[str, dict[str, str]] = {
    "letters": {"en": "Letters", "fr": "Lettres"},
    "when_it_fits": {"en": "When it fits", "fr": "Quand l'utiliser"},
    "limits": {"en": "Limits", "fr": "Limites"},
    "origin": {"en": "Origin", "fr": "Origine"},
    "relations": {"en": "How it relates to the others", "fr": "Liens avec les autres méthodes"},
    "ask_order": {"en": "Order of the call", "fr": "Ordre de l'appel"},
    "shared": {"en": "Same questions elsewhere", "fr": "Mêmes questions ailleurs"},
    "weight": {"en": "weight", "fr": "poids"},
    "questions": {"en": "questions", "fr": "questions"},
    "follow_up": {"en": "follow-up", "fr": "relance"},
    "signals": {"en": "signals", "fr": "signaux"},
    "profile": {
        "en": "Gives a motive profile (how to argue), not a verdict.",
        "fr": "Donne un profil de motivations (comment argumenter), pas un verdict.",
    },
    "no_relations": {"en": "Not written for this bank.", "fr": "Non renseigné pour cette méthode."},
    "no_shared": {"en": "No question shared with another framework.", "fr": "Aucune question partagée."},
}


def label(key: str, lang: str) -> str:
    entry = LABELS[key]
    return entry.get(lang, entry["en"])


def colon(lang: str) -> str:
    """French typography puts a space before the colon."""
    return " :" if lang == "fr" else ":"


@dataclass(frozen=True)
class QuestionLine:
    id: str
    text: Text
    kind: str
    fact: str | None
    follow_up: bool  # asked only when its condition holds


@dataclass(frozen=True)
class Letter:
    letter: str  # as the bank writes it ("CH" in CHAMP); the criterion id when it has none
    criterion: str
    name: Text
    description: Text
    weight: float
    share: float  # of the bank's total weight, 0-1
    ask_rank: int | None  # 1 = asked first in the call (the bank's ask order), None: not ordered
    questions: tuple[QuestionLine, ...]


@dataclass(frozen=True)
class Meeting:
    """A fact asked under one of our letters and one of another framework's."""

    fact: str
    letter: str  # ours
    criterion: Text
    other_letter: str
    other_criterion: Text


@dataclass(frozen=True)
class Link:
    """Another framework and the questions it shares with this one."""

    bank_id: str
    name: Text
    meetings: tuple[Meeting, ...]


@dataclass(frozen=True)
class Card:
    bank_id: str
    name: Text
    acronym: str  # the letters in the bank's order, e.g. "B·A·N·T"
    output: str  # verdict, or profile (SONCASE)
    summary: Text
    when_it_fits: Text
    limits: Text
    origin: Text | None
    relations: Text | None
    letters: tuple[Letter, ...]
    ask_order: tuple[str, ...]  # letters in the order the call asks them (the bank's order if none)
    ask_reason: Text | None
    links: tuple[Link, ...]
    question_count: int
    signal_count: int

    def letter(self, criterion_id: str) -> Letter:
        return next(item for item in self.letters if item.criterion == criterion_id)


def _letter_of(criterion: Criterion) -> str:
    return criterion.letter or criterion.id


def _links(bank: Bank, others: Sequence[Bank]) -> tuple[Link, ...]:
    links: list[Link] = []
    for other in others:
        if other.id == bank.id:
            continue
        theirs_by_fact: dict[str, list[Criterion]] = {}
        for theirs in other.criteria:
            for question in theirs.questions:
                if question.fact and theirs not in theirs_by_fact.setdefault(question.fact, []):
                    theirs_by_fact[question.fact].append(theirs)
        meetings: list[Meeting] = []  # in our letters' order
        for mine in bank.criteria:
            for question in mine.questions:
                for theirs in theirs_by_fact.get(question.fact or "", ()):
                    meeting = Meeting(
                        question.fact or "", _letter_of(mine), mine.name, _letter_of(theirs), theirs.name
                    )
                    if meeting not in meetings:
                        meetings.append(meeting)
        if meetings:
            links.append(Link(other.id, other.name, tuple(meetings)))
    return tuple(links)


def card(bank: Bank, banks: Sequence[Bank] = ()) -> Card:
    """The card of `bank`; `banks` (all loaded, may include `bank`) give the shared questions."""
    total = sum(c.weight for c in bank.criteria) or 1.0
    order = bank.ask_order.criteria if bank.ask_order else tuple(c.id for c in bank.criteria)
    rank = {criterion_id: i + 1 for i, criterion_id in enumerate(order)}
    letters = tuple(
        Letter(
            letter=_letter_of(c),
            criterion=c.id,
            name=c.name,
            description=c.description,
            weight=c.weight,
            share=c.weight / total,
            ask_rank=rank.get(c.id),
            questions=tuple(
                QuestionLine(q.id, q.text, q.kind, q.fact, q.when is not None) for q in c.questions
            ),
        )
        for c in bank.criteria
    )
    by_id = {item.criterion: item for item in letters}
    about = bank.about
    return Card(
        bank_id=bank.id,
        name=bank.name,
        acronym="·".join(item.letter for item in letters),
        output=bank.output,
        summary=about.summary,
        when_it_fits=about.when_it_fits,
        limits=about.limits,
        origin=about.origin,
        relations=about.relations,
        letters=letters,
        ask_order=tuple(by_id[c].letter for c in order if c in by_id),
        ask_reason=bank.ask_order.reason if bank.ask_order else None,
        links=_links(bank, banks),
        question_count=bank.question_count(),
        signal_count=len(bank.signals),
    )


def cards(banks: Sequence[Bank]) -> list[Card]:
    return [card(bank, banks) for bank in banks]


# --- rendering ---------------------------------------------------------------------------------


def _get(text: Text | None, lang: str) -> str | None:
    return None if text is None else text.get(lang)


def card_json(item: Card, lang: str) -> dict[str, Any]:
    """The card in one language, as plain JSON data."""
    return {
        "id": item.bank_id,
        "name": item.name.get(lang),
        "acronym": item.acronym,
        "output": item.output,
        "summary": item.summary.get(lang),
        "when_it_fits": item.when_it_fits.get(lang),
        "limits": item.limits.get(lang),
        "origin": _get(item.origin, lang),
        "relations": _get(item.relations, lang),
        "ask_order": list(item.ask_order),
        "ask_reason": _get(item.ask_reason, lang),
        "letters": [
            {
                "letter": letter.letter,
                "criterion": letter.criterion,
                "name": letter.name.get(lang),
                "meaning": letter.description.get(lang),
                "weight": letter.weight,
                "share": round(letter.share, 4),
                "ask_rank": letter.ask_rank,
                "questions": [
                    {
                        "id": q.id,
                        "text": q.text.get(lang),
                        "kind": q.kind,
                        "fact": q.fact,
                        "follow_up": q.follow_up,
                    }
                    for q in letter.questions
                ],
            }
            for letter in item.letters
        ],
        "shared": [
            {
                "framework": link.bank_id,
                "name": link.name.get(lang),
                "questions": [
                    {
                        "fact": m.fact,
                        "letter": m.letter,
                        "criterion": m.criterion.get(lang),
                        "their_letter": m.other_letter,
                        "their_criterion": m.other_criterion.get(lang),
                    }
                    for m in link.meetings
                ],
            }
            for link in item.links
        ],
        "questions": item.question_count,
        "signals": item.signal_count,
    }


def short_name(name: str) -> str:
    """'BANT (Budget, Authority, Need, Timeline)' -> 'BANT'."""
    return name.split(" (", 1)[0]


def meeting_lines(link: Link, lang: str) -> list[str]:
    """'M Money ↔ B Budget (budget.allocated, budget.amount)', one line per pair of letters."""
    pairs: dict[tuple[str, str, str, str], list[str]] = {}
    for m in link.meetings:
        key = (m.letter, m.criterion.get(lang), m.other_letter, m.other_criterion.get(lang))
        pairs.setdefault(key, []).append(m.fact)
    return [f"{a} {an} ↔ {b} {bn} ({', '.join(facts)})" for (a, an, b, bn), facts in pairs.items()]


def card_text(item: Card, lang: str, width: int = 100) -> str:
    """The card as plain text (`qualify learn` without a terminal, or with --text)."""
    c = colon(lang)

    def para(text: str, indent: int = 0) -> str:
        pad = " " * indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    out = [f"{item.name.get(lang)}  [{item.bank_id}]  {item.acronym}", "", para(item.summary.get(lang))]
    if item.output == "profile":
        out += ["", para(label("profile", lang))]
    out += ["", f"{label('letters', lang)}{c}"]
    for letter in item.letters:
        head = f"{letter.letter:<3} {letter.name.get(lang)}  ({label('weight', lang)} {letter.weight:g}"
        out += ["", f"{head}, {letter.share:.0%})"]
        out.append(para(letter.description.get(lang), 4))
        for q in letter.questions:
            follow = f" ({label('follow_up', lang)})" if q.follow_up else ""
            out.append(para(f"· {q.text.get(lang)}{follow}", 4))
    order = " → ".join(item.ask_order)
    out += ["", f"{label('ask_order', lang)}{c} {order}"]
    if item.ask_reason is not None:
        out.append(para(item.ask_reason.get(lang), 2))
    for key, text in (("when_it_fits", item.when_it_fits), ("limits", item.limits), ("origin", item.origin)):
        if text is not None:
            out += ["", para(f"{label(key, lang)}{c} {text.get(lang)}")]
    relations = _get(item.relations, lang) or label("no_relations", lang)
    out += ["", para(f"{label('relations', lang)}{c} {relations}")]
    out += ["", f"{label('shared', lang)}{c}"]
    if not item.links:
        out.append(para(label("no_shared", lang), 2))
    for link in item.links:
        out.append(f"  {short_name(link.name.get(lang))} [{link.bank_id}]")
        out += [para(line, 4) for line in meeting_lines(link, lang)]
    return "\n".join(out)
