"""Errors in plain words, with what to do. Details go to the log file, never personal data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assist_app.log_setup import log_exception


def explain(exc: BaseException) -> str:
    """A message for the helper; service and storage errors are already written for people."""
    refusal = _refusal(exc)
    if refusal:
        return refusal
    # Imported here: this module is on the start-up path, the storage layer is not.
    from assist_app.catalog import CatalogError
    from assist_app.config import ConfigError
    from assist_app.security import SecretStoreError
    from assist_app.services.errors import ServiceError
    from assist_app.storage.database import DatabaseError

    if isinstance(exc, ServiceError | DatabaseError | ConfigError | SecretStoreError):
        return str(exc)
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


def _refusal(exc: BaseException) -> str:
    """A call the signed-in helper may not make, in the interface language (the core says it in
    English): whose record it is, and whom to ask."""
    from assist_app.services.errors import AccessDenied

    if not isinstance(exc, AccessDenied):
        return ""
    words = {
        "case": QT_TRANSLATE_NOOP(
            "Errors",
            "This case is looked after by another helper, so it is not shown or changed here. "
            "Ask counter staff to hand it over to you.",
        ),
        "resident": QT_TRANSLATE_NOOP(
            "Errors",
            "This resident is looked after by another helper, so nothing about them is shown or "
            "changed here. Ask counter staff for help.",
        ),
        "supervisor": QT_TRANSLATE_NOOP("Errors", "Only a supervisor can do this. Ask a supervisor."),
        "sign_in": QT_TRANSLATE_NOOP("Errors", "The app was locked meanwhile. Sign in, then try again."),
    }
    text = words.get(exc.record_type or "")
    return QCoreApplication.translate("Errors", text) if text else str(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Errors", "Could not complete the action")
    QMessageBox.warning(parent, title, explain(exc))
