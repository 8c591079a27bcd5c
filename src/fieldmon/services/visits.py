"""Monitoring visits: record, edit, delete (soft) and restore, list in pages.

The list is read in keyset pages (`WHERE (sort_key, id) < (last_key, last_id) LIMIT n`) so
the first rows of a million-visit database come back as fast as those of an empty one, and
scrolling deeper costs no more than the first page.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Site, Visit
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.text import escape_like, normalize_name
from fieldmon.domain.visits import (
    REGION_NEEDED,
    VisitFields,
    validate_site,
    validate_visit,
)
from fieldmon.services import history, places, projects
from fieldmon.services.evidence import Changes, Owner
from fieldmon.services.evidence import apply as apply_evidence
from fieldmon.services.places import PlaceInput

VISIT_FIELDS = [f.name for f in fields(VisitFields)]


@dataclass(frozen=True)
class SiteInput:
    """The visited site: found by name within its place, or created with `site_type`."""

    name: str
    site_type: SiteType | None
    place: PlaceInput


def site_id_for(place_id: uuid.UUID, name: str) -> uuid.UUID:
    """Derived like place ids, so the same site typed on two laptops is one record."""
    return uuid.uuid5(places.NAMESPACE, f"site:{place_id}:{normalize_name(name)}")


def find_site(session: Session, site: SiteInput) -> Site | None:
    place = places.lookup(session, site.place)
    if place is None or not site.name.strip():
        return None
    return session.scalars(
        select(Site).where(
            Site.place_id == place.id,
            Site.name_key == normalize_name(site.name),
            Site.deleted_at.is_(None),
        )
    ).first()


def get_or_create_site(
    session: Session, site: SiteInput, officer: str, project_id: uuid.UUID | None = None
) -> Site:
    """The site, found or made; a new one belongs to `project_id` (the visit's project)."""
    found = find_site(session, site)
    if found is not None:
        return found
    if site.site_type is None:
        raise ValueError("a new site needs a type")
    place = places.get_or_create(session, site.place, officer)
    name = " ".join(site.name.split())
    sid = site_id_for(place.id, name)
    existing = session.get(Site, sid)
    if existing is not None:  # deleted earlier: restore it
        history.restore(session, "site", existing, officer)
        return existing
    region_id = place.region_id or place.id
    new = Site(
        id=sid,
        name=name,
        name_key=normalize_name(name),
        site_type=site.site_type.value,
        place_id=place.id,
        region_id=region_id,
        project_id=project_id,
        created_by=officer,
        updated_by=officer,
    )
    session.add(new)
    session.flush()
    history.record(
        session,
        "site",
        sid,
        "create",
        {"name": (None, name), "site_type": (None, new.site_type), "place_id": (None, place.id)},
        officer,
    )
    return new


def check(session: Session, fields_: VisitFields, site: SiteInput, today: date) -> list[FieldError]:
    """Every problem with a visit and its site, without writing anything."""
    errors = validate_visit(fields_, today) + projects.project_problem(session, fields_.project_id)
    if site.place.region_id is None:
        errors.insert(0, FieldError("region", REGION_NEEDED))
    existing = find_site(session, site)
    errors += validate_site(site.name, site.site_type, is_new=existing is None)
    return errors


def _values(fields_: VisitFields) -> dict[str, Any]:
    values = {name: getattr(fields_, name) for name in VISIT_FIELDS}
    for name in ("purpose", "funds_used", "rating"):
        values[name] = values[name].value
    values["officer"] = " ".join(fields_.officer.split())
    return values


def write_visit(
    session: Session,
    fields_: VisitFields,
    site: SiteInput,
    officer: str,
    *,
    visit_id: uuid.UUID | None = None,
    today: date | None = None,
    evidence: Changes | None = None,
) -> Visit:
    """Validate and write in the caller's transaction; raises ValidationError. The form's
    `evidence` changes (files added, removed, captioned) are written after the visit, in the
    same transaction: saved with it or not at all."""
    errors = check(session, fields_, site, today or date.today())
    if errors:
        raise ValidationError(errors)
    visit = _write_visit(session, fields_, site, officer, visit_id)
    apply_evidence(session, Owner("visit", visit.id), evidence, officer)
    return visit


def _write_visit(
    session: Session,
    fields_: VisitFields,
    site: SiteInput,
    officer: str,
    visit_id: uuid.UUID | None,
) -> Visit:
    site_row = get_or_create_site(session, site, officer, fields_.project_id)
    values = _values(fields_) | {"site_id": site_row.id}
    if visit_id is None:
        visit = Visit(**values, created_by=officer, updated_by=officer)
        session.add(visit)
        session.flush()
        history.record(
            session, "visit", visit.id, "create", {k: (None, v) for k, v in values.items()}, officer
        )
        return visit
    visit = _live_visit(session, visit_id)
    changes = {k: (getattr(visit, k), v) for k, v in values.items() if getattr(visit, k) != v}
    if changes:
        for key, (_old, new) in changes.items():
            setattr(visit, key, new)
        history.stamp(visit, officer)
        history.record(session, "visit", visit.id, "update", changes, officer)
    return visit


def save_visit(
    db: Database,
    fields_: VisitFields,
    site: SiteInput,
    officer: str,
    *,
    visit_id: uuid.UUID | None = None,
    today: date | None = None,
    evidence: Changes | None = None,
) -> uuid.UUID:
    """Record a new visit (visit_id None) or save changes to one, with the form's `evidence`
    changes; one transaction."""
    with db.session() as session:
        return write_visit(
            session, fields_, site, officer, visit_id=visit_id, today=today, evidence=evidence
        ).id


def _live_visit(session: Session, visit_id: uuid.UUID) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "This visit no longer exists; it may have been deleted.")
        )
    return visit


def delete_visit(db: Database, visit_id: uuid.UUID, officer: str) -> None:
    """Mark as deleted (kept, and restorable with `restore_visit`)."""
    delete_visits(db, [visit_id], officer)


def delete_visits(db: Database, visit_ids: Sequence[uuid.UUID], officer: str) -> None:
    """Mark several visits deleted in one transaction: all of them, or none if one of them
    no longer exists (raises UserError). `restore_visits` undoes it."""
    with db.session() as session:
        for visit_id in visit_ids:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                if len(visit_ids) == 1:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "fieldmon", "This visit no longer exists; it may have been deleted."
                        )
                    )
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "fieldmon",
                        "One of these visits no longer exists (it may have been deleted); "
                        "none of them was deleted.",
                    )
                )
            history.soft_delete(session, "visit", visit, officer)


def restore_visit(db: Database, visit_id: uuid.UUID, officer: str) -> None:
    restore_visits(db, [visit_id], officer)


def restore_visits(db: Database, visit_ids: Sequence[uuid.UUID], officer: str) -> None:
    """Undo a delete in one transaction, all or nothing; visits that are not deleted (or
    are gone) are left as they are."""
    with db.session() as session:
        for visit_id in visit_ids:
            visit = session.get(Visit, visit_id)
            if visit is not None and visit.deleted_at is not None:
                history.restore(session, "visit", visit, officer)


@dataclass(frozen=True)
class VisitRecord:
    """A stored visit with its site and place, as a form shows it."""

    id: uuid.UUID
    fields: VisitFields
    site: SiteInput
    site_id: uuid.UUID
    created_at: Any
    created_by: str
    updated_at: Any
    updated_by: str


def load_visit(db: Database, visit_id: uuid.UUID) -> VisitRecord:
    with db.read_session() as session:
        visit = _live_visit(session, visit_id)
        site = session.get(Site, visit.site_id)
        assert site is not None
        chain = places.path_of(session, site.place_id)
        names = {p.kind: p.name for p in chain}
        return VisitRecord(
            id=visit.id,
            fields=VisitFields(
                visit_date=visit.visit_date,
                officer=visit.officer,
                purpose=Purpose(visit.purpose),
                funds_used=FundsUsed(visit.funds_used),
                equipment_ok=visit.equipment_ok,
                beneficiaries=visit.beneficiaries,
                rating=Rating(visit.rating),
                findings=visit.findings,
                follow_up=visit.follow_up,
                follow_up_due=visit.follow_up_due,
                follow_up_closed_on=visit.follow_up_closed_on,
                latitude=visit.latitude,
                longitude=visit.longitude,
                project_id=visit.project_id,
            ),
            site=SiteInput(
                name=site.name,
                site_type=SiteType(site.site_type),
                place=PlaceInput(
                    region_id=chain[0].id,
                    district=names.get("district", ""),
                    settlement=names.get("settlement", ""),
                ),
            ),
            site_id=site.id,
            created_at=visit.created_at,
            created_by=visit.created_by,
            updated_at=visit.updated_at,
            updated_by=visit.updated_by,
        )


# --- the visits list ---------------------------------------------------------------------

FOLLOW_UP_ANY, FOLLOW_UP_OVERDUE, FOLLOW_UP_OPEN = "", "overdue", "open"


@dataclass(frozen=True)
class VisitFilter:
    """Text matches the site's name, its settlement or district (any case, Cyrillic and Kazakh
    too), and with `findings` also the findings; the others are exact. Dates are inclusive.

    `findings` is off in the list: free text cannot be looked up in an index, so at a million
    visits every text filter would read every visit (2.3–4.6 s against 10–45 ms;
    bench/bench_visits.py). `search.find` turns it on."""

    text: str = ""
    findings: bool = False
    region_id: uuid.UUID | None = None
    officer: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    follow_up: str = FOLLOW_UP_ANY  # FOLLOW_UP_OVERDUE or FOLLOW_UP_OPEN to keep only those
    as_of: date | None = None  # the day "overdue" is judged on; None: today
    project_id: uuid.UUID | None = None  # the visits of this project only; None: all


def has_follow_up() -> ColumnElement[bool]:
    """A visit with a follow-up action written: `follow_up != ''` with the literal, so that
    the database uses the partial index of such visits (`ix_visit_live_follow_up`; a bound
    parameter would not match the index's condition)."""
    return Visit.follow_up != literal_column("''")


def follow_up_open() -> ColumnElement[bool]:
    """A visit with a follow-up action written and not yet closed (its due date any)."""
    return and_(has_follow_up(), Visit.follow_up_closed_on.is_(None))


def follow_up_overdue(today: date) -> ColumnElement[bool]:
    """An open follow-up action whose due date is before `today`: the Visits page's filter
    and the Home page's "follow-ups past due" (`home._attention`) are both this."""
    return and_(follow_up_open(), Visit.follow_up_due < today)


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    visit_date: date
    officer: str
    site: str
    site_type: str
    place: str
    region_id: uuid.UUID
    region: str
    purpose: str
    funds_used: str
    rating: str
    follow_up_due: date | None
    follow_up_closed_on: date | None
    site_id: uuid.UUID


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")
_site_place = aliased(Place, name="site_place")
_region = aliased(Place, name="region")
SORT_KEYS: dict[str, Any] = {  # sort name → column expression
    "visit_date": Visit.visit_date,
    "officer": Visit.officer,
    "site": Site.name_key,
    "place": _site_place.name_key,
    "region": _region.name,
    "rating": Visit.rating,
    "purpose": Visit.purpose,
}


# With a site filter matching more sites than this, the first page is found faster by walking
# the date index and testing each visit's site than by sorting all the sites' visits.
SPARSE_SITES = 50


def _site_scope(flt: VisitFilter) -> Select[uuid.UUID] | None:
    """The sites the filter's region allows, or None if it allows all."""
    if not flt.region_id:
        return None
    return select(Site.id).where(Site.region_id == flt.region_id)


def _named_sites(pattern: str) -> Select[uuid.UUID]:
    """Sites whose name, place (settlement or district) or settlement's district matches
    the LIKE `pattern`."""
    parent = aliased(Place, name="parent_place")
    return (
        select(Site.id)
        .join(Place, Place.id == Site.place_id)
        .outerjoin(parent, and_(parent.id == Place.parent_id, parent.kind == "district"))
        .where(
            or_(
                Site.name_key.like(pattern, escape="\\"),
                Place.name_key.like(pattern, escape="\\"),
                parent.name_key.like(pattern, escape="\\"),
            )
        )
    )


def _filtered(
    query: _Query, flt: VisitFilter, *, walk_dates: bool = False, dialect: str = ""
) -> _Query:
    """`walk_dates`: keep SQLite from choosing the site index for the region filter (the
    unary + is SQLite's documented way to do that), so that it walks the date index.

    Text is searched in the stored, folded keys of the site's name, its place's names and
    (`flt.findings`) the findings (`normalize_name`: case folds for Cyrillic, Kazakh and
    Latin alike)."""
    query = query.where(Visit.deleted_at.is_(None))
    if flt.date_from:
        query = query.where(Visit.visit_date >= flt.date_from)
    if flt.date_to:
        query = query.where(Visit.visit_date <= flt.date_to)
    if flt.officer:
        query = query.where(Visit.officer == flt.officer)
    if flt.project_id is not None:
        # With the live-visits condition and the date order, the (project_id, visit_date)
        # index ix_visit_live_project finds a project's visits newest first.
        query = query.where(Visit.project_id == flt.project_id)
    if flt.follow_up == FOLLOW_UP_OPEN:
        query = query.where(follow_up_open())
    elif flt.follow_up == FOLLOW_UP_OVERDUE:
        query = query.where(follow_up_overdue(flt.as_of or date.today()))
    site_id: Any = Visit.site_id
    if walk_dates and dialect == "sqlite":
        site_id = literal_column("+visit.site_id")
    scope = _site_scope(flt)
    if scope is not None:
        query = query.where(site_id.in_(scope))
    text = normalize_name(flt.text)
    if text:
        pattern = f"%{escape_like(text)}%"
        named = site_id.in_(_named_sites(pattern))
        if flt.findings:
            named = or_(named, Visit.findings_key.like(pattern, escape="\\"))
        query = query.where(named)
    return query


def list_visits(
    session: Session,
    flt: VisitFilter,
    *,
    sort: str = "visit_date",
    descending: bool = True,
    after: tuple[Any, uuid.UUID] | None = None,
    limit: int = 200,
) -> list[VisitRow]:
    """One page of the list; pass the last row's `page_key` as `after` for the next."""
    key = SORT_KEYS[sort]
    query = (
        select(
            Visit.id,
            Visit.visit_date,
            Visit.officer,
            Site.name,
            Site.site_type,
            _site_place.name,
            Site.region_id,
            _region.name,
            Visit.purpose,
            Visit.funds_used,
            Visit.rating,
            Visit.follow_up_due,
            Visit.follow_up_closed_on,
            Visit.site_id,
        )
        .join(Site, Site.id == Visit.site_id)
        .join(_site_place, _site_place.id == Site.place_id)
        .join(_region, _region.id == Site.region_id)
    )
    walk_dates = False
    scope = _site_scope(flt)
    text = normalize_name(flt.text)
    if sort == "visit_date" and text and flt.findings:
        walk_dates = True  # the findings are read visit by visit anyway
    elif sort == "visit_date" and (scope is not None or text):
        named = _named_sites(f"%{escape_like(text)}%") if text else None
        if scope is not None and named is not None:
            scope = scope.where(Site.id.in_(named))
        sites = scope if scope is not None else named
        assert sites is not None
        matched = session.scalar(select(func.count()).select_from(sites.subquery())) or 0
        walk_dates = matched > SPARSE_SITES
    dialect = session.get_bind().dialect.name
    query = _filtered(query, flt, walk_dates=walk_dates, dialect=dialect)
    if after is not None:
        cmp = tuple_(key, Visit.id)
        query = query.where(cmp < tuple_(*after) if descending else cmp > tuple_(*after))
    order = (key.desc(), Visit.id.desc()) if descending else (key.asc(), Visit.id.asc())
    rows = session.execute(query.order_by(*order).limit(limit)).all()
    # The select's columns are VisitRow's fields, in order.
    return [VisitRow(*cast(tuple[Any, ...], row)) for row in rows]


def page_key(row: VisitRow, sort: str) -> tuple[Any, uuid.UUID]:
    """The keyset position of a row for `list_visits(after=...)`."""
    value: Any = {
        "visit_date": row.visit_date,
        "officer": row.officer,
        "site": normalize_name(row.site),
        "place": normalize_name(row.place),
        "region": row.region,
        "rating": row.rating,
        "purpose": row.purpose,
    }[sort]
    return value, row.id


def count_visits(session: Session, flt: VisitFilter) -> int:
    query = _filtered(select(func.count()).select_from(Visit), flt)
    if flt.date_from is None and flt.follow_up == FOLLOW_UP_ANY:
        # Always true, but it lets SQLite count on the live-visits date index (80 ms at a
        # million visits) instead of reading the whole table (200 ms). Not with a follow-up
        # filter: its columns are not in that index, and a walk of the index that looks up
        # each visit is 5 times slower than reading the table (20,000 visits: 48 ms, 10 ms).
        query = query.where(Visit.visit_date >= date(1, 1, 1))
    return int(session.execute(query).scalar_one())


def officers(session: Session) -> Sequence[str]:
    """Everyone who has visits, for the officer filter."""
    return session.scalars(
        select(Visit.officer).where(Visit.deleted_at.is_(None)).distinct().order_by(Visit.officer)
    ).all()


# --- the same reads for widgets, each in its own read session --------------------------------


def officer_names(db: Database) -> list[str]:
    """`officers`, for the officer filter and the visit form's officer list."""
    with db.read_session() as session:
        return list(officers(session))


def visit_page(
    db: Database,
    flt: VisitFilter,
    *,
    sort: str = "visit_date",
    descending: bool = True,
    after: tuple[Any, uuid.UUID] | None = None,
    limit: int = 200,
) -> list[VisitRow]:
    """`list_visits` for the visits list's model (one page per call)."""
    with db.read_session() as session:
        return list_visits(session, flt, sort=sort, descending=descending, after=after, limit=limit)


def visit_count(db: Database, flt: VisitFilter) -> int:
    """`count_visits`, for the visits list's count."""
    with db.read_session() as session:
        return count_visits(session, flt)


def visit_problems(
    db: Database, fields_: VisitFields, site: SiteInput, today: date
) -> list[FieldError]:
    """`check`, for the visit form to show every problem at once."""
    with db.read_session() as session:
        return check(session, fields_, site, today)


@dataclass(frozen=True)
class SiteItem:
    """A site as the site selector shows it, with where it is."""

    id: uuid.UUID
    name: str
    site_type: str
    district: str
    settlement: str


def site_items(db: Database, where: PlaceInput) -> list[SiteItem]:
    """Sites in the chosen region, narrowed to the district and settlement when they are
    given and exist. One query: a site's place is the region, a district, or a settlement
    (whose parent is a district or the region)."""
    if where.region_id is None:
        return []
    own, parent = aliased(Place, name="own"), aliased(Place, name="parent")
    with db.read_session() as session:
        place = places.lookup(session, where)
        if place is None:
            return []
        query = (
            select(Site.id, Site.name, Site.site_type, own.kind, own.name, parent.kind, parent.name)
            .join(own, own.id == Site.place_id)
            .outerjoin(parent, parent.id == own.parent_id)
            .where(Site.region_id == where.region_id, Site.deleted_at.is_(None))
            .order_by(Site.name_key)
        )
        if place.kind == "district":
            query = query.where(or_(own.id == place.id, own.parent_id == place.id))
        elif place.kind == "settlement":
            query = query.where(own.id == place.id)
        result = []
        for site_id, name, site_type, kind, place_name, parent_kind, parent_name in session.execute(
            query
        ):
            names = {kind: place_name, parent_kind: parent_name}
            result.append(
                SiteItem(
                    site_id,
                    name,
                    site_type,
                    names.get("district") or "",
                    names.get("settlement") or "",
                )
            )
        return result
