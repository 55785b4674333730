"""What the core says about the keychain, the database key (passphrase, recovery key, key file)
and PINs."""

from assist_app.messages import Template

# The keychain failing: what happened with what to do, and what happened alone (``situation``,
# followed by other advice when the app unlocks another way).
NO_KEYCHAIN = Template(
    "No keychain is available on this computer (no desktop session or no keychain service). Sign "
    "in to a desktop session with a keychain (Windows Credential Manager, macOS Keychain, GNOME "
    "Keyring, KWallet or KeePassXC) and try again."
)
NO_KEYCHAIN_SITUATION = Template(
    "No keychain is available on this computer (no desktop session or no keychain service)."
)
NO_SECRET_SERVICE = Template(
    "D-Bus is running but no Secret Service answers: install or start GNOME Keyring, KWallet or "
    "KeePassXC with its Secret Service integration, then try again."
)
NO_SECRET_SERVICE_SITUATION = Template("D-Bus is running but no keychain service (Secret Service) answers.")
KEYCHAIN_LOCKED = Template("The keychain is locked: unlock it (or sign in again) and try again.")
KEYCHAIN_LOCKED_SITUATION = Template("The keychain is locked (unlock it and try again).")
UNSAFE_KEYCHAIN = Template(
    "The active keychain ({backend}) keeps secrets in a plain file and is refused; uninstall "
    "keyrings.alt or choose a secure keychain."
)
UNSAFE_KEYCHAIN_SITUATION = Template(
    "The active keychain keeps secrets in a plain file (keyrings.alt) and is refused."
)
KEYCHAIN_REFUSED = Template("The keychain refused the request ({error}). Try again later.")
KEYCHAIN_FAILED = Template("The keychain failed ({error}). Try again later.")
KEYCHAIN_ENTRY_GONE = Template(
    "The keychain works but no longer holds this database's key (the entry was deleted, or this "
    "data folder was copied from another computer or user account)."
)
KEYCHAIN_KEY_DIFFERS = Template("The keychain holds a different key under this database's entry.")

# Unlocking the database key another way (security/database_key.py). {problem}: a situation above.
CHOOSE_A_PASSPHRASE = Template("Choose a passphrase to protect the database key instead.")
CHOOSE_A_PASSPHRASE_BECAUSE = Template("{problem} Choose a passphrase to protect the database key instead.")
ENTER_THE_PASSPHRASE = Template(
    "The database key is protected by a passphrase: enter it to open the database."
)
ENTER_THE_PASSPHRASE_BECAUSE = Template(
    "{problem} The database key is protected by a passphrase: enter it to open the database."
)
USE_THE_RECOVERY_KEY = Template(
    "No passphrase was set for this database, so open it with the recovery key from its recovery "
    "sheet; you can then choose a passphrase."
)
USE_THE_RECOVERY_KEY_BECAUSE = Template(
    "{problem} No passphrase was set for this database, so open it with the recovery key from its "
    "recovery sheet; you can then choose a passphrase."
)
KEY_FILE_MISSING = Template("The database is encrypted but the key file beside it is missing.")
RECOVERY_KEY_OF_ANOTHER_DATABASE = Template(
    "This recovery key is well formed but belongs to another database; find the recovery sheet "
    "printed for this data folder."
)

# The passphrase (security/passphrase_vault.py).
WRONG_PASSPHRASE = Template(
    "The passphrase is not right. Check the keyboard layout and input mode, and try again."
)
WEAK_PASSPHRASE = Template(
    "Choose a passphrase of at least {length} characters; several unrelated words are easier to "
    "remember and harder to guess."
)
DAMAGED_KEY_FILE_VAULT = Template(
    "The passphrase-protected key file is damaged. Open the database with its recovery key "
    "(recovery sheet), then choose a new passphrase."
)

# The key file beside the database (security/key_file.py).
KEY_FILE_UNREADABLE = Template("The key file {path} cannot be read ({reason}).")
KEY_FILE_TOO_NEW = Template(
    "The key file {path} was written by a newer release; install that release to open this database."
)
KEY_FILE_DAMAGED = Template(
    "The key file {path} is damaged. Open the database with its recovery key (assist-app "
    "--recovery-key …, or “Use the recovery key” in the app)."
)

# The recovery key as typed (security/recovery_key.py).
RECOVERY_KEY_BAD_CHARACTERS = Template(
    "A recovery key has only digits and the letters A–Z; “{characters}” is not one of them."
)
RECOVERY_KEY_LENGTH = Template(
    "A recovery key has {expected} characters (14 groups of 4); this one has {length}."
)
RECOVERY_KEY_TYPING_MISTAKE = Template(
    "This recovery key has a typing mistake (its check digits do not match); compare it with the "
    "recovery sheet group by group."
)

# PINs (security/pin.py).
PIN_TOO_SHORT = Template("Choose a PIN of at least {length} characters.")
PIN_TOO_LONG = Template("Choose a PIN of at most {length} characters.")
PIN_TOO_EASY = Template("This PIN is too easy to guess (repeated or consecutive); choose another.")
PIN_DAMAGED = Template("The stored PIN is damaged; ask a supervisor to set a new one.")

# The PostgreSQL server's password (security/server_password.py). {problem}: a situation above.
KEYCHAIN_DID_NOT_KEEP_THE_PASSWORD = Template("The keychain did not keep the password.")
SERVER_CHOOSE_A_PASSPHRASE = Template(
    "Choose a passphrase to protect the database server's password instead."
)
SERVER_CHOOSE_A_PASSPHRASE_BECAUSE = Template(
    "{problem} Choose a passphrase to protect the database server's password instead."
)
SERVER_ENTER_THE_PASSPHRASE = Template(
    "The database server's password is protected by a passphrase: enter it to connect."
)
SERVER_ENTER_THE_PASSPHRASE_BECAUSE = Template(
    "{problem} The database server's password is protected by a passphrase: enter it to connect."
)
