"""Turn a parsed YAML document into a validated model, with messages written for people.

pydantic's messages speak of Python types; a trainer writing YAML needs "unknown key 'optoins'
(did you mean 'options'?)" at a line and column. Shared by banks and team profiles.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from question_banks.problems import DocPath, Problem, format_path
from question_banks.schema import LANGUAGES, NO_CONTROL_PATTERN, control_character_message
from question_banks.yaml_source import YamlDocument

M = TypeVar("M", bound=BaseModel)

_LANGUAGE_NAMES = {"en": "English", "fr": "French"}
_OWN_MESSAGES = frozenset({"option_value"})  # raised by our own validators


def validate_document(doc: YamlDocument, model: type[M]) -> tuple[M | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        got = "an empty file" if doc.data is None else _describe(doc.data)
        return None, [doc.problem((), f"expected a mapping of keys (id, name, ...), got {got}")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        # pydantic also calls a list "too short" when its only items failed: noise, not a problem.
        failed = [tuple(e["loc"]) for e in errors]
        errors = [e for e in errors if not (e["type"] == "too_short" and _has_inner(e["loc"], failed))]
        problems = [_to_problem(doc, model, err) for err in errors]
        return None, _dedupe(problems)


def _has_inner(loc: DocPath, failed: list[DocPath]) -> bool:
    loc = tuple(loc)
    return any(len(f) > len(loc) and f[: len(loc)] == loc for f in failed)


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if (p.path, p.message) not in seen:
            seen.add((p.path, p.message))
            out.append(p)
    return out


def _to_problem(doc: YamlDocument, model: type[BaseModel], err: Any) -> Problem:
    loc: DocPath = tuple(err["loc"])
    kind: str = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        name = loc[-1]
        if name in LANGUAGES:
            lang = _LANGUAGE_NAMES[str(name)]
            msg = f"missing {lang} text: every text a person reads needs both 'en' and 'fr'"
        else:
            msg = f"missing required key '{name}'"
        # Positioned at the mapping that lacks the key, named by the key's own path.
        return replace(doc.problem(loc[:-1], msg), path=format_path(loc))
    if kind == "condition":
        return doc.problem((*loc, *ctx.get("inner", ())), err["msg"])
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        msg = f"unknown key '{loc[-1]}'"
        hint = _did_you_mean(str(loc[-1]), allowed)
        if hint:
            msg += f" (did you mean '{hint}'?)"
        elif allowed:
            msg += f"; allowed here: {', '.join(allowed)}"
        return doc.problem(loc, msg, key=True)
    return doc.problem(loc, _message(kind, value, ctx, err["msg"]))


def _message(kind: str, value: Any, ctx: dict[str, Any], default: str) -> str:
    got = _describe(value)
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        choices = [c.strip().strip("'") for c in expected.replace(" or ", ", ").split(",")]
        msg = f"expected one of {', '.join(c for c in choices if c)}; got {got}"
        hint = _did_you_mean(str(value), choices) if isinstance(value, str) else None
        return msg + (f" (did you mean '{hint}'?)" if hint else "")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        if ctx.get("class_name") == "Text" or (kind == "model_type" and isinstance(value, str)):
            return "expected a text in both languages, {en: ..., fr: ...}; got " + got
        return f"expected a mapping (key: value); got {got}"
    if kind in ("tuple_type", "list_type"):
        return f"expected a list; got {got}"
    if kind == "string_type":
        return f"expected a text; got {got}"
    if kind == "string_too_short":
        return "cannot be empty"
    if kind == "string_too_long":
        return f"too long (at most {ctx.get('max_length')} characters)"
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == NO_CONTROL_PATTERN and isinstance(value, str):
            return control_character_message(value) or default
        return (
            f"{got} is not a valid identifier: use lower-case letters, digits and underscores"
            " (dotted where an id has parts, e.g. bant.budget.allocated)"
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number; got {got}"
    if kind in ("float_type", "float_parsing"):
        return f"expected a number; got {got}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return f"{default[0].lower()}{default[1:]}; got {got}"
    if kind in _OWN_MESSAGES:
        return default
    return f"{default}; got {got}"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return repr(shown)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def _unwrap(tp: Any) -> Any:
    """Strip Annotated and Optional down to the type that holds keys or items."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
            tp = models[0] if models else args[0]
        else:
            return tp


def _allowed_keys(model: type[BaseModel], loc: DocPath) -> list[str]:
    tp: Any = model
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(part, int):
            args = typing.get_args(tp)
            tp = args[0] if args else Any
        elif isinstance(tp, type) and issubclass(tp, BaseModel) and part in tp.model_fields:
            tp = tp.model_fields[part].annotation
        elif typing.get_origin(tp) is dict:
            tp = typing.get_args(tp)[1]
        else:
            return []
    tp = _unwrap(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return list(tp.model_fields)
    return []
