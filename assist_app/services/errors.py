"""Errors the services raise. Each carries a Message (assist_app.messages) fit to show to a helper:
``str(exc)`` is the English sentence, and the window shows it in the interface language."""

from __future__ import annotations

from assist_app.messages import Message


class ServiceError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message)


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class ConsentRequired(ServiceError):
    pass


class Conflict(ServiceError):
    """Someone else changed the same record since it was read."""


class AccessDenied(ServiceError):
    """The signed-in helper may not see or do this; the attempt is recorded in the audit log."""

    def __init__(
        self, message: Message, record_type: str | None = None, record_id: int | None = None
    ) -> None:
        super().__init__(message)
        self.record_type, self.record_id = record_type, record_id
        self.recorded = False
