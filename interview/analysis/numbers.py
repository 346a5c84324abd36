"""Numbers said in words, written as digits, in English and French.

Transcripts spell numbers out ("a hundred and fifty thousand dollars", "fifty grand", "zero point
four percent", "quatre-vingt-quinze mille euros", "vingt et un jours"); the recognisers read digits.
`digits(text)` rewrites each run of number words as its value ("150000 dollars", "50000",
"0.4 percent", "95000 euros", "21 jours") and leaves everything else as it was. A lone "one", "a",
"un" or "une" stays a word ("no one", "un outil"); so do ordinals.
"""

from __future__ import annotations

import re
from decimal import Decimal

_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_FR_UNITS = {
    "zero": 0,
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,  # Swiss and Belgian French
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
_HUNDRED = {"hundred": 100, "cent": 100, "cents": 100}
_SCALES = {
    "thousand": 1_000,
    "mille": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "mil": 1_000_000,  # "one point five mil"
    "lakh": 100_000,  # Indian English: "forty lakh rupees"
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "mill": 1_000_000,
}
_POINT = {"point", "virgule"}
_GRAND = {"grand"}
_SLANG_MILLION = {"mil", "mill"}
_JOIN = {"and", "et"}
_AFTER_ET = {"un", "une", "onze"}  # "vingt et un", "soixante et onze": the joins of French tens
_ARTICLE = {"a", "an"}  # "a hundred", "a thousand"
_WORDS = {**_EN_UNITS, **_FR_UNITS}
_LONE_WORDS = {"one", "un", "une", "neuf", "cent", "cents"}  # words that are not numbers on their own

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ]+")
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_MONTH_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# "June fifteenth", "the twenty-second of April", "April the first": a day of a month, as digits.
_DAY_ORDINAL = re.compile(
    rf"(?i)(?P<before>\b(?:{_MONTH_WORDS})\s+(?:the\s+)?)?(?P<ord>(?:(?:twenty|thirty)[-\s])?(?:{'|'.join(_ORDINALS)}))\b"
    rf"(?P<after>\s+(?:of\s+)?(?:{_MONTH_WORDS})\b)?"
)


def _day_ordinals(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        if not (m["before"] or m["after"]):
            return m.group()
        words = re.split(r"[-\s]", m["ord"].lower())
        day = _ORDINALS[words[-1]] + (20 if words[0] == "twenty" else 30 if words[0] == "thirty" else 0)
        if day > 31:
            return m.group()
        suffix = "th" if 10 < day % 100 < 14 else _SUFFIX.get(day % 10, "th")
        return f"{m['before'] or ''}{day}{suffix}{m['after'] or ''}"

    return _PREMIER.sub(lambda m: f"{m['art']}1er {m['month']}", _DAY_ORDINAL.sub(one, text))


# "le premier avril": the first of a month in French, as "1er avril".
_PREMIER = re.compile(
    r"(?i)(?P<art>\b(?:le|au|du|pour\s+le|d'ici\s+le)\s+)premier\s+(?P<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
    r"ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b"
)


def _is_number_word(word: str) -> bool:
    return word in _WORDS or word in _HUNDRED or word in _SCALES


def _value(words: list[str]) -> Decimal | None:
    total = Decimal(0)
    current = Decimal(0)
    decimals: list[int] = []
    in_decimals = False
    previous = ""
    for word in words:
        if word in _JOIN or word in _ARTICLE:
            if word in _ARTICLE:
                current = current or Decimal(1)
            previous = word
            continue
        if word in _POINT:
            in_decimals = True
            continue
        if in_decimals:
            if word in _WORDS and _WORDS[word] < 10:
                decimals.append(_WORDS[word])
                continue
            if word in _SCALES:  # "one point two million"
                number = current + Decimal("0." + "".join(map(str, decimals))) if decimals else current
                total += number * _SCALES[word]
                current, decimals, in_decimals = Decimal(0), [], False
                continue
            return None
        if word in _WORDS:
            value = _WORDS[word]
            if value == 20 and previous == "quatre":  # quatre-vingt(s): 4 x 20
                current += 80 - 4
            else:
                current += value
        elif word in _HUNDRED:
            current = (current or Decimal(1)) * 100
        elif word in _SCALES:
            total += (current or Decimal(1)) * _SCALES[word]
            current = Decimal(0)
        elif word in _GRAND:
            total += (current or Decimal(1)) * 1000
            current = Decimal(0)
        previous = word
    number = total + current
    if decimals:
        number += Decimal("0." + "".join(map(str, decimals)))
    return number


def _show(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


# Fractions of a scale: "half a million", "a quarter of a million", "un demi-million".
_FRACTION = re.compile(
    r"(?<![\w'])(?:(?P<half>(?:a\s+|one\s+)?half\s+(?:a\s+|of\s+a\s+)?|(?:un\s+)?demi[-\s])"
    r"|(?P<quarter>(?:a\s+|one\s+)?quarter\s+(?:of\s+)?(?:a\s+)?|(?:un\s+)?quart\s+de\s+)"
    r"|(?P<three>three[-\s]quarters\s+of\s+a\s+|trois\s+quarts\s+de\s+))"
    r"(?P<scale>million|billion|milliard|mil)(?![\w])",
    re.IGNORECASE,
)


# A whole number and a half of a scale: "two and a half million", "deux millions et demi".
_AND_A_HALF = re.compile(
    r"(?<![\w'])(?P<n>\d+|[a-z]+)\s+(?:and\s+a\s+half\s+(?P<scale>million|billion|mil|thousand|grand)|"
    r"(?P<fscale>millions?|milliards?)\s+et\s+demi)(?![\w])",
    re.IGNORECASE,
)


def _fractions(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        value = "0.5" if m["half"] is not None else "0.25" if m["quarter"] is not None else "0.75"
        return f"{value} {m['scale']}"

    def and_a_half(m: re.Match[str]) -> str:
        word = m["n"].lower()
        whole = Decimal(word) if word.isdigit() else _value([word]) if _is_number_word(word) else None
        if whole is None:
            return m.group()
        return f"{_show(whole + Decimal('0.5'))} {m['scale'] or m['fscale']}"

    return _FRACTION.sub(one, _AND_A_HALF.sub(and_a_half, text))


# Round French counts of thousands: "une cinquantaine de milliers d'euros" is about 50 000 euros,
# "une vingtaine de k€" about 20 k€ (the figure is the order of magnitude the speaker gives).
_ROUND = {
    "dizaine": 10,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
_ROUND_THOUSANDS = re.compile(
    rf"(?<![\w'])(?:une\s+)?(?P<n>{'|'.join(_ROUND)})\s+(?:(?:de\s+)?(?:milliers|mille)(?:\s+(?:d['’]|de\s+))?|de\s+(?=k))",
    re.IGNORECASE,
)


def _round_thousands(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        n = _ROUND[m["n"].lower()]
        said = m.group().lower()
        space = " " if re.search(r"(?:d['’]|de\s+|milliers\s+)$", said) else ""  # what the match ate
        return f"{n}000{space}" if "mille" in said or "millier" in said else f"{n} "

    return _ROUND_THOUSANDS.sub(one, text)


# "Sept" as September: "by end Sept", "mid-Sept", "in Sept", "fin sept." (not "sept personnes").
_BEFORE_MONTH = {
    "end", "mid", "early", "late", "in", "by", "since", "until", "of",
    "fin", "debut", "début", "mi", "en", "depuis", "avant", "apres", "après",
}  # fmt: skip


def _month_sept(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the token "sept" at `i` is the month: after a word of time, or "Sept" capitalised mid-text."""
    start = tokens[i][0]
    if i > 0 and tokens[i - 1][2] in _BEFORE_MONTH:
        return True
    return text[start] == "S" and start > 0 and not re.search(r"[.!?]\s*$", text[:start])


def digits(text: str) -> str:
    """`text` with every run of number words written as digits (see the module's docstring)."""
    if not _TOKEN.search(text):
        return text
    text = _fractions(text)
    text = _round_thousands(text)
    text = _day_ordinals(text)
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    out: list[str] = []
    last = 0
    i = 0
    n = len(tokens)
    while i < n:
        start, _, word = tokens[i]
        starts_run = _is_number_word(word) or (
            word in _ARTICLE and i + 1 < n and (tokens[i + 1][2] in _HUNDRED or tokens[i + 1][2] in _SCALES)
        )
        if not starts_run or (word == "sept" and _month_sept(text, tokens, i)):
            i += 1
            continue
        j = i
        run = [word]
        while j + 1 < n:
            gap = text[tokens[j][1] : tokens[j + 1][0]]
            nxt = tokens[j + 1][2]
            if gap.strip(" -") != "" or "\n" in gap:
                break
            if (
                _is_number_word(nxt)
                or (nxt in _POINT and j + 2 < n and tokens[j + 2][2] in _WORDS)
                or (
                    nxt in _JOIN
                    and j + 2 < n
                    and _is_number_word(tokens[j + 2][2])
                    and text[tokens[j + 1][1] : tokens[j + 2][0]].strip(" -") == ""
                    # "a hundred and twenty", "vingt et un"; not a range: "entre quarante et cinquante"
                    and (run[-1] in _HUNDRED or run[-1] in _SCALES or tokens[j + 2][2] in _AFTER_ET)
                )
                or (run[-1] in _POINT and nxt in _WORDS)
            ):
                run.append(nxt)
                j += 1
            elif nxt in _GRAND and run not in (["un"], ["une"]):  # "un grand cahier": French, an adjective
                run.append(nxt)
                j += 1
                break
            else:
                break
        words = [w for w in run if w not in _JOIN]
        lone = len(words) == 1 and (
            words[0] in _LONE_WORDS
            or words[0] in _ARTICLE
            or (
                words[0] in _SCALES and re.search(r"\d\s?$", text[max(0, start - 2) : start])
            )  # "80 thousand"
        )
        before = text[max(0, start - 5) : start].lower()
        if lone or (words[0] in ("cent", "cents") and re.search(r"(?:pour|per)\s*$", before)):
            i = j + 1
            continue
        value = _value(run)
        if value is None:
            i = j + 1
            continue
        out.append(text[last:start])
        if run[-1] in _GRAND | _SLANG_MILLION and value >= 1000:  # "fifty grand": "50 grand", still slang
            out.append(_show(value / (1000 if run[-1] in _GRAND else 1_000_000)) + " " + run[-1])
            last = tokens[j][1]
            i = j + 1
            continue
        out.append(_show(value))
        last = tokens[j][1]
        i = j + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
