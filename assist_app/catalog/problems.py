"""What is wrong with a catalog file, said so that a reviewer can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    file: Path
    line: int | None  # 1-based
    field: str
    expected: str

    def __str__(self) -> str:
        where = f"{self.file.name}:{self.line}" if self.line else self.file.name
        return f"{where}: {self.field}: {self.expected}"


class CatalogError(Exception):
    """A catalog file could not be used; carries every problem found in it."""

    def __init__(self, problems: list[CatalogProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
