"""Cross-reference checks: every id a catalog names must exist, and dependencies form no cycle."""

from __future__ import annotations

from pathlib import Path

from assist_app.catalog.model import Catalog, QuestionType
from assist_app.catalog.parser import BUILT_IN_DATES, ParsedCatalog, Reference
from assist_app.catalog.problems import CatalogProblem

_OPS_BY_TYPE = {
    QuestionType.YES_NO: {"equals", "one_of", "answered", "unknown"},
    QuestionType.CHOICE: {"equals", "one_of", "answered", "unknown"},
    QuestionType.NUMBER: {"equals", "at_least", "at_most", "answered", "unknown"},
    QuestionType.DATE: {"on_or_after", "before", "answered", "unknown"},
}


def check_references(parsed: ParsedCatalog, office_ids: set[str] | None) -> list[CatalogProblem]:
    catalog = parsed.catalog
    path = catalog.source or Path("?")
    problems: list[CatalogProblem] = []

    def problem(ref: Reference, expected: str) -> None:
        problems.append(CatalogProblem(path, ref.line, ref.field, expected))

    for ref in parsed.references:
        if ref.kind == "office":
            if office_ids is not None and ref.target not in office_ids:
                problem(ref, f"unknown office {ref.target!r}; define it in resources/offices/generic.yaml")
        elif ref.kind == "procedure":
            if catalog.procedure(ref.target) is None:
                problem(ref, f"unknown procedure {ref.target!r} in depends_on")
        elif ref.kind == "date_question":
            q = catalog.question(ref.target)
            if ref.target not in BUILT_IN_DATES and (q is None or q.type is not QuestionType.DATE):
                problem(ref, f"expected the id of a date question, got {ref.target!r}")
        elif ref.kind == "question" and ref.atom is not None:
            _check_atom(catalog, ref, problem)
    problems.extend(_cycles(parsed, path))
    return problems


def _check_atom(catalog: Catalog, ref: Reference, problem) -> None:
    atom = ref.atom
    if atom.question in BUILT_IN_DATES:
        qtype = QuestionType.DATE
        question = None
    else:
        question = catalog.question(atom.question)
        if question is None:
            problem(ref, f"unknown question {atom.question!r}")
            return
        qtype = question.type
    if atom.op not in _OPS_BY_TYPE[qtype]:
        allowed = ", ".join(sorted(_OPS_BY_TYPE[qtype]))
        problem(ref, f"{atom.op} does not apply to a {qtype.value} question; expected one of {allowed}")
        return
    values = atom.value if atom.op == "one_of" else (atom.value,) if atom.op == "equals" else ()
    if qtype is QuestionType.YES_NO:
        valid = {"yes", "no"}
    elif qtype is QuestionType.CHOICE and question is not None:
        valid = {o.value for o in question.options}
    else:
        return
    for value in values:
        if str(value) not in valid:
            expected = ", ".join(sorted(valid))
            problem(ref, f"{value!r} is not an answer of {atom.question!r}; expected one of {expected}")


def _cycles(parsed: ParsedCatalog, path: Path) -> list[CatalogProblem]:
    graph = {
        p.id: [d for d in p.depends_on if parsed.catalog.procedure(d)] for p in parsed.catalog.procedures
    }
    state: dict[str, int] = {}  # 1 visiting, 2 done
    problems: list[CatalogProblem] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in graph[node]:
            if state.get(dep) == 1:
                cycle = [*trail[trail.index(dep) :], dep] if dep in trail else [node, dep]
                problems.append(
                    CatalogProblem(
                        path,
                        parsed.lines.get(node),
                        f"procedures[{node}].depends_on",
                        "dependency cycle: " + " → ".join(cycle),
                    )
                )
            elif dep not in state:
                visit(dep, [*trail, dep])
        state[node] = 2

    for pid in graph:
        if pid not in state:
            visit(pid, [pid])
    return problems
