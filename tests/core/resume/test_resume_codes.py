"""Resume codes: digits only, small enough for a version-10 QR code at ECC Q, and every damaged,
truncated, forged, expired or foreign code refused with its own reason."""

from __future__ import annotations

import datetime as dt
import zlib

import pytest
from resume_samples import NOW, sample_content

from assist_app.printing.qr_drawing import qr_version
from assist_app.resume import (
    DamagedCode,
    ExpiredCode,
    ForgedCode,
    NotAResumeCode,
    ResumeCodeRefused,
    SigningKey,
    TruncatedCode,
    UnknownSigner,
    issue_code,
    verify_code,
)
from assist_app.resume.digits import from_digits, to_digits
from assist_app.resume.payload import MAX_STEPS, MAX_TEXT
from assist_app.resume.signed_code import CRC_BYTES


def test_round_trip_keeps_every_field(signing_key, trust):
    content = sample_content(signing_key)
    code = issue_code(content, signing_key)
    verified = verify_code(code, trust, NOW)
    assert verified.content == content
    assert verified.signer.own and verified.signer.key_id == signing_key.key_id


def test_digits_only_and_fits_version_10_at_q(signing_key):
    code = issue_code(sample_content(signing_key), signing_key)
    assert code.isdigit() and code.isascii()
    assert qr_version(code, "Q") <= 10
    # The worst case the format allows still fits.
    worst = sample_content(
        signing_key,
        steps=MAX_STEPS,
        catalog_id="x" * MAX_TEXT,
        catalog_version="9" * MAX_TEXT,
        case_id=2**32 - 1,
    )
    assert qr_version(issue_code(worst, signing_key), "Q") <= 10


def test_no_known_date_and_no_step_statuses_round_trip(signing_key, trust):
    content = sample_content(signing_key, known_date=None, statuses=(None,) * 27)
    assert verify_code(issue_code(content, signing_key), trust, NOW).content == content


def test_every_single_bit_flip_is_refused(signing_key, trust):
    data = from_digits(issue_code(sample_content(signing_key), signing_key))
    for index in range(len(data) * 8):
        flipped = bytearray(data)
        flipped[index // 8] ^= 0x80 >> (index % 8)
        with pytest.raises(ResumeCodeRefused):
            verify_code(to_digits(bytes(flipped)), trust, NOW)


def test_every_single_digit_change_is_refused(signing_key, trust):
    code = issue_code(sample_content(signing_key), signing_key)
    for position, digit in enumerate(code):
        for other in "0123456789":
            if other != digit:
                with pytest.raises(ResumeCodeRefused):
                    verify_code(code[:position] + other + code[position + 1 :], trust, NOW)


def test_truncated_and_overlong_codes(signing_key, trust):
    code = issue_code(sample_content(signing_key), signing_key)
    for cut in (1, 10, len(code) - 7):
        with pytest.raises(TruncatedCode):
            verify_code(code[:-cut], trust, NOW)
    with pytest.raises(DamagedCode) as info:
        verify_code(code + "0", trust, NOW)
    assert not isinstance(info.value, TruncatedCode)


def test_altered_content_with_a_fixed_checksum_is_forged(signing_key, trust):
    data = bytearray(from_digits(issue_code(sample_content(signing_key), signing_key)))
    data[8] ^= 1  # inside the case id
    signed = bytes(data[:-CRC_BYTES])
    forged = to_digits(signed + zlib.crc32(signed).to_bytes(CRC_BYTES, "big"))
    with pytest.raises(ForgedCode) as info:
        verify_code(forged, trust, NOW)
    assert info.value.reason == "bad_signature"


def test_unknown_signer(signing_key, trust):
    stranger = SigningKey.generate()
    code = issue_code(sample_content(stranger), stranger)
    with pytest.raises(UnknownSigner) as info:
        verify_code(code, trust, NOW)
    assert stranger.key_id.hex() in str(info.value)


def test_expired_only_after_the_last_day(signing_key, trust):
    code = issue_code(sample_content(signing_key, expires_on=dt.date(2026, 12, 1)), signing_key)
    assert verify_code(code, trust, dt.datetime(2026, 12, 1, 23, 59))
    with pytest.raises(ExpiredCode) as info:
        verify_code(code, trust, dt.datetime(2026, 12, 2, 0, 0))
    assert "2026-12-01" in str(info.value)


@pytest.mark.parametrize(
    "text", ["", "https://www.example.jp/", "PA-FORM:death:2026.11.1:intake", "12345", "811" + "0" * 300]
)
def test_other_texts_are_not_resume_codes(text, trust):
    with pytest.raises(NotAResumeCode):
        verify_code(text, trust, NOW)


def test_a_newer_scheme_is_refused_as_a_format_error(signing_key, trust):
    code = issue_code(sample_content(signing_key), signing_key)
    with pytest.raises(NotAResumeCode):
        verify_code(code[:2] + "2" + code[3:], trust, NOW)


def test_content_the_format_cannot_hold_is_rejected_when_issuing(signing_key):
    with pytest.raises(ValueError, match="ASCII"):
        issue_code(sample_content(signing_key, catalog_id="死亡"), signing_key)
    with pytest.raises(ValueError, match="at most"):
        issue_code(sample_content(signing_key, steps=MAX_STEPS + 1), signing_key)
    with pytest.raises(ValueError, match="another key"):
        issue_code(sample_content(SigningKey.generate()), signing_key)
