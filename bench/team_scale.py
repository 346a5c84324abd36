"""A team's years of interviews: the browser, a replay and the dashboard on a big SQLite file.

A generator (here, not shipped) builds the database through the real schema (storage.migrate
creates it, so indexes and triggers are the real ones), then bulk-loads realistic rows with raw
sqlite3 executemany in big transactions: about 500 leads, 25 reps, 1-4 of the 8 shipped
frameworks per interview, dates over two years, summaries with verdicts, stages, coverage per
criterion and fired signals, and events like the ones a call records. The derived columns are
filled by the same helpers Store.set_summary uses, from the same summary dicts.

Each measurement goes through the store (Store.list_interviews, Store.interview + events,
storage.stats.dashboard) and is held against the same query in raw indexed SQL via sqlite3, in
turns: at most 10x the raw time and at most 100 ms, median.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import Figure, Row, alternate
from question_banks.catalog import discover
from question_banks.schema import Bank, Question
from storage import stats
from storage.db import make_engine
from storage.migrate import upgrade
from storage.repository import Listing, Store, summary_criteria, summary_red_flags, summary_signals

SIZES = {True: (10_000, 300_000), False: (100_000, 3_000_000)}  # interviews, events
RUNS = {True: 15, False: 40}
GOAL_RATIO = 10.0
GOAL_MS = 100.0
PAGE = 50

LEADS = 500
REPS = 25
# The shipped banks, with how often teams pick each (BANT and MEDDIC are the classics).
BANK_WEIGHTS = {
    "bant": 30,
    "meddic": 25,
    "champ": 12,
    "icp": 10,
    "gpctba_ci": 8,
    "anum": 8,
    "faint": 6,
    "soncase": 5,
}
END = dt.datetime(2026, 11, 1)  # naive UTC, as SQLite keeps it; the data covers the two years before
SPAN = dt.timedelta(days=730)
OPEN_SHARE = 0.03  # calls left unfinished (crash, closed terminal)
CHUNK = 5_000  # interviews per executemany round

FIRST_NAMES = (
    "Ann", "Bob", "Chloé", "David", "Emma", "Farid", "Grace", "Hugo", "Inès", "Jules", "Karim", "Léa",
    "Marc", "Nina", "Omar", "Paul", "Quentin", "Rose", "Sami", "Théo", "Ugo", "Vera", "Will", "Zoé",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Durand", "Bernard", "Petit", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy",
    "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
)  # fmt: skip
COMPANY_WORDS = (
    "Acme", "Globex", "Initech", "Umbrella", "Halebridge", "Northwind", "Contoso", "Vandelay", "Hooli",
    "Stark", "Wayne", "Tyrell", "Soylent", "Cyberdyne", "Wonka", "Gringotts", "Oscorp", "Aperture",
)  # fmt: skip
COMPANY_SUFFIXES = ("SA", "SAS", "Ltd", "Inc", "GmbH", "Group", "Labs", "Systems", "Logistics", "Retail")
ROLES = ("CEO", "CFO", "COO", "Head of Sales", "Head of Marketing", "IT Director", "Procurement", None)
INDUSTRIES = ("saas", "retail", "manufacturing", "logistics", "finance", "health", "public")
SIZES_FIRMO = ("1_10", "11_50", "51_200", "201_1000", "1000_plus")
REGIONS = ("EMEA", "NA", "APAC", "LATAM")
NOTES = (
    "Inbound call on the last week of the quarter.",
    "Nobody else from their side on the call.",
    "Wants the templates live for the sales kick-off.",
    "CFO away until May; budget decision after that.",
    "Suspect the real issue is segmentation, not the tool.",
    "Uses a competitor today, contract ends in March.",
    "Asked for references in their industry.",
    "Call back on Monday with the head of IT.",
    "Very interested in the reporting, less in the rest.",
    "Procurement must be involved above 20k.",
)
TEXT_ANSWERS = (
    "Quotes take three days, the team loses deals to faster competitors",
    "Cut onboarding time by half before the summer",
    "The head of sales, she signs off anything under 50k",
    "No figure yet: 'our e-mails should look as good as our competitor's'",
    "Two people in finance re-key every order by hand",
)


# --- the data set ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BankShape:
    id: str
    profile: bool
    content_hash: str
    questions: tuple[str, ...]
    answers: dict[str, tuple[str, ...]]  # question id -> candidate payloads, JSON text
    criteria: tuple[tuple[str, int], ...]  # criterion id, number of base questions
    signals: tuple[tuple[str, str, str, float], ...]  # id, kind, scope, how often it fires


def _values(question: Question, rng: random.Random) -> tuple[Any, ...]:
    if question.options:
        values: list[Any] = [o.value for o in question.options]
        if question.kind == "multi_choice":
            return (*([v] for v in values), values[:2])
        return tuple(values)
    if question.kind == "scale":
        return (1, 2, 3, 4, 5)
    if question.kind == "number":
        return (1, 2, 3, 5, 8, 12, 40)
    if question.kind == "money":
        amounts = (5000, 12000, 25000, 80000)
        return tuple({"amount": a, "currency": c} for a in amounts for c in ("EUR", "USD"))
    if question.kind == "date":
        return tuple((END.date() + dt.timedelta(days=rng.randint(-700, 120))).isoformat() for _ in range(6))
    return TEXT_ANSWERS


def _shapes(rng: random.Random) -> dict[str, BankShape]:
    catalog = discover()
    shapes = {}
    for bank_id in BANK_WEIGHTS:
        entry = catalog.entries[bank_id]
        bank: Bank = entry.bank
        questions = bank.questions()
        rates = {"positive": (0.1, 0.4), "warning": (0.03, 0.3), "red_flag": (0.005, 0.06)}
        shapes[bank_id] = BankShape(
            id=bank_id,
            profile=bank.output == "profile",
            content_hash=hashlib.sha256(entry.source.read_bytes()).hexdigest(),
            questions=tuple(q.id for q in questions),
            answers={q.id: tuple(json.dumps({"value": v}) for v in _values(q, rng)) for q in questions},
            criteria=tuple((c.id, sum(1 for q in c.questions if q.when is None) or 1) for c in bank.criteria),
            signals=tuple((s.id, s.kind, s.scope, rng.uniform(*rates[s.kind])) for s in bank.signals),
        )
    return shapes


def _text(moment: dt.datetime) -> str:
    return moment.isoformat(" ", "microseconds")  # SQLAlchemy's DateTime text on SQLite


def _judge(shape: BankShape, rng: random.Random) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One bank's outcome in the summary's shape: figures per criterion, fired signals."""
    criteria: dict[str, dict[str, Any]] = {}
    for criterion_id, total in shape.criteria:
        answered = min(total, max(0, round(rng.gauss(0.7, 0.3) * total)))
        criteria[criterion_id] = {
            "coverage": round(answered / total, 4),
            "score": round(rng.uniform(10, 100), 1) if answered else None,
        }
    fired = [
        {"bank_id": shape.id, "signal": sid, "kind": kind, "scope": scope}
        for sid, kind, scope, rate in shape.signals
        if rng.random() < rate
    ]
    coverage = round(sum(c["coverage"] for c in criteria.values()) / len(criteria), 4)
    scored = [c["score"] for c in criteria.values() if c["score"] is not None]
    score = round(sum(scored) / len(scored), 1) if scored else None
    verdict: str | None = None
    if not shape.profile:
        if any(s["kind"] == "red_flag" and s["scope"] == "lead" for s in fired):
            verdict = "disqualified"
        elif coverage < 0.5 or score is None:
            verdict = "insufficient"
        else:
            verdict = "qualified" if score >= 70 else "nurture" if score >= 40 else "disqualified"
    return {"verdict": verdict, "score": score, "coverage": coverage, "criteria": criteria}, fired


def _stage(verdicts: Sequence[str], rng: random.Random) -> str:
    if "disqualified" in verdicts:
        return rng.choice(("recycled", "recycled", "closed"))
    if "qualified" in verdicts:
        return rng.choice(("sql", "opportunity", "opportunity", "closed"))
    if "nurture" in verdicts:
        return rng.choice(("sal", "recycled"))
    return rng.choice(("mql", "sal"))


def _pick_banks(rng: random.Random) -> list[str]:
    wanted = rng.choices((1, 2, 3, 4), weights=(45, 35, 15, 5))[0]
    ids, weights = list(BANK_WEIGHTS), list(BANK_WEIGHTS.values())
    chosen: list[str] = []
    while len(chosen) < wanted:
        bank_id = rng.choices(ids, weights=weights)[0]
        if bank_id not in chosen:
            chosen.append(bank_id)
    return chosen


def _event_counts(interviews: int, events: int, rng: random.Random) -> list[int]:
    """Events per interview, 15-45 around the mean, summing to `events` exactly."""
    mean, extra = divmod(events, interviews)
    spread = min(mean - 3, 15)
    counts = []
    for _ in range(interviews // 2):
        d = rng.randint(-spread, spread)
        counts += [mean + d, mean - d]  # pairs cancel out
    if interviews % 2:
        counts.append(mean)
    for i in rng.sample(range(interviews), extra):
        counts[i] += 1
    rng.shuffle(counts)
    return counts


@dataclass
class Chunk:
    interviews: list[tuple[Any, ...]]
    banks: list[tuple[Any, ...]]
    signals: list[tuple[Any, ...]]
    criteria: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]


def _chunks(interviews: int, events: int, seed: int) -> Iterator[Chunk]:
    rng = random.Random(seed)
    shapes = _shapes(rng)
    reps = [f"{rng.choice(FIRST_NAMES).lower()}.{rng.choice(LAST_NAMES).lower()}{i}" for i in range(REPS)]
    rep_weights = [rng.uniform(0.3, 1.5) for _ in reps]  # some reps call far more than others
    counts = _event_counts(interviews, events, rng)
    start = END - SPAN
    step = SPAN / interviews
    chunk = Chunk([], [], [], [], [])
    for k in range(interviews):
        interview_id = k + 1
        started = start + step * (k + rng.random() * 0.9)  # ids follow time, as when recorded
        banks = _pick_banks(rng)
        n_events = counts[k]
        is_open = rng.random() < OPEN_SHARE
        duration = round(rng.uniform(600, 2700), 3)
        summary: dict[str, Any] = {}
        outcomes: dict[str, dict[str, Any]] = {}
        if not is_open:
            fired: list[dict[str, Any]] = []
            for bank_id in banks:
                outcomes[bank_id], bank_fired = _judge(shapes[bank_id], rng)
                fired += bank_fired
            verdicts = {b: o["verdict"] for b, o in outcomes.items() if o["verdict"] is not None}
            summary = {
                "verdicts": verdicts,
                "scores": {b: o["score"] for b, o in outcomes.items()},
                "stage": _stage(list(verdicts.values()), rng),
                "red_flags": sum(1 for s in fired if s["kind"] == "red_flag"),
                "coverage": {b: o["coverage"] for b, o in outcomes.items()},
                "criteria": {b: o["criteria"] for b, o in outcomes.items()},
                "signals": fired,
            }
        # The event log: small talk, answers, notes, a change now and then, the hand-off, the end.
        questions = [q for b in banks for q in shapes[b].questions]
        answers = {q: shapes[b].answers[q] for b in banks for q in shapes[b].questions}
        length = duration if not is_open else duration * rng.uniform(0.2, 0.9)
        ending = 0 if is_open else 1
        body = n_events - ending
        for seq in range(1, n_events + 1):
            at = round(150 + (length - 150) * (seq - 1) / max(1, body), 3)
            if seq == n_events and not is_open:
                kind, question_id, payload, at = "interview_ended", None, "{}", duration
            elif seq == n_events - 1 and not is_open:
                to = {"opportunity": "opportunity", "closed": "closed", "recycled": "marketing"}
                target = to.get(summary["stage"], "sales")
                kind, question_id = "handed_off", None
                payload = json.dumps({"to": target, "note": rng.choice(NOTES)})
            elif seq == 1 or rng.random() < 0.15:
                kind, question_id, payload = "note", None, json.dumps({"text": rng.choice(NOTES)})
            elif rng.random() < 0.02:
                kind, question_id = "deal_potential_set", None
                payload = json.dumps({"amount": rng.choice((8000, 20000, 48000)), "currency": "EUR"})
            else:
                question_id = rng.choice(questions)
                kind = "answer_changed" if rng.random() < 0.07 else "answer_given"
                payload = rng.choice(answers[question_id])
            recorded = _text(started + dt.timedelta(seconds=at))
            chunk.events.append((interview_id, seq, at, kind, question_id, payload, recorded))
        ended = None if is_open else _text(started + dt.timedelta(seconds=duration))
        chunk.interviews.append(
            (
                interview_id,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                rng.randint(1, LEADS),
                rng.choices(reps, weights=rep_weights)[0],
                json.dumps(banks),
                rng.choice(("en", "fr")),
                "open" if is_open else "ended",
                _text(started),
                ended,
                json.dumps(summary),
                n_events,
                summary.get("stage"),
                summary_red_flags(summary) if summary else None,
                None if is_open else duration,
            )
        )
        when, rep = chunk.interviews[-1][7], chunk.interviews[-1][3]
        for bank_id in banks:
            outcome = outcomes.get(bank_id, {})
            chunk.banks.append(
                (
                    interview_id,
                    bank_id,
                    shapes[bank_id].content_hash,
                    when,
                    rep,
                    outcome.get("verdict"),
                    outcome.get("score"),
                    outcome.get("coverage"),
                )
            )
        # The same derivation Store.set_summary applies to these summaries.
        chunk.signals += [
            (interview_id, s["bank_id"], s["signal_id"], s["kind"], s["scope"], when, rep)
            for s in summary_signals(summary)
        ]
        chunk.criteria += [
            (interview_id, c["bank_id"], c["criterion_id"], when, rep, c["coverage"], c["score"])
            for c in summary_criteria(summary)
        ]
        if len(chunk.interviews) >= CHUNK:
            yield chunk
            chunk = Chunk([], [], [], [], [])
    if chunk.interviews:
        yield chunk


def _leads(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    created = _text(END - SPAN - dt.timedelta(days=30))
    for lead_id in range(1, LEADS + 1):
        firmographics = {
            "size": rng.choice(SIZES_FIRMO),
            "industry": rng.choice(INDUSTRIES),
            "region": rng.choice(REGIONS),
        }
        rows.append(
            (
                lead_id,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_SUFFIXES)}",
                rng.choice(ROLES),
                json.dumps(firmographics),
                created,
            )
        )
    return rows


def build(path: Path, interviews: int, events: int, seed: int = 2026) -> None:
    """A SQLite file at `path` with the real schema and `interviews` interviews, `events` events."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # Bulk load only: no journal, no fsync. The file is thrown away if the build fails.
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144", "temp_store=MEMORY"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO leads (id, uid, name, company, role, firmographics, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            _leads(random.Random(seed + 1)),
        )
        for chunk in _chunks(interviews, events, seed):
            connection.executemany(
                "INSERT INTO interviews (id, uid, lead_id, rep, frameworks, lang, status, started_at, "
                "ended_at, verdict_overrides, summary, last_seq, stage, red_flags, duration_s) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?)",
                chunk.interviews,
            )
            connection.executemany(
                "INSERT INTO interview_banks "
                "(interview_id, bank_id, content_hash, started_at, rep, verdict, score, coverage) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                chunk.banks,
            )
            connection.executemany(
                "INSERT OR IGNORE INTO verdict_keys (bank_id, verdict) VALUES (?, ?)",
                sorted({(row[1], row[5] or "") for row in chunk.banks if row[5] or row[6] or row[7]}),
            )
            connection.executemany(
                "INSERT INTO interview_signals "
                "(interview_id, bank_id, signal_id, kind, scope, started_at, rep) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                chunk.signals,
            )
            connection.executemany(
                "INSERT INTO interview_criteria "
                "(interview_id, bank_id, criterion_id, started_at, rep, coverage, score) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                chunk.criteria,
            )
            connection.executemany(
                "INSERT OR IGNORE INTO signal_keys (bank_id, signal_id, kind, scope) VALUES (?, ?, ?, ?)",
                sorted({row[1:5] for row in chunk.signals}),
            )
            connection.executemany(
                "INSERT OR IGNORE INTO criterion_keys (bank_id, criterion_id) VALUES (?, ?)",
                sorted({row[1:3] for row in chunk.criteria}),
            )
            connection.executemany(
                "INSERT INTO events (interview_id, seq, at, kind, question_id, payload, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                chunk.events,
            )
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode=WAL")  # as the app keeps it
    finally:
        connection.close()


# --- the same queries in raw SQL ------------------------------------------------------------------

PAGE_SQL = (
    "SELECT i.id, i.uid, i.rep, i.frameworks, i.lang, i.status, i.started_at, i.ended_at, i.summary, "
    "i.last_seq, l.id, l.uid, l.name, l.company, l.role, l.firmographics "
    "FROM interviews i JOIN leads l ON l.id = i.lead_id {where} "
    "ORDER BY i.started_at DESC, i.id DESC LIMIT ?"
)
BANKS_SQL = (
    "SELECT interview_id, bank_id, content_hash FROM interview_banks "
    "WHERE interview_id IN ({marks}) ORDER BY bank_id"
)
FRAMEWORK_WHERE = (
    "WHERE i.started_at >= ? AND i.started_at < ? AND EXISTS "
    "(SELECT 1 FROM interview_banks b WHERE b.interview_id = i.id AND b.bank_id = ?)"
)
SCOPE = "i.started_at >= ? AND i.started_at < ?"
DASHBOARD_SQL = (
    "SELECT i.stage, count(*), count(CASE WHEN i.status = 'ended' THEN 1 END), sum(i.duration_s), "
    "count(i.duration_s), sum(i.red_flags), count(i.red_flags) "
    f"FROM interviews i WHERE {SCOPE} GROUP BY i.stage",
    "SELECT k.bank_id, k.verdict, count(*), sum(b.coverage), count(b.coverage), sum(b.score), count(b.score) "
    "FROM verdict_keys k JOIN interview_banks b ON b.bank_id = k.bank_id AND b.verdict = k.verdict "
    "WHERE k.verdict != '' AND b.started_at >= ? AND b.started_at < ? GROUP BY k.bank_id, k.verdict",
    "SELECT k.bank_id, NULL, count(*), sum(b.coverage), count(b.coverage), sum(b.score), count(b.score) "
    "FROM verdict_keys k JOIN interview_banks b ON b.bank_id = k.bank_id AND b.verdict IS NULL "
    "WHERE k.verdict = '' AND (b.score IS NOT NULL OR b.coverage IS NOT NULL) "
    "AND b.started_at >= ? AND b.started_at < ? GROUP BY k.bank_id",
    "SELECT k.bank_id, k.signal_id, k.kind, k.scope, count(*) FROM signal_keys k "
    "JOIN interview_signals s ON s.bank_id = k.bank_id AND s.signal_id = k.signal_id "
    "AND s.kind = k.kind AND s.scope = k.scope "
    "WHERE k.kind IN ('warning', 'red_flag') AND s.started_at >= ? AND s.started_at < ? "
    "GROUP BY k.bank_id, k.signal_id, k.kind, k.scope",
    "SELECT k.bank_id, k.criterion_id, count(*), avg(c.coverage), avg(c.score) FROM criterion_keys k "
    "JOIN interview_criteria c ON c.bank_id = k.bank_id AND c.criterion_id = k.criterion_id "
    "WHERE c.started_at >= ? AND c.started_at < ? GROUP BY k.bank_id, k.criterion_id",
)


# The browser deep into a sorted list: keyset pages after the sort key of the row before.
COLUMNS_SQL = PAGE_SQL.split(" FROM ")[0]
LEAD_PAGE_SQL = (
    f"{COLUMNS_SQL} FROM interviews i JOIN leads l ON l.id = i.lead_id "
    "WHERE l.name >= ? AND (l.name > ? OR (l.name = ? AND (l.id > ? OR (l.id = ? AND i.id > ?)))) "
    "ORDER BY l.name, l.id, i.id LIMIT ?"
)
VERDICT_JOIN = (
    f"{COLUMNS_SQL} FROM interview_banks b JOIN interviews i ON i.id = b.interview_id "
    "JOIN leads l ON l.id = i.lead_id WHERE b.bank_id = ? "
)
# The same verdict's earlier interviews, then the lower verdicts: two seeks of the index.
VERDICT_PAGE_SQL = (
    f"{VERDICT_JOIN} AND b.verdict = ? AND b.interview_id < ? ORDER BY b.interview_id DESC LIMIT ?",
    f"{VERDICT_JOIN} AND b.verdict < ? ORDER BY b.verdict DESC, b.interview_id DESC LIMIT ?",
)
COUNT_SQL = f"SELECT count(*) FROM interviews i {FRAMEWORK_WHERE}"


def _raw_page(raw: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[Any]:
    rows = raw.execute(PAGE_SQL.format(where=where), (*params, PAGE)).fetchall()
    return [rows, _raw_banks(raw, rows)]


def _raw_banks(raw: sqlite3.Connection, rows: list[Any]) -> list[Any]:
    ids = [r[0] for r in rows]
    return raw.execute(BANKS_SQL.format(marks=",".join("?" * len(ids))), ids).fetchall()


def _raw_lead_page(raw: sqlite3.Connection, name: str, lead_id: int, interview_id: int) -> list[Any]:
    params = (name, name, name, lead_id, lead_id, interview_id, PAGE)
    rows = raw.execute(LEAD_PAGE_SQL, params).fetchall()
    return [rows, _raw_banks(raw, rows)]


def _raw_verdict_page(raw: sqlite3.Connection, bank: str, verdict: str, interview_id: int) -> list[Any]:
    same, lower = VERDICT_PAGE_SQL
    rows = raw.execute(same, (bank, verdict, interview_id, PAGE)).fetchall()
    if len(rows) < PAGE:
        rows += raw.execute(lower, (bank, verdict, PAGE - len(rows))).fetchall()
    return [rows, _raw_banks(raw, rows)]


def _raw_replay(raw: sqlite3.Connection, interview_id: int) -> list[Any]:
    interview = raw.execute(PAGE_SQL.format(where="WHERE i.id = ?"), (interview_id, 1)).fetchall()
    banks = raw.execute(BANKS_SQL.format(marks="?"), (interview_id,)).fetchall()
    events = raw.execute(
        "SELECT seq, at, kind, question_id, payload, recorded_at FROM events "
        "WHERE interview_id = ? ORDER BY seq",
        (interview_id,),
    ).fetchall()
    return [interview, banks, events]


def _raw_dashboard(raw: sqlite3.Connection, since: str, until: str) -> list[Any]:
    return [raw.execute(sql, (since, until)).fetchall() for sql in DASHBOARD_SQL]


# --- the run --------------------------------------------------------------------------------------


def _timed(action: Callable[[], object]) -> Callable[[], float]:
    def sample() -> float:
        start = time.perf_counter()
        action()
        return (time.perf_counter() - start) * 1000

    return sample


def _row(name: str, runs: int, ours: Callable[[], object], raw: Callable[[], object], note: str) -> Row:
    figure, base = alternate(runs, _timed(ours), _timed(raw), warmup=2)
    return Row(
        name=name,
        figure=figure,
        baseline=base,
        baseline_name="raw indexed SQL via sqlite3",
        goal_ratio=GOAL_RATIO,
        goal_abs=GOAL_MS,
        note=note,
    )


def run(quick: bool) -> list[Row]:
    n_interviews, n_events = SIZES[quick]
    runs = RUNS[quick]
    with tempfile.TemporaryDirectory(prefix="qualify-team-") as folder:
        path = Path(folder) / "team.db"
        start = time.perf_counter()
        build(path, n_interviews, n_events)
        built = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6
        rows = [
            Row(
                name=f"team scale: generate {n_interviews:,} interviews, {n_events:,} events",
                figure=Figure("s", (built,)),
                note=f"raw sqlite3 executemany through the real schema; {size_mb:.0f} MB file",
            )
        ]
        store = Store.open(f"sqlite:///{path}")
        raw = sqlite3.connect(path, isolation_level=None)
        try:
            rows += _measure(store, raw, runs)
        finally:
            raw.close()
            store.close()
    return rows


def _measure(store: Store, raw: sqlite3.Connection, runs: int) -> list[Row]:
    # Checked once, outside the timing: the store and the raw SQL see the same rows.
    first = store.list_interviews(limit=PAGE)
    raw_first = _raw_page(raw)[0]
    if [r.id for r in first] != [r[0] for r in raw_first]:
        raise AssertionError("the store's first page differs from the raw query's")
    # The browser filters a quarter a year back; the dashboard covers the last quarter.
    since, until = END - dt.timedelta(days=400), END - dt.timedelta(days=310)
    framework = "meddic"
    filtered = store.list_interviews(framework=framework, since=since, until=until, limit=PAGE)
    raw_filtered = _raw_page(raw, FRAMEWORK_WHERE, (_text(since), _text(until), framework))[0]
    if [r.id for r in filtered] != [r[0] for r in raw_filtered] or len(filtered) != PAGE:
        raise AssertionError("the store's filtered page differs from the raw query's")
    (replayed,) = raw.execute(
        "SELECT id FROM interviews WHERE last_seq = 30 AND status = 'ended' ORDER BY id LIMIT 1 OFFSET 7"
    ).fetchone()
    quarter = stats.Scope(END - dt.timedelta(days=91), END)
    board = stats.dashboard(store, quarter)
    raw_board = _raw_dashboard(raw, _text(quarter.since), _text(quarter.until))
    criteria = [(c.bank_id, c.criterion_id, c.interviews) for c in board.criteria]
    red_flags = sorted((-r[4], r[0], r[1]) for r in raw_board[3] if r[2] == "red_flag")
    top = [(-f.interviews, f.bank_id, f.signal_id) for f in board.red_flags]
    same = (
        board.totals.interviews == sum(r[1] for r in raw_board[0])
        and criteria == sorted(tuple(r[:3]) for r in raw_board[4])
        and top == red_flags[: len(top)]
    )
    if not same or not board.warnings or not board.criteria:
        raise AssertionError("the dashboard's figures differ from the raw queries'")

    rows = [
        _row(
            "browser: first page (50 newest, lead, rep, frameworks, verdicts, stage, red flags)",
            runs,
            lambda: store.list_interviews(limit=PAGE),
            lambda: _raw_page(raw),
            "Store.list_interviews(limit=50)",
        ),
        _row(
            f"browser: {framework} over 3 months, first page of 50",
            runs,
            lambda: store.list_interviews(framework=framework, since=since, until=until, limit=PAGE),
            lambda: _raw_page(raw, FRAMEWORK_WHERE, (_text(since), _text(until), framework)),
            "Store.list_interviews(framework=, since=, until=, limit=50)",
        ),
        _row(
            "replay: one interview with 30 events (interview + events)",
            runs,
            lambda: (store.interview(replayed), store.events(replayed)),
            lambda: _raw_replay(raw, replayed),
            "Store.interview(id) + Store.events(id)",
        ),
        _row(
            f"dashboard: last quarter ({board.totals.interviews:,} interviews), all figures",
            runs,
            lambda: stats.dashboard(store, quarter),
            lambda: _raw_dashboard(raw, _text(quarter.since), _text(quarter.until)),
            "storage.stats.dashboard: verdicts per framework, stages, top warnings and red flags, "
            "coverage per criterion, average duration",
        ),
    ]
    return rows + _measure_sorted(store, raw, runs, since, until, framework)


def _measure_sorted(
    store: Store, raw: sqlite3.Connection, runs: int, since: dt.datetime, until: dt.datetime, framework: str
) -> list[Row]:
    """The browser sorted by other columns, deep into the list (keyset), and its filtered total."""
    deep = min(500, store.count_listed(Listing()) // (2 * PAGE))  # page 500 of 100,000 rows
    by_lead = Listing(sort="lead", descending=False)
    before = store.browse(by_lead, limit=1, offset=(deep - 1) * PAGE - 1).records[0]
    lead_cursor = store.cursor_at(by_lead, before.id)
    lead_page = store.browse(by_lead, after=lead_cursor, limit=PAGE).records
    name, lead_id, interview_id = lead_cursor.key
    if [r.id for r in lead_page] != [r[0] for r in _raw_lead_page(raw, name, lead_id, interview_id)[0]]:
        raise AssertionError("the store's page sorted by lead differs from the raw query's")
    by_verdict = Listing(sort="verdict:bant")  # best verdict first
    judged = store.count_listed(Listing(framework="bant", status="ended"))
    deep_verdict = min(deep, judged // (2 * PAGE))  # among the rows that have a BANT verdict
    before = store.browse(by_verdict, limit=1, offset=(deep_verdict - 1) * PAGE - 1).records[0]
    verdict_cursor = store.cursor_at(by_verdict, before.id)
    verdict_page = store.browse(by_verdict, after=verdict_cursor, limit=PAGE).records
    verdict, after_id = verdict_cursor.key
    raw_verdict = _raw_verdict_page(raw, "bant", verdict, after_id)[0]
    if [r.id for r in verdict_page] != [r[0] for r in raw_verdict] or len(verdict_page) != PAGE:
        raise AssertionError("the store's page sorted by BANT verdict differs from the raw query's")
    filtered = Listing(framework=framework, since=since, until=until)
    window = (_text(since), _text(until), framework)
    if store.count_listed(filtered) != raw.execute(COUNT_SQL, window).fetchone()[0]:
        raise AssertionError("the store's count differs from the raw query's")
    return [
        _row(
            f"browser: sorted by lead A-Z, page {deep} (keyset after row {(deep - 1) * PAGE:,})",
            runs,
            lambda: store.browse(by_lead, after=lead_cursor, limit=PAGE),
            lambda: _raw_lead_page(raw, name, lead_id, interview_id),
            "Store.browse(Listing(sort='lead'), after=cursor, limit=50): leads by name, then each "
            "lead's interviews by id, no sort",
        ),
        _row(
            f"browser: sorted by BANT verdict, page {deep_verdict}",
            runs,
            lambda: store.browse(by_verdict, after=verdict_cursor, limit=PAGE),
            lambda: _raw_verdict_page(raw, "bant", verdict, after_id),
            "Store.browse(Listing(sort='verdict:bant'), after=cursor, limit=50): "
            "ix_interview_banks_verdict_id walked backwards",
        ),
        _row(
            f"browser: total of {framework} over 3 months (the status line's count)",
            runs,
            lambda: store.count_listed(filtered),
            lambda: raw.execute(COUNT_SQL, window).fetchone(),
            "Store.count_listed(Listing(framework=, since=, until=)), in its own worker",
        ),
    ]
