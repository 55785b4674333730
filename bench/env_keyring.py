"""A keychain for the start-up benchmark's child process only: the secrets it was given in
$ASSIST_BENCH_KEYCHAIN (JSON), so the app unlocks its key as from the OS keychain, without a
desktop session. Chosen by $PYTHON_KEYRING_BACKEND; never part of the app (bench/ is not shipped)."""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend

ENV = "ASSIST_BENCH_KEYCHAIN"


class EnvKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[str, str] = json.loads(os.environ.get(ENV, "{}"))

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[username] = password  # this process only

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop(username, None)
