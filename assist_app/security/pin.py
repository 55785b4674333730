"""Helpers' PINs and passwords: stored as a slow, salted scrypt hash with its parameters.

The stored form is ``scrypt$<log2 n>$<r>$<p>$<salt>$<hash>`` (base64), so the cost can be raised
later: a hash made with weaker parameters than the current default is re-made at the next good
sign-in (``needs_rehash``). A PIN is short, so the slow hash only buys time against someone who
copied the database; the growing delay after wrong tries (services/account_service.py) is what
protects the app itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
from dataclasses import dataclass

from assist_app.messages.keys import PIN_DAMAGED, PIN_TOO_EASY, PIN_TOO_LONG, PIN_TOO_SHORT

MIN_LENGTH = 4
MAX_LENGTH = 128


@dataclass(frozen=True)
class ScryptCost:
    log2_n: int = 15  # 32 MiB and ≈0.1 s per try on a 2020s laptop
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.r * (2**self.log2_n) * self.p + 2**20


DEFAULT_COST = ScryptCost()


class PinError(ValueError):
    """A PIN that may not be used; the message (assist_app.messages) says why."""


def check_new_pin(pin: str) -> None:
    """Refuse PINs that are too short or that anyone would guess first."""
    if len(pin) < MIN_LENGTH:
        raise PinError(PIN_TOO_SHORT(length=MIN_LENGTH))
    if len(pin) > MAX_LENGTH:
        raise PinError(PIN_TOO_LONG(length=MAX_LENGTH))
    if len(set(pin)) == 1 or _is_run(pin):
        raise PinError(PIN_TOO_EASY())


def _is_run(pin: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(pin)}
    return pin.isdigit() and steps in ({1}, {-1})


def _derive(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=2**cost.log2_n, r=cost.r, p=cost.p, maxmem=cost.maxmem, dklen=32
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, cost: ScryptCost | None = None) -> str:
    cost = cost or DEFAULT_COST
    salt = os.urandom(16)
    return "$".join(
        ["scrypt", str(cost.log2_n), str(cost.r), str(cost.p), _b64(salt), _b64(_derive(pin, salt, cost))]
    )


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes]:
    try:
        scheme, log2_n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            raise ValueError(scheme)
        return ScryptCost(int(log2_n), int(r), int(p)), base64.b64decode(salt), base64.b64decode(digest)
    except ValueError:
        raise PinError(PIN_DAMAGED()) from None


def verify_pin(pin: str, stored: str) -> bool:
    cost, salt, digest = _parse(stored)
    return hmac.compare_digest(_derive(pin, salt, cost), digest)


def needs_rehash(stored: str, cost: ScryptCost | None = None) -> bool:
    current, _, _ = _parse(stored)
    wanted = cost or DEFAULT_COST
    return (current.log2_n, current.r, current.p) < (wanted.log2_n, wanted.r, wanted.p)
