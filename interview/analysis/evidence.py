"""Facts from a transcript: what the prospect said, fact by fact, with the lines that say it.

`analyse(transcript, call_date)` reads the turns of a transcript (transcript.py) and gives, for each
fact of question_banks/FACTS.md it can recognise (and the competitors named), a `FactEvidence`:

- status `found` (one value, or claims that agree), `ambiguous` (two claims that disagree: two
  people named as the one who signs, two amounts called the budget, a deadline and a later other
  deadline) or `absent` (never came up);
- the value, as the fact's question takes it (an option value, a yes/no, money, a date, a text);
- the evidence: the lines that say it, with their position (line, cue time) and speaker;
- a confidence (high / medium / low) and why.

Who speaks matters: what the prospect says is evidence, what the rep asks is not. The rep is told
apart by who asks the questions (or named with `rep`, a hint); a rep's question gives the topic of
the short answer that follows ("Is there money set aside?" - "Not yet." is a budget being defined),
and the topic stays open over side remarks ("Hang on." - "Sure, no rush." - "About forty.") and for
a colleague who answers next. What a prospect's own question takes for granted is said ("With the
40k we've put aside, could we...?"). One speaker saying a value twice, the second time more
precisely, is no conflict; two people who disagree are.
A later claim that says it corrects an earlier one ("actually", "en fait", "sorry, I meant") wins
over it instead of making the fact ambiguous. Notes of an exported interview are all evidence.

Pure and fast: a 60-minute call is analysed in well under a second, with no model and no network.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from interview.analysis import competitors, people, statements, structure
from interview.analysis.french import french
from interview.analysis.numbers import digits
from interview.analysis.recognisers import (
    OTHER_CURRENCY_WORDS,
    ROLES,
    Finding,
    find_all,
    find_roles,
    fold,
    money_to_ask_for,
    other_currency,
    spent_already,
)
from interview.analysis.speech import QUESTION_START, detect_language, is_question, sentences, speaker_roles
from interview.analysis.transcript import Transcript, Turn, speaker_identity
from interview.engine.answers import Money

Status = Literal["found", "ambiguous", "absent"]
Confidence = Literal["high", "medium", "low"]

# The facts a transcript can answer, with the kind of answer each takes (FACTS.md), and the
# competitors, which no bank asks but every rep wants to know.
FACT_KINDS: dict[str, str] = {
    "need.pain": "text",
    "need.severity": "choice",
    "need.impact_quantified": "yes_no",
    "need.current_solution": "text",
    "budget.allocated": "choice",
    "budget.amount": "money",
    "authority.role": "choice",
    "authority.economic_buyer_identified": "yes_no",
    "authority.economic_buyer_met": "yes_no",
    "decision.process_known": "yes_no",
    "decision.criteria": "text",
    "timeline.decision_date": "date",
    "timeline.compelling_event": "yes_no",
    "priority.level": "choice",
    "champion.named": "yes_no",
    "metrics.target": "text",
    "competitors": "list",
}
GRADED_FACTS = tuple(f for f in FACT_KINDS if f != "authority.economic_buyer_met")


@dataclass(frozen=True)
class Line:
    """One piece of evidence: where it is and what was said."""

    line: int
    time: float | None
    speaker: str
    text: str
    role: str = "prospect"  # "prospect", "notes", "unknown" (no speakers named), "rep" (a confirmed recap)

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "time": self.time, "speaker": self.speaker, "text": self.text}

    @property
    def where(self) -> str:
        if self.time is None:
            return f"line {self.line}"
        minutes, seconds = divmod(int(self.time), 60)
        hours, minutes = divmod(minutes, 60)
        stamp = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
        return f"line {self.line}, {stamp}"


@dataclass(frozen=True)
class Claim:
    """One thing said that answers a fact."""

    fact: str
    value: Any
    evidence: Line
    strength: int  # 3 explicit, 2 clear, 1 a hint
    reason: str  # why, in a few words (English; the report translates the frame around it)
    order: int  # position in the transcript (sentence number)
    correction: bool = False  # the sentence corrects something said before
    key: Any = None  # what two claims are compared on (None: the value)
    extra: dict[str, Any] = field(default_factory=dict)  # name, role of a person

    @property
    def compare(self) -> Any:
        return self.value if self.key is None else self.key


@dataclass(frozen=True)
class FactEvidence:
    fact: str
    status: Status
    value: Any = None  # the answer (an option value, bool, Money, date, text, list of names)
    alternatives: tuple[Any, ...] = ()  # the values that disagree, when ambiguous
    evidence: tuple[Line, ...] = ()
    confidence: Confidence | None = None
    why: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # name / role of the person, steps...

    def as_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "fact": self.fact,
            "status": self.status,
            "value": json_value(self.value),
            "confidence": self.confidence,
            "why": self.why,
            "evidence": [e.as_json() for e in self.evidence],
        }
        if self.alternatives:
            doc["alternatives"] = [json_value(v) for v in self.alternatives]
        if self.extra:
            doc.update({k: json_value(v) for k, v in self.extra.items()})
        return doc


@dataclass(frozen=True)
class Analysis:
    source: str
    format: str
    call_date: dt.date
    lang: str  # the transcript's language, detected
    speakers: dict[str, str]  # speaker as written -> "rep" | "prospect" | "notes"
    facts: dict[str, FactEvidence]
    turns: int
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "call_date": self.call_date.isoformat(),
            "lang": self.lang,
            "speakers": self.speakers,
            "turns": self.turns,
            "facts": {fact: ev.as_json() for fact, ev in self.facts.items()},
            "warnings": list(self.warnings),
        }


def json_value(value: Any) -> Any:
    if isinstance(value, Money):
        return value.as_json()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    return value


# --- claims from one sentence ------------------------------------------------------------------

_DECISION_CUE = re.compile(
    r"(?<![\w'])(?:decid\w*|decision|choose|choos\w*|chosen|choice|pick(?:s|ed|ing)?|select\w*|settle\s+on|"
    r"sign(?:s|ed|ing|ature)?|"
    r"po|purchase\s+order|"
    r"go/no[-\s]go|(?:vendor|supplier|tool|solution)\s+chosen|make\s+(?:a|the|our)\s+call|award\w*|"
    r"notification|attribu\w*|"
    r"commit|final\s+answer|yes\s+or\s+no|"
    r"go\s+or\s+no[-\s]go|shortlist|buy|purchase|close\s+(?:the\s+deal|a\s+deal|anything|the\s+contract)|"
    r"conclure|trancher|tranch\w*|choisi\w*|choix|signer|signature|signe\w*|retenir|retenu|selection\w*|"
    r"valider|validation|commande|acheter|arbitr\w*|se\s+prononcer|bon\s+de\s+commande|"
    r"dec\.?(?=\s*:|\s+(?:by|date|on|before|due|avant|d'ici|le)|\s*$)|deci?s?\.(?=\s*:)|go[-\s]ahead|"
    r"green[-\s]light|feu\s+vert|sign[-\s]off)(?![\w])"
)
_LIVE_CUE = re.compile(
    r"(?<![\w'])(?:live|launch\w*|deploy\w*|roll\s*out|rolled\s+out|rollout|in\s+place|up\s+and\s+running|operational|running|implement\w*|start\s+using|"
    r"use\s+it|ready|onboard\w*|en\s+place|operationnel\w*|deploi\w*|deploy\w*|demarr\w*|lanc\w*|tourner|en\s+production|mise\s+en\s+(?:place|production|service)|"
    r"pret\w*|utiliser|equipe\w*|need\s+it|needs?\s+to\s+be|must\s+be|il\s+(?:nous\s+)?(?:faut|faudrait)|besoin)(?![\w])"
)
_MEETING_CUE = re.compile(
    r"(?<![\w'])(?:call|meeting|demo|follow[-\s]?up|catch[-\s]?up|sync|send|email|chat|talk|speak|rendez-vous|rdv|reunion|point|rappel\w*|envoy\w*|"
    r"appel|visio|echange\w*|holiday|vacation|vacances|conge\w*|off|away|ago|last|dernier|derniere|passe\w*|since|depuis|was|were|did|etait|avait)(?![\w])"
)
_EVENT_CUE = re.compile(
    r"(?<![\w'])(?:contract|licen[cs]e|subscription|renewal|expir\w*|audit|board|launch|opening|show|season|kickoff|kick-off|"
    r"regulation|law|comes\s+into\s+force|contrat|abonnement|renouvellement|expire|termine|fin\s+(?:de|du)|conseil|salon|lancement|"
    r"ouverture|saison|reglementation|loi|entre\s+en\s+vigueur|echeance)(?![\w])"
)
_CLAUSE_CUT = re.compile(
    r"[,;:()]|(?<![\w'])(?:because|since|as|when|and|but|so|while|whereas|car|parce\s+que|puisque|quand|et|mais|donc|alors\s+que|comme)(?![\w])"
)


def _clause(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: cut at punctuation and at "because", "and", "car", "et"..."""
    lo = 0
    for m in _CLAUSE_CUT.finditer(folded, 0, start):
        lo = m.end()
    m = _CLAUSE_CUT.search(folded, end)
    return lo, (m.start() if m else len(folded))


_QUANTITY = re.compile(
    # a count of things gone wrong, of people tied up, of cases hit: "three audit findings", "2 of our 8
    # planners", "280000 dossiers sont concernés"
    r"(?<![\w.,])\d+\s+(?:of\s+(?:our|the|my|their)(?:\s+(?:last|first|past|latest))?|de\s+nos|sur(?:\s+(?:les|nos))?"
    r"(?:\s+(?:derniers|dernieres))?)\s+\d+\s+[a-z-]{3,}|"
    # people or places deprived: "12000 households without power", "3 sites sans réseau"
    r"(?<![\w.,])\d+\s+(?:[a-z-]{3,}\s+){1,2}(?:sans|without|priv[eé]e?s?\s+d[e']|deprived\s+of|cut\s+off\s+from)\s*[a-z]+|"
    # a volume over time: "600 messages a day", "about 40 tickets per shift", "200 appels par jour"
    r"(?<![\w.,])\d+\s+(?:[a-z-]{3,}\s+)?(?:messages|e-?mails|mails|calls|appels|requests|demandes|tickets|queries|"
    r"questions|texts|sms|chats|relances|claims|alerts|alertes|interruptions|breakdowns|disputes|litiges|corrections|"
    r"rejects|rejets|refus|exceptions)\s+(?:[a-z-]{3,}\s+)?(?:a|an|per|every|each|par|chaque)\s+(?:day|week|month|shift|"
    r"night|jour|semaine|mois|nuit)\b|"
    r"(?<![\w.,])\d+\s+(?:[a-z-]+\s+)?(?:findings|incidents|complaints|returns|no-shows|mistakes|failures|"
    r"breaches|"
    r"outages|escalations|cancellations|plaintes|retours|r[eé]clamations|pannes|annulations|litiges|"
    r"impay[eé]s)\b|"
    r"(?<![\w.,])\d+\s+[a-z-]{3,}\s+(?:(?:sont|are|were|ont\s+ete|get|got)\s+)?(?:concern|affect|impact|"
    r"touch)\w*|"
    r"(?<![\w])(?:half\s+a\s+day|a\s+half[-\s]day|a\s+full\s+day|demi-journ[eé]e|"
    r"une\s+journ[eé]e\s+(?:entiere|"
    r"complete|par)|"
    r"une\s+bonne\s+(?:demi-)?journ[eé]e)(?![\w])|"
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|percent|per\s?cent|pour\s?cent|points?\b|hours?\b|hrs?\b|heures?\b|h\b|days?\b|jours?\b|"
    r"weeks?\b|semaines?\b|months?\b|mois\b|minutes?\b|mins?\b|k\b|m\b|€|\$|£|euros?\b|dollars?\b|pounds?\b|x\b|times\b|fois\b|"
    r"tickets?\b|calls?\b|appels?\b|errors?\b|erreurs?\b|deals?\b|clients?\b|customers?\b|leads?\b|orders?\b|commandes?\b)|"
    r"[€$£]\s?\d|(?<![\w])(?:half|double|twice|a\s+third|a\s+quarter|moitie|deux\s+fois|un\s+tiers|un\s+quart)(?![\w])",
    re.IGNORECASE,
)
_REPORTED_PAST = re.compile(
    r"(?<![\w'])(?:(?:i'd|i\s+would|would|we'd|we\s+would)\s+have\s+(?:said|told|answered)|i\s+(?:told|said\s+to)\s+you|"
    r"(?:je\s+)?vous\s+aurais\s+dit|(?:j'|on\s+)?aurai[st]?\s+dit|je\s+vous\s+(?:ai|avais)\s+dit|on\s+vous\s+(?:a|avait)\s+dit)(?![\w])"
)
_PAST = re.compile(
    r"(?<![\w'])(?:told|said|mentioned|promised|discussed|talked|agreed|asked|sent|met|spoke|called|emailed|wrote|was|were|had|did|went|happened|ago|last|yesterday|earlier|used\s+to|"
    r"j'ai\s+dit|avais\s+dit|avait\s+dit|etait|etaient|avait|avions|dernier|derniere|hier|il\s+y\s+a)(?![\w])"
)
_DETERMINER = re.compile(
    r"(?<![\w'])(?:the|our|their|your|this|that|a|an|la|le|les|notre|nos|leur|leurs|votre|ce|cette|du|des)\s+$"
)
_NOT_NOUN = re.compile(
    r"\s+(?:to|for|at|by|and|or|is|are|was|will|in|on|of|with|et|ou|est|sont|pour|de|du|des|a|au|en|sur|avec|qui|que|which|that|then|puis|if|si|when|quand)(?![\w])"
)


def _attributive(folded: str, start: int, end: int) -> bool:
    """A date used as an adjective ("the Q3 tooling", "notre budget 2027"): no deadline. A meeting
    where the decision is taken is a date, though ("decided at the June board meeting")."""
    if not _DETERMINER.search(folded[max(0, start - 8) : start]):
        return False
    after = folded[end : end + 14]
    meeting = re.match(r"\s+(?:board|committee|steering|meeting|exco|comex|codir)\b", after)
    if meeting and _DECISION_CUE.search(folded):
        return False
    return bool(re.match(r"\s+[a-z]", after)) and not _NOT_NOUN.match(after)


_SIGNING = re.compile(
    r"(?<![\w'])(?:sign\w*|approv\w*|sign-?off|board|committee|delegation|signe\w*|valid\w*|comite|conseil|"
    r"releases?|debloqu\w*)(?![\w])"
)
_BUDGET_CONTEXT = re.compile(  # after an elision too: "l'enveloppe"
    r"(?<![\w])(?:budget\w*|enveloppe|envelope|spend|invest\w*|afford|allocated|allou\w*|set\s+aside|"
    r"de\s+cote|approved|approuve\w*|"
    r"figure|number|line|plan|montant|chiffre|ligne|valide\w*|prevu\w*|vote\w*|signed\s+off|earmarked|provisionn\w*)(?![\w])"
)
_CURRENCY_WORD = re.compile(
    rf"(?<![\w])(?:{OTHER_CURRENCY_WORDS})(?![\w])|"
    r"(?<![\w])(?:(?:australian|aussie|canadian|us)\s+dollars?|dollars?\s+(?:australiens?|canadiens?)|aud|cad|"
    r"piasses?|piastres?|quid|balles|dollars?|usd|euros?|eur|pounds?|livres?\s+sterling|gbp|francs?\s+suisses?|chf)(?![\w])|[$€£]"
)


def _CURRENCY_WORD_CODE(word: str) -> str:
    w = word.lower()
    if other := other_currency(w):
        return other
    if w.startswith(("australian", "aussie", "aud")) or "australien" in w:
        return "AUD"
    if w.startswith(("canadian", "cad", "pias")) or "canadien" in w:
        return "CAD"
    if w.startswith("quid"):
        return "GBP"
    if w.startswith(("dollar", "usd", "us ", "$")):
        return "USD"
    if w.startswith(("pound", "livre", "gbp", "£")):
        return "GBP"
    if w.startswith(("franc", "chf")):
        return "CHF"
    return "EUR"


_BARE_AMOUNT = re.compile(
    r"(?<![\w.,'$€£])(?P<num>\d{1,3}(?:[ ,.]\d{3})+|\d{4,}|"
    r"\d+(?:[.,]\d+)?\s?(?:k|m|mio|million|millions|keur))"
    r"(?![\w.,]*\d)(?![\w%])"
    r"(?!\s*(?:€|\$|£|eur|euros?|dollars?|pounds?|usd|gbp|chf|%|x\b|people|persons?|personnes?|users?|utilisateurs?|employees?|salaries?|"
    r"contacts?|clients?|customers?|adherents?|dossiers?|files?|records?|visits?|visites?|tickets?|calls?|appels?|orders?|commandes?|leads?|"
    r"hours?|heures?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|sites?|stores?|magasins?|units?|lines?|pages?|documents?|"
    r"letters?|lettres?|sku|products?|produits?|agents?|reps?|members?|membres?|miles?|km|kg))",
    re.IGNORECASE,
)


_SMALL_ANSWER = re.compile(
    r"^\W*(?:(?:about|around|roughly|maybe|probably|say|call\s+it|somewhere\s+around|approximately|"
    r"close\s+to|just\s+under|"
    r"environ|autour\s+de|a\s+peu\s+pres|dans\s+les|disons|peut-etre|grosso\s+modo|pas\s+loin\s+de|"
    r"a\s+peine)[\s,]+)*"
    r"(?P<num>[1-9]\d{0,2})(?:\s*(?:ish|-ish|euros?|dollars?|pounds?|quid|balles|francs?|piasses?|[$€£]))?"
    r"(?:[\s,]+(?:i\s+(?:think|guess|reckon)|je\s+(?:pense|crois|dirais)|max(?:imum)?|tops|grand|environ|"
    r"for\s+(?:the\s+)?(?:year|project)))*\W*$"
)


_PER_MONTH = re.compile(
    r"\s*(?:a|per|/|par|each|chaque)\s*(?:month|mois)(?![\w])|\s*(?:monthly|mensuel\w*)(?![\w])"
)
_PER_YEAR = re.compile(
    r"(?<![\w'])(?:a|per|par|each|chaque|l')\s*(?:year|an|annee)(?![\w])|/\s*(?:yr|year|an)(?![\w])|"
    r"(?<![\w'])(?:annually|yearly|annuel\w*|a\s+l'annee|a\s+l'an)(?![\w])"
)


def _bare_amounts(
    sentence: str, folded: str, taken: list[tuple[int, int]], ctx: _Context, add: Callable[..., None]
) -> None:
    """Amounts said without a currency ("the number in the plan is 120000", "the 95 k we have"),
    taken as money only with budget words in the sentence or beside it."""
    from interview.analysis.recognisers import parse_money

    if (
        (again := _BARE_RESTATE.match(folded))
        and not taken
        and _CONCEDES.search(folded[: again.start("num")] + " " + fold(ctx.previous_sentence))
    ):
        # "Oh, right, 35 then.", "One point eight.": a sum said before, said again without its thousands;
        # kept only if it is one said before (see _scaled)
        small_money = Money(Decimal(again["num"].replace(",", ".")), "EUR")
        add(
            "budget.amount",
            small_money,
            2,
            f"a figure said again: “{again.group().strip()}”",
            key=(small_money.amount, "EUR"),
            assumed=True,
            scale_free=True,
            restates=True,
        )
        return
    answering = ctx.answering < 2 and bool({"budget.amount", "budget.allocated"} & set(ctx.asked[:2]))
    # a sum with its thousands later in the answer to the budget question: "There is. It's a line item
    # now. A hundred and forty thousand for tracking, tags, readers."
    whole_answer = ctx.answering < 4 and bool({"budget.amount", "budget.allocated"} & set(ctx.asked[:2]))
    # "Non, pardon, 42 000" after a sum: a figure taken back; "9 millions, pas un franc de plus": a cap
    corrects = bool(_NO_THEN_ANY.match(folded)) and bool(_MONEY_SAID.search(digits(ctx.around)))
    if not (
        answering
        or (whole_answer and _BARE_AMOUNT.search(sentence))
        or corrects
        or _BUDGET_CONTEXT.search(folded)
        or structure.money_verb(folded)
        or _BUDGET_CONTEXT.search(fold(ctx.around))
        or _CAP.search(folded)
        or _FOR_IT.search(folded)
    ):
        return  # money without a currency only in the answer to a budget question or beside budget words
    if answering and ctx.answering == 0 and (small := _SMALL_ANSWER.match(folded)):
        # "About forty." to "what kind of budget?": thousands, as budgets are spoken
        amount = int(small["num"]) * 1000
        word = _CURRENCY_WORD.search(folded)
        money = Money(Decimal(amount), _CURRENCY_WORD_CODE(word.group()) if word else "EUR")
        add(
            "budget.amount",
            money,
            2,
            f"the answer to the budget question: “{small.group().strip(' .!')}”",
            key=(money.amount, money.currency),
            assumed=word is None,
        )
        return
    back = _NO_SMALL.match(folded) if corrects else None
    if back and not any(a <= back.start("num") < b for a, b in taken):
        small_money = Money(Decimal(back["num"].replace(",", ".")), "EUR")
        add(
            "budget.amount",
            small_money,
            2,
            f"a figure taken back: “{back.group().strip()}”",
            key=(small_money.amount, "EUR"),
            assumed=True,
            scale_free=True,
            corrects=True,
        )
    if (short := _FIGURE_WAS.search(folded)) and not any(a <= short.start("num") < b for a, b in taken):
        # "the figure Fergal gave was forty-five": thousands left unsaid, scaled on the sum said
        # before it (see _currencies); nothing if no sum came before
        word = _CURRENCY_WORD.search(folded)
        code = _CURRENCY_WORD_CODE(word.group()) if word else "EUR"
        small_money = Money(Decimal(short["num"].replace(",", ".")), code)
        add(
            "budget.amount",
            small_money,
            2,
            f"a figure: “{short.group().strip()}”",
            key=(small_money.amount, small_money.currency),
            assumed=word is None,
            scale_free=True,
        )
    yearly = [y.start() for y in _PER_YEAR.finditer(folded)]
    for m in _BARE_AMOUNT.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _PER_MONTH.match(folded, m.end()) and any(y > m.end() for y in yearly):
            continue  # "5k a month, so 60k a year": the annual figure is the budget
        lo, hi = _clause(folded, m.start(), m.end())
        if (
            _OLD_AMOUNT.search(folded[lo:hi])
            or spent_already(folded, m.start())
            or _earlier_period(folded, m.start(), m.end())
        ):
            continue
        digits_only = re.sub(r"\D", "", m["num"])
        if re.fullmatch(r"(?:19|20)\d\d", digits_only) or (
            _THRESHOLD.search(folded[max(0, m.start() - 30) : m.start()]) and _SIGNING.search(folded)
        ):
            continue
        money = parse_money(m["num"])
        if money is None or money.amount < 1000:
            continue
        assumed = True
        if word := _CURRENCY_WORD.search(folded) or _CURRENCY_WORD.search(fold(ctx.around)):
            money, assumed = Money(money.amount, _franc_of_call(word.group(), ctx)), False
        took_back = (corrects and bool(_NO_THEN.match(folded[: m.start()]))) or _to_colleague(folded, ctx)
        add(
            "budget.amount",
            money,
            2,
            f"an amount: “{m['num']}” (budget words beside it)",
            key=(money.amount, money.currency),
            assumed=assumed,
            **({"corrects": True} if took_back else {}),
        )


_WEEKDAY = re.compile(
    r"(?<![\w'])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)s?(?![\w])"
)
_EVERY = re.compile(
    r"(?<![\w'])(?:every|each|weekly|chaque|tous\s+les|toutes\s+les|hebdomadaire\w*)(?![\w])|"
    r"(?<![\w'])(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?![\w])"
)
# A season or a holiday as the answer to "what's pushing you?": "L'été.", "Christmas, really."
_SEASON = re.compile(
    r"(?<![\w])(?:summer|winter|spring|autumn|fall|season|holidays?|christmas|easter|rentree|ete|hiver|printemps|"
    r"automne|saison|vacances|fetes|noel|paques|harvest|vendanges|recolte)(?![\w])"
)
# "No, Nadia, ...": a colleague contradicted by name.
_NO_TO_SOMEONE = re.compile(r"^\W*(?:no|non|nope|nah)\W+[a-z][\w-]+\W*,")
# "The quarter" after a quarter was named refers back to it: "d'ici fin T3 ... pour la fin du trimestre".
_THE_QUARTER = re.compile(r"(?<![\w'])(?:fin\s+du\s+trimestre|end\s+of\s+the\s+quarter)(?![\w])")
_QUARTER_NAMED = re.compile(
    r"(?<![\w'])(?:[qt](?P<n>[1-4])|(?P<w>first|second|third|fourth|premier|deuxieme|second|troisieme|"
    r"quatrieme)\s+(?:quarter|trimestre))(?![\w])"
)
_QUARTER_WORDS = {"first": 1, "premier": 1, "second": 2, "deuxieme": 2, "third": 3, "troisieme": 3}
_QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def _named_quarter(text: str) -> int | None:
    """The last quarter named in a folded text ("fin T3", "the third quarter"), or None."""
    found = list(_QUARTER_NAMED.finditer(text))
    if not found:
        return None
    m = found[-1]
    return int(m["n"]) if m["n"] else _QUARTER_WORDS.get(m["w"], 4)


# A verb done already just before a month: "on l'a remonté en mars", "we raised it in February".
_DONE_VERB = re.compile(
    r"(?<![\w'])(?:(?:on|nous|j'|je|il|elle|ils|elles)\s*(?:l'|les\s+|y\s+)?(?:a|ai|avons|ont|avait|avions|est|sommes)\s+"
    r"(?:deja\s+)?[a-z]+(?:e|es|i|is|it|u|us)|(?:we|i|they|he|she|it)\s+(?:already\s+|just\s+)?"
    r"(?!(?:need|feed|speed|seed|breed|proceed|exceed|succeed|shed)\b)[a-z]+ed|"
    r"(?:was|were|got)\s+[a-z]+ed)(?![\w])[^.;]{0,25}$"
)
# What the meeting just named is, said after it: "c'est là qu'on tranche", "that's where we decide".
_DECIDED_THERE = re.compile(
    r"(?<![\w'])(?:c'est\s+la\s+qu|that's\s+(?:when|where)|that\s+is\s+(?:when|where)|"
    r"(?:ce|cette|that|this)\s+(?:board|committee|meeting|conseil|comite|reunion|day|jour|date)(?:[\s-]la)?\b|"
    r"(?:avant|before)\s+(?:ce|cette|that|this|then)\b)"
)
_DATE_WORD = re.compile(
    r"(?<![\w'])(?:\d+|january|february|march|april|june|july|august|september|october|november|december|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?![\w])"
)


def _decided_there(later: str) -> bool:
    """Whether the words after a date say it is where the decision is taken, before any other date."""
    m = _DECIDED_THERE.search(later)
    return bool(m and _DECISION_CUE.search(later) and not _DATE_WORD.search(later, 0, m.start()))


_A_TIME = re.compile(
    r"(?<![\w'])(?:\d+|january|february|march|april|june|july|august|september|october|november|december|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|summer|winter|spring|"
    r"autumn|fall|break|holidays?|christmas|easter|ete|hiver|printemps|automne|vacances|conges|noel|paques|"
    r"[qt][1-4]|h[12])(?![\w])"
)
# A date that restates the one before it in the sentence: "before the break, so end of July".
_SO_THEN_DATE = re.compile(
    r"(?<![\w'])(?:so|donc|i\.?e\.?|that\s+is|c'est-a-dire|soit|meaning|which\s+(?:is|means))\W+(?:\w+\W+)?$"
)
# Calling back, not deciding: "give me a shout then", "rappelez-moi à ce moment-là".
_CALL_BACK = re.compile(
    r"(?<![\w'])(?:give\s+me\s+a\s+(?:shout|call|ring|bell|buzz)|call\s+me|ring\s+me|phone\s+me|"
    r"get\s+back\s+to\s+(?:me|you|us)|ping\s+me|check\s+back|touch\s+base|rappel\w*[\s-]+moi|recontact\w*[\s-]+moi|"
    r"revien\w*\s+vers\s+(?:vous|toi|moi)|reviendr\w*\s+vers|"
    r"revenez\s+vers\s+moi|relanc\w*[\s-]+moi|on\s+se\s+rappelle)(?![\w])"
)
_THEN = re.compile(
    r"(?<![\w'])(?:then|at\s+that\s+point|after\s+that|a\s+ce\s+moment(?:[\s-]la)?|ce\s+jour[\s-]la|la)\W*$"
)


# Bodies that decide, and a file going before one: their meeting is the decision date.
_DECIDING_BODY = re.compile(
    r"(?<![\w'])(?:board|committee|steering|exco|comex|codir|conseil(?:\s+d'administration)?|comite|cse|"
    r"commission|assemblee|council|trustees)(?![\w])"
)
_BODY_DECIDES = re.compile(
    r"(?<![\w'])(?:decid\w*|decision|approv\w*|rubber-?stamp\w*|sign\w*|vote[rsz]?|voted|voting|votera|valide\w*|"
    r"valider|"
    r"tranch\w*|arbitr\w*|green-?light\w*|go[-\s]no[-\s]go|choose|choos\w*|pick\w*|select\w*|retenir|"
    r"choisi\w*)(?![\w])"
)
_GOES_BEFORE = re.compile(
    r"(?<![\w'])(?:goes|go|going|gets|get|will\s+go|is\s+going|presented|present\w*|taken|take\s+it|"
    r"table[ds]?|"
    r"passe|passera|presente\w*|soumis|soumettre|remonte\w*|ira)\s+(?:\w+\s+){0,2}?(?:to|before|"
    r"in\s+front\s+of|en|au|devant|a\s+la|au)\s+"
)
_DONE_DECISION = re.compile(
    r"(?<![\w'])(?:a|ai|avons|ont|avait|avaient|had|have|has|we've|i've|they've|just)\s+(?:\w+\s+)?(?:signe|signed|decide|decided|choisi|chosen|tranche|picked|selected)(?![\w])"
)
# Labels of typed notes that name the topic of what follows: "Approver: MD (Rob Keane)", "Prio : haute".
_TOPIC_LABEL = re.compile(
    r"^\W*(?:(?P<eb>approver|approval|sign[-\s]?off|signer|signatory|signs|economic\s+buyer|eb|budget\s+holder|"
    r"decision[-\s]maker|valideur|validation|signataire|decideur|decisionnaire|qui\s+signe|qui\s+valide|"
    r"dm|budget\s+owner|who\s+signs|final\s+say|valide\s+le\s+budget)"
    r"|(?P<prio>priority|prio|priorite|importance))\s*(?:\([^)]*\)\s*)?(?::|\s-\s|\s–\s|=)\s*"
)
_LABEL = re.compile(r"^\W*[\w'. ]{2,30}?\s*:")
_SHORTLIST = re.compile(
    r"(?<![\w'])(?:finalist\w*|shortlist\w*|short-list\w*|pre-?select\w*|preselection|quotes?\s+(?:are\s+)?due|questions?|"
    r"(?:publi\w*|issu\w*|launch\w*|lan[cç]\w*|send\w*\s+out|put\w*\s+out)\s+(?:the\s+|our\s+|an?\s+|la\s+|le\s+|l'|une?\s+|notre\s+)?"
    r"(?:consultation|tender|rfp|rfq|rfi|appel\s+d'offres|dce)|"
    # a trial before the decision: "a trial on two ponds in April", "un test en juin"
    r"(?:an?|the|our|un|une|le|la|notre)\s+(?:\w+\s+)?(?:trial|pilot|pilote|essai|test|poc|proof\s+of\s+concept))(?![\w])"
)
# A body that has already decided ("this year the board approved 25k") sets no date to come.
_BODY_DECIDED = re.compile(
    r"(?<![\w'])(?:approved|voted|decided|signed\s+off|chose|picked|selected|green-?lit|rubber-?stamped)(?![\w])"
)
_STILL_TO_COME = re.compile(
    r"(?<![\w'])(?:will|to\s+be|going\s+to|gets?|needs?\s+to|has\s+to|must|should|sera|seront|va|vont|doit)(?![\w])|'ll(?![\w])"
)
# A date that marks when something starts ("from April", "à partir du 1er juillet") is no deadline.
_STARTS_FROM = re.compile(
    r"(?<![\w'])(?:from|starting(?:\s+(?:on|in))?|as\s+of|a\s+partir\s+d\w*)(?:\s+(?:the|le|la|l'))?\s*$"
)
_STARTS_FROM_TEXT = re.compile(r"^\W*(?:from|starting|as\s+of|a\s+partir|des)(?![\w])")
# A date said and then held as the decision's limit: "if I haven't committed it by then, it's gone".
_DECIDE_BY_THEN = re.compile(
    r"(?<![\w'])(?:commit\w*|decid\w*|sign\w*|cho(?:o)?s\w*|pick\w*|award\w*|engag\w*|signe\w*|choisi\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:by\s+then|before\s+then|d'ici\s+la|avant\s+(?:ca|cela))"
)
# A lower bound: "after the audit in April", "une fois le budget voté en mars".
_AFTER_BOUND = re.compile(
    r"(?<![\w'])(?:after|once|following|apres|une\s+fois|suite\s+a|pas\s+avant|not\s+before)\s+(?:[\w']+\s+){0,3}$|"
    r"^\W*(?:after|apres)(?![\w])"
)
# A date the speaker will not stand by: "but I'm not committing", "je m'engage sur rien".
_NOT_COMMITTING = re.compile(
    r"(?<![\w'])(?:not\s+committing|won't\s+commit|can't\s+commit|no\s+promises|don't\s+hold\s+me\s+to|"
    r"not\s+promising|can't\s+promise|(?:je\s+)?(?:ne\s+)?(?:te|vous)\s+promets\s+rien|"
    r"(?:je\s+)?(?:ne\s+)?m'engage\s+(?:sur|a)\s+rien|je\s+ne\s+(?:peux|veux)\s+pas\s+m'engager|sans\s+garantie|"
    r"rien\s+de\s+sur)(?![\w])"
)
# Bodies whose meeting is itself the purchase decision: "the investment committee in three weeks".
_DECIDES_BY_NATURE = re.compile(
    r"(?<![\w'])(?:investment|capex|procurement|purchasing|tender)\s+(?:committee|board|panel)|"
    r"comite\s+(?:d'investissement|d'engagement|des\s+investissements|d'achats?)|commission\s+(?:d'appel\s+d'offres|des\s+achats)(?![\w])"
)
# A numeric month/day ("11/6") to read in the American order.
_MONTH_DAY_NUMERIC = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")


def _next_us_day(month: int, day: int, today: dt.date) -> dt.date | None:
    """The next `month`/`day` from `today` (today counts), or None if there is no such day."""
    for year in (today.year, today.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None


_OLD_AMOUNT = re.compile(
    r"(?<![\w'])(?:last\s+year'?s?|previous|old|l'an\s+dernier|l'annee\s+derniere|ancien(?:ne)?)(?![\w])"
)
# A sum of an earlier period ("last season we overpaid 85k", "l'an passé, c'était 150 000 €") is the
# problem's size, unless money was set aside then ("the board approved 45k last month").
_PAST_PERIOD = re.compile(
    r"(?<![\w'])(?:last\s+(?:year|season|quarter|month|winter|summer|spring|autumn|fall|harvest|time)|"
    r"l'an\s+(?:dernier|passe)|l'annee\s+(?:derniere|passee)|(?:la\s+)?saison\s+(?:derniere|passee)|"
    r"(?:le\s+)?(?:trimestre|mois)\s+(?:dernier|passe)|(?:the\s+)?(?:year|season)\s+before)(?![\w])"
)
_BUT_NOW = re.compile(
    r"[.;]|(?<![\w'])(?:but|mais|this\s+year|cette\s+annee|now|maintenant|for\s+(?:the|this)|pour\s+(?:l'|le|la|ce|cet))(?![\w])"
)


def _earlier_period(folded: str, start: int, end: int) -> bool:
    """Whether the amount at start-end is said of an earlier period (see _PAST_PERIOD)."""
    lo = max(0, start - 80)
    near = folded[lo : min(len(folded), end + 30)]
    periods = list(_PAST_PERIOD.finditer(near))
    if not periods or structure.money_verb(near):
        return False
    last = periods[-1]
    if lo + last.start() > start:  # "we overpaid 85k in overtime last season"
        return not _BUT_NOW.search(folded, end, lo + last.start())
    return not _BUT_NOW.search(folded, lo + last.end(), start)


_THRESHOLD = re.compile(
    r"(?:[<>]|(?<![\w'])(?:above|over|under|below|beyond|more\s+than|less\s+than|anything\s+(?:above|over|under)|au-dessus|au[-\s]+dela\s+de|en\s+dessous|plus\s+de|moins\s+de|"
    r"exceeds?|exceeding|depasse\w*|"
    r"jusqu'a|up\s+to|threshold|seuil|limit|limite))\s*[$€£]?\s*$"
)
_NOT_BUDGET = re.compile(
    r"(?<![\w])(?:quoted|quote|charges?|charged|pay(?:ing)?\s+(?:today|now|currently|them)|currently\s+pay|costs?\s+us|(?:their|his|her)\s+price|"
    r"revenue|turnover|raised|salary|salaire|devis|facture|payons\s+(?:actuellement|aujourd'hui)|nous\s+coute|ca\s+nous\s+coute|"
    r"impaye\w*|unpaid|overdue|outstanding|en\s+jeu|at\s+stake|"
    r"chiffre\s+d'affaires|lost|lose|losing|perd\w*|perte\w*|leak\w*|fine|fines|amende\w*|penalt\w*)(?![\w])"
)
# Money that is the cost of the problem, not a budget: lost, wasted, paid in penalties, thrown away.
_COST_OF_PROBLEM = re.compile(
    r"(?<![\w])(?:costs?\s+us|cost\s+(?:us|the\s+\w+)|lost|lose|losing|perd\w*|pertes?|wasted?|gaspill\w*|penalt\w*|"
    r"fines?|fined|amendes?|write[-\s]?offs?|written\s+off|waived|demurrage|detention|storage\s+charges|refund\w*|"
    r"rembours\w*|jete\w*|perime\w*|unpaid|impaye\w*|overdue|in\s+damages|de\s+degats|sanctions?|"
    # "ça nous a coûté 18 000 $", "excise overpaid by 3.2M"
    r"(?:nous\s+)?(?:a\s+)?coute\w*|coutent|overpaid|overpay\w*|surpaye\w*|trop\s+paye\w*)(?![\w])"
)
_ASIDE_UNQUANTIFIED = re.compile(
    r"(?<![\w'])(?:which|that|qui|dont|ce\s+qui)\s+(?:\w+\s+){0,2}?(?:can't|cannot|couldn't|can\s+never|"
    r"ne\s+(?:peut|peux|pourra|sait)|n'arrive)\s+(?:\w+\s+){0,2}?(?:put|quantif|chiffr|mesur|measure|price|cost)"
)
_ABOUT_SO_MANY = re.compile(
    r"(?<![\w])(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|milliers?|dozens|"
    r"hundreds|thousands)\s+(?:d'|de\s+|of\s+)(?:heures|jours|semaines|euros|dollars|hours|days|weeks|clients|"
    r"customers|commandes|orders|dossiers)(?![\w])|"
    # a rate of loss: "un client par mois", "one order a week"
    r"(?<![\w])(?:un|une|one|a)\s+(?:client|customer|patient|deal|order|commande|contrat|contract|job|chantier)\s+"
    r"(?:par|per|a|every|chaque)\s+(?:jour|semaine|mois|an|day|week|month|year)(?![\w])"
)
_MONEY_SAID = re.compile(
    r"[€$£]|\d\s*(?:k|m|grand|euros?|dollars?|pounds?|livres?|francs?)\b|\d{4,}", re.IGNORECASE
)
# Any figure but a year: the answer to "what does it cost you?" that holds one puts a number on it.
_A_FIGURE = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d]))\d+|(?<![\w])(?:half|a\s+third|a\s+quarter|moiti[eé]|un\s+tiers)(?![\w])",
    re.IGNORECASE,
)
_VAGUE_PAIN = re.compile(
    r"^\W*(?:(?:well|so|honestly|ok|bah|ben|alors|ecoutez|bon)[\s,]+)*(?:my|our|the|mon|notre|le)\s+"
    r"(?:problem|issue|probleme|souci)\s+"
    r"(?:is|est|c'est)\s+(?:very\s+|tres\s+|tout\s+)?(?:simple|easy|basic|this|that|straightforward|bete)\W*$"
)
_LOSS = re.compile(r"(?<![\w])(?:lost|lose|losing|perd\w*|wasted?|missed|manque\w*)(?![\w])")
_INTRO_ROLE = re.compile(
    r"(?<![\w'])(?:i'm|i\s+am|as\s+(?:the\s+)?|my\s+(?:role|title|job)\s+is|je\s+suis|en\s+tant\s+que|mon\s+(?:role|poste|titre)\s+(?:est|c'est))\s*"
    r"(?:the\s+|a\s+|an\s+|le\s+|la\s+|l'|un\s+|une\s+)?(?:new\s+|nouveau\s+|nouvelle\s+)?$"
)


@dataclass
class _Context:
    call_date: dt.date
    speaker_role: str
    asked: list[str]  # the facts the rep's question just before asked about
    first: bool  # the first sentence of the prospect's turn (a short answer's yes/no is here)
    speaker: str
    self_role: str | None  # the contact's role, if the label or an introduction says
    original: str = ""  # the sentence being read, as said (before numbers were written as digits)
    sentence: str = ""  # the same, as read (numbers as digits)
    pain_turn: bool = False  # a pain was said earlier in this turn
    pain_recent: bool = False  # or in the prospect's previous turn
    answering: int = 0  # sentences of the answer to the rep's question read so far
    pain_skipped: int = 0  # of those, the lead-ins ("Well, I'll tell you.", "We have nine shops.")
    pain_announced: str = ""  # "My problem is simple." was just said (as said): the next sentence tells it
    around: str = ""  # the sentences before and after this one, in the same turn
    asked_decision: bool = False  # the rep's question was about deciding ("when will you decide?")
    dated: bool = False  # a date was read already in this turn
    previous_corrects: bool = False  # the sentence before, in this turn, announced a correction
    retracted: bool = False  # "strike that" earlier in this turn: what follows in it replaces
    previous_sentence: str = ""  # the sentence before, in this turn, as said
    confirmed: set[str] = field(default_factory=set)  # facts of the rep's recap this turn confirmed
    section: str | None = None  # in written notes, the fact of the heading the line sits under
    currencies: dict[str, int] = field(default_factory=dict)  # currencies said so far in the call
    contact: str = ""  # in notes: the lead, named in the third person ("Greg decides with the CFO")
    last_person: dict[str, Any] | None = None  # the person named last, for "he" / "she" / "il" / "elle"
    people: set[str] = field(default_factory=set)  # first names of the people of the call (folded)
    sellers: set[str] = field(default_factory=set)  # the rep's company, folded: never a competitor
    # how each word is written over the whole call: a capital only at a sentence's start is no name
    call_words: competitors.CallWords | None = None
    turn_facts: set[str] = field(default_factory=set)  # the facts this turn has spoken to so far
    lang: str = "en"


# Transcription marks and hesitations, which cut a name from its verb or a list in two.
_NOISE = re.compile(
    r"\s*[\[(](?:inaudible|crosstalk|unintelligible|indistinct|inaudible\s+[\d:]+|laughs?|laughter|pause|"
    r"silence|rires?|"
    r"inintelligible|incomprehensible|brouhaha|\?+|…|\.\.\.)[\])]\s*|"
    r"(?<![\w'])(?:uh+|um+|erm+|er|euh+|hum+|hmm+|heu+)(?![\w'])[,.]?",
    re.IGNORECASE,
)


# Taking back what was said, so that the rest of the turn replaces it: "Oh, strike that. Under 50k
# it doesn't go to the board. It's Pete, our GM, who signs."
_RETRACTION = re.compile(
    r"(?<![\w'])(?:(?:strike|scratch|forget|ignore|disregard|cross\s+out)\s+(?:that|what\s+i\s+(?:just\s+)?said)|"
    r"no,?\s+(?:hang|hold)\s+on|no,?\s+wait|wait,?\s+no|non,?\s+attendez|non,?\s+attends|"
    r"let\s+me\s+correct|i\s+misspoke|i\s+stand\s+corrected|i\s+(?:was|am)\s+wrong|"
    r"je\s+me\s+corrige|je\s+rectifie|je\s+me\s+suis\s+trompee?|(?:au|autant)\s+temps\s+pour\s+moi|"
    r"oubliez\s+(?:ce\s+que\s+j'ai\s+dit|ca)|on\s+oublie)(?![\w])",
    re.ASCII,
)


def _aimed(sentence: str, start: int, end: int) -> bool:
    """The words start..end are what an aim governs ("get our losses under 3 %", "halve the no-shows"):
    the target, not the pain told."""
    aims = [(t.start, t.end) for t in statements.find_targets(sentence)]
    aims += [(r.start, r.end) for r in structure.target(sentence)]
    return any(a < end and start - b < 24 for a, b in aims)


def _claims(sentence: str, ev: Line, order: int, ctx: _Context) -> list[Claim]:
    out: list[Claim] = []
    sentence = _NOISE.sub(" ", sentence)  # "Dana [inaudible] signs", "Hub Spot and, uh, Pipedrive"
    original = " ".join(sentence.split())  # what text facts quote: the words as said
    sentence = digits(
        sentence.replace("\n", " ")
    )  # cue lines joined; "fifty thousand dollars" -> "50000 dollars"
    correction = statements.is_correction(sentence)
    folded = fold(sentence)

    correction = correction or ctx.previous_corrects or ctx.retracted
    ctx.previous_corrects = statements.is_correction(sentence)
    ctx.retracted = ctx.retracted or bool(_RETRACTION.search(folded))
    reported = bool(_REPORTED_PAST.search(fold(sentence)))

    def add(fact: str, value: Any, strength: int, reason: str, key: Any = None, **extra: Any) -> None:
        if reported:  # "on Friday I'd have said must-have": what was true, not what is
            strength = min(strength, 1)
        if strength > 0:
            out.append(Claim(fact, value, ev, strength, reason, order, correction, key, extra))

    ctx.original, ctx.sentence = original, sentence
    for word in _CURRENCY_WORD.finditer(folded):  # the call's currency, from any sum it names
        code = _CURRENCY_WORD_CODE(word.group())
        ctx.currencies[code] = ctx.currencies.get(code, 0) + 1
    findings = find_all(sentence, ctx.call_date)
    for f in findings:
        _finding_claims(f, sentence, folded, ctx, add)
    _bare_amounts(
        sentence,
        folded,
        [(f.start, f.end) for f in findings if f.kind in ("amount", "date", "pain")],
        ctx,
        add,
    )

    if not any(c.fact == "need.pain" for c in out):
        for cue in statements.find_pain_statements(sentence):
            strength = cue.strength + (1 if "need.pain" in ctx.asked else 0)
            if _aimed(sentence, cue.start, cue.end):
                strength = 1  # "Objectif : diviser par deux les no-shows": the aim, not the pain told
            add("need.pain", original, min(strength, 3), cue.why)
    elif (
        any(c.fact == "need.pain" for c in out)
        and (cue_said := statements.find_pain_statements(sentence))
        and cue_said[0].strength == 3
    ):
        add("need.pain", original, 3, cue_said[0].why)
    announced = statements.announces_problem(sentence)
    if announced or statements.says_nothing_yet(sentence):
        # "My problem is simple.", "Well, I'll tell you.": the problem is in the next sentence, not here
        out[:] = [
            Claim(c.fact, c.value, c.evidence, 1, c.reason, c.order, c.correction, c.key, c.extra)
            if c.fact == "need.pain"
            else c
            for c in out
        ]
        ctx.pain_skipped += 1
        ctx.pain_announced = ctx.pain_announced or (original if announced else "")
    elif not any(c.fact == "need.pain" for c in out) and statements.describes_business(sentence):
        ctx.pain_skipped += 1  # "We have nine shops.": what the business is, said before the problem
    else:
        if ctx.pain_announced and not any(c.fact == "need.pain" and c.strength >= 3 for c in out):
            add("need.pain", original, 3, f"the problem, said so: “{ctx.pain_announced}”")  # and told here
        ctx.pain_announced = ""
        headline = (  # "La billetterie.", "Supplements.": the answer's first words name the problem
            ctx.answering == 0
            and len(original.split()) <= 2
            and statements.polarity(sentence) is None
            and not statements.dont_know(sentence)
        )
        if (
            ctx.answering - ctx.pain_skipped < 2
            and "need.pain" in ctx.asked
            and not any(c.fact == "need.pain" for c in out)
            and (len(original.split()) >= 3 or headline)
        ):
            add("need.pain", original, 2, "the answer to the rep's question about the problem")
    pain_here = any(c.fact == "need.pain" and c.strength >= 2 for c in out)
    budget_here = any(c.fact == "budget.amount" and c.strength >= 2 for c in out)
    if (
        not budget_here
        and not any(c.fact == "need.impact_quantified" for c in out)
        and (q := _QUANTITY.search(sentence))
    ):
        asked = {"need.impact_quantified", "need.pain"} & set(ctx.asked)
        if pain_here or asked or ctx.pain_turn or ctx.pain_recent:
            strength = 3 if pain_here else 2
            add("need.impact_quantified", True, strength, f"a figure on the problem: “{q.group().strip()}”")
    ctx.pain_turn = ctx.pain_turn or pain_here
    if labelled := statements.note_label(sentence):
        _label_claims(labelled, sentence, original, add)
    topic_label = _TOPIC_LABEL.match(fold(sentence))
    priorities = statements.find_priority(
        sentence,
        answering=(ctx.answering == 0 and "priority.level" in ctx.asked)
        or bool(topic_label and topic_label["prio"]),
    )
    if not priorities and topic_label and topic_label["prio"]:  # "Prio: hi, top 3 for Q2"
        priorities = statements.find_priority(sentence[topic_label.end() :], answering=True)
    if not priorities:  # no fixed idiom: a rank, a score, a comparison, an intensity
        priorities = [
            statements.Cue(r.fact, r.value, r.start, r.end, r.strength, r.why)
            for r in structure.priority(
                sentence, answering=ctx.answering < 2 and "priority.level" in ctx.asked
            )[:1]
        ]
    if priorities:
        out[:] = [c for c in out if c.fact != "priority.level"]  # "in my top three" says more than "urgent"
    for cue in priorities:
        add(cue.fact, cue.value, cue.strength, cue.why)
    severity = statements.find_severity(sentence)
    for cue in severity:
        add(cue.fact, cue.value, cue.strength, cue.why)
    if not severity:  # no fixed idiom: the harm of doing nothing, or living with it
        for reading in structure.severity(sentence):
            add(reading.fact, reading.value, reading.strength, reading.why)
    for cue in statements.find_unquantified(sentence):
        add(cue.fact, cue.value, cue.strength, cue.why)
    current = statements.find_current_solution(sentence)[:1]
    for cue in current:
        strength = cue.strength + (1 if "need.current_solution" in ctx.asked else 0)
        add(cue.fact, original, min(strength, 3), cue.why)
    if (
        not current
        and ctx.answering < 2
        and "need.current_solution" in ctx.asked
        and len(original.split()) >= 3
        and not _stalls(original)
    ):
        add(
            "need.current_solution",
            original,
            3,
            "the answer to the rep's question about how it is done today",
        )
    status = statements.find_budget_status(sentence)
    for cue in status:
        add(cue.fact, cue.value, cue.strength, cue.why)
    if not status:  # no fixed phrasing: the clause's money and verb of setting aside, and its tense
        for reading in structure.budget_status(sentence)[:1]:
            add(reading.fact, reading.value, reading.strength, reading.why)
    eb_label = (
        topic_label
        if topic_label and topic_label["eb"]
        else _EB_LABEL.search(folded)
        if ctx.speaker_role in ("notes", "unknown")
        else None
    )
    if (
        eb_label
        and not any(c.fact == "authority.economic_buyer_identified" for c in out)
        and (who := _answered_signer(sentence[eb_label.end() :], ctx)) is not None
    ):
        add(
            "authority.economic_buyer_identified",
            True,
            3,
            f"noted as the approver: “{sentence.strip()}”",
            key=who["identity"],
            name=who["name"],
            role=who["role"],
        )
    lead_title = ctx.self_role if ctx.speaker_role == "notes" else None  # "DRH décide avec le DG"
    as_said = _first_person(sentence, ctx.contact, ctx.lang, lead_title)
    own = statements.find_own_role(as_said)
    for cue in own:
        if correction and cue.strength < 2:
            continue  # "non pardon, c'est elle qui signe" corrects who signs, not the contact's own part
        add(cue.fact, cue.value, cue.strength, cue.why)
    if not own:  # no fixed phrasing: what the contact does, for whom, with whom
        for reading in structure.own_role(as_said):
            add(reading.fact, reading.value, reading.strength, reading.why)
    for cue in statements.find_process(sentence):
        add(cue.fact, cue.value, cue.strength, cue.why, steps=statements.process_steps(sentence))
    musts = statements.find_must_haves(sentence)[:1]
    for cue in musts:
        add(cue.fact, original, cue.strength, cue.why)
    if not musts:  # no fixed phrasing: an exclusion, a verdict on a condition, the deciding factor
        musts = [
            statements.Cue(r.fact, original, r.start, r.end, r.strength, r.why)
            for r in structure.criteria(sentence)
        ]
        for cue in musts:
            add(cue.fact, original, cue.strength, cue.why)
    if (
        not musts
        and "decision.criteria" in ctx.asked
        and ctx.answering < 2
        and len(original.split()) >= 3
        and statements.polarity(sentence) is not False
    ):
        add(
            "decision.criteria", original, 3, "the answer to the rep's question about what they will judge on"
        )
    if ctx.section and not statements.note_label(sentence):
        _label_claims((ctx.section, 0, False), sentence, original, add)
    for cue in statements.find_compelling_event(sentence):
        add(cue.fact, cue.value, cue.strength, cue.why)
    targets = statements.find_targets(sentence)[:1]
    if not targets:  # no fixed phrasing: a change said with its measure, in any tense or person
        targets = [
            statements.Cue(r.fact, original, r.start, r.end, r.strength, r.why)
            for r in structure.target(sentence)[:1]
        ]
    criteria_answer = (
        "decision.criteria" in ctx.asked and "metrics.target" not in ctx.asked and ctx.answering < 2
    )
    for cue in targets:
        if not (criteria_answer and cue.strength < 3):  # "support within 4 hours" answers what they judge on
            add(cue.fact, original, cue.strength, cue.why)
    if (
        not targets
        and "metrics.target" in ctx.asked
        and ctx.answering < 2
        and statements.find_targets_number(sentence)
    ):
        add("metrics.target", original, 3, "the answer to the rep's question about success")
    if (
        statements.says_target(sentence)
        and ctx.previous_sentence
        and statements.find_targets_number(digits(ctx.previous_sentence))
    ):
        add("metrics.target", f"{ctx.previous_sentence} {original}", 3, "said to be the target")

    # People: who signs, who champions, the contact's own title. Notes may name the lead by initials.
    said = _as_contact(sentence, ctx.contact) if ctx.speaker_role in ("notes", "unknown") else sentence
    ctx.sentence = said
    for st in people.find_signers(said):
        if st.who is None:
            add(
                "authority.economic_buyer_identified",
                False,
                st.strength,
                f"nobody known to sign: “{_span(said, st)}”",
            )
            continue
        who = _person(st.who, ctx)
        if st.negative:
            if who is not None and who["identity"] == "self":
                add("authority.role", "influencer", 1, f"the contact does not sign: “{_span(said, st)}”")
            continue
        if who is None:
            continue
        committee = who["name"] is None and who["role"] in ("board", "steering_committee")
        add(
            "authority.economic_buyer_identified",
            True,
            1 if committee else st.strength,  # a committee is no person known by name
            f"who signs: “{_span(said, st)}”",
            key=who["identity"],
            name=who["name"],
            role=who["role"],
        )
        if who["identity"] == "self":
            add("authority.role", "final_decider", st.strength, f"the contact signs: “{_span(said, st)}”")
            if (
                re.search(r"decid|decide|tranch|call", fold(st.cue))
                and not re.search(
                    r"sign|budget|p\s*(?:and|&)\s*l|alone|by\s+myself|on\s+my\s+own|seule?\b|moi-meme|"
                    r"tout\s+seul",
                    fold(sentence),
                )
                and not _heads_the_firm(sentence, ctx)
            ):  # "I decide" may be a say in the choice; "I decide alone" is the whole decision, and so is
                # the owner's or the manager's "c'est moi qui tranche"
                out[-2] = Claim(
                    out[-2].fact,
                    out[-2].value,
                    out[-2].evidence,
                    1,
                    out[-2].reason,
                    out[-2].order,
                    out[-2].correction,
                    out[-2].key,
                    out[-2].extra,
                )
    if (
        ctx.speaker_role in ("notes", "unknown")
        and not any(c.fact == "authority.economic_buyer_identified" for c in out)
        and _WHO_SIGNS_ASKED.match(fold(ctx.around))
        and (statements.dont_know(sentence) or _NOT_KNOWN.search(folded))
    ):  # a note of the question, then the answer: "Who signs? D: couldn't tell you."
        quoted = f"“{sentence.strip()}”"
        add("authority.economic_buyer_identified", False, 2, f"the answer to “who signs”: {quoted}")
    if (
        ctx.speaker_role in ("notes", "unknown")
        and _CHAMPION_ASKED.match(fold(ctx.around))
        and _NOBODY_SAID.search(folded)
    ):  # a note of the question, then a no: "Champion?? A: 'not sticking my neck out, nobody will.'"
        add("champion.named", False, 3, f"the answer about who pushes for it: “{sentence.strip()}”")
    if (
        (named := _THAT_IS.match(sentence))
        and "authority.economic_buyer_identified" in ctx.turn_facts
        and ctx.last_person is not None
        and ctx.last_person.get("role")
        and not ctx.last_person.get("name")
        and not any(c.fact == "authority.economic_buyer_identified" for c in out)
    ):  # "...the managing director has to sign. That is Mr. Suresh Raghunathan."
        add(
            "authority.economic_buyer_identified",
            True,
            3,
            f"the signer named: “{sentence.strip()}”",
            key=fold(people._TITLES.sub("", named["name"]).split()[0]),
            name=named["name"],
            role=ctx.last_person["role"],
        )
    champions = people.find_champions(said)
    if not champions:  # no fixed phrasing: a person and a verb of pushing in one clause
        for adv in structure.champions(said):
            if not adv.who:
                add("champion.named", False, adv.strength, adv.why)
                continue
            self_said = adv.who == "self"
            mention = people.Mention("" if self_said else adv.who, "self" if self_said else "", 0, 0)
            who = _person(mention, ctx) or {"name": None, "role": None}
            add(
                "champion.named",
                True,
                adv.strength,
                adv.why,
                key=True,
                name=who["name"],
                role=who["role"],
                identity=who.get("identity"),
            )
    for st in champions:
        if st.who is None or st.negative:
            if st.who is None:
                add("champion.named", False, st.strength, f"nobody pushes for it: “{_span(said, st)}”")
            continue
        who = _person(st.who, ctx) or {"name": None, "role": None}
        add(
            "champion.named",
            True,
            st.strength,
            f"pushes for it: “{_span(said, st)}”",
            key=True,
            name=who["name"],
            role=who["role"],
            identity=who.get("identity"),
        )
    ctx.sentence = sentence
    named = ctx.call_words.named if ctx.call_words else frozenset()
    vendors = [v[2] for v in competitors.find_competitors(sentence, ctx.people, named)]
    vendors = sorted(  # in the order said: "Procurify vs Coupa"
        dict.fromkeys([*vendors, *structure.competitors(sentence, ctx.people)]),
        key=lambda name: sentence.find(name) % (len(sentence) + 1),
    )
    if not vendors:  # "We had a demo last week. It was Kantata."
        vendors = competitors.referred_vendor(sentence, ctx.around, ctx.people)
    if (
        not vendors
        and ctx.speaker_role in ("notes", "unknown")
        and not ctx.first
        and (label := statements.note_label(ctx.previous_sentence)) is not None
        and label[0] == "competitors"
        and not label[2]
    ):  # "Competitors: saw X at a fair. The CFO likes Y.": the label goes on over the note
        vendors = competitors.listed_vendors(sentence, ctx.people)
    if not vendors and "competitors" in ctx.turn_facts:  # "We saw X first. Then Y."
        vendors = competitors.continued_list(sentence, ctx.people)
    only = competitors.only_one(sentence)  # "Not really, just Tabulo.", "Pas vraiment. Juste Kelvo."
    if (
        "competitors" in ctx.asked
        and ctx.answering < 2
        and (only or statements.polarity(sentence) is not False)
        and not (ctx.answering == 1 and statements.polarity(ctx.previous_sentence) is False and not only)
    ):  # "Are you looking at anyone else?" - "Doctolib, évidemment." (not "No. Xero does the job.")
        vendors = list(dict.fromkeys([*vendors, *competitors.listed_vendors(sentence, ctx.people)]))
    vendors = [  # no tool they have or had, and not the rep's own company ("we saw Logistik's demo")
        v
        for v in vendors
        if not structure.tool_not_rival(sentence, v)
        and not competitors.is_party(v, ctx.sellers)
        and not competitors.ordinary_word(v, sentence, ctx.call_words)  # "Nice enough.", "Trop cher."
        and not competitors.inspecting(sentence)  # "the tax office is coming in to audit us"
        and not competitors.disclaimed(sentence)  # "Uses Sage (not a comp)", "NEXT: send demo"
        and not (ctx.call_words and fold(v.split()[0]) in ctx.call_words.persons)  # "Thabo, he signs"
        # "We're on Sage. Sage is too expensive for us.": the tool in use, unless it pitches again
        and not (
            ctx.call_words
            and fold(v) in ctx.call_words.in_use
            and not competitors.pitching(f"{sentence} {ctx.around}")
        )
    ]
    vendors = list(dict.fromkeys(competitors.canonical_vendor(v) for v in vendors))
    if vendors:
        add("competitors", vendors, 3, "other vendors looked at", key="named")
    if ctx.self_role is None:
        for role in find_roles(sentence):
            if _INTRO_ROLE.search(fold(sentence[: role.start])):
                ctx.self_role = role.value
                add(
                    "authority.role",
                    ROLES[role.value].authority,
                    1,
                    f"the contact's title: {role.text}",
                    key=None,
                )
                break

    # A short answer to the rep's question: its yes or no answers what was asked.
    if ctx.first and ctx.asked:
        _answer_claims(sentence, ctx, add, out)
    elif (
        ctx.asked
        and ctx.asked[0] == "authority.economic_buyer_identified"
        and ctx.answering < 4
        and (
            "authority.economic_buyer_identified" not in ctx.turn_facts
            or correction  # "Pia signs. No sorry, I mean Omar Said."
            or _OR_ELSE.match(folded)  # "Pia Lind. Or possibly Omar Said, the CEO.": two candidates
        )
        and not any(c.fact == "authority.economic_buyer_identified" for c in out)
        and (who := _answered_signer(sentence, ctx)) is not None
    ):  # "Well, it's complicated. We just reorganised. In the end it'll be our CFO, Dana Ruiz."
        add(
            "authority.economic_buyer_identified",
            True,
            2,
            f"the answer to “who signs”: “{sentence.strip()}”",
            key=who["identity"],
            name=who["name"],
            role=who["role"],
        )
    ctx.turn_facts.update(c.fact for c in out)
    _remember_person(sentence, ctx)
    if ctx.speaker_role in ("notes", "unknown") and _REP_SUGGESTION.search(folded):
        # "Floated $15k, no reaction.", "J'ai proposé fin avril": the rep's words, not the prospect's
        return [c for c in out if c.fact in ("need.pain", "need.current_solution", "need.impact_quantified")]
    return out


# A note of what the rep put forward: the verb with no subject (telegraphic notes), or with "I" / "we".
_REP_SUGGESTION = re.compile(
    r"(?:^\W*|\s[-•*–]\s+)(?:(?:i|we|me|rep|je|j'|on|nous)\s*(?:have\s+|'ve\s+|ai\s+|a\s+|"
    r"avons\s+)?)?(?:also\s+|aussi\s+)?"
    r"(?:floated|suggested|proposed|pitched|offered|mentioned|quoted|threw\s+out|put\s+forward|tried|"
    r"asked\s+(?:if|whether|about)|"
    r"propose|suggere|evoque|lance|avance|teste|demande\s+si|soumis)(?![\w])"
)


def _label_claims(
    labelled: tuple[str, int, bool], sentence: str, original: str, add: Callable[..., None]
) -> None:
    """A labelled line of notes ("Must-haves: SSO, EU hosting", "Échéance : inventaire début avril")."""
    fact, start, none = labelled
    content = sentence[start:].strip()
    why = f"noted under “{sentence[:start].strip(' :')}”"
    if not content:
        return
    if fact == "timeline.compelling_event":
        add(fact, not none, 3, why)
    elif fact == "competitors":
        names = [] if none else competitors.listed_vendors(content)  # "Comp: none yet"
        if names:
            add(fact, names, 3, why, key="named")
    elif fact == "decision.process_known":
        steps = statements.process_steps(content)
        if none:
            add(fact, False, 3, why)
        elif len(steps) >= 2 or "->" in content or "→" in content:
            add(fact, True, 3, why, steps=steps)
    elif fact == "champion.named":
        if none:
            add(fact, False, 3, why)
        elif names := people.find_names(content):  # "Champ: Tom, keen"
            add(fact, True, 3, why, key=True, name=names[0][2], role=None)
    elif not none:
        add(fact, original, 3, why)


def _same_person(name: str, other: str) -> bool:
    a = {w for w in fold(name).split() if len(w) > 2}
    b = {w for w in fold(other).split() if len(w) > 2}
    return bool(a & b)


def _remember_person(sentence: str, ctx: _Context) -> None:
    """The last person named (with a name or a role), for "he" / "elle" in what follows; the names
    of people, so that no one is taken for a vendor."""
    mentions = people.find_mentions(sentence)
    ctx.people.update(
        fold(m.name.split()[0]) for m in mentions if m.name and m.role not in ("", "self", "pronoun")
    )
    # a name given outright, for speech-to-text without capitals: "her name is carol", "elle s'appelle odile"
    ctx.people.update(
        w for w in _NAMED_AS.findall(fold(sentence)) if w not in people._NOT_NAME and not find_roles(w)
    )
    folded = fold(sentence)
    for mention in reversed(mentions):
        if mention.role in ("self", "pronoun"):
            continue
        if (
            ctx.speaker_role == "rep"
            and mention.name
            and not mention.role
            and _SPOKEN_TO.match(folded[mention.end :])
        ) and re.search(r",\s*(?:\w+\s+)?$", folded[: mention.start]):
            continue  # "..., Priya?": the person spoken to, not someone spoken of
        if not mention.name and _INTRO_ROLE.search(folded[: mention.start]):
            continue  # "I'm the operations head": the speaker's own title
        if mention.name or mention.role:
            named = [m for m in mentions if m.name and m.role and m.end <= mention.start]
            if (
                not mention.name
                and named
                and (named[-1].role == mention.role or mention.start - named[-1].end <= 3)
            ):  # "Fergal Nolan, he's the owner, managing director.": both titles are his
                mention = named[-1]
            ctx.last_person = _person(mention, ctx)
            return


_NAMED_AS = re.compile(
    r"(?<![\w'])(?:(?:her|his|my|their)\s+name(?:'s|\s+is)|call\s+me|(?:il|elle)\s+s'appelle|je\s+m'appelle)\s+"
    r"([a-z][a-z'-]{2,})(?![\w'])"
)
_SPOKEN_TO = re.compile(r"\s*(?:[?!.]|$)")  # a name that ends its sentence after a comma: "..., Priya?"
_INTRODUCED = re.compile(
    r"(?<![\w'])(?:i'm|i\s+am|this\s+is|my\s+name\s+is|moi\s+c'est|je\s+m'appelle|ici)\s+"
    r"(?P<name>[A-Za-zÀ-ÿ'’-]{2,}(?:\s+[A-Za-zÀ-ÿ'’-]{2,})?)"
)
_NOT_INTRO = set(
    [
        "the",
        "a",
        "an",
        "just",
        "calling",
        "here",
        "from",
        "with",
        "really",
        "so",
        "not",
        "sure",
        "looking",
        "happy",
        "glad",
        "in",
        "on",
        "at",
        "going",
        "very",
        "head",
        "le",
        "la",
        "les",
        "un",
        "une",
        "de",
        "du",
        "des",
        "en",
        "au",
        "chez",
        "tres",
        "bien",
        "ravi",
        "ravie",
        "content",
        "contente",
    ]
)


_HEADER_CONTACT = re.compile(
    r"^[ \t>*•-]*(?i:pour|for|with|avec|contact|lead|interlocut(?:eur|rice))\s*:\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})(?=\s*(?:[,(;.]|$))",
    re.MULTILINE,
)


# A notes header: the lead's name between dashes or after one, then their title in parentheses.
_HEADER_LEAD = re.compile(
    r"(?:^|\s[-–—|]\s)(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})\s*\((?P<title>[^)]{2,60})\)"
)


def _introduced(text: str) -> str:
    """A name the speaker gives for themselves ("so i'm marcus bell i own three restaurants",
    "moi c'est laurent masson"), not a vendor's ("this is Erin from Stockroom"); in written notes, the
    person a header line says the call was with ("Pour : Anne Roux, DAF", "Contact: Tom Hale")."""
    if (h := _HEADER_CONTACT.search(text)) and not (
        fold(h["name"].split()[0]) in people._NOT_NAME or find_roles(h["name"].split()[0])
    ):
        return h["name"]
    for m in _INTRODUCED.finditer(text):
        words = []
        for w in m["name"].split():
            if fold(w) in _NOT_INTRO or fold(w) in people._NOT_NAME or find_roles(w):
                break
            words.append(w)
        if not words:
            continue
        after = fold(
            text[m.start("name") + len(" ".join(words)) : m.start("name") + len(" ".join(words)) + 25]
        )
        if re.match(r"\W*(?:from|at|with|de\s+chez|chez|de\s+la\s+part|calling)\b", after):
            continue  # the rep, from their company
        return " ".join(w.capitalize() for w in words)
    if (h := _HEADER_LEAD.search(text)) and find_roles(h["title"]):
        return h["name"]  # "Appel Brasserie X - 18/03 - Jérôme Delattre (co-fondateur, ...)"
    if (greeted := people.addressed(text)) and people._TITLES.match(greeted[0]):
        return greeted[0]  # the rep greeting the contact by title: "Bonjour Monsieur Fauré, ..."
    return ""


def _attendee(metadata: dict[str, str], rep: str | None) -> str:
    """The prospect named first among a written transcript's attendees (not "me", not the rep)."""
    for key in ("attendees", "participants", "présents", "presents", "contact", "lead", "client"):
        if key not in metadata:
            continue
        for part in re.split(r"[,;/]|\s+(?:and|et)\s+", metadata[key]):
            name = re.sub(r"\(.*?\)", "", part).strip()
            if (
                not name
                or fold(name) in ("me", "moi", "myself", "nous", "us")
                or (rep and fold(rep) in fold(name))
            ):
                continue
            if re.match(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)*$", name):
                return name
    return ""


def _first_person(sentence: str, contact: str, lang: str, self_role: str | None = None) -> str:
    """Notes name the lead in the third person ("Greg + CFO decide together", "Paul décide avec la
    DAF"), by initials ("SK = prescripteur"), by their title ("DRH décide avec le DG") or by a
    pronoun that opens the note ("Lui : utilisateur"): for the contact's own part, read them as the
    contact speaking."""
    if not contact:
        return sentence
    pronoun = "je" if lang == "fr" else "I"
    sentence = _as_contact(sentence, contact, pronoun)
    if self_role:  # the lead's own title stands for the lead; another title is someone else
        for role in reversed(people.find_roles(sentence)):
            if role.value == self_role and not re.match(r"\s*[,(]?\s*[A-ZÀ-Þ][a-zà-ÿ]", sentence[role.end :]):
                start = role.start
                if m := re.search(r"(?:\b(?:the|our|le|la|l'|notre)\s*)$", sentence[:start], re.IGNORECASE):
                    start = m.start()
                sentence = sentence[:start] + pronoun + sentence[role.end :]
    return _OPENING_PRONOUN.sub(lambda m: m.group(1) + pronoun, sentence, count=1)


# A note that opens on a pronoun then a label sign: the lead ("Lui : utilisateur", "She = end user").
_OPENING_PRONOUN = re.compile(
    r"^(?=\W*(?:lui|elle|he|she|him|her)\s*[:=])(\W*)(?:lui|elle|he|she|him|her)", re.IGNORECASE
)


def _initials(contact: str) -> list[str]:
    """How notes may write the lead: "SK" for Sébastien Kerloc'h, "D" for Darnell Hughes."""
    words = [w for w in re.split(r"[\s-]+", contact) if w[:1].isalpha()]
    return ["".join(w[0].upper() for w in words)] if len(words) >= 2 else []


def _as_contact(sentence: str, contact: str, replace_by: str = "") -> str:
    """The sentence with the lead's name, or their initials, written as `replace_by` (their full
    name by default): "SK porte le projet" is the lead carrying the project."""
    if not contact:
        return sentence
    by = replace_by or contact
    if replace_by:
        names = [re.escape(contact)] + [re.escape(w) for w in contact.split() if len(w) > 2]
        sentence = re.sub(rf"(?<![\w'])(?:{'|'.join(names)})(?![\w'])", by, sentence)
    for initials in _initials(contact):
        sentence = re.sub(rf"(?<![\w'.]){initials}(?![\w'’.])", by, sentence)  # "SK", all the letters
        first = initials[0]
        if first not in "AIÀY":  # the first letter alone, only where a note names someone by it: "D = user"
            said_by = r"\s+(?:says|said|thinks|wants|dit|pense|veut)(?![\w])"
            sentence = re.sub(rf"(?<![\w'.]){first}(?=\s*[=:]|{said_by})", by, sentence)
    return sentence


# A line of notes whose label names the approver, after a heading or bullet ("- EB : PDG, M. Saïdi.",
# "Signature : DG, M. Bonnaud").
_EB_LABEL = re.compile(
    r"(?:^|[\s>])(?:[-•*–]\s*)?(?:eb|economic\s+buyer|approver|signer|signatory|signature|signataire|valideur|"
    r"decideur|decisionnaire)\s*(?:\([^)]*\)\s*)?(?::|=)\s*"
)
# The contact saying they head the firm: "je suis le gérant", "j'en suis la patronne", "I own the company".
_HEAD_INTRO = re.compile(
    r"(?<![\w'])(?:i'm|i\s+am|je\s+suis|j'en\s+suis|c'est\s+moi|moi\s+je\s+suis)\s+(?:the\s+|le\s+|la\s+|l'|un\s+|une\s+)?$"
)


# The sentence before, in the same note, asked who signs ("Who signs? ...", "Qui valide ? ...").
_WHO_SIGNS_ASKED = re.compile(
    r"^\W*(?:\w+\s*:\s*)?(?:who|qui)\s+(?:\w+\s+){0,2}?(?:signs?|approves?|decides?|signe|valide|decide|tranche)\w*"
    r"[^.?!]{0,30}\?"
)
# A sentence that only names the person just spoken of: "That is Mr. Suresh Raghunathan.", "Il s'agit de
# Jean-Luc Pereira."
_THAT_IS = re.compile(
    r"^\W*(?i:that's|that\s+is|that\s+would\s+be|that'd\s+be|c'est|il\s+s'agit\s+de|elle\s+s'appelle|il\s+s'appelle|"
    r"(?:his|her)\s+name\s+is|namely)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Madame|Monsieur)\.?\s+)?[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\W*$"
)


# A note asking for a champion ("Champion??", "Sponsor ?", "Who pushes?"), then the answer.
_CHAMPION_ASKED = re.compile(
    r"^\W*(?:champion|champ|sponsor|internal\s+champion|sponsor\s+interne|who\s+(?:pushes|will\s+push|champions)|"
    r"qui\s+(?:porte|pousse|portera))[^.?!]{0,20}\?"
)
_NOBODY_SAID = re.compile(r"(?<![\w'])(?:nobody|no\s+one|none|not|no|personne|aucun\w*|pas)(?![\w'])")
_NOT_KNOWN = re.compile(
    r"(?<!\w)(?:no\s+idea|(?:couldn't|could\s+not|can't|cannot)\s+(?:really\s+)?tell\s+you|"
    r"(?:don't|do\s+not)\s+(?:really\s+)?know|aucune\s+idee|(?:je\s+)?(?:ne\s+)?sai[st]\s+pas|"
    r"pas\s+la\s+moindre\s+idee)(?![\w'])"
)


def _heads_the_firm(sentence: str, ctx: _Context) -> bool:
    """Whether the contact is the owner or head of the firm (their title, said or in their label)."""
    if ctx.self_role and ROLES.get(ctx.self_role) and ROLES[ctx.self_role].economic_buyer:
        return True
    folded = fold(sentence)
    return any(
        ROLES[r.value].economic_buyer and _HEAD_INTRO.search(folded[max(0, r.start - 30) : r.start])
        for r in find_roles(sentence)
        if r.value in ROLES
    )


def _span(sentence: str, st: people.Statement) -> str:
    return sentence[st.start : st.end].strip()


def _person(mention: people.Mention, ctx: _Context) -> dict[str, Any] | None:
    """Who a mention names: the contact for "I" (or, in notes, the lead's name), the person named
    last for "he" / "elle", else the name and role said; None for a pronoun nobody was named before."""
    if mention.role == "self" or (ctx.contact and mention.name and _same_person(mention.name, ctx.contact)):
        name = ctx.contact or ("" if ctx.speaker in ("notes", "") else _label_name(ctx.speaker))
        return {"name": name or None, "role": ctx.self_role, "identity": "self"}
    if mention.role == "pronoun":
        if (
            ctx.speaker_role == "notes"
            and ctx.contact
            and ctx.first
            and not re.search(r"\w", ctx.sentence[: mention.start])
            and (ctx.last_person is None or not ctx.last_person.get("role"))
        ):  # a note that opens on "Elle" / "He" speaks of the lead ("Elle portera le projet"), unless
            # the note before named someone by their role ("CFO = Ann Liu." then "She signs.")
            return _person(people.Mention("", "self", mention.start, mention.end), ctx)
        before = [
            m
            for m in people.find_mentions(ctx.sentence)
            if m.end <= mention.start and m.role not in ("self", "pronoun") and (m.name or m.role)
        ]
        named = [m for m in before if m.name]
        if named:
            return _person(named[-1], ctx)  # "CFO = Ann Liu, she releases the funds"
        if before and not any(
            m.role == "pronoun" and m.start < before[-1].start for m in people.find_mentions(ctx.sentence)
        ):  # "c'est la DAF qui valide, c'est elle qui signe": the role just said, not someone before
            return _person(before[-1], ctx)
        if ctx.sentence.islower():  # no capitals: a name given earlier in the call, said just before
            said = [w for w in re.findall(r"[a-z][a-z'-]{2,}", fold(ctx.sentence[: mention.start]))]
            known = [w for w in said if w in ctx.people and w not in people._NOT_NAME]
            if known:
                return {"name": known[-1].capitalize(), "role": None, "identity": known[-1]}
        if ctx.last_person is not None:
            return ctx.last_person  # "She's our sales director, she signs": the person named before
        return _person(before[-1], ctx) if before else None
    name = people._TITLES.sub("", mention.name + " ").strip()  # "Monsieur Vidal" is Vidal, not "monsieur"
    if mention.name and not name and mention.role:  # a title alone ("DG, M." cut off) names nobody yet
        return {"name": None, "role": mention.role, "identity": mention.role}
    return {
        "name": mention.name or None,
        "role": mention.role if mention.role not in ("", "manager") else (mention.role or None),
        "identity": fold((name or mention.name).split()[0]) if mention.name else mention.role,
    }


def _label_name(speaker: str) -> str:
    """The person's name in a speaker label ("Helen Ward (Acme)" is Helen Ward); a diarisation label
    ("SPEAKER_01", "Intervenant 2") names nobody."""
    name = re.sub(r"\s*\(.*\)\s*$", "", speaker).strip()
    if re.match(
        r"(?i)(?:speaker|spk|intervenant|interlocut\w*|participant|locuteur|voice|prospect|client|cliente|customer|"
        r"caller|guest|invit[ée]e?|host|interviewee|buyer|acheteu(?:r|se)|contact|lead|unknown|inconnu)[\s_-]*\d*$",
        name,
    ):
        return ""
    return name


# An amount they mean to spend: "we're looking at around 120k", "on table sur 30 000", "we figured".
_SPEND_INTENT = re.compile(
    r"(?<![\w'])(?:looking\s+at|thinking(?:\s+of|\s+about)?|talking(?:\s+about)?|figured?|ballpark|"
    r"on\s+parle\s+d|on\s+table\s+sur|on\s+vise|on\s+compte|on\s+mise\s+sur|on\s+pense\s+a)\W+"
    r"(?:(?:about|around|roughly|some|maybe|environ|autour|de|d'|a|peu|pres|quelque)\W+){0,4}$"
)
# An amount said as the whole purchase: "including implementation", "tout compris", "installation comprise".
_ALL_IN = re.compile(
    r"\W*(?:[a-z$€£]+\s+)?(?:including|incl\.?|all\s+in|all-in|tout\s+compris|installation\s+compris\w*|"
    r"avec\s+(?:l'|la\s+)?(?:installation|formation)|(?:installation|formation|setup|implementation)\s+(?:et\s+\w+\s+)?compris\w*)"
)
# Giving way to what a colleague said: "oh, right", "that's right", "ah oui", "c'est vrai".
_CONCEDES = re.compile(
    r"(?<![\w'])(?:right|that's\s+right|true|fair\s+enough|my\s+mistake|you're\s+right|c'est\s+vrai|"
    r"ah\s+oui|d'accord|t'as\s+raison|vous\s+avez\s+raison|exact|au\s+temps\s+pour\s+moi)(?![\w])"
)
# A sentence that is a bare number, said again: "Oh, right, 35 then.", "One point eight."
_BARE_RESTATE = re.compile(
    r"^\W*(?:(?:oh|ah|ag|right|ok(?:ay)?|yes|yeah|yep|so|alors|donc|bon|oui|ah\s+oui|d'accord)\W+)*"
    r"(?P<num>\d{1,3}(?:[.,]\d{1,2})?)(?:\s+(?:then|alors|donc|it\s+is|c'est\s+ca))?\W*$"
)
# A small number as what the budget figure is: "the number the boss gave was 35", "le montant, c'était 40".
_FIGURE_WAS = re.compile(
    r"(?<![\w'])(?:figure|number|budget|chiffre|montant|enveloppe)(?!\s+of\b|\s+de\b|\s+d')[^.;!?]{0,50}?"
    r"(?<![\w'])(?:was|is|'s|were|c'etait|c'est|etait|est)\W+(?:(?:about|around|more\s+like|environ|plutot)\s+)?"
    r"(?P<num>\d{1,3}(?:[.,]\d)?)(?![\w.,]*\d)(?![\w%])(?!\s*(?:%|percent|pour\s*cent|[a-z]))"
)
# An amount they can stretch to: "120k we can do", "trente mille, on peut le faire".
_CAN_DO = re.compile(
    r"\W*(?:[a-z$€£]+\s+){0,3}?(?:we|i|on|je)\s+(?:can|could|peut|pourrait|peux)\s+(?:le\s+|l'|it\s+)?"
    r"(?:do|go\s+to|afford|stretch\s+to|manage|spend|faire|mettre|investir|suivre)(?![\w])"
)
_NO_THEN_ANY = re.compile(
    r"^\W*(?:(?:sorry|pardon|oops|wait|desolee?)\W+)?(?:no|nope|non|actually|en\s+fait)(?![\w])"
)
# "Sorry, no, eighty-five, they bumped it": a figure taken back, said without its thousands (see _scaled)
_NO_SMALL = re.compile(
    r"^\W*(?:(?:sorry|pardon|oops|wait|desolee?)\W+)?(?:no|nope|non|actually|en\s+fait)\W+"
    r"(?:(?:it's|c'est|make\s+that|more\s+like|plutot|pardon|sorry)\W+)?(?P<num>\d{1,3}(?:[.,]\d{1,2})?)"
    r"(?![\w.,]*\d)(?!\s*(?:%|percent|pour\s*cent|[a-z]))"
)
# A cap on money there is: "not a penny more", "pas un franc de plus".
_CAP = re.compile(
    r"(?<![\w'])(?:not|pas)\s+(?:a|one|un|une)\s+(?:single\s+)?(?:penny|cent|dime|dollar|euro|franc|sou|centime|"
    r"pound|rand|shilling)\s+(?:more|extra|de\s+plus|en\s+plus)(?![\w])"
)
# An amount said to be for the purchase: "15 M for it", "18 000 pour l'outil".
_FOR_IT = re.compile(
    r"\d[\d.,]*\s?(?:k|m|mil|million|millions|grand)?\s+(?:[a-z$€£]+\s+)?(?:for|pour)\s+(?:it|this|that|ca|cela|"
    r"ce\s+projet|the\s+(?:tool|project|system|software)|l'outil|le\s+projet|le\s+systeme|le\s+logiciel)(?![\w])"
)


def _to_colleague(folded: str, ctx: _Context) -> bool:
    """Whether the sentence, or the one just before it in the turn, speaks to someone of the call by
    name ("Six eighty, Winnie.", "Winnie, it's 680"): a figure put to a colleague, to correct theirs."""
    for text in (folded, fold(ctx.previous_sentence)):
        for m in _VOCATIVE.finditer(text):
            name = m["a"] or m["b"]
            if name in ctx.people and name != fold(ctx.speaker.split()[0] if ctx.speaker else ""):
                return True
    return False


_VOCATIVE = re.compile(r"^\W*(?P<a>[a-z][\w-]+),\s|,\s*(?P<b>[a-z][\w-]+)\W*$")


def _franc_of_call(word: str, ctx: _Context) -> str:
    """The code of a currency word; a bare "franc" is the franc the call uses (CFA in Dakar)."""
    code = _CURRENCY_WORD_CODE(word)
    if code == "CHF" and re.fullmatch(r"francs?", fold(word)):
        cfa = max(("XOF", "XAF"), key=lambda c: ctx.currencies.get(c, 0))
        if ctx.currencies.get(cfa, 0) > ctx.currencies.get("CHF", 0):
            return cfa
    return code


# A sentence that opens by saying no, then gives the figure: "No, Ben, it's 70k now", "Non, pardon, 42 000".
_NO_THEN = re.compile(
    r"^\W*(?:(?:sorry|pardon|oops|wait|desolee?)\W+)?(?:no|nope|non|actually|en\s+fait)\W+(?:[\w'-]+\W+){0,5}?(?:it's|it\s+is|that's|c'est|ca\s+fait|"
    r"pardon\W+|sorry\W+|now\s+)?\W*$"
)


def _finding_claims(f: Finding, sentence: str, folded: str, ctx: _Context, add: Callable[..., None]) -> None:
    if f.kind == "amount" and "budget.amount" in f.facts:
        before = folded[max(0, f.start - 40) : f.start]
        if (
            _THRESHOLD.search(before)
            and _SIGNING.search(folded)
            and not re.search(r"budget|enveloppe", re.split(r"[,;:]", before)[-1])
        ):
            return  # "the CFO signs anything above 50k": a signing limit, not the budget
        context = folded[max(0, f.start - 60) : min(len(folded), f.end + 40)]
        if _COST_OF_PROBLEM.search(folded[max(0, f.start - 60) : f.start]) or _COST_OF_PROBLEM.search(
            folded, f.end, min(len(folded), f.end + 40)
        ):  # "demurrage was around 85 grand", "210 000 € de produits périmés jetés": the problem's cost
            add("need.impact_quantified", True, 2, f"a figure on the problem: “{f.text}”")
        if _NOT_BUDGET.search(context) and not re.search(
            r"budget|enveloppe|spend|invest|allou|allocated", context
        ):
            return
        lo, hi = _clause(folded, f.start, f.end)
        if _OLD_AMOUNT.search(folded[lo:hi]) or _earlier_period(folded, f.start, f.end):
            return  # "45k was last year's number"
        if spent_already(folded, f.start):
            return  # "we paid half a million in damages", "we spend 2M a year on fuel": the problem's size
        strength = 3 if f.detail.startswith("budget") else 1
        if (
            strength == 1
            and (
                _BUDGET_CONTEXT.search(folded)
                or structure.money_verb(folded)
                or _BUDGET_CONTEXT.search(fold(ctx.around))
                or _FOR_IT.match(folded, f.start)  # "le DG a parlé de 15 M FCFA pour ça"
                or _CAP.search(folded)
                or _SPEND_INTENT.search(folded[max(0, f.start - 40) : f.start])
                or _ALL_IN.match(folded, f.end)
                or _CAN_DO.match(folded, f.end)
            )
        ):
            strength = 2
        asked_money = "budget.amount" in ctx.asked or "budget.allocated" in ctx.asked
        if asked_money and ((strength < 3 and "budget.amount" in ctx.asked) or strength == 1):
            strength = max(strength, 2)
        # "No, Pieter, it's 1.8 million now": a figure that takes back the one said before it; so does
        # one said to a colleague by name ("Six eighty, Winnie. We agreed 680,000 at the budget meeting.")
        corrects = bool(_NO_THEN.match(folded[: f.start])) or _to_colleague(folded, ctx)
        if corrects:
            strength = max(strength, 2)
        money: Money = f.value
        assumed = "currency assumed" in f.detail
        if assumed and (word := _CURRENCY_WORD.search(folded)):
            money, assumed = Money(money.amount, _CURRENCY_WORD_CODE(word.group())), False
        if not assumed:
            ctx.currencies[money.currency] = ctx.currencies.get(money.currency, 0) + 1
        add(
            "budget.amount",
            money,
            strength,
            f"an amount: “{f.text}”" + (f" ({f.detail})" if f.detail else ""),
            key=(money.amount, money.currency),
            assumed=assumed,
            **({"corrects": True} if corrects else {}),
        )
    elif f.kind == "date" and "timeline.decision_date" in f.facts:
        if f.detail == "urgent":
            if re.search(
                r"(?<![\w'])(?:pas|not|no|ne|never|jamais)(?![\w])", folded[max(0, f.start - 30) : f.start]
            ):
                return  # "je ne vais pas le porter tout de suite"
            add("priority.level", "high", 2, f"as soon as possible: “{f.text}”")
        day: dt.date = f.value
        if (
            ctx.lang == "en"
            and (md := _MONTH_DAY_NUMERIC.search(f.text))
            and int(md["a"]) <= 12
            and int(md["b"]) <= 12
            and ctx.currencies.get("USD", 0)
            > max((n for c, n in ctx.currencies.items() if c != "USD"), default=0)
        ):  # "by 11/6" in an American call: November 6th (the writer's locale)
            day = _next_us_day(int(md["a"]), int(md["b"]), ctx.call_date) or day
        named = None
        if _THE_QUARTER.search(fold(f.text)):
            named = _named_quarter(folded[: f.start] + " " + fold(ctx.around))
        if named:
            # "d'ici fin T3 ... pour la fin du trimestre": the quarter just named, not the current one
            end = _QUARTER_END[named]
            day = dt.date(ctx.call_date.year, *end)
            day = day if day >= ctx.call_date else dt.date(ctx.call_date.year + 1, *end)
        if day < ctx.call_date:
            return
        if _WEEKDAY.search(fold(f.text)) and _EVERY.search(folded):
            return  # "disputes every week on Friday": a day that comes back, no deadline
        if (
            day.year > ctx.call_date.year
            and not re.search(r"\d{4}|next|prochain|suivant", fold(f.text))
            and _DONE_VERB.search(folded, max(0, f.start - 40), f.start)
        ):
            return  # "on l'a remonté en mars", "we raised it in February": a month gone by, not next year's
        lo, hi = _clause(folded, f.start, f.end)
        if (label := _LABEL.match(folded)) and label.end() <= lo + 1:
            lo = 0  # "Date de décision : le 30 avril": the label belongs to the date
        window = (
            folded[lo : f.start] + " " + folded[f.end : hi]
        )  # the words around the date, not the date's own
        rest = folded[: f.start] + " " + folded[f.end :] + " " + fold(ctx.around)
        if folded.startswith("'s", f.end) or (
            _PAST.search(window)
            and not _DECISION_CUE.search(window)
            and not statements.is_correction(sentence)  # "they moved it, it's the 19th now" corrects
            and not _NO_TO_SOMEONE.match(folded)  # "Non, Nadia, on avait dit après la Toussaint"
        ):
            return  # "next year's programme"; "on Friday I told you..."
        decided_there = _decided_there(folded[f.end :] + " " + fold(ctx.around))
        if (
            _attributive(folded, f.start, f.end)
            and not decided_there
            and not (
                _DECIDING_BODY.search(folded[max(0, f.start - 40) : f.start]) and _DECISION_CUE.search(folded)
            )
        ):
            return  # "the Q3 tooling": no deadline; "le comité du 12 mai tranchera" is one
        kind = "date"
        if _SHORTLIST.search(window):
            strength, why = 1, "a step before the decision"
        elif _DECISION_CUE.search(window):
            strength, why, kind = 3, "a decision date", "decision"
        elif _EVENT_CUE.search(window):
            strength, why = 1, "the date of an event"
        elif _STARTS_FROM_TEXT.search(fold(f.text)) or _STARTS_FROM.search(
            folded[max(0, f.start - 16) : f.start]
        ):
            strength, why = 1, "when something starts"  # "the new standard applies from April"
        elif _LIVE_CUE.search(window):
            strength, why, kind = 2, "a deadline", "deadline"
        elif _DECISION_CUE.search(rest) and not _EVENT_CUE.search(rest) and not _DONE_DECISION.search(rest):
            strength, why, kind = 2, "a date, beside a decision", "decision"
        elif _DECIDE_BY_THEN.search(folded[f.end :]):
            strength, why, kind = 2, "the date a decision must come by", "decision"  # "...by then, it's gone"
        else:
            strength, why = 1, "a date"
        if strength >= 2 and _NOT_COMMITTING.search(folded):
            strength, why = 1, "a date, not committed to"  # "maybe September, but I'm not committing"
        deciding_meeting = (
            strength < 2
            and _DECIDING_BODY.search(folded)
            # "this year the board approved 25k": decided already, no date to come
            and not (_BODY_DECIDED.search(folded) and not _STILL_TO_COME.search(folded))
            and (
                _BODY_DECIDES.search(rest) or _GOES_BEFORE.search(folded) or _DECIDES_BY_NATURE.search(folded)
            )
            and not _SHORTLIST.search(window)
        )
        if deciding_meeting:  # "the board meets on May 12th to approve it", "it goes to committee on 4/22"
            strength, why, kind = 2, "the meeting that decides", "decision"
        elif (
            _MEETING_CUE.search(folded[max(0, f.start - 40, lo - 12) : f.start])  # its clause, or just before
            and strength < 3
            and not _DECIDING_BODY.search(folded[max(0, f.start - 40) : f.start])  # "the board meeting on..."
        ):
            # "let's have a call next Tuesday"; but "sorry, they moved that meeting, it's the 19th now"
            # corrects a date said before, and competes with it
            strength = 1 if statements.is_correction(sentence) else 0
        if decided_there and not _NOT_COMMITTING.search(folded):
            # "Le 28 avril. Rien ne sera décidé avant ce conseil, c'est là qu'on tranche."
            strength, why, kind = 3, "the meeting said to decide", "decision"
        if (_CALL_BACK.search(folded) and not _DECISION_CUE.search(window)) or (
            _CALL_BACK.search(fold(ctx.around)) and _THEN.search(fold(ctx.around))
        ):
            return  # "After the show, in May. Give me a shout then.": when to call back, no decision
        if (
            _AFTER_BOUND.search(folded[lo : f.start])
            or _AFTER_BOUND.search(fold(f.text))
            or (
                re.search(r"(?<![\w'])(?:not|pas)\s+$", folded[max(0, f.start - 6) : f.start])
                and re.match(r"\W*(?:before|avant)(?![\w])", fold(f.text))
            )
        ):
            # "after the audit in April we'll pick, so early May": a lower bound, not the date; but
            # "Non, Nadia, on avait dit après la Toussaint" answers a colleague's date with another one
            if _NO_TO_SOMEONE.match(folded) and "timeline.decision_date" in ctx.asked:
                strength, why, kind = 2, "a date said against a colleague's", "decision"
            else:
                strength, why = min(strength, 1), "a date the decision comes after"
        elif "timeline.compelling_event" in ctx.asked[:2] and kind != "decision":
            pass  # "What's driving the timing?" - "the peak in May": the event's date, no decision
        elif (
            "timeline.decision_date" in ctx.asked
            and ctx.answering <= 1  # "By the close of the year. June 30th.": the answer's first date
            and not ctx.dated
            and strength >= 1
            and not _NOT_COMMITTING.search(folded)
        ):
            # the first date of the answer to "by when?" (to "when will you decide?" most of all)
            strength = 3 if ctx.asked_decision else max(strength, 2)
            if ctx.asked_decision and kind == "date" and why == "a date":
                kind = "decision"  # "When do you want it decided?" - "I want it sorted by the 31st."
        restates = (
            bool(_SO_THEN_DATE.search(folded[max(0, f.start - 20) : f.start]))
            and bool(_A_TIME.search(folded, 0, max(0, f.start - 4)))
            and why != "when something starts"
        )
        if restates and strength >= 1:  # "before the summer break, so end of July": the date, said plainly
            strength = max(strength, 2)
            kind = "decision" if _DECISION_CUE.search(folded) else kind
        if not why.startswith("a date the decision comes after"):
            ctx.dated = True
        add(
            "timeline.decision_date",
            day,
            min(strength, 3),
            f"{why}: “{f.text}”",
            key=day,
            kind=kind,
            **({"restates": True} if restates else {}),
        )
    elif f.kind == "urgency":
        words = fold(f.text)
        before = folded[max(0, f.start - 24) : f.start]
        if re.search(r"(?<![\w'])(?:not|pas|isn't|n'est\s+pas)\s+(?:the|le|la)\s+(?:most|plus)\s+$", before):
            add("priority.level", "medium", 2, f"not urgent: “{f.text}”")  # "not the most urgent": not first
            return
        if re.search(
            r"(?<![\w'])(?:ni|neither|nor|not|pas|no|jamais|never|rather\s+than|plutot\s+que|more\s+than|"
            r"how|a\s+quel\s+point|how\s+much)\s+(?:(?:the|a|our|la|le|une|un|notre|ma|mon)\s+)?$",
            before,
        ):
            return  # "ni urgent, ni secondaire", "important rather than critical", "how critical is it?"
        bare = re.fullmatch(r"critical|critiques?|vitale?s?|vitaux", words)
        if bare and (
            re.fullmatch(r"critiques|vitales|vitaux", words)
            or re.match(r"\s+(?!for\b|to\b|and\b|but\b|now\b|right\b|too\b)[a-z]{3,}", folded[f.end :])
        ):
            return  # "les médicaments critiques", "critical alarms": a word about things, not the project
        if bare and not re.search(
            r"(?:^\W*|(?<![\w'])(?:it|this|that|c'|ca|cela|which|qui|project|projet)\s*(?:'s|is|was|will\s+be|'ll\s+be|est|sera|"
            r"devient|becomes|reste|remains)?\s*(?:\w+\s+)?)$",
            folded[max(0, f.start - 30) : f.start],
        ):
            return  # "the weather's been critical for the harvest": something else is critical
        if bare:
            strength = 2  # "it's critical": as much how badly it bites as where it ranks
        elif re.search(r"priorit|critical|critique|vital|p0", words):
            strength = 3  # "top priority", "priorité absolue", "low priority"
        elif re.search(r"urgen|presse|rush|hurry|asap", words):
            strength = 2  # "urgent", "not urgent", "no rush"
        else:
            strength = 1  # "nice-to-have", "someday", "back burner": more the need than the priority
        add("priority.level", f.value, strength, f"{f.detail}: “{f.text}”")
    elif f.kind == "pain":
        q = f.quantity
        clause = f.value if isinstance(f.value, str) else f.text
        strength = 2 + (1 if q is not None else 0) + (1 if "need.pain" in ctx.asked else 0)
        if _VAGUE_PAIN.match(fold(sentence)):
            strength = 1  # "My problem is simple." (the next sentence tells it)
        aimed = _aimed(sentence, f.start, f.end)  # "get X under 3 %", "ramener les pertes sous les 2 %"
        if aimed:
            strength = 1  # "Get our loss rate under 3 percent": the aim, its figure no cost of the problem
        add(
            "need.pain",
            " ".join(ctx.original.split()),
            min(strength, 3),
            f"a pain: “{clause}”",
            key=None,
            clause=clause,
        )
        if aimed:
            return
        if (
            q is not None
            and (
                q.unit in ("money", "%", "hour", "minute", "day", "week", "month", "year")
                or q.per
                or _LOSS.search(fold(clause))  # "we lost about 200 admitted students"
            )
        ) or _ABOUT_SO_MANY.search(fold(clause)):  # "on perd une trentaine d'heures par semaine"
            add("need.impact_quantified", True, 3, f"the pain in numbers: “{f.detail}”")


_NONE_AT_ALL = re.compile(
    r"^\W*(?:zero|0(?![\d.,%])|nada|zilch|nil|zip|not\s+a\s+(?:cent|penny|dime)|que\s+dalle|nib|"
    r"pas\s+un\s+(?:sou|euro|centime))(?![\w])"
)


# Answers to "is there budget?" that speak of the money as "it".
_TO_FIND_IT = re.compile(
    r"(?<![\w'])(?:have\s+to|need\s+to|has\s+to|got\s+to|must)\s+(?:\w+\s+){0,2}?(?:find|get|ask\s+for|request|"
    r"secure|justify|(?:go|talk|speak)\s+to\s+(?:\w+\s+){1,3}?for|(?:see|ask|check\s+with)\s+(?:\w+\s+){1,3}?for|"
    r"go\s+(?:and\s+)?(?:find|get|ask\s+for))\s+(?:it|them|that)(?![\w])|"
    r"(?<![\w'])(?:faudrait|faudra|faut|devrais|devrai|dois|devra)\s+(?:que\s+(?:je|j'|on|nous)\s*)?"
    r"(?:le|la|les|l')\s*(?:trouv|demand|cherch|obten|justifi|defend)\w*(?![\w])"
)
_IT_IS_THERE = re.compile(
    r"(?<![\w'])(?:it's|it\s+is|that's|that\s+is|c'est|tout\s+est)\s+(?:all\s+|already\s+|deja\s+|bien\s+)?"
    r"(?:covered|sorted|there|in\s+place|taken\s+care\s+of|accounted\s+for|couvert|prevu|la|provisionne)(?![\w])"
)
_NOT_WORD = re.compile(r"(?<![\w'])(?:not|no|pas|rien|never|jamais)(?![\w])|n't(?![\w])")
# The money as "it", through a process done already or still to come: "finance cleared it in January",
# "le bureau l'a adopté", "ça a été acté"; "it gets voted in June", "l'enveloppe sera votée".
_IT_APPROVED = re.compile(
    r"(?<![\w'])(?:(?:approved|voted|passed|cleared|ratified|adopted|green-?lit|rubber-?stamped|signed)\s+"
    r"(?:it|that)(?![\w])|"
    r"(?:it|that)(?:'s|\s+was|\s+has\s+been|\s+got)\s+(?:already\s+|been\s+)?(?:approved|voted|passed|"
    r"signed\s+off|cleared|ratified|adopted|green-?lit|rubber-?stamped)(?![\w])|"
    r"(?:l'|les\s+)(?:a|ont|avons|avait)\s+(?:deja\s+)?(?:vote|valide|approuve|acte|adopte|signe|enterine)e?s?(?![\w])|"
    r"(?:ca|cela|c')\s*(?:a\s+ete|est)\s+(?:deja\s+)?(?:vote|valide|approuve|acte|adopte|enterine)e?s?(?![\w]))"
)
_IT_TO_BE_APPROVED = re.compile(
    r"(?<![\w'])(?:it|that|ca|cela|elle|il|(?:l'|la\s+|le\s+)?(?:budget|enveloppe|envelope|money|funding|argent|"
    r"ligne))\s*(?:gets|will\s+be|'ll\s+be|has\s+to\s+be|needs\s+to\s+be|is\s+to\s+be|sera|doit\s+etre|"
    r"va\s+etre)\s+(?:\w+\s+)?(?:approved|voted|passed|signed\s+off|validated|cleared|ratified|adopted|vote|"
    r"valide|approuve|acte|adopte)e?s?(?![\w])"
)
# A go-ahead had, or a body's vote to come, said in answer to the budget question.
_GO_AHEAD = re.compile(
    r"(?<![\w'])(?:got|had|have|received|'ve\s+got|on\s+a(?:\s+eu)?|nous\s+avons(?:\s+eu)?|avons\s+obtenu|obtenu)\s+"
    r"(?:the\s+|a\s+|le\s+|l')?(?:green\s+light|go-?ahead|nod|feu\s+vert|aval)(?![\w])"
)
_BODY_VOTES_LATER = re.compile(
    r"(?<![\w'])(?:board|council|committee|trustees|conseil|comite|bureau|assemblee)\s+(?:[\w']+\s+){0,2}?"
    r"(?:votes?|will\s+vote|approves?|votera|valide|validera|se\s+prononce\w*|tranche\w*)\s+(?:it\s+|on\s+it\s+|le\s+|la\s+|l')?"
    r"(?:in|on|next|en|le|au|d'ici|fin|debut)(?![\w])"
)
# Not talking about money (yet) is a dodge, no status: "let's not get into money yet", "je préfère pas
# encore aborder le budget" - the negation and the "yet" are the conversation's, not the budget's.
_TALK_DODGE = re.compile(
    r"(?<![\w'])(?:not|pas|rather\s+not|n't)\s+(?:\w+\s+){0,2}?(?:talk\w*|discuss\w*|get\s+into|go\s+into|"
    r"go\s+there|say|share|disclose|put\s+a\s+(?:number|figure)|parler|aborder|dire|avancer|donner)(?![\w])"
)
_YET_WORD = re.compile(r"(?<![\w'])(?:yet|encore)(?![\w])")


def _answer_claims(sentence: str, ctx: _Context, add: Callable[..., None], found: list[Claim]) -> None:
    yes = statements.polarity(sentence)
    if yes is None and _NONE_AT_ALL.match(fold(sentence)):
        yes = False  # "Zero right now.", "Nada."
    unknown = statements.dont_know(sentence)
    have = {c.fact for c in found} | ctx.confirmed  # "Exactly." confirms the recap, not a yes to a topic
    topic = ctx.asked[0]
    short = len(sentence.split()) <= 12
    quoted = f"“{sentence.strip()}”"
    if topic == "budget.allocated" and _TALK_DODGE.search(fold(sentence)):
        pass  # "let's not talk money yet": the prospect dodges
    elif topic == "budget.allocated" and "budget.allocated" not in have and yes is None and not unknown:
        # no yes or no: the money as "it" - to be found ("we'd have to find it", "il faudrait le
        # demander", "not signed off yet"), or already there ("it's covered", "c'est prévu")
        folded = fold(sentence)
        if _IT_TO_BE_APPROVED.search(folded) or _BODY_VOTES_LATER.search(folded):
            add("budget.allocated", "being_defined", 2, f"the answer to the budget question: {quoted}")
        elif (_IT_APPROVED.search(folded) or _GO_AHEAD.search(folded)) and not _NOT_WORD.search(folded):
            add("budget.allocated", "allocated", 2, f"the answer to the budget question: {quoted}")
        elif _TO_FIND_IT.search(folded) or (_NOT_WORD.search(folded) and _YET_WORD.search(folded)):
            add("budget.allocated", "being_defined", 2, f"the answer to the budget question: {quoted}")
        elif short and _IT_IS_THERE.search(folded) and not _NOT_WORD.search(folded):
            add("budget.allocated", "allocated", 2, f"the answer to the budget question: {quoted}")
    if (
        topic == "budget.allocated"
        and "budget.allocated" not in have
        and yes is not None
        and not unknown
        and not _TALK_DODGE.search(fold(sentence))
        # "No, Pieter, it's 1.8 million now": the "no" takes a colleague's figure back, not the money
        and not (yes is False and any(c.fact == "budget.amount" and c.strength >= 2 for c in found))
    ):
        folded = fold(sentence)
        if yes is False and (
            re.search(r"not\s+yet|pas\s+encore|being|en\s+cours|working\s+on|discuss", folded)
            or money_to_ask_for(folded)  # "rien n'est acté, on présente le dossier en mai"
        ):
            add("budget.allocated", "being_defined", 2, f"the answer to the budget question: {quoted}")
        else:
            add(
                "budget.allocated",
                "allocated" if yes else "not_allocated",
                2,
                f"the answer to the budget question: {quoted}",
            )
    elif topic == "authority.economic_buyer_identified" and "authority.economic_buyer_identified" not in have:
        if unknown or (yes is False and short):
            add("authority.economic_buyer_identified", False, 2, f"the answer to “who signs”: {quoted}")
        elif (
            short
            and _ME_ANSWER.match(fold(sentence))
            and not re.search(r"(?<![\w'])(?:and|et|with|avec|together|ensemble)(?![\w'])", fold(sentence))
        ):  # "Who signs?" - "Me." / "C'est moi.": the contact, alone
            who = _person(people.Mention("", "self", 0, 0), ctx)
            add(
                "authority.economic_buyer_identified",
                True,
                2,
                f"the answer to “who signs”: {quoted}",
                key="self",
                name=who["name"] if who else None,
                role=who["role"] if who else None,
            )
            add("authority.role", "final_decider", 2, f"the contact signs: {quoted}")
        elif yes is not False and ctx.answering < 2 and (who := _answered_signer(sentence, ctx)) is not None:
            add(
                "authority.economic_buyer_identified",
                True,
                2,
                f"the answer to “who signs”: {quoted}",
                key=who["identity"],
                name=who["name"],
                role=who["role"],
            )
    elif topic == "authority.role" and "authority.role" not in have and yes is not None and short:
        add(
            "authority.role",
            "final_decider" if yes else "influencer",
            2,
            f"the answer about their part: {quoted}",
        )
    elif (
        topic == "authority.role"
        and "authority.role" not in have
        and short
        and (part := _answered_part(sentence))
    ):  # "What's your part?" - "Shared, with my partner."
        add("authority.role", part, 2, f"the answer about their part: {quoted}")
    elif (
        topic == "decision.process_known"
        and "decision.process_known" not in have
        and (unknown or (yes is False and short))
    ):
        add("decision.process_known", False, 2, f"the answer about the process: {quoted}")
    elif (
        topic == "timeline.compelling_event"
        and "timeline.compelling_event" not in have
        and yes is False
        and short
    ):
        add("timeline.compelling_event", False, 2, f"the answer about a forcing event: {quoted}")
    elif (
        "timeline.compelling_event" in ctx.asked[:2]
        and "timeline.compelling_event" not in have
        and yes is not False
        and (
            (yes is True and statements.dated(sentence))
            or (short and _SEASON.search(fold(sentence)) is not None)
        )
    ):  # "Is there an event pushing you?" - "Yes, we open a third site in January." / "Summer."
        add("timeline.compelling_event", True, 2, f"the answer about a forcing event: {quoted}")
    elif topic == "champion.named" and "champion.named" not in have and (yes is False and short):
        add("champion.named", False, 2, f"the answer about who pushes for it: {quoted}")
    elif (
        topic == "champion.named"
        and "champion.named" not in have
        and yes is not False
        and not unknown
        and ctx.answering < 2
        and (who := _answered_champion(sentence, ctx)) is not None
    ):  # "Is anyone pushing for this?" - "Yeah, Imogen, our head of ops." / "That'd be me."
        add(
            "champion.named",
            True,
            2,
            f"the answer about who pushes for it: {quoted}",
            key=True,
            name=who["name"],
            role=who["role"],
            identity=who.get("identity"),
        )
    elif (
        topic == "need.impact_quantified"
        and "need.impact_quantified" not in have
        and (unknown or (yes is False and short))
    ):
        add("need.impact_quantified", False, 2, f"no figure for the cost: {quoted}")
    elif (
        topic == "need.impact_quantified"
        and "need.impact_quantified" not in have
        and _A_FIGURE.search(sentence)
        and yes is not False
        and "metrics.target" not in ctx.asked  # "how do you measure success?" asks for a target
    ):  # "What does that cost you?" - "Roughly two FTEs chasing paperwork."
        add("need.impact_quantified", True, 2, f"a figure on the problem: {quoted}")
    elif (
        topic == "need.severity"
        and "need.severity" not in have
        and (level := statements.severity_answer(sentence))
    ):  # "Essential, we'd lose the franchise otherwise."
        add("need.severity", level, 3, f"the answer about how badly it bites: {quoted}")
    elif topic == "need.severity" and "need.severity" not in have and yes is not None and short:
        inverted = statements.SEVERITY_INVERTED in ctx.asked  # "could you live without it?" - "Yes."
        add(
            "need.severity",
            "must_have" if yes != inverted else "nice_to_have",
            1,
            f"the answer about how badly it bites: {quoted}",
        )


# --- the whole transcript ----------------------------------------------------------------------

_CONFIRM = re.compile(
    r"^\W*(?:exactly|that's\s+(?:right|correct|it)|correct|precisely|spot\s+on|yes,?\s+(?:exactly|that's\s+(?:right|it)|correct)|yep,?\s+exactly|right,?\s+exactly|"
    r"absolutely|exactement|c'est\s+(?:ca|exact|bien\s+ca)|tout\s+a\s+fait|absolument|oui,?\s+(?:exactement|c'est\s+ca|tout\s+a\s+fait)|voila|precisement|"
    r"yes|yeah|yep|oui|ouais)\W*$"
)


def _answered_signer(sentence: str, ctx: _Context) -> dict[str, Any] | None:
    """The person an answer to "who signs?" names: "Our FD, Karen Holt.", "Le gérant, M. Roy." —
    a name with a role, or a role that releases money, near the start of a short answer."""
    if len(sentence.split()) > 20:
        return None
    for m in people.find_mentions(sentence):
        if m.role in ("self", "pronoun") or m.start > 40:
            continue
        if (
            (m.name and m.role)
            or (m.role in ROLES and ROLES[m.role].economic_buyer)
            or (m.name and len(m.name.split()) >= 2 and len(sentence.split()) <= 6)
            or (m.name and _BARE_NAME.match(fold(sentence)))  # "Yep, Priya." / "Marc, sans doute."
            or (m.name and m.start <= 12 and _NAME_DOES.match(fold(sentence[m.end :])))  # "Dana does."
            or (m.name and _I_MEAN.search(fold(sentence[: m.start])))  # "No sorry, I mean Omar Said"
        ):
            who = _person(m, ctx)
            if who is not None and who["identity"] != "self":
                return who
    return None


# The contact naming themselves in answer to "who?": "Me.", "That'd be me", "Moi, clairement."
_ME_ANSWER = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|oh|well|honestly|probably|oui|ouais|ben|bah|alors)[\s,]+)*(?:me|myself|moi|moi-meme|"
    r"that'd\s+be\s+me|that\s+would\s+be\s+me|that's\s+me|c'est\s+moi|ce\s+serait\s+moi|i\s+(?:will|would|am|do))"
    # the whole answer: only a hedge may follow ("Me, obviously."), not a clause ("Moi je recommande.")
    r"(?:[\s,]+(?:yes|yeah|honestly|obviously|of\s+course|really|probably|i\s+guess|evidemment|bien\s+sur|clairement|"
    r"surtout|sans\s+doute|je\s+pense|je\s+crois|oui))*\W*$"
)


def _answered_champion(sentence: str, ctx: _Context) -> dict[str, Any] | None:
    """The person an answer to "is anyone pushing for this?" names, near its start; the contact for
    "me"; None when it names nobody or says no one will ("Imogen won't")."""
    if len(sentence.split()) > 20 or _NOT_WORD.search(fold(sentence)):
        return None
    if _ME_ANSWER.match(fold(sentence)):
        return _person(people.Mention("", "self", 0, 0), ctx)
    for m in people.find_mentions(sentence):
        if m.role in ("self", "pronoun") or not m.name or m.start > 12:
            continue
        who = _person(m, ctx)
        if who is not None and who["identity"] != "self":
            return who
    return None


# A sentence offering another candidate: "Or possibly Omar, ...", "Ou peut-être la présidente, ..."
_OR_ELSE = re.compile(
    r"^\W*(?:(?:well|but|mais|bon|enfin)[\s,]+)?(?:or|ou|either|sinon|ou\s+alors)(?:[\s,]+(?:maybe|possibly|perhaps|"
    r"peut-etre|probablement|sans\s+doute))?(?![\w'])|^\W*(?:(?:well|but|mais|bon|enfin)[\s,]+)?(?:maybe|possibly|perhaps|"
    r"peut-etre)[\s,]+(?:it's\s+|c'est\s+)?(?:the\s+|our\s+|la\s+|le\s+|l'|notre\s+)?[a-z]"
)


# A short answer to "what's your part?" that names it without a verb: "Shared, with my partner.", "End
# user, mostly.", "C'est moi, en fin de compte.", "Un avis consultatif."
_PART_ANSWERS = (
    (
        "co_decider",
        re.compile(
            r"^\W*(?:(?:it's|it\s+is|c'est|that's|mostly|probably|well|bah|ben)[\s,]+)?(?:shared|joint(?:ly)?|together|"
            r"a\s+deux|a\s+plusieurs|ensemble|conjointement|en\s+binome|collegial\w*|co-?decid\w*)(?![\w'])"
        ),
    ),
    (
        "final_decider",
        re.compile(
            r"^\W*(?:(?:yes|oui)[\s,]+)?(?:c'est\s+moi|me|moi|mine|it's\s+(?:on|up\s+to)\s+me)(?:[\s,]+(?:au\s+final|"
            r"in\s+the\s+end|ultimately|finally|en\s+fin\s+de\s+compte|evidemment|obviously|really|vraiment))*\W*$"
        ),
    ),
    ("user", re.compile(r"(?<![\w'])(?:end[-\s]users?|users?|utilisat(?:eur|rice)s?)(?![\w'])")),
    (
        "influencer",
        re.compile(
            r"(?<![\w'])(?:influencer|prescriber|recommender|prescript(?:eur|rice)|influenceu(?:r|se)|i\s+advise|"
            r"je\s+conseille|(?:un|mon)\s+avis(?:\s+consultatif)?|advisory)(?![\w'])"
        ),
    ),
    (
        "gatekeeper",
        re.compile(
            r"(?<![\w'])(?:gatekeeper|gathering|collecting|rassembl\w*|collect\w*|recueill\w*)(?![\w'])"
        ),
    ),
)


def _answered_part(sentence: str) -> str | None:
    folded = fold(sentence)
    if len(folded.split()) > 8:
        return None
    for part, rx in _PART_ANSWERS:
        if rx.search(folded):
            return part
    return None


# Just before a name, the words that put it in place of another: "I mean", "make that", "je veux dire".
_I_MEAN = re.compile(r"(?:i\s+mean|i\s+meant|make\s+that|rather|je\s+veux\s+dire|plutot)\s*,?\s*$")


# A name alone as the answer to "who signs?", with a yes or a hedge around it.
_BARE_NAME = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|oh|well|so|that'd\s+be|that\s+would\s+be|that's|probably|likely|oui|ouais|"
    r"ben|bah|alors|"
    r"ce\s+serait|c'est|ca\s+serait|sans\s+doute|surement|probablement)[\s,]+)*[\w'’-]+(?:\s+[\w'’-]+)?"
    # the department after the name: "Kalinda in accounts", "Marc, de la compta"
    r"(?:,?\s+(?:in|from|at|of|de|du|chez)\s+(?:the\s+|la\s+|le\s+|l')?[\w'’-]+)?"
    r"(?:[\s,]+(?:probably|i\s+think|i'd\s+say|sans\s+doute|je\s+pense|je\s+crois|surement))?\W*$"
)
# After a name, the verb of the question said again or done: "Dana does.", "Marc, lui." "Priya will."
_NAME_DOES = re.compile(
    r"^\s*,?\s*(?:does|do|will|would|signs|decides|approves|lui|elle|signe|valide|decide|(?:'s|’s|\s+is)\s+the\s+one|"
    r"c'est\s+(?:lui|elle))\b"
)
# A sentence that only fills before the answer: "Okay, back.", "Right, sorry about that.", "Bon."
_FILL_SENTENCE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|alright|so|well|sorry(?:\s+about\s+that)?|back|i'm\s+back|where\s+were\s+we|"
    r"bon|alors|voila|pardon|desole\w*|excusez-moi|je\s+suis\s+(?:la|de\s+retour)|me\s+revoila|re|euh+|hmm+|"
    r"um+|uh+)[\s,.!]*)+$"
)


# A yes with a hedge that keeps the rep's words: "Yeah, about that.", "Oui, à peu près.", "Pretty much."
_CONFIRM_HEDGED = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|right|correct|exactly|oui|ouais|exactement|c'est\s+ca)[\s,]+)?"
    r"(?:about\s+that|roughly(?:\s+that)?|more\s+or\s+less|give\s+or\s+take|ballpark|in\s+the\s+ballpark|"
    r"something\s+like\s+that|"
    r"pretty\s+much|that's\s+about\s+(?:it|right)|that's\s+the\s+(?:number|one|date|idea)|spot\s+on|"
    r"bang\s+on|"
    r"a\s+peu\s+pres|en\s+gros|grosso\s+modo|dans\s+ces\s+eaux-la|plus\s+ou\s+moins|environ|c'est\s+(?:ca|"
    r"l'idee|le\s+chiffre)|"
    r"c'est\s+a\s+peu\s+pres\s+ca|quelque\s+chose\s+comme\s+ca)\W*$"
)


_RECAP_TOPICS = ("budget.amount", "budget.allocated", "timeline.decision_date")
_THOUSANDS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:k|m|grand|keur|k€)(?![\w])", re.IGNORECASE)


def _confirms(sentence: str) -> bool:
    """A prospect's first sentence that only confirms what the rep said ("Exactly.", "Oui, c'est ça.",
    "Yeah, about that.")."""
    folded = fold(sentence).strip()
    return bool(_CONFIRM.match(folded) or _CONFIRM_HEDGED.match(folded))


def _capped(claim: Claim, strength: int, turn: Turn) -> Claim:
    reason = f"confirmed by {turn.speaker or 'the prospect'}: {claim.reason}"
    return Claim(
        claim.fact,
        claim.value,
        claim.evidence,
        min(claim.strength, strength),
        reason,
        claim.order,
        claim.correction,
        claim.key,
        claim.extra,
    )


# A rep's question stays open this many prospect turns when they are side remarks, not answers.
_OPEN_TURNS = 3
_STALL = re.compile(
    r"(?<![\w'])(?:hang\s+on|hold\s+on|one\s+(?:sec(?:ond)?|moment|minute)|just\s+a\s+(?:sec(?:ond)?|moment|"
    r"minute)|sorry|"
    r"let\s+me\s+(?:think|check|see|look|pull|find)|good\s+question|where\s+was\s+i|give\s+me\s+a|"
    r"bear\s+with\s+me|"
    r"excuse\s+me|pardon|attendez|attends|deux\s+secondes|une\s+seconde|un\s+instant|un\s+moment|desole\w*|"
    r"excusez|"
    r"je\s+(?:regarde|verifie|reflechis)|laissez-moi|bonne\s+question|ou\s+en\s+etais-je|can\s+you\s+hear|"
    r"vous\s+m'entendez|"
    r"you\s+(?:cut|broke)\s+(?:out|up)|ca\s+a\s+coupe|mm+|hmm+|uh+|euh+|bof)(?![\w'])"
)


# Where a prospect's question starts to ask: what comes before it is taken for granted.
_ASKING = re.compile(
    r"(?:^|[,;:]\s*|\s(?:so|then|and|donc|alors|et)\s+|\s)(?P<q>(?:so\s+|then\s+|donc\s+|alors\s+)?"
    r"(?:could|can|would|will|should|is\s+(?:it|there|that)|are\s+(?:you|we|there)|do\s+(?:you|we)|does|how|"
    r"what|when|which|"
    r"est-ce|pourri(?:ez|ons)|pourrait-on|peut-on|pouvez-vous|on\s+(?:pourrait|peut)|serait-(?:il|ce)|est-il|"
    r"quel(?:le)?s?|comment|combien|quand|vous\s+(?:pourriez|pouvez|pensez)|ca\s+(?:vous\s+)?(?:irait|va|"
    r"passe)))(?![\w'])"
)
_HYPOTHESIS = re.compile(
    r"^\W*(?:if|what\s+if|suppose|supposing|say|imagine|hypothetically|assuming|in\s+case|"
    r"si|s'il|et\s+si|admettons|mettons|imaginons|supposons|au\s+cas\s+ou|en\s+cas)(?![\w'])"
)


def _presupposed(sentence: str) -> str:
    """The statement a prospect's question rests on ("given we must sign before June 30, can you...",
    "vu qu'on doit signer avant le 30 juin, est-ce que..."): the words before the asking starts, or ""
    (a plain question, or a hypothesis: "if we had 40k, could we...")."""
    folded = fold(sentence)
    for m in _ASKING.finditer(folded):
        head = sentence[: m.start("q")].strip(" ,;:-–")
        if len(head.split()) < 3:
            continue
        if _HYPOTHESIS.match(folded) or (is_question(head + "?") and QUESTION_START.match(fold(head))):
            return ""
        return head + "."
    return ""


def _given_context(ctx: _Context) -> _Context:
    """The context for the premise of a prospect's question: no question of the rep's to answer."""
    given = _Context(ctx.call_date, ctx.speaker_role, [], False, ctx.speaker, ctx.self_role)
    given.currencies, given.contact, given.lang = ctx.currencies, ctx.contact, ctx.lang
    given.last_person, given.people = ctx.last_person, ctx.people
    return given


# The rep naming their company: "Lucy from Fieldly", "Mélanie de chez Logistik", "ici Claire, de Sécurio".
_SELLER = re.compile(
    r"(?:\bfrom|\bhere\s+at|\bwith|\bde\s+chez|\bchez|\bde\s+la\s+part\s+de|,\s+de)\s+"
    r"([A-ZÀ-Þ][\w&'’-]+(?:\s+[A-ZÀ-Þ][\w&'’-]+)?)"
)


def _side_remark(text: str) -> bool:
    """A short turn that is no answer: "Sure, no rush.", "Hang on.", "Vous m'entendez ?"."""
    words = len(text.split())
    return words <= 6 or (words <= 15 and bool(_STALL.search(fold(text))))


def _stalls(sentence: str) -> bool:
    """A sentence that puts the answer off: "Hang on.", "Good question, let me think.", « Attendez. »"""
    return len(sentence.split()) <= 10 and bool(_STALL.search(fold(sentence)))


def _unanswered(
    text: str, spans: Sequence[tuple[int, int]], asked: Sequence[str], said: Sequence[Claim]
) -> bool:
    """Whether a prospect's turn leaves the rep's question open: nothing said on its topic, and the
    turn is a side remark or a question of their own ("Sorry, can you repeat that?")."""
    if any(c.fact in asked[:2] for c in said):
        return False
    if all(_stalls(text[a:b]) for a, b in spans):
        return True  # "Good question." / "Hang on." - a stall, not the "I don't know" it may sound like
    if statements.dont_know(text) or statements.polarity(text) is not None:
        return False  # "No." / "I don't know" answers, even when nothing could be read of it
    return _side_remark(text) or all(is_question(text[a:b]) for a, b in spans)


def _cut_at_corrections(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut where a correction starts inside them ("40k, strike that, 45k"), so that what is
    taken back and what replaces it are two statements, the second a correction."""
    out = []
    for a, b in spans:
        cut = statements.correction_cut(text[a:b])
        if cut and a + cut < b and re.search(r"\w", text[a + cut : b]):
            out += [(a, a + cut), (a + cut, b)]
        else:
            out.append((a, b))
    return out


def _punctuated(turns: Sequence[Turn]) -> bool:
    """Whether the transcript has punctuation (an automatic transcript may have none)."""
    marked = sum(1 for t in turns if re.search(r"[.?!,;]", t.text))
    return marked * 3 >= len(turns)


def analyse(
    transcript: Transcript,
    call_date: dt.date,
    *,
    rep: str | None = None,
) -> Analysis:
    """Every fact the transcript answers, with its evidence; see the module's docstring."""
    fold.cache_clear()  # each analysis starts cold: what one call remembers never speeds up the next
    roles = speaker_roles(transcript, rep)
    lang = transcript.lang or detect_language(t.text for t in transcript.turns)
    claims: list[Claim] = []
    order = 0
    asked: list[str] = []
    self_roles: dict[str, str | None] = {}
    for s in transcript.speakers:
        paren = re.search(r"\((.*)\)", s)
        found = find_roles(paren.group(1)) if paren else []
        self_roles[s] = found[0].value if found else None
    contact = transcript.metadata.get("lead", "") if transcript.format == "export" else ""
    if not contact and not transcript.speakers:  # written notes: "Attendees: Jenna Cole (marketing), me"
        contact = _attendee(transcript.metadata, rep)
    if contact and transcript.metadata.get("role"):
        found = find_roles(transcript.metadata["role"])
        self_roles["notes"] = found[0].value if found else None
    punctuated = _punctuated(transcript.turns)
    previous_role = ""
    recap: list[tuple[str, Line]] = []  # what the rep just said, claims if the prospect confirms it
    pain_recent = False
    currencies: dict[str, int] = {}
    last_person: dict[str, Any] | None = None
    asked_decision = False
    section: str | None = None
    previous_asked = False
    known_people = {fold(w) for s in transcript.speakers for w in speaker_identity(s).split()[:1]}
    known_people |= {fold(w) for w in contact.split()[:1]}
    call_words = competitors.call_words(t.text for t in transcript.turns)
    sellers = {  # the rep's company, from the rep's label: "Tom Becker (Sensora)", "Acme – Owen Price"
        part for s in transcript.speakers if roles.get(s) == "rep" for part in competitors.label_parties(s)
    }
    # the prospect's own company, from a label or from where someone says they work: no rival either
    sellers |= {
        part for s in transcript.speakers if roles.get(s) != "rep" for part in competitors.label_parties(s)
    }
    sellers |= competitors.own_companies(t.text for t in transcript.turns)
    open_age = 0  # prospect turns since the rep's question, while it stays unanswered
    answered_by = ""  # the prospect who answered it; a colleague right after answers it too
    for turn in transcript.turns:
        role = roles.get(turn.speaker, "unknown") if turn.speaker else "unknown"
        turn_start = len(claims)
        spans = _cut_at_corrections(turn.text, sentences(turn.text))
        if role == "rep":
            questions = [turn.text[a:b] for a, b in spans if is_question(turn.text[a:b], punctuated)]
            topics = statements.question_topics(questions[-1]) if questions else []
            if topics or not _side_remark(turn.text) or answered_by or not open_age:
                asked, open_age, answered_by = topics, 0, ""
                asked_decision = bool(questions) and bool(_DECISION_CUE.search(fold(questions[-1])))
            # else: "Sure, take your time." after a stall: the question before stays open
            recap = [
                (
                    turn.text[a:b],
                    Line(
                        turn.line_at(a),
                        turn.time_at(a),
                        turn.speaker,
                        " ".join(turn.text[a:b].split()),
                        "rep",
                    ),
                )
                for a, b in spans
            ]
            previous_role = "rep"
            rep_ctx = _Context(call_date, "rep", [], False, turn.speaker, None)
            rep_ctx.last_person, rep_ctx.people = last_person, known_people
            sellers.update(fold(m.group(1)) for m in _SELLER.finditer(turn.text))
            for a, b in spans:
                _remember_person(turn.text[a:b], rep_ctx)
            last_person = rep_ctx.last_person
            continue
        follows_question = (
            previous_role == "rep"
            or (previous_role == "unknown" and role == "unknown" and previous_asked)
            or (role == "prospect" and bool(asked) and 0 < open_age <= _OPEN_TURNS)
            or (role == "prospect" and bool(asked) and answered_by not in ("", turn.speaker))
        )
        ctx = _Context(
            call_date,
            role,
            asked if follows_question else [],
            True,
            turn.speaker,
            self_roles.get(turn.speaker),
        )
        ctx.pain_recent, ctx.currencies, ctx.contact, ctx.lang = pain_recent, currencies, contact, lang
        ctx.asked_decision = asked_decision and follows_question
        ctx.last_person, ctx.people, ctx.sellers = last_person, known_people, sellers
        ctx.call_words = call_words
        if role in ("unknown", "notes"):
            heading = statements.section_label(turn.text)
            if heading is not None or not turn.text.lstrip().startswith(("-", "•", "*", "–")):
                section = heading  # a heading opens a section; a line that is no bullet closes it
            ctx.section = section if heading is None else None
            if heading is not None:
                previous_role = role
                continue
        if previous_role == "rep" and recap and spans and _confirms(turn.text[spans[0][0] : spans[0][1]]):
            # "So nothing's approved yet?" - "Exactly.": the rep's words, confirmed, are evidence.
            for sentence, line in recap:
                order += 1
                confirmed = Line(line.line, line.time, line.speaker, line.text, "confirmed")
                # the recap's topic, for a bare figure ("So around 50k for year one?" - "Yeah, about that.")
                topics = [t for t in statements.question_topics(sentence) if t in _RECAP_TOPICS]
                if not topics and _THOUSANDS.search(digits(sentence)):
                    topics = ["budget.amount"]
                for c in _claims(
                    sentence,
                    confirmed,
                    order,
                    _Context(call_date, "rep", topics, False, turn.speaker, ctx.self_role),
                ):
                    claims.append(_capped(c, 2, turn))
                    ctx.confirmed.add(c.fact)
        recap = []
        for k, (a, b) in enumerate(spans):
            sentence = turn.text[a:b]
            order += 1
            ctx.around = " ".join(turn.text[x:y] for x, y in spans[max(0, k - 1) : k + 2] if (x, y) != (a, b))
            if is_question(sentence, punctuated):
                if role == "unknown":  # no speakers named: a question sets the topic of the answer
                    asked = statements.question_topics(sentence)
                    ctx.asked, ctx.first, ctx.answering = asked, True, 0
                    ctx.asked_decision, ctx.dated = bool(_DECISION_CUE.search(fold(sentence))), False
                    asked_decision = ctx.asked_decision
                elif (
                    role == "prospect"
                    and len(sentence.split()) <= 4
                    and (own := statements.question_topics(sentence))
                ):
                    ctx.asked, ctx.first, ctx.answering = own, True, 0  # "Budget? Zero right now."
                elif role in ("prospect", "notes") and (given := _presupposed(sentence)):
                    # "With the 40k we've put aside, could we start in April?": what the question
                    # takes for granted is said, even though the sentence asks.
                    said_as = " ".join(sentence.split())
                    ev = Line(turn.line_at(a), turn.time_at(a), turn.speaker, said_as, role)
                    claims += _claims(given, ev, order, _given_context(ctx))
                continue
            if ctx.first and ctx.answering == 0 and _FILL_SENTENCE.match(fold(sentence)):
                continue  # "Okay, back. Yep, Priya.": the answer is the next sentence
            ev = Line(turn.line_at(a), turn.time_at(a), turn.speaker, " ".join(sentence.split()), role)
            said = _claims(sentence, ev, order, ctx)
            claims += said
            if (
                ctx.first
                and ctx.answering == 0
                and _stalls(sentence)
                and not any(c.fact in ctx.asked[:2] for c in said)
            ):
                continue  # "Sorry, hang on, someone's at the door." - the answer is still to come
            ctx.previous_sentence = " ".join(sentence.split())
            ctx.first = False
            ctx.answering += 1
        if ctx.self_role and turn.speaker:
            self_roles[turn.speaker] = ctx.self_role
        pain_recent, last_person = ctx.pain_turn, ctx.last_person
        if not transcript.speakers:
            named = _introduced(turn.text)
            if named and (
                not contact or (fold(named).startswith(fold(contact)) and len(named) > len(contact))
            ):
                contact = named  # "this is marcus", then "i'm marcus bell": the fuller name
        previous_role = role
        previous_asked = (
            bool(ctx.asked) and ctx.answering == 0
        )  # an unnamed question just asked, not yet answered
        if role == "prospect" and ctx.asked and _unanswered(turn.text, spans, ctx.asked, claims[turn_start:]):
            open_age += 1  # "Hang on, someone's at the door." - the answer may come a turn or two later
        elif role == "prospect" and ctx.asked and not answered_by:
            answered_by = turn.speaker  # a colleague may answer the same question next ("for my team, low")
        elif role != "unknown":
            asked, open_age, answered_by = [], 0, ""
        else:
            asked = ctx.asked
    claims = _currencies(claims, currencies)
    if lang == "fr":
        claims = [_dollars_in_french(c) for c in claims]
    if any(c.fact == "budget.amount" for c in claims):
        place = _places(" ".join(t.text for t in transcript.turns))
        claims = [_local_currency(c, place, lang) for c in claims]
    claims = _own_words(claims, transcript, roles)
    facts = {fact: _resolve(fact, [c for c in claims if c.fact == fact], lang) for fact in FACT_KINDS}
    facts["authority.economic_buyer_met"] = _met(facts["authority.economic_buyer_identified"], lang)
    return Analysis(
        transcript.source,
        transcript.format,
        call_date,
        lang,
        {s: roles.get(s, "unknown") for s in transcript.speakers},
        facts,
        len(transcript.turns),
        transcript.warnings,
    )


def _dollars_in_french(c: Claim) -> Claim:
    """Dollars in a French call are Canadian (Québec), unless said to be American."""
    if c.fact != "budget.amount" or not isinstance(c.value, Money) or c.value.currency != "USD":
        return c
    if re.search(r"(?<![\w])(?:us|usd|americains?)(?![\w])", fold(c.evidence.text)):
        return c
    money = Money(c.value.amount, "CAD")
    key = (money.amount, "CAD")
    return Claim(c.fact, money, c.evidence, c.strength, c.reason, c.order, c.correction, key, c.extra)


# Where a call takes place, from the places and words it names: a bare "$" or "dollars" is that
# country's dollar (a Toronto office, "this arvo", "Kiwi"), bare crowns are that country's crown.
_DOLLAR_PLACES = {
    "CAD": r"canada|canadian|ontario|quebec|british\s+columbia|alberta|manitoba|saskatchewan|nova\s+scotia|"
    r"new\s+brunswick|newfoundland|toronto|montreal|vancouver|calgary|ottawa|edmonton|winnipeg|halifax|"
    r"mississauga|saskatoon|gatineau|laval|piasses?|piastres?|icitte|pantoute|cad",
    "AUD": r"australian?|aussie|new\s+south\s+wales|nsw|queensland|tasmania|sydney|melbourne|brisbane|"
    r"adelaide|canberra|hobart|perth|gold\s+coast|fremantle|geelong|wollongong|townsville|cairns|arvo|aud",
    "NZD": r"new\s+zealand|aotearoa|auckland|wellington|christchurch|dunedin|queenstown|tauranga|kiwis?|nzd",
    "SGD": r"singapore|sgd",
    "HKD": r"hong\s+kong|kowloon|hkd",
    "USD": r"united\s+states|usa|u\.s\.|new\s+york|california|texas|chicago|boston|seattle|arizona|"
    r"new\s+mexico|"
    r"nevada|colorado|utah|oregon|florida|ohio|michigan|illinois|minnesota|wisconsin|iowa|missouri|kansas|"
    r"nebraska|oklahoma|arkansas|louisiana|mississippi|alabama|tennessee|kentucky|virginia|carolina|"
    r"pennsylvania|new\s+jersey|connecticut|massachusetts|maryland|idaho|montana|wyoming|dakota|"
    r"houston|dallas|denver|atlanta|miami|detroit|philadelphia|san\s+francisco|los\s+angeles|usd|"
    # the calendar and the speech of the place: "by Labor Day", "y'all"
    r"labor\s+day|memorial\s+day|thanksgiving|fourth\s+of\s+july|independence\s+day|y'all",
}
_CROWN_PLACES = {
    "SEK": r"sweden|swedish|stockholm|gothenburg|goteborg|malmo|suede|suedois\w*",
    "NOK": r"norway|norwegian|oslo|bergen|trondheim|norvege|norvegien\w*",
    "DKK": r"denmark|danish|copenhagen|aarhus|odense|danemark|danois\w*",
}
# A sum said with no currency at all in an English call ("sixty thousand", "two grand a month") is
# in the money of the place the call names: Britain as well as the dollar countries.
_FRANC_PLACES = {
    "CHF": r"suisse|swiss|switzerland|geneve|lausanne|zurich|berne|bale|vaud|valais|neuchatel|fribourg|"
    r"romandie|tessin|montreux|yverdon|chf",
    "EUR": r"belgique|bruxelles|liege|namur|wallonie|luxembourg|paris|lyon|marseille|toulouse|nantes|lille|"
    r"bordeaux",
}
_POUND_PLACES = {
    "GBP": r"united\s+kingdom|uk|britain|british|england|scotland|wales|london|manchester|birmingham|leeds|"
    r"liverpool|bristol|sheffield|nottingham|edinburgh|glasgow|cardiff|belfast|cotswolds|yorkshire|cornwall|"
    r"devon|surrey|essex|sussex|lancashire|midlands|nhs|hmrc|gbp",
}
# Other countries whose money a bare sum in an English call is in ("twelve lakh", "in Lagos").
_OTHER_PLACES = {
    "INR": r"india|indian|mumbai|bombay|delhi|bangalore|bengaluru|chennai|hyderabad|pune|kolkata|"
    r"lakhs?|crores?",
    "ZAR": r"south\s+africa|johannesburg|joburg|cape\s+town|durban|pretoria|gauteng|rands?",
    "NGN": r"nigeria|nigerian|lagos|abuja|nairas?",
    "KES": r"kenya|kenyan|nairobi|mombasa",
}
# One pass over the call for all places (a place inside a longer one counts once: "new south wales").
_PLACE_RX = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        f"(?P<{code}>{rx})"
        for code, rx in {
            **_DOLLAR_PLACES,
            **_CROWN_PLACES,
            **_POUND_PLACES,
            **_FRANC_PLACES,
            **_OTHER_PLACES,
        }.items()
    )
    + r")(?![\w])"
)
_SAID_US = re.compile(
    r"(?<![\w])(?:us\s?\$|usd|u\.s\.|us\s+dollars?|american\s+dollars?|dollars?\s+(?:us|americains?))"
)
_BARE_CROWN = re.compile(
    r"(?<![\w])(?:kroner|krone|couronnes?|kr)(?![\w])(?!\s+(?:suedoise|norvegienne|danoise))"
)


def _places(text: str) -> dict[str, int]:
    """How often the call names each currency's country (folded text of all turns)."""
    counts: dict[str, int] = {}
    for m in _PLACE_RX.finditer(fold(text)):
        code = m.lastgroup or ""
        counts[code] = counts.get(code, 0) + 1
    return counts


def _clear(place: dict[str, int], codes: Iterable[str]) -> str | None:
    """The one place among `codes` the call names most, if it clearly beats the others."""
    ranked = sorted(((place.get(c, 0), c) for c in codes), reverse=True)
    return ranked[0][1] if ranked[0][0] and ranked[0][0] > ranked[1][0] else None


def _local_currency(c: Claim, place: dict[str, int], lang: str) -> Claim:
    """A bare "$"/"dollars" (English) or bare crowns in the currency of the place the call names."""
    if c.fact != "budget.amount" or not isinstance(c.value, Money):
        return c
    said = fold(c.evidence.text)
    code = c.value.currency
    if code == "USD" and lang != "fr" and not _SAID_US.search(said):
        code = _clear(place, _DOLLAR_PLACES) or "USD"
    elif c.extra.get("assumed") and lang != "fr" and code == "EUR":
        code = _clear(place, [*_DOLLAR_PLACES, *_POUND_PLACES, *_OTHER_PLACES]) or code
    elif c.extra.get("assumed") and lang == "fr" and code == "EUR":
        # "septante mille" in Lausanne, "quatre-vingt mille" in Montréal: francs, dollars
        code = _clear(place, ["CHF", "CAD", "EUR"]) or code
    elif code == "SEK" and _BARE_CROWN.search(said):
        code = _clear(place, _CROWN_PLACES) or ("NOK" if re.search(r"kroner|krone", said) else "SEK")
    if code == c.value.currency:
        return c
    money = Money(c.value.amount, code)
    key = (money.amount, code)
    return Claim(c.fact, money, c.evidence, c.strength, c.reason, c.order, c.correction, key, c.extra)


def _scaled(claims: list[Claim]) -> list[Claim]:
    """A figure said without its thousands ("the figure was forty-five", see _FIGURE_WAS) takes the
    scale and currency of the sum said before it, when it is of that order; else it is dropped."""
    out: list[Claim] = []
    for c in claims:
        if c.fact != "budget.amount" or not c.extra.get("scale_free"):
            out.append(c)
            continue
        before = [o for o in out if o.fact == "budget.amount" and o.value.amount >= 1000]
        if c.extra.get("restates"):  # only a sum said before, said again: 35 for 35,000, 1.8 for 1.8m
            before = [
                o for o in before if c.value.amount in (o.value.amount / 1000, o.value.amount / 1_000_000)
            ]
        if not before:
            continue
        last = before[-1].value
        scale = Decimal(1000) if last.amount < 1_000_000 else Decimal(1_000_000)
        amount = c.value.amount * scale
        if not (last.amount / 4 <= amount <= last.amount * 4):
            continue
        currency = last.currency if c.extra.get("assumed") else c.value.currency
        money = Money(amount, currency)
        extra = {k: v for k, v in c.extra.items() if k not in ("scale_free", "restates")}
        if c.extra.get("restates"):
            extra["conceded"] = True  # said again after "oh, right": giving way (see _settled)
        key = (amount, currency)
        out.append(Claim(c.fact, money, c.evidence, c.strength, c.reason, c.order, c.correction, key, extra))
    return out


def _currencies(claims: list[Claim], currencies: dict[str, int]) -> list[Claim]:
    """Amounts said without a currency take the one the call uses ("80000 pounds... the 95 k")."""
    claims = _scaled(claims)
    if not currencies:
        return claims
    main = max(currencies, key=lambda c: currencies[c])
    out = []
    for c in claims:
        if c.fact == "budget.amount" and c.extra.get("assumed") and c.value.currency != main:
            money = Money(c.value.amount, main)
            c = Claim(
                c.fact,
                money,
                c.evidence,
                c.strength,
                c.reason,
                c.order,
                c.correction,
                (money.amount, main),
                c.extra,
            )
        out.append(c)
    return out


# --- resolving claims into one answer per fact ----------------------------------------------------

# Facts a mere hint does not settle: a date said in passing is no decision date.
MIN_STRENGTH = {"timeline.decision_date": 2, "authority.economic_buyer_identified": 2, "budget.amount": 2}

_WHY = {
    "absent": {"en": "never came up", "fr": "jamais abordé"},
    "hints": {"en": "not said, only hinted: {hints}", "fr": "pas dit, seulement suggéré : {hints}"},
    "found": {"en": "{reason} ({where})", "fr": "{reason} ({where})"},
    "agree": {
        "en": "{n} statements agree; first: {reason} ({where})",
        "fr": "{n} déclarations concordent ; la première : {reason} ({where})",
    },
    "corrected": {
        "en": "corrected at {where}: {reason}; earlier: {old}",
        "fr": "corrigé {where} : {reason} ; avant : {old}",
    },
    "conflict": {
        "en": "conflicting statements: {claims}",
        "fr": "déclarations contradictoires : {claims}",
    },
    "restated": {
        "en": "said again in other words at {where}: {reason}",
        "fr": "redit autrement {where} : {reason}",
    },
    "weaker": {
        "en": "{reason} ({where}); weaker hints set aside: {old}",
        "fr": "{reason} ({where}) ; indices plus faibles écartés : {old}",
    },
}


def _why(key: str, lang: str, **kw: Any) -> str:
    if lang == "fr":  # the readers' reasons are English: the whole "why" in French
        return french(_WHY[key]["fr"].format(**kw))
    return _WHY[key]["en"].format(**kw)


def _show(value: Any) -> str:
    if isinstance(value, Money):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _confidence(claims: Sequence[Claim]) -> Confidence:
    best = max(c.strength for c in claims)
    if best >= 3 or (best == 2 and len(claims) >= 2):
        return (
            "high" if best >= 3 and (len(claims) >= 2 or claims[0].evidence.role != "unknown") else "medium"
        )
    return "medium" if best == 2 else "low"


def _lines(claims: Iterable[Claim]) -> tuple[Line, ...]:
    seen: dict[tuple[int, str], Line] = {}
    for c in claims:
        seen.setdefault((c.evidence.line, c.evidence.text), c.evidence)
    return tuple(sorted(seen.values(), key=lambda e: (e.line, e.time or 0)))


def _resolve(fact: str, claims: list[Claim], lang: str) -> FactEvidence:
    if not claims:
        return FactEvidence(fact, "absent", why=_why("absent", lang))
    if fact == "need.impact_quantified" and any(c.value is True and c.strength >= 2 for c in claims):
        # A figure given stands beside a part said to be beyond figures: "plus the reputational side,
        # which you can't put a number on" leaves the 40,000 in waived fees standing.
        claims = [
            c for c in claims if not (c.value is False and _ASIDE_UNQUANTIFIED.search(fold(c.evidence.text)))
        ]
        denial = [c.order for c in claims if c.value is False and c.strength >= 3]
        if denial:  # "two or three days' wait" ... "I couldn't put a number on it": a duration, no cost
            claims = [
                c
                for c in claims
                if not (c.value is True and c.order < denial[-1] and not _MONEY_SAID.search(c.reason))
            ]
    kind = FACT_KINDS[fact]
    if kind == "text":
        return _resolve_text(fact, claims, lang)
    if kind == "list":
        return _resolve_list(fact, claims, lang)
    claims = sorted(claims, key=lambda c: c.order)
    if fact == "budget.amount":  # "No, Ben, it's 70k now" corrects the figure said before it
        claims = [
            Claim(c.fact, c.value, c.evidence, c.strength, c.reason, c.order, True, c.key, c.extra)
            if c.extra.get("corrects") and any(o.order < c.order and o.compare != c.compare for o in claims)
            else c
            for c in claims
        ]
    best = max(c.strength for c in claims)
    if best < MIN_STRENGTH.get(fact, 1):
        hints = "; ".join(f"{c.reason} ({c.evidence.where})" for c in claims[:3])
        return FactEvidence(fact, "absent", why=_why("hints", lang, hints=hints), evidence=_lines(claims))
    # A correction competes with the strongest claim it corrects, however it is worded ("pardon :
    # 95000 euros"), when that claim was clear (strength 2 or more) and said shortly before.
    claims = [
        Claim(c.fact, c.value, c.evidence, best, c.reason, c.order, c.correction, c.key, c.extra)
        if c.correction
        and c.strength < best
        and any(
            _norm_key(fact, o) != _norm_key(fact, c) and o.strength >= 2 and 0 < c.order - o.order <= 40
            for o in claims
        )
        else c
        for c in claims
    ]
    if fact == "timeline.decision_date":  # "before the break, so end of July": the plain date replaces
        restating = {(c.order, c.evidence.text) for c in claims if c.extra.get("restates")}
        claims = [
            c
            for i, c in enumerate(claims)
            if (c.order, c.evidence.text) not in restating
            or c.extra.get("restates")
            or not any(o.extra.get("restates") and o.order == c.order for o in claims[i + 1 :])
        ]
    if fact == "timeline.decision_date" and any(
        c.extra.get("kind") == "decision" and c.strength >= 2 for c in claims
    ):
        claims = [
            c for c in claims if c.extra.get("kind") == "decision" or c.correction or c.strength < 2
        ]  # a go-live date is no decision date
        best = max(c.strength for c in claims)
    top = [c for c in claims if c.strength == best]
    weaker = [c for c in claims if c.strength < best]
    # Someone else who clearly says otherwise (at the next strength down) disagrees too.
    voices = {c.evidence.speaker for c in top}
    top = sorted(
        [
            *top,
            *(
                c
                for c in weaker
                if c.strength >= max(2, best - 1)
                and c.evidence.speaker not in voices
                and c.evidence.speaker not in ("", "notes")
                and all(_norm_key(fact, c) != _norm_key(fact, t) for t in top)
            ),
        ],
        key=lambda c: c.order,
    )
    weaker = [c for c in claims if c not in top]
    if fact == "priority.level":
        top = _priority_top(top)
    if fact == "budget.allocated" and {c.value for c in top} == {"not_allocated", "being_defined"}:
        top = [
            c for c in top if c.value == "being_defined"
        ]  # "nothing planned, I'll get an envelope": being defined
    if (
        fact == "budget.allocated"
        and {c.value for c in top} == {"allocated", "being_defined"}
        and len({c.evidence.speaker for c in top}) == 1
        and top[0].evidence.speaker != "notes"  # notes may report two people
        and not any(c.correction for c in top)
    ):  # one voice: "it's planned" and "the budget is voted in March" - planned, not yet voted
        top = [c for c in top if c.value == "being_defined"]
    if fact == "authority.economic_buyer_identified":
        top = _eb_top(top)
    groups: dict[Any, list[Claim]] = {}
    for c in top:
        groups.setdefault(_norm_key(fact, c), []).append(c)
    if len(groups) == 1:
        chosen = top
        head = chosen[0]
        if len(chosen) > 1:
            why = _why("agree", lang, n=len(chosen), reason=head.reason, where=head.evidence.where)
        elif weaker and any(_norm_key(fact, w) != _norm_key(fact, head) for w in weaker):
            old = "; ".join(f"{w.reason} ({w.evidence.where})" for w in weaker[:3])
            why = _why("weaker", lang, reason=head.reason, where=head.evidence.where, old=old)
        else:
            why = _why("found", lang, reason=head.reason, where=head.evidence.where)
        agreeing = [c for c in claims if _norm_key(fact, c) == _norm_key(fact, head)]
        value = _merge_value(fact, chosen)
        if (finer := _refined(fact, chosen, weaker)) is not None:
            # "around 40,000" ... "41,500 to be precise": the same speaker, more precisely
            why = _why("restated", lang, where=finer.evidence.where, reason=finer.reason)
            lines = _lines([*agreeing, finer])
            return FactEvidence(fact, "found", finer.value, (), lines, "medium", why, _extra(fact, chosen))
        return FactEvidence(
            fact, "found", value, (), _lines(agreeing), _confidence(agreeing), why, _extra(fact, chosen)
        )
    # Claims disagree. A correction settles it when everyone who said otherwise takes it up: the
    # speaker takes their own words back ("actually, 52k"), or the others restate what a colleague
    # corrected ("it moved to June 30th" - "Right. Then June 30th"). People who keep to different
    # values disagree: ambiguous.
    # Hints only (best 1) still compete among themselves: never an empty field of candidates.
    candidates = [c for c in claims if c.strength >= max(min(2, best), best - 1)]
    last = candidates[-1]
    last_key = _norm_key(fact, last)
    if _settled(fact, candidates, last_key):
        earlier = [c for c in candidates if _norm_key(fact, c) != last_key]
        agreeing = [c for c in candidates if _norm_key(fact, c) == last_key]
        old = "; ".join(f"{_show(c.value)} ({c.evidence.where})" for c in earlier[:3])
        why = _why("corrected", lang, where=last.evidence.where, reason=last.reason, old=old)
        return FactEvidence(
            fact,
            "found",
            _merge_value(fact, agreeing),
            (),
            _lines([*agreeing, *earlier]),
            "medium",
            why,
            _extra(fact, agreeing),
        )
    if (restated := _restated(fact, candidates)) is not None:
        # One speaker gives the same value twice in other words, or a later, more precise one:
        # a consistent reading, not a conflict ("around 50k" ... "52,500 exactly").
        agreeing = [c for c in candidates if _norm_key(fact, c) == _norm_key(fact, restated)]
        why = _why("restated", lang, where=restated.evidence.where, reason=restated.reason)
        return FactEvidence(
            fact,
            "found",
            restated.value,
            (),
            _lines(candidates),
            "medium",
            why,
            _extra(fact, agreeing),
        )
    values = []
    for group in groups.values():
        values.append(_merge_value(fact, group))
    described = "; ".join(
        f"{_show(_merge_value(fact, g))} ({g[0].evidence.where}: {g[0].reason})" for g in groups.values()
    )
    extra: dict[str, Any] = {}
    if fact == "authority.economic_buyer_identified":
        extra = {"people": [_extra(fact, g) for g in groups.values()]}
    return FactEvidence(
        fact,
        "ambiguous",
        values[0] if fact == "authority.economic_buyer_identified" else None,
        tuple(values),
        _lines(top),
        "low",
        _why("conflict", lang, claims=described),
        extra,
    )


def _close(fact: str, a: Any, b: Any) -> bool:
    """Whether two values one speaker gave can be one value said twice: amounts within a tenth of
    each other in the same currency, dates within the same month ("end of March", "March 28th")."""
    if fact == "budget.amount" and isinstance(a, Money) and isinstance(b, Money):
        if a.currency != b.currency or not a.amount or not b.amount:
            return False
        return abs(a.amount - b.amount) <= Decimal("0.1") * max(a.amount, b.amount)
    if fact == "timeline.decision_date" and isinstance(a, dt.date) and isinstance(b, dt.date):
        return (a.year, a.month) == (b.year, b.month)
    return False


def _precision(value: Any) -> int:
    """How precise an amount is: its significant digits (52,500 says more than 50,000)."""
    if isinstance(value, Money):
        return len(str(int(value.amount)).rstrip("0"))
    return 0


# A date said roughly: "mid-May", "around the 20th", "vers la mi-mai", "early June".
_ROUGHLY = re.compile(
    r"“[^”]*(?<![\w'])(?:mid|mid-\w+|roughly|around|about|approximately|early|late|vers|environ|mi-\w+|debut|début|"
    r"courant|ish)(?![\w])",
    re.IGNORECASE,
)


def _restated(fact: str, candidates: list[Claim]) -> Claim | None:
    """The claim to keep when one speaker said a value twice in ways that agree (see _close): the
    more precise one, else the later one; None when people disagree or the values are far apart."""
    if fact not in ("budget.amount", "timeline.decision_date"):
        return None
    if len({c.evidence.speaker for c in candidates}) != 1 and not (
        fact == "timeline.decision_date"
        and len({c.value for c in candidates if not _ROUGHLY.search(c.reason)}) <= 1
    ):  # two people who disagree: a real conflict; "mid-May, roughly" and "the 15th of May" agree
        return None
    values = [c.value for c in candidates]
    if not all(_close(fact, a, b) for a in values for b in values):
        return None
    best = max(_precision(c.value) for c in candidates)
    finest = [c for c in candidates if _precision(c.value) == best]
    if fact == "timeline.decision_date":  # "14/05 (mid-May)": the day said in figures is the finer one
        finest = [c for c in finest if re.search(r"“[^”]*\d", c.reason)] or finest
    return finest[-1]


def _refined(fact: str, chosen: list[Claim], weaker: list[Claim]) -> Claim | None:
    """A later, clear (strength 2) and more precise value the same speaker gave, close to the one
    chosen (see _close), or None."""
    if fact != "budget.amount":
        return None
    last = chosen[-1]
    finer = [
        w
        for w in weaker
        if w.strength >= 2
        and w.order > last.order
        and w.evidence.speaker == last.evidence.speaker
        and _close(fact, w.value, last.value)
        and _precision(w.value) > _precision(last.value)
    ]
    return finer[-1] if finer else None


def _settled(fact: str, candidates: list[Claim], key: Any) -> bool:
    """Whether the last value corrects all the others (see _resolve)."""
    others = [c for c in candidates if _norm_key(fact, c) != key]
    if not others:
        return True
    after = max(c.order for c in others)
    first = min((c for c in candidates if _norm_key(fact, c) == key), key=lambda c: c.order)
    if all(
        c.evidence.speaker not in (first.evidence.speaker, "", "notes")
        and any(
            o.evidence.speaker == c.evidence.speaker
            and _norm_key(fact, o) == key
            and o.order > c.order
            and o.extra.get("conceded")
            for o in candidates
        )
        for c in others
    ):  # "It's 35k, they cut it." - "Oh, right, 35 then.": whoever else said otherwise gives way
        return True
    corrections = [c for c in candidates if _norm_key(fact, c) == key and c.correction and c.order > after]
    if not corrections:
        return False
    corrector = corrections[0]
    for c in others:
        if c.evidence.speaker == corrector.evidence.speaker:
            continue
        if corrector.extra.get("corrects") and not any(
            o.evidence.speaker == c.evidence.speaker and o.order > corrector.order for o in candidates
        ):  # "No, Ben, it's 70k now": taken back to Ben's face, and Ben does not hold to his figure
            continue
        if not any(
            o.evidence.speaker == c.evidence.speaker
            and _norm_key(fact, o) == key
            and o.order > corrector.order
            for o in candidates
        ):
            return False
    return True


def _norm_key(fact: str, claim: Claim) -> Any:
    if fact == "timeline.decision_date":
        return claim.value
    return claim.compare


def _priority_top(top: list[Claim]) -> list[Claim]:
    # "urgent" and "top priority" agree (high and top); only opposite directions disagree. But one person
    # who puts another project first disagrees with a colleague's "number one" (ranks, not intensities).
    levels = {c.value for c in top}
    tops = {c.evidence.speaker for c in top if c.value == "top"}
    if any(
        c.value == "high" and c.evidence.speaker not in tops and c.reason.startswith("behind other projects")
        for c in top
    ):
        return top
    if levels <= {"top", "high"} and len(levels) == 2:
        return [
            Claim(c.fact, "top", c.evidence, c.strength, c.reason, c.order, c.correction, "top") for c in top
        ]
    return top


def _eb_top(top: list[Claim]) -> list[Claim]:
    """People named as the signer: the same person by role and by name agree ("Anne, our CFO" and
    "the CFO signs"); "nobody knows" and a named signer disagree only if said at the same strength."""
    roles_of: dict[str, str] = {}
    names_of: dict[str, Any] = {}  # the name said for a role, given to the claims that said the role alone
    for c in top:
        if c.value is True and c.extra.get("name") and c.extra.get("role"):
            roles_of[str(c.extra["role"])] = str(c.key)
            names_of.setdefault(str(c.extra["role"]), c.extra["name"])
    named: list[tuple[str, Any]] = []  # (name without title, key) of the people named so far
    out = []
    for c in top:
        if c.value is True and c.extra.get("name"):
            bare = people._TITLES.sub("", str(c.extra["name"]))
            same = [key for other, key in named if _same_person(bare, other)]
            if same and same[0] != c.key:  # "Jean-Daniel Rochat" then "Monsieur Rochat": one person
                c = Claim(
                    c.fact, c.value, c.evidence, c.strength, c.reason, c.order, c.correction, same[0], c.extra
                )
            named.append((bare, c.key))
        if c.value is True and not c.extra.get("name") and c.extra.get("role") in roles_of:
            c = Claim(
                c.fact,
                c.value,
                c.evidence,
                c.strength,
                c.reason,
                c.order,
                c.correction,
                roles_of[str(c.extra["role"])],
                {**c.extra, "name": names_of[str(c.extra["role"])]},
            )
        out.append(c)
    return out


def _merge_value(fact: str, claims: Sequence[Claim]) -> Any:
    return claims[-1].value if fact in ("budget.amount",) else claims[0].value


def _extra(fact: str, claims: Sequence[Claim]) -> dict[str, Any]:
    if fact in ("authority.economic_buyer_identified", "champion.named"):
        for c in claims:
            if c.extra.get("name") or c.extra.get("role") or c.key == "self":
                extra = {"name": c.extra.get("name"), "role": c.extra.get("role")}
                if c.key == "self":
                    extra["is_contact"] = True
                return extra
    if fact == "decision.process_known":
        steps = [s for c in claims for s in c.extra.get("steps", [])]
        if steps:
            return {"steps": list(dict.fromkeys(steps))}
    return {}


def _resolve_text(fact: str, claims: list[Claim], lang: str) -> FactEvidence:
    ranked = sorted(claims, key=lambda c: (-c.strength, c.order))
    if fact == "decision.criteria":
        chosen = sorted(ranked, key=lambda c: c.order)
        parts = list(dict.fromkeys(str(c.value).strip() for c in chosen))
        value = "; ".join(parts[:6])
    elif fact in ("need.pain", "need.current_solution"):
        if fact == "need.current_solution":  # the answer that names tools and manual work first
            ranked = sorted(
                claims, key=lambda c: (-(c.strength + min(statements.tool_words(str(c.value)), 2)), c.order)
            )
        best = ranked[0]
        others = [
            c
            for c in ranked[1:]
            if c.value != best.value
            and (c.strength >= 2 or (fact == "need.current_solution" and statements.tool_words(str(c.value))))
        ]  # a tool named at strength 1 ("À la main, sur un cahier à spirale") may complete the answer
        opening = [c for c in sorted(claims, key=lambda c: c.order) if c.reason.startswith("the answer to")]
        if fact == "need.pain" and opening and opening[0].value != best.value:
            others = [opening[0]]  # the answer's first words name the problem ("La traçabilité.")
        chosen = [best, *others[:1]]
        value = " / ".join(dict.fromkeys(str(c.value) for c in chosen))
    else:
        chosen = ranked[:1]
        value = str(ranked[0].value)
    head = chosen[0]
    why = _why("found", lang, reason=head.reason, where=head.evidence.where)
    if len(claims) > 1:
        why = _why("agree", lang, n=len(claims), reason=head.reason, where=head.evidence.where)
    return FactEvidence(fact, "found", value, (), _lines(chosen), _confidence(chosen), why)


def _resolve_list(fact: str, claims: list[Claim], lang: str) -> FactEvidence:
    names = [n for c in claims for n in c.value]
    unique = list(dict.fromkeys(names))
    head = sorted(claims, key=lambda c: c.order)[0]
    why = _why("found", lang, reason=head.reason, where=head.evidence.where)
    return FactEvidence(fact, "found", unique, (), _lines(claims), _confidence(claims), why)


def _met(eb: FactEvidence, lang: str = "en") -> FactEvidence:
    """The economic buyer has been met when the contact is that person ("I sign")."""
    if eb.status == "found" and eb.value is True and eb.extra.get("is_contact"):
        return FactEvidence(
            "authority.economic_buyer_met", "found", True, (), eb.evidence, eb.confidence, eb.why
        )
    return FactEvidence("authority.economic_buyer_met", "absent", why=_why("absent", lang))


def _own_words(claims: list[Claim], transcript: Transcript, roles: dict[str, str]) -> list[Claim]:
    """Whose words speak for the contact. With several people on the prospect's side, the contact is
    the first of them to speak (who set up the call): a colleague's "I sign" tells who signs, not the
    contact's own part. A speaker whose label names nobody ("SPEAKER_00") is named by the rep
    speaking to them ("Bonjour Monsieur Roux, ..."), so that "I sign" gives the signer's name."""
    prospects = list(dict.fromkeys(t.speaker for t in transcript.turns if roles.get(t.speaker) == "prospect"))
    unnamed = [s for s in prospects if not _label_name(s)]
    names: dict[str, dict[str, int]] = {}
    turns = transcript.turns
    mid_sentence: set[str] | None = None  # capitalised words said inside a sentence: names, not openers
    for i, turn in enumerate(turns):
        if roles.get(turn.speaker) != "rep" or not unnamed or not (said := people.addressed(turn.text)):
            continue
        name, at_start = said
        if mid_sentence is None:
            mid_sentence = set(re.findall(r"[\w,]\s+([A-ZÀ-Þ][\w'’-]*)", "\n".join(t.text for t in turns)))
        titled = re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Madame|Monsieur|Mme|M)\b", name)
        if not titled and name.split()[0] not in mid_sentence:
            continue  # "Understood, ...": a word at a sentence's start, not someone named in the call
        near = turns[i + 1] if at_start and i + 1 < len(turns) else turns[i - 1] if i else None
        who = unnamed[0] if len(unnamed) == 1 else near.speaker if near else ""
        if who in unnamed:
            votes = names.setdefault(who, {})
            votes[name] = votes.get(name, 0) + 1
    for turn in turns[:4]:  # the rep greeting one of them by name first: "Hi Ana, thanks for setting this up"
        if roles.get(turn.speaker) == "rep" and (said := people.addressed(turn.text)):
            greeted = [s for s in prospects if fold(_label_name(s)).split()[:1] == fold(said[0]).split()[:1]]
            if len(greeted) == 1:
                prospects.remove(greeted[0])
                prospects.insert(0, greeted[0])
            break
    out = []
    for c in claims:
        speaker = c.evidence.speaker
        if c.fact == "authority.role" and len(prospects) > 1 and speaker in prospects[1:]:
            continue
        if (
            (
                (c.fact == "authority.economic_buyer_identified" and c.key == "self")
                or (c.fact == "champion.named" and c.extra.get("identity") == "self")
            )
            and not c.extra.get("name")
            and speaker in names
        ):
            extra = {**c.extra, "name": max(names[speaker].items(), key=lambda kv: kv[1])[0]}
            c = Claim(c.fact, c.value, c.evidence, c.strength, c.reason, c.order, c.correction, c.key, extra)
        out.append(c)
    # One speaker who signs and also decides with others ("je signe, mais je décide avec le conseil"):
    # the signature is a formality of a shared decision.
    sharing = {
        c.evidence.speaker
        for c in out
        if c.fact == "authority.role" and c.value == "co_decider" and c.strength >= 2
    }
    return [
        Claim(c.fact, c.value, c.evidence, 1, c.reason, c.order, c.correction, c.key, c.extra)
        if c.fact == "authority.role" and c.value == "final_decider" and c.evidence.speaker in sharing
        else c
        for c in out
    ]
