"""Printing a case's handout: gathers the views, signs its resume code, records the printing.

The keychain may be unusable (locked, missing); the handout is then printed without a resume code
and the reason is returned, because a resident must never leave without their paper.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assist_app.catalog import Catalog, Library
from assist_app.checklist import NO_LONGER
from assist_app.messages import Message, Word, message_of
from assist_app.messages.cases import NO_CASE
from assist_app.messages.paper import HANDOUT_NO_CATALOG
from assist_app.printing import HandoutJob, build_handout, write_handouts
from assist_app.printing.batch import Progress
from assist_app.resume import ResumeContent, SigningKey, issue_code, layout_hash
from assist_app.resume.payload import to_milliseconds
from assist_app.security import SecretStoreError
from assist_app.services.access import Actor, check_case, records_denials
from assist_app.services.case_service import CaseService
from assist_app.services.errors import NotFound
from assist_app.services.history import record
from assist_app.services.resident_service import ResidentService
from assist_app.services.views import CaseView
from assist_app.storage import Database
from assist_app.storage.models import Case, utcnow

VALID_DAYS = 400  # the longest deadline (inheritance tax, 10 months) plus a margin


OUTPUTS = ("printer", "pdf_file")  # where a handout can leave the app


@dataclass(frozen=True)
class PrintedHandout:
    case_id: int
    pdf: bytes
    resume_code: str | None
    no_code_reason: Message | None  # why the handout carries no resume code, if it does not
    lang: str = "ja"
    large: bool = False
    key_id: str | None = None  # hex id of the key that signed its resume code


def resume_content(
    view: CaseView, catalog: Catalog, key_id: bytes, issued_at: dt.datetime, valid_days: int = VALID_DAYS
) -> ResumeContent:
    """The case's progress in the loaded catalog's procedure order (the order the code is read in)."""
    items = {i.procedure_id: i for i in view.items if i.applies != NO_LONGER}
    return ResumeContent(
        key_id=key_id,
        case_id=view.id,
        case_created_at=to_milliseconds(view.created_at),
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        layout=layout_hash(p.id for p in catalog.procedures),
        event_date=view.summary.event_date,
        known_date=view.known_date,
        issued_at=issued_at.replace(microsecond=0),
        expires_on=issued_at.date() + dt.timedelta(days=valid_days),
        statuses=tuple(items[p.id].status if p.id in items else None for p in catalog.procedures),
    )


class HandoutService:
    def __init__(
        self,
        database: Database,
        library: Library,
        cases: CaseService,
        residents: ResidentService,
        signing_key: Callable[[], SigningKey],
        now: Callable[[], dt.datetime] = utcnow,
        valid_days: int = VALID_DAYS,
    ) -> None:
        self._db, self._library = database, library
        self._cases, self._residents = cases, residents
        self._signing_key, self._now, self._valid_days = signing_key, now, valid_days
        self._key: SigningKey | None = None
        self._lock = threading.Lock()

    def _key_or_reason(self) -> tuple[SigningKey | None, SecretStoreError | None]:
        with self._lock:  # one keychain prompt, not one per handout of a batch
            if self._key is None:
                try:
                    self._key = self._signing_key()
                except SecretStoreError as exc:
                    return None, exc
            return self._key, None

    def _job(self, actor: Actor, case_id: int, lang: str | None, large: bool | None):
        view = self._cases.get_case(actor, case_id)
        resident = self._residents.get_resident(actor, view.summary.resident_id)
        helper_name = actor.name
        catalog = self._library.catalog(view.summary.catalog_id)
        if catalog is None:
            raise NotFound(HANDOUT_NO_CATALOG(catalog=Word("life_event", view.summary.catalog_id)))
        key, reason = self._key_or_reason()
        code = None
        if key is not None:
            code = issue_code(resume_content(view, catalog, key.key_id, self._now(), self._valid_days), key)
        job = HandoutJob(
            case=view,
            resident=resident,
            helper_name=helper_name,
            lang=lang or resident.preferred_language,
            large=resident.large_print if large is None else large,
            resume_code=code,
        )
        return job, reason, key

    def _record(
        self,
        actor: Actor,
        case_id: int,
        output: str,
        *,
        lang: str,
        large: bool,
        resume_code: bool,
        key_id: str | None,
    ) -> None:
        """A handout left the app (never the file's path: it may hold a name)."""
        if output not in OUTPUTS:
            raise ValueError(output)
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(NO_CASE(case_id=case_id))
            check_case(actor, case)  # e.g. handed to another helper while the preview was open
            record(
                session,
                "printed",
                actor,
                case_id=case_id,
                document="handout",
                output=output,
                lang=lang,
                large=large,
                resume_code=resume_code,
                **({"key_id": key_id} if key_id else {}),
            )

    def _record_job(self, actor: Actor, job: HandoutJob, key: SigningKey | None, output: str) -> None:
        key_id = key.key_id.hex() if key is not None and job.resume_code else None
        self._record(
            actor,
            job.case.id,
            output,
            lang=job.lang,
            large=job.large,
            resume_code=job.resume_code is not None,
            key_id=key_id,
        )

    @records_denials
    def record_output(self, actor: Actor, printed: PrintedHandout, output: str) -> None:
        """``printed`` went to a printer or was saved as a PDF file: one entry in the history."""
        self._record(
            actor,
            printed.case_id,
            output,
            lang=printed.lang,
            large=printed.large,
            resume_code=printed.resume_code is not None,
            key_id=printed.key_id,
        )

    @records_denials
    def print_handout(
        self,
        actor: Actor,
        case_id: int,
        lang: str | None = None,
        large: bool | None = None,
        *,
        record: bool = True,
    ) -> PrintedHandout:
        """The handout PDF in the resident's language and print size unless told otherwise.

        ``record``: the PDF is saved as a file (the command line), so it is recorded as printed.
        A preview passes False and calls ``record_output`` once the handout leaves the app.
        """
        job, problem, key = self._job(actor, case_id, lang, large)
        pdf = build_handout(
            job.case,
            self._library,
            job.resident,
            job.helper_name,
            lang=job.lang,
            large=job.large,
            resume_code=job.resume_code,
            printed_on=self._now().date(),
        )
        if record:
            self._record_job(actor, job, key, "pdf_file")
        key_id = key.key_id.hex() if key is not None and job.resume_code else None
        return PrintedHandout(
            case_id,
            pdf,
            job.resume_code,
            message_of(problem) if problem else None,
            job.lang,
            job.large,
            key_id,
        )

    @records_denials
    def print_batch(
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
        """One PDF per case in ``out_dir``; each printed handout is recorded in its case's history."""
        prepared = [self._job(actor, case_id, lang, large) for case_id in case_ids]
        jobs = [job for job, _, _ in prepared]
        key = prepared[0][2] if prepared else None
        written = write_handouts(
            jobs, self._library, out_dir, printed_on=self._now().date(), progress=progress, cancel=cancel
        )
        for job in jobs[: len(written)]:
            self._record_job(actor, job, key, "pdf_file")
        return written
