"""The registry of people: borrowers, group members and training participants alike.

A person is found again rather than entered twice: by IIN when one is given, otherwise by
the normalized name (`person_key`) and birth year. Ids are derived from the same key, so the
same person typed on two laptops is one record when their data are merged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldmon.db.models import Person
from fieldmon.domain.people import PersonFields, normalize_phone
from fieldmon.domain.text import person_key
from fieldmon.services import history, places
from fieldmon.services.places import PlaceInput


def count_people(session: Session) -> int:
    """Every person record, merged ones too: imports report the difference as new people."""
    return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def person_id_for(fields: PersonFields) -> uuid.UUID:
    if fields.iin.strip():
        return uuid.uuid5(places.NAMESPACE, f"person:iin:{fields.iin.strip()}")
    return uuid.uuid5(
        places.NAMESPACE, f"person:{person_key(fields.full_name)}:{fields.birth_year}"
    )


@dataclass(frozen=True)
class PersonMatch:
    """An existing person a new entry may be (offered before creating a new record)."""

    id: uuid.UUID
    full_name: str
    birth_year: int
    iin: str | None
    phone: str
    by_iin: bool


def matches(session: Session, fields: PersonFields) -> list[PersonMatch]:
    """Live people with the same IIN, or the same name key and birth year; IIN matches first."""
    iin = fields.iin.strip()
    conditions = []
    if iin:
        conditions.append(Person.iin == iin)
    if fields.full_name.strip() and fields.birth_year is not None:
        conditions.append(
            (Person.name_key == person_key(fields.full_name))
            & (Person.birth_year == fields.birth_year)
        )
    if not conditions:
        return []
    rows = session.scalars(
        select(Person).where(Person.deleted_at.is_(None), or_(*conditions)).limit(20)
    )
    found = [
        PersonMatch(p.id, p.full_name, p.birth_year, p.iin, p.phone, bool(iin) and p.iin == iin)
        for p in rows
    ]
    return sorted(found, key=lambda m: not m.by_iin)


def find_person(session: Session, fields: PersonFields) -> Person | None:
    """The person these fields describe: the one with this IIN; else the one with this name
    and birth year, unless that person has a different IIN (then they are namesakes)."""
    iin = fields.iin.strip()
    for match in matches(session, fields):
        if match.by_iin or not iin or match.iin is None:
            return session.get(Person, match.id)
    return None


def fill_blanks(session: Session, person: Person, values: dict[str, Any], officer: str) -> None:
    """Give `person` the values they lack (an IIN, a phone, a category...); nothing they
    already have is overwritten. The change goes to the history."""
    changes: dict[str, tuple[object, object]] = {}
    for name, value in values.items():
        if value and not getattr(person, name):
            changes[name] = (getattr(person, name), value)
            setattr(person, name, value)
    if changes:
        history.stamp(person, officer)
        history.record(session, "person", person.id, "update", changes, officer)


def get_or_create_person(
    session: Session,
    fields: PersonFields,
    place: PlaceInput | None,
    officer: str,
    *,
    category: str = "",
    organization: str = "",
) -> Person:
    """Fields must have passed `validate_person`. A found person gains what they lacked
    (`fill_blanks`); nothing they already have is overwritten."""
    found = find_person(session, fields)
    if found is not None:
        iin = fields.iin.strip() or None
        phone = normalize_phone(fields.phone) or ""
        fill_blanks(
            session,
            found,
            {
                "iin": iin,
                "phone": phone,
                "category": category,
                "organization": " ".join(organization.split()),
            },
            officer,
        )
        return found
    return create_new_person(
        session, fields, place, officer, category=category, organization=organization
    )


def create_new_person(
    session: Session,
    fields: PersonFields,
    place: PlaceInput | None,
    officer: str,
    *,
    category: str = "",
    organization: str = "",
) -> Person:
    """A new record, even when `matches` finds people: for a namesake born the same year,
    once the user has looked at the matches and said this is someone else."""
    assert fields.sex is not None and fields.birth_year is not None
    name = " ".join(fields.full_name.split())
    iin = fields.iin.strip() or None
    phone = normalize_phone(fields.phone) or ""
    organization = " ".join(organization.split())
    place_row = places.get_or_create(session, place, officer) if place and place.region_id else None
    pid = person_id_for(fields)
    existing = session.get(Person, pid)
    if existing is not None:  # deleted earlier, or a namesake's id: never reuse silently
        pid = uuid.uuid4()
    person = Person(
        id=pid,
        full_name=name,
        name_key=person_key(name),
        sex=fields.sex.value,
        birth_year=fields.birth_year,
        iin=iin,
        phone=phone,
        place_id=place_row.id if place_row else None,
        region_id=(place_row.region_id or place_row.id) if place_row else None,
        category=category,
        organization=organization,
        created_by=officer,
        updated_by=officer,
    )
    session.add(person)
    session.flush()
    history.record(
        session,
        "person",
        pid,
        "create",
        {
            "full_name": (None, name),
            "sex": (None, person.sex),
            "birth_year": (None, person.birth_year),
            "iin": (None, iin),
            "phone": (None, phone),
            "category": (None, category),
            "organization": (None, organization),
        },
        officer,
    )
    return person
