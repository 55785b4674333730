"""The one place that knows where resources live: source tree, installed package or bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")  # source tree
    candidates.append(Path(sys.prefix) / "share" / "assist-app" / "resources")  # wheel install
    for candidate in candidates:
        if (candidate / "catalogs").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found; reinstall the application")


def catalogs_dir() -> Path:
    return resources_dir() / "catalogs"


def offices_dir() -> Path:
    return resources_dir() / "offices"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
