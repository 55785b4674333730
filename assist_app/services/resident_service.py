"""Residents: added only with a consent record, found by name or kana in any width or script."""

from __future__ import annotations

from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from assist_app.services.errors import ConsentRequired, InvalidInput, NotFound
from assist_app.services.history import record
from assist_app.services.views import ConsentInput, ResidentInput, ResidentView
from assist_app.storage import Database
from assist_app.storage.models import Consent, Resident, ResidentSearchKey
from assist_app.textfold import fold, search_keys

LANGUAGES = ("ja", "en", "easy_ja")


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
_HAS_CONSENT = (
    exists()
    .where(Consent.resident_id == Resident.id, Consent.withdrawn_at.is_(None))
    .correlate(Resident)
    .label("has_consent")
)


# One Core statement with bound parameters, built once, no ORM entities: it runs on every
# keystroke of the search box.
_SEARCH = (
    select(*_VIEW_COLUMNS, _HAS_CONSENT)
    .where(
        Resident.id.in_(
            select(ResidentSearchKey.resident_id)
            .where(ResidentSearchKey.key >= bindparam("low"), ResidentSearchKey.key < bindparam("high"))
            .distinct()
        )
    )
    .order_by(Resident.kana, Resident.id)
    .limit(bindparam("limit"))
)


def _active_consent(session: Session, resident_id: int) -> bool:
    query = select(Consent.id).where(Consent.resident_id == resident_id, Consent.withdrawn_at.is_(None))
    return session.execute(query.limit(1)).first() is not None


def _check(data: ResidentInput) -> None:
    if not data.name.strip():
        raise InvalidInput("Enter the resident's name.")
    if data.preferred_language not in LANGUAGES:
        raise InvalidInput(f"Unknown language {data.preferred_language!r}; expected ja, en or easy_ja.")


def _set_keys(resident: Resident) -> None:
    keys = search_keys(resident.name, resident.kana)
    resident.search_keys = [ResidentSearchKey(key=k) for k in sorted(keys)]


class ResidentService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add_resident(self, helper_id: int | None, data: ResidentInput, consent: ConsentInput) -> ResidentView:
        """Nothing is stored about a resident before their consent is recorded with them."""
        _check(data)
        if consent is None or not consent.scope.strip():
            raise ConsentRequired("Record what the resident agreed to before saving anything about them.")
        with self._db.session() as session:
            resident = Resident(**{k: getattr(data, k) for k in ResidentInput.__dataclass_fields__})
            resident.name, resident.kana = data.name.strip(), data.kana.strip()
            resident.created_by = helper_id
            resident.consents = [
                Consent(
                    scope=consent.scope.strip(),
                    given_on=consent.given_on,
                    paper_form=consent.paper_form,
                    recorded_by=helper_id,
                )
            ]
            _set_keys(resident)
            session.add(resident)
            session.flush()
            record(session, "resident_added", helper_id, resident_id=resident.id)
            record(
                session, "consent_recorded", helper_id, resident_id=resident.id, paper_form=consent.paper_form
            )
            return resident_view(resident, True)

    def update_resident(self, helper_id: int | None, resident_id: int, data: ResidentInput) -> ResidentView:
        _check(data)
        with self._db.session() as session:
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise NotFound(f"No resident {resident_id}.")
            changed = [
                k for k in ResidentInput.__dataclass_fields__ if getattr(resident, k) != getattr(data, k)
            ]
            for key in changed:
                setattr(resident, key, getattr(data, key))
            if {"name", "kana"} & set(changed):
                _set_keys(resident)
            record(session, "resident_updated", helper_id, resident_id=resident_id, fields=changed)
            return resident_view(resident, _active_consent(session, resident_id))

    def get_resident(self, resident_id: int) -> ResidentView:
        with self._db.session() as session:
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise NotFound(f"No resident {resident_id}.")
            return resident_view(resident, _active_consent(session, resident_id))

    def search(self, query: str, limit: int = 20) -> list[ResidentView]:
        """Residents whose name or kana (or a part of either) starts with ``query``."""
        key = fold(query)
        if not key:
            return []
        params = {"low": key, "high": key + "\U0010ffff", "limit": limit}
        with self._db.read() as conn:
            return [ResidentView(*row) for row in conn.execute(_SEARCH, params)]
