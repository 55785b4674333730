"""Why the keychain could not give this computer's resume-code key, in the interface language (the
core says it in English), by the reason code of assist_app.security.SecretStoreError."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PROBLEMS = {
    "no_keychain": QT_TRANSLATE_NOOP(
        "Keychain",
        "No keychain is available on this computer (the place where the app keeps its secret key). "
        "Sign in to a desktop session that has one, then try again.",
    ),
    "no_secret_service": QT_TRANSLATE_NOOP(
        "Keychain",
        "No keychain service answers on this computer. Start GNOME Keyring, KWallet or KeePassXC, "
        "then try again.",
    ),
    "keychain_locked": QT_TRANSLATE_NOOP("Keychain", "The keychain is locked. Unlock it, then try again."),
    "unsafe_keychain": QT_TRANSLATE_NOOP(
        "Keychain",
        "The keychain on this computer keeps secrets in a plain file, so it is not used. Ask whoever "
        "looks after this computer.",
    ),
    "signing_key_unreadable": QT_TRANSLATE_NOOP(
        "Keychain",
        "This computer's resume-code key in the keychain cannot be read. Ask whoever looks after "
        "this computer.",
    ),
    "keychain_error": QT_TRANSLATE_NOOP(
        "Keychain", "The keychain cannot be used right now. Try again later."
    ),
}


def keychain_problem(reason: str | None) -> str:
    text = PROBLEMS.get(reason or "", PROBLEMS["keychain_error"])
    return QCoreApplication.translate("Keychain", text)
