"""The benchmark runner still runs (on a small database): benchmarks are code nobody calls from the
app, so without this they break unnoticed when an API changes. Figures are not checked here."""

from __future__ import annotations

import json

import keyring
import pytest

from bench.__main__ import main


@pytest.fixture(autouse=True)
def own_keychain():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)  # the runner installs an in-memory keychain for itself


@pytest.mark.parametrize("kind", ["core", "db", "crypto"])
def test_runner_prints_one_json_object_per_benchmark(kind, tmp_path, capsys):
    main(["--only", kind, "--residents", "300", "--out", str(tmp_path), "--json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 3
    for row in rows:
        assert row["name"] and row["median_ms"] > 0
        assert set(row) >= {"floor_ms", "ratio", "target_ms", "ok"}


def test_the_camera_benchmark_reads_every_frame_of_its_video(capsys):
    main(["--only", "camera", "--json"])
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["name"].startswith("camera:") and row["median_ms"] > 0 and row["floor_ms"] > 0
    assert "frames/s" in row["note"]
