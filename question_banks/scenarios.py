"""Practice scenarios: a simulated prospect, loaded like banks and checked against them.

A scenario file (`scenario_schema.py` says what it may hold) goes through the same machinery as a
bank: safe YAML with positions, pydantic validation with messages for people, then checks against
the bank catalog (every fact, question, framework and signal named exists; every truth value is an
answer its question accepts), each problem with its file, line and path. What the rest of the
program sees are the plain frozen dataclasses below: no pydantic or YAML at run time.

References (`ref`) name where an answer is stored: the shared fact when the question has one
(`need.pain`), else the question id (`bant.budget.cycle`). Replies are listed in the order a good
rep would ask them; a perfect practice run follows that order.

Truth values are kept as written (a relative date such as `+30d` stays a text): turning them into
answers is the engine's job (`interview.engine.answers.coerce_answer`), which this package does
not import. Loading takes the check as a parameter (`check_answer`); `interview.training` passes
the engine's, and without it values are checked the way bank conditions check theirs.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from question_banks.catalog import SHIPPED_DIR, Catalog
from question_banks.conditions import parse_date_value, resolve_relative
from question_banks.model import OPTION_KINDS, Bank, Question, Text, from_validated
from question_banks.problems import DocPath, Problem, ProblemsError

SCENARIOS_DIR = SHIPPED_DIR / "scenarios"
SCENARIO_SUFFIXES = (".yaml", ".yml")
# Relative truth dates are checked against some day; any day shows whether they parse.
_CHECK_DATE = dt.date(2026, 1, 1)

AnswerCheck = Callable[[Question, Any], str | None]  # a message when the value does not fit


# --- Scenarios as the rest of the program sees them ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Persona:
    name: str
    role: Text
    company: str
    industry: Text
    size: Text
    opening: Text


@dataclass(frozen=True, slots=True)
class OnceAsked:
    refs: tuple[str, ...]
    say: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    ref: str  # the fact, or the question id of a question without a fact
    say: Text
    truth: Any = None  # as written in the file; None: a deliberately vague reply
    accept: tuple[str, ...] = ()
    once_asked: OnceAsked | None = None
    why: Text | None = None

    @property
    def has_truth(self) -> bool:
        return self.truth is not None

    def says(self, asked: Collection[str] = ()) -> Text:
        """The reply, given the refs the rep has already asked about."""
        if self.once_asked is not None and all(ref in asked for ref in self.once_asked.refs):
            return self.once_asked.say
        return self.say


@dataclass(frozen=True, slots=True, kw_only=True)
class Trap:
    id: str
    refs: tuple[str, ...]
    bait: Mapping[str, Any]
    text: Text


@dataclass(frozen=True, slots=True)
class OrderRule:
    first: str
    then: str
    why: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Expected:
    verdicts: Mapping[str, str]  # bank id -> qualified / nurture / disqualified / insufficient
    motives: Mapping[str, str]  # profile bank id -> the criterion (motive) that should lead
    signals: tuple[str, ...]  # bank.signal
    must_ask: tuple[str, ...]
    order: tuple[OrderRule, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Scenario:
    format: int = 1
    id: str
    title: Text
    brief: Text
    difficulty: str  # easy, medium, hard
    frameworks: tuple[str, ...]
    persona: Persona
    truth: Text
    default_reply: Text
    replies: tuple[Reply, ...]  # in the order a good rep would ask
    traps: tuple[Trap, ...] = ()
    expected: Expected
    _by_ref: Mapping[str, Reply] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_ref", MappingProxyType({r.ref: r for r in self.replies}))

    def reply(self, ref: str) -> Reply | None:
        return self._by_ref.get(ref)

    def reply_to(self, question: Question, asked: Collection[str] = ()) -> Text:
        """What the prospect says when asked `question`; `asked`: the refs asked about so far."""
        reply = self._by_ref.get(question.key)
        return self.default_reply if reply is None else reply.says(asked)

    def truth_of(self, ref: str, reference_date: dt.date) -> Any:
        """The true value of `ref` as written, a relative date resolved; None when there is none."""
        reply = self._by_ref.get(ref)
        return None if reply is None else resolve_truth(reply.truth, reference_date)


def resolve_truth(value: Any, reference_date: dt.date) -> Any:
    """A relative date (today, +30d, -2w, +3m, +1y) as the date it is on `reference_date`."""
    if isinstance(value, str):
        try:
            parsed = parse_date_value(value)
        except ValueError:
            return value
        if isinstance(parsed, str):
            return resolve_relative(parsed, reference_date)
    return value


@dataclass(frozen=True)
class ScenarioEntry:
    scenario: Scenario
    source: Path
    shipped: bool
    replaces: Path | None = None  # the file of the shipped scenario this one replaces


@dataclass
class ScenarioCatalog:
    entries: dict[str, ScenarioEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, scenario_id: str) -> bool:
        return scenario_id in self.entries

    def scenario(self, scenario_id: str) -> Scenario:
        return self.entries[scenario_id].scenario

    def ids(self) -> list[str]:
        return list(self.entries)

    def scenarios(self) -> list[Scenario]:
        return [e.scenario for e in self.entries.values()]


# --- Loading ------------------------------------------------------------------------------------


def load_scenario(path: Path, banks: Mapping[str, Bank], check_answer: AnswerCheck | None = None) -> Scenario:
    """The scenario in `path`, checked against `banks`; ProblemsError lists everything wrong."""
    from question_banks.scenario_schema import Scenario as ScenarioFile
    from question_banks.validation import validate_document
    from question_banks.yaml_source import read_yaml_file

    doc = read_yaml_file(path)
    validated, problems = validate_document(doc, ScenarioFile)
    if validated is not None:
        problems = [
            doc.problem(where, message, key=key)
            for where, message, key in check_scenario(validated, banks, check_answer or basic_check)
        ]
    if problems or validated is None:
        raise ProblemsError(problems)
    return _runtime(validated)


def scenario_files(folder: Path) -> list[Path]:
    """The scenario files directly inside `folder`."""
    return sorted(p for p in folder.iterdir() if p.suffix in SCENARIO_SUFFIXES and p.is_file())


def load_scenarios(
    paths: Sequence[Path], banks: Mapping[str, Bank], check_answer: AnswerCheck | None = None
) -> tuple[list[tuple[Scenario, Path]], list[Problem]]:
    """Every scenario in `paths` (files, or folders of files); problems are collected, not raised."""
    loaded: list[tuple[Scenario, Path]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            files = scenario_files(path) if path.is_dir() else [path]
        except OSError as exc:
            problems.append(Problem(str(path), f"cannot read the folder: {exc.strerror}"))
            continue
        if path.is_dir() and not files:
            problems.append(Problem(str(path), "no .yaml scenario file in this folder"))
        for file in files:
            try:
                loaded.append((load_scenario(file, banks, check_answer), file))
            except ProblemsError as exc:
                problems.extend(exc.problems)
    return loaded, problems


def discover_scenarios(
    extra_folders: Sequence[Path] = (),
    *,
    catalog: Catalog | None = None,
    check_answer: AnswerCheck | None = None,
    shipped_dir: Path = SCENARIOS_DIR,
) -> ScenarioCatalog:
    """The shipped scenarios, then each extra bank folder's `scenarios/`; a same id replaces.

    Checked against `catalog` (by default the banks of the same folders).
    """
    if catalog is None:
        from question_banks.catalog import discover

        catalog = discover(extra_folders)
    banks = {bank_id: entry.bank for bank_id, entry in catalog.entries.items()}
    found = ScenarioCatalog()
    folders = [(shipped_dir, True)] + [(folder / "scenarios", False) for folder in extra_folders]
    for folder, shipped in folders:
        if not folder.is_dir():
            continue  # a bank folder need not hold scenarios; a missing one is the catalog's problem
        loaded, problems = load_scenarios([folder], banks, check_answer)
        found.problems.extend(problems)
        for scenario, path in loaded:
            previous = found.entries.get(scenario.id)
            if previous is not None and (shipped or not previous.shipped):
                found.problems.append(
                    Problem(
                        str(path),
                        f"scenario id '{scenario.id}' is already defined in {previous.source}; "
                        "this file is ignored",
                    )
                )
                continue
            replaces = previous.source if previous is not None else None
            found.entries[scenario.id] = ScenarioEntry(scenario, path, shipped, replaces)
    return found


def _runtime(validated: Any) -> Scenario:
    replies = tuple(
        Reply(
            ref=ref,
            say=from_validated(r.say),
            truth=r.truth,
            accept=tuple(r.accept),
            once_asked=None
            if r.once_asked is None
            else OnceAsked(tuple(r.once_asked.refs), from_validated(r.once_asked.say)),
            why=from_validated(r.why),
        )
        for ref, r in validated.replies.items()
    )
    p = validated.persona
    e = validated.expected
    return Scenario(
        format=validated.format,
        id=validated.id,
        title=from_validated(validated.title),
        brief=from_validated(validated.brief),
        difficulty=validated.difficulty,
        frameworks=tuple(validated.frameworks),
        persona=Persona(
            p.name,
            from_validated(p.role),
            p.company,
            from_validated(p.industry),
            from_validated(p.size),
            from_validated(p.opening),
        ),
        truth=from_validated(validated.truth),
        default_reply=from_validated(validated.default_reply),
        replies=replies,
        traps=tuple(
            Trap(
                id=t.id, refs=tuple(t.refs), bait=MappingProxyType(dict(t.bait)), text=from_validated(t.text)
            )
            for t in validated.traps
        ),
        expected=Expected(
            verdicts=MappingProxyType(dict(e.verdicts)),
            motives=MappingProxyType(dict(e.motives)),
            signals=tuple(e.signals),
            must_ask=tuple(e.must_ask),
            order=tuple(OrderRule(o.first, o.then, from_validated(o.why)) for o in e.order),
        ),
    )


# --- Checks against the banks -------------------------------------------------------------------

Finding = tuple[DocPath, str, bool]  # where, what, whether it is about the key rather than the value


def basic_check(question: Question, value: Any) -> str | None:
    """Whether `value` is an answer `question` takes, checked as bank conditions check values.

    The engine's coercion (`coerce_answer`) is stricter about texts and friendlier about forms
    ("yes", "50k"); `interview.training` loads scenarios with it.
    """
    from question_banks.checks import _value_problem

    if question.kind == "text":
        return None if isinstance(value, str) and value.strip() else "a text answer must be a non-empty text"
    if question.kind == "multi_choice":
        items = value if isinstance(value, tuple) else (value,)
        return next((p for p in (_value_problem(question, v) for v in items) if p), None)
    if question.kind in OPTION_KINDS or question.kind in ("scale", "number", "money", "date"):
        return _value_problem(question, value)
    return None


class _Refs:
    """Where every question and fact lives, and which of them the scenario's frameworks ask."""

    def __init__(self, banks: Mapping[str, Bank], frameworks: Sequence[str]) -> None:
        self.questions: dict[str, Question] = {}
        self.by_fact: dict[str, list[Question]] = {}
        for bank in banks.values():
            for q in bank.questions():
                self.questions.setdefault(q.id, q)
                if q.fact:
                    self.by_fact.setdefault(q.fact, []).append(q)
        self.frameworks = [f for f in frameworks if f in banks]
        # With a framework unknown (reported on its own), "not asked by the frameworks" would
        # only repeat that problem for every ref.
        self.complete = len(self.frameworks) == len(frameworks)
        self.asked: dict[str, Question] = {}  # ref -> a question of the frameworks that asks it
        for bank_id in self.frameworks:
            for q in banks[bank_id].questions():
                self.asked.setdefault(q.key, q)
        self.all_refs = sorted(set(self.by_fact) | {q.id for q in self.questions.values() if not q.fact})

    def resolve(self, ref: str) -> tuple[Question | None, str | None]:
        """The question that asks `ref` in the scenario's frameworks, or why there is none."""
        question = self.asked.get(ref)
        if question is not None:
            return question, None
        found = self.questions.get(ref)
        if found is not None and found.fact:
            return None, (
                f"{ref} stores its answer under the shared fact '{found.fact}': write '{found.fact}'"
            )
        if found is None and ref not in self.by_fact:
            message = f"unknown fact or question '{ref}'"
            close = difflib.get_close_matches(ref, self.all_refs, n=1, cutoff=0.6)
            if close:
                message += f" (did you mean '{close[0]}'?)"
            return None, message
        if not self.complete:
            return (found or self.by_fact[ref][0]), None
        shown = ", ".join(self.frameworks)
        return None, f"'{ref}' is not asked by this scenario's frameworks ({shown})"


def truth_problem(question: Question, value: Any, check_answer: AnswerCheck) -> str | None:
    if question.kind == "date" and isinstance(value, str):
        try:
            value = resolve_relative(parse_date_value(value), _CHECK_DATE)
        except ValueError as exc:
            return f"{question.id}: {exc}"
    return check_answer(question, value)


def check_scenario(scenario: Any, banks: Mapping[str, Bank], check_answer: AnswerCheck) -> Iterator[Finding]:
    """Cross-checks of a validated scenario file against the banks, each at its document path."""
    seen_frameworks: set[str] = set()
    for i, bank_id in enumerate(scenario.frameworks):
        if bank_id not in banks:
            message = f"unknown framework '{bank_id}' (banks: {', '.join(sorted(banks)) or 'none'})"
            close = difflib.get_close_matches(bank_id, list(banks), n=1, cutoff=0.6)
            if close:
                message += f"; did you mean '{close[0]}'?"
            yield (("frameworks", i), message, False)
        elif bank_id in seen_frameworks:
            yield (("frameworks", i), f"framework '{bank_id}' is listed twice", False)
        seen_frameworks.add(bank_id)
    refs = _Refs(banks, scenario.frameworks)

    def ref_problem(ref: str, where: DocPath, key: bool = False) -> Iterator[Finding]:
        _, problem = refs.resolve(ref)
        if problem:
            yield (where, problem, key)

    for ref, reply in scenario.replies.items():
        where: DocPath = ("replies", ref)
        question, problem = refs.resolve(ref)
        if question is None:
            yield (where, problem or "", True)
            continue
        if reply.truth is not None:
            problem = truth_problem(question, reply.truth, check_answer)
            if problem:
                yield ((*where, "truth"), problem, False)
        if reply.accept and question.kind != "text":
            yield (
                (*where, "accept"),
                f"accept words only go with text questions; {ref} is {question.kind}",
                False,
            )
        if reply.once_asked is not None:
            for i, other in enumerate(reply.once_asked.refs):
                yield from ref_problem(other, (*where, "once_asked", "refs", i))

    seen_traps: dict[str, int] = {}
    for ti, trap in enumerate(scenario.traps):
        where = ("traps", ti)
        if trap.id in seen_traps:
            yield (
                (*where, "id"),
                f"duplicate trap id '{trap.id}' (also traps[{seen_traps[trap.id]}])",
                False,
            )
        seen_traps.setdefault(trap.id, ti)
        for i, ref in enumerate(trap.refs):
            yield from ref_problem(ref, (*where, "refs", i))
        for ref, value in trap.bait.items():
            bait_at: DocPath = (*where, "bait", ref)
            if ref not in trap.refs:
                yield (bait_at, f"'{ref}' is not one of this trap's refs ({', '.join(trap.refs)})", True)
                continue
            question, _ = refs.resolve(ref)
            if question is None:
                continue  # reported with the refs
            problem = (
                "a bait needs a value" if value is None else truth_problem(question, value, check_answer)
            )
            if problem:
                yield (bait_at, problem, False)

    yield from _check_expected(scenario, banks, refs)


def _check_expected(scenario: Any, banks: Mapping[str, Bank], refs: _Refs) -> Iterator[Finding]:
    expected = scenario.expected
    frameworks = [f for f in scenario.frameworks if f in banks]
    for bank_id in expected.verdicts:
        where: DocPath = ("expected", "verdicts", bank_id)
        if bank_id not in frameworks and not refs.complete:
            continue  # the unknown framework is reported on its own
        if bank_id not in frameworks:
            yield (where, f"'{bank_id}' is not one of this scenario's frameworks", True)
        elif banks[bank_id].output != "verdict":
            yield (where, f"{bank_id} gives a motive profile, not a verdict: use expected.motives", True)
    for bank_id, motive in expected.motives.items():
        where = ("expected", "motives", bank_id)
        if bank_id not in frameworks and not refs.complete:
            continue
        if bank_id not in frameworks:
            yield (where, f"'{bank_id}' is not one of this scenario's frameworks", True)
        elif banks[bank_id].output != "profile":
            yield (where, f"{bank_id} gives a verdict, not a motive profile: use expected.verdicts", True)
        elif motive not in {c.id for c in banks[bank_id].criteria}:
            known = ", ".join(c.id for c in banks[bank_id].criteria)
            yield (where, f"unknown motive '{motive}' in {bank_id} (motives: {known})", False)
    for bank_id in frameworks:
        if bank_id not in expected.verdicts and bank_id not in expected.motives:
            kind = "verdicts" if banks[bank_id].output == "verdict" else "motives"
            yield (
                ("expected",),
                f"no expected outcome for framework '{bank_id}': add expected.{kind}.{bank_id}",
                False,
            )

    seen: set[str] = set()
    for i, ref in enumerate(expected.signals):
        where = ("expected", "signals", i)
        if ref in seen:
            yield (where, f"signal '{ref}' is listed twice", False)
        seen.add(ref)
        bank_id, _, signal_id = ref.partition(".")
        if not signal_id:
            yield (where, f"write a signal as bank.signal (e.g. meddic.no_champion), not '{ref}'", False)
        elif bank_id not in frameworks:
            if refs.complete:
                yield (where, f"'{bank_id}' in '{ref}' is not one of this scenario's frameworks", False)
        else:
            known = [s.id for s in banks[bank_id].signals]
            if signal_id not in known:
                message = f"unknown signal '{signal_id}' in the {bank_id} bank"
                close = difflib.get_close_matches(signal_id, known, n=1, cutoff=0.6)
                if close:
                    message += f" (did you mean '{close[0]}'?)"
                yield (where, message, False)

    seen = set()
    for i, ref in enumerate(expected.must_ask):
        where = ("expected", "must_ask", i)
        if ref in seen:
            yield (where, f"'{ref}' is listed twice", False)
        seen.add(ref)
        _, problem = refs.resolve(ref)
        if problem:
            yield (where, problem, False)
        elif ref not in scenario.replies:
            yield (
                where,
                f"must-ask '{ref}' has no reply: the prospect would only give the default reply",
                False,
            )

    for oi, rule in enumerate(expected.order):
        for name in ("first", "then"):
            _, problem = refs.resolve(getattr(rule, name))
            if problem:
                yield (("expected", "order", oi, name), problem, False)
        if rule.first == rule.then:
            yield (("expected", "order", oi, "then"), "'first' and 'then' name the same thing", False)
