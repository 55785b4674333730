"""The signed content of a resume code, packed into bytes. No personal data: ids, dates, statuses.

Layout (big-endian), 57 bytes for the death catalog:
  format 1 | key id 4 | case id 4 | case created 6 (ms since 2020) | catalog id 1+n | version 1+n |
  layout 4 | event date 2 (days since 2000) | known date 2 (days after the event, 0 = none) |
  issued 4 (s since 2020) | expires 2 (days since 2000) | step count 1 | statuses 3 bits each
Statuses follow the catalog's procedure order; ``layout`` is a hash of that order so a code read
against a catalog whose procedures moved is noticed instead of misread. Case id and creation time
to the millisecond name the case: two installations each have a case 12, made at different times.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass

from assist_app.messages.paper import CODE_CONTENT_UNREADABLE, CODE_FORMAT_TOO_NEW
from assist_app.resume.errors import NotAResumeCode

FORMAT = 2  # 2: case creation time to the millisecond (1 had whole seconds)
KEY_ID_BYTES = 4
MAX_TEXT = 12  # catalog id and version, in ASCII
MAX_STEPS = 64  # keeps the worst case inside a version-10 QR code at ECC Q
# Index = code; None is "not on this case's checklist".
STATUS_CODES: tuple[str | None, ...] = (None, "todo", "in_progress", "done", "not_needed", "blocked")
DAY_ZERO = dt.date(2000, 1, 1)
TIME_ZERO = dt.datetime(2020, 1, 1)  # naive UTC, like the database's timestamps


@dataclass(frozen=True)
class ResumeContent:
    key_id: bytes
    case_id: int
    case_created_at: dt.datetime  # naive UTC, to the millisecond; with case_id, names the case
    catalog_id: str
    catalog_version: str
    layout: bytes
    event_date: dt.date
    known_date: dt.date | None
    issued_at: dt.datetime  # naive UTC, whole seconds
    expires_on: dt.date
    statuses: tuple[str | None, ...]


def layout_hash(procedure_ids: Iterable[str]) -> bytes:
    return hashlib.sha256("\n".join(procedure_ids).encode()).digest()[:4]


def _seconds(moment: dt.datetime) -> int:
    return int((moment.replace(microsecond=0) - TIME_ZERO).total_seconds())


def to_milliseconds(moment: dt.datetime) -> dt.datetime:
    """``moment`` as precisely as a resume code keeps a case's creation time."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _milliseconds(moment: dt.datetime) -> bytes:
    return ((to_milliseconds(moment) - TIME_ZERO) // dt.timedelta(milliseconds=1)).to_bytes(6, "big")


def _text(value: str, what: str) -> bytes:
    data = value.encode("ascii", errors="strict") if value.isascii() else b""
    if not data or len(data) > MAX_TEXT:
        raise ValueError(f"{what} {value!r} must be 1–{MAX_TEXT} ASCII characters for a resume code")
    return bytes([len(data)]) + data


def _pack_statuses(statuses: tuple[str | None, ...]) -> bytes:
    bits = 0
    for status in statuses:
        bits = (bits << 3) | STATUS_CODES.index(status)
    size = (3 * len(statuses) + 7) // 8
    return (bits << (size * 8 - 3 * len(statuses))).to_bytes(size, "big")


def pack(content: ResumeContent) -> bytes:
    if len(content.statuses) > MAX_STEPS:
        raise ValueError(f"a resume code holds at most {MAX_STEPS} steps")
    if len(content.key_id) != KEY_ID_BYTES or len(content.layout) != 4:
        raise ValueError("key id and layout hash are 4 bytes each")
    known = 0 if content.known_date is None else (content.known_date - content.event_date).days
    return b"".join(
        [
            struct.pack(">B4sI", FORMAT, content.key_id, content.case_id),
            _milliseconds(content.case_created_at),
            _text(content.catalog_id, "catalog id"),
            _text(content.catalog_version, "catalog version"),
            struct.pack(
                ">4sHHIHB",
                content.layout,
                (content.event_date - DAY_ZERO).days,
                known,
                _seconds(content.issued_at),
                (content.expires_on - DAY_ZERO).days,
                len(content.statuses),
            ),
            _pack_statuses(content.statuses),
        ]
    )


def key_id_of(body: bytes) -> bytes:
    """The signer's key id, readable before the rest is trusted."""
    if len(body) < 1 + KEY_ID_BYTES or body[0] != FORMAT:
        raise NotAResumeCode(CODE_FORMAT_TOO_NEW())
    return body[1 : 1 + KEY_ID_BYTES]


def unpack(body: bytes) -> ResumeContent:
    """Read a body whose signature has been verified; a malformed one is a format error."""
    try:
        return _unpack(body)
    except (struct.error, ValueError, IndexError, OverflowError):
        raise NotAResumeCode(CODE_CONTENT_UNREADABLE()) from None


def _unpack(body: bytes) -> ResumeContent:
    _, key_id, case_id = struct.unpack_from(">B4sI", body, 0)
    created = int.from_bytes(body[9:15], "big")
    pos = 15
    texts = []
    for _ in range(2):
        size = body[pos]
        texts.append(body[pos + 1 : pos + 1 + size].decode("ascii"))
        if not 0 < size <= MAX_TEXT or len(texts[-1]) != size:
            raise ValueError("bad text")
        pos += 1 + size
    layout, event, known, issued, expires, count = struct.unpack_from(">4sHHIHB", body, pos)
    pos += 15
    size = (3 * count + 7) // 8
    if count > MAX_STEPS or len(body) != pos + size:
        raise ValueError("bad length")
    bits = int.from_bytes(body[pos:], "big") >> (size * 8 - 3 * count)
    codes = [(bits >> (3 * (count - 1 - i))) & 7 for i in range(count)]
    event_date = DAY_ZERO + dt.timedelta(days=event)
    return ResumeContent(
        key_id=key_id,
        case_id=case_id,
        case_created_at=TIME_ZERO + dt.timedelta(milliseconds=created),
        catalog_id=texts[0],
        catalog_version=texts[1],
        layout=layout,
        event_date=event_date,
        known_date=event_date + dt.timedelta(days=known) if known else None,
        issued_at=TIME_ZERO + dt.timedelta(seconds=issued),
        expires_on=DAY_ZERO + dt.timedelta(days=expires),
        statuses=tuple(STATUS_CODES[c] for c in codes),  # IndexError for codes 6 and 7
    )
