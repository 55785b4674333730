"""Issuing and verifying resume codes: payload, Ed25519 signature, checksum, digits.

The CRC-32 is not security (the signature is): it tells a misread or a typo ("damaged, scan again")
apart from a code that reads cleanly but was altered or signed by someone else ("forged").
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature

from assist_app.messages.paper import (
    CODE_CHECK_DIGITS_WRONG,
    CODE_EXPIRED,
    CODE_FORGED,
    CODE_SIGNER_UNKNOWN,
    THIS_INSTALLATION,
)
from assist_app.resume.digits import from_digits, to_digits
from assist_app.resume.errors import DamagedCode, ExpiredCode, ForgedCode, UnknownSigner
from assist_app.resume.payload import ResumeContent, key_id_of, pack, unpack
from assist_app.resume.signing_key import SigningKey
from assist_app.resume.trust import TrustedKey

SIGNATURE_BYTES = 64
CRC_BYTES = 4
_DOMAIN = b"assist-app resume code\x00"  # a signature made for anything else never verifies here


class KeyLookup(Protocol):
    def find(self, key_id: bytes) -> TrustedKey | None: ...


@dataclass(frozen=True)
class VerifiedResume:
    content: ResumeContent
    signer: TrustedKey


def issue_code(content: ResumeContent, key: SigningKey) -> str:
    if content.key_id != key.key_id:
        raise ValueError("the content names another key than the one signing it")
    body = pack(content)
    signed = body + key.sign(_DOMAIN + body)
    return to_digits(signed + zlib.crc32(signed).to_bytes(CRC_BYTES, "big"))


def verify_code(digits: str, trusted: KeyLookup, now: dt.datetime) -> VerifiedResume:
    """The verified content, or a ResumeCodeRefused subclass saying why not.

    ``now`` is naive UTC. Checks run from the cheapest to the most telling, and the expiry date is
    looked at only once the signature holds, so a forged code is never reported as merely expired.
    """
    data = from_digits(digits)
    signed, crc = data[:-CRC_BYTES], data[-CRC_BYTES:]
    if zlib.crc32(signed).to_bytes(CRC_BYTES, "big") != crc or len(signed) <= SIGNATURE_BYTES:
        raise DamagedCode(CODE_CHECK_DIGITS_WRONG())
    body, signature = signed[:-SIGNATURE_BYTES], signed[-SIGNATURE_BYTES:]
    key_id = key_id_of(body)
    signer = trusted.find(key_id)
    if signer is None:
        raise UnknownSigner(CODE_SIGNER_UNKNOWN(key_id=key_id.hex()))
    try:
        signer.public_key().verify(signature, _DOMAIN + body)
    except InvalidSignature:
        named = THIS_INSTALLATION() if signer.own else signer.label or signer.key_id_hex
        raise ForgedCode(CODE_FORGED(signer=named)) from None
    content = unpack(body)
    if now.date() > content.expires_on:
        raise ExpiredCode(CODE_EXPIRED(date=content.expires_on.isoformat()))
    return VerifiedResume(content, signer)
