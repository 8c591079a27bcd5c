"""Training events, their participants and day-by-day attendance (the registry of people
they belong to is `services.people`).

A participant is a `person` (the same record as a borrower), registered at an event by a
`participation` that holds the day marks and the optional test scores. Ids are derived
from the event's code and from the person, so the same entry typed on two laptops is one
record when their data are merged.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Participation, Person, Place, Training
from fieldmon.domain import trainings as rules
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import Sex
from fieldmon.domain.people import PersonFields, normalize_phone, validate_person
from fieldmon.domain.text import escape_like, normalize_name
from fieldmon.domain.trainings import Category, TrainingFields, TrainingKind
from fieldmon.domain.visits import MAX_NAME, REQUIRED, TOO_LONG
from fieldmon.services import history, people, places, projects
from fieldmon.services.places import PlaceInput

REGION_NEEDED = QT_TRANSLATE_NOOP("fieldmon", "Choose the region or city.")
CODE_TAKEN = QT_TRANSLATE_NOOP("fieldmon", "Training {code} is already recorded.")
CODE_OF_DELETED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "Training code {code} belongs to a deleted training; use another code or undo the deletion.",
)
MARKS_ON_LATER_DAYS = QT_TRANSLATE_NOOP(
    "fieldmon", "Participants are marked present on day {day}; untick them before shortening."
)
IIN_TAKEN = QT_TRANSLATE_NOOP(
    "fieldmon", "This IIN is {name}'s, who is already in the registry; choose them instead."
)
ALREADY_REGISTERED = QT_TRANSLATE_NOOP("fieldmon", "{name} is already registered at this training.")


# --- events -------------------------------------------------------------------------------


def training_id_for(code: str) -> uuid.UUID:
    return uuid.uuid5(places.NAMESPACE, f"training:{rules.normalize_code(code)}")


def participation_id_for(training_id: uuid.UUID, person_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(places.NAMESPACE, f"participation:{training_id}:{person_id}")


def _latest_marked_day(session: Session, training_id: uuid.UUID) -> int:
    marks = session.scalars(
        select(Participation.marks).where(
            Participation.training_id == training_id,
            Participation.deleted_at.is_(None),
            Participation.days_present > 0,
        )
    )
    return max((m.rfind("1") + 1 for m in marks), default=0)


def check_training(
    session: Session,
    fields: TrainingFields,
    place: PlaceInput,
    training_id: uuid.UUID | None = None,
) -> list[FieldError]:
    """Every problem with an event, without writing anything."""
    errors = rules.validate_training(fields) + projects.project_problem(session, fields.project_id)
    if place.region_id is None:
        errors.append(FieldError("region", REGION_NEEDED))
    code = rules.normalize_code(fields.code)
    if code and not any(e.field == "code" for e in errors):
        taken = session.execute(
            select(Training.id, Training.deleted_at).where(Training.code == code)
        ).first()
        if taken is not None and taken[0] != training_id:
            # codes stay unique among deleted events too (a deletion can be undone)
            message = CODE_OF_DELETED if taken[1] is not None else CODE_TAKEN
            errors.append(FieldError("code", message, {"code": code}))
    if training_id is not None and fields.days is not None and not errors:
        latest = _latest_marked_day(session, training_id)
        if latest > fields.days:
            errors.append(FieldError("days", MARKS_ON_LATER_DAYS, {"day": latest}))
    return errors


def training_problems(
    db: Database, fields: TrainingFields, place: PlaceInput, training_id: uuid.UUID | None = None
) -> list[FieldError]:
    with db.read_session() as session:
        return check_training(session, fields, place, training_id)


def _training_values(fields: TrainingFields, place: Place) -> dict[str, Any]:
    assert fields.kind is not None and fields.start_date is not None and fields.days
    return {
        "code": rules.normalize_code(fields.code),
        "title": " ".join(fields.title.split()),
        "topic": " ".join(fields.topic.split()),
        "kind": fields.kind.value,
        "start_date": fields.start_date,
        "days": fields.days,
        "min_days": fields.min_days,
        "region_id": place.region_id or place.id,
        "place_id": place.id,
        "venue": " ".join(fields.venue.split()),
        "organizer": " ".join(fields.organizer.split()),
        "facilitator": " ".join(fields.facilitator.split()),
        "project_id": fields.project_id,
    }


def write_training(
    session: Session,
    fields: TrainingFields,
    place: PlaceInput,
    officer: str,
    training_id: uuid.UUID | None = None,
) -> Training:
    """Validate and write in the caller's transaction; raises ValidationError."""
    errors = check_training(session, fields, place, training_id)
    if errors:
        raise ValidationError(errors)
    values = _training_values(fields, places.get_or_create(session, place, officer))
    if training_id is None:
        row = Training(
            id=training_id_for(values["code"]), created_by=officer, updated_by=officer, **values
        )
        if session.get(Training, row.id) is not None:  # a deleted event had this code
            row.id = uuid.uuid4()
        session.add(row)
        session.flush()
        history.record(
            session,
            "training",
            row.id,
            "create",
            {k: (None, v) for k, v in values.items()},
            officer,
        )
        return row
    row = _live_training(session, training_id)
    changes = {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}
    if changes:
        for name, (_old, value) in changes.items():
            setattr(row, name, value)
        if "days" in changes:  # marks follow the event's length
            for p in _participations(session, training_id):
                p.marks = p.marks.ljust(row.days, "0")[: row.days]
        history.stamp(row, officer)
        history.record(session, "training", row.id, "update", changes, officer)
    return row


def save_training(
    db: Database,
    fields: TrainingFields,
    place: PlaceInput,
    officer: str,
    training_id: uuid.UUID | None = None,
) -> uuid.UUID:
    with db.session() as session:
        return write_training(session, fields, place, officer, training_id).id


def _live_training(session: Session, training_id: uuid.UUID) -> Training:
    row = session.get(Training, training_id)
    if row is None or row.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon", "This training no longer exists; it may have been deleted."
            )
        )
    return row


def delete_training(db: Database, training_id: uuid.UUID, officer: str) -> str:
    """Mark an event deleted with its attendance (every live registration, marks and scores
    kept as they are) and return its code; `restore_training` brings both back. The
    registrations are marked with the event's own deletion time, which is how a restore
    tells them from people removed from the event earlier (those stay removed); each has a
    'delete' history entry naming the event."""
    with db.session() as session:
        row = _live_training(session, training_id)
        history.soft_delete(session, "training", row, officer)
        for p in _participations(session, training_id):
            history.stamp(p, officer)
            p.updated_at, p.deleted_at = row.updated_at, row.deleted_at
            history.record(
                session,
                "participation",
                p.id,
                "delete",
                {"with_training": (None, row.code)},
                officer,
            )
        return row.code


def restore_training(db: Database, training_id: uuid.UUID, officer: str) -> None:
    """Undo `delete_training`: the event and the registrations deleted with it come back
    (marks and scores as they were; those of a person merged meanwhile go to the record
    they were merged into). An event that is not deleted is left as it is. The code cannot
    have been taken meanwhile: codes are unique among deleted events too."""
    with db.session() as session:
        row = session.get(Training, training_id)
        if row is None or row.deleted_at is None:
            return
        deleted_at = row.deleted_at
        with_it = session.scalars(
            select(Participation).where(
                Participation.training_id == training_id,
                Participation.deleted_at == deleted_at,
            )
        ).all()
        history.restore(session, "training", row, officer)
        for p in with_it:
            history.stamp(p, officer)
            p.deleted_at = None
            history.record(
                session,
                "participation",
                p.id,
                "restore",
                {"with_training": (None, row.code)},
                officer,
            )
        # Someone merged into another record while the event was deleted: their attendance
        # goes to that record now, as the merge would have moved it.
        for p in with_it:
            person = session.get(Person, p.person_id)
            if person is not None and person.deleted_at is not None:
                keep = people.merged_into(session, person)
                if keep is not None:
                    move_participations(session, person, keep, officer)


def training_is_live(db: Database, training_id: uuid.UUID) -> bool:
    """Whether the event exists and is not deleted (its page closes when it is not)."""
    with db.read_session() as session:
        row = session.get(Training, training_id)
        return row is not None and row.deleted_at is None


def find_training(session: Session, code: str) -> Training | None:
    return session.scalar(
        select(Training).where(
            Training.code == rules.normalize_code(code), Training.deleted_at.is_(None)
        )
    )


def find_training_id(db: Database, code: str) -> uuid.UUID:
    with db.read_session() as session:
        row = find_training(session, code)
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "There is no training with the code {code}."),
            code=rules.normalize_code(code),
        )
    return row.id


@dataclass(frozen=True)
class TrainingDetail:
    id: uuid.UUID
    fields: TrainingFields
    place: PlaceInput
    region: str
    place_names: tuple[str, ...]

    def day_dates(self) -> list[date]:
        assert self.fields.start_date is not None and self.fields.days is not None
        return [
            rules.session_date(self.fields.start_date, day)
            for day in range(1, self.fields.days + 1)
        ]


def load_training(db: Database, training_id: uuid.UUID, lang: str = "en") -> TrainingDetail:
    with db.read_session() as session:
        row = _live_training(session, training_id)
        path = places.path_of(session, row.place_id)
        names = tuple(places.display_name(p, lang) for p in path)
        fields = TrainingFields(
            code=row.code,
            title=row.title,
            topic=row.topic,
            kind=TrainingKind(row.kind),
            start_date=row.start_date,
            days=row.days,
            venue=row.venue,
            organizer=row.organizer,
            facilitator=row.facilitator,
            min_days=row.min_days,
            project_id=row.project_id,
        )
        district = path[1].name if len(path) > 1 else ""
        settlement = path[2].name if len(path) > 2 else ""
        return TrainingDetail(
            row.id,
            fields,
            PlaceInput(row.region_id, district, settlement),
            names[0] if names else "",
            names,
        )


# --- participants -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantInput:
    """A participant as typed on a form or a sign-in sheet."""

    person: PersonFields
    category: Category | None
    organization: str = ""
    place: PlaceInput | None = None


def check_participant(p: ParticipantInput, today: date) -> list[FieldError]:
    errors = validate_person(p.person, today)
    if p.category is None:
        errors.append(FieldError("category", REQUIRED))
    if len(" ".join(p.organization.split())) > MAX_NAME:
        errors.append(FieldError("organization", TOO_LONG, {"max": MAX_NAME}))
    return errors


def write_person(
    session: Session,
    participant: ParticipantInput,
    officer: str,
    today: date,
    *,
    new: bool = False,
) -> Person:
    """The registry's person for this participant: found by the duplicate rule (and given
    what they lacked) or created. With `new`, a new record even though the rule finds one:
    the user looked at the matches and said this is someone else (a namesake born the same
    year) — but never for an IIN already in the registry. Raises ValidationError."""
    errors = check_participant(participant, today)
    if new:
        for match in people.matches(session, participant.person):
            if match.by_iin:
                errors.append(FieldError("iin", IIN_TAKEN, {"name": match.full_name}))
    if errors:
        raise ValidationError(errors)
    assert participant.category is not None
    write = people.create_new_person if new else people.get_or_create_person
    return write(
        session,
        participant.person,
        participant.place,
        officer,
        category=participant.category.value,
        organization=participant.organization,
    )


def _participations(session: Session, training_id: uuid.UUID) -> list[Participation]:
    return list(
        session.scalars(
            select(Participation).where(
                Participation.training_id == training_id, Participation.deleted_at.is_(None)
            )
        )
    )


def enrol(
    session: Session, training: Training, person: Person, officer: str, *, strict: bool = True
) -> Participation:
    """Register `person` at `training` (a removed registration comes back). With `strict`,
    someone already registered is a ValidationError; otherwise their registration is
    returned."""
    pid = participation_id_for(training.id, person.id)
    row = session.scalar(
        select(Participation).where(
            Participation.training_id == training.id, Participation.person_id == person.id
        )
    )
    if row is not None and row.deleted_at is None:
        if strict:
            raise ValidationError(
                [FieldError("full_name", ALREADY_REGISTERED, {"name": person.full_name})]
            )
        return row
    if row is not None:
        history.restore(session, "participation", row, officer)
        return row
    row = Participation(
        id=pid,
        training_id=training.id,
        person_id=person.id,
        marks="0" * training.days,
        days_present=0,
        created_by=officer,
        updated_by=officer,
    )
    session.add(row)
    session.flush()
    history.record(
        session,
        "participation",
        pid,
        "create",
        {"training_id": (None, training.id), "person_id": (None, person.id)},
        officer,
    )
    return row


def add_participant(
    db: Database,
    training_id: uuid.UUID,
    officer: str,
    *,
    participant: ParticipantInput | None = None,
    person_id: uuid.UUID | None = None,
    new_person: bool = False,
    today: date | None = None,
) -> uuid.UUID:
    """Register an existing person (`person_id`, chosen from the registry or from the
    duplicate guard's matches; with `participant` too, they gain what they lacked) or the
    person typed (`participant`: found again by the
    duplicate rule, or a new record when `new_person`). Returns the participation's id."""
    today = today or date.today()
    with db.session() as session:
        training = _live_training(session, training_id)
        if person_id is not None:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "fieldmon", "This person is no longer in the registry; they may be merged."
                    )
                )
            if participant is not None:  # chosen among the matches: gains what they lacked
                typed = participant.person
                people.fill_blanks(
                    session,
                    person,
                    {
                        "iin": typed.iin.strip() or None,
                        "phone": normalize_phone(typed.phone) or "",
                        "category": participant.category.value if participant.category else "",
                        "organization": " ".join(participant.organization.split()),
                    },
                    officer,
                )
        elif participant is None:
            raise ValueError("give participant or person_id")
        else:
            person = write_person(session, participant, officer, today, new=new_person)
        return enrol(session, training, person, officer).id


def _live_participation(session: Session, participation_id: uuid.UUID) -> Participation:
    row = session.get(Participation, participation_id)
    if row is None or row.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon", "This participant is no longer registered at the training."
            )
        )
    return row


def write_marks(session: Session, row: Participation, marks: str, officer: str) -> bool:
    """Set a participation's marks; False if they were already so."""
    if marks == row.marks:
        return False
    history.stamp(row, officer)
    history.record(
        session, "participation", row.id, "update", {"marks": (row.marks, marks)}, officer
    )
    row.marks, row.days_present = marks, rules.days_present(marks)
    return True


def set_mark(
    db: Database, participation_id: uuid.UUID, day: int, present: bool, officer: str
) -> str:
    """Mark one day present or absent; returns the participation's marks."""
    with db.session() as session:
        row = _live_participation(session, participation_id)
        training = _live_training(session, row.training_id)
        write_marks(session, row, rules.set_mark(row.marks, day, present, training.days), officer)
        return row.marks


def set_scores(
    db: Database,
    participation_id: uuid.UUID,
    pre_score: int | None,
    post_score: int | None,
    officer: str,
) -> None:
    errors = rules.validate_score("pre_score", pre_score) + rules.validate_score(
        "post_score", post_score
    )
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        write_scores(
            session, _live_participation(session, participation_id), pre_score, post_score, officer
        )


def write_scores(
    session: Session,
    row: Participation,
    pre_score: int | None,
    post_score: int | None,
    officer: str,
) -> None:
    changes = {
        k: (getattr(row, k), v)
        for k, v in (("pre_score", pre_score), ("post_score", post_score))
        if getattr(row, k) != v
    }
    if changes:
        for name, (_old, value) in changes.items():
            setattr(row, name, value)
        history.stamp(row, officer)
        history.record(session, "participation", row.id, "update", changes, officer)


def remove_participant(db: Database, participation_id: uuid.UUID, officer: str) -> None:
    with db.session() as session:
        row = _live_participation(session, participation_id)
        history.soft_delete(session, "participation", row, officer)


# --- the attendance grid and the counts ---------------------------------------------------------


@dataclass(frozen=True)
class GridRow:
    participation_id: uuid.UUID
    person_id: uuid.UUID
    full_name: str
    sex: Sex
    birth_year: int
    category: Category | None
    organization: str
    marks: str
    pre_score: int | None
    post_score: int | None
    completed: bool

    @property
    def days_present(self) -> int:
        return rules.days_present(self.marks)


def grid(db: Database, training_id: uuid.UUID) -> list[GridRow]:
    """The event's participants in name order with their marks: one query."""
    with db.read_session() as session:
        training = _live_training(session, training_id)
        rows = session.execute(
            select(
                Participation.id,
                Person.id,
                Person.full_name,
                Person.sex,
                Person.birth_year,
                Person.category,
                Person.organization,
                Participation.marks,
                Participation.pre_score,
                Participation.post_score,
            )
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.training_id == training_id, Participation.deleted_at.is_(None))
            .order_by(Person.name_key, Person.birth_year)
        ).all()
        days, min_days = training.days, training.min_days
    return [
        GridRow(
            r[0],
            r[1],
            r[2],
            Sex(r[3]),
            r[4],
            Category(r[5]) if r[5] else None,
            r[6],
            r[7],
            r[8],
            r[9],
            rules.completed(r[7], days, min_days),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Counts:
    """Figures over a set of events. `participations`: person–event pairs present at least
    one day; `participants`: distinct people among them."""

    participations: int
    participants: int
    female: int
    male: int
    completed: int
    person_days: int


def _attended(conditions: Sequence[ColumnElement[bool]]) -> Select[Any]:
    return (
        select()
        .select_from(Participation)
        .join(Training, Training.id == Participation.training_id)
        .join(Person, Person.id == Participation.person_id)
        .where(
            Participation.deleted_at.is_(None),
            Training.deleted_at.is_(None),
            Participation.days_present > 0,
            *conditions,
        )
    )


def _completed_sql() -> ColumnElement[int]:
    needed = func.coalesce(Training.min_days, Training.days)
    return func.sum(case((Participation.days_present >= needed, 1), else_=0))


@dataclass(frozen=True)
class Attendee:
    """One distinct person among those present, with what the figures break down by."""

    sex: str
    category: str
    birth_year: int


def attendees(session: Session, conditions: Sequence[ColumnElement[bool]]) -> list[Attendee]:
    """The distinct people present at least one day at the events meeting `conditions`.
    One query; the breakdowns by sex, category and age group are counted from it (faster
    than a COUNT(DISTINCT) per breakdown: 15,000 people in a quarter come back in ~60 ms)."""
    rows = session.execute(
        select(Person.sex, Person.category, Person.birth_year).where(
            Person.id.in_(_attended(conditions).add_columns(Participation.person_id))
        )
    )
    return [Attendee(*row) for row in rows]


class AttendanceRow(NamedTuple):
    """One participation present at least one day, with what the summary counts of it.
    `person` is the person's id as the database returns it (a key, not converted)."""

    start_date: date
    person: Any
    sex: str
    category: str
    birth_year: int
    region: str  # the event's region's name
    days_present: int
    completed: bool


def attendance_rows(
    session: Session, conditions: Sequence[ColumnElement[bool]]
) -> list[AttendanceRow]:
    """The participations present at least one day at the events meeting `conditions`, in
    one query: the summary counts several periods' figures from them
    (`summary.span_figures`). Plain tuples, ids unconverted: 70,000 rows in ~0.5 s."""
    needed = func.coalesce(Training.min_days, Training.days)
    rows = session.connection().execute(  # Core: no ORM bookkeeping per row
        _attended(conditions)
        .join(Place, Place.id == Training.region_id)
        .add_columns(
            Training.start_date,
            type_coerce(Participation.person_id, String),
            Person.sex,
            Person.category,
            Person.birth_year,
            Place.name,
            Participation.days_present,
            case((Participation.days_present >= needed, True), else_=False),
        )
    )
    return [AttendanceRow._make(row) for row in rows]


def counts(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    people: Sequence[Attendee] | None = None,
) -> Counts:
    """The figures over the participations of the events that meet `conditions` (`people`:
    their `attendees`, if the caller has them already)."""
    row = session.execute(
        _attended(conditions).add_columns(
            func.count(), _completed_sql(), func.sum(Participation.days_present)
        )
    ).one()
    people = attendees(session, conditions) if people is None else people
    participations, completed, person_days = (int(v or 0) for v in row)
    return Counts(
        participations,
        len(people),
        sum(p.sex == Sex.FEMALE.value for p in people),
        sum(p.sex == Sex.MALE.value for p in people),
        completed,
        person_days,
    )


def event_counts(db: Database, training_id: uuid.UUID) -> tuple[int, Counts]:
    """(people registered, figures of those present) for one event."""
    with db.read_session() as session:
        registered = session.scalar(
            select(func.count()).where(
                Participation.training_id == training_id, Participation.deleted_at.is_(None)
            )
        )
        return int(registered or 0), counts(session, [Training.id == training_id])


def by_category(people: Sequence[Attendee]) -> dict[str, int]:
    """People per category (every category listed; 'not_given' only if any)."""
    result = {c.value: 0 for c in Category}
    for person in people:
        key = person.category if person.category in result else "not_given"
        result[key] = result.get(key, 0) + 1
    return result


def by_age_group(people: Sequence[Attendee], year: int) -> dict[str, int]:
    """People per age group, by the age reached in `year` ('under 15' only if any)."""
    result = {name: 0 for name, _lo, _hi in rules.AGE_GROUPS}
    for person in people:
        group = rules.age_group(person.birth_year, year)
        result[group] = result.get(group, 0) + 1
    return result


def by_region(session: Session, conditions: Sequence[ColumnElement[bool]]) -> dict[str, int]:
    """Distinct people per region of the events (someone trained in two regions counts in
    both)."""
    rows = (
        session.connection()
        .execute(  # Core: no ORM bookkeeping per row
            _attended(conditions)
            .join(Place, Place.id == Training.region_id)
            .add_columns(Place.name, func.count(Participation.person_id.distinct()))
            .group_by(Place.name)
            .order_by(Place.name)
        )
        .all()
    )
    return {name: int(n) for name, n in rows}


# --- the list of events ------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingRow:
    id: uuid.UUID
    code: str
    title: str
    kind: TrainingKind
    start_date: date
    days: int
    region: str
    registered: int
    completed: int


def _training_filter(
    query: Select[Any],
    text: str,
    region_id: uuid.UUID | None,
    project_id: uuid.UUID | None = None,
) -> Select[Any]:
    query = query.where(Training.deleted_at.is_(None))
    if region_id is not None:
        query = query.where(Training.region_id == region_id)
    if project_id is not None:
        query = query.where(Training.project_id == project_id)  # indexed
    text = normalize_name(text)
    if text:
        # Code, title and topic in one stored key folded in Python (models.derived_keys), so
        # case folds for Cyrillic and Kazakh on SQLite as on PostgreSQL.
        query = query.where(Training.search_key.like(f"%{escape_like(text)}%", escape="\\"))
    return query


def list_trainings(
    session: Session,
    text: str = "",
    region_id: uuid.UUID | None = None,
    *,
    project_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[TrainingRow]:
    """Newest first; `text` is found in the code, title or topic, in any case; with
    `project_id`, the events of that project only."""
    registered = (
        select(func.count())
        .where(Participation.training_id == Training.id, Participation.deleted_at.is_(None))
        .scalar_subquery()
    )
    done = (
        select(func.count())
        .where(
            Participation.training_id == Training.id,
            Participation.deleted_at.is_(None),
            Participation.days_present > 0,
            Participation.days_present >= func.coalesce(Training.min_days, Training.days),
        )
        .scalar_subquery()
    )
    query = _training_filter(
        select(
            Training.id,
            Training.code,
            Training.title,
            Training.kind,
            Training.start_date,
            Training.days,
            Place.name,
            registered,
            done,
        ).join(Place, Place.id == Training.region_id),
        text,
        region_id,
        project_id,
    )
    rows = session.execute(
        query.order_by(Training.start_date.desc(), Training.code).offset(offset).limit(limit)
    ).all()
    return [
        TrainingRow(r[0], r[1], r[2], TrainingKind(r[3]), r[4], r[5], r[6], int(r[7]), int(r[8]))
        for r in rows
    ]


def count_trainings(
    session: Session,
    text: str = "",
    region_id: uuid.UUID | None = None,
    *,
    project_id: uuid.UUID | None = None,
) -> int:
    query = _training_filter(
        select(func.count()).select_from(Training), text, region_id, project_id
    )
    return int(session.scalar(query) or 0)


def training_list(
    db: Database,
    text: str = "",
    region_id: uuid.UUID | None = None,
    *,
    project_id: uuid.UUID | None = None,
    limit: int = 200,
) -> tuple[list[TrainingRow], int]:
    """The Trainings page's rows (newest first, at most `limit`) and how many match in all;
    with `project_id`, of that project only."""
    with db.read_session() as session:
        rows = list_trainings(session, text, region_id, project_id=project_id, limit=limit)
        return rows, count_trainings(session, text, region_id, project_id=project_id)


# --- a merge of two people: their participations ----------------------------------------------


def move_participations(session: Session, drop: Person, keep: Person, officer: str) -> None:
    """`drop`'s live participations become `keep`'s, for `people.merge_people`: an event both
    attended gets the days either was present, a score only `drop` has moves over, and every
    change is in the participation's history like an edit; `drop`'s rows are marked deleted
    with a 'merge' entry naming the row they went into."""
    for theirs in session.scalars(
        select(Participation).where(
            Participation.person_id == drop.id, Participation.deleted_at.is_(None)
        )
    ).all():
        training = session.get(Training, theirs.training_id)
        assert training is not None
        mine = enrol(session, training, keep, officer, strict=False)
        union = "".join(
            "1" if "1" in (a, b) else "0"
            for a, b in zip(
                mine.marks.ljust(training.days, "0"),
                theirs.marks.ljust(training.days, "0"),
                strict=False,
            )
        )[: training.days]
        write_marks(session, mine, union, officer)
        # a score only `drop` has moves over, with its history entry like any edit
        write_scores(
            session,
            mine,
            mine.pre_score if mine.pre_score is not None else theirs.pre_score,
            mine.post_score if mine.post_score is not None else theirs.post_score,
            officer,
        )
        history.soft_delete(session, "participation", theirs, officer)
        history.record(
            session,
            "participation",
            theirs.id,
            "merge",
            {"merged_into": (None, str(mine.id))},
            officer,
        )
