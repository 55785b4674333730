"""Derives a case's checklist from a catalog, the event dates and the intake answers.

The statuses are imported at once; derivation and diffs (which bring the catalog layer and YAML)
on first use, so the storage models, which need only the statuses, stay off the catalog's
import cost at start-up (the sign-in page opens the database before any catalog is read).
"""

import importlib

from assist_app.checklist.status import NO_LONGER, ItemStatus, next_step

_LATER = {
    "Applies": "derive",
    "DerivedItem": "derive",
    "derive_checklist": "derive",
    "ChecklistChange": "diff",
    "CurrentItem": "diff",
    "DueChange": "diff",
    "diff_checklist": "diff",
}


def __getattr__(name: str):
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LATER[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "NO_LONGER",
    "Applies",
    "ChecklistChange",
    "CurrentItem",
    "DerivedItem",
    "DueChange",
    "ItemStatus",
    "derive_checklist",
    "diff_checklist",
    "next_step",
]
