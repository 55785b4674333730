"""Loads every catalog and office layer from the resource folders.

A file that fails validation is reported in ``Library.problems`` and skipped; the rest load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assist_app.catalog.model import Catalog, Office, OfficeLayer, Text
from assist_app.catalog.parser import CatalogParser, ParsedCatalog
from assist_app.catalog.problems import CatalogError, CatalogProblem
from assist_app.catalog.references import check_references

GENERIC_LAYER = "generic"


def _compose(path: Path, problems: list[CatalogProblem]) -> yaml.Node | None:
    from assist_app.catalog.yaml_reader import compose

    try:
        return compose(path)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        problems.append(CatalogProblem(path, line, "(syntax)", f"not valid YAML: {exc.problem}"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(CatalogProblem(path, None, "(file)", f"cannot be read: {exc.__class__.__name__}"))
    return None


def parse_office_layer(path: Path, known_ids: set[str] | None = None) -> OfficeLayer:
    problems: list[CatalogProblem] = []
    root = _compose(path, problems)
    layer = None
    if not problems:
        parser = CatalogParser(path)
        layer = parser.office_layer(root)
        problems = parser.problems
        if known_ids is not None:
            problems += [
                CatalogProblem(path, r.line, r.field, f"{r.target!r} is not an office of the generic layer")
                for r in parser.references
                if r.target not in known_ids
            ]
    if problems or layer is None:
        raise CatalogError(problems or [CatalogProblem(path, None, "(file)", "empty file")])
    return layer


def parse_catalog(path: Path, office_ids: set[str] | None = None) -> Catalog:
    problems: list[CatalogProblem] = []
    root = _compose(path, problems)
    parsed: ParsedCatalog | None = None
    if not problems:
        parser = CatalogParser(path)
        parsed = parser.catalog(root)
        problems = parser.problems
        if parsed is not None:
            problems += check_references(parsed, office_ids)
    if problems or parsed is None:
        raise CatalogError(problems or [CatalogProblem(path, None, "(file)", "empty file")])
    return parsed.catalog


@dataclass
class Library:
    """The catalogs (newest version of each id) and office layers that loaded cleanly."""

    catalogs: dict[str, Catalog] = field(default_factory=dict)
    layers: dict[str, OfficeLayer] = field(default_factory=dict)
    problems: list[CatalogProblem] = field(default_factory=list)

    def catalog(self, catalog_id: str) -> Catalog | None:
        return self.catalogs.get(catalog_id)

    def office(self, office_id: str, ward: str | None = None) -> Office:
        """The ward's own office if it has one, else the generic one."""
        for layer_id in (ward, GENERIC_LAYER):
            layer = self.layers.get(layer_id) if layer_id else None
            if layer is not None and office_id in layer.offices:
                return layer.offices[office_id]
        return Office(office_id, Text(office_id, office_id))

    def wards(self) -> list[OfficeLayer]:
        return [layer for lid, layer in sorted(self.layers.items()) if lid != GENERIC_LAYER]


def load_library(catalog_dir: Path, office_dir: Path) -> Library:
    library = Library()
    generic_path = office_dir / f"{GENERIC_LAYER}.yaml"
    office_ids: set[str] | None = None
    try:
        generic = parse_office_layer(generic_path)
        library.layers[GENERIC_LAYER] = generic
        office_ids = set(generic.offices)
    except CatalogError as exc:
        library.problems += exc.problems
    for path in sorted(office_dir.glob("*.yaml")):
        if path == generic_path:
            continue
        try:
            layer = parse_office_layer(path, office_ids)
            library.layers[layer.id] = layer
        except CatalogError as exc:
            library.problems += exc.problems
    for path in sorted(catalog_dir.glob("*.yaml")):
        try:
            catalog = parse_catalog(path, office_ids)
        except CatalogError as exc:
            library.problems += exc.problems
            continue
        current = library.catalogs.get(catalog.id)
        if current is None or catalog.version_key > current.version_key:
            library.catalogs[catalog.id] = catalog
    return library
