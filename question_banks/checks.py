"""Rules that need the whole bank: duplicate ids and options that fit the answer kind.

Each rule yields the document path of the offending value, so the loader can report the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from question_banks.problems import DocPath
from question_banks.schema import OPTION_KINDS, Bank, Question

Finding = tuple[DocPath, str]


def check_bank(bank: Bank) -> Iterator[Finding]:
    seen_criteria: dict[str, int] = {}
    seen_questions: dict[str, DocPath] = {}
    for ci, criterion in enumerate(bank.criteria):
        cpath: DocPath = ("criteria", ci)
        if criterion.id in seen_criteria:
            yield (
                (*cpath, "id"),
                f"duplicate criterion id '{criterion.id}' (also criteria[{seen_criteria[criterion.id]}])",
            )
        seen_criteria.setdefault(criterion.id, ci)
        for qi, question in enumerate(criterion.questions):
            qpath: DocPath = (*cpath, "questions", qi)
            if question.id in seen_questions:
                first = seen_questions[question.id]
                yield (
                    (*qpath, "id"),
                    f"duplicate question id '{question.id}' "
                    f"(also criteria[{first[1]}].questions[{first[3]}])",
                )
            seen_questions.setdefault(question.id, qpath)
            if not question.id.startswith(f"{bank.id}."):
                yield (
                    (*qpath, "id"),
                    f"question id '{question.id}' must start with the bank id '{bank.id}.' "
                    "so that it is unique across banks",
                )
            yield from _check_question(question, qpath)


def _check_question(question: Question, path: DocPath) -> Iterator[Finding]:
    kind = question.kind
    options = question.options
    if kind in OPTION_KINDS:
        if not options:
            yield (path, f"a {kind} question needs 'options'")
            return
        seen: dict[object, int] = {}
        for oi, option in enumerate(options):
            # True == 1 in Python: key on the type too so `1` and `true` stay distinct values.
            key = (type(option.value), option.value)
            if key in seen:
                yield (
                    (*path, "options", oi, "value"),
                    f"duplicate option value {option.value!r} (also options[{seen[key]}])",
                )
            seen.setdefault(key, oi)
        if kind == "yes_no":
            values = sorted(repr(o.value) for o in options)
            if values != ["False", "True"]:
                yield (
                    (*path, "options"),
                    "a yes_no question lists exactly two options, with values true and false",
                )
        elif len(options) < 2:
            yield ((*path, "options"), f"a {kind} question needs at least two options")
        elif kind == "choice" and all(o.points == 0 for o in options):
            yield ((*path, "options"), "at least one option should give points")
    elif options is not None:
        yield ((*path, "options"), f"a {kind} question takes no options")
    if question.scale is not None and kind != "scale":
        yield ((*path, "scale"), f"'scale' labels only go with kind scale, not {kind}")
    if question.profile_target is not None and kind not in ("choice", "multi_choice"):
        yield (
            (*path, "profile_target"),
            "profile_target only goes with choice or multi_choice questions",
        )
