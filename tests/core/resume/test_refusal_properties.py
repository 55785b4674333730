"""Property: whatever text reaches the decoder, it verifies or is refused cleanly — never another
exception. Mutations of a real code must always be refused."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from resume_samples import NOW, sample_content

from assist_app.resume import ResumeCodeRefused, issue_code, verify_code
from assist_app.resume.digits import MAX_BYTES, MIN_BYTES, to_digits
from assist_app.resume.payload import FORMAT, pack
from assist_app.resume.reading import code_from_text
from assist_app.resume.signed_code import _DOMAIN, CRC_BYTES

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _decode(text, trust):
    try:
        return verify_code(code_from_text(text), trust, NOW)
    except ResumeCodeRefused:
        return None


@SETTINGS
@given(text=st.text(max_size=400))
def test_random_text_is_refused_cleanly(text, trust):
    assert _decode(text, trust) is None


@SETTINGS
@given(digits=st.text(alphabet="0123456789", min_size=0, max_size=420))
def test_random_digits_are_refused_cleanly(digits, trust):
    assert _decode("721" + digits, trust) is None


@pytest.fixture(scope="module")
def real_code(signing_key):
    return issue_code(sample_content(signing_key), signing_key)


@SETTINGS
@given(data=st.data())
def test_mutated_codes_are_refused(data, real_code, trust):
    code = list(real_code)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(code) - 1))
        action = data.draw(st.sampled_from(["replace", "delete", "insert", "swap"]))
        if action == "replace":
            new = data.draw(st.sampled_from("0123456789").filter(lambda d, p=position: d != code[p]))
            code[position] = new
        elif action == "delete":
            del code[position]
        elif action == "insert":
            code.insert(position, data.draw(st.sampled_from("0123456789")))
        elif position + 1 < len(code) and code[position] != code[position + 1]:
            code[position], code[position + 1] = code[position + 1], code[position]
        else:
            code[position] = "1" if code[position] != "1" else "2"
    mutated = "".join(code)
    if mutated != real_code:
        assert _decode(mutated, trust) is None


def _signed(body: bytes, key) -> str | None:
    """``body`` correctly signed and checksummed, as digits (None if its size cannot be encoded)."""
    signed = body + key.sign(_DOMAIN + body)
    data = signed + zlib.crc32(signed).to_bytes(CRC_BYTES, "big")
    return to_digits(data) if MIN_BYTES <= len(data) <= MAX_BYTES else None


@SETTINGS
@given(rest=st.binary(max_size=110))
def test_signed_content_in_no_known_layout_is_refused_cleanly(rest, signing_key, trust):
    # Signed by a trusted key, so every check before the layout passes: the reader must still cope.
    code = _signed(bytes([FORMAT]) + signing_key.key_id + rest, signing_key)
    if code is not None:
        _decode(code, trust)  # verified or refused, never another exception


@SETTINGS
@given(data=st.data())
def test_signed_edits_of_a_real_body_are_refused_or_read_cleanly(data, signing_key, trust):
    body = bytearray(pack(sample_content(signing_key)))
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(5, len(body) - 1))  # keep format and key id: reach the layout
        body[index] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        del body[data.draw(st.integers(5, len(body) - 1)) :]
    code = _signed(bytes(body), signing_key)
    if code is not None:
        _decode(code, trust)
