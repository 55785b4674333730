"""Residents: added only with a consent record, found by name or kana in any width or script,
erased for real when they withdraw their consent."""

from __future__ import annotations

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.orm import Session

from assist_app.catalog.model import LANGUAGES
from assist_app.messages import Template
from assist_app.messages.cases import (
    CHANGING_THEIR_DETAILS,
    CONSENT_BEFORE,
    CONSENT_SCOPE_MISSING,
    ENTER_RESIDENT_NAME,
    NO_RESIDENT,
    UNKNOWN_LANGUAGE,
)
from assist_app.services.access import (
    VIEWER,
    Actor,
    check_resident,
    own_residents_clause,
    records_denials,
    require_actor,
)
from assist_app.services.errors import ConsentRequired, InvalidInput, NotFound
from assist_app.services.history import audit, record, viewed
from assist_app.services.views import ConsentInput, ResidentInput, ResidentView
from assist_app.storage import Database
from assist_app.storage.erasure import erase_resident, scrub_freed_space
from assist_app.storage.models import Case, Consent, Resident, ResidentSearchKey
from assist_app.textfold import fold, search_keys


def resident_view(resident: Resident, has_consent: bool) -> ResidentView:
    return ResidentView(
        id=resident.id,
        name=resident.name,
        kana=resident.kana,
        birth_date=resident.birth_date,
        phone=resident.phone,
        address=resident.address,
        preferred_language=resident.preferred_language,
        large_print=resident.large_print,
        needs=resident.needs,
        has_consent=has_consent,
    )


# In ResidentView's field order, so a row maps onto it directly.
_VIEW_COLUMNS = (
    Resident.id,
    Resident.name,
    Resident.kana,
    Resident.birth_date,
    Resident.phone,
    Resident.address,
    Resident.preferred_language,
    Resident.large_print,
    Resident.needs,
)


def _search_statement(own_only: bool):
    """One Core statement with bound parameters, built once, no ORM entities: it runs on every
    keystroke of the search box. The page of residents is chosen first and only its rows are
    asked about consent: asked of every match, PostgreSQL hashed the whole consents table for a
    one-kana search (≈170 ms with 100,000 residents). ``own_only``: a volunteer's search, only the
    residents they look after (services/access.py)."""
    page = select(*_VIEW_COLUMNS).where(
        Resident.id.in_(
            select(ResidentSearchKey.resident_id)
            .where(ResidentSearchKey.key >= bindparam("low"), ResidentSearchKey.key < bindparam("high"))
            .distinct()
        )
    )
    if own_only:
        page = page.where(own_residents_clause())
    page = page.order_by(Resident.kana, Resident.id).limit(bindparam("limit")).subquery("page")
    has_consent = (
        exists().where(Consent.resident_id == page.c.id, Consent.withdrawn_at.is_(None)).label("has_consent")
    )
    return select(*page.c, has_consent).order_by(page.c.kana, page.c.id)


_SEARCH = _search_statement(own_only=False)
_SEARCH_OWN = _search_statement(own_only=True)


def _active_consent(session: Session, resident_id: int) -> bool:
    query = select(Consent.id).where(Consent.resident_id == resident_id, Consent.withdrawn_at.is_(None))
    return session.execute(query.limit(1)).first() is not None


def require_consent(session: Session, resident_id: int, doing: Template) -> None:
    """Nothing more is stored about a resident without a consent record in force. ``doing``: a
    phrase of assist_app.messages.cases ("opening a case" …)."""
    if not _active_consent(session, resident_id):
        raise ConsentRequired(CONSENT_BEFORE(doing=doing()))


def _check(data: ResidentInput) -> None:
    if not data.name.strip():
        raise InvalidInput(ENTER_RESIDENT_NAME())
    if data.preferred_language not in LANGUAGES:
        raise InvalidInput(UNKNOWN_LANGUAGE(language=data.preferred_language))


def _set_keys(resident: Resident) -> None:
    keys = search_keys(resident.name, resident.kana)
    resident.search_keys = [ResidentSearchKey(key=k) for k in sorted(keys)]


class ResidentService:
    """Every call takes the signed-in helper (Actor); see services/access.py for who sees what."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @records_denials
    def add_resident(self, actor: Actor, data: ResidentInput, consent: ConsentInput) -> ResidentView:
        """Nothing is stored about a resident before their consent is recorded with them."""
        require_actor(actor)
        _check(data)
        if consent is None or not consent.scope.strip():
            raise ConsentRequired(CONSENT_SCOPE_MISSING())
        with self._db.session() as session:
            resident = Resident(**{k: getattr(data, k) for k in ResidentInput.__dataclass_fields__})
            resident.name, resident.kana = data.name.strip(), data.kana.strip()
            resident.created_by = actor.helper_id
            resident.consents = [
                Consent(
                    scope=consent.scope.strip(),
                    given_on=consent.given_on,
                    paper_form=consent.paper_form,
                    recorded_by=actor.helper_id,
                )
            ]
            _set_keys(resident)
            session.add(resident)
            session.flush()
            record(session, "resident_added", actor, resident_id=resident.id)
            record(session, "consent_recorded", actor, resident_id=resident.id, paper_form=consent.paper_form)
            return resident_view(resident, True)

    def _load(self, session: Session, actor: Actor, resident_id: int) -> Resident:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(NO_RESIDENT(resident_id=resident_id))
        check_resident(session, actor, resident_id)
        return resident

    @records_denials
    def update_resident(self, actor: Actor, resident_id: int, data: ResidentInput) -> ResidentView:
        _check(data)
        with self._db.session() as session:
            resident = self._load(session, actor, resident_id)
            require_consent(session, resident_id, CHANGING_THEIR_DETAILS)
            changed = [
                k for k in ResidentInput.__dataclass_fields__ if getattr(resident, k) != getattr(data, k)
            ]
            for key in changed:
                setattr(resident, key, getattr(data, key))
            if {"name", "kana"} & set(changed):
                _set_keys(resident)
            record(session, "resident_updated", actor, resident_id=resident_id, fields=changed)
            return resident_view(resident, _active_consent(session, resident_id))

    @records_denials
    def get_resident(self, actor: Actor, resident_id: int) -> ResidentView:
        with self._db.session() as session:
            resident = self._load(session, actor, resident_id)
            viewed(session, actor, "resident_viewed", resident_id=resident_id)
            return resident_view(resident, _active_consent(session, resident_id))

    @records_denials
    def withdraw_consent(self, actor: Actor, resident_id: int) -> int:
        """The resident takes their consent back: everything about them is erased, for real (the
        rows, then the freed space in the file). Returns how many cases went with them."""
        with self._db.session() as session:
            self._load(session, actor, resident_id)
            cases = session.scalar(
                select(func.count()).select_from(Case).where(Case.resident_id == resident_id)
            )
            erase_resident(session, resident_id)
            audit(session, actor, "erase", "consent_withdrawn", resident_id=resident_id, cases=cases)
        scrub_freed_space(self._db.engine)
        return cases

    @records_denials
    def search(self, actor: Actor, query: str, limit: int = 20) -> list[ResidentView]:
        """Residents the helper may see whose name or kana (or a part of either) starts with ``query``."""
        require_actor(actor)
        key = fold(query)
        if not key:
            return []
        params = {"low": key, "high": key + "\U0010ffff", "limit": limit, VIEWER: actor.helper_id}
        statement = _SEARCH if actor.sees_everything else _SEARCH_OWN
        with self._db.read() as conn:
            found = [ResidentView(*row) for row in conn.execute(statement, params)]
        # The results show names: recorded as a look, after the lock-free read.
        with self._db.session() as session:
            viewed(
                session, actor, "residents_found", record_type="resident", record_ids=[r.id for r in found]
            )
        return found
