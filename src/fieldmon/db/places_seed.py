"""The shipped place registry (regions and cities of Kazakhstan) and its seeding.

Every database gets the registry when it is opened (`engine.open_database`), so the data and
the insert live in db/, below services/: opening a database must not import the services
layer. `services.places` re-exports these names and holds everything that reads places.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from typing import TYPE_CHECKING, Any

from fieldmon.db.changes import untracked
from fieldmon.db.models import Place, Setting, utcnow
from fieldmon.domain.text import normalize_name
from fieldmon.paths import resource_path

if TYPE_CHECKING:  # engine imports this module when it seeds a database
    from fieldmon.db.engine import Database

# The namespace of every derived id (places, sites, loans, people, trainings).
NAMESPACE = uuid.UUID("6f1c1c1e-6a43-4d8e-9a55-1f2f8a7c0b01")
REGISTRY_OFFICER = "fieldmon registry"
VERSION_SETTING = "place_registry_version"


@cache
def registry_data() -> dict[str, Any]:
    with resource_path("places.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def registry_id(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"place:{key}")


def ensure_registry(database: Database) -> None:
    """Insert or refresh the shipped regions and cities (once per registry version)."""
    data = registry_data()
    version = str(data["version"])
    with database.session() as session, untracked(session):
        stored = session.get(Setting, VERSION_SETTING)
        if stored is not None and stored.value == version:
            return
        for entry in data["places"]:
            pid = registry_id(entry["key"])
            place = session.get(Place, pid)
            if place is None:
                place = Place(id=pid, created_by=REGISTRY_OFFICER, updated_by=REGISTRY_OFFICER)
                session.add(place)
            place.key = entry["key"]
            place.kind = entry["kind"]
            place.name = entry["en"]
            place.name_ru = entry["ru"]
            place.name_kk = entry["kk"]
            place.aliases = "\n".join(entry["abbreviations"] + entry["aliases"])
            place.name_key = normalize_name(entry["en"])
            place.updated_at = utcnow()
        if stored is None:
            session.add(Setting(key=VERSION_SETTING, value=version))
        else:
            stored.value = version
