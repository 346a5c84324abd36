"""Safe YAML reading that remembers where every value came from.

`yaml.safe_load` loses positions, accepts duplicate keys silently and expands aliases without
limit (a "billion laughs" file takes all memory). Here the document is composed into nodes with
the safe C loader where available, then built into plain Python values by hand: every node's line
and column is recorded under its path, duplicate keys are errors, and alias expansion is bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from question_banks.problems import DocPath, Problem, ProblemsError, format_path

try:  # libyaml is ~5x faster; the pure-Python loader is the same language.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000  # after alias expansion; the biggest shipped bank has a few thousand
MAX_DEPTH = 64

MERGE_TAG = "tag:yaml.org,2002:merge"
_STD = "tag:yaml.org,2002:"
# Plain YAML only: no !!python/..., !!binary, !!set or custom tags, whatever the loader allows.
_NUMBER_TAGS = frozenset({_STD + "int", _STD + "float"})
_BOOL_TAG = _STD + "bool"
_INT_TAG = _STD + "int"
# YAML 1.1 integers a person would not write as numbers: 0123 is octal 83, 0x1F is 31.
_SURPRISING_INT = re.compile(r"[-+]?0[0-9]+|[-+]?0[xXoObB][0-9a-fA-F_]*|\+[0-9]+")
_ALLOWED_TAGS = frozenset(
    _STD + t for t in ("seq", "map", "str", "int", "float", "bool", "null", "timestamp")
)


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class YamlDocument:
    source: str
    data: Any
    marks: dict[DocPath, Mark] = field(default_factory=dict)  # where each value starts
    key_marks: dict[DocPath, Mark] = field(default_factory=dict)  # where each mapping key starts

    def locate(self, path: DocPath, *, key: bool = False) -> Mark | None:
        """The position of `path`, or of its nearest ancestor that has one."""
        if key and path in self.key_marks:
            return self.key_marks[path]
        p = tuple(path)
        while p:
            if p in self.marks:
                return self.marks[p]
            p = p[:-1]
        return self.marks.get(())

    def problem(self, path: DocPath, message: str, *, key: bool = False) -> Problem:
        mark = self.locate(path, key=key)
        return Problem(
            source=self.source,
            message=message,
            path=format_path(path),
            line=mark.line if mark else None,
            column=mark.column if mark else None,
        )


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self, source: str, max_nodes: int, max_depth: int) -> None:
        self.doc = YamlDocument(source=source, data=None)
        self.constructor = SafeConstructor()
        self.max_nodes = max_nodes
        self.max_depth = max_depth
        self.count = 0

    def fail(self, node: yaml.Node, path: DocPath, message: str) -> ProblemsError:
        mark = _mark(node)
        return ProblemsError([Problem(self.doc.source, message, format_path(path), mark.line, mark.column)])

    def check_expanded_size(self, root: yaml.Node) -> None:
        """Refuse an alias bomb before building it: sizes are summed over the node graph, each node once.

        Building is what costs memory and time (values, positions); a 500-byte file of nested
        aliases expands to billions of values, so its size is known from the graph alone.
        Iterative: a 10,000-deep list must give a message, not a RecursionError.
        """
        sizes: dict[int, int] = {}
        on_path: set[int] = set()
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            key = id(node)
            if key in sizes:
                continue
            children = _children(node)
            if not children_done:
                if key in on_path:  # a recursive alias: it would expand forever
                    raise self.fail(node, (), "an alias refers to itself (recursive anchor); refused")
                on_path.add(key)
                stack.append((node, True))
                stack.extend((child, False) for child in children if id(child) not in sizes)
                continue
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(c), 0) for c in children)
            if sizes[key] > self.max_nodes:
                raise self.fail(
                    node,
                    (),
                    f"the document expands to more than {self.max_nodes} values "
                    "(anchors and aliases repeated too often?); refused",
                )

    def build(self, node: yaml.Node, path: DocPath, depth: int) -> Any:
        self.count += 1
        if self.count > self.max_nodes:
            raise self.fail(
                node,
                path,
                f"the document expands to more than {self.max_nodes} values "
                "(anchors and aliases repeated too often?); refused",
            )
        if depth > self.max_depth:
            raise self.fail(node, path, f"nested deeper than {self.max_depth} levels; refused")
        self.doc.marks[path] = _mark(node)
        if node.tag == MERGE_TAG:
            raise self.fail(node, path, "merge keys (<<) are not supported; write the keys out")
        if node.tag not in _ALLOWED_TAGS:
            tag = node.tag.replace(_STD, "!!", 1)
            raise self.fail(node, path, f"the tag {tag} is not allowed; write plain YAML")
        if isinstance(node, yaml.ScalarNode):
            if not node.style and node.tag in _NUMBER_TAGS and ("_" in node.value or ":" in node.value):
                # YAML 1.1 reads 51_200 as 51200 and 1:30 as 90: never what a bank author meant.
                raise self.fail(
                    node,
                    path,
                    f'{node.value} reads as a number in YAML 1.1; quote it ("{node.value}") '
                    "if it is a text, or write the number without _ or :",
                )
            self.refuse_yaml11_surprise(node, path)
            try:
                return self.constructor.construct_object(node, deep=True)
            except yaml.YAMLError as exc:
                problem = getattr(exc, "problem", None) or exc
                raise self.fail(node, path, f"value not allowed: {problem}") from None
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return self.build_mapping(node, path, depth)
        raise self.fail(node, path, "unsupported YAML node")  # pragma: no cover

    def refuse_yaml11_surprise(self, node: yaml.ScalarNode, path: DocPath) -> None:
        """`no`, `on`, `0123` are false, true and 83 in YAML 1.1: refused, never silently changed."""
        if node.style:
            return  # quoted: a text, as written
        value = node.value
        if node.tag == _BOOL_TAG and value.lower() not in ("true", "false"):
            meaning = "true" if value.lower() in ("yes", "on") else "false"
            raise self.fail(
                node,
                path,
                f'{value} reads as {meaning} in YAML 1.1; quote it ("{value}") if it is a text, '
                f"or write {meaning}",
            )
        if node.tag == _INT_TAG and _SURPRISING_INT.fullmatch(value):
            number = self.constructor.construct_object(node)
            raise self.fail(
                node,
                path,
                f'{value} reads as the number {number} in YAML 1.1; quote it ("{value}") if it is a text, '
                f"or write {number}",
            )

    def build_mapping(self, node: yaml.MappingNode, path: DocPath, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                raise self.fail(key_node, path, "merge keys (<<) are not supported; write the keys out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, path, "a key must be a plain text, not a list or mapping")
            key = self.constructor.construct_object(key_node)
            if not isinstance(key, (str, int, bool)) or key is None:
                raise self.fail(key_node, path, f"a key must be a text, got {key!r}")
            # YAML 1.1 reads a bare `no:` or `on:` as a boolean; every key in our formats is text.
            key = key_node.value if isinstance(key, bool) else key
            child = (*path, key)
            if key in out:
                first = self.doc.key_marks[child]
                raise self.fail(key_node, child, f"duplicate key '{key}' (first at line {first.line})")
            self.doc.key_marks[child] = _mark(key_node)
            out[key] = self.build(value_node, child, depth + 1)
        return out


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def parse_yaml(
    text: str, source: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH
) -> YamlDocument:
    """Parse one YAML document; raise ProblemsError with file, line and column when it is wrong."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = str(exc.problem or exc.context or exc)
        if exc.context and exc.problem and exc.context_mark:
            message += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        raise ProblemsError(
            [
                Problem(
                    source,
                    f"YAML syntax error: {message}",
                    line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None,
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise ProblemsError([Problem(source, f"YAML error: {exc}")]) from None
    builder = _Builder(source, max_nodes, max_depth)
    if root is not None:
        builder.check_expanded_size(root)
        builder.doc.data = builder.build(root, (), 0)
    return builder.doc


def read_yaml_file(path: Path, *, source: str | None = None) -> YamlDocument:
    """Read and parse a YAML file with the size and encoding checks a user file deserves."""
    name = source or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProblemsError([Problem(name, f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")])
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemsError([Problem(name, f"cannot read the file: {exc.strerror or exc}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ProblemsError(
            [Problem(name, "the file is not UTF-8 text; save it as UTF-8", line=line)]
        ) from None
    return parse_yaml(text, name)
