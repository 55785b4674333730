"""Fixtures for the printing tests: the bundled catalogs and one printed case for the session."""

from __future__ import annotations

import pytest
from printed_case import PrintedCase, open_printed_case

from assist_app.catalog import Library
from assist_app.services.core import load_catalogs


@pytest.fixture(scope="session")
def bundled_library() -> Library:
    library = load_catalogs()
    assert library.problems == []
    return library


@pytest.fixture(scope="session")
def printed_case(tmp_path_factory, bundled_library) -> PrintedCase:
    printed = open_printed_case(tmp_path_factory.mktemp("printed-case"), bundled_library)
    yield printed
    printed.core.close()
