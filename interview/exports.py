"""A recorded interview for other tools: a Markdown call summary, a CSV of answers, the JSON document.

Everything is rebuilt from the event log through the engine, as a replay would. Text people typed
(names, answers, notes, comments) is data: it cannot break the Markdown around it, drive a terminal,
or run as a spreadsheet formula.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interview.engine.answers import answer_json
from interview.engine.engine import Engine
from interview.engine.judge import BankJudgement
from interview.engine.report import SIGNAL_ICONS
from interview.engine.stage import StageResult
from interview.engine.state import AnswerGiven, Event, InterviewState
from interview.engine.wording import answer_label
from interview.event_codec import decode_all
from interview.i18n import STAGES, VERDICTS, word
from interview.safe_text import printable
from storage.repository import CommentRecord, EventRecord, InterviewRecord, Store
from storage.transfer import export_document

NEXT_PER_FRAMEWORK = 3
_w = word


def _colon(lang: str) -> str:
    """A colon, with the space French typography puts before it."""
    return " :" if lang == "fr" else ":"


def _label(key: str, lang: str) -> str:
    return f"**{_w(key, lang)}{_colon(lang)}**"


# --- untrusted text -------------------------------------------------------------------------------

# Line breaks of every kind (a new line could start a heading, a list or a table row).
_BREAKS = re.compile(r"[\r\n\t\v\f\x85\u2028\u2029]+")
# Characters that mean something inline in CommonMark / GitHub Markdown.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>#|~!&$])")


def plain_line(text: str) -> str:
    """One line of visible text: breaks become spaces, controls become visible escapes."""
    return printable(_BREAKS.sub(" ", text).strip())  # printable shows bidi controls too


def md(text: object) -> str:
    """Untrusted text as inline Markdown that shows exactly that text and nothing else."""
    line = _MARKDOWN.sub(r"\\\1", plain_line(str(text)))
    if line[:1] in ("-", "+", "=", ":") or re.match(r"\d+[.)]", line):
        line = "\\" + line  # would start a list, a setext underline or a definition
    return line


def clock(seconds: float) -> str:
    """mm:ss from the interview's start (h:mm:ss past an hour)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def csv_cell(value: object) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# --- the interview rebuilt ------------------------------------------------------------------------


@dataclass(frozen=True)
class Replayed:
    record: InterviewRecord
    stored: list[EventRecord]
    events: list[Event]
    state: InterviewState
    frameworks: tuple[str, ...]  # started with, then switched to, in that order
    missing: tuple[str, ...]  # frameworks the engine does not have now
    judgements: list[BankJudgement]
    stage: StageResult

    @property
    def elapsed(self) -> float:
        if self.record.duration is not None:
            return self.record.duration
        return self.stored[-1].at if self.stored else 0.0


def replay(store: Store, engine: Engine, interview_id: int) -> Replayed:
    record = store.interview(interview_id)
    stored = store.events(interview_id)
    events = decode_all(stored, engine.index)
    state = engine.state(events, record.started_at.date())
    frameworks: list[str] = list(record.frameworks)
    for r in stored:
        switched = r.payload.get("framework") if r.kind == "framework_switched" else None
        if isinstance(switched, str) and switched not in frameworks:
            frameworks.append(switched)
    known = [f for f in frameworks if f in engine.banks]
    judgements = engine.judge_all(known, state)
    return Replayed(
        record,
        stored,
        events,
        state,
        tuple(frameworks),
        tuple(f for f in frameworks if f not in engine.banks),
        judgements,
        engine.stage(judgements, state),
    )


def _changes(events: Sequence[Event], engine: Engine) -> Counter[str]:
    """How many times each answer key was answered again after its first answer."""
    given: Counter[str] = Counter()
    for e in events:
        if isinstance(e, AnswerGiven):
            given[engine.index.key_of(e.question_id)] += 1
    return Counter({k: n - 1 for k, n in given.items()})


# --- Markdown -------------------------------------------------------------------------------------


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:g}/100"


def _pct(value: float) -> str:
    return f"{round(value * 100)} %"


def _framework_section(j: BankJudgement, lang: str) -> list[str]:
    out = ["", f"## {md(j.name.get(lang))}", ""]
    measure = f"{_w('score', lang)} {_score(j.score)}, {_w('coverage', lang)} {_pct(j.coverage)}"
    if j.profile is not None:
        motives = ", ".join(f"{md(m.name.get(lang))} {m.score:g}" for m in j.profile) or "—"
        out.append(f"- {_label('profile', lang)} {motives} ({measure})")
        for m in j.profile:
            if m.lead_with:
                lead_with = f"{_w('lead_with', lang)}{_colon(lang)}"
                out.append(f"  - {md(m.name.get(lang))}, {lead_with} {md(m.lead_with.get(lang))}")
    else:
        verdict = VERDICTS.get(j.verdict or "", {}).get(lang, j.verdict or "—")
        line = f"- {_label('verdict', lang)} **{md(verdict)}** ({measure})"
        if j.override is not None and j.computed_verdict is not None:
            computed = VERDICTS.get(j.computed_verdict, {}).get(lang, j.computed_verdict)
            colon = _colon(lang)
            line += (
                f"; {_w('overridden', lang)}{colon} {md(j.override.reason)}"
                f" ({_w('computed', lang)}{colon} {md(computed)})"
            )
        out.append(line)
        out += [f"  - {md(r.get(lang))}" for r in j.verdict_reasons]
    if j.expected_value is not None:
        ev = j.expected_value
        out.append(f"- {_label('expected_value', lang)} {md(ev.value)} ({md(ev.how.get(lang))})")
    out += [
        "",
        f"| {_w('criterion', lang)} | {_w('score', lang).capitalize()} | {_w('answered', lang)} |",
        "|---|---:|---:|",
    ]
    for c in j.criteria:
        c_score = "—" if c.score is None else f"{c.score:g}"
        out.append(f"| {md(c.name.get(lang))} | {c_score} | {c.answered}/{c.total} ({_pct(c.coverage)}) |")
    if j.signals:
        out += ["", f"### {_w('signals', lang)}", ""]
        for s in j.signals:
            scope = f" ({_w('process', lang)})" if s.scope == "process" else ""
            icon = md(SIGNAL_ICONS.get(s.kind, "?"))
            message = f"**{md(s.message.get(lang))}**{scope}{_colon(lang)}"
            out.append(f"- {icon} {message} {md(s.explanation.get(lang))}")
            out += [f"  - {_w('raised_by', lang)}{_colon(lang)} {md(r.get(lang))}" for r in s.reasons]
    return out


def _answers_section(r: Replayed, engine: Engine, lang: str) -> list[str]:
    out = ["", f"## {_w('answers', lang)}", ""]
    answers = sorted(r.state.answers.values(), key=lambda a: a.seq)
    for a in answers:
        question = engine.index.questions[a.question_id]
        label = answer_label(question, a.value).get(lang)
        out.append(f"- {md(question.text.get(lang))} → **{md(label)}** ({clock(a.at)})")
    if not answers:
        out.append(_w("no_answers", lang))
    dropped = sum(
        1
        for e in r.stored
        if e.kind in ("answer_given", "answer_changed") and e.question_id not in engine.index.questions
    )
    if dropped:
        out.append(f"\n_{dropped} {_w('dropped', lang)}._")
    return out


def _next_section(r: Replayed, engine: Engine, lang: str) -> list[str]:
    out = ["", f"## {_w('next_steps', lang)}", ""]
    seen: set[str] = set()
    for j in r.judgements:
        shown = 0
        for n in j.next_questions:
            question = engine.index.questions.get(n.question_id)
            if question is None or question.key in seen:
                continue
            seen.add(question.key)
            asked = f"{md(question.text.get(lang))} ({md(_short_name(j, lang))}){_colon(lang)}"
            out.append(f"- {asked} {md(n.reason.get(lang))}")
            shown += 1
            if shown >= NEXT_PER_FRAMEWORK:
                break
    if not seen:
        out.append(_w("nothing_next", lang))
    return out


def _short_name(j: BankJudgement, lang: str) -> str:
    """BANT for "BANT (Budget, Authority, Need, Timeline)"."""
    return j.name.get(lang).split(" (")[0] or j.bank_id


def _comments_section(comments: Sequence[CommentRecord], lang: str) -> list[str]:
    out = ["", f"## {_w('comments', lang)}", ""]
    out += [f"- **{clock(c.at)} {md(c.reviewer)}{_colon(lang)}** {md(c.text)}" for c in comments]
    return out


def export_markdown(store: Store, engine: Engine, interview_id: int, lang: str) -> str:
    """A call summary for a CRM note, in `lang` (en or fr)."""
    r = replay(store, engine, interview_id)
    rec = r.record
    lead = rec.lead
    company = f" ({md(lead.company)})" if lead.company else ""
    out = [f"# {_w('title', lang)}{_colon(lang)} {md(lead.name)}{company}", ""]
    who = md(lead.name) + (f", {md(lead.role)}" if lead.role else "")
    out.append(f"- {_label('lead', lang)} {who}")
    if lead.company:
        out.append(f"- {_label('company', lang)} {md(lead.company)}")
    if lead.firmographics:
        facts = ", ".join(
            f"{md(k)}{_colon(lang)} {md(json_text(v))}" for k, v in sorted(lead.firmographics.items())
        )
        out.append(f"- {_label('firmographics', lang)} {facts}")
    out.append(f"- {_label('date', lang)} {rec.started_at.strftime('%Y-%m-%d %H:%M')} UTC")
    out.append(f"- {_label('rep', lang)} {md(rec.rep)}")
    duration = clock(r.elapsed)
    if rec.duration is None:
        duration = f"{_w('in_progress', lang)} ({duration} {_w('so_far', lang)})"
    out.append(f"- {_label('duration', lang)} {duration}")
    names = [md(engine.banks[f].name.get(lang)) if f in engine.banks else md(f) for f in r.frameworks]
    out.append(f"- {_label('frameworks', lang)} {', '.join(names)}")
    stage = STAGES.get(r.stage.stage, {}).get(lang, r.stage.stage)
    out.append(f"- {_label('stage', lang)} **{md(stage)}**, {md(r.stage.reason.get(lang))}")
    if r.state.deal_potential is not None:
        out.append(f"- {_label('deal_potential', lang)} {md(r.state.deal_potential)}")
    for j in r.judgements:
        out += _framework_section(j, lang)
    for f in r.missing:
        out += ["", f"## {md(f)}", "", f"_{_w('not_loaded', lang)}_"]
    out += _answers_section(r, engine, lang)
    notes = [e for e in r.stored if e.kind == "note" and not e.payload.get("draft")]  # drafts: unsent text
    if notes:
        out += ["", f"## {_w('notes', lang)}", ""]
        out += [f"- {clock(n.at)} {md(n.payload.get('text', ''))}" for n in notes]
    out += _next_section(r, engine, lang)
    comments = store.comments(interview_id)
    if comments:
        out += _comments_section(comments, lang)
    return "\n".join(out) + "\n"


def json_text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


# --- CSV ------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "interview_uid",
    "lead",
    "company",
    "frameworks",
    "question_id",
    "question",
    "answer",
    "value_json",
    "answered_at_seconds",
    "changed",
)


def _asking(r: Replayed, engine: Engine, key: str, question_id: str) -> list[str]:
    """The interview's frameworks that ask this answer (its own bank's when none does)."""
    asking = engine.index.banks_asking(key)
    return [f for f in r.frameworks if f in asking] or [engine.index.bank_of[question_id]]


def _seconds(at: float) -> str:
    return f"{at:.3f}".rstrip("0").rstrip(".")


def export_csv(store: Store, engine: Engine, interview_id: int, lang: str) -> str:
    """One row per current answer, in the order the answers were first given."""
    r = replay(store, engine, interview_id)
    changes = _changes(r.events, engine)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for a in sorted(r.state.answers.values(), key=lambda a: a.seq):
        question = engine.index.questions[a.question_id]
        row = (
            r.record.uid,
            r.record.lead.name,
            r.record.lead.company,
            " ".join(_asking(r, engine, a.key, a.question_id)),
            a.question_id,
            question.text.get(lang),
            answer_label(question, a.value).get(lang),
            json.dumps(answer_json(a.value), ensure_ascii=False, sort_keys=True),
            _seconds(a.at),
            changes.get(a.key, 0),
        )
        writer.writerow([csv_cell(v) for v in row])
    return buffer.getvalue()


# --- JSON -----------------------------------------------------------------------------------------


def export_json(store: Store, engine: Engine | None, interview_id: int, lang: str = "en") -> str:
    """The interview document of `storage.transfer` (engine and lang are unused: it is the raw log)."""
    del engine, lang
    return json.dumps(export_document(store, interview_id), indent=2, ensure_ascii=False, sort_keys=True)


def write_private(path: Path, text: str) -> Path:
    """Write an export readable by its owner only (it holds personal data), whole or not at all.

    The text goes to a temporary file beside `path` (mode 0600), reaches the disk, then takes the
    name: a full disk or a crash never leaves half an export. A folder it creates is 0700.
    """
    path = path.expanduser()
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is cut by the umask
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return path
