"""The place registry: shipped regions and cities, user-added districts and settlements.

Ids are derived, not random: a shipped place's id comes from its registry key, and a
user-added district or settlement's id from its parent and its normalized name. Two officers
who type the same village on two laptops therefore create the same record, which a later
merge recognizes instead of duplicating it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldmon.db.models import Place
from fieldmon.db.places_seed import (  # re-exported: services and tests use them from here
    NAMESPACE,
    REGISTRY_OFFICER,
    ensure_registry,
    registry_data,
    registry_id,
)
from fieldmon.domain.text import normalize_name
from fieldmon.services import history

if TYPE_CHECKING:
    from fieldmon.db.engine import Database

__all__ = [
    "NAMESPACE",
    "REGISTRY_OFFICER",
    "ensure_registry",
    "registry_data",
    "registry_id",
]

TOP_KINDS = ("region", "city")
# Words that say "region" in reports; stripped when a name does not match as written.
_REGION_WORDS = re.compile(
    r"^(область|облысы)\s+|\s+(region|oblast|obl\.?|область|обл\.?|облысы)$", re.IGNORECASE
)


def child_id(parent_id: uuid.UUID, name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"place:{parent_id}:{normalize_name(name)}")


def top_places(session: Session) -> list[Place]:
    """Regions and cities, in registry order."""
    order = {e["key"]: i for i, e in enumerate(registry_data()["places"])}
    places = session.scalars(
        select(Place).where(Place.kind.in_(TOP_KINDS), Place.deleted_at.is_(None))
    ).all()
    return sorted(places, key=lambda p: order.get(p.key or "", len(order)))


def _without_region_word(name: str) -> str:
    return normalize_name(_REGION_WORDS.sub("", normalize_name(name)))


@cache
def _name_index() -> tuple[dict[str, str], dict[str, str]]:
    """Every registry name → its key, built once from the shipped file (which
    `ensure_registry` copies into each database): exact names, and regions' names without
    the word for "region". The first place in registry order wins a shared name."""
    exact: dict[str, str] = {}
    stripped: dict[str, str] = {}
    for entry in registry_data()["places"]:
        for name in (
            entry["en"],
            entry["ru"],
            entry["kk"],
            *entry["abbreviations"],
            *entry["aliases"],
        ):
            exact.setdefault(normalize_name(name), entry["key"])
            if entry["kind"] == "region":
                stripped.setdefault(_without_region_word(name), entry["key"])
    return exact, stripped


def find_region(session: Session, name: str) -> Place | None:
    """A region or city by any of its names or abbreviations, ignoring case and spacing."""
    text = normalize_name(name)
    if not text:
        return None
    exact, stripped = _name_index()
    key = exact.get(text) or stripped.get(_without_region_word(text))
    place = session.get(Place, registry_id(key)) if key else None
    return place if place is not None and place.deleted_at is None else None


def children(session: Session, parent_id: uuid.UUID) -> list[Place]:
    return list(
        session.scalars(
            select(Place)
            .where(Place.parent_id == parent_id, Place.deleted_at.is_(None))
            .order_by(Place.name_key)
        )
    )


def find_child(session: Session, parent_id: uuid.UUID, name: str) -> Place | None:
    return session.scalars(
        select(Place).where(
            Place.parent_id == parent_id,
            Place.name_key == normalize_name(name),
            Place.deleted_at.is_(None),
        )
    ).first()


@dataclass(frozen=True)
class PlaceInput:
    """Region (required), district and settlement (optional, created on first use)."""

    region_id: uuid.UUID | None
    district: str = ""
    settlement: str = ""


def lookup_id(db: Database, where: PlaceInput) -> uuid.UUID | None:
    """The id of the place `lookup` finds, for a widget's place filter."""
    with db.read_session() as session:
        place = lookup(session, where)
        return place.id if place is not None else None


def lookup(session: Session, where: PlaceInput) -> Place | None:
    """The most specific existing place, or None if any named level does not exist yet."""
    if where.region_id is None:
        return None
    place = session.get(Place, where.region_id)
    for name in (where.district, where.settlement):
        if place is None or not name.strip():
            continue
        place = find_child(session, place.id, name)
    return place


def get_or_create(session: Session, where: PlaceInput, officer: str) -> Place:
    """The most specific place, creating the district and settlement if they are new."""
    if where.region_id is None:
        raise ValueError("a place needs a region")
    region = session.get(Place, where.region_id)
    if region is None:
        raise ValueError(f"no region with id {where.region_id}")
    place = region
    for kind, name in (("district", where.district), ("settlement", where.settlement)):
        name = " ".join(name.split())
        if not name:
            continue
        found = find_child(session, place.id, name)
        if found is None:
            # Deleted earlier under the same name: bring it back rather than clash on the id.
            found = session.get(Place, child_id(place.id, name))
            if found is not None:
                history.restore(session, "place", found, officer)
        if found is None:
            found = Place(
                id=child_id(place.id, name),
                kind=kind,
                parent_id=place.id,
                region_id=region.id,
                name=name,
                name_key=normalize_name(name),
                created_by=officer,
                updated_by=officer,
            )
            session.add(found)
            session.flush()
            history.record(
                session,
                "place",
                found.id,
                "create",
                {"kind": (None, kind), "name": (None, name)},
                officer,
            )
        place = found
    return place


class Named(Protocol):
    """A place or a row of one: what `display_name` reads."""

    name: str
    name_ru: str | None
    name_kk: str | None


def display_name(place: Named, lang: str) -> str:
    if lang == "ru" and place.name_ru:
        return place.name_ru
    if lang == "kk" and place.name_kk:
        return place.name_kk
    return place.name


def path_of(session: Session, place_id: uuid.UUID) -> list[Place]:
    """From the region down to the place."""
    chain: list[Place] = []
    current = session.get(Place, place_id)
    while current is not None:
        chain.append(current)
        current = session.get(Place, current.parent_id) if current.parent_id else None
    return list(reversed(chain))


@dataclass(frozen=True)
class PlaceItem:
    """A place as a selector shows it."""

    id: uuid.UUID
    name: str
    kind: str


def region_items(database: Any, lang: str) -> list[PlaceItem]:
    """Regions and cities with their names in `lang`, sorted as a reader of `lang` expects."""
    with database.read_session() as session:
        items = [PlaceItem(p.id, display_name(p, lang), p.kind) for p in top_places(session)]
    return sorted(items, key=lambda i: (i.kind != "region", normalize_name(i.name)))


def child_items(database: Any, parent_id: uuid.UUID) -> list[PlaceItem]:
    with database.read_session() as session:
        return [PlaceItem(p.id, p.name, p.kind) for p in children(session, parent_id)]


def find_child_item(database: Any, parent_id: uuid.UUID, name: str) -> PlaceItem | None:
    with database.read_session() as session:
        place = find_child(session, parent_id, name)
        return PlaceItem(place.id, place.name, place.kind) if place else None


def region_item_by_name(database: Any, name: str, lang: str) -> PlaceItem | None:
    """A region or city typed in any language or abbreviation, named in `lang`."""
    with database.read_session() as session:
        place = find_region(session, name)
        return PlaceItem(place.id, display_name(place, lang), place.kind) if place else None
