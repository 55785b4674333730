"""What the core says about the database file, the disk, backups, restores and the data folder."""

from assist_app.messages import Template

THE_DATABASE_SERVER = Template("the database server")  # fills {where} when there is no file

# The disk or the file failing while in use (storage/database.py).
DISK_FULL = Template(
    "The disk is full, so the last change was not saved; everything saved before it is safe. "
    "Free some space (or move the data folder to a larger disk) and try again."
)
OPENED_READ_ONLY = Template("The database was opened read-only, so nothing can be changed or added.")
FOLDER_READ_ONLY_AT_OPENING = Template(
    "The database file or its folder ({where}) cannot be written to (a read-only folder or a "
    "write-protected USB stick), so it cannot be opened for editing; nothing was changed. "
    "Open it read-only, or fix the folder and try again."
)
FOLDER_READ_ONLY = Template(
    "The database file or its folder ({where}) cannot be written to, so the last change was not "
    "saved; everything saved before it is safe. Check the folder's permissions, or that the USB "
    "stick is not write-protected, and try again."
)
UNREADABLE = Template(
    "The database ({where}) could not be read: the disk reported an error or the file is damaged. "
    "Close the app; on the next start it checks the file and offers the latest backup."
)
UNREADABLE_OPENED_READ_ONLY = Template(
    "The database ({where}) could not be read: the disk reported an error or the file is damaged. "
    "This part of the damaged file cannot be read; what is shown elsewhere may still be."
)

# Opening and upgrading (storage/__init__.py, storage/migrate.py).
DAMAGED_WITH_BACKUP = Template(
    "The database ({path}) is damaged ({problem}). Restore the latest good backup (made {made}), "
    "or open the database read-only to see what can still be read."
)
DAMAGED_WITHOUT_BACKUP = Template(
    "The database ({path}) is damaged ({problem}). No good backup was found; open the database "
    "read-only to see what can still be read."
)
CANNOT_OPEN = Template(
    "The database ({where}) cannot be opened: {error}. It may be damaged or locked; restore a "
    "backup or choose another data folder."
)
SCHEMA_NOT_READABLE_READ_ONLY = Template(
    "The database (schema {revision}) cannot be opened read-only by this release; restore a backup instead."
)
NOT_OUR_DATABASE = Template("This file is not a Procedure Assist database; choose another data folder.")
WRITTEN_BY_NEWER_RELEASE = Template(
    "This database was written by a newer release (schema {revision}); install the newer release "
    "of Procedure Assist to open it."
)
MIGRATION_BROKE_REFERENCES = Template("Migration left {count} broken references; nothing was changed.")
ENCRYPTED_COPY_DIFFERS = Template("The encrypted copy did not match the original ({problem}).")

# Backups and restoring them (storage/backup.py, services/backup_service.py).
BACKUP_FAILED_CHECK = Template("The copy failed its check ({problem}); the database itself may be damaged.")
BACKUP_DISK_FULL = Template("The disk is full, so no backup was made in {folder}; free some space.")
BACKUP_FOLDER_READ_ONLY = Template("The folder {folder} cannot be written to, so no backup was made there.")
BACKUP_NOT_MADE = Template("No backup was made in {folder} ({reason}).")
BACKUP_FOLDER_NOT_MADE = Template("The folder {folder} cannot be made ({reason}), so no backup was made.")
BACKUP_ON_SERVER = Template("This database is on a server; back it up with the server's own tools (pg_dump).")
RESTORE_ON_SERVER = Template("This database is on a server; restore it with the server's own tools.")
NO_GOOD_BACKUP = Template("No backup in {folder} passes its check; nothing was changed.")
CANNOT_RESTORE = Template("{backup} cannot be restored: {why}.")  # {why}: one of the four below
BACKUP_DAMAGED_OR_OTHER_KEY = Template("it is damaged, or it was made with another database key")
BACKUP_DAMAGED = Template("it is damaged ({problem})")
BACKUP_NOT_OURS = Template("it is not a Procedure Assist database")
BACKUP_FROM_NEWER_RELEASE = Template("it was written by a newer release (schema {revision})")
RESTORE_NOT_PUT_IN_PLACE = Template(
    "The backup could not be put in place ({reason}); the database was left as it was. Check the "
    "free space and that the data folder may be written to."
)
NO_RECOVERY_KEY_ON_SERVER = Template("This database is on a server; it has no recovery key here.")

# The data folder's settings file (config.py).
CONFIG_UNREADABLE = Template("{path} cannot be read ({error}); fix or delete it.")
CONFIG_NOT_AN_OBJECT = Template("{path} must hold a JSON object; fix or delete it.")

# A database on a PostgreSQL server (storage/postgres.py). {server}: user@host:port/database.
DATABASE_URL_UNREADABLE = Template(
    "The database URL cannot be read; write it as postgresql://USER@HOST/DATABASE."
)
DATABASE_NOT_SUPPORTED = Template(
    "Only SQLite files and PostgreSQL servers are supported, not “{backend}”; write the URL as "
    "postgresql://USER@HOST/DATABASE."
)
DATABASE_URL_NAMES_NO_DATABASE = Template("The database URL names no database; end it with /DATABASE.")
NO_POSTGRES_DRIVER = Template(
    "The PostgreSQL driver is not installed; install it with: pip install 'assist-app[postgres]'."
)
THIS_USER = Template("this user")  # fills {user} when the URL names none
SERVER_PASSWORD_MISSING = Template(
    "The database server asks for a password for {user} ({server}) and none is stored. Store it with "
    "“assist-app database password” or in Settings (it is kept in the keychain), or set PGPASSWORD "
    "for scripts."
)
SERVER_PASSWORD_REFUSED = Template(
    "The database server refused the password for {user} ({server}). Store the right one with "
    "“assist-app database password” or in Settings (it is kept in the keychain), or set PGPASSWORD "
    "for scripts."
)
SERVER_HAS_NO_SUCH_DATABASE = Template(
    "The database server has no database named “{database}” ({server}); ask its administrator to "
    "create it, or correct the database URL (“assist-app database use”)."
)
SERVER_USER_HAS_NO_RIGHTS = Template(
    "The database user may not use this database ({server}); ask the server's administrator for the "
    "rights to create tables in it (the first start creates them)."
)
SERVER_STARTING_OR_STOPPING = Template(
    "The database server ({server}) is starting or stopping; try again in a minute."
)
SERVER_UNREACHABLE = Template(
    "The database server ({server}) cannot be reached. Check the network cable or Wi-Fi and that the "
    "server is running, then try again; ask the office's administrator if it stays so."
)
SERVER_REFUSED_CONNECTION = Template(
    "The database server ({server}) refused the connection ({reason}). Ask the office's administrator."
)
SERVER_DISK_FULL = Template(
    "The database server's disk is full, so the last change was not saved; everything saved before "
    "it is safe. Tell the office's administrator."
)
SEATS_CHANGED_THE_SAME_RECORDS = Template(
    "Another seat was changing the same records at the same moment, so the last change was not "
    "saved; reload and try again."
)
SERVER_CONNECTION_LOST = Template(
    "The connection to the database server was lost, so the last change was not saved; everything "
    "saved before it is safe. Check the network and try again."
)
