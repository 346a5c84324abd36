"""Team profiles: which company sizes, industries and regions a team targets (its ICP).

The ICP bank's questions name a `profile_target`; the profile lists which option values of that
question fit. Applying a profile gives fitting options full points and the others none, so a team
edits one small file instead of the bank.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from question_banks.catalog import SHIPPED_DIR
from question_banks.problems import Problem, ProblemsError
from question_banks.schema import MAX_POINTS, Bank, Identifier, Model, Text, Thresholds
from question_banks.validation import validate_document
from question_banks.yaml_source import read_yaml_file

PROFILES_DIR = SHIPPED_DIR / "profiles"
DEFAULT_PROFILE = PROFILES_DIR / "example.yaml"

TargetValue = str | int | bool


class TeamProfile(Model):
    format: int = Field(default=1, ge=1, le=1)
    id: Identifier
    name: Text
    description: Text | None = None
    targets: dict[Identifier, tuple[TargetValue, ...]] = Field(
        description="For each profile_target of the ICP bank, the option values that fit."
    )
    thresholds: dict[Identifier, Thresholds] = Field(
        default_factory=dict, description="The team's own verdict thresholds, by bank id."
    )


def load_profile(path: Path) -> TeamProfile:
    doc = read_yaml_file(path)
    profile, problems = validate_document(doc, TeamProfile)
    if profile is None:
        raise ProblemsError(problems)
    return profile


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
                    o.model_copy(update={"points": MAX_POINTS if o.value in targets else 0})
                    for o in q.options
                )
                q = q.model_copy(update={"options": options})
            questions.append(q)
        criteria.append(criterion.model_copy(update={"questions": tuple(questions)}))
    return bank.model_copy(update={"criteria": tuple(criteria)})
