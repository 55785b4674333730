"""Resume codes: a case's progress, signed and printed as a numeric QR code, and read back."""

from assist_app.resume.errors import (
    DamagedCode,
    ExpiredCode,
    ForgedCode,
    NoCodeFound,
    NotAResumeCode,
    ResumeCodeRefused,
    TruncatedCode,
    UnknownSigner,
)
from assist_app.resume.payload import ResumeContent, layout_hash
from assist_app.resume.signed_code import VerifiedResume, issue_code, verify_code
from assist_app.resume.signing_key import SigningKey, load_signing_key
from assist_app.resume.trust import KeyFileError, TrustedKey, TrustStore

__all__ = [
    "DamagedCode",
    "ExpiredCode",
    "ForgedCode",
    "KeyFileError",
    "NoCodeFound",
    "NotAResumeCode",
    "ResumeCodeRefused",
    "ResumeContent",
    "SigningKey",
    "TruncatedCode",
    "TrustStore",
    "TrustedKey",
    "UnknownSigner",
    "VerifiedResume",
    "issue_code",
    "layout_hash",
    "load_signing_key",
    "verify_code",
]
