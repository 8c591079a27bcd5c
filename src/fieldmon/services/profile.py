"""The officer's profile, the device id and the project's title, stored in the database's
settings."""

from __future__ import annotations

import os
import uuid

from fieldmon.db.engine import Database
from fieldmon.db.models import Setting
from fieldmon.domain.errors import InvalidValue
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

OFFICER_KEY = "officer_name"
DEVICE_KEY = "device_id"
PROJECT_TITLE_KEY = "project_title"


def get_setting(db: Database, key: str) -> str | None:
    with db.read_session() as session:
        row = session.get(Setting, key)
        return row.value if row else None


def set_setting(db: Database, key: str, value: str) -> None:
    with db.session() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def stored_officer(db: Database) -> str | None:
    return get_setting(db, OFFICER_KEY)


def set_officer(db: Database, name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("fieldmon", "The officer's name cannot be empty."))
    set_setting(db, OFFICER_KEY, name)
    return name


def resolve_officer(db: Database, given: str | None = None) -> str | None:
    """--officer, else FIELDMON_OFFICER, else the stored profile (the CLI never prompts)."""
    for candidate in (given, os.environ.get("FIELDMON_OFFICER"), stored_officer(db)):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    return None


def device_id(db: Database) -> str:
    """A random id for this database's device, made on first use."""
    value = get_setting(db, DEVICE_KEY)
    if value is None:
        value = str(uuid.uuid4())
        set_setting(db, DEVICE_KEY, value)
    return value


def project_title(db: Database) -> str:
    """The title the quarterly report carries ('' until someone sets it)."""
    return get_setting(db, PROJECT_TITLE_KEY) or ""


def set_project_title(db: Database, title: str) -> str:
    title = " ".join(title.split())
    set_setting(db, PROJECT_TITLE_KEY, title)
    return title
