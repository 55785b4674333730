"""Log files in the data folder. Personal data never goes in: exceptions are logged by type and
stack only, because their messages can carry values (SQL parameters, names)."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

log = logging.getLogger("assist_app")


def configure_logging(log_dir: Path) -> Path | None:
    """Send the app's log to ``log_dir/assist.log``; None if the folder cannot be written."""
    path = log_dir / "assist.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_exception(exc: BaseException, context: str) -> None:
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error("%s: %s.%s\n%s", context, type(exc).__module__, type(exc).__qualname__, stack)
