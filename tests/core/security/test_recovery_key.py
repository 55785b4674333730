"""The recovery key: round trip, forgiving input, and every single-character typo refused."""

import pytest

from assist_app.security.recovery_key import (
    ALPHABET,
    RecoveryKeyError,
    format_recovery_key,
    key_id,
    parse_recovery_key,
)

KEY = bytes(range(7, 39))


def test_fourteen_groups_of_four_that_round_trip():
    text = format_recovery_key(KEY)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert set(text) <= set(ALPHABET + "-")
    assert parse_recovery_key(text) == KEY


def test_case_spaces_and_look_alikes_are_forgiven():
    text = format_recovery_key(KEY)
    sloppy = " ".join(text.lower().split("-")).replace("0", "o").replace("1", "l")
    assert parse_recovery_key(sloppy) == KEY


def test_every_single_character_substitution_is_refused():
    compact = format_recovery_key(KEY).replace("-", "")
    for position, original in enumerate(compact):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = compact[:position] + replacement + compact[position + 1 :]
            with pytest.raises(RecoveryKeyError, match="typing mistake"):
                parse_recovery_key(typo)


@pytest.mark.parametrize(
    ("text", "message"),
    [("ABCD-EFGH", "56 characters"), ("ABCD-EFGU" + "A" * 48, "not one of them"), ("", "56 characters")],
)
def test_malformed_keys_say_what_is_wrong(text, message):
    with pytest.raises(RecoveryKeyError, match=message):
        parse_recovery_key(text)


def test_key_id_differs_between_keys_and_does_not_reveal_the_key():
    assert key_id(KEY) != key_id(bytes(32))
    assert KEY.hex()[:16] not in key_id(KEY)
