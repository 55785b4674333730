"""The command line: output, exit codes (0 ok, 1 bad data, 2 usage) and never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from command_line import run

from assist_app.__main__ import main


def test_checklist_json_has_the_documented_fields(capsys):
    code, out, _ = run(
        capsys,
        "checklist",
        "death",
        "--date",
        "2026-12-26",
        "--known-on",
        "2026-12-28",
        "--answer",
        "died_abroad=no",
        "--format",
        "json",
        "--lang",
        "en",
    )
    assert code == 0
    items = json.loads(out)
    first = items[0]
    assert {"id", "title", "level", "office", "due", "due_kind", "basis", "applies", "depends_on"} <= set(
        first
    )
    by_id = {i["id"]: i for i in items}
    # Known on 28 Dec, 7 days counting that day -> 3 Jan (closed) -> Monday 4 Jan 2027.
    assert by_id["death-registration"]["due"] == "2027-01-04"
    assert (
        by_id["death-registration"]["due_kind"] == "deadline"
        and by_id["death-registration"]["applies"] == "yes"
    )
    assert "86" in by_id["death-registration"]["basis"]
    # Sorted by due date, undated items last.
    dates = [i["due"] for i in items]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated
    # With almost nothing answered, conditional steps are kept as "to confirm".
    assert any(i["applies"] == "to_confirm" for i in items)
    assert all(i["due"] is None for i in items if i["due_kind"] in ("guidance", "none"))


def test_checklist_answers_from_file_and_text_output(capsys, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"died_abroad": "no"}), encoding="utf-8")
    code, out, _ = run(capsys, "checklist", "death", "--date", "2026-11-20", "--answers", str(answers))
    assert code == 0 and "死亡届" in out and "2026-11-26" in out


def test_bad_answer_is_bad_data(capsys):
    code, out, err = run(
        capsys, "checklist", "death", "--date", "2026-11-20", "--answer", "died_abroad=maybe"
    )
    assert code == 1 and out == "" and err.count("\n") == 1 and "died_abroad" in err


def test_unknown_question_and_unknown_event_are_bad_data(capsys):
    assert run(capsys, "checklist", "death", "--date", "2026-11-20", "--answer", "nope=yes")[0] == 1
    code, _, err = run(capsys, "checklist", "wedding", "--date", "2026-11-20")
    assert code == 1 and "no catalog 'wedding'" in err and "death" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["checklist", "death"],  # --date missing
        ["checklist", "death", "--date", "20-11-2026"],
        ["frobnicate"],
        ["catalog"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    code = info.value.code if isinstance(info.value.code, int) else 2
    assert code == 2 and err.strip().count("\n") == 0 and "error" in err


def test_answer_without_value_is_usage_error(capsys):
    code, _, err = run(capsys, "checklist", "death", "--date", "2026-11-20", "--answer", "novalue")
    assert code == 2 and "ID=VALUE" in err


def test_catalog_list_show_and_check(capsys):
    code, out, _ = run(capsys, "catalog", "list")
    assert code == 0 and "death" in out and "birth" in out and "minato" in out
    code, out, _ = run(capsys, "catalog", "show", "birth", "--lang", "en")
    assert code == 0 and "birth-registration" in out and "Questions:" in out
    code, out, _ = run(capsys, "catalog", "check")
    assert code == 0 and "ok: death.yaml" in out


def test_catalog_check_reports_a_broken_file(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("catalog:\n  id: bad\nquestions: []\nprocedures: []\n", encoding="utf-8")
    code, out, _ = run(capsys, "catalog", "check", str(bad))
    assert code == 1 and "bad.yaml:2: catalog.version: required key is missing" in out


def first_account(capsys, data, monkeypatch):
    """The first account (a supervisor) and its PIN for the commands that sign in."""
    monkeypatch.setenv("ASSIST_APP_NEW_PIN", "2468")
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")
    code, out, _ = run(capsys, "--data-dir", data, "account", "first", "--name", "試験 責任者")
    assert code == 0 and "supervisor" in out


def test_demo_then_cases_and_case_show(capsys, tmp_path, monkeypatch):
    data = str(tmp_path / "data")
    first_account(capsys, data, monkeypatch)
    code, out, _ = run(capsys, "--data-dir", data, "demo", "--residents", "6")
    assert code == 0 and "6 fictional residents" in out
    code, out, _ = run(capsys, "--data-dir", data, "cases", "list", "--format", "json")
    cases = json.loads(out)
    assert code == 0 and len(cases) == 6
    dues = [c["next_due"] for c in cases if c["next_due"]]
    assert dues == sorted(dues)
    code, out, _ = run(capsys, "--data-dir", data, "case", "show", str(cases[0]["id"]), "--format", "json")
    shown = json.loads(out)
    assert code == 0 and shown["summary"]["id"] == cases[0]["id"] and shown["items"]
    assert (tmp_path / "data" / "assist.sqlite3").exists()


def test_missing_case_is_bad_data(capsys, tmp_path, monkeypatch):
    first_account(capsys, str(tmp_path), monkeypatch)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "case", "show", "999")
    assert code == 1 and err.strip() == "assist-app: No case 999."


def run_process(*argv, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "assist_app", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_data_dir_from_environment_and_no_traceback_on_a_corrupt_database(tmp_path):
    (tmp_path / "assist.sqlite3").write_bytes(b"this is not a database" * 100)
    done = run_process("cases", "list", env_extra={"ASSIST_APP_DATA_DIR": str(tmp_path)})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert (tmp_path / "logs" / "assist.log").exists()
    assert "this is not a database" not in (tmp_path / "logs" / "assist.log").read_text(encoding="utf-8")


def test_no_arguments_starts_the_app(tmp_path):
    # In a subprocess, so no test creates a second QApplication; the probe makes it quit when ready.
    done = run_process(
        "--data-dir",
        str(tmp_path),
        # no keychain in the child (never the real one): a passphrase from the environment protects the key
        env_extra={
            "ASSIST_APP_STARTUP_PROBE": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "ASSIST_APP_PASSPHRASE": "probe passphrase",
        },
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    # A new data folder has no account yet: the app stops at the page that creates the first one.
    assert "first_paint" in lines and "sign_in_shown" in lines and "list_filled" not in lines
    assert (tmp_path / "assist.sqlite3").exists() and (tmp_path / "settings.ini").exists()


def test_app_without_qt_libraries_says_so_and_the_commands_still_work(tmp_path):
    # sys.modules[...] = None makes the import fail as a missing libGL would, without touching the venv.
    script = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from assist_app.__main__ import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}])\n"
        "print('codes', code, main(['catalog', 'list']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert "codes 1 0" in done.stdout  # the window stops cleanly; the catalog command then works
    assert "desktop window cannot start" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "assist.sqlite3").exists()


def test_a_folder_held_by_an_app_that_does_not_answer_is_said_not_opened(tmp_path):
    # The holder here is a bare lock (an app still starting would be the same): no window answers.
    from assist_app.folder_lock import FolderLock

    with FolderLock(tmp_path) as holder:
        assert holder.acquire()
        done = run_process(
            "--data-dir",
            str(tmp_path),
            env_extra={"ASSIST_APP_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"},
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["already_open"]  # no window of its own, no database opened
    assert not (tmp_path / "assist.sqlite3").exists()
