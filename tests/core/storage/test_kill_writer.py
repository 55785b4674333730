"""Killing the app mid-save loses no acknowledged change: a real writer process, SIGKILLed.

The writer opens the encrypted database the way the command line does (key unwrapped with
ASSIST_APP_PASSPHRASE) and adds residents one commit at a time, printing "acknowledged <id>" after
each commit returns. The test kills it with SIGKILL while it is writing, then checks that every
acknowledged resident is in the file and the file passes its integrity check.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from assist_app.security.database_key import Credentials
from assist_app.services.core import open_core
from assist_app.storage.integrity import check_connection
from tests.core.storage.marker import signed_in

WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from pathlib import Path
    from assist_app.config import load_config
    from assist_app.security.database_key import Credentials
    from assist_app.services.core import open_core
    from assist_app.services.views import ConsentInput, ResidentInput

    core = open_core(load_config(Path(sys.argv[1])), credentials=Credentials.from_environment())
    helper = core.accounts.sign_in(core.accounts.sign_in_choices()[0].id, "2468").actor
    print("ready", flush=True)
    for i in range(100_000):
        view = core.residents.add_resident(
            helper, ResidentInput(f"見本 花子{i}", "ミホン"), ConsentInput("記録", dt.date(2026, 11, 1))
        )
        print(f"acknowledged {view.id}", flush=True)
""")
PASSPHRASE = "kill test passphrase"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [3, 50])
def test_sigkill_mid_save_loses_no_acknowledged_change(
    config, fixture_library, no_keychain, cheap_scrypt, kill_after
):
    core = open_core(
        config, fixture_library, credentials=Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)
    )
    signed_in(core)  # the first account, whose PIN the writer signs in with
    core.close()

    env = {
        **os.environ,
        "ASSIST_APP_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real keychain
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    acknowledged = []
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(config.data_dir)], stdout=subprocess.PIPE, text=True, env=env
    ) as writer:
        try:
            assert writer.stdout.readline().strip() == "ready"
            while len(acknowledged) < kill_after:
                line = writer.stdout.readline()
                assert line, "the writer stopped before it was killed"
                acknowledged.append(int(line.split()[1]))
            writer.send_signal(signal.SIGKILL)  # while it is in the middle of further commits
            rest, _ = writer.communicate(timeout=30)
        finally:
            if writer.poll() is None:
                writer.kill()
    assert writer.returncode == -signal.SIGKILL
    acknowledged += [int(line.split()[1]) for line in rest.splitlines() if line.startswith("acknowledged")]

    core = open_core(config, fixture_library, credentials=Credentials(passphrase=PASSPHRASE))
    supervisor = signed_in(core)
    found = {r.id for r in core.residents.search(supervisor, "ミホン", limit=1_000_000)}
    assert core.audit.verify(supervisor).ok  # the audit rows of the killed writer chain whole
    with core.database.engine.connect() as conn:
        assert check_connection(conn.connection.dbapi_connection, full=True) == []
        consents = conn.exec_driver_sql("SELECT count(*) FROM consents").scalar()
    core.close()
    assert set(acknowledged) <= found  # nothing acknowledged was lost
    assert len(found) - len(acknowledged) <= 1  # at most the commit in flight, and then whole
    assert consents == len(found)  # no resident without its consent: no half transaction
