"""Practice for reps: scripted prospects (scenarios) and the grading of an interview against them.

Everything here is a pure function of banks, a scenario and an event list, so the practice screen,
`qualify train` and stored attempts only have to produce events and render reports:

- `discover` / `load`: scenarios (`question_banks/scenarios.py`) checked with the engine's own
  answer coercion;
- `grading.grade(scenario, engine, events, date)`: the report of one attempt;
- `scripted.perfect_run` / `scripted.poor_run` / `scripted.scripted_run`: attempts as event lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from interview.engine.answers import AnswerError, coerce_answer
from question_banks.catalog import Catalog
from question_banks.model import Bank, Question
from question_banks.scenarios import Scenario, ScenarioCatalog, discover_scenarios, load_scenario


def check_answer(question: Question, value: Any) -> str | None:
    """None when `value` is an answer `question` takes (as the engine reads it), else why not."""
    try:
        coerce_answer(question, list(value) if isinstance(value, tuple) else value)
    except AnswerError as exc:
        return str(exc)
    return None


def discover(extra_folders: Sequence[Path] = (), catalog: Catalog | None = None) -> ScenarioCatalog:
    """Shipped scenarios and those in each extra bank folder's `scenarios/`, checked against the banks."""
    return discover_scenarios(extra_folders, catalog=catalog, check_answer=check_answer)


def load(path: Path, banks: Mapping[str, Bank]) -> Scenario:
    """One scenario file; raises ProblemsError naming file, line and problem."""
    return load_scenario(path, banks, check_answer)
