"""Recognisers for the free text a rep types during a call, or a transcript, in English and French.

Everything is matched on a folded copy of the text (lower case, accents removed, typographic
apostrophes, dashes and spaces made plain) that keeps every character at its index, so a span found
in the copy is the span of the words as typed. Matching is therefore case- and accent-insensitive;
the few words that are also common English words ("IT" and "it", "HR" and "hr", "SI" and "si") must
be typed in capitals to count as a role.

Conventions for dates, relative to `today`:
- an exact day is that day; without a year, its next occurrence (today counts);
- "end of ..." / "fin ..." is the period's last day (a week ends on Friday), "early ..." / "début ..."
  its first day, "mid-..." / "mi-..." its middle;
- a quarter or a half ("Q3", "T3", "H2", "second semestre") is its last day unless said otherwise;
- any other period ("in June", "en juin", "by June", "next month", "la semaine prochaine", "2027"
  after "by"/"d'ici") is its first day when it lies ahead, the last day of the current period when we
  are in it ("in March" said in March is the end of March); a month without a year is the next March
  to come (the current one included);
- "in 3 weeks" / "dans 3 semaines" counts from today; "tomorrow" / "demain" is today + 1;
- "ASAP" / "dès que possible" is today, marked "urgent".
A year alone ("2026 was hard") is never a date, nor is "3 weeks" without "in"/"dans".
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from interview.engine.answers import DEFAULT_CURRENCY, Money

Kind = Literal["amount", "date", "role", "pain", "urgency"]
KINDS: tuple[Kind, ...] = ("amount", "date", "role", "pain", "urgency")


@dataclass(frozen=True)
class Quantity:
    """A number attached to a pain: "3 hours a day", "10 % des leads", "50k€ a year"."""

    amount: Decimal
    unit: str  # "%", "hour", "minute", "day", "week", "month", "year", "money" or the counted noun
    per: str = ""  # "day", "week", "month", "year", "user"... for a rate
    of: str = ""  # what it is a share of: "10 % des leads" -> "leads"
    money: Money | None = None  # when unit == "money"


@dataclass(frozen=True)
class Finding:
    kind: Kind
    text: str  # the words matched, as typed
    start: int  # span in the input
    end: int
    value: Any  # Money | datetime.date | role id | the pain's clause | priority level
    facts: tuple[str, ...]  # facts of question_banks/FACTS.md this could answer, best first
    detail: str = ""  # "urgent", "economic buyer", "end of period", "per month", "3 hours a day"...
    quantity: Quantity | None = None  # pains only: the number attached, if any


@dataclass(frozen=True)
class Role:
    id: str
    economic_buyer: bool  # typically releases the money
    authority: str  # the authority.role option it usually is: final_decider, co_decider, influencer...
    en: str
    fr: str


# --- folding ---------------------------------------------------------------------------------

_SPECIAL = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
}


@functools.lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in _SPECIAL:
        return _SPECIAL[c]
    lower = c.lower()
    if len(lower) == 1 and lower.isascii():
        return lower
    base = unicodedata.normalize("NFD", c)[0].lower()
    if len(base) == 1:
        return base
    return lower if len(lower) == 1 else c


# The folding of the characters of Latin scripts and of typographic punctuation, as one table for
# str.translate (fast); other characters go through _fold_char one by one.
_FOLD_RANGES = ((0x41, 0x5B), (0x80, 0x300), (0x2000, 0x20D0))
_FOLD_TABLE = {
    i: _fold_char(chr(i)) for lo, hi in _FOLD_RANGES for i in range(lo, hi) if _fold_char(chr(i)) != chr(i)
}
_OUTSIDE_TABLE = re.compile("[^\x00-\u02ff\u2000-\u20cf]")


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes/spaces/dashes; same length as `text`, char for char.
    Remembered: a sentence is folded by every reader (analyse() empties the memory when it starts)."""
    if text.isascii():
        return text.lower()
    if not _OUTSIDE_TABLE.search(text):
        return text.translate(_FOLD_TABLE)
    return "".join(map(_fold_char, text))


# --- shared pieces ---------------------------------------------------------------------------

_F = re.ASCII  # folded text is ASCII for Latin scripts: \w, \d, \s stay ASCII
_WORD = re.compile(r"[a-z0-9']+", _F)
_SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)", _F)

# A number as typed: 120 000 / 120,000 / 120.000 / 1'000 (thousands), 1,5 / 1.5 (decimals).
_NUM = r"(?:\d{1,3}(?:[ ,.']\d{3})+(?!\d)(?:[.,]\d{1,2}(?!\d))?|\d{1,15}(?:[.,]\d{1,6})?(?!\d))"

_NUMWORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "une": 1,
    "two": 2,
    "deux": 2,
    "three": 3,
    "trois": 3,
    "four": 4,
    "quatre": 4,
    "five": 5,
    "cinq": 5,
    "six": 6,
    "seven": 7,
    "sept": 7,
    "eight": 8,
    "huit": 8,
    "nine": 9,
    "neuf": 9,
    "ten": 10,
    "dix": 10,
    "eleven": 11,
    "onze": 11,
    "twelve": 12,
    "douze": 12,
    "fifteen": 15,
    "quinze": 15,
    "twenty": 20,
    "vingt": 20,
    "thirty": 30,
    "trente": 30,
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "quelques": 3,
}
_APPROX_WORDS = {"a couple of", "couple of", "a few", "few", "quelques"}


def _alt(words: Iterable[str]) -> str:
    """An alternation, longest first so that the longest literal wins at a position."""
    return "|".join(sorted(set(words), key=len, reverse=True))


_NUMWORD = "(?:" + _alt(w.replace(" ", r"\s+") for w in _NUMWORDS) + ")"


def _decimal(raw: str) -> Decimal | None:
    s = raw.replace(" ", "").replace("'", "")
    if "," in s and "." in s:
        cut = max(s.rfind(","), s.rfind("."))
        s = s[:cut].replace(",", "").replace(".", "") + "." + s[cut + 1 :]
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        thousands = len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] != "0")  # 120,000 / 1.500
        s = ("" if thousands else ".").join(parts)  # else 1,5 / 2.50: decimals
    try:
        return Decimal(s)
    except (InvalidOperation, ValueError):
        return None


def _tidy(amount: Decimal) -> Decimal:
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def _number_value(token: str) -> Decimal | None:
    token = re.sub(r"\s+", " ", token.strip())
    if token in _NUMWORDS:
        return Decimal(_NUMWORDS[token])
    return _decimal(token)


@dataclass(frozen=True)
class _Cand:
    finding: Finding
    prio: int = 0  # within a kind, lower wins at equal length


_RANK = {"date": 0, "amount": 1, "role": 2, "urgency": 3, "pain": 4}


def _resolve(cands: Iterable[_Cand]) -> list[Finding]:
    """Longest first (then kind, priority, position), keeping only spans that overlap nothing kept."""
    starts: list[int] = []
    kept: list[Finding] = []
    for cand in sorted(
        (c for c in cands if c.finding.end > c.finding.start),
        key=lambda c: (
            -(c.finding.end - c.finding.start),
            _RANK[c.finding.kind],
            c.prio,
            c.finding.start,
        ),
    ):
        f = cand.finding
        i = bisect.bisect_left(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


def _finding(
    text: str, kind: Kind, start: int, end: int, value: Any, facts: tuple[str, ...], **kw: Any
) -> Finding:
    return Finding(kind, text[start:end], start, end, value, facts, **kw)


def _words_between(folded: str, start: int, end: int) -> int:
    return len(_WORD.findall(folded, start, end))


# --- amounts ---------------------------------------------------------------------------------

# Currencies beyond the six the corpus started with, as people say them (folded): the ISO 4217
# code, never converted. Bare crowns and pesos get a default here; the call's place refines it.
_OTHER_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"nz\s?\$|nzd|(?:nz|new\s+zealand|kiwi)\s+dollars?|dollars?\s+(?:neo-?zelandais|nz)", "NZD"),
    (r"s\$|sgd|singapore(?:an)?\s+dollars?|dollars?\s+(?:de\s+)?singapour", "SGD"),
    (r"hk\s?\$|hkd|hong\s+kong\s+dollars?|dollars?\s+(?:de\s+)?hong\s+kong", "HKD"),
    (r"zar|(?:south\s+african\s+)?rands?(?:\s+sud-?africains?)?", "ZAR"),
    (r"jpy|(?:japanese\s+)?yens?|¥", "JPY"),
    (r"inr|₹|rs\.?|(?:indian\s+)?rupees?|roupies?(?:\s+indiennes?)?", "INR"),
    (r"sek|kronor|krona|swedish\s+kron(?:or|a)|couronnes?\s+suedoises?", "SEK"),
    (r"nok|norwegian\s+kron(?:er|e)|couronnes?\s+norvegiennes?", "NOK"),
    (r"dkk|danish\s+kron(?:er|e)|couronnes?\s+danoises?", "DKK"),
    (r"kroner|krone|couronnes?|kr\.?", "SEK"),  # bare crowns: the call's place decides (see evidence)
    (r"pln|zlotys?|złoty|złotych|zł|(?:polish\s+)?zloty", "PLN"),
    (r"mxn|mx\$|(?:mexican\s+)?pesos?(?:\s+mexicains?)?", "MXN"),
    (r"brl|r\$|reais|(?:brazilian\s+)?reals|reals?\s+bresiliens?", "BRL"),
    (r"aed|(?:uae|emirati)\s+dirhams?|dirhams?\s+(?:emiratis?|des\s+emirats)", "AED"),
    (r"mad|dirhams?(?:\s+marocains?)?|dhs?", "MAD"),
    (r"xaf|francs?\s+cfa\s+(?:beac|d'afrique\s+centrale)", "XAF"),
    (r"xof|f\s?cfa|francs?\s+cfa(?:\s+bceao)?|cfa\s+francs?|cfa", "XOF"),
    (r"cny|rmb|yuans?|renminbi|元", "CNY"),
    (r"ngn|₦|(?:nigerian\s+)?nairas?", "NGN"),
    (r"kes|ksh|(?:kenyan\s+)?shillings?(?:\s+kenyans?)?", "KES"),
    (r"ghs|(?:ghanaian\s+)?cedis?", "GHS"),
    (r"tnd|(?:tunisian\s+)?dinars?(?:\s+tunisiens?)?", "TND"),
)
_OTHER_RX = [(re.compile(rf"(?:{rx})", _F), code) for rx, code in _OTHER_CURRENCIES]
_OTHER_POST = "|".join(rx for rx, _ in _OTHER_CURRENCIES)
# Before a number: codes and symbols only ("R 250 000" is rand, "R2" a release; "Rs. 5 lakh" rupees).
_OTHER_PRE = (
    r"nz\s?\$|hk\s?\$|s\$|r\$|mx\$|rs\.?|₹|¥|元|nzd|sgd|hkd|zar|jpy|inr|sek|nok|dkk|pln|mxn|brl|aed|xof|xaf|"
    r"fcfa|cny|rmb|₦|ngn|ksh|kes|ghs|tnd|"
    r"r(?=\s?\d{1,3}(?:[ ,.]\d{3})|\s?\d+(?:[.,]\d+)?\s?(?:k|m|mil|million)(?![a-z])|\s\d{3,})"
)


# The same currencies as words that name a sum anywhere in a sentence (not the short codes: "mad",
# "rs", "kr", "dh" are ordinary words or letters once away from a number).
OTHER_CURRENCY_WORDS = (
    "|".join(rx for rx, _ in _OTHER_CURRENCIES if not rx.startswith(("mad", "inr", "kroner", "zar")))
    + r"|kroner|krone|couronnes?|rupees?|roupies?|rands|dirhams?|zar|inr"
)


def other_currency(token: str) -> str | None:
    """The ISO code of a currency word or symbol beyond EUR/USD/GBP/CHF/CAD/AUD, or None."""
    t = re.sub(r"\s+", " ", fold(token).strip())
    for rx, code in _OTHER_RX:
        if rx.fullmatch(t):
            return code
    return "ZAR" if t == "r" else None


_PRE = rf"(?P<pre>{_OTHER_PRE}|us\s?\$|ca\s?\$|c\$|au\$|a\$|\$|€|£|eur|usd|gbp|chf|cad|aud)"
_POST = (
    rf"(?P<post>{_OTHER_POST}|€|\$|£|eur(?:os?)?|usd|gbp|chf|cad|aud|"
    r"(?:australian|aussie|canadian|us|american)\s+dollars?|dollars?\s+(?:australiens?|canadiens?)|"
    r"(?:australian|canadian)(?![a-z])|bucks|quid|piasses?|piastres?|balles|francs?|fr\.|"
    r"dollars?(?:\s+(?:us|americains?|canadiens?))?|(?:us|american|canadian)\s+dollars?|"
    r"livres?\s+sterling|pounds?(?:\s+sterling)?|francs?\s+suisses?|swiss\s+francs?)"
)
_MULT = (
    r"(?P<mult>lakhs?|lacs?|crores?|grand|mil|thousand|mille|millions?|milliards?|billions?|mios?|mrd|mds|md|"
    r"bn|k|m|b)"
)
_MULTS = {
    "lakh": 100_000,  # Indian English: 1 lakh = 100 000, 1 crore = 10 000 000
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "grand": 1_000,
    "mil": 1_000_000,
    "thousand": 1_000,
    "mille": 1_000,
    "k": 1_000,
    "m": 1_000_000,
    "mio": 1_000_000,
    "mios": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "md": 1_000_000_000,
    "mds": 1_000_000_000,
    "mrd": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
}
_ATOM = re.compile(
    rf"(?<![\w.,'$€£¥₹+])(?:{_PRE}\s?)?(?P<num>{_NUM})(?!\s?[.,:/]\d)"
    rf"(?:\s?{_MULT}(?:(?=eur)|(?![a-z0-9])))?"
    rf"(?:\s?(?:(?:d'|de\s|of\s)\s?)?{_POST}(?![a-z]))?",
    _F,
)
_PERIOD_WORDS = {
    "month": "month",
    "mo": "month",
    "mois": "month",
    "year": "year",
    "yr": "year",
    "an": "year",
    "annee": "year",
    "annum": "year",
    "week": "week",
    "wk": "week",
    "semaine": "week",
    "day": "day",
    "jour": "day",
    "quarter": "quarter",
    "trimestre": "quarter",
    "hour": "hour",
    "heure": "hour",
    "hr": "hour",
    "h": "hour",
    "user": "user",
    "utilisateur": "user",
    "seat": "seat",
    "siege": "seat",
    "licence": "licence",
    "license": "licence",
    "head": "user",
    "tete": "user",
    "rep": "user",
    "commercial": "user",
    "employee": "employee",
    "salarie": "employee",
}
_PERIOD_ADVERBS = {
    "monthly": "month",
    "mensuel": "month",
    "mensuels": "month",
    "mensuellement": "month",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "annuel": "year",
    "annuels": "year",
    "annuellement": "year",
    "weekly": "week",
    "hebdo": "week",
    "hebdomadaire": "week",
    "daily": "day",
    "quotidien": "day",
    "quotidiennement": "day",
}
_PERIOD = re.compile(
    rf"(?:\s?/\s?|\s(?:per|par|a|an|each|chaque|by|the)\s(?:l')?)(?P<per>{_alt(_PERIOD_WORDS)})s?(?![a-z])"
    rf"|\s(?P<adv>{_alt(_PERIOD_ADVERBS)})(?![a-z])",
    _F,
)
_TAX = re.compile(
    r"\s?(?P<tax>ht|h\.t\.|hors\s+taxes?|excl\.?\s+(?:vat|tax)|ex\.?\s+vat|before\s+tax|"
    r"ttc|t\.t\.c\.|incl\.?\s+(?:vat|tax)|tva\s+comprise|\+\s?tva|\+\s?vat)(?![a-z])",
    _F,
)
_RANGE_GAP = re.compile(r"\s*(?:-|to|a|(?P<and>et|and)|jusqu'a|up\s+to)\s*", _F)
_RANGE_LEAD = re.compile(r"(?<![\w'])(?:between|entre|from|de|du)\s+$", _F)
_BUDGET_CUES = (
    r"budget\w*|enveloppes?|envelope|spend\w*|invest\w*|prix|price\w*|tarif\w*|costs?|couts?|coute\w*|"
    r"montant|amount|pay|paid|payer|payons|paie|afford|allocated|allou\w*|ceiling|plafond|capex|opex|"
    r"deal\s+size|deal|ticket|panier|acv|tcv|contract\s+value|valeur\s+du\s+contrat"
)
_REVENUE_CUES = (
    r"revenues?|ca|chiffre\s+d'affaires|turnover|arr|mrr|valuation|valorisation|raised|leve\w*|"
    r"levee\s+de\s+fonds"
)
_CUE = re.compile(rf"(?<![\w'])(?:(?P<budget>{_BUDGET_CUES})|(?P<revenue>{_REVENUE_CUES}))(?![\w])", _F)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|x(?![a-z])|(?:fois|times|people|persons?|personnes?|users?|utilisateurs?|seats?|sieges?|"
    r"licen[cs]es?|employees?|employes?|salaries?|collaborateurs?|etp|fte|reps?|commerciaux|"
    r"hours?|heures?|h|hrs?|minutes?|mins?|mn|days?|jours?|j|weeks?|semaines?|months?|mois|years?|ans?|"
    r"annees?|leads?|clients?|customers?|deals?|accounts?|comptes?|contacts?|units?|unites?|pieces?|"
    r"items?|orders?|commandes?|invoices?|factures?|tickets?|e-?mails?|mails?|calls?|appels?|sites?|"
    r"stores?|magasins?|boutiques?|agences?|branches?|countries|pays|lines?|lignes?|pages?|documents?|"
    r"docs?|skus?|products?|produits?|points?|pts|pourcents?|percent|pour\s?cent|ms|km|kg|go|gb|mo|mb|"
    r"to|tb)(?![a-z]))",
    _F,
)
_YEARLIKE = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    number: Decimal
    mult: int
    currency: str | None
    raw: str


def _atoms(folded: str) -> list[_Atom]:
    out = []
    for m in _ATOM.finditer(folded):
        number = _decimal(m["num"])
        if number is None:
            continue
        mult = _MULTS.get((m["mult"] or "").strip(), 1)
        currency = _currency(m["pre"] or m["post"] or "")
        end = m.end()
        if m["mult"] and not m["post"] and folded.startswith("eur", end):  # 50keur
            end += 3
            currency = "EUR"
        if currency is None and m["mult"] and m["mult"][0] in "lc" and not _UNIT_AFTER.match(folded, end):
            currency = "INR"  # "2 crore", "40 lakh": only ever rupees
        out.append(_Atom(m.start(), end, number, mult, currency, m["num"]))
    return out


def _currency(token: str) -> str | None:
    t = re.sub(r"\s+", " ", token.strip())
    if not t:
        return None
    if other := other_currency(t):
        return other
    if t.startswith(("ca", "c$", "cad", "pias")) or "canad" in t:
        return "CAD"
    if t.startswith(("au", "a$")) or "austral" in t:
        return "AUD"
    if t.startswith(("quid",)):
        return "GBP"
    if t.startswith("balles"):
        return "EUR"
    if "€" in t or t.startswith("eur"):
        return "EUR"
    if "£" in t or t.startswith(("gbp", "pound", "livre")):
        return "GBP"
    if t.startswith(("chf", "franc", "swiss", "fr.")):
        return "CHF"
    return "USD"


def _money_from(atom: _Atom, currency: str | None) -> Money:
    return Money(_tidy(atom.number * atom.mult), currency or DEFAULT_CURRENCY)


def _amount_cands(text: str, folded: str, whole: bool = False) -> list[_Cand]:
    atoms = _atoms(folded)
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms) and _RANGE_GAP.fullmatch(folded, atoms[i].end, atoms[i + 1].start):
            cand = _amount(text, folded, atoms[i], atoms[i + 1], whole)
            if cand is not None:
                out.append(cand)
                i += 2
                continue
        cand = _amount(text, folded, atoms[i], None, whole)
        if cand is not None:
            out.append(cand)
        i += 1
    return _annual(text, folded, atoms, out)


def _annual(text: str, folded: str, atoms: list[_Atom], out: list[_Cand]) -> list[_Cand]:
    """A monthly figure given with the annual one ("2k a month, so 24k a year"): the annual one is
    the budget, in the monthly one's currency; the monthly one answers no fact."""
    monthly = [c for c in out if "per month" in c.finding.detail and isinstance(c.finding.value, Money)]
    if not monthly:
        return out
    yearly = [c for c in out if "per year" in c.finding.detail and c.finding.facts]
    if yearly and any(m.finding.end <= y.finding.start for m in monthly for y in yearly):
        first_year = min(y.finding.start for y in yearly)
        return [
            _Cand(replace(c.finding, facts=()), c.prio) if c in monthly and c.finding.end <= first_year else c
            for c in out
        ]
    taken = {c.finding.start for c in out}
    for atom in atoms:
        if atom.start in taken or not (p := _PERIOD.match(folded, atom.end)):
            continue
        if (
            _PERIOD_WORDS.get(p["per"] or "", "") != "year"
            and _PERIOD_ADVERBS.get(p["adv"] or "", "") != "year"
        ):
            continue
        month = next((c for c in monthly if c.finding.end <= atom.start), None)
        if month is None:
            continue
        money = Money(_tidy(atom.number * atom.mult), atom.currency or month.finding.value.currency)
        out.append(
            _Cand(
                _finding(
                    text,
                    "amount",
                    atom.start,
                    p.end(),
                    money,
                    ("budget.amount",),
                    # "two grand a month, so 24k a year": still no currency said
                    detail="per year"
                    + (
                        ", currency assumed"
                        if atom.currency is None and "currency assumed" in month.finding.detail
                        else ""
                    ),
                )
            )
        )
        out = [_Cand(replace(c.finding, facts=()), c.prio) if c is month else c for c in out]
        monthly = [c for c in monthly if c is not month]
    return out


def _amount(text: str, folded: str, first: _Atom, last: _Atom | None, whole: bool) -> _Cand | None:
    """One amount, or a range "50-80k€" when `last` is given; None if it is no amount."""
    parts = [first] if last is None else [first, last]
    if last is not None:
        if first.mult == 1 and last.mult > 1 and first.number < last.number:  # 50-80k: 50k to 80k
            first = parts[0] = _Atom(
                first.start, first.end, first.number, last.mult, first.currency, first.raw
            )
        if first.currency and last.currency and first.currency != last.currency:
            return None
        if first.number * first.mult > last.number * last.mult:
            return None
    top = parts[-1]
    currency = first.currency or top.currency
    start, end = first.start, top.end
    if last is not None:
        lead = _RANGE_LEAD.search(folded, max(0, start - 12), start)
        gap = _RANGE_GAP.fullmatch(folded, first.end, last.start)
        if gap and gap["and"] and not lead:
            return None  # "50k€ and 80k€" are two amounts; "between 50 and 80k€" is a range
        if lead:
            start = lead.start()
    cue, cue_word = _cue_before(folded, start)
    if not _accept_amount(folded, parts, currency, cue_word, end, whole):
        return None
    details = [cue] if cue else []
    if currency is None:
        details.append("currency assumed")
    pers, tax = [], ""
    for _ in range(3):  # "50 000 € HT par an", "€50 per user per month", "900 €/mois TTC"
        if len(pers) < 2 and (p := _PERIOD.match(folded, end)):
            pers.append(_PERIOD_WORDS.get(p["per"] or "", "") or _PERIOD_ADVERBS.get(p["adv"] or "", ""))
            end = p.end()
        elif not tax and (t := _TAX.match(folded, end)):
            tax = "incl. tax" if t["tax"].startswith(("ttc", "t.t", "incl", "tva", "+")) else "excl. tax"
            end = t.end()
        else:
            break
    details += [f"per {p}" for p in pers if p] + ([tax] if tax else [])
    money = _money_from(top, currency)
    if last is not None:
        low = _money_from(first, currency)
        details.append(f"range {low.amount:,}–{money.amount:,} {money.currency}")
    facts = () if cue == "revenue" else ("budget.amount",)
    return _Cand(_finding(text, "amount", start, end, money, facts, detail=", ".join(details)))


def _cue_before(folded: str, start: int) -> tuple[str, str]:
    """("budget" | "revenue" | "", the cue word) for a budget or revenue word just before `start`."""
    last = None
    for m in _CUE.finditer(folded, max(0, start - 48), start):
        last = m
    if last is None:
        return "", ""
    gap = folded[last.end() : start]
    if _SENTENCE_END.search(gap) or len(_WORD.findall(gap)) > 3:
        return "", ""
    return ("revenue" if last["revenue"] else "budget"), last[0]


def _accept_amount(
    folded: str, parts: list[_Atom], currency: str | None, cue_word: str, end: int, whole: bool
) -> bool:
    if currency is not None or whole:
        return True
    if any(re.search(r"\d\s?(?:grand|mil)(?![a-z])", folded[atom.start : atom.end]) for atom in parts):
        return not _UNIT_AFTER.match(folded, end)  # "50 grand", "1.5 mil": money slang
    if not cue_word:
        return False  # "3 people", "80k users": a number is money only with a currency or a budget word
    for atom in parts:
        digits = atom.raw.replace(" ", "")
        if atom.mult == 1 and (_YEARLIKE.fullmatch(digits) or atom.number < 100 or cue_word == "ca"):
            return False  # "budget 2026", "budget: 3", "ça fait 300": no amount
        if digits.startswith("0") and len(digits) > 1 and digits[1].isdigit():
            return False  # 0612345678: a phone number
    return not _UNIT_AFTER.match(folded, end)


def find_amounts(text: str) -> list[Finding]:
    """Amounts of money in `text`: with a currency ("50k€", "$120,000", "2 millions d'euros"), or
    without one after a budget word ("budget of 80k"; currency assumed EUR). Ranges ("50-80k€") give
    their upper bound, the range in `detail`; "/month", "par an" and "HT" too. A revenue ("CA de
    5 M€", "ARR 2M$") is an amount that answers no fact."""
    return _resolve(_amount_cands(text, fold(text)))


_HEDGE = re.compile(
    r"\s*(?:(?:about|around|approx\w*|roughly|circa|ca\.|environ|~|≈|max(?:imum)?|up\s+to|jusqu'a|"
    r"at\s+most|au\s+plus|au\s+max(?:imum)?|min(?:imum)?|at\s+least|au\s+moins|plus\s+de|more\s+than|over|"
    r"under|less\s+than|moins\s+de|budget(?:\s+(?:of|de|is|est))?|:)\s*)*",
    _F,
)


def parse_money(text: str) -> Money | None:
    """The amount `text` is, as a whole ("50k€", "$120,000", "1,5 M€", "around 80k", "2500"):
    without a currency, EUR. None if `text` is anything else."""
    folded = fold(text)
    for cand in _amount_cands(text, folded, whole=True):
        f = cand.finding
        head = _HEDGE.fullmatch(folded, 0, f.start)
        if head and not folded[f.end :].strip(" .!"):
            return f.value
    return None


# What an amount is the object of: money already paid, lost or spent on running costs ("we paid
# half a million in damages", "we spend 2 million a year on fuel", "the contract was worth $1M", "on
# en a eu pour 4000 euros") is the size of a problem, not a budget; "we'd spend", "we can pay",
# "we plan to spend" are a budget. The verb must govern the amount: same clause, just before it.
_SPENT = re.compile(
    r"(?<![\w'])(?:(?:we|they|i|it|that|this|which|each\s+\w+|every\s+\w+)\s+(?:\w+\s+)?"
    r"(?:spend|pay|lose|waste|burn)|(?:cost|costs)\s+(?:us|me|them|the\s+(?:company|business|firm))|"
    r"(?:over|under|re)?paid|(?:over)?spent|lost|wasted|refunded|reimbursed|wrote\s+off|written\s+off|"
    r"forked\s+out|shelled\s+out|"
    r"(?:was|were)\s+worth|"
    r"(?:on|nous|ils|elles|ca|cela|il|elle|qui)\s+(?:nous\s+|en\s+|leur\s+)?(?:a|avons|ont|avait|avaient)\s+"
    r"(?:\w+\s+)?(?:paye|depense|perdu|coute|gaspille|eu\s+pour)|"
    r"(?:on|ils)\s+(?:en\s+)?(?:depense|paie|paye|perd)|nous\s+(?:depensons|payons|perdons)|"
    r"(?:ca|cela|qui)\s+(?:nous\s+(?:a\s+)?coute|a\s+coute))(?![\w])",
    _F,
)
_MODAL = re.compile(
    r"(?<![\w'])(?:would|could|can|will|might|may|should|to|if|pourrait|pourrions|pourra|va|vais|"
    r"allons|veut|voudrait|serait|si|pret\w*)(?![\w])|'d(?![\w])|'ll(?![\w])",
    _F,
)


def spent_already(folded: str, start: int) -> bool:
    """Whether the amount at `start` is money already paid, lost or spent as a running cost (see
    _SPENT): the object of such a verb a few words before it, in the same clause, with no modal."""
    lo = max(0, start - 60)
    verb = None
    for m in _SPENT.finditer(folded, lo, start):
        verb = m
    if verb is None:
        return False
    between = folded[verb.end() : start]
    if re.search(r"[.;!?]", between) or len(between.split()) > 4:
        return False  # "we lost a client, so we'd like to invest 50k": the verb is not the amount's
    return not _MODAL.search(folded[max(0, verb.start() - 20) : verb.end()])


# Money to ask for after saying there is none: "but I could get 20k", "faudrait que je monte un dossier".
_TO_ASK_LATER = re.compile(
    r"(?<![\w'])(?:will|'ll|going\s+to|have\s+to|need\s+to|could|might|can|faudra\w*|faut|vais|va|dois|devrai\w*|"
    r"pourrai\w*|pourrions|peux|peut|pouvons)\s+(?:que\s+(?:je|j'|on|nous)\s*)?(?:\w+\s+){0,2}?"
    r"(?:(?:ask\s+for|request|get|find|free\s+up|unlock|secure|demander|trouver|obtenir|debloquer|degager)\s+"
    r"(?:[\w']+\s+){0,2}?(?:[$€£]?\d|money|budget|funding|funds|cash|some|l'argent|argent|budget|enveloppe|"
    r"fonds|sous|credits?|une\s+ligne)|make\s+(?:a|the)\s+case|build\s+(?:a|the)\s+case|"
    r"write\s+(?:a|the)\s+(?:business\s+)?case|monte\w*\s+un\s+dossier|faire\s+une\s+demande)|"
    # a file put before a body, with no modal: "on présente le dossier au bureau en mai"
    r"(?<![\w'])(?:present\w*|soumet\w*|submit\w*|depos\w*)\s+(?:le|un|notre|the|a|our)\s+(?:dossier|case|request|demande)",
    _F,
)


def money_to_ask_for(folded: str, start: int = 0) -> bool:
    """Whether, from `start`, the folded sentence says money will or could be asked for or found
    ("but I could get 20k", "il faudra que je monte un dossier"): a budget being defined."""
    return bool(_TO_ASK_LATER.search(folded, start))


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    "january": 1,
    "janvier": 1,
    "february": 2,
    "fevrier": 2,
    "march": 3,
    "mars": 3,
    "april": 4,
    "avril": 4,
    "may": 5,
    "mai": 5,
    "june": 6,
    "juin": 6,
    "july": 7,
    "juillet": 7,
    "august": 8,
    "aout": 8,
    "september": 9,
    "septembre": 9,
    "october": 10,
    "octobre": 10,
    "november": 11,
    "novembre": 11,
    "december": 12,
    "decembre": 12,
}
_MONTH_ABBR = {
    "jan": 1,
    "janv": 1,
    "feb": 2,
    "fev": 2,
    "fevr": 2,
    "mar": 3,
    "apr": 4,
    "avr": 4,
    "jun": 6,
    "jul": 7,
    "juil": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "lundi": 0,
    "tuesday": 1,
    "mardi": 1,
    "wednesday": 2,
    "mercredi": 2,
    "thursday": 3,
    "jeudi": 3,
    "friday": 4,
    "vendredi": 4,
    "saturday": 5,
    "samedi": 5,
    "sunday": 6,
    "dimanche": 6,
}
_MONTH_FULL = rf"(?P<month>{_alt(_MONTHS)})(?![a-z])"
_MONTH_ANY = rf"(?P<month>{_alt([*_MONTHS, *_MONTH_ABBR])})(?![a-z])\.?"
_WD = rf"(?P<wd>{_alt(_WEEKDAYS)})"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_B = r"(?<![\w'-])"  # a word starts here
_E = r"(?![\w])"  # and ends here

_PREP = (
    r"(?P<prep>(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest\s+by|"
    r"in|on|for|from|after|around|starting|at|avant|pour|d'?\s?ici(?:\s+a)?|jusqu'(?:a|au|en)|"
    r"en|vers|apres|a\s+partir\s+d(?:e|u)|des|au\s+plus\s+tard(?:\s+(?:le|en))?|a|au|"
    r"au\s+mois\s+de|in\s+the\s+month\s+of|courant|during)\s+|(?:au\s+mois\s+d'|a\s+partir\s+d'))"
)
_YEAR_PREP = (
    r"(?P<prep>(?:by|before|until|till|no\s+later\s+than|avant|d'?\s?ici(?:\s+a)?|jusqu'(?:a|en)|"
    r"au\s+plus\s+tard\s+en|courant|during)\s+)"
)
_OF = r"(?:du\s+mois\s+d(?:e\s+|')|de\s+la\s+|de\s+l'|de\s+cette\s+|de\s+ce\s+|du\s+|de\s+|d')"
_MOD = (
    r"(?:(?P<end>(?:the\s+|la\s+|a\s+la\s+)?(?:very\s+)?end\s+of\s+(?:the\s+|this\s+)?|end[-\s]|late[-\s]"
    rf"|(?:a\s+la\s+|la\s+)?fin\s+{_OF}?)"
    r"|(?P<start>(?:the\s+|au\s+|le\s+)?(?:very\s+)?(?:beginning|start)\s+of\s+(?:the\s+|this\s+)?|early[-\s]"
    rf"|(?:au\s+|le\s+)?debut\s+{_OF}?)"
    r"|(?P<mid>(?:the\s+|au\s+|le\s+)?middle\s+of\s+(?:the\s+|this\s+)?|mid[-\s]?|(?:a\s+la\s+|la\s+)?mi[-\s]"
    rf"|(?:au\s+|le\s+)?milieu\s+{_OF}?)"
    rf"|(?P<during>(?:dans\s+le\s+)?courant\s+{_OF}?|during\s+(?:the\s+)?|au\s+cours\s+{_OF}?))"
)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, n: int) -> dt.date:
    y, m = divmod(day.month - 1 + n, 12)
    y += day.year
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _mod(m: re.Match[str]) -> str:
    for name in ("end", "start", "mid", "during"):
        if m.groupdict().get(name) is not None:
            return name
    return ""


_DETAIL = {"end": "end of period", "start": "start of period", "mid": "middle of period"}


def _pick(start: dt.date, end: dt.date, mod: str, today: dt.date, default: str = "") -> tuple[dt.date, str]:
    how = mod if mod in _DETAIL else default
    if how == "end":
        return end, _DETAIL["end"]
    if how == "start":
        return start, _DETAIL["start"]
    if how == "mid":
        return start + (end - start) // 2, _DETAIL["mid"]
    if start > today or end < today:
        return start, _DETAIL["start"]
    return end, _DETAIL["end"]


def _week(today: dt.date, weeks_ahead: int) -> tuple[dt.date, dt.date]:
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=weeks_ahead)
    return monday, monday + dt.timedelta(days=4)  # a working week ends on Friday


def _quarter(year: int, q: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)


def _half(year: int, h: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h)


DateResult = tuple[dt.date, str] | None
_Handler = Callable[[re.Match[str], dt.date, bool], DateResult]
_DATE_PATTERNS: list[tuple[re.Pattern[str], _Handler]] = []


def _date_pattern(pattern: str) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        _DATE_PATTERNS.append((re.compile(pattern, _F), handler))
        return handler

    return register


def _year_of(m: re.Match[str]) -> int | None:
    y = m.groupdict().get("y")
    if y:
        return int(y)
    yy = m.groupdict().get("yy")
    return 2000 + int(yy) if yy else None


@_date_pattern(r"(?<![\w./-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\w]|[./-]\d)")
def _iso(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), ""


@_date_pattern(
    r"(?<![\w./-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w]|[./-]\d)"
)
def _dmy(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 2000
    if month > 12 and day <= 12:  # 03/31/2026: the American order
        day, month = month, day
    return dt.date(year, month, day), ""


@_date_pattern(rf"{_B}(?:{_PREP})?(?:(?P<le>le|the|on)\s+)?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![\w/]|[.-]\d)")
def _dm(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    if not (bare or m["prep"] or m["le"] or (len(m["d"]) == 2 and len(m["m"]) == 2)):
        return None  # 3/4, 24/7: not dates
    return _next_day(int(m["d"]), int(m["m"]), today), ""


def _next_day(day: int, month: int, today: dt.date, year: int | None = None) -> dt.date:
    if month > 12 and day <= 12:  # 5/29: the American order
        day, month = month, day
    if year is not None:
        return dt.date(year, month, day)
    for y in range(today.year, today.year + 8):
        try:
            candidate = dt.date(y, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise ValueError("no such day")


def _month_number(name: str) -> int:
    return _MONTHS.get(name) or _MONTH_ABBR[name]


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:{_WD},?\s+)?(?:(?:le|the|on\s+the|on)\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|eme|e)?"
    rf"\s+(?:of\s+)?{_MONTH_ANY}(?:,?\s+{_YEAR})?{_E}"
)
def _day_month(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    return _next_day(int(m["d"]), _month_number(m["month"]), today, _year_of(m)), ""


# A day of the month alone, in English: "the committee sits on the 14th" (this month's, or next month's
# if it has passed); not "the 14th floor", "the 19th century".
@_date_pattern(
    rf"{_B}(?:by\s+|before\s+|until\s+)?(?:on\s+)?the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)(?![\w])"
    r"(?!\s+(?:of\b|century|centuries|floor|place|time|anniversary|birthday|row|street|avenue|hole|round|"
    r"percentile|edition|amendment|day|week|month|year|minute))"
)
def _bare_day(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    day = int(m["d"])
    for k in range(0, 3):
        month = (today.month - 1 + k) % 12 + 1
        year = today.year + (today.month - 1 + k) // 12
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate, ""
    return None


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:{_WD},?\s+)?(?:the\s+)?{_MONTH_ANY}\s+(?:the\s+)?(?P<d>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?!\d)"
    rf"(?:,?\s+{_YEAR})?{_E}(?!\s?[:h.,]\d)"
)
def _month_day(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    if m["month"] == "may" and not (bare or m["prep"] or m["wd"] or m["y"] or m["ord"]):
        return None  # "we may 2 ..." is no date
    return _next_day(int(m["d"]), _month_number(m["month"]), today, _year_of(m)), ""


@_date_pattern(rf"{_B}(?:{_PREP})?(?:{_MOD})?{_MONTH_FULL}(?:\s+(?:of\s+|de\s+|d')?{_YEAR})?{_E}")
def _month(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    mod, year = _mod(m), _year_of(m)
    if not (bare or m["prep"] or mod or year):
        return None  # "June" alone may be a person
    if m["month"] == "may" and not (
        mod or year or (m["prep"] or "").strip() in ("in", "by", "until", "before")
    ):
        return None
    month = _MONTHS[m["month"]]
    if year is None:
        year = today.year if month >= today.month else today.year + 1
    return _pick(dt.date(year, month, 1), _month_end(year, month), mod, today)


# A shortened month after "end", "mid", "early", "fin", "début" in notes: "decision by end Sept", "fin oct.".
@_date_pattern(rf"{_B}(?:{_MOD})(?P<month>{_alt(_MONTH_ABBR)})(?![a-z])\.?(?:\s+{_YEAR})?{_E}")
def _month_abbr(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    month, year = _MONTH_ABBR[m["month"]], _year_of(m)
    if year is None:
        year = today.year if month >= today.month else today.year + 1
    return _pick(dt.date(year, month, 1), _month_end(year, month), _mod(m), today)


# "at their September meeting", "the June board": a month naming a body's sitting (English).
@_date_pattern(
    rf"(?<![\w'])(?:the|their|our|its|his|her|next|a)\s+{_MONTH_FULL}\s+"
    r"(?:board|meeting|committee|session|council|sitting|review)(?:\s+meeting)?(?![\w])"
)
def _month_meeting(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    month = _MONTHS[m["month"]]
    year = today.year if month >= today.month else today.year + 1
    return _month_end(year, month), "a body's sitting"


# "The decision is November", "our deadline would be March": a month as the complement of a
# decision noun, with no preposition.
@_date_pattern(
    rf"{_B}(?P<prep>(?:is|'s|will\s+be|would\s+be|est|sera)\s+)(?:probably\s+|likely\s+|plutot\s+)?{_MONTH_FULL}{_E}"
)
def _month_complement(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    before = m.string[max(0, m.start() - 24) : m.start()]
    if m["month"] == "may" or not re.search(
        r"(?:decision|deadline|choice|selection|choix|echeance)\s*$", before
    ):
        return None
    month = _MONTHS[m["month"]]
    year = today.year if month >= today.month else today.year + 1
    return _pick(dt.date(year, month, 1), _month_end(year, month), "", today)


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "premier": 1,
    "1er": 1,
    "second": 2,
    "seconde": 2,
    "2nd": 2,
    "deuxieme": 2,
    "2e": 2,
    "2eme": 2,
    "third": 3,
    "3rd": 3,
    "troisieme": 3,
    "3e": 3,
    "3eme": 3,
    "fourth": 4,
    "4th": 4,
    "quatrieme": 4,
    "4e": 4,
    "4eme": 4,
}
_ORD = rf"(?:the\s+|le\s+|au\s+)?(?P<ord>{_alt(_ORDINALS)})"
_PERIOD_YEAR = (
    rf"(?:\s*(?:of\s+|de\s+|d'|-|/)?\s*{_YEAR}|\s*'(?P<yy>\d{{2}})(?!\d)|\s+(?:of\s+)?(?:the|this)\s+year)?"
)


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:{_MOD})?(?:(?P<q>[qt])(?P<n>[1-4])|{_ORD}\s+(?:quarter|trimestre))(?![\w]){_PERIOD_YEAR}{_E}"
)
def _quarter_date(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    q = int(m["n"]) if m["n"] else _ORDINALS[m["ord"]]
    if q > 4:
        return None
    year = _year_of(m)
    if year is None:
        year = today.year if _quarter(today.year, q)[1] >= today else today.year + 1
    return _pick(*_quarter(year, q), _mod(m), today, default="end")


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:{_MOD})?(?:(?P<h>[hs])(?P<n>[12])|{_ORD}\s+(?:half|semestre))(?![\w]){_PERIOD_YEAR}{_E}"
)
def _half_date(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    h = int(m["n"]) if m["n"] else _ORDINALS[m["ord"]]
    year = _year_of(m)
    if h > 2 or (m["h"] and not (bare or m["prep"] or _mod(m) or year)):
        return None  # "H1" alone is a heading, "S2" anything
    if year is None:
        year = today.year if _half(today.year, h)[1] >= today else today.year + 1
    return _pick(*_half(year, h), _mod(m), today, default="end")


_RELATIVE = (
    r"(?P<nw>next\s+week|the\s+following\s+week|(?:la\s+)?semaine\s+(?:prochaine|suivante)|(?:la\s+)?prochaine\s+semaine)"
    r"|(?P<nm>next\s+month|the\s+following\s+month|(?:le\s+)?mois\s+(?:prochain|suivant)|(?:le\s+)?prochain\s+mois)"
    r"|(?P<nq>next\s+quarter|(?:le\s+)?trimestre\s+(?:prochain|suivant)|(?:le\s+)?prochain\s+trimestre)"
    r"|(?P<ny>next\s+year|the\s+following\s+year|(?:l')?(?:annee\s+prochaine|an\s+prochain)|l'annee\s+suivante)"
    r"|(?P<tw>this\s+week|cette\s+semaine)"
    r"|(?P<tm>this\s+month|ce\s+mois(?:[-\s]ci)?)"
    r"|(?P<tq>this\s+quarter|ce\s+trimestre)"
    r"|(?P<ty>this\s+year|cette\s+annee)"
    r"|(?P<bw>(?:the\s+)?week|(?:la\s+)?semaine)"
    r"|(?P<bm>(?:the\s+)?month|(?:le\s+)?mois)"
    r"|(?P<bq>(?:the\s+)?quarter|(?:le\s+)?trimestre)"
    r"|(?P<by>(?:the\s+)?(?:fiscal\s+|calendar\s+)?year|(?:l')?annee(?:\s+(?:fiscale|civile))?|(?:l')?exercice(?:\s+fiscal)?)"
)


@_date_pattern(rf"{_B}(?:{_PREP})?(?:{_MOD})?(?:{_RELATIVE}){_E}")
def _relative(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    mod = _mod(m)
    which = next(k for k, v in m.groupdict().items() if v is not None and len(k) == 2 and k[0] in "ntb")
    if which[0] == "b" and not mod:
        return None  # "the month", "le mois": no date without "end of" / "fin de"
    unit, ahead = which[1], 1 if which[0] == "n" else 0
    if unit == "w":
        start, end = _week(today, ahead)
        if ahead == 0 and end < today:
            start, end = _week(today, 1)
    elif unit == "m":
        first = _add_months(today.replace(day=1), ahead)
        start, end = first, _month_end(first.year, first.month)
    elif unit == "q":
        q = (today.month - 1) // 3 + 1 + ahead
        year = today.year + (q - 1) // 4
        start, end = _quarter(year, (q - 1) % 4 + 1)
        return _pick(start, end, mod, today, default="end")
    else:
        year = today.year + ahead
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    result = _pick(start, end, mod, today)
    if "fiscal" in m[0] or "exercice" in m[0]:
        return result[0], result[1] + ", fiscal year taken as the calendar year"
    return result


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:(?P<eoy>eoy|ye|year[-\s]end|fin\s+d'exercice)|(?P<eom>eom|month[-\s]end)"
    rf"|(?P<eoq>eoq|quarter[-\s]end)|(?P<eow>eow|week[-\s]end)){_E}"
)
def _period_end(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    if m["eoy"]:
        return dt.date(today.year, 12, 31), _DETAIL["end"]
    if m["eom"]:
        return _month_end(today.year, today.month), _DETAIL["end"]
    if m["eoq"]:
        return _quarter(today.year, (today.month - 1) // 3 + 1)[1], _DETAIL["end"]
    if m["eow"] and "week" in m[0] and not m["prep"]:
        return None  # "the weekend"
    end = _week(today, 0)[1]
    return (end if end >= today else _week(today, 1)[1]), _DETAIL["end"]


@_date_pattern(rf"{_B}(?:{_YEAR_PREP})?(?:{_MOD})?{_YEAR}(?![\w]|[.,/-]?\d)")
def _year(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    mod = _mod(m)
    if not (bare or m["prep"] or mod):
        return None  # "2026 was hard"
    year = int(m["y"])
    return _pick(dt.date(year, 1, 1), dt.date(year, 12, 31), mod, today)


_UNITS = {
    "day": "d",
    "days": "d",
    "jour": "d",
    "jours": "d",
    "j": "d",
    "business day": "b",
    "business days": "b",
    "working day": "b",
    "working days": "b",
    "jour ouvre": "b",
    "jours ouvres": "b",
    "jours ouvrables": "b",
    "week": "w",
    "weeks": "w",
    "semaine": "w",
    "semaines": "w",
    "sem": "w",
    "month": "m",
    "months": "m",
    "mois": "m",
    "year": "y",
    "years": "y",
    "an": "y",
    "ans": "y",
    "annee": "y",
    "annees": "y",
}
_UNIT = "(?P<u>" + _alt(u.replace(" ", r"\s+") for u in _UNITS) + ")"


def _offset(today: dt.date, n: int, unit: str) -> dt.date:
    if unit == "d":
        return today + dt.timedelta(days=n)
    if unit == "w":
        return today + dt.timedelta(weeks=n)
    if unit == "m":
        return _add_months(today, n)
    if unit == "y":
        return _add_months(today, 12 * n)
    day = today  # business days
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


@_date_pattern(
    rf"{_B}(?P<prep>in|within|dans|sous|d'?\s?ici(?:\s+a)?|en\s+moins\s+de|in\s+less\s+than|under)\s+"
    r"(?:(?:about|around|roughly|approximately|some|maybe|environ|a\s+peu\s+pres|grosso\s+modo)\s+)?"
    rf"(?:the\s+next\s+|the\s+|les\s+)?(?P<n>\d{{1,3}}|{_NUMWORD})\s+(?:(?:prochaine?s|next|suivante?s)\s+)?"
    rf"{_UNIT}(?:\s+(?:from\s+(?:now|today)|(?:a\s+)?partir\s+d'aujourd'hui|a\s+compter\s+d'aujourd'hui))?{_E}"
    rf"|{_B}(?P<n2>\d{{1,3}}|{_NUMWORD})\s+(?P<u2>days?|weeks?|months?|years?)\s+from\s+(?:now|today){_E}"
    rf"|{_B}(?:(?:in|within|dans|sous|d'?\s?ici)\s+(?:a\s+|une\s+)?|(?:a|one)\s+(?=fortnight\s+(?:from|after)\s+))"
    rf"(?P<special>fortnight|quinzaine|huitaine)(?:\s+(?:from|after)\s+(?:now|today))?{_E}"
)
def _offset_date(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    if m["special"]:
        return today + dt.timedelta(days=7 if m["special"] == "huitaine" else 14), ""
    token = re.sub(r"\s+", " ", m["n"] or m["n2"])
    n = int(token) if token.isdigit() else _NUMWORDS[token]
    unit = _UNITS[re.sub(r"\s+", " ", m["u"] or m["u2"])]
    if unit == "b" and n > 400:
        return None
    return _offset(today, n, unit), "approximate" if token in _APPROX_WORDS else ""


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?P<w>(?:the\s+)?day\s+after\s+tomorrow|apres[-\s]demain|tomorrow|demain|today|"
    r"aujourd'hui|tonight|ce\s+soir|end\s+of\s+(?:the\s+)?(?:day|business)|close\s+of\s+business|eod|cob|"
    rf"fin\s+de\s+(?:la\s+)?journee){_E}"
)
def _day_word(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    w = m["w"]
    if "after" in w or "apres" in w:
        return today + dt.timedelta(days=2), ""
    if w in ("tomorrow", "demain"):
        return today + dt.timedelta(days=1), ""
    if not (bare or m["prep"]) and w in ("today", "aujourd'hui", "tonight", "ce soir"):
        return None  # "today we use Excel": no deadline
    return today, ""


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:(?P<rel>this\s+coming|next|this|coming|ce)\s+)?{_WD}"
    rf"(?:\s+(?P<nx>prochain|next|qui\s+vient))?{_E}"
)
def _weekday(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    if not (bare or m["prep"] or m["rel"] or m["nx"]):
        return None  # "Monday we met the CFO"
    delta = (_WEEKDAYS[m["wd"]] - today.weekday()) % 7 or 7
    return today + dt.timedelta(days=delta), ""


@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:the\s+)?(?:end\s+of\s+(?:the\s+|our\s+|their\s+)?)?(?:financial|fiscal)\s+year(?:[-\s]end)?"
    rf"\s*,?\s*(?:in|ending\s+in|which\s+ends\s+in|that\s+ends\s+in|ends\s+in|closing\s+in)\s+{_MONTH_FULL}"
)
@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:la\s+)?(?:fin\s+(?:de\s+l'|d')\s*)?exercice\s*(?:fiscal\s*|comptable\s*)?,?\s*"
    rf"(?:en|fin|qui\s+(?:se\s+termine|finit)\s+(?:en|fin))\s+{_MONTH_FULL}"
)
def _fiscal_month(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    """ "the end of our financial year in June": the last day of that month, the next one to come."""
    month = _month_number(m["month"])
    year = today.year if _month_end(today.year, month) >= today else today.year + 1
    return _month_end(year, month), _DETAIL["end"]


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian, the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` (0 = Monday) of the month; n = -1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# Public holidays and seasons used as deadlines, in the English- and French-speaking countries.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    r"christmas(?:\s+(?:day|break|shutdown|holidays?))?|xmas|noel|(?:les\s+|the\s+)?(?:fetes|holidays?)\s+de\s+fin\s+d'annee|"
    r"(?:le\s+)?temps\s+des\s+fetes|(?:the\s+)?holiday\s+(?:season|break)": lambda y: dt.date(y, 12, 25),
    r"boxing\s+day": lambda y: dt.date(y, 12, 26),
    r"new\s+year(?:'s)?(?:\s+(?:day|eve))?|nouvel\s+an|jour\s+de\s+l'an|la\s+saint-sylvestre": lambda y: (
        dt.date(y, 12, 31)
    ),
    r"easter(?:\s+(?:break|holidays?|weekend|monday))?|paques": _easter,
    r"(?:le\s+lundi\s+de\s+)?pentecote|whitsun": lambda y: _easter(y) + dt.timedelta(days=49),
    r"ascension": lambda y: _easter(y) + dt.timedelta(days=39),
    r"(?:la\s+)?(?:saint-?\s?jean(?:-?\s?baptiste)?|st-?\s?jean(?:-?\s?baptiste)?)|"
    r"(?:la\s+)?fete\s+nationale\s+du\s+quebec": lambda y: dt.date(y, 6, 24),
    r"(?:la\s+)?fete\s+du\s+canada|canada\s+day|(?:le\s+)?jour\s+du\s+demenagement|moving\s+day": lambda y: (
        dt.date(y, 7, 1)
    ),
    r"(?:la\s+)?fete\s+nationale\s+suisse|swiss\s+national\s+day": lambda y: dt.date(y, 8, 1),
    r"(?:l')?action\s+de\s+grace|canadian\s+thanksgiving": lambda y: _nth_weekday(y, 10, 0, 2),
    r"thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    r"memorial\s+day": lambda y: _nth_weekday(y, 5, 0, -1),
    r"labou?r\s+day": lambda y: _nth_weekday(y, 9, 0, 1),
    r"(?:the\s+)?fourth\s+of\s+july|independence\s+day": lambda y: dt.date(y, 7, 4),
    r"victoria\s+day|(?:la\s+)?journee\s+(?:nationale\s+)?des\s+patriotes": lambda y: (
        _nth_weekday(y, 5, 0, -1) - dt.timedelta(days=7 if _nth_weekday(y, 5, 0, -1).day > 24 else 0)
    ),
    r"australia\s+day": lambda y: dt.date(y, 1, 26),
    r"anzac\s+day": lambda y: dt.date(y, 4, 25),
    r"(?:la\s+)?toussaint|all\s+saints'?\s+day": lambda y: dt.date(y, 11, 1),
    r"(?:le\s+)?14\s+juillet|bastille\s+day": lambda y: dt.date(y, 7, 14),
    r"eofy|end\s+of\s+(?:the\s+)?(?:australian\s+)?financial\s+year\s+in\s+june": lambda y: dt.date(y, 6, 30),
}
_HOLIDAY_RX = [(re.compile(rf"^(?:{k})$", _F), v) for k, v in _HOLIDAYS.items()]


@_date_pattern(rf"{_B}(?:{_PREP})?(?P<hol>{'|'.join(f'(?:{k})' for k in _HOLIDAYS)}){_E}")
def _holiday(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    name = m["hol"]
    when = next(f for rx, f in _HOLIDAY_RX if rx.match(name))
    for year in (today.year, today.year + 1):
        day = when(year)
        if day >= today:
            return day, "holiday"
    return None


_NTH = {
    "first": 1, "1st": 1, "premier": 1, "1er": 1, "second": 2, "2nd": 2, "deuxieme": 2, "2e": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4,
    "last": -1, "dernier": -1,
}  # fmt: skip


# "The third Tuesday of June", "le dernier jeudi de mars": a board's or committee's usual day.
@_date_pattern(
    rf"{_B}(?:{_PREP})?(?:the\s+|le\s+)?(?P<nth>{_alt(_NTH)})\s+{_WD}\s+(?:of|in|de|d'|du\s+mois\s+d(?:e\s+|'))\s*"
    rf"{_MONTH_FULL}"
)
def _nth_weekday_date(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    month, n, weekday = _month_number(m["month"]), _NTH[m["nth"]], _WEEKDAYS[m["wd"]]
    for year in (today.year, today.year + 1):
        day = _nth_weekday(year, month, weekday, n)
        if day >= today:
            return day, ""
    return None


# A deadline set by the summer break: "before the summer shutdown", "avant l'été", "d'ici les vacances
# d'été" mean 30 June (the summer break starts in July); "avant la rentrée" means 31 August. Only with
# a word that makes it a deadline: "after the summer" or "that eats everyone until the summer" is none.
@_date_pattern(
    rf"{_B}(?P<prep>by|before|ahead\s+of|avant|d'?\s?ici)\s+(?:the\s+|our\s+|l'|les\s+|la\s+|le\s+)?"
    r"(?:(?P<summer>summer(?:\s+(?:break|shutdown|holidays?|vacation|close))?|ete|vacances\s+(?:d'ete|estivales)|"
    r"(?:pause|fermeture|coupure)\s+estivale|grandes\s+vacances)|(?P<rentree>rentree(?:\s+de\s+septembre)?))"
    rf"{_E}(?!\s+(?:\d{{4}}\s+)?(?:is|was|we|on|nous)\s)"
)
def _summer(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    for year in (today.year, today.year + 1):
        day = dt.date(year, 6, 30) if m["summer"] else dt.date(year, 8, 31)
        if day >= today:
            return day, "holiday"
    return None


_ASAP = (
    r"asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible|as\s+early\s+as\s+possible|des\s+que\s+possible|"
    r"au\s+plus\s+vite|le\s+plus\s+(?:vite|rapidement|tot)\s+possible|"
    r"dans\s+les\s+(?:plus\s+brefs|meilleurs)\s+delais|immediately|immediatement|right\s+away|"
    r"tout\s+de\s+suite|sans\s+(?:plus\s+)?(?:attendre|delai)"
)


@_date_pattern(rf"{_B}(?:{_ASAP})(?![\w])")
def _asap(m: re.Match[str], today: dt.date, bare: bool) -> DateResult:
    return today, "urgent"


def _date_cands(text: str, folded: str, today: dt.date, bare: bool = False) -> list[_Cand]:
    out = []
    for pattern, handler in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            try:
                result = handler(m, today, bare)
            except (ValueError, OverflowError, KeyError):
                continue
            if result is None:
                continue
            day, detail = result
            facts = (
                ("timeline.decision_date", "priority.level")
                if detail == "urgent"
                else ("timeline.decision_date",)
            )
            out.append(_Cand(_finding(text, "date", m.start(), m.end(), day, facts, detail=detail)))
    return out


def find_dates(text: str, today: dt.date) -> list[Finding]:
    """Dates and deadlines in `text`, resolved against `today` (see the module's conventions)."""
    return _restated(_resolve(_date_cands(text, fold(text), today)))


def _restated(found: list[Finding]) -> list[Finding]:
    """Without a fiscal year's end taken as 31 December when a date follows that says which day it
    is ("the end of the fiscal year, so 30 June", "fin d'exercice, donc le 31 mars")."""
    dates = [f for f in found if f.kind == "date"]
    drop = {
        id(f)
        for i, f in enumerate(dates)
        if "fiscal year taken" in f.detail
        and any(0 <= g.start - f.end <= 40 and "fiscal" not in g.detail for g in dates[i + 1 :])
    }
    return [f for f in found if id(f) not in drop] if drop else found


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The date `text` is, as a whole: "2026-03-31", "31/03/2026", "fin mars", "Q3", "next week",
    "June", "vendredi"... None if `text` is anything else."""
    folded = fold(text)
    lo = len(folded) - len(folded.lstrip())
    hi = len(folded.rstrip(" .!\t\n"))
    if hi <= lo:
        return None
    for cand in _resolve(_date_cands(text, folded, today, bare=True)):
        if cand.start == lo and cand.end == hi:
            return cand.value
    return None


# --- roles -----------------------------------------------------------------------------------

ROLES: dict[str, Role] = {
    r.id: r
    for r in (
        Role("ceo", True, "final_decider", "CEO", "PDG / DG"),
        Role("founder", True, "final_decider", "Founder", "Fondateur"),
        Role("board", True, "final_decider", "Board / executive committee", "Comex / conseil"),
        Role("cfo", True, "co_decider", "CFO", "DAF"),
        Role("coo", True, "co_decider", "COO", "Directeur des opérations"),
        Role("cio", True, "co_decider", "CIO", "DSI"),
        Role("cto", True, "co_decider", "CTO", "Directeur technique"),
        Role("cmo", True, "co_decider", "CMO / marketing director", "Directeur marketing"),
        Role("cro", True, "co_decider", "Chief revenue officer", "Directeur du revenu"),
        Role("vp_sales", True, "co_decider", "VP Sales", "Directeur commercial"),
        Role("chro", True, "co_decider", "HR director", "DRH"),
        Role("cpo", True, "co_decider", "Chief product officer", "Directeur produit"),
        Role("ciso", True, "co_decider", "CISO", "RSSI"),
        Role("vp_customer_success", True, "co_decider", "VP Customer Success", "Directeur service client"),
        Role("vp", True, "co_decider", "Vice president", "Vice-président"),
        Role("general_counsel", False, "gatekeeper", "General counsel", "Directeur juridique"),
        Role("procurement", False, "gatekeeper", "Procurement", "Achats"),
        Role("legal", False, "gatekeeper", "Legal", "Juridique"),
        Role("it", False, "influencer", "IT", "Informatique"),
        Role("finance", False, "influencer", "Finance team", "Service financier"),
        Role("hr", False, "influencer", "HR", "RH"),
        Role("security", False, "influencer", "Security team", "Équipe sécurité"),
        Role("steering_committee", False, "co_decider", "Steering committee", "Comité de pilotage"),
        Role("director", False, "influencer", "Director", "Directeur"),
        Role("head", False, "influencer", "Head of a team", "Responsable d'équipe"),
        Role("sales_manager", False, "influencer", "Sales manager", "Responsable commercial"),
        Role("marketing_manager", False, "influencer", "Marketing manager", "Responsable marketing"),
        Role("finance_manager", False, "influencer", "Finance manager", "Responsable financier"),
        Role("it_manager", False, "influencer", "IT manager", "Responsable informatique"),
        Role("operations_manager", False, "influencer", "Operations manager", "Responsable des opérations"),
        Role("hr_manager", False, "influencer", "HR manager", "Responsable RH"),
        Role("engineering_manager", False, "influencer", "Engineering manager", "Responsable technique"),
        Role("product_manager", False, "influencer", "Product manager", "Responsable produit"),
        Role(
            "customer_success_manager",
            False,
            "influencer",
            "Customer success manager",
            "Responsable service client",
        ),
        Role("security_manager", False, "influencer", "Security manager", "Responsable sécurité"),
    )
}


def is_economic_buyer(role_id: str) -> bool:
    role = ROLES.get(role_id)
    return bool(role and role.economic_buyer)


_DEPTS = {
    "sales": r"sales|ventes|commercial(?:e|es)?|business\s+development|biz\s?dev|revenue",
    "marketing": (
        r"marketing(?:\s+(?:et|and|&)\s+(?:communication|comms?|growth))?|growth|communication|comms"
    ),
    "finance": (
        r"finances?|financial|financier|financiere|administrati(?:f|ve)\s+et\s+financi(?:er|ere)|"
        r"administration\s+et\s+finances?|comptabilite|accounting"
    ),
    "it": r"it|informatique|si|systemes?\s+d'information|information\s+technology|information\s+systems",
    "operations": r"operations|ops|operationnel(?:le)?|exploitation",
    "hr": r"hr|rh|ressources\s+humaines|human\s+resources",
    "procurement": r"procurement|purchasing|achats?|sourcing",
    "legal": r"legal|juridique|affaires\s+juridiques",
    "engineering": r"engineering|technique|technical|technology|tech|r\s?&\s?d|ingenierie",
    "product": r"product|produits?",
    "customer_success": (
        r"customer\s+success|service\s+client|relation\s+client|experience\s+client|customer\s+experience|"
        r"customer\s+service|support"
    ),
    "security": r"security|securite|cyber\s?securite|cybersecurity|infosec",
}
_CHIEF_ID = {
    "sales": "vp_sales",
    "marketing": "cmo",
    "finance": "cfo",
    "it": "cio",
    "operations": "coo",
    "hr": "chro",
    "engineering": "cto",
    "product": "cpo",
    "customer_success": "vp_customer_success",
    "security": "ciso",
    "legal": "general_counsel",
    "procurement": "procurement",
}
_MANAGER_ID = {d: f"{d}_manager" for d in _DEPTS} | {"procurement": "procurement", "legal": "legal"}
_ART = (
    r"(?:du\s+|de\s+la\s+|de\s+l'|des\s+|de\s+|d'|of\s+(?:the\s+)?|for\s+(?:the\s+)?|"
    r"en\s+charge\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+|de\s+|d')?|in\s+charge\s+of\s+(?:the\s+)?)?"
)
_UNIT_WORD = r"(?:service\s+|departement\s+|department\s+|pole\s+|equipe\s+|team\s+)?"
_CHIEF_PRE = (
    r"(?:global\s+|group\s+|senior\s+|executive\s+|deputy\s+)?"
    r"(?:vp|svp|evp|vice[-\s]presidente?|head|director|directeur|directrice|direction|dir\.?)"
)
_MANAGER_PRE = r"(?:responsable|manager|chef(?:\s+d[eu]\s+service)?)"
_EXPLICIT = {
    "ceo": [
        r"ceo",
        r"chief\s+executive(?:\s+officer)?",
        r"pdg",
        r"p\.\s?d\.\s?g\.?|p\.?-d\.?g\.?",
        r"presidente?[-\s]directe(?:ur|rice)[-\s]generale?",
        r"dg|d\.g\.",
        r"directe(?:ur|rice)\s+generale?",
        r"direction\s+generale",
        r"managing\s+director",
        r"general\s+manager",
        r"(?<!vice-)(?<!vice\s)presidente?",
        r"dirigeante?s?",
        r"gerante?",
        r"patron(?:ne)?",
        r"chef\s+d'entreprise",
        r"business\s+owner",
        r"big\s+boss",
        # Other sectors and varieties: agencies, firms, schools, non-profits, family businesses.
        r"md|gm",
        r"(?:the|our|my)\s+owners?(?:[-\s]operators?)?",
        r"managing\s+partners?|senior\s+partners?|associee?s?[-\s]gerante?s?",
        r"executive\s+director|directe(?:ur|rice)\s+executi(?:f|ve)",
        r"head\s+of\s+school|headmaster|headmistress|head\s+teacher|dean|superintendent|vice[-\s]chancellor|chancellor",
        r"proprio|proprietaire|le\s+boss|la\s+boss|grand\s+patron|big\s+cheese|top\s+brass",
        r"directe(?:ur|rice)\s+d'(?:etablissement|usine|ecole|agence|ehpad)",
        # Heads of public bodies and schools: "the provost", "le maire", "la proviseure".
        r"provost|rector|recteur|rectrice|proviseure?|school\s+principal|mayor|(?:le\s+|la\s+|madame\s+le\s+|monsieur\s+le\s+)maire",
    ],
    "founder": [r"co-?\s?founders?|founders?", r"co-?\s?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?"],
    "cfo": [
        r"cfo",
        r"chief\s+financial\s+officer",
        r"daf",
        r"responsable\s+administrati(?:f|ve)\s+et\s+financi(?:er|ere)",
        r"fd|finance\s+director|financial\s+director|treasurer|tresorier(?:e)?|bursar|head\s+of\s+finance",
        r"comptroller|controller\s+general|intendante?",
    ],
    "coo": [r"coo", r"chief\s+operat(?:ing|ions?)\s+officer"],
    "cio": [r"cio", r"chief\s+information\s+officer", r"dsi|d\.s\.i\.?"],
    "cto": [r"cto", r"chief\s+techn(?:ology|ical)\s+officer"],
    "cmo": [r"cmo", r"chief\s+marketing\s+officer"],
    "cro": [r"cro", r"chief\s+revenue\s+officer"],
    "vp_sales": [r"chief\s+(?:sales|commercial)\s+officer"],
    "chro": [
        r"chro",
        r"drh",
        r"chief\s+(?:human\s+resources|people|hr)\s+officer",
        r"(?:vp|head)\s+(?:of\s+)?people",
    ],
    "cpo": [r"chief\s+product\s+officer"],
    "ciso": [r"ciso", r"rssi", r"chief\s+(?:information\s+)?security\s+officer"],
    "general_counsel": [r"general\s+counsel", r"chief\s+legal\s+officer"],
    "board": [
        r"board\s+of\s+directors",
        r"the\s+board",
        r"conseil\s+d'administration",
        r"conseil\s+de\s+surveillance",
        r"comex",
        r"codir",
        r"comite\s+(?:de\s+direction|executif)",
        r"executive\s+committee",
        r"board\s+of\s+(?:trustees|governors|management)|(?:the\s+)?trustees|(?:the\s+)?governors|"
        r"chair(?:man|woman|person)?\s+of\s+the\s+board|(?:the\s+)?(?:town|city|county|shire|district)\s+council|"
        r"conseil\s+(?:municipal|communautaire|d'etablissement|des\s+associes|de\s+gestion)|"
        r"(?:the\s+)?partners'?\s+meeting|(?:the\s+)?partnership|les\s+associes|assemblee\s+generale|"
        r"investment\s+committee|capex\s+committee|comite\s+(?:d'investissement|des\s+investissements|capex)",
    ],
    "steering_committee": [r"steering\s+committee", r"comite\s+de\s+pilotage", r"copil"],
}
_TEAMS = {
    "it": [
        r"(?:the\s+)?it(?:\s+(?:team|department|dept|folks|people|guys))?",
        r"(?:le\s+|au\s+)?service\s+(?:informatique|it)",
        r"(?:l')?equipe\s+(?:informatique|it)",
        r"informaticiens?",
    ],
    "procurement": [
        r"procurement(?:\s+(?:team|department|dept))?",
        r"purchasing\s+(?:team|department|dept)",
        r"(?:les|aux|des)\s+achats",
        r"(?:le\s+|au\s+)?service\s+(?:des\s+)?achats",
        r"acheteu(?:r|se)s?",
    ],
    "legal": [
        r"legal\s+(?:team|department|dept)",
        r"(?:le|au|du)\s+(?:service\s+)?juridique",
        r"juristes?",
        r"lawyers?",
        r"avocats?",
    ],
    "finance": [
        r"finance\s+(?:team|department|dept)",
        r"(?:le\s+|au\s+)?service\s+(?:financier|finance|comptab\w*)",
        r"(?:la\s+)?compta(?:bilite)?",
        r"accounting(?:\s+(?:team|department|dept))?",
        r"comptables?",
        r"controleur\s+de\s+gestion",
        r"(?:financial\s+)?controller",
        r"finance(?=\s+(?:has|have|needs?|must|will|would|signs?|approves?|wants?|decides?|gets?|owns?|holds?)(?![\w]))",
    ],
    "hr": [r"hr(?:\s+(?:team|department|dept))?", r"(?:les\s+|le\s+service\s+|service\s+)?rh"],
    "security": [r"security\s+team", r"(?:l')?equipe\s+(?:de\s+)?securite"],
}
_GENERIC = {
    "director": [r"director", r"directe(?:ur|rice)"],
    "vp": [r"vp|svp|evp", r"vice[-\s]presidente?", r"(?:mon|ma|son|sa|notre|le|la)\s+n\s?\+\s?[23]"],
    "head": [r"head\s+of\s+(?!the\b|a\b|an\b|our\b|their\b|my\b|it\b)[a-z][a-z&-]+"],
}
_CAPS_WORDS = re.compile(r"(?<![\w'])(?:it|si|hr|md|gm|fd)(?![\w])", _F)


def _role_patterns() -> list[tuple[re.Pattern[str], str, int]]:
    out: list[tuple[re.Pattern[str], str, int]] = []

    def add(pattern: str, role: str, prio: int) -> None:
        # No leading look-behind: it would stop re from skipping to the first letters a role can
        # start with; `_word_starts` checks the same condition on each match (a third faster).
        out.append((re.compile(rf"(?:{pattern})(?![\w&]|-\w)", _F), role, prio))

    for role, patterns in _EXPLICIT.items():
        for p in patterns:
            add(p, role, 0)
    for dept, terms in _DEPTS.items():
        d = f"(?:{terms})"
        add(rf"{_CHIEF_PRE}\s+{_ART}{_UNIT_WORD}{d}", _CHIEF_ID[dept], 1)
        add(rf"{d}\s+(?:director|head|vp)", _CHIEF_ID[dept], 1)
        add(rf"{_MANAGER_PRE}\s+{_ART}{_UNIT_WORD}{d}", _MANAGER_ID[dept], 2)
        add(rf"{d}\s+(?:manager|officer|team\s+lead|supervisor)", _MANAGER_ID[dept], 2)
    for role, patterns in _TEAMS.items():
        for p in patterns:
            add(p, role, 3)
    for role, patterns in _GENERIC.items():
        for p in patterns:
            add(p, role, 4)
    return out


_ROLE_PATTERNS = _role_patterns()


def _caps_ok(text: str, folded: str, start: int, end: int) -> bool:
    """Whether "IT", "SI", "HR" in the span are capitals: "it" and "si" are common words."""
    return all(text[m.start() : m.end()].isupper() for m in _CAPS_WORDS.finditer(folded, start, end))


def _word_starts(pattern: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
    r"""The matches `(?<![\w&-])pattern` would give with finditer, found faster: a match that starts
    inside a word is skipped and the search resumes one character later, not after it."""
    pos = 0
    while (m := pattern.search(folded, pos)) is not None:
        start = m.start()
        before = folded[start - 1] if start else " "
        if before.isascii() and (before.isalnum() or before in "_&-"):
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


def _role_cands(text: str, folded: str) -> list[_Cand]:
    return list(_role_cands_of(text))


@functools.lru_cache(maxsize=2048)
def _role_cands_of(text: str) -> tuple[_Cand, ...]:
    """The role candidates of `text`, remembered: a transcript's sentence is read for several facts
    (the candidates are frozen, so sharing them is safe)."""
    folded = fold(text)
    out = []
    for pattern, role_id, prio in _ROLE_PATTERNS:
        for m in _word_starts(pattern, folded):
            start, end = m.start(), m.end()
            if not _caps_ok(text, folded, start, end):
                continue
            role = ROLES[role_id]
            detail = "economic buyer" if role.economic_buyer else role.authority
            facts = (
                ("authority.role", "authority.economic_buyer_identified")
                if role.economic_buyer
                else ("authority.role",)
            )
            out.append(_Cand(_finding(text, "role", start, end, role_id, facts, detail=detail), prio))
    return tuple(out)


def find_roles(text: str) -> list[Finding]:
    """Job titles and departments in `text`, as a role id of ROLES ("cfo" for "DAF", "directrice
    financière", "CFO"); detail "economic buyer" when that role usually releases the money."""
    return _resolve(_role_cands(text, fold(text)))


# --- urgency ---------------------------------------------------------------------------------

_URGENCY = {
    "top": (
        r"top[-\s]priorit(?:y|e)|highest\s+priority|(?:number|no\.?|n°|#)\s?(?:one|1)\s+priority|"
        r"priority\s+(?:number\s+one|(?:no\.?|n°|#)\s?1|one)|first\s+priority|absolute\s+priority|"
        r"mission[-\s]critical|business[-\s]critical|critical|"
        r"priorite\s+(?:absolue|numero\s+(?:un|1)|n°\s?1|no\.?\s?1|#\s?1|une|1|maximale|max|ultime|des\s+priorites)|"
        r"premiere\s+priorite|extremely\s+urgent|very\s+urgent|super\s+urgent|tres\s+urgente?s?|"
        r"hyper\s+urgente?s?|urgentissimes?|critiques?|vitale?s?|p0"
    ),
    "high": (
        r"urgent(?:e|es|s|ly)?|urgence|high[-\s]priority|haute\s+priorite|priorite\s+(?:haute|elevee)|"
        r"forte\s+priorite|prioritaires?|an?\s+(?:important\s+)?priority|une\s+priorite|pressing|"
        r"time[-\s]sensitive|(?:est|sont|sommes|suis|etes|tres|assez)\s+presse(?:e|s|es)?|ca\s+presse|"
        r"in\s+a\s+(?:rush|hurry)"
    ),
    "medium": (
        r"medium\s+priority|moderate\s+priority|normal\s+priority|priorite\s+(?:moyenne|normale)|"
        r"moyennement\s+(?:prioritaire|urgent)|important\s+but\s+not\s+urgent|important\s+mais\s+pas\s+urgent"
    ),
    "low": (
        r"(?:is\s+not|isn't|not|non|never|wasn't|nothing)[-\s](?:that\s+|so\s+|very\s+|really\s+|too\s+)?urgent|"
        r"pas\s+(?:si\s+|tres\s+|vraiment\s+|super\s+|trop\s+|hyper\s+)?urgente?s?|rien\s+d'urgent|"
        r"no\s+(?:rush|hurry|urgency)|not\s+in\s+a\s+(?:rush|hurry)|in\s+no\s+(?:rush|hurry)|aucune\s+urgence|"
        r"pas\s+d'urgence|sans\s+urgence|pas\s+de\s+rush|"
        r"(?:on\s+n'est\s+|n'est\s+|ne\s+sont\s+|ne\s+sommes\s+)?pas\s+(?:si\s+|tres\s+|vraiment\s+|trop\s+)?presse(?:e|s|es)?|"
        r"rien\s+ne\s+presse|ca\s+ne\s+presse\s+pas|nice[-\s]to[-\s]have|low(?:er)?[-\s]priority|"
        r"basse\s+priorite|faible\s+priorite|priorite\s+(?:basse|faible)|peu\s+prioritaire|"
        r"pas\s+(?:une\s+|la\s+)?priorite(?:\s+absolue)?|pas\s+prioritaire|"
        r"not\s+(?:a\s+|the\s+)?(?:top\s+|high\s+)?priority|back[-\s]burner|someday|"
        r"no\s+deadline|pas\s+de\s+deadline|wait\s+and\s+see|not\s+now|pas\s+maintenant|"
        r"pas\s+pour\s+(?:tout\s+de\s+suite|maintenant)|quand\s+on\s+aura\s+le\s+temps|when\s+we\s+have\s+time"
    ),
    "asap": _ASAP,
}
_URGENCY_PATTERNS = [
    (level, re.compile(rf"(?<![\w-])(?:{p})(?![\w]|-\w)", _F)) for level, p in _URGENCY.items()
]


def _urgency_cands(text: str, folded: str) -> list[_Cand]:
    out = []
    for level, pattern in _URGENCY_PATTERNS:
        value = "high" if level == "asap" else level
        detail = "urgent" if value in ("top", "high") else "not urgent"
        for m in pattern.finditer(folded):
            out.append(
                _Cand(
                    _finding(text, "urgency", m.start(), m.end(), value, ("priority.level",), detail=detail)
                )
            )
    return out


def find_urgency(text: str) -> list[Finding]:
    """Urgency and priority words: value "top", "high", "medium" or "low" (the priority.level
    options), detail "urgent" or "not urgent". "ASAP" counts here as "high"; find_all gives it as a
    date (today, urgent) instead."""
    return _resolve(_urgency_cands(text, fold(text)))


# --- pains -----------------------------------------------------------------------------------

_PAIN_CUES = [
    # English
    r"los(?:e|es|ing|t|s|ses)",
    r"wast(?:e|es|ed|ing|eful)",
    r"slow(?:s|er|ly|ness|ed|ing)?",
    r"manual(?:ly)?",
    r"by\s+hand",
    r"errors?",
    r"mistakes?",
    r"error[-\s]prone",
    r"churn(?:s|ed|ing)?",
    r"attrition",
    r"delays?",
    r"delayed",
    r"late",
    r"bottlenecks?",
    r"frustrat\w*",
    r"pain(?:ful|\s+points?)?",
    r"struggl\w*",
    r"tedious",
    r"cumbersome",
    r"inefficien\w*",
    r"re-?key(?:s|ing|ed)?",
    r"re-?enter(?:s|ing|ed)?",
    r"re-?typ(?:e|es|ing|ed)",
    r"double[-\s]entry",
    r"duplicat(?:e|es|ed|ion|ions)",
    r"missed|missing",
    r"complain(?:s|ts?|ing|ed)?",
    r"broken",
    r"outages?",
    r"downtime",
    r"fail(?:s|ed|ing|ures?)",
    r"leak(?:s|ing|age|ed)?",
    r"penalt(?:y|ies)",
    r"fines",
    r"backlog",
    r"problems?",
    r"issues?",
    r"headaches?",
    r"time[-\s]consuming",
    r"too\s+(?:long|slow|expensive|much\s+time)",
    r"takes?\s+(?:ages|forever|too\s+long)",
    r"costs?\s+us|costing\s+us",
    r"can't\s+keep\s+up|cannot\s+keep\s+up",
    r"overwhelm\w*",
    r"bugs?|buggy",
    r"crash(?:es|ed|ing)?",
    # French
    r"perd(?:s|ons|ez|ent|u|ue|us|ues|re|rait|raient)?",
    r"pertes?",
    r"perte\s+de\s+temps",
    r"gaspill\w*",
    r"lent(?:e|es|s)?",
    r"lenteurs?",
    r"manuel(?:le|les|s)?",
    r"manuellement",
    r"a\s+la\s+main",
    r"erreurs?",
    r"ressais\w*",
    r"resais\w*",
    r"double\s+saisie",
    r"saisies?\s+multiples?",
    r"doublons?",
    r"desabonn\w*",
    r"resiliations?",
    r"retards?",
    r"en\s+retard",
    r"goulots?\s+d'etranglement",
    r"frustr\w*",
    r"galer\w*",
    r"penibles?",
    r"fastidieu(?:x|se|ses)",
    r"complique(?:e|s|es)?",
    r"difficiles?",
    r"difficultes?",
    r"problemes?",
    r"soucis?",
    r"plaintes?",
    r"se\s+plaign\w*",
    r"pannes?",
    r"plante(?:nt)?",
    r"echecs?",
    r"oubli(?:s|e|es|ent|er)?",
    r"manque(?:nt)?",
    r"trop\s+(?:long|lent|cher|de\s+temps)",
    r"prend(?:s)?\s+(?:un\s+temps\s+fou|des\s+heures|trop\s+de\s+temps)",
    r"chronophages?",
    r"(?:nous|ca\s+nous)\s+coute(?:nt)?|coute(?:nt)?\s+cher",
    r"inefficac\w*",
    r"penalites?",
    r"amendes?",
    r"casse-tete",
]
_PAIN = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_PAIN_CUES, key=len, reverse=True)) + r")(?![\w]|-\w)", _F
)
_NEGATIONS = set(
    [
        "not",
        "no",
        "never",
        "without",
        "zero",
        "fewer",
        "less",
        "avoid",
        "pas",
        "aucun",
        "aucune",
        "jamais",
        "sans",
        "ni",
        "non",
        "ne",
        "moins",
        "eviter",
        "plus",
    ]
)
_PRONOUN = re.compile(
    r"(?<![\w'])(?:j'\s*|(?:we|we're|on|nous|they|they're|ils|elles|i|i'm|je|you|vous|we've|they've)\s+)"
    r"(?:(?:are|still|often|always|keep|have|'ve|has|had|ai|a|avons|ont|avez|toujours|souvent|encore|"
    r"constantly|regularly|regulierement|really|vraiment)\s+){0,2}$",
    _F,
)
_QTY_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pour cent": "%",
    "pourcent": "%",
    "pourcents": "%",
    "points": "%",
    "point": "%",
    "pts": "%",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "hour": "hour",
    "hours": "hour",
    "heure": "hour",
    "heures": "hour",
    "min": "minute",
    "mins": "minute",
    "mn": "minute",
    "minute": "minute",
    "minutes": "minute",
    "day": "day",
    "days": "day",
    "jour": "day",
    "jours": "day",
    "j": "day",
    "week": "week",
    "weeks": "week",
    "semaine": "week",
    "semaines": "week",
    "month": "month",
    "months": "month",
    "mois": "month",
    "year": "year",
    "years": "year",
    "an": "year",
    "ans": "year",
    "annee": "year",
    "annees": "year",
}
_QTY_UNIT = "(?P<unit>" + _alt(u.replace(" ", r"\s?") for u in _QTY_UNITS) + ")"
_QTY_OF = (
    r"(?:\s+(?:of\s+|des\s+|de\s+|du\s+|d')(?:(?:our|the|their|my|nos|notre|leurs?|les|la|le|mes|ses)\s+|l')?"
    r"(?P<of>[a-z][a-z'-]+))?"
)
_QTY = re.compile(
    rf"(?P<num>{_NUM}|{_NUMWORD})\s?{_QTY_UNIT}(?![a-z]){_QTY_OF}",
    _F,
)
_COUNT = re.compile(rf"(?P<num>{_NUM})\s(?P<noun>[a-z][a-z'-]{{2,}})", _F)
_STOP = set(
    [
        "the",
        "and",
        "for",
        "with",
        "per",
        "our",
        "their",
        "that",
        "this",
        "which",
        "are",
        "were",
        "was",
        "has",
        "have",
        "from",
        "into",
        "than",
        "then",
        "but",
        "not",
        "more",
        "less",
        "times",
        "out",
        "between",
        "about",
        "par",
        "des",
        "les",
        "pour",
        "sur",
        "dans",
        "avec",
        "aux",
        "nos",
        "qui",
        "que",
        "est",
        "une",
        "sont",
        "ont",
        "mais",
        "pas",
        "plus",
        "moins",
        "fois",
        "entre",
        "environ",
    ]
)
_QTY_START = re.compile(rf"(?<![\w.,])(?:[$€£]|\d|(?:{_NUMWORD})(?![\w]))", _F)
_NUMWORD_STRICT = (
    "(?:" + _alt(w.replace(" ", r"\s+") for w in _NUMWORDS if w not in ("a", "an", "un", "une")) + ")"
)
_QTY_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|{_NUMWORD_STRICT})\s?{_QTY_UNIT}(?![a-z])\s*(?:(?:of|de|des|du|en|in)\s+|d')?$",
    _F,
)
_PER_AFTER = re.compile(
    rf"(?:\s?/\s?|\s(?:per|par|a|an|each|every|chaque|tous\s+les|toutes\s+les)\s)"
    rf"(?P<per>{_alt(_PERIOD_WORDS)})s?(?![a-z])|\s(?P<adv>{_alt(_PERIOD_ADVERBS)})(?![a-z])",
    _F,
)


def _negated(folded: str, start: int) -> bool:
    lo = max(0, start - 40)
    window = folded[lo:start]
    cut = max(window.rfind(c) for c in ".;!?\n,")
    words = _WORD.findall(window[cut + 1 :])[-3:]
    return any(w in _NEGATIONS or w.endswith("n't") or w.startswith("n'") for w in words)


def _blocked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _per(folded: str, pos: int) -> tuple[str, int]:
    m = _PER_AFTER.match(folded, pos)
    if not m:
        return "", pos
    return _PERIOD_WORDS.get(m["per"] or "", "") or _PERIOD_ADVERBS.get(m["adv"] or "", ""), m.end()


def _quantity_at(folded: str, pos: int, atoms: dict[int, _Atom]) -> tuple[Quantity, int] | None:
    atom = atoms.get(pos)
    if atom is not None and (atom.currency or atom.mult > 1):
        money = _money_from(atom, atom.currency)
        per, end = _per(folded, atom.end)
        return Quantity(money.amount, "money", per, money=money), end
    if m := _QTY.match(folded, pos):
        number = _number_value(m["num"])
        if number is not None:
            unit = _QTY_UNITS[re.sub(r"\s+", " ", m["unit"])] if m["unit"] in _QTY_UNITS else "%"
            per, end = _per(folded, m.end("unit"))
            of = ""
            if end == m.end("unit") and m["of"]:
                of, end = m["of"], m.end()
            return Quantity(_tidy(number), unit, per, of), end
    if (m := _COUNT.match(folded, pos)) and m["noun"] not in _STOP and m["noun"] not in _MONTHS:
        number = _decimal(m["num"])
        digits = m["num"].replace(" ", "")
        if number is not None and not _YEARLIKE.fullmatch(digits):
            per, end = _per(folded, m.end())
            return Quantity(_tidy(number), m["noun"], per), end
    return None


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    def boundary(i: int) -> bool:
        c = text[i]
        if c in ";!?\n•|":
            return True
        if c in ".,":
            return not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
        return False

    lo = start
    while lo > 0 and not boundary(lo - 1):
        lo -= 1
    hi = end
    while hi < len(text) and not boundary(hi):
        hi += 1
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def clause_at(text: str, start: int, end: int) -> str:
    """The clause of `text` around a span: up to the nearest , . ; ! ? or line break either side."""
    lo, hi = _clause_bounds(text, start, end)
    return text[lo:hi]


def _pain_cands(text: str, folded: str, blocked: list[tuple[int, int]]) -> list[_Cand]:
    cues = [m for m in _PAIN.finditer(folded) if not _blocked(blocked, m.start(), m.end())]
    groups: list[list[re.Match[str]]] = []
    for m in cues:  # "manual errors", "erreurs manuelles": one pain
        if groups and not folded[groups[-1][-1].end() : m.start()].strip(" -"):
            groups[-1].append(m)
        else:
            groups.append([m])
    atoms = {a.start: a for a in _atoms(folded)}
    out = []
    for group in groups:
        start, end = group[0].start(), group[-1].end()
        if _negated(folded, start):
            continue
        quantity, q_start, q_end = None, end, end
        limit = min(len(folded), end + 80)
        if stop := _SENTENCE_END.search(folded, end, limit):
            limit = stop.start()
        for s in _QTY_START.finditer(folded, end, limit):
            if _words_between(folded, end, s.start()) > 4:
                break
            found = _quantity_at(folded, s.start(), atoms)
            if found and found[1] <= limit and not _blocked(blocked, s.start(), found[1]):
                quantity, (q_start, q_end) = found[0], (s.start(), found[1])
                break
        b = None if quantity else _QTY_BEFORE.search(folded, max(0, start - 30), start)
        if (
            b
            and not _blocked(blocked, b.start(), b.end())
            and not _SENTENCE_END.search(folded, b.start(), start)
        ):
            number = _number_value(b["num"])
            if number is not None:
                unit = _QTY_UNITS.get(re.sub(r"\s+", " ", b["unit"]), "%")
                per, per_end = _per(folded, end)
                quantity, q_start, q_end = Quantity(_tidy(number), unit, per), b.start(), per_end
        span_start, span_end = min(start, q_start), max(end, q_end)
        if p := _PRONOUN.search(folded, max(0, span_start - 30), span_start):
            span_start = p.start()
        lo, hi = _clause_bounds(text, span_start, span_end)
        detail = text[q_start:q_end] if quantity else ""
        out.append(
            _Cand(
                _finding(
                    text,
                    "pain",
                    span_start,
                    span_end,
                    text[lo:hi],
                    ("need.pain",),
                    detail=detail,
                    quantity=quantity,
                )
            )
        )
    return out


def find_pains(text: str) -> list[Finding]:
    """Pain and impact statements: a pain word ("lose", "manual", "erreurs", "ressaisie"...) not
    negated, with the number attached when there is one ("we lose 3 hours a day", "on perd 10 % des
    leads") in `quantity` and `detail`. The value is the clause it sits in, for need.pain."""
    folded = fold(text)
    blocked = [(f.start, f.end) for f in _resolve(_date_cands(text, folded, dt.date(2000, 1, 1)))]
    return _resolve(_pain_cands(text, folded, blocked))


# --- everything ------------------------------------------------------------------------------


def find_all(text: str, today: dt.date) -> list[Finding]:
    """Every amount, date, role, pain and urgency in `text`, non-overlapping, in text order.

    Where two overlap the longer wins (then date, amount, role, urgency, pain): "late March" is a
    date, not a pain; "we lose 50k€ a year" is a pain (with the money as its quantity), not a budget;
    "ASAP" is a date (today, detail "urgent", facts timeline.decision_date then priority.level)."""
    folded = fold(text)
    dates = _date_cands(text, folded, today)
    blocked = [(f.start, f.end) for f in _resolve(dates)]
    cands = [
        *dates,
        *_amount_cands(text, folded),
        *_role_cands(text, folded),
        *_urgency_cands(text, folded),
        *_pain_cands(text, folded, blocked),
    ]
    return _restated(_resolve(cands))
