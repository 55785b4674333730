"""helper accounts (PIN hash, wrong-PIN delay), audit log chained by hashes, policies

Revision ID: 0002
Revises: 0001

Only columns, tables and indexes are added: no table is rebuilt, so no foreign-key cascade can
touch existing rows (see TECH_NOTES, "Migrations and durability").
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    with op.batch_alter_table("helpers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("failed_pins", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("pin_locked_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_sign_in_at", sa.DateTime(), nullable=True))

    # A volunteer's lists filter on these (services/access.py).
    op.create_index("ix_cases_assigned_helper_id", "cases", ["assigned_helper_id"], unique=False)
    op.create_index("ix_cases_created_by", "cases", ["created_by"], unique=False)
    op.create_index("ix_residents_created_by", "residents", ["created_by"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("helper_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("record_type", sa.String(length=20), nullable=True),
        sa.Column("record_ids", sa.JSON(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_resident_id", "audit_log", ["resident_id"], unique=False)
    op.create_index("ix_audit_log_case_id", "audit_log", ["case_id"], unique=False)
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute(f"INSERT INTO audit_anchor (id, row_count, last_hash) VALUES (1, 0, '{GENESIS}')")
    op.create_table(
        "policies",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )

    if op.get_bind().dialect.name == "sqlite":
        # The audit log is never changed or shortened, not even by an erasure (it holds no names).
        op.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
        # The anchor only moves forward and is never removed or doubled.
        op.execute(
            "CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor "
            "WHEN NEW.row_count <= OLD.row_count OR NEW.id != OLD.id "
            "BEGIN SELECT RAISE(ABORT, 'the audit anchor only moves forward'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor "
            "BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be removed'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_anchor_single BEFORE INSERT ON audit_anchor "
            "WHEN EXISTS (SELECT 1 FROM audit_anchor) "
            "BEGIN SELECT RAISE(ABORT, 'there is only one audit anchor'); END"
        )


def downgrade() -> None:
    for trigger in (
        "audit_log_no_update",
        "audit_log_no_delete",
        "audit_anchor_forward",
        "audit_anchor_no_delete",
        "audit_anchor_single",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("policies")
    op.drop_table("audit_anchor")
    op.drop_index("ix_audit_log_case_id", table_name="audit_log")
    op.drop_index("ix_audit_log_resident_id", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_residents_created_by", table_name="residents")
    op.drop_index("ix_cases_created_by", table_name="cases")
    op.drop_index("ix_cases_assigned_helper_id", table_name="cases")
    with op.batch_alter_table("helpers", schema=None) as batch_op:
        batch_op.drop_column("last_sign_in_at")
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("failed_pins")
        batch_op.drop_column("pin_hash")
