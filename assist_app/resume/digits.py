"""Bytes as digits only, so a QR code uses numeric mode and a keyboard-wedge scanner types the
same characters on every layout and input method.

``72`` (marker) + ``1`` (scheme) + byte count in 3 digits + the bytes as one base-10 number,
zero-padded to the width the byte count implies. Base 10 costs log10(256) ≈ 2.41 digits a byte,
the same density as numeric-mode QR's own 3 digits per 10 bits, with no padding waste.
"""

from __future__ import annotations

from functools import cache

from assist_app.messages.paper import (
    CODE_CUT_SHORT,
    CODE_CUT_SHORT_COUNTED,
    CODE_DAMAGED,
    CODE_FORMAT_TOO_NEW,
    CODE_LENGTH_DAMAGED,
    CODE_TOO_LONG,
    NOT_A_CODE,
    NOT_A_CODE_ONLY_DIGITS,
)
from assist_app.resume.errors import DamagedCode, NotAResumeCode, TruncatedCode

MARKER = "72"
SCHEME = "1"
HEADER = len(MARKER) + len(SCHEME) + 3
MIN_BYTES, MAX_BYTES = 40, 200


@cache
def digit_width(n_bytes: int) -> int:
    return len(str(256**n_bytes - 1))


def code_length(n_bytes: int) -> int:
    return HEADER + digit_width(n_bytes)


def to_digits(data: bytes) -> str:
    if not MIN_BYTES <= len(data) <= MAX_BYTES:
        raise ValueError(f"{len(data)} bytes is outside {MIN_BYTES}–{MAX_BYTES}")
    number = str(int.from_bytes(data, "big")).zfill(digit_width(len(data)))
    return f"{MARKER}{SCHEME}{len(data):03d}{number}"


def from_digits(text: str) -> bytes:
    if not text.isdigit() or not text.isascii():
        raise NotAResumeCode(NOT_A_CODE_ONLY_DIGITS())
    if not text.startswith(MARKER):
        raise NotAResumeCode(NOT_A_CODE())
    if len(text) < HEADER:
        raise TruncatedCode(CODE_CUT_SHORT())
    if text[len(MARKER)] != SCHEME:
        raise NotAResumeCode(CODE_FORMAT_TOO_NEW())
    size = int(text[len(MARKER) + 1 : HEADER])
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise DamagedCode(CODE_LENGTH_DAMAGED())
    expected = code_length(size)
    if len(text) < expected:
        raise TruncatedCode(CODE_CUT_SHORT_COUNTED(digits=len(text), expected=expected))
    if len(text) > expected:
        raise DamagedCode(CODE_TOO_LONG(extra=len(text) - expected))
    number = int(text[HEADER:])
    if number >= 256**size:
        raise DamagedCode(CODE_DAMAGED())
    return number.to_bytes(size, "big")
