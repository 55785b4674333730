"""Turns a composed catalog or office-layer file into model objects, reporting every problem.

Cross-references (question, office and dependency ids) are collected as ``Reference``s and
checked afterwards by ``references.py``, once the whole file and the office layer are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assist_app.catalog.conditions import OPERATORS, All, AnyOf, Atom, Condition, Not
from assist_app.catalog.model import (
    Basis,
    Capability,
    Catalog,
    Deadline,
    DeadlineOverride,
    Level,
    Office,
    OfficeLayer,
    Option,
    Procedure,
    Question,
    QuestionType,
    Text,
)
from assist_app.catalog.yaml_reader import ID_PATTERN, Reader, id_label, line_of
from assist_app.deadlines import DueKind, Period, Rule
from assist_app.deadlines.rules import Unit

QUESTION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
PROCEDURE_ID = re.compile(r"^[a-z][a-z0-9-]*$")
SHORT_CODE = re.compile(r"^[A-Z][0-9]{2,3}$")
BUILT_IN_DATES = ("event_date", "known_date")


@dataclass(frozen=True, slots=True)
class Reference:
    kind: str  # "question", "office", "procedure", "date_question"
    target: str
    line: int | None
    field: str
    atom: Atom | None = None


@dataclass
class ParsedCatalog:
    catalog: Catalog
    references: list[Reference] = field(default_factory=list)
    lines: dict[str, int | None] = field(default_factory=dict)  # procedure id -> line


class CatalogParser:
    def __init__(self, path: Path) -> None:
        self.read = Reader(path)
        self.path = path
        self.references: list[Reference] = []

    @property
    def problems(self):
        return self.read.problems

    # texts -------------------------------------------------------------------------------
    def text(self, node: yaml.Node | None, field: str, all_languages: bool = False) -> Text:
        required = ("ja", "en", "easy_ja") if all_languages else ("ja", "en")
        optional = () if all_languages else ("easy_ja",)
        m = self.read.mapping(node, field, required, optional)
        if m is None:
            return Text("")
        values = {k: self.read.string(v, f"{field}.{k}") for k, v in m.items()}
        return Text(**values)

    def optional_text(self, node: yaml.Node | None, field: str) -> Text | None:
        return None if node is None else self.text(node, field)

    # conditions --------------------------------------------------------------------------
    def condition(self, node: yaml.Node | None, field: str) -> Condition:
        if not isinstance(node, yaml.MappingNode):
            self.read.problem(node, field, "expected a condition (all, any, not or a question test)")
            return All(())
        keys = [k.value for k, _ in node.value]
        if keys and keys[0] in ("all", "any"):
            m = self.read.mapping(node, field, (keys[0],))
            items_node = (m or {}).get(keys[0])
            items = tuple(
                self.condition(item, f"{field}.{keys[0]}[{i}]")
                for i, item in enumerate(self.read.sequence(items_node, f"{field}.{keys[0]}"))
            )
            if not items and items_node is not None:
                self.read.problem(items_node, f"{field}.{keys[0]}", "expected a non-empty list")
            return All(items) if keys[0] == "all" else AnyOf(items)
        if keys and keys[0] == "not":
            m = self.read.mapping(node, field, ("not",))
            return Not(self.condition((m or {}).get("not"), f"{field}.not"))
        m = self.read.mapping(node, field, ("question",), OPERATORS)
        if m is None:
            return All(())
        ops = [k for k in m if k != "question"]
        if len(ops) != 1:
            self.read.problem(node, field, f"expected exactly one test of: {', '.join(OPERATORS)}")
            return All(())
        op = ops[0]
        question = self.read.string(m.get("question"), f"{field}.question", QUESTION_ID)
        value_node = m[op]
        if op == "one_of":
            value = tuple(
                self.read.string(v, f"{field}.one_of")
                for v in self.read.sequence(value_node, f"{field}.one_of")
            )
        elif op in ("at_least", "at_most"):
            value = self.read.number(value_node, f"{field}.{op}")
        elif op in ("on_or_after", "before"):
            value = self.read.date(value_node, f"{field}.{op}")
        elif op in ("answered", "unknown"):
            if self.read.boolean(value_node, f"{field}.{op}") is not True:
                self.read.problem(value_node, f"{field}.{op}", "expected true (use not: to negate)")
            value = True
        else:
            value = self.read.string(value_node, f"{field}.{op}")
        atom = Atom(question, op, value)
        self.references.append(Reference("question", question, line_of(node), field, atom))
        return atom

    # deadlines ---------------------------------------------------------------------------
    def deadline(self, node: yaml.Node | None, field: str) -> Deadline:
        m = self.read.mapping(
            node,
            field,
            ("kind",),
            ("from", "period", "first_day", "counting_basis", "closed_days", "closed_days_basis", "note"),
        )
        if m is None:
            return Deadline(Rule(DueKind.NONE))
        kind = DueKind(self.read.choice(m.get("kind"), f"{field}.kind", [k.value for k in DueKind]))
        note = self.optional_text(m.get("note"), f"{field}.note")
        dated = kind in (DueKind.DEADLINE, DueKind.CLAIM_BY)
        if not dated:
            for key in ("period", "from", "first_day", "counting_basis", "closed_days"):
                if key in m:
                    self.read.problem(
                        m[key], f"{field}.{key}", f"a {kind.value} item has no date rule; remove it"
                    )
            if kind is DueKind.GUIDANCE and note is None:
                self.read.problem(node, f"{field}.note", "guidance needs a note saying what to aim for")
            return Deadline(Rule(kind), note)
        for key in ("period", "first_day", "counting_basis"):
            if key not in m:
                self.read.problem(node, f"{field}.{key}", f"required for a {kind.value}")
        start = self.start(m.get("from"), f"{field}.from")
        period = self.period(m.get("period"), f"{field}.period") if "period" in m else None
        first = (
            self.read.choice(m.get("first_day"), f"{field}.first_day", ["counted", "not_counted"])
            if "first_day" in m
            else "not_counted"
        )
        basis = (
            self.read.string(m.get("counting_basis"), f"{field}.counting_basis")
            if "counting_basis" in m
            else ""
        )
        closed = (
            self.read.choice(m.get("closed_days"), f"{field}.closed_days", ["extend", "keep"])
            if "closed_days" in m
            else "keep"
        )
        closed_basis = ""
        if closed == "extend":
            closed_basis = self.read.string(m.get("closed_days_basis"), f"{field}.closed_days_basis")
        rule = Rule(kind, start, period, first == "counted", basis, closed == "extend", closed_basis)
        return Deadline(rule, note)

    def start(self, node: yaml.Node | None, field: str) -> str:
        if node is None:
            return "event"
        value = self.read.string(node, field)
        if value in ("event", "known"):
            return value
        if value.startswith("answer:"):
            self.references.append(Reference("date_question", value[7:], line_of(node), field))
            return value
        self.read.problem(node, field, f"expected event, known or answer:<date question id>; got {value!r}")
        return "event"

    def period(self, node: yaml.Node | None, field: str) -> Period | None:
        m = self.read.mapping(node, field, (), [u.value for u in Unit])
        if m is None:
            return None
        if len(m) != 1:
            self.read.problem(node, field, "expected exactly one of days, months, years")
            return None
        unit, amount = next(iter(m.items()))
        return Period(self.read.integer(amount, f"{field}.{unit}", minimum=1), Unit(unit))

    # questions ---------------------------------------------------------------------------
    def question(self, node: yaml.Node, field: str) -> Question | None:
        m = self.read.mapping(node, field, ("id", "type", "text"), ("help", "options", "min", "max", "unit"))
        if m is None:
            return None
        qid = self.read.string(m.get("id"), f"{field}.id", QUESTION_ID)
        field = f"questions[{qid}]"
        qtype = QuestionType(
            self.read.choice(m.get("type"), f"{field}.type", [t.value for t in QuestionType])
        )
        options: list[Option] = []
        if qtype is QuestionType.CHOICE:
            for i, opt in enumerate(self.read.sequence(m.get("options"), f"{field}.options")):
                om = self.read.mapping(opt, f"{field}.options[{i}]", ("value", "label"))
                if om is not None:
                    value = self.read.string(om.get("value"), f"{field}.options[{i}].value", QUESTION_ID)
                    if value == "unknown":
                        self.read.problem(
                            om["value"], f"{field}.options[{i}].value", "'unknown' is reserved for don't know"
                        )
                    options.append(
                        Option(value, self.text(om.get("label"), f"{field}.options[{i}].label", True))
                    )
            if len(options) < 2:
                self.read.problem(node, f"{field}.options", "a choice needs at least two options")
            if len({o.value for o in options}) != len(options):
                self.read.problem(m.get("options"), f"{field}.options", "option values must be unique")
        for key in ("options",) if qtype is not QuestionType.CHOICE else ():
            if key in m:
                self.read.problem(m[key], f"{field}.{key}", "only a choice question has options")
        for key in ("min", "max", "unit"):
            if key in m and qtype is not QuestionType.NUMBER:
                self.read.problem(m[key], f"{field}.{key}", "only a number question has min, max and unit")
        return Question(
            id=qid,
            type=qtype,
            text=self.text(m.get("text"), f"{field}.text", True),
            help=self.optional_text(m.get("help"), f"{field}.help"),
            options=tuple(options),
            minimum=self.read.integer(m["min"], f"{field}.min") if "min" in m else None,
            maximum=self.read.integer(m["max"], f"{field}.max") if "max" in m else None,
            unit=self.optional_text(m.get("unit"), f"{field}.unit"),
        )

    # procedures --------------------------------------------------------------------------
    def procedure(self, node: yaml.Node, field: str) -> Procedure | None:
        m = self.read.mapping(
            node,
            field,
            ("id", "short_code", "title", "what", "level", "office", "deadline", "basis", "verified"),
            (
                "deadline_overrides",
                "documents",
                "url",
                "depends_on",
                "capabilities",
                "applies_when",
                "external_id",
                "note",
            ),
        )
        if m is None:
            return None
        pid = self.read.string(m.get("id"), f"{field}.id", PROCEDURE_ID)
        field = f"procedures[{pid}]"
        office = self.read.string(m.get("office"), f"{field}.office", ID_PATTERN)
        self.references.append(Reference("office", office, line_of(m.get("office")), f"{field}.office"))
        depends = []
        for i, dep in enumerate(self.read.sequence(m.get("depends_on"), f"{field}.depends_on")):
            dep_id = self.read.string(dep, f"{field}.depends_on[{i}]", PROCEDURE_ID)
            depends.append(dep_id)
            self.references.append(Reference("procedure", dep_id, line_of(dep), f"{field}.depends_on[{i}]"))
        overrides = []
        for i, o in enumerate(self.read.sequence(m.get("deadline_overrides"), f"{field}.deadline_overrides")):
            of = f"{field}.deadline_overrides[{i}]"
            om = self.read.mapping(o, of, ("when", "deadline"))
            if om is not None:
                overrides.append(
                    DeadlineOverride(
                        self.condition(om.get("when"), f"{of}.when"),
                        self.deadline(om.get("deadline"), f"{of}.deadline"),
                    )
                )
        bm = self.read.mapping(m.get("basis"), f"{field}.basis", ("ja", "en"), ("easy_ja", "url"))
        basis = Basis(Text(""))
        if bm is not None:
            url_node = bm.pop("url", None)
            texts = {k: self.read.string(v, f"{field}.basis.{k}") for k, v in bm.items()}
            basis = Basis(Text(**texts), self.read.url(url_node, f"{field}.basis.url"))
        capabilities = tuple(
            Capability(self.read.choice(c, f"{field}.capabilities", [x.value for x in Capability]))
            for c in self.read.sequence(m.get("capabilities"), f"{field}.capabilities")
        )
        return Procedure(
            id=pid,
            short_code=self.read.string(m.get("short_code"), f"{field}.short_code", SHORT_CODE),
            title=self.text(m.get("title"), f"{field}.title", True),
            what=self.text(m.get("what"), f"{field}.what"),
            level=Level(self.read.choice(m.get("level"), f"{field}.level", [lv.value for lv in Level])),
            office=office,
            deadline=self.deadline(m.get("deadline"), f"{field}.deadline"),
            deadline_overrides=tuple(overrides),
            basis=basis,
            verified=self.read.boolean(m.get("verified"), f"{field}.verified"),
            documents=tuple(
                self.text(d, f"{field}.documents[{i}]")
                for i, d in enumerate(self.read.sequence(m.get("documents"), f"{field}.documents"))
            ),
            url=self.read.url(m.get("url"), f"{field}.url"),
            depends_on=tuple(depends),
            capabilities=capabilities,
            applies_when=self.condition(m["applies_when"], f"{field}.applies_when")
            if "applies_when" in m
            else None,
            external_id=self.read.optional_string(m.get("external_id"), f"{field}.external_id"),
            note=self.optional_text(m.get("note"), f"{field}.note"),
        )

    # files -------------------------------------------------------------------------------
    def catalog(self, root: yaml.Node | None) -> ParsedCatalog | None:
        top = self.read.mapping(root, "(file)", ("catalog", "questions", "procedures"))
        if top is None:
            return None
        head = (
            self.read.mapping(
                top.get("catalog"),
                "catalog",
                ("id", "version", "checked_on", "region", "title", "event_date_label"),
                ("known_date_label",),
            )
            or {}
        )
        questions = [
            q
            for i, n in enumerate(self.read.sequence(top.get("questions"), "questions"))
            if (q := self.question(n, f"questions[{id_label(n, i)}]")) is not None
        ]
        procedures, lines = [], {}
        for i, n in enumerate(self.read.sequence(top.get("procedures"), "procedures")):
            p = self.procedure(n, f"procedures[{id_label(n, i)}]")
            if p is not None:
                procedures.append(p)
                lines[p.id] = line_of(n)
        catalog = Catalog(
            id=self.read.string(head.get("id"), "catalog.id", PROCEDURE_ID),
            version=self.read.string(head.get("version"), "catalog.version"),
            checked_on=self.read.date(head.get("checked_on"), "catalog.checked_on"),
            region=self.read.string(head.get("region"), "catalog.region"),
            title=self.text(head.get("title"), "catalog.title", True),
            event_date_label=self.text(head.get("event_date_label"), "catalog.event_date_label"),
            known_date_label=self.optional_text(head.get("known_date_label"), "catalog.known_date_label"),
            questions=tuple(questions),
            procedures=tuple(procedures),
            source=self.path,
        )
        self._check_unique(top.get("questions"), [q.id for q in questions], "questions", "id")
        self._check_unique(top.get("procedures"), [p.id for p in procedures], "procedures", "id")
        self._check_unique(
            top.get("procedures"), [p.short_code for p in procedures], "procedures", "short_code"
        )
        for builtin in BUILT_IN_DATES:
            if builtin in {q.id for q in questions}:
                self.read.problem(
                    top.get("questions"), f"questions[{builtin}]", "this id is built in; choose another"
                )
        return ParsedCatalog(catalog, self.references, lines)

    def _check_unique(self, node: yaml.Node | None, values: list[str], field: str, key: str) -> None:
        seen: set[str] = set()
        for value in values:
            if value in seen:
                self.read.problem(
                    node, f"{field}[{value}].{key}", f"{key} {value!r} is used twice; it must be unique"
                )
            seen.add(value)

    def office_layer(self, root: yaml.Node | None) -> OfficeLayer | None:
        top = self.read.mapping(root, "(file)", ("layer", "offices"))
        if top is None:
            return None
        head = self.read.mapping(top.get("layer"), "layer", ("id", "version", "checked_on"), ("ward",)) or {}
        offices: dict[str, Office] = {}
        for i, n in enumerate(self.read.sequence(top.get("offices"), "offices")):
            m = self.read.mapping(
                n,
                f"offices[{id_label(n, i)}]",
                ("id", "name", "verified"),
                ("counter", "address", "phone", "hours", "url"),
            )
            if m is None:
                continue
            oid = self.read.string(m.get("id"), f"offices[{i}].id", ID_PATTERN)
            f = f"offices[{oid}]"
            if oid in offices:
                self.read.problem(n, f"{f}.id", "office id is used twice; it must be unique")
            offices[oid] = Office(
                id=oid,
                name=self.text(m.get("name"), f"{f}.name"),
                counter=self.optional_text(m.get("counter"), f"{f}.counter"),
                address=self.optional_text(m.get("address"), f"{f}.address"),
                phone=self.read.optional_string(m.get("phone"), f"{f}.phone"),
                hours=self.optional_text(m.get("hours"), f"{f}.hours"),
                url=self.read.url(m.get("url"), f"{f}.url"),
                verified=self.read.boolean(m.get("verified"), f"{f}.verified"),
            )
            self.references.append(Reference("office", oid, line_of(n), f"{f}.id"))
        return OfficeLayer(
            id=self.read.string(head.get("id"), "layer.id", ID_PATTERN),
            version=self.read.string(head.get("version"), "layer.version"),
            checked_on=self.read.date(head.get("checked_on"), "layer.checked_on"),
            ward=self.optional_text(head.get("ward"), "layer.ward"),
            offices=offices,
            source=self.path,
        )
