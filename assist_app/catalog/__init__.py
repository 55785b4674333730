"""Procedure catalogs: data files describing life events, their questions and procedures."""

from assist_app.catalog.library import Library, load_library, parse_catalog, parse_office_layer
from assist_app.catalog.model import UNKNOWN, Catalog, Procedure, Question, QuestionType, Text
from assist_app.catalog.problems import CatalogError, CatalogProblem

__all__ = [
    "UNKNOWN",
    "Catalog",
    "CatalogError",
    "CatalogProblem",
    "Library",
    "Procedure",
    "Question",
    "QuestionType",
    "Text",
    "load_library",
    "parse_catalog",
    "parse_office_layer",
]
