"""Two seats at once: two real processes change the steps of one case on the same server, as fast
as they can. Every change a seat was told succeeded is in the database, in an unbroken chain of
history (each change starts from the status the previous one left), every refusal is the plain
Conflict, and the audit chain stays whole.

Each seat gets the password the way scripts do (PGPASSWORD; no keychain in the child processes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from sqlalchemy import text

from assist_app.services.core import open_core
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import postgres
from tests.conftest import FIXTURES

ROUNDS = 40
STATUSES = ["in_progress", "done", "todo", "blocked"]

SEAT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from assist_app.catalog import load_library
    from assist_app.config import load_config
    from assist_app.services.core import open_core
    from assist_app.services.errors import Conflict

    folder, fixtures = Path(sys.argv[1]), Path(sys.argv[2])
    seat, case_id, rounds = (int(a) for a in sys.argv[3:6])
    statuses = sys.argv[6].split(",")
    core = open_core(load_config(folder), load_library(fixtures / "catalogs", fixtures / "offices"))
    actor = core.accounts.sign_in(seat + 1, "2468").actor
    print(json.dumps({"ready": seat}), flush=True)
    sys.stdin.readline()  # both seats start together
    for n in range(rounds):
        items = core.cases.get_case(actor, case_id).items
        item = items[n % 2]  # both seats work on the same two steps
        status = statuses[(n + seat) % len(statuses)]
        # Every other change says which version it saw (the window does); the others rely on the
        # row version check alone.
        expected = item.row_version if n % 2 == 0 else None
        try:
            core.cases.set_status(actor, item.id, status, reason="書類待ち", expected_version=expected)
        except Conflict as exc:
            print(json.dumps({"item": item.id, "status": status, "conflict": str(exc)}), flush=True)
        else:
            print(json.dumps({"item": item.id, "status": status, "ok": True}), flush=True)
    core.close()
""")


def test_two_processes_lose_no_acknowledged_change(core, accounts, config, pg_url):
    seats = [accounts.add("counter_staff", f"試験 窓口{n}") for n in (1, 2)]  # helpers 2 and 3
    resident = core.residents.add_resident(
        seats[0], ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", core.cases._today())
    )
    case = core.cases.open_case(seats[0], resident.id, "mini", core.cases._today(), {"insurance": "nhi"})
    core.close()

    _, password = postgres.without_password(pg_url)
    env = {**os.environ, "PGPASSWORD": password, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                SEAT,
                str(config.data_dir),
                str(FIXTURES),
                str(seat),
                str(case.id),
                str(ROUNDS),
                ",".join(STATUSES),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=Path(__file__).parents[2],
        )
        for seat in (1, 2)
    ]
    for process in processes:
        line = process.stdout.readline()
        assert json.loads(line or "{}").get("ready"), process.stderr.read()
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], [err for _, err in outputs]
    attempts = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    assert len(attempts) == 2 * ROUNDS
    acknowledged = [a for a in attempts if a.get("ok")]
    refused = [a for a in attempts if "conflict" in a]
    assert len(acknowledged) + len(refused) == len(attempts)
    assert all("changed by someone else meanwhile" in a["conflict"] for a in refused)

    check = open_core(config, accounts.core.library)
    try:
        with check.database.session() as session:
            history = session.execute(
                text(
                    "SELECT procedure_id, detail FROM history "
                    "WHERE case_id = :case AND action = 'status_changed' ORDER BY id"
                ),
                {"case": case.id},
            ).all()
            final = dict(
                session.execute(
                    text("SELECT id, status FROM checklist_items WHERE case_id = :case"), {"case": case.id}
                ).all()
            )
        # No lost and no phantom change: one history row per acknowledged change.
        assert len(history) == len(acknowledged)
        # Each change starts from the status the previous one on that step left.
        by_item = defaultdict(list)
        ids = {i.procedure_id: i.id for i in case.items}
        for procedure_id, detail in history:
            by_item[ids[procedure_id]].append(detail if isinstance(detail, dict) else json.loads(detail))
        for item_id, changes in by_item.items():
            assert changes[0]["old"] == "todo"
            assert all(later["old"] == earlier["new"] for earlier, later in pairwise(changes))
            assert final[item_id] == changes[-1]["new"]
        per_item = defaultdict(int)
        for a in acknowledged:
            per_item[a["item"]] += 1
        assert {k: len(v) for k, v in by_item.items()} == dict(per_item)
        boss = check.accounts.sign_in(1, "2468").actor
        assert check.audit.verify(boss).ok  # two seats appended to one chain without forking it
    finally:
        check.close()
    print(f"two seats: {len(acknowledged)} changes acknowledged, {len(refused)} refused as conflicts")
