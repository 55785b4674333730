"""Every schema revision this release knows, oldest first; the last one is the head.

Kept apart from Alembic so that start-up can tell "no migration due" with one query and no
Alembic import. A test checks this list against the migration scripts.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
