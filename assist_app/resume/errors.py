"""Why a resume code was refused. Each refusal changes nothing; its message (assist_app.messages)
says what to do, ``reason`` names it in a word."""

from __future__ import annotations

from assist_app.messages import Message


class ResumeCodeRefused(Exception):
    reason = "refused"

    def __init__(self, message: Message) -> None:
        super().__init__(message)


class NotAResumeCode(ResumeCodeRefused):
    """Some other text or QR code, or a format this version does not read."""

    reason = "wrong_format"


class DamagedCode(ResumeCodeRefused):
    """The digits do not add up (checksum or length): a misread, a typo or a torn paper."""

    reason = "damaged"


class TruncatedCode(DamagedCode):
    """Digits are missing at the end: the scan or the typing stopped early."""

    reason = "truncated"


class ForgedCode(ResumeCodeRefused):
    """Well-formed, but the signature does not match: altered or made by someone else."""

    reason = "bad_signature"


class UnknownSigner(ResumeCodeRefused):
    """Signed by an installation whose public key this one has not imported."""

    reason = "unknown_signer"


class ExpiredCode(ResumeCodeRefused):
    reason = "expired"


class NoCodeFound(ResumeCodeRefused):
    """An image or PDF in which no resume code could be read."""

    reason = "no_code"


class CameraUnavailable(Exception):
    """The camera cannot be used: OpenCV missing, no such camera, or it is busy. Not a refusal of a
    code: nothing was read."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
