"""Call transcripts read into speaker turns, whatever their format.

Formats, told apart by their content (the file's extension is only a tie-breaker):
- plain text, with or without `Speaker: ` prefixes ("[00:01:23] Léa: ...", "**Léa:** ...", a name
  alone on its line above what was said, "Léa  0:42" as Otter writes it); a header of `Date: ...`,
  `Subject: ...` lines before the first turn is metadata, not speech;
- WebVTT (`WEBVTT` first; `<v Name>` voices, `Name: ` prefixes, NOTE/STYLE/REGION blocks skipped);
- SubRip (.srt: numbered cues `00:00:01,000 --> 00:00:04,000`);
- JSON: the export of a recorded interview (`qualify export ID --format json`: its notes, as typed
  by the rep during the call), or a list of `{speaker, text, start}` segments.

Every turn keeps its position: the line of the file it starts on (each line of a multi-line turn is
known, see `Turn.line_at`) and, when the format has one, the cue's time in seconds. A byte order
mark, CRLF or CR line ends, cues without a number, out of order or with a damaged timing line are
tolerated (noted in `warnings`); a file that is no text, or JSON that says nothing, raises
TranscriptError naming the file and the line.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_BYTES = 32 * 1024 * 1024  # a 10-hour call is ~1 MB of text


class TranscriptError(ValueError):
    """A file that cannot be read as a transcript; the message names the file and the line."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source, self.line, self.reason = source, line, message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Turn:
    """What one speaker said, where it is in the file."""

    speaker: str  # as written ("Léa Martin (Acme)"); "" when the transcript names nobody
    text: str  # lines of one turn joined with "\n"
    line: int  # 1-based line of the file where the text starts
    time: float | None = None  # seconds from the start of the call, when the format says
    index: int = 0  # position among the turns
    line_starts: tuple[int, ...] = ()  # offsets in `text` where each next file line starts
    lines: tuple[int, ...] = ()  # the file line of each of those lines (line_starts[i] -> lines[i])
    times: tuple[float | None, ...] = ()  # the cue time of each of those lines

    def _part(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.line_starts, offset) - 1)

    def line_at(self, offset: int) -> int:
        """The file line of the character at `offset` in `text`."""
        return self.lines[self._part(offset)] if self.lines else self.line

    def time_at(self, offset: int) -> float | None:
        """The cue time of the character at `offset` in `text` (the turn's when the line has none)."""
        if not self.times:
            return self.time
        t = self.times[self._part(offset)]
        return self.time if t is None else t


@dataclass(frozen=True)
class Transcript:
    source: str
    format: str  # "text", "vtt", "srt", "json", "export"
    turns: tuple[Turn, ...]
    call_date: dt.date | None = None  # from a `Date:` header, a NOTE, or the export's start
    lang: str | None = None  # what the file says (the export's language), not a guess
    warnings: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(t.speaker for t in self.turns if t.speaker))  # asked once per turn


# --- reading ---------------------------------------------------------------------------------


def read_transcript(path: Path | str) -> Transcript:
    """Read and parse the file at `path`; raises TranscriptError for what cannot be a transcript."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TranscriptError(source, f"{size:,} bytes: too large for a call transcript")
        data = path.read_bytes()
    except IsADirectoryError:
        raise TranscriptError(source, "is a folder, not a transcript file") from None
    except FileNotFoundError:
        raise TranscriptError(source, "no such file") from None
    except OSError as exc:
        raise TranscriptError(source, f"cannot be read ({exc.strerror or exc})") from None
    return parse_transcript(decode(data, source), source, suffix=path.suffix.lower())


def decode(data: bytes, source: str = "<text>") -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with its BOM; else a located error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TranscriptError(source, "not valid UTF-16 text") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TranscriptError(
            source, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8", line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise TranscriptError(source, "binary data, not a transcript", line)
    return text


_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,:]\d{1,3})?)\s*(?:-{1,3}>|–>|—>|→)\s*"
    r"(?P<end>(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,:]\d{1,3})?)?"
)


def parse_transcript(text: str, source: str = "<text>", *, suffix: str = "") -> Transcript:
    """Parse `text` (already decoded); the format is told by the content, `suffix` breaks ties."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if not first:
        raise TranscriptError(source, "empty: no speech in this file")
    if first.startswith("WEBVTT"):
        result = _cues(lines, source, "vtt")
    elif first[0] in "{[" and (suffix == ".json" or _looks_json(text)):
        result = _json(text, source)
    elif _has_cues(lines):
        result = _cues(lines, source, "srt" if suffix != ".vtt" else "vtt")
    else:
        result = _plain(lines, source)
    if not result.turns:
        raise TranscriptError(source, f"no speech found ({result.format})")
    return result


def _looks_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        stripped = text.strip()
        # "{" or "[" first and last: JSON that is broken, worth a located error
        return (stripped[0], stripped[-1]) in (("{", "}"), ("[", "]"))
    return True


def _has_cues(lines: list[str]) -> bool:
    timings = sum(1 for ln in lines[:400] if "-" in ln and _TIMING.match(ln))
    return timings >= 1 and timings * 4 >= min(len([ln for ln in lines[:400] if ln.strip()]), 400) // 3


# --- speakers --------------------------------------------------------------------------------

_NAME_WORD = r"[^\W\d_][\w.'’&-]*"
_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,4}}(?:\s\d{{1,2}})?"  # "Speaker 1", "Intervenant 2"
_STAMP = r"\(?\[?(?P<{g}>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d{{1,3}})?)\]?\)?"
_PREFIX = re.compile(
    r"^\s*(?:" + _STAMP.format(g="t0") + r"\s*(?:-\s*)?)?(?:>>\s*|-\s+|\*\*|__)?"
    # "Dana Lee, CFO:", "J.-P. Martin - Ops:": a role or team after the name
    rf"(?P<name>{_NAME})(?:(?:\s*[,–—]\s*|\s+-\s+)(?P<tail>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}))?"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,60}})\))?"
    r"(?:\s*" + _STAMP.format(g="t1") + r")?\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<text>.*)$"
)
_BRACKET = re.compile(
    r"^\s*(?:" + _STAMP.format(g="t0") + rf"\s*)?\[(?P<name>{_NAME})\]\s*[:-]?\s*(?P<text>.+)$"
)
# A name alone on its line, maybe with a time: "Léa Martin  0:42", "LÉA:", "Léa (Acme) 00:01:02"
_HEAD = re.compile(
    r"^\s*(?:"
    + _STAMP.format(g="t0")
    + r"\s*)?"
    + rf"(?P<name>{_NAME})(?:\s*\((?P<paren>[^()\n]{{1,60}})\))?\s*"
    r"(?:" + _STAMP.format(g="t1") + r")?\s*(?P<colon>[:：])?\s*$"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}")
# Header keys of a written transcript: metadata, never a speaker.
_HEADER_KEYS = {
    "date",
    "call date",
    "date of call",
    "date de l'appel",
    "date du call",
    "subject",
    "objet",
    "sujet",
    "title",
    "titre",
    "participants",
    "attendees",
    "présents",
    "presents",
    "company",
    "société",
    "societe",
    "entreprise",
    "client",
    "account",
    "compte",
    "duration",
    "durée",
    "duree",
    "meeting",
    "réunion",
    "reunion",
    "call",
    "appel",
    "location",
    "lieu",
    "language",
    "langue",
    "lang",
    "time",
    "heure",
    "recorded",
    "enregistré",
    "enregistre",
    "transcript",
    "transcription",
    "source",
    "opportunity",
    "opportunité",
    "deal",
    "lead",
    "contact",
    "rep",
    "sales rep",
    "commercial",
    "notes",
    "note",
    "context",
    "contexte",
    "agenda",
    "ordre du jour",
    "topic",
    "thème",
    "theme",
    "type",
}
_NOT_NAMES = {
    "note",
    "notes",
    "ps",
    "nb",
    "n.b",
    "edit",
    "update",
    "todo",
    "action",
    "actions",
    "next steps",
    "prochaines étapes",
    "summary",
    "résumé",
    "example",
    "exemple",
    "warning",
    "attention",
    "important",
    "remarque",
    "http",
    "https",
}


def _seconds(stamp: str | None) -> float | None:
    if not stamp:
        return None
    parts = re.split(r"[:]", stamp.replace(",", ".").strip())
    try:
        if len(parts) == 4:  # 00:00:01:500, a damaged SRT time
            parts = [parts[0], parts[1], f"{parts[2]}.{parts[3]}"]
        values = [float(p) for p in parts]
    except ValueError:
        return None
    seconds = 0.0
    for v in values:
        seconds = seconds * 60 + v
    return round(seconds, 3)


@dataclass
class _Open:
    speaker: str
    parts: list[tuple[int, str, float | None]]
    time: float | None


class _Builder:
    """Turns assembled line by line: a new speaker starts a turn, other lines continue it.

    Consecutive cues of one speaker make one turn (cues cut sentences anywhere); so do unnamed
    cues that continue a sentence the previous one left open."""

    def __init__(self) -> None:
        self.turns: list[Turn] = []
        self.open: _Open | None = None

    def start(self, speaker: str, line: int, text: str, time: float | None, *, merge: bool = True) -> None:
        current = self.open
        if merge and current is not None and current.parts:
            same = speaker != "" and _identity(speaker) == _identity(current.speaker)
            open_sentence = speaker == "" == current.speaker and not re.search(
                r"[.!?…:]\W*$", current.parts[-1][1]
            )
            if same or open_sentence:
                self.add(line, text, time)
                return
        self.close()
        self.open = _Open(speaker, [(line, text, time)] if text.strip() else [], time)

    def add(self, line: int, text: str, time: float | None = None) -> None:
        if not text.strip():
            return
        if self.open is None:
            self.open = _Open("", [], time)
        self.open.parts.append((line, text, time))
        if self.open.time is None:
            self.open.time = time

    def close(self) -> None:
        current, self.open = self.open, None
        if current is None or not current.parts:
            return
        offsets, line_numbers, times, chunks, pos = [], [], [], [], 0
        for number, chunk, time in current.parts:
            chunk = " ".join(chunk.split())
            offsets.append(pos)
            line_numbers.append(number)
            times.append(time)
            chunks.append(chunk)
            pos += len(chunk) + 1
        self.turns.append(
            Turn(
                current.speaker,
                "\n".join(chunks),
                current.parts[0][0],
                current.time,
                len(self.turns),
                tuple(offsets),
                tuple(line_numbers),
                tuple(times),
            )
        )


def _speaker_of(name: str, paren: str | None) -> str:
    name = " ".join(name.split()).strip("*_ ")
    return f"{name} ({paren.strip()})" if paren else name


_PARTICLES = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "di",
    "da",
    "dos",
    "del",
    "y",
    "e",
    "of",
}


def _name_like(name: str) -> bool:
    """A speaker's name or label: capitalised words ("Léa Martin", "REP", "Jean de La Tour")."""
    if name.lower() in _NOT_NAMES or name.lower().startswith(("http", "www")):
        return False
    words = name.split()
    if len(words) > 4 or not words[0][:1].isupper():
        return False
    return all(
        w[:1].isupper() or w.isdigit() or w.lower() in _PARTICLES or w[:2].lower() in ("d'", "d’")
        for w in words
    )


def _role_tail(name: str, tail: str) -> bool:
    """A role in lower case after a full name: "Mme Castel, resp. déchets", "Ana Ruiz, head of ops".
    Only after two words or more, so that "Well, to be honest:" stays what was said."""
    return len(name.split()) >= 2 and not re.search(r"\d", tail)


def _person_label(label: str) -> bool:
    """A label that can only be a person: a first and last name, or a name with a role in brackets."""
    name = re.sub(r"\s*\(.*\)\s*$", "", label)
    words = len(name.split())
    return (words >= 2 and "(" in label) or (words in (2, 3) and not _NOTE_LABEL.match(name))


def _head(line: str) -> re.Match[str] | None:
    """A name alone on its line, with a time or a colon: what was said follows on the next lines."""
    m = _HEAD.match(line)
    if m is None or not (m["t0"] or m["t1"] or m["colon"]) or not _name_like(m["name"].strip()):
        return None
    return m


# Words that open what is said, before a comma, and are nobody's name.
_OPENERS = {
    "well",
    "so",
    "yes",
    "yeah",
    "no",
    "ok",
    "okay",
    "honestly",
    "look",
    "listen",
    "right",
    "sure",
    "now",
    "then",
    "and",
    "but",
    "or",
    "also",
    "basically",
    "actually",
    "alors",
    "bon",
    "oui",
    "non",
    "bref",
    "donc",
    "enfin",
    "voila",
    "voilà",
    "ecoutez",
    "écoutez",
    "franchement",
    "ben",
    "euh",
    "et",
    "mais",
    "ou",
    "aussi",
    "bah",
}


def _prefixes(lines: list[str]) -> list[tuple[str, str, float | None] | None]:
    """Each line's speaker prefix. "Sabine, compta :" (one name, a role in lower case) reads as
    what was said when it starts one line, as a label when the same label starts two or more."""
    prefixes = [_split_prefix(ln) for ln in lines]
    loose = [None if p else _split_prefix(ln, loose=True) for ln, p in zip(lines, prefixes, strict=True)]
    repeated = Counter(_identity(p[0]) for p in loose if p)
    return [
        p or (q if q and repeated[_identity(q[0])] >= 2 else None)
        for p, q in zip(prefixes, loose, strict=True)
    ]


def _split_prefix(line: str, loose: bool = False) -> tuple[str, str, float | None] | None:
    """(speaker, text, time) when `line` starts with a speaker prefix; `loose`: any role after the
    name ("Sabine, compta :"), for labels seen more than once."""
    m = _PREFIX.match(line)
    if m and m["text"] is not None:
        name = m["name"].strip()
        tail = m["tail"]
        if loose and name.lower() in _OPENERS:
            return None  # "Well, to be honest:", "Bon, en gros :" even when said twice
        if not _name_like(name) or (tail and not (_name_like(tail) or _role_tail(name, tail) or loose)):
            return None
        return _speaker_of(name, m["paren"] or m["tail"]), m["text"], _seconds(m["t0"] or m["t1"])
    m = _BRACKET.match(line)
    if m:
        return _speaker_of(m["name"], None), m["text"], _seconds(m["t0"])
    return None


# --- plain text ------------------------------------------------------------------------------


def _header_value(line: str) -> tuple[str, str] | None:
    m = re.match(r"^\s*(?:#+\s*|\*\*)?([^:：]{1,30}?)(?:\*\*)?\s*[:：]\s*(.*?)\s*$", line)
    if m and m[1].strip().lower().strip("*_ ") in _HEADER_KEYS:
        return m[1].strip().lower().strip("*_ "), m[2]
    return None


def _date_in(text: str) -> dt.date | None:
    from interview.analysis.recognisers import find_dates

    if m := re.search(r"(\d{4})-(\d{2})-(\d{2})", text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    for finding in find_dates(text, dt.date(1990, 1, 1)):
        if re.search(r"(?:19|20)\d{2}", finding.text):
            return finding.value  # type: ignore[no-any-return]
    return None


_NOTE_LABEL = re.compile(
    r"^\W*(?:budget|pain|douleur|probl[eè]me|besoin|need|contact|interlocut\w*|d[eé]c\.?|d[eé]cision\w*|timeline|"
    r"calendrier|[eé]ch[eé]ance|deadline|date|approver|approbat\w*|valid\w*|valideur|signataire|sign[-\s]?off|"
    r"priorit\w*|prio|competitors?|concurren\w*|comps?|next\s+steps?|prochaines?\s+[eé]tapes?|crit[eè]res?|criteria|"
    r"must[-\s]haves?|metrics?|objectifs?|goals?|champion|sponsor|process\w*|[eé]tapes?|current|existant|outils?|tools?|"
    r"compte|account|soci[eé]t[eé]|company|r[oô]le|role|lead|montant|amount|impact|risques?|risks?|notes?)\W*$",
    re.IGNORECASE,
)


def _plain(lines: list[str], source: str) -> Transcript:
    metadata: dict[str, str] = {}
    warnings: list[str] = []
    # The names that start lines, counted, so that "Note: ..." said once is not a speaker when
    # "Léa:" and "Marc:" start forty lines each.
    prefixes = _prefixes(lines)
    heads = [_head(ln) if p is None else None for ln, p in zip(lines, prefixes, strict=True)]
    counts = Counter(_identity(p[0]) for p in prefixes if p)
    counts.update(_identity(_speaker_of(h["name"], h["paren"])) for h in heads if h)
    known = {name for name, n in counts.items() if n >= 2 and name not in ("date", "note", "notes")}
    spoken = [ln for ln in lines if ln.strip() and not _header_value(ln)]
    # "Budget: ...", "Déc. : ...", "Pain: ...": the labels of typed notes, each once, are no speakers.
    labels = (
        len(counts) >= 3
        and max(counts.values()) == 1
        and sum(1 for name in counts if _NOTE_LABEL.match(name)) * 2 >= len(counts)
    )
    if not known and not labels and len(counts) >= 2 and sum(1 for p in prefixes if p) * 4 >= len(spoken) * 3:
        known = set(counts)  # a short exchange: (nearly) every line starts with a name
    builder = _Builder()
    in_header = True
    texts = [ln.strip() for ln in lines if ln.strip()]
    punctuated = sum(1 for t in texts if re.search(r"[.!?…:;]\W*$", t)) * 2 >= len(texts)
    for number, (line, prefix, head) in enumerate(zip(lines, prefixes, heads, strict=True), start=1):
        stripped = line.strip()
        if not stripped:
            if builder.open is not None and builder.open.speaker == "":
                builder.close()  # unnamed paragraphs are turns of their own
            continue
        if in_header and (kv := _header_value(line)) and _identity(kv[0]) not in known:
            metadata[kv[0]] = kv[1]
            continue
        if in_header and re.fullmatch(r"(?:#+|={3,}|-{3,}|\*{3,}).*", stripped):
            if stripped.startswith("#"):
                metadata.setdefault("title", stripped.lstrip("# "))
            continue
        in_header = False
        if number <= 8 and (kv := _header_value(line)) and _identity(kv[0]) not in known:
            metadata.setdefault(kv[0], kv[1])  # "Attendees: ..." under a title line: metadata too
        if number == 1 and not known:
            metadata.setdefault("title", stripped)
        if prefix and (_identity(prefix[0]) in known or (known and _person_label(prefix[0]))):
            # a known speaker, or a third person who speaks once ("J.-P. Martin - Ops: Dana does.")
            builder.start(prefix[0], number, prefix[1], prefix[2])
        elif head and _identity(_speaker_of(head["name"], head["paren"])) in known:
            builder.start(
                _speaker_of(head["name"], head["paren"]), number, "", _seconds(head["t0"] or head["t1"])
            )
        elif re.fullmatch(r"\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?", stripped):
            continue  # a time on its own line
        elif (
            not known
            and (builder.open is None or builder.open.speaker == "")
            and _ends_sentence(builder, punctuated)
        ):
            builder.start("", number, stripped, None, merge=False)  # no speakers: each line said is a turn
        else:
            builder.add(number, stripped)
    builder.close()
    call_date = None
    for key, value in metadata.items():
        if "date" in key or key in ("time", "heure", "call", "appel", "meeting", "réunion", "reunion"):
            call_date = call_date or _date_in(value)
    if call_date is None and "title" in metadata:
        call_date = _date_in(metadata["title"])
    return Transcript(source, "text", tuple(builder.turns), call_date, None, tuple(warnings), metadata)


def _ends_sentence(builder: _Builder, punctuated: bool) -> bool:
    """Whether an unnamed line starts a new turn: always in a transcript without punctuation (one
    line, one turn), else when the line before closed its sentence (prose wraps)."""
    if builder.open is None or not builder.open.parts:
        return True
    return not punctuated or bool(re.search(r"[.!?…:;\"”»)]\W*$", builder.open.parts[-1][1]))


def _identity(speaker: str) -> str:
    """Who a speaker label names: "Léa Martin (Acme)" and "léa martin" are one person."""
    return re.sub(r"\s*\(.*\)\s*$", "", speaker).strip().lower()


def speaker_identity(speaker: str) -> str:
    return _identity(speaker)


# --- WebVTT and SubRip -----------------------------------------------------------------------


def _cue_text(raw: str, fmt: str) -> tuple[str | None, str]:
    """(voice, text) of one cue line: the `<v Name>` voice when there is one, tags removed."""
    voice = None
    if m := _VOICE.search(raw):
        voice = m.group(1).strip()
    text = _TAG.sub("", raw)
    if fmt == "vtt" or "&" in text:
        text = html.unescape(text)
    return voice, text.strip()


def _cues(lines: list[str], source: str, fmt: str) -> Transcript:
    warnings: list[str] = []
    metadata: dict[str, str] = {}
    call_date = None
    i, n = 0, len(lines)
    if fmt == "vtt":  # the header block: WEBVTT and its lines, up to the first blank line
        while i < n and lines[i].strip():
            if m := re.match(r"^\s*([\w -]+)\s*:\s*(.+)$", lines[i]):
                metadata[m[1].strip().lower()] = m[2].strip()
            i += 1
    # First the cues' lines: (line number, voice, text, time, first line of its cue).
    cue_lines: list[tuple[int, str | None, str, float | None, bool]] = []
    last_time: float | None = None
    while i < n:
        while i < n and not lines[i].strip():
            i += 1
        if i >= n:
            break
        block_start = i
        block: list[tuple[int, str]] = []
        while i < n and lines[i].strip():
            block.append((i + 1, lines[i]))
            i += 1
        head = block[0][1].strip()
        if fmt == "vtt" and re.match(r"^(NOTE|STYLE|REGION)(\s|$)", head):
            note = " ".join(text.strip() for _, text in block)[4:].strip()
            if head.startswith("NOTE") and call_date is None and re.search(r"(?:19|20)\d{2}", note):
                call_date = _date_in(note)
            continue
        timing_at = next((k for k, (_, text) in enumerate(block[:3]) if _TIMING.match(text)), None)
        if timing_at is None:
            # A cue whose timing line is missing or damaged: its text is kept, said so.
            if all(re.fullmatch(r"\d+", text.strip()) for _, text in block):
                continue  # a lone cue number
            body = block[1:] if re.fullmatch(r"\d+", head) else block
            warnings.append(f"line {block_start + 1}: cue without a timing line, kept as text")
            time = last_time
        else:
            if timing_at > 1:
                warnings.append(f"line {block_start + 1}: unexpected lines before the cue's timing")
            m = _TIMING.match(block[timing_at][1])
            assert m is not None
            time = _seconds(m["start"])
            if time is not None and last_time is not None and time < last_time:
                warnings.append(f"line {block[timing_at][0]}: cue out of order ({m['start']})")
            last_time = time if time is not None else last_time
            body = block[timing_at + 1 :]
        first = True
        for number, raw in body:
            voice, text = _cue_text(raw, fmt)
            if text:
                cue_lines.append((number, voice, text, time, first))
                first = False
    prefixes = _prefixes([text for _, _, text, _, _ in cue_lines])
    counts = Counter(_identity(p[0]) for p in prefixes if p)
    known = {name for name, k in counts.items() if k >= 2} or set(counts)
    builder = _Builder()
    speaker = ""
    for (number, voice, text, time, first), prefix in zip(cue_lines, prefixes, strict=True):
        if prefix and _identity(prefix[0]) not in known:
            prefix = None
        if voice:
            speaker = voice
            same = prefix is not None and _identity(prefix[0]) == _identity(voice)
            builder.start(voice, number, prefix[1] if prefix and same else text, time)
        elif prefix:
            speaker = prefix[0]
            builder.start(speaker, number, prefix[1], time if prefix[2] is None else prefix[2])
        elif text.startswith(("- ", "– ")):
            speaker = ""  # a dialogue dash: someone else speaks, unnamed
            builder.start("", number, text[2:], time, merge=False)
        elif first:
            builder.start(speaker, number, text, time)  # the same speaker's next cue: its own time
        else:
            builder.add(number, text)
    builder.close()
    if call_date is None:
        for key, value in metadata.items():
            if "date" in key:
                call_date = _date_in(value)
    return Transcript(source, fmt, tuple(builder.turns), call_date, None, tuple(warnings), metadata)


# --- JSON ------------------------------------------------------------------------------------


def _json(text: str, source: str) -> Transcript:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(source, f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    if isinstance(doc, dict) and doc.get("format") == "qualify-interview":
        return _export(doc, text, source)
    segments = doc.get("segments") if isinstance(doc, dict) else doc
    if isinstance(doc, dict) and segments is None:
        segments = doc.get("turns") or doc.get("utterances")
    if not isinstance(segments, list):
        raise TranscriptError(
            source, "JSON, but neither a qualify interview export nor a list of {speaker, text} segments", 1
        )
    lines = text.split("\n")
    turns: list[Turn] = []
    cursor = 0
    for k, item in enumerate(segments):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise TranscriptError(
                source, f"segment {k}: expected an object with a 'text'", _line_of(lines, 0)
            )
        body = " ".join(item["text"].split())
        if not body:
            continue
        speaker = item.get("speaker") or item.get("name") or item.get("role") or ""
        start = item.get("start", item.get("time", item.get("at")))
        line, cursor = _find_line(lines, item["text"], cursor)
        time = float(start) if isinstance(start, (int, float)) and not isinstance(start, bool) else None
        turns.append(Turn(str(speaker), body, line, time, len(turns)))
    call_date = _date_in(str(doc.get("date", ""))) if isinstance(doc, dict) and doc.get("date") else None
    lang = doc.get("lang") if isinstance(doc, dict) and doc.get("lang") in ("en", "fr") else None
    return Transcript(source, "json", tuple(turns), call_date, lang)


def _line_of(lines: list[str], index: int) -> int:
    return index + 1


def _find_line(lines: list[str], text: str, cursor: int) -> tuple[int, int]:
    """The 1-based line holding the JSON string `text`, searching on from `cursor`."""
    needle = json.dumps(text, ensure_ascii=False)[1:-1][:60]
    ascii_needle = json.dumps(text)[1:-1][:60]
    for i in range(cursor, len(lines)):
        if needle in lines[i] or ascii_needle in lines[i]:
            return i + 1, i + 1
    return (cursor + 1 if cursor < len(lines) else len(lines)), cursor


def _export(doc: dict[str, Any], text: str, source: str) -> Transcript:
    """The notes of an exported interview: what the rep wrote down, in the order written."""
    events = doc.get("events")
    if not isinstance(events, list):
        raise TranscriptError(source, "an interview export without its 'events' list", 1)
    interview = doc.get("interview") if isinstance(doc.get("interview"), dict) else {}
    lines = text.split("\n")
    turns: list[Turn] = []
    cursor = 0
    for event in events:
        if not isinstance(event, dict) or event.get("kind") != "note":
            continue
        payload = event.get("payload") if isinstance(event.get("payload"), dict) else {}
        note = payload.get("text")
        if payload.get("draft") or payload.get("source") == "transcript" or not isinstance(note, str):
            continue
        if not note.strip():
            continue
        line, cursor = _find_line(lines, note, cursor)
        at = event.get("at")
        time = float(at) if isinstance(at, (int, float)) and not isinstance(at, bool) else None
        turns.append(Turn("notes", " ".join(note.split()), line, time, len(turns)))
    started = str(interview.get("started_at") or "")
    call_date = None
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", started):
        call_date = dt.date(int(m[1]), int(m[2]), int(m[3]))
    lang = interview.get("lang") if interview.get("lang") in ("en", "fr") else None
    lead = doc.get("lead") if isinstance(doc.get("lead"), dict) else {}
    metadata = {
        k: str(v)
        for k, v in (("lead", lead.get("name")), ("company", lead.get("company")), ("role", lead.get("role")))
        if v
    }
    if not turns:
        raise TranscriptError(source, "an interview export with no notes: nothing to analyse")
    return Transcript(source, "export", tuple(turns), call_date, lang, (), metadata)
