"""PINs as slow salted hashes: what is stored, what is accepted, what is refused."""

import pytest

from assist_app.security import pin as pin_module
from assist_app.security.pin import (
    PinError,
    ScryptCost,
    check_new_pin,
    hash_pin,
    needs_rehash,
    verify_pin,
)

CHEAP = ScryptCost(log2_n=10)
# What hash_pin uses in the app, read when this module is collected: before tests/conftest.py's
# autouse quick_pins lowers it for every test.
PRODUCTION_COST = pin_module.DEFAULT_COST


def test_the_stored_form_carries_its_parameters_and_a_fresh_salt():
    first, second = hash_pin("2468", CHEAP), hash_pin("2468", CHEAP)
    scheme, log2_n, r, p, salt, _digest = first.split("$")
    assert (scheme, log2_n, r, p) == ("scrypt", "10", "8", "1")
    assert first != second and salt != second.split("$")[4]  # a salt per hash
    assert "2468" not in first


def test_right_pin_verifies_and_wrong_ones_do_not():
    stored = hash_pin("2468", CHEAP)
    assert verify_pin("2468", stored)
    for wrong in ("2469", "", "24680", "２４６８"):
        assert not verify_pin(wrong, stored)


def test_the_production_cost_is_slow(monkeypatch):
    cost = PRODUCTION_COST
    assert cost.log2_n >= 15 and cost.r >= 8
    monkeypatch.setattr(pin_module, "DEFAULT_COST", cost)  # quick_pins undone for this test
    stored = hash_pin("2468")  # no cost given: the app's default
    assert stored.split("$")[1:4] == [str(cost.log2_n), str(cost.r), str(cost.p)]
    assert verify_pin("2468", stored)
    assert needs_rehash(hash_pin("2468", CHEAP)) and not needs_rehash(stored)


@pytest.mark.parametrize("pin", ["", "123", "0000", "1111", "1234", "3210", "56789", "a" * 129])
def test_guessable_or_out_of_range_pins_are_refused(pin):
    with pytest.raises(PinError):
        check_new_pin(pin)


@pytest.mark.parametrize("pin", ["2468", "1357", "9052", "correct horse", "あいうえ"])
def test_ordinary_pins_and_passwords_are_accepted(pin):
    check_new_pin(pin)


def test_a_damaged_stored_hash_is_a_clear_error():
    with pytest.raises(PinError, match="supervisor"):
        verify_pin("2468", "md5$abc")
