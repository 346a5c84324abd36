"""Team profiles: which company sizes, industries and regions a team targets (its ICP).

The ICP bank's questions name a `profile_target`; the profile lists which option values of that
question fit. Applying a profile gives fitting options full points and the others none, so a team
edits one small file instead of the bank.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from question_banks.catalog import SHIPPED_DIR
from question_banks.model import MAX_POINTS, Bank, Text, Thresholds, revive_json, to_jsonable
from question_banks.problems import Problem, ProblemsError

PROFILES_DIR = SHIPPED_DIR / "profiles"
DEFAULT_PROFILE = PROFILES_DIR / "example.yaml"

TargetValue = str | int | bool


@dataclass(frozen=True)
class TeamProfile:
    id: str
    name: Text
    targets: dict[str, tuple[TargetValue, ...]]  # profile_target -> the option values that fit
    thresholds: dict[str, Thresholds] = field(default_factory=dict)  # the team's own, by bank id
    description: Text | None = None
    format: int = 1

    def __post_init__(self) -> None:
        # Read back from JSON, the values arrive as lists.
        object.__setattr__(self, "targets", {k: tuple(v) for k, v in self.targets.items()})


@cache
def profile_schema() -> type:
    """The pydantic model of a profile file: built on first use, it is not needed for a warm start."""
    from pydantic import Field

    from question_banks.schema import Identifier, Model
    from question_banks.schema import Text as TextModel
    from question_banks.schema import Thresholds as ThresholdsModel

    class TeamProfileFile(Model):
        format: int = Field(default=1, ge=1, le=1)
        id: Identifier
        name: TextModel
        description: TextModel | None = None
        targets: dict[Identifier, tuple[TargetValue, ...]] = Field(
            description="For each profile_target of the ICP bank, the option values that fit."
        )
        thresholds: dict[Identifier, ThresholdsModel] = Field(
            default_factory=dict, description="The team's own verdict thresholds, by bank id."
        )

    return TeamProfileFile


def load_profile(path: Path, cache_dir: Path | None = None) -> TeamProfile:
    """The profile in `path`; through `cache_dir` (keyed like the bank cache) when given."""
    entry = _cache_entry(path, cache_dir) if cache_dir is not None else None
    if entry is not None:
        try:
            cached = json.loads(entry.read_bytes(), object_hook=revive_json)
            if isinstance(cached, dict) and cached.get("$profile") is not None:
                return _from_json(cached["$profile"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            pass
    profile = _load(path)
    if entry is not None:
        from question_banks.cache import write_atomic

        write_atomic(entry, json.dumps({"$profile": _to_json(profile)}, ensure_ascii=True).encode())
    return profile


def _load(path: Path) -> TeamProfile:
    from question_banks.model import from_validated
    from question_banks.validation import validate_document
    from question_banks.yaml_source import read_yaml_file

    doc = read_yaml_file(path)
    validated, problems = validate_document(doc, profile_schema())
    if validated is None:
        raise ProblemsError(problems)
    return TeamProfile(
        id=validated.id,
        name=from_validated(validated.name),
        targets=dict(validated.targets),
        thresholds={k: from_validated(v) for k, v in validated.thresholds.items()},
        description=from_validated(validated.description),
        format=validated.format,
    )


def _to_json(profile: TeamProfile) -> dict[str, Any]:
    return {
        "id": profile.id,
        "name": to_jsonable(profile.name),
        "targets": {k: list(v) for k, v in profile.targets.items()},
        "thresholds": {k: to_jsonable(v) for k, v in profile.thresholds.items()},
        "description": to_jsonable(profile.description),
        "format": profile.format,
    }


def _from_json(data: dict[str, Any]) -> TeamProfile:
    profile = TeamProfile(**data)
    if not isinstance(profile.name, Text) or not all(
        isinstance(t, Thresholds) for t in profile.thresholds.values()
    ):
        raise ValueError("not a cached profile")
    return profile


def _cache_entry(path: Path, cache_dir: Path) -> Path | None:
    """Keyed by the file's stat data and the code's, like catalog entries; None: do not cache."""
    import hashlib

    from question_banks.cache import code_stamp, file_stamp

    now = time.time_ns()
    stamp, code = file_stamp(path, now), code_stamp(now)
    if stamp is None or code is None:
        return None
    key = hashlib.sha256(json.dumps([str(os.path.abspath(path)), *stamp, code]).encode()).hexdigest()
    return cache_dir / f"profile-{key}.json"


def check_profile(profile: TeamProfile, bank: Bank, source: str) -> list[Problem]:
    """Targets that name no question of `bank`, or values that are not among its options."""
    by_target = {q.profile_target: q for q in bank.questions() if q.profile_target}
    problems = []
    for key, values in profile.targets.items():
        question = by_target.get(key)
        if question is None:
            known = ", ".join(sorted(by_target)) or "none"
            problems.append(
                Problem(source, f"unknown target '{key}' (the {bank.id} bank has: {known})", f"targets.{key}")
            )
            continue
        allowed = [o.value for o in question.options or ()]
        for value in values:
            if value not in allowed:
                problems.append(
                    Problem(
                        source,
                        f"{value!r} is not an option of {question.id} "
                        f"(options: {', '.join(map(str, allowed))})",
                        f"targets.{key}",
                    )
                )
    return problems


def apply_profile(bank: Bank, profile: TeamProfile) -> Bank:
    """A copy of `bank` whose targeted questions score by the profile's targets."""
    criteria = []
    for criterion in bank.criteria:
        questions = []
        for q in criterion.questions:
            targets = profile.targets.get(q.profile_target or "")
            if targets is not None and q.options:
                options = tuple(
                    dataclasses.replace(o, points=MAX_POINTS if o.value in targets else 0) for o in q.options
                )
                q = dataclasses.replace(q, options=options)
            questions.append(q)
        criteria.append(dataclasses.replace(criterion, questions=tuple(questions)))
    return dataclasses.replace(bank, criteria=tuple(criteria))
