"""The form QR on each outage-kit sheet: which catalog, which version and which sheet it is, so a
paper sheet brought back later opens the matching entry form (``PA-FORM:death:2026.11.1:intake``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "PA-FORM"
GENERAL = "general"  # sheets that belong to no life event: consent form, blank handout
KIT_VERSION = "1"  # the layout of the general sheets
SHEETS = ("intake", "checklist", "consent", "handout")
_PATTERN = re.compile(rf"^{PREFIX}:([a-z0-9_-]+):([A-Za-z0-9._-]+):({'|'.join(SHEETS)})$")


@dataclass(frozen=True)
class FormCode:
    catalog_id: str
    version: str
    sheet: str

    def __str__(self) -> str:
        return f"{PREFIX}:{self.catalog_id}:{self.version}:{self.sheet}"


def parse_form_code(text: str) -> FormCode | None:
    match = _PATTERN.match(text.strip())
    return FormCode(*match.groups()) if match else None
