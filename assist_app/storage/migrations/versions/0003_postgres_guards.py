"""PostgreSQL: the append-only guards as plpgsql triggers; search keys compared byte by byte

Revision ID: 0003
Revises: 0002

Nothing changes on SQLite: its triggers came with 0001 and 0002, and it compares text by code point.

On PostgreSQL:
- history refuses UPDATE, and DELETE outside an erasure (the erasure_marker row of storage/erasure.py);
  the audit log refuses UPDATE and DELETE; its anchor only moves forward and stays single; TRUNCATE,
  which fires no row trigger, is refused on all three.
- resident_search_keys.key gets the "C" collation. A name search is the range
  ``key >= 'みほん' AND key < 'みほん' || U+10FFFF``; under a server's usual collation (glibc's
  ja_JP.UTF-8 or en_US.UTF-8) U+10FFFF weighs nothing, so the range held only the exact key and
  "みほん" no longer found "みほんはなこ"; under ICU's ja-JP, "はば" (羽場) also found "ばば" (馬場).
  The primary key and the index on the column are rebuilt with it; the index now carries
  resident_id as well, so a search is answered from the index alone (no visit to the table).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FUNCTIONS = {
    # A row trigger that refuses with the message given as its argument.
    "assist_refuse": """
        BEGIN
            RAISE EXCEPTION '%', TG_ARGV[0];
        END
    """,
    "assist_history_delete": """
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM erasure_marker) THEN
                RAISE EXCEPTION 'history is append-only';
            END IF;
            RETURN OLD;
        END
    """,
    "assist_audit_anchor_forward": """
        BEGIN
            IF NEW.row_count <= OLD.row_count OR NEW.id <> OLD.id THEN
                RAISE EXCEPTION 'the audit anchor only moves forward';
            END IF;
            RETURN NEW;
        END
    """,
    "assist_audit_anchor_single": """
        BEGIN
            IF EXISTS (SELECT 1 FROM audit_anchor) THEN
                RAISE EXCEPTION 'there is only one audit anchor';
            END IF;
            RETURN NEW;
        END
    """,
}

HISTORY = "assist_refuse('history is append-only')"
AUDIT_LOG = "assist_refuse('the audit log is append-only')"
ANCHOR = "assist_refuse('the audit anchor cannot be removed')"

# name, table, timing and event, level, function(argument)
_TRIGGERS = (
    ("history_no_update", "history", "BEFORE UPDATE", "ROW", HISTORY),
    ("history_no_delete", "history", "BEFORE DELETE", "ROW", "assist_history_delete()"),
    ("history_no_truncate", "history", "BEFORE TRUNCATE", "STATEMENT", HISTORY),
    ("audit_log_no_update", "audit_log", "BEFORE UPDATE", "ROW", AUDIT_LOG),
    ("audit_log_no_delete", "audit_log", "BEFORE DELETE", "ROW", AUDIT_LOG),
    ("audit_log_no_truncate", "audit_log", "BEFORE TRUNCATE", "STATEMENT", AUDIT_LOG),
    ("audit_anchor_forward", "audit_anchor", "BEFORE UPDATE", "ROW", "assist_audit_anchor_forward()"),
    ("audit_anchor_no_delete", "audit_anchor", "BEFORE DELETE", "ROW", ANCHOR),
    ("audit_anchor_no_truncate", "audit_anchor", "BEFORE TRUNCATE", "STATEMENT", ANCHOR),
    ("audit_anchor_single", "audit_anchor", "BEFORE INSERT", "ROW", "assist_audit_anchor_single()"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$")
    for name, table, when, level, call in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH {level} EXECUTE FUNCTION {call}")
    op.execute('ALTER TABLE resident_search_keys ALTER COLUMN key TYPE VARCHAR(200) COLLATE "C"')
    op.drop_index("ix_resident_search_keys_key", table_name="resident_search_keys")
    op.create_index(
        "ix_resident_search_keys_key", "resident_search_keys", ["key"], postgresql_include=["resident_id"]
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_resident_search_keys_key", table_name="resident_search_keys")
    op.create_index("ix_resident_search_keys_key", "resident_search_keys", ["key"])
    op.execute('ALTER TABLE resident_search_keys ALTER COLUMN key TYPE VARCHAR(200) COLLATE "default"')
    for name, table, *_ in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for name in _FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
