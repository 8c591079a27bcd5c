"""The registry of people: borrowers, group members and training participants alike.

A person is found again rather than entered twice: by IIN when one is given, otherwise by
the normalized name (`person_key`) and birth year. Ids are derived from the same key, so the
same person typed on two laptops is one record when their data are merged.

The People page reads, edits and merges through the functions taking a `Database` here
(`registry`, `search_people`, `load_person`, `update_person`, `merge_order`,
`merge_people`); the others take a `Session` and are for services that write people as part
of their own work.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import (
    Borrower,
    BorrowerMember,
    History,
    Loan,
    Participation,
    Person,
    Training,
)
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import BorrowerKind, Sex
from fieldmon.domain.people import PersonFields, normalize_phone, validate_person
from fieldmon.domain.text import escape_like, person_key
from fieldmon.domain.trainings import Category
from fieldmon.domain.visits import MAX_NAME, TOO_LONG
from fieldmon.services import history, places
from fieldmon.services.places import PlaceInput


def count_records(session: Session) -> int:
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


def similar_people(db: Database, fields: PersonFields) -> list[PersonMatch]:
    """`matches`, for a form's duplicate guard."""
    with db.read_session() as session:
        return matches(session, fields)


def registered(db: Database, fields: PersonFields) -> PersonMatch | None:
    """The person `find_person` would use for these fields, as plain data (for a form's
    note 'already registered')."""
    with db.read_session() as session:
        found = find_person(session, fields)
        if found is None:
            return None
        iin = fields.iin.strip()
        return PersonMatch(
            found.id,
            found.full_name,
            found.birth_year,
            found.iin,
            found.phone,
            bool(iin) and found.iin == iin,
        )


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


# --- the registry as a list -------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    full_name: str
    sex: Sex
    birth_year: int
    iin: str | None
    phone: str
    category: Category | None
    organization: str
    trainings: int
    loans: int


def _people_filter(query: Select[Any], text: str) -> Select[Any]:
    query = query.where(Person.deleted_at.is_(None))
    words = " ".join(text.split())
    if words:
        if words.isdigit():
            query = query.where(
                or_(
                    Person.iin.like(f"{words}%"),
                    func.replace(Person.phone, " ", "").like(f"%{words}%"),
                )
            )
        else:
            query = query.where(
                Person.name_key.like(f"%{escape_like(person_key(words))}%", escape="\\")
            )
    return query


def _rows_query() -> Select[Any]:
    # Live registrations at live events, and live loans of the borrowers (individual or
    # group) the person is a member of: a deleted event or loan is not counted.
    trainings = (
        select(func.count())
        .select_from(Participation)
        .join(Training, Training.id == Participation.training_id)
        .where(
            Participation.person_id == Person.id,
            Participation.deleted_at.is_(None),
            Training.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    loans = (
        select(func.count())
        .select_from(Loan)
        .join(BorrowerMember, BorrowerMember.borrower_id == Loan.borrower_id)
        .where(BorrowerMember.person_id == Person.id, Loan.deleted_at.is_(None))
        .scalar_subquery()
    )
    return select(
        Person.id,
        Person.full_name,
        Person.sex,
        Person.birth_year,
        Person.iin,
        Person.phone,
        Person.category,
        Person.organization,
        trainings,
        loans,
    )


def _row(r: Any) -> PersonRow:
    return PersonRow(
        r[0],
        r[1],
        Sex(r[2]),
        r[3],
        r[4],
        r[5],
        Category(r[6]) if r[6] else None,
        r[7],
        int(r[8]),
        int(r[9]),
    )


def list_people(
    session: Session, text: str = "", *, offset: int = 0, limit: int = 200
) -> list[PersonRow]:
    """People whose name contains `text` (by the duplicate rule's key: case, ё/е and
    look-alike letters ignored), or whose IIN starts with / phone contains the digits."""
    query = _people_filter(_rows_query(), text)
    rows = session.execute(
        query.order_by(Person.name_key, Person.birth_year, Person.id).offset(offset).limit(limit)
    ).all()
    return [_row(r) for r in rows]


def count_people(session: Session, text: str = "") -> int:
    """How many live people `list_people` would find without a limit."""
    return int(session.scalar(_people_filter(select(func.count()).select_from(Person), text)) or 0)


def registry(db: Database, text: str = "", *, limit: int = 200) -> tuple[list[PersonRow], int]:
    """The People page's rows (at most `limit`) and how many match in all."""
    with db.read_session() as session:
        return list_people(session, text, limit=limit), count_people(session, text)


def search_people(db: Database, text: str, limit: int = 20) -> list[PersonRow]:
    """For 'add a participant by typing part of the name'."""
    if len(" ".join(text.split())) < 2:
        return []
    with db.read_session() as session:
        return list_people(session, text, limit=limit)


# --- a person's details, edited ----------------------------------------------------------------

GONE = QT_TRANSLATE_NOOP(
    "fieldmon", "This person is no longer in the registry; they may be merged."
)
IIN_HELD = QT_TRANSLATE_NOOP(
    "fieldmon",
    "IIN {iin} is already {name}'s (born {year}); if they are one person, merge the two "
    "records instead.",
)
NAMESAKE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "{name}, born {year}, is already in the registry; if they are one person, merge the two "
    "records instead.",
)
CATEGORY_NEEDED = QT_TRANSLATE_NOOP(
    "fieldmon", "Choose a category: this person attends trainings, which are counted by it."
)

# The fields `update_person` edits, in the order forms show them (the history names them so).
EDITED = ("full_name", "sex", "birth_year", "iin", "phone", "category", "organization")


class NamesakeFound(UserError):
    """An edit would make a person look like another one (the same name, as the duplicate
    rule compares names, and birth year, and no IINs telling them apart). Nothing was saved;
    `update_person(..., namesake_ok=True)` saves anyway once the user says they are two
    people. `matches` are the others."""

    def __init__(self, matches: list[PersonMatch]):
        first = matches[0]
        super().__init__(NAMESAKE, name=first.full_name, year=first.birth_year)
        self.matches = matches


@dataclass(frozen=True)
class PersonRecord:
    """A stored person as the person form shows it."""

    id: uuid.UUID
    fields: PersonFields
    category: Category | None
    organization: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise UserError(GONE)
    return person


def load_person(db: Database, person_id: uuid.UUID) -> PersonRecord:
    """A live person's details; raises UserError if merged or deleted."""
    with db.read_session() as session:
        p = _live_person(session, person_id)
        return PersonRecord(
            p.id,
            PersonFields(p.full_name, Sex(p.sex), p.birth_year, p.iin or "", p.phone),
            Category(p.category) if p.category else None,
            p.organization,
            p.created_at,
            p.created_by,
            p.updated_at,
            p.updated_by,
        )


def _attends_trainings(session: Session, person_id: uuid.UUID) -> bool:
    found = session.scalar(
        select(Participation.id)
        .where(Participation.person_id == person_id, Participation.deleted_at.is_(None))
        .limit(1)
    )
    return found is not None


def check_person_edit(
    session: Session,
    person: Person,
    fields: PersonFields,
    category: Category | None,
    organization: str,
    today: date,
) -> list[FieldError]:
    """Every problem with new details for `person`, without writing anything: the rules of
    a new person (`validate_person`), an organization's length, a category for someone who
    attends trainings, and an IIN that another live person holds (one IIN, one person: the
    two records are merged instead)."""
    errors = validate_person(fields, today)
    if len(" ".join(organization.split())) > MAX_NAME:
        errors.append(FieldError("organization", TOO_LONG, {"max": MAX_NAME}))
    if category is None and _attends_trainings(session, person.id):
        errors.append(FieldError("category", CATEGORY_NEEDED))
    iin = fields.iin.strip()
    if iin and iin != (person.iin or "") and not any(e.field == "iin" for e in errors):
        holder = session.scalar(
            select(Person)
            .where(Person.iin == iin, Person.deleted_at.is_(None), Person.id != person.id)
            .limit(1)
        )
        if holder is not None:
            errors.append(
                FieldError(
                    "iin",
                    IIN_HELD,
                    {"iin": iin, "name": holder.full_name, "year": holder.birth_year},
                )
            )
    return errors


def _namesakes(session: Session, person: Person, fields: PersonFields) -> list[PersonMatch]:
    """Other live people with the new name and birth year whom no two different IINs tell
    apart (the same IIN is refused by `check_person_edit`)."""
    iin = fields.iin.strip()
    return [
        m
        for m in matches(session, PersonFields(fields.full_name, fields.sex, fields.birth_year))
        if m.id != person.id and not (iin and m.iin and m.iin != iin)
    ]


def update_person(
    db: Database,
    person_id: uuid.UUID,
    fields: PersonFields,
    officer: str,
    *,
    category: Category | None,
    organization: str = "",
    namesake_ok: bool = False,
    today: date | None = None,
) -> bool:
    """Save a person's details (name, sex, birth year, IIN, phone, category, organization);
    one transaction. False when nothing differed.

    Raises ValidationError (every field's problem, `check_person_edit`), UserError when the
    person was merged or deleted meanwhile, and `NamesakeFound` when a changed name or birth
    year makes them look like someone else (unless `namesake_ok`). Each changed field goes to
    the history (old → new) and to the change log, so the edit travels in the next data
    package; an individual borrower's name follows the person's."""
    today = today or date.today()
    with db.session() as session:
        person = _live_person(session, person_id)
        errors = check_person_edit(session, person, fields, category, organization, today)
        if errors:
            raise ValidationError(errors)
        assert fields.sex is not None and fields.birth_year is not None
        name = " ".join(fields.full_name.split())
        values: dict[str, Any] = {
            "full_name": name,
            "sex": fields.sex.value,
            "birth_year": fields.birth_year,
            "iin": fields.iin.strip() or None,
            "phone": normalize_phone(fields.phone) or "",
            "category": category.value if category else "",
            "organization": " ".join(organization.split()),
        }
        changes = {k: (getattr(person, k), v) for k, v in values.items() if getattr(person, k) != v}
        if not changes:
            return False
        renamed = person_key(name) != person.name_key or fields.birth_year != person.birth_year
        if renamed and not namesake_ok:
            found = _namesakes(session, person, fields)
            if found:
                raise NamesakeFound(found)
        for k, (_old, v) in changes.items():
            setattr(person, k, v)
        person.name_key = person_key(name)
        history.stamp(person, officer)
        history.record(session, "person", person.id, "update", changes, officer)
        if "full_name" in changes:
            _rename_borrowers(session, person, officer)
        return True


def _rename_borrowers(session: Session, person: Person, officer: str) -> None:
    """An individual borrower is named after its one member (loans list it by that name)."""
    rows = session.scalars(
        select(Borrower)
        .join(BorrowerMember, BorrowerMember.borrower_id == Borrower.id)
        .where(
            BorrowerMember.person_id == person.id,
            Borrower.kind == BorrowerKind.INDIVIDUAL.value,
            Borrower.name != person.full_name,
        )
    ).all()
    for row in rows:
        history.record(
            session, "borrower", row.id, "update", {"name": (row.name, person.full_name)}, officer
        )
        row.name = person.full_name
        history.stamp(row, officer)


# --- two records of one person ------------------------------------------------------------------

NO_LONGER_THERE = QT_TRANSLATE_NOOP("fieldmon", "One of these people is no longer in the registry.")


def merge_order(db: Database, first: uuid.UUID, second: uuid.UUID) -> tuple[PersonRow, PersonRow]:
    """Which of two records of one person a merge keeps: `(keep, drop)`.

    Kept is, in this order of precedence: the record with an IIN (an IIN identifies the
    person; the other record can only gain it); else the one with more trainings and loans
    together, as the People page counts them (fewer rows move, and the record officers know
    best stays); else the older record by `created_at` (its id is the one other laptops have
    seen longest); else `first` (on the People page, the upper of the two rows).
    Raises `UserError` when either is not a live person."""
    with db.read_session() as session:
        rows = session.execute(
            _rows_query()
            .add_columns(Person.created_at)
            .where(Person.id.in_((first, second)), Person.deleted_at.is_(None))
        ).all()
    found = {r[0]: (_row(r), r[10]) for r in rows}
    if first not in found or second not in found:
        raise UserError(NO_LONGER_THERE)

    def weight(ident: uuid.UUID) -> tuple[bool, int, float]:
        row, created = found[ident]
        return bool(row.iin), row.trainings + row.loans, -created.timestamp()

    keep, drop = (first, second) if weight(first) >= weight(second) else (second, first)
    return found[keep][0], found[drop][0]


def merged_into(session: Session, person: Person) -> Person | None:
    """The live person a merged (deleted) record went into, following later merges of that
    one too; None if there is none (a record deleted otherwise, or a merge not recorded)."""
    seen: set[uuid.UUID] = set()
    current = person
    while current.deleted_at is not None and current.id not in seen:
        seen.add(current.id)
        changes = session.scalars(
            select(History.changes)
            .where(History.record_id == current.id, History.action == "merge")
            .order_by(History.changed_at.desc())
        ).all()
        target = next(
            (json.loads(c)["merged_into"][1] for c in changes if "merged_into" in json.loads(c)),
            None,
        )
        found = session.get(Person, uuid.UUID(target)) if target else None
        if found is None:
            return None
        current = found
    return current if current is not person else None


def merge_people(db: Database, keep_id: uuid.UUID, drop_id: uuid.UUID, officer: str) -> None:
    """Two records of one person become one: `keep` takes over `drop`'s trainings (an event
    both attended gets the days either was present) and loan memberships, and gains what it
    lacked (IIN, phone, category, organization); `drop` is marked deleted. Both histories
    stay, each with a 'merge' entry naming the other record, and every change to a
    participation (marks, scores, the move to `keep`) is in its history like an edit.
    Which record to keep is the caller's choice; `merge_order` gives the usual one."""
    # trainings writes people through this module, so it is imported here, not at the top
    from fieldmon.services import trainings

    if keep_id == drop_id:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "Choose two different people to merge."))
    with db.session() as session:
        keep, drop = session.get(Person, keep_id), session.get(Person, drop_id)
        if keep is None or drop is None or keep.deleted_at or drop.deleted_at:
            raise UserError(NO_LONGER_THERE)
        if keep.iin and drop.iin and keep.iin != drop.iin:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "{keep} and {drop} have different IINs; they are two people."
                ),
                keep=keep.full_name,
                drop=drop.full_name,
            )
        fill_blanks(
            session,
            keep,
            {
                "iin": drop.iin,
                "phone": drop.phone,
                "category": drop.category,
                "organization": drop.organization,
                "place_id": drop.place_id,
                "region_id": drop.region_id,
            },
            officer,
        )
        trainings.move_participations(session, drop, keep, officer)
        members = session.scalars(
            select(BorrowerMember).where(BorrowerMember.person_id == drop.id)
        ).all()
        for member in members:
            member.person_id = keep.id
        history.record(
            session,
            "person",
            keep.id,
            "merge",
            {"merged_from": (None, str(drop.id)), "full_name_merged": (None, drop.full_name)},
            officer,
        )
        history.soft_delete(session, "person", drop, officer)
        history.record(
            session, "person", drop.id, "merge", {"merged_into": (None, str(keep.id))}, officer
        )
