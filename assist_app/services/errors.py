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
