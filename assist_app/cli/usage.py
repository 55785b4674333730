"""Exit codes and argument types shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt

EXIT_OK, EXIT_BAD_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


class BadData(Exception):
    """The input data is wrong or missing (exit 1)."""


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None
