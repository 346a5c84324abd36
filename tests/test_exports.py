"""Exports of a recorded interview: the Markdown call summary, the answers CSV, the JSON document."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from interview.app_factory import AppContext, build_context
from interview.engine.answers import Money
from interview.engine.engine import Engine
from interview.exports import CSV_COLUMNS, csv_cell, export_csv, export_json, export_markdown, md
from interview.recording import Recording
from interview.settings import load_settings
from storage.repository import Store
from storage.transfer import export_document

from .engine.test_worked_cases import FORTUNE_1000_CEO

HOSTILE_NAME = "[@click=app.quit]x[/]"
HOSTILE_COMPANY = "# heading"
HOSTILE_ROLE = "|pipe|"
HOSTILE_NOTE = "\x1b[31mred\n# heading\n| a | b |\n- item"
HOSTILE_ANSWER = "|pipe| [link](http://evil.example) <script>alert(1)</script> **loud**"
HOSTILE_COMMENT = "`code` *bold* \x1b[31m\u202eevil\n\n# heading"

CEO = FORTUNE_1000_CEO  # BANT qualifies him, MEDDIC does not


@pytest.fixture(scope="module")
def context() -> AppContext:
    return build_context(load_settings({"rep": "T", "database_url": "sqlite:///unused.db"}, {}))


@pytest.fixture(scope="module")
def engine(context: AppContext) -> Engine:
    return context.engine()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path}/a.db")
    yield s
    s.close()


def start(store: Store, context: AppContext, engine: Engine, **lead: Any) -> Recording:
    rec = Recording.start(
        store,
        engine,
        context.catalog,
        rep=lead.pop("rep", "camille"),
        frameworks=lead.pop("frameworks", ["bant", "meddic", "soncase"]),
        lang="en",
        **{"lead_name": "Ann Martin", "company": "Acme", "role": "CEO", **lead},
    )
    ticks = itertools.count(0.0, 5.0)
    rec.clock = lambda: next(ticks)
    rec._t0 = 0.0
    return rec


def answer(rec: Recording, ref: str, raw: Any) -> None:
    """Answer a question id, or a fact through the first of the interview's frameworks asking it."""
    index = rec.engine.index
    asking = [q for q in index.by_fact.get(ref, []) if index.bank_of[q.id] in rec.record.frameworks]
    question = asking[0] if asking else index.questions[ref]
    rec.answer(question.id, raw)


def ceo_call(store: Store, context: AppContext, engine: Engine, **lead: Any) -> Recording:
    rec = start(store, context, engine, **lead)
    for ref, raw in CEO.items():
        answer(rec, ref, raw)
    answer(rec, "soncase.security.risk_weight", 5)
    answer(rec, "soncase.money.roi_weight", 2)
    rec.note("Send the ROI calculator before Friday")
    rec.set_deal_potential(Money(Decimal("20000"), "EUR"))
    rec.end()
    store.add_comment(rec.record.id, 75.5, "Manager", "Ask who else decides")
    return rec


def tokens(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def flat(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        out.append(t)
        out += flat(t.children or [])
    return out


def inline_text(token: Token) -> str:
    """What a reader sees of one inline run (a heading, a paragraph, a table cell)."""
    return "".join(c.content for c in token.children or [] if c.type in ("text", "code_inline"))


def rendered_text(markdown: str) -> str:
    return "\n".join(inline_text(t) for t in tokens(markdown) if t.type == "inline")


def headings(markdown: str) -> list[str]:
    toks = tokens(markdown)
    return [inline_text(toks[i + 1]) for i, t in enumerate(toks) if t.type == "heading_open"]


# --- Markdown -------------------------------------------------------------------------------------


def test_markdown_summary_has_the_whole_call(store: Store, context: AppContext, engine: Engine) -> None:
    rec = ceo_call(store, context, engine)
    text = export_markdown(store, engine, rec.record.id, "en")
    seen = rendered_text(text)
    names = [engine.banks[b].name.en for b in ("bant", "meddic", "soncase")]
    assert headings(text) == [
        "Call summary: Ann Martin (Acme)",
        *[h for n in names for h in (n, "Signals")],
        "Answers",
        "Notes",
        "Next steps",
        "Review comments",
    ]
    assert "Rep: camille" in seen and "Duration: " in seen and "Company: Acme" in seen
    # verdicts with score and coverage, and the SONCASE motive profile
    judgements = {j.bank_id: j for j in rec.judgements()}
    assert judgements["bant"].verdict == "qualified" and judgements["meddic"].verdict == "disqualified"
    assert f"Verdict: qualified (score {judgements['bant'].score:g}/100, coverage " in seen
    assert "Verdict: disqualified" in seen
    assert "Motive profile:" in seen and "Security 100" in seen
    # criteria scores in one table per framework
    assert sum(t.type == "table_open" for t in tokens(text)) == 3
    for c in judgements["bant"].criteria:
        assert c.name.en in seen
    # signals with their explanation and the answers that raised them
    for j in judgements.values():
        for s in j.signals:
            assert s.message.en in seen and s.explanation.en in seen
    assert "raised by: " in seen
    # answers as labels in the language asked, never raw option values
    severity = engine.index.questions["bant.need.severity"]
    must_have = next(o.label.en for o in severity.options or () if o.value == "must_have")
    assert f"{severity.text.en} → {must_have}" in seen
    assert "must_have" not in text and "final_decider" not in text
    assert "We need better e-mail templates for the sales team, ASAP" in seen
    # notes, next steps with reasons, stage, expected value, review comments with offset and reviewer
    assert "00:" in text and "Send the ROI calculator before Friday" in seen
    first_next = judgements["bant"].next_questions[0]
    assert first_next.reason.en in seen
    assert "Stage: SQL, Qualified by" in seen
    assert "Deal potential: 20,000 EUR" in seen
    assert "Expected value: " in seen
    assert "01:15 Manager: Ask who else decides" in seen


def test_markdown_in_french(store: Store, context: AppContext, engine: Engine) -> None:
    rec = ceo_call(store, context, engine)
    text = export_markdown(store, engine, rec.record.id, "fr")
    seen = rendered_text(text)
    severity = engine.index.questions["bant.need.severity"]
    assert headings(text)[0] == "Compte rendu d'appel : Ann Martin (Acme)"
    assert severity.text.fr in seen and "Verdict : qualifiée (score" in seen
    assert "Commentaires de revue" in headings(text)
    assert "01:15 Manager : Ask who else decides" in seen


def test_markdown_survives_hostile_text(store: Store, context: AppContext, engine: Engine) -> None:
    rec = start(
        store,
        context,
        engine,
        lead_name=HOSTILE_NAME,
        company=HOSTILE_COMPANY,
        role=HOSTILE_ROLE,
        rep="<b>rep</b>",
        firmographics={"[x](y)": "*z*"},
        frameworks=["bant"],
    )
    answer(rec, "bant.need.pain", HOSTILE_ANSWER)
    answer(rec, "need.severity", "must_have")
    rec.note(HOSTILE_NOTE)
    rec.override("bant", "nurture", "# not a heading | nor a cell")
    store.add_comment(rec.record.id, 3725.0, "[@click=app.quit]boss[/]", HOSTILE_COMMENT)
    text = export_markdown(store, engine, rec.record.id, "en")

    # nothing people typed becomes structure: same headings, one table, no link, no HTML, no code
    assert headings(text) == [
        f"Call summary: {HOSTILE_NAME} ({HOSTILE_COMPANY})",
        engine.banks["bant"].name.en,
        "Signals",
        "Answers",
        "Notes",
        "Next steps",
        "Review comments",
    ]
    kinds = {t.type for t in flat(tokens(text))}
    assert not kinds & {"link_open", "html_inline", "html_block", "code_inline", "code_block", "fence"}
    assert not kinds & {"em_open"} and sum(t.type == "table_open" for t in tokens(text)) == 1
    table_rows = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table_rows) == 2 + len(engine.banks["bant"].criteria)
    # no control character reaches the text: escapes are shown instead
    assert "\x1b" not in text and "\u202e" not in text
    seen = rendered_text(text)
    for shown in (
        HOSTILE_NAME,
        HOSTILE_COMPANY,
        HOSTILE_ROLE,
        "<b>rep</b>",
        "[x](y): *z*",
        HOSTILE_ANSWER,
        "\\x1b[31mred # heading | a | b | - item",
        "# not a heading | nor a cell",
        "1:02:05 [@click=app.quit]boss[/]: `code` *bold* \\x1b[31m\\u202eevil # heading",
    ):
        assert shown in seen, shown


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("[@click=app.quit]x[/]", "\\[@click=app.quit\\]x\\[/\\]"),
        ("# heading", "\\# heading"),
        ("|pipe|", "\\|pipe\\|"),
        ("\x1b[31m", "\\\\x1b\\[31m"),
        ("- item", "\\- item"),
        ("1. first", "\\1. first"),
        ("a\r\nb\u2028c", "a b c"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_md_escapes_inline_text(raw: str, escaped: str) -> None:
    assert md(raw) == escaped


def test_markdown_of_an_open_interview(store: Store, context: AppContext, engine: Engine) -> None:
    rec = start(store, context, engine, frameworks=["bant"])
    answer(rec, "need.severity", "important")
    text = export_markdown(store, engine, rec.record.id, "en")
    assert "Duration:** in progress (00:00 so far)" in text
    assert "Review comments" not in text and "Notes" not in headings(text)


# --- CSV ------------------------------------------------------------------------------------------


def rows(text: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header, *body = list(reader)
    assert tuple(header) == CSV_COLUMNS
    return [dict(zip(header, r, strict=True)) for r in body]


def test_csv_one_row_per_current_answer(store: Store, context: AppContext, engine: Engine) -> None:
    rec = start(store, context, engine, frameworks=["bant", "meddic"])
    answer(rec, "need.severity", "must_have")  # at 0
    answer(rec, "bant.budget.use", "Licences")  # at 5
    answer(rec, "need.severity", "nice_to_have")  # at 10
    answer(rec, "need.severity", "important")  # at 15
    answer(rec, "bant.budget.amount", 50000)  # at 20, then cleared
    rec.clear("bant.budget.amount")
    text = export_csv(store, engine, rec.record.id, "fr")
    body = rows(text)
    assert [r["question_id"] for r in body] == ["bant.need.severity", "bant.budget.use"]
    severity, use = body
    question = engine.index.questions["bant.need.severity"]
    label = next(o.label.fr for o in question.options or () if o.value == "important")
    assert severity == {
        "interview_uid": rec.record.uid,
        "lead": "Ann Martin",
        "company": "Acme",
        "frameworks": "bant meddic",
        "question_id": "bant.need.severity",
        "question": question.text.fr,
        "answer": label,
        "value_json": '"important"',
        "answered_at_seconds": "15",
        "changed": "2",
    }
    assert use["frameworks"] == "bant" and use["answer"] == "Licences" and use["changed"] == "0"


def test_csv_neutralises_formulas(store: Store, context: AppContext, engine: Engine) -> None:
    first = start(store, context, engine, lead_name="@x", company="\tx", frameworks=["bant"])
    answer(first, "bant.need.pain", '=HYPERLINK("http://evil.example","x")')
    answer(first, "bant.budget.use", "+1")
    answer(first, "authority.decision_makers", -2)
    answer(first, "bant.need.current_approach", "Spreadsheets, 3 of them")
    second = start(store, context, engine, lead_name="\rx", company="-2", frameworks=["bant"])
    answer(second, "need.severity", "important")

    body = rows(export_csv(store, engine, first.record.id, "en"))
    assert {r["lead"] for r in body} == {"'@x"} and {r["company"] for r in body} == {"'\tx"}
    by_id = {r["question_id"]: r for r in body}
    assert by_id["bant.need.pain"]["answer"] == '\'=HYPERLINK("http://evil.example","x")'
    assert by_id["bant.budget.use"]["answer"] == "'+1"
    assert by_id["bant.authority.decision_makers"]["answer"] == "'-2"
    assert by_id["bant.authority.decision_makers"]["value_json"] == "'-2"
    assert by_id["bant.need.current_approach"]["answer"] == "Spreadsheets, 3 of them"  # left alone
    (row,) = rows(export_csv(store, engine, second.record.id, "en"))
    assert row["lead"] == "'\rx" and row["company"] == "'-2"
    dangerous = ("=", "+", "-", "@", "\t", "\r")
    for r in [*body, row]:
        assert not any(cell.startswith(dangerous) for cell in r.values()), r


@pytest.mark.parametrize(
    ("raw", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("x=1", "x=1"),
        ("", ""),
        (None, ""),
        (3, "3"),
    ],
)
def test_csv_cell(raw: object, cell: str) -> None:
    assert csv_cell(raw) == cell


# --- JSON -----------------------------------------------------------------------------------------


def test_json_is_the_interview_document(store: Store, context: AppContext, engine: Engine) -> None:
    rec = ceo_call(store, context, engine, lead_name="Zoë «Ünïcode»")
    text = export_json(store, engine, rec.record.id, "en")
    assert json.loads(text) == export_document(store, rec.record.id)
    assert text == json.dumps(
        export_document(store, rec.record.id), indent=2, ensure_ascii=False, sort_keys=True
    )
    assert "Zoë «Ünïcode»" in text
