"""Errors in plain words, with what to do. Details go to the log file, never personal data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assist_app.gui.core_messages import translated
from assist_app.log_setup import log_exception
from assist_app.messages import message_of


def explain(exc: BaseException) -> str:
    """A message for the helper in the interface language: the core's own (assist_app.messages)
    when the error carries one, else a general one."""
    message = message_of(exc)
    if message is not None:
        return translated(message)
    # Imported here: this module is on the start-up path, the storage layer is not.
    from assist_app.catalog import CatalogError
    from assist_app.config import ConfigError
    from assist_app.security import SecretStoreError
    from assist_app.services.errors import ServiceError
    from assist_app.storage.database import DatabaseError

    if isinstance(exc, ServiceError | DatabaseError | ConfigError | SecretStoreError):
        return str(exc)  # written for people, but in English only: tests/core/test_messages.py fails
    if isinstance(exc, CatalogError):
        return QCoreApplication.translate(
            "Errors",
            "A catalog file has errors and was not loaded. Ask the person who maintains the catalogs "
            "to run “assist-app catalog check”.",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors",
            "The file could not be read or written ({reason}). Check that the disk is not full "
            "and that the folder may be written to.",
        ).format(reason=exc.strerror or type(exc).__name__)
    log_exception(exc, "unexpected error in the window")
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong and the action was not completed. Nothing already saved was lost. "
        "The details were written to the log file in the data folder.",
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Errors", "Could not complete the action")
    QMessageBox.warning(parent, title, explain(exc))
