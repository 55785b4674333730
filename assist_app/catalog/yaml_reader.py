"""Reads YAML into plain values while remembering the line of every node.

Validation errors must name the line, so catalogs are composed into YAML nodes (libyaml when
available) and converted field by field; each conversion reports a problem instead of raising.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from assist_app.catalog.problems import CatalogProblem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.constructor.SafeConstructor()

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def compose(path: Path) -> yaml.Node | None:
    with path.open("rb") as stream:
        return yaml.compose(stream, Loader=_Loader)


def id_label(node: yaml.Node, index: int) -> str:
    """How to name a list entry in errors: by its id when it has a readable one."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == "id" and isinstance(value, yaml.ScalarNode) and value.value:
                return value.value
    return str(index)


def line_of(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


class Reader:
    """Converts nodes of one file, collecting problems rather than stopping at the first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[CatalogProblem] = []

    def problem(self, node: yaml.Node | None, field: str, expected: str) -> None:
        if node is None:
            return  # a missing value was already reported as a missing key
        self.problems.append(CatalogProblem(self.path, line_of(node), field, expected))

    def mapping(
        self,
        node: yaml.Node | None,
        field: str,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
    ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, field, "expected a mapping (key: value)")
            return None
        allowed = set(required) | set(optional)
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                expected = f"unknown key; expected one of: {', '.join(sorted(allowed))}"
                if isinstance(value_node, yaml.ScalarNode) and value_node.value == "" and node.flow_style:
                    expected += " (a comma inside {…} starts a new key: put the whole text in quotes)"
                self.problem(key_node, f"{field}.{key}", expected)
            elif key in result:
                self.problem(key_node, f"{field}.{key}", "key given twice")
            else:
                result[key] = value_node
        for key in required:
            if key not in result:
                self.problem(node, f"{field}.{key}", "required key is missing")
        return result

    def sequence(self, node: yaml.Node | None, field: str) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, field, "expected a list")
            return []
        return list(node.value)

    def scalar(self, node: yaml.Node | None) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            return _NOT_SCALAR
        try:
            return _constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError):
            return node.value  # e.g. an impossible date; reported by the typed getters

    def string(self, node: yaml.Node | None, field: str, pattern: re.Pattern | None = None) -> str:
        value = self.scalar(node)
        if isinstance(value, bool) and node is not None:
            self.problem(node, field, 'expected text; write "yes"/"no" in quotes')
            return str(node.value)
        if isinstance(value, int | float):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(node, field, "expected non-empty text")
            return ""
        if pattern is not None and not pattern.match(value):
            self.problem(node, field, f"expected an id matching {pattern.pattern}, got {value!r}")
        return value

    def optional_string(self, node: yaml.Node | None, field: str) -> str | None:
        if node is None or self.scalar(node) is None:
            return None
        return self.string(node, field)

    def url(self, node: yaml.Node | None, field: str) -> str | None:
        value = self.optional_string(node, field)
        if value is not None and not value.startswith("https://"):
            self.problem(node, field, f"expected an https:// address or null, got {value!r}")
        return value

    def boolean(self, node: yaml.Node | None, field: str) -> bool:
        value = self.scalar(node)
        if not isinstance(value, bool):
            self.problem(node, field, "expected true or false")
            return False
        return value

    def integer(self, node: yaml.Node | None, field: str, minimum: int | None = None) -> int:
        value = self.scalar(node)
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(node, field, "expected a whole number")
            return 0
        if minimum is not None and value < minimum:
            self.problem(node, field, f"expected a number of at least {minimum}, got {value}")
        return value

    def number(self, node: yaml.Node | None, field: str) -> float:
        value = self.scalar(node)
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.problem(node, field, "expected a number")
            return 0
        return value

    def date(self, node: yaml.Node | None, field: str) -> dt.date:
        value = self.scalar(node)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.problem(node, field, f"expected a date YYYY-MM-DD, got {getattr(node, 'value', None)!r}")
        return dt.date.min

    def choice(self, node: yaml.Node | None, field: str, choices: Iterable[str]) -> str:
        choices = list(choices)
        value = self.scalar(node)
        if value not in choices:
            shown = getattr(node, "value", value)
            self.problem(node, field, f"expected one of {', '.join(choices)}; got {shown!r}")
            return choices[0]
        return value


class _NotScalar:
    def __repr__(self) -> str:
        return "<not a scalar>"


_NOT_SCALAR = _NotScalar()
