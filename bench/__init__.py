"""Benchmarks: `python -m bench` prints a table; `--json` prints one JSON object per benchmark."""
