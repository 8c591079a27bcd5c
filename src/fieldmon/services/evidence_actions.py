"""The window's evidence actions on a `Database`, each its own short transaction.

`services.evidence` works inside the caller's session, so that a form's files are saved in
the record's own transaction (`visits.save_visit(..., evidence=changes)`). A page showing a
saved record (a loan's page, a training's page) saves each change at once instead: these
functions are that, and the reads every strip of thumbnails needs. Widgets call them and
never hold a session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from decimal import Decimal

from fieldmon.db.engine import Database
from fieldmon.services import evidence
from fieldmon.services.evidence import AttachmentRow, Changes, Owner


def rows(db: Database, owner: Owner) -> list[AttachmentRow]:
    """The record's live attachments, in the order they were added (a training's by day)."""
    with db.read_session() as session:
        return evidence.attachments(session, owner)


def previews(db: Database, shas: Iterable[str]) -> dict[str, bytes]:
    """SHA-256 → the stored JPEG preview, for the files that have one (photos)."""
    with db.read_session() as session:
        return evidence.previews(session, shas)


def content(db: Database, sha256: str) -> bytes:
    """The file's bytes as they were attached (UserError if there is no such file)."""
    with db.read_session() as session:
        return evidence.content(session, sha256)


def site_point(db: Database, visit_id: uuid.UUID) -> tuple[Decimal, Decimal] | None:
    """The known point of a saved visit's site (`evidence.site_point`)."""
    with db.read_session() as session:
        return evidence.site_point(session, visit_id)


def save(db: Database, owner: Owner, changes: Changes, officer: str) -> None:
    """Files added, attachments removed, captions changed on a saved record, in one
    transaction; UserError if the record is gone (deleted meanwhile)."""
    if not changes:
        return
    with db.session() as session:
        evidence.check_owner(session, owner)
        evidence.apply(session, owner, changes, officer)


def remove(db: Database, attachments: Sequence[uuid.UUID], officer: str) -> None:
    """Mark attachments removed, all in one transaction (`restore` brings them back)."""
    with db.session() as session:
        for attachment in attachments:
            evidence.remove(session, attachment, officer)


def restore(db: Database, attachments: Sequence[uuid.UUID], officer: str) -> None:
    with db.session() as session:
        for attachment in attachments:
            evidence.restore(session, attachment, officer)
