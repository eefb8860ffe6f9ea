"""Articles remember a fingerprint of their text, so an entry updated in place is matched again.

`articles.content_hash` is the fingerprint of the title, summary and content as last
stored (case, spacing and punctuation ignored); `articles.updated_at` when an update was
last stored. Existing rows get no fingerprint (NULL): the next poll that sees such an
entry records one without matching it again, since what it said before is unknown.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("content_hash", sa.String, nullable=True))
        batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("updated_at")
        batch.drop_column("content_hash")
