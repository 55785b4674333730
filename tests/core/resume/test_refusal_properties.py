"""Property: whatever text reaches the decoder, it verifies or is refused cleanly — never another
exception. Mutations of a real code must always be refused."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from resume_samples import NOW, sample_content

from assist_app.resume import ResumeCodeRefused, issue_code, verify_code
from assist_app.resume.reading import code_from_text

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
