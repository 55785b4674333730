"""A typical death case on a real SQLite file with the bundled catalogs, and its printed papers.

The case mixes every status and leaves some answers "don't know", so the handout has done steps
to leave out, steps in progress and on hold, steps to confirm and overdue steps. The signing key
is handed to the service directly: printing needs no keychain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from assist_app.catalog import Library
from assist_app.config import Config
from assist_app.resume import SigningKey, TrustStore
from assist_app.security import SecretStore
from assist_app.security.memory_keyring import MemoryKeyring
from assist_app.services.access import Actor
from assist_app.services.core import Core, open_core
from assist_app.services.handout_service import HandoutService, PrintedHandout
from assist_app.services.views import CaseView, ConsentInput, ResidentInput

PIN = "2468"

PRINTED_AT = dt.datetime(2026, 11, 20, 0, 30)  # naive UTC; the handout's printing date is 20 Nov
EVENT = dt.date(2026, 11, 8)
ANSWERS = {
    "died_abroad": "no",
    "deceased_age": 82,
    "foreign_resident": "no",
    "head_of_household": "yes",
    "household_after": "two_or_more",
    "insurance": "late_elderly",
    "employed": "no",
    "care_certified": "yes",
    "funeral_held": "yes",
    "funeral_date": "2026-11-12",
    "received_pension": "yes",
    "pension_type": "kosei",
    "has_my_number_card": "yes",
    "had_bank_accounts": "yes",
    # everything else "don't know": those steps print as "to confirm"
}
STATUSES = {
    "death-registration": ("done", ""),
    "cremation-permit": ("done", ""),
    "my-number-card": ("not_needed", ""),
    "pension-stop": ("in_progress", ""),
    "head-of-household-change": ("blocked", "住民票の写しを取り寄せ中"),
}


@dataclass
class PrintedCase:
    core: Core
    library: Library
    service: HandoutService
    key: SigningKey
    trust: TrustStore
    helper: Actor
    resident_name: str
    case_id: int
    _printed: dict = field(default_factory=dict)

    @property
    def helper_name(self) -> str:
        return self.helper.name

    def view(self) -> CaseView:
        return self.core.cases.get_case(self.helper, self.case_id)

    def handout(self, lang: str, large: bool) -> PrintedHandout:
        if (lang, large) not in self._printed:
            self._printed[lang, large] = self.service.print_handout(self.helper, self.case_id, lang, large)
        return self._printed[lang, large]


def open_printed_case(folder: Path, library: Library) -> PrintedCase:
    config = Config(data_dir=folder, database_url=f"sqlite:///{folder / 'assist.sqlite3'}")
    # Made once per session, before the per-test in-memory keychain: it brings its own.
    keychain = SecretStore(backend=MemoryKeyring())
    core = open_core(config, library, today=lambda: PRINTED_AT.date(), keychain=keychain)
    helper = core.accounts.create_first_account("試験 担当", PIN)
    resident = core.residents.add_resident(
        helper,
        ResidentInput(name="見本 花子", kana="ミホン ハナコ"),
        ConsentInput("手続き支援の記録", EVENT),
    )
    view = core.cases.open_case(helper, resident.id, "death", EVENT, ANSWERS, EVENT + dt.timedelta(1))
    for item in view.items:
        if item.procedure_id in STATUSES:
            status, reason = STATUSES[item.procedure_id]
            core.cases.set_status(helper, item.id, status, reason)
    key = SigningKey.generate()
    service = HandoutService(
        core.database,
        library,
        core.cases,
        core.residents,
        signing_key=lambda: key,
        now=lambda: PRINTED_AT,
    )
    trust = TrustStore(folder / "trusted_keys.json", key)
    return PrintedCase(core, library, service, key, trust, helper, resident.name, view.id)
