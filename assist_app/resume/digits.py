"""Bytes as digits only, so a QR code uses numeric mode and a keyboard-wedge scanner types the
same characters on every layout and input method.

``72`` (marker) + ``1`` (scheme) + byte count in 3 digits + the bytes as one base-10 number,
zero-padded to the width the byte count implies. Base 10 costs log10(256) ≈ 2.41 digits a byte,
the same density as numeric-mode QR's own 3 digits per 10 bits, with no padding waste.
"""

from __future__ import annotations

from functools import cache

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
        raise NotAResumeCode("This is not a resume code (a resume code has only digits).")
    if not text.startswith(MARKER):
        raise NotAResumeCode("This is not a resume code.")
    if len(text) < HEADER:
        raise TruncatedCode("The resume code is cut short; scan it again.")
    if text[len(MARKER)] != SCHEME:
        raise NotAResumeCode("This resume code was made in a format this version cannot read.")
    size = int(text[len(MARKER) + 1 : HEADER])
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise DamagedCode("The resume code is damaged (its length digits are wrong); scan it again.")
    expected = code_length(size)
    if len(text) < expected:
        raise TruncatedCode(
            f"The resume code is cut short ({len(text)} of {expected} digits); scan or type it again."
        )
    if len(text) > expected:
        raise DamagedCode(f"The resume code has {len(text) - expected} digits too many; scan it again.")
    number = int(text[HEADER:])
    if number >= 256**size:
        raise DamagedCode("The resume code is damaged; scan it again.")
    return number.to_bytes(size, "big")
