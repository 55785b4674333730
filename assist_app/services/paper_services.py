"""The services behind the app's paper screens, built once from the core: handouts, resume codes,
keys, the outage kit and paper re-entry; plus recording where a document went.

Built on first use, not at start-up: ReportLab, pypdfium2 and cryptography cost a few hundred
milliseconds to import, and the first screen needs none of them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assist_app.printing.batch import Progress
from assist_app.services.access import Actor
from assist_app.services.case_service import CaseService
from assist_app.services.core import Core
from assist_app.services.handout_service import HandoutService, PrintedHandout
from assist_app.services.kit_service import KitService
from assist_app.services.paper_entry import PaperEntryService
from assist_app.services.resident_service import ResidentService
from assist_app.services.resume_key_service import ResumeKeyService
from assist_app.services.resume_service import ResumeService
from assist_app.storage.models import utcnow


@dataclass(frozen=True)
class HandoutChoice:
    lang: str  # ja, en or easy_ja
    large: bool


@dataclass
class PaperServices:
    cases: CaseService
    residents: ResidentService
    handouts: HandoutService
    resume: ResumeService
    keys: ResumeKeyService
    kit: KitService
    entry: PaperEntryService

    def handout_defaults(self, actor: Actor, case_id: int) -> HandoutChoice:
        """The resident's language and print size: what a handout uses unless the helper changes it."""
        view = self.cases.view(actor, case_id)
        resident = self.residents.get_resident(actor, view.summary.resident_id)
        return HandoutChoice(resident.preferred_language, resident.large_print)

    def preview_handout(self, actor: Actor, case_id: int, choice: HandoutChoice) -> PrintedHandout:
        """The handout to look at: not recorded until it leaves the app (``record_output``)."""
        return self.handouts.print_handout(actor, case_id, choice.lang, choice.large, record=False)

    def record_output(self, actor: Actor, printed: PrintedHandout, output: str) -> None:
        """The handout was sent to a printer ("printer") or saved as a PDF file ("pdf_file")."""
        self.handouts.record_output(actor, printed, output)

    def print_each(
        self,
        actor: Actor,
        case_ids: Sequence[int],
        send: Callable[[PrintedHandout], None],
        *,
        lang: str | None = None,
        large: bool | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[int]:
        """Make each case's handout and hand it to ``send`` (a printer); returns the cases done.

        ``lang``/``large`` None: each resident's own. Stops before the next case once ``cancel`` is
        set; what was sent stays sent and recorded.
        """
        done: list[int] = []
        for case_id in case_ids:
            if cancel is not None and cancel.is_set():
                break
            printed = self.handouts.print_handout(actor, case_id, lang, large, record=False)
            send(printed)
            self.record_output(actor, printed, "printer")
            done.append(case_id)
            if progress is not None:
                progress(len(done), len(case_ids))
        return done

    def save_each(
        self,
        actor: Actor,
        case_ids: Sequence[int],
        out_dir: Path,
        *,
        lang: str | None = None,
        large: bool | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[Path]:
        """One PDF file per case in ``out_dir`` (named by case number only), each recorded."""
        return self.handouts.print_batch(
            actor, case_ids, out_dir, lang=lang, large=large, progress=progress, cancel=cancel
        )


def open_paper_services(core: Core, now: Callable[[], dt.datetime] = utcnow) -> PaperServices:
    """The paper services, signing with the core's key: the keychain, or the passphrase vault where
    no keychain works."""
    keys = ResumeKeyService(core.config.data_dir, core.signing_key)
    handouts = HandoutService(
        core.database,
        core.library,
        core.cases,
        core.residents,
        signing_key=core.signing_key,
        now=now,
    )
    return PaperServices(
        cases=core.cases,
        residents=core.residents,
        handouts=handouts,
        resume=ResumeService(core.database, core.library, core.cases, keys.trust_store, now=now),
        keys=keys,
        kit=KitService(core.library),
        entry=PaperEntryService(core.database, core.library, core.cases),
    )
