"""Who runs a command: the command line signs in like the app does, so every look at a record is
attributed and a volunteer sees no more here than in the window.

The helper comes from ``--helper ID`` or ``$ASSIST_APP_HELPER`` (or is the only account there is);
the PIN from ``$ASSIST_APP_PIN`` (for scripts, as ``$ASSIST_APP_PASSPHRASE`` for the database) or
is typed at a prompt that does not echo it.
"""

from __future__ import annotations

import os

from assist_app.cli.unlocking import ask_hidden, interactive
from assist_app.cli.usage import BadData, UsageError
from assist_app.services.access import Actor
from assist_app.services.account_service import ENV_HELPER, ENV_PIN
from assist_app.services.core import Core

ENV_NEW_PIN = "ASSIST_APP_NEW_PIN"  # `account add` / `account pin`: the PIN being set


def read_pin(prompt: str, env: str = ENV_PIN, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not interactive():
        raise UsageError(f"give the PIN in ${env}, or run the command in a terminal to type it")
    pin = ask_hidden(prompt)
    if confirm and ask_hidden("The same PIN again: ") != pin:
        raise BadData("The two PINs differ; nothing was changed.")
    return pin


def _helper_id(given: str | None) -> int | None:
    text = given or os.environ.get(ENV_HELPER)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"--helper / ${ENV_HELPER} must be a helper number, got {text!r}") from None


def sign_in(core: Core, given: str | None) -> Actor:
    if core.accounts.needs_first_account():
        raise BadData(
            "No helper account exists yet; create the first one (a supervisor) with "
            "`assist-app account first --name NAME`."
        )
    helper_id = _helper_id(given)
    if helper_id is None:
        choices = core.accounts.sign_in_choices()
        if len(choices) != 1:
            raise UsageError(f"say who you are with --helper ID (or ${ENV_HELPER})")
        helper_id = choices[0].id
    result = core.accounts.sign_in(helper_id, read_pin(f"PIN for helper {helper_id}: "))
    if not result.ok:
        raise BadData(result.message)
    return result.actor
