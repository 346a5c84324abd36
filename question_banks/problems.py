"""Problems found in a user-written file, each located as precisely as the file allows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PathPart = str | int
DocPath = tuple[PathPart, ...]


def format_path(path: Sequence[PathPart]) -> str:
    """('criteria', 2, 'questions', 0, 'kind') -> 'criteria[2].questions[0].kind'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class Problem:
    source: str
    message: str
    path: str = ""
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        at = f" {self.path}:" if self.path else ""
        return f"{where}:{at} {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
        }


class ProblemsError(Exception):
    """One or more problems that make a file unusable."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
