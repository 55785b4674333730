"""Errors the services raise; each message is fit to show to a helper as it is."""


class ServiceError(Exception):
    pass


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

    def __init__(self, message: str, record_type: str | None = None, record_id: int | None = None) -> None:
        super().__init__(message)
        self.record_type, self.record_id = record_type, record_id
        self.recorded = False
