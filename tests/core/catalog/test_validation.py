"""Every kind of catalog error is reported with the file, the line, the field and what was expected."""

from pathlib import Path

import pytest

from assist_app.catalog import CatalogError, load_library, parse_catalog, parse_office_layer
from tests.conftest import FIXTURES

MINI = (FIXTURES / "catalogs" / "mini.yaml").read_text(encoding="utf-8")
OFFICES = {"ward.family-register", "ward.nhi", "pension-office"}


def broken(tmp_path: Path, old: str, new: str, name: str = "mini.yaml") -> Path:
    assert old in MINI, old
    path = tmp_path / name
    path.write_text(MINI.replace(old, new, 1), encoding="utf-8")
    return path


def problems_of(path: Path):
    with pytest.raises(CatalogError) as info:
        parse_catalog(path, OFFICES)
    return info.value.problems


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_fixture_is_valid():
    catalog = parse_catalog(FIXTURES / "catalogs" / "mini.yaml", OFFICES)
    assert [p.id for p in catalog.procedures] == [
        "registration",
        "insurance-loss",
        "pension-stop",
        "funeral-claim",
    ]


def test_unknown_key(tmp_path):
    path = broken(tmp_path, "    verified: false\n", "    verified: false\n    colour: red\n")
    [p] = problems_of(path)
    assert p.file == path and p.line == line_of(path, "colour: red")
    assert p.field == "procedures[insurance-loss].colour"
    assert "unknown key" in p.expected and "applies_when" in p.expected
    assert str(p).startswith(f"mini.yaml:{p.line}: procedures[insurance-loss].colour: unknown key")


def test_missing_required_key(tmp_path):
    path = broken(tmp_path, "    basis: {ja: 戸籍法86条, en: Family Register Act art. 86}\n", "")
    [p] = problems_of(path)
    assert p.field == "procedures[registration].basis" and p.expected == "required key is missing"


def test_bad_date(tmp_path):
    path = broken(tmp_path, "checked_on: 2026-11-01", "checked_on: 2026-02-30")
    [p] = problems_of(path)
    assert (p.field, p.line) == ("catalog.checked_on", 4)
    assert "expected a date YYYY-MM-DD" in p.expected and "2026-02-30" in p.expected


def test_bad_date_in_condition(tmp_path):
    path = broken(
        tmp_path,
        'applies_when: {question: pension, equals: "yes"}',
        "applies_when: {question: funeral_date, on_or_after: tomorrow}",
    )
    [p] = problems_of(path)
    assert p.field == "procedures[pension-stop].applies_when.on_or_after"


def test_dangling_office(tmp_path):
    path = broken(tmp_path, "office: pension-office", "office: pension-ofice")
    [p] = problems_of(path)
    assert p.line == line_of(path, "pension-ofice")
    assert p.field == "procedures[pension-stop].office" and "unknown office 'pension-ofice'" in p.expected


def test_dangling_question(tmp_path):
    path = broken(tmp_path, '{question: pension, equals: "yes"}', '{question: pensoin, equals: "yes"}')
    [p] = problems_of(path)
    assert p.field == "procedures[pension-stop].applies_when" and "unknown question 'pensoin'" in p.expected


def test_dangling_dependency(tmp_path):
    path = broken(tmp_path, "depends_on: [registration]", "depends_on: [registraton]")
    [p] = problems_of(path)
    assert p.field == "procedures[insurance-loss].depends_on[0]" and "registraton" in p.expected


def test_dependency_cycle(tmp_path):
    path = broken(
        tmp_path,
        "    basis: {ja: 戸籍法86条, en: Family Register Act art. 86}\n",
        "    basis: {ja: 戸籍法86条, en: Family Register Act art. 86}\n    depends_on: [funeral-claim]\n",
    )
    [p] = problems_of(path)
    assert "dependency cycle" in p.expected
    assert "registration" in p.expected and "funeral-claim" in p.expected and "insurance-loss" in p.expected


def test_answer_that_is_not_an_option(tmp_path):
    path = broken(tmp_path, "{question: insurance, equals: nhi}\n", "{question: insurance, equals: kokuho}\n")
    [p] = problems_of(path)
    assert "'kokuho' is not an answer of 'insurance'" in p.expected and "employee, nhi" in p.expected


def test_unquoted_yes_is_caught(tmp_path):
    path = broken(tmp_path, 'equals: "yes"', "equals: yes")
    [p] = problems_of(path)
    assert 'write "yes"/"no" in quotes' in p.expected


def test_operator_that_does_not_fit_the_question_type(tmp_path):
    path = broken(tmp_path, "{question: age, at_least: 75}", "{question: insurance, at_least: 75}")
    [p] = problems_of(path)
    assert "at_least does not apply to a choice question" in p.expected


def test_bad_enum_value(tmp_path):
    path = broken(tmp_path, "level: national", "level: federal")
    [p] = problems_of(path)
    assert (
        p.field == "procedures[pension-stop].level"
        and "ward, tokyo, national, insurer, private" in p.expected
    )


def test_dated_rule_needs_its_counting_rule(tmp_path):
    path = broken(tmp_path, "      counting_basis: 戸籍法43条1項\n", "")
    [p] = problems_of(path)
    assert p.field == "procedures[registration].deadline.counting_basis" and "required" in p.expected


def test_guidance_cannot_have_a_period(tmp_path):
    path = broken(
        tmp_path, "deadline: {kind: guidance, note:", "deadline: {kind: guidance, period: {days: 3}, note:"
    )
    [p] = problems_of(path)
    assert p.field == "procedures[pension-stop].deadline.period"


def test_duplicate_ids_and_short_codes(tmp_path):
    path = broken(
        tmp_path, "  - id: pension-stop\n    short_code: T03", "  - id: registration\n    short_code: T01"
    )
    fields = {p.field for p in problems_of(path)}
    assert {"procedures[registration].id", "procedures[T01].short_code"} <= fields


def test_start_must_be_a_date_question(tmp_path):
    path = broken(tmp_path, "from: answer:funeral_date", "from: answer:age")
    [p] = problems_of(path)
    assert p.field == "procedures[funeral-claim].deadline.from" and "date question" in p.expected


def test_titles_need_all_three_languages(tmp_path):
    path = broken(
        tmp_path,
        "title: {ja: 届出, en: Registration, easy_ja: とどけ}",
        "title: {ja: 届出, en: Registration}",
    )
    [p] = problems_of(path)
    assert p.field == "procedures[registration].title.easy_ja"


def test_several_problems_are_all_reported(tmp_path):
    text = MINI.replace("level: national", "level: federal").replace(
        "office: pension-office", "office: nowhere"
    )
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    assert len(problems_of(path)) == 2


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = broken(tmp_path, "  region: test\n", "  region: [test\n")
    [p] = problems_of(path)
    assert p.field == "(syntax)" and p.line is not None and "not valid YAML" in p.expected


def test_comma_in_flow_text_gets_a_hint(tmp_path):
    path = broken(
        tmp_path, "what: {ja: 届け出る, en: File it}", "what: {ja: 届け出る, en: File it, then wait}"
    )
    [p] = problems_of(path)
    assert "put the whole text in quotes" in p.expected


def test_office_layer_cannot_add_ids(tmp_path):
    path = tmp_path / "ward.yaml"
    path.write_text(
        (FIXTURES / "offices" / "testward.yaml")
        .read_text(encoding="utf-8")
        .replace("id: ward.nhi", "id: ward.nothing")
    )
    with pytest.raises(CatalogError) as info:
        parse_office_layer(path, OFFICES)
    [p] = info.value.problems
    assert p.field == "offices[ward.nothing].id" and "not an office of the generic layer" in p.expected


def test_broken_catalog_is_reported_and_skipped(tmp_path):
    catalogs, offices = tmp_path / "catalogs", tmp_path / "offices"
    catalogs.mkdir()
    offices.mkdir()
    for name in ("generic.yaml", "testward.yaml"):
        (offices / name).write_text(
            (FIXTURES / "offices" / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    (catalogs / "good.yaml").write_text(MINI, encoding="utf-8")
    (catalogs / "bad.yaml").write_text(
        MINI.replace("id: mini", "id: other").replace("level: national", "level: x")
    )
    (catalogs / "garbage.yaml").write_bytes(b"\xff\xfe not yaml: [")
    library = load_library(catalogs, offices)
    assert list(library.catalogs) == ["mini"]
    assert {p.file.name for p in library.problems} == {"bad.yaml", "garbage.yaml"}


def test_ward_layer_overrides_generic_office(fixture_library):
    assert fixture_library.office("ward.nhi", "testward").phone == "03-0000-0000"
    assert fixture_library.office("ward.nhi").name.en == "Your ward office, health insurance"
    assert fixture_library.office("ward.family-register", "testward").name.ja == "お住まいの区役所 戸籍担当"
