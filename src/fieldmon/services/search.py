"""Searching everything at once (`fieldmon find`, Ctrl+K in the window).

No search of its own: each kind is found by the query its list uses (`visits.list_visits`,
`loans.list_loans`, `trainings.list_trainings`, `people.list_people`) with the text as
that list's text filter, so a record is found here exactly when the list would show it,
case folded for Cyrillic, Kazakh and Latin alike on SQLite and PostgreSQL. Sites, which have
no list, are found by the Visits list's text filter (`sites.list_sites`): a site is found
when its visits are, by its name, settlement or district.

With a project (`fieldmon find --project CODE`), only that project's records: its visits,
loans and trainings by their lists' project filter; the sites it owns or its visits were
made at; and, as people belong to no project, the people in its live loans (borrowers and
group members) or registered at its live trainings. Sites and people are found by their
lists' own text filters (`sites._named`, `people._people_filter`), narrowed here."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from fieldmon.db.engine import Database
from fieldmon.db.models import (
    BorrowerMember,
    Loan,
    Participation,
    Person,
    Place,
    Site,
    Training,
    Visit,
)
from fieldmon.domain.periods import format_date
from fieldmon.services import loans, people, places, sites, trainings, visits

KINDS = ("visits", "sites", "loans", "trainings", "people")


@dataclass(frozen=True)
class Found:
    """One record: its id and the text its list shows for it, in one line."""

    id: uuid.UUID
    text: str


@dataclass(frozen=True)
class FoundKind:
    """The first matches of one kind (as many as the limit) and how many match in all."""

    items: tuple[Found, ...]
    total: int


@dataclass(frozen=True)
class FindResult:
    visits: FoundKind
    sites: FoundKind
    loans: FoundKind
    trainings: FoundKind
    people: FoundKind

    def kinds(self) -> list[tuple[str, FoundKind]]:
        """(kind, matches) in the order of `KINDS`."""
        return [(kind, getattr(self, kind)) for kind in KINDS]

    @property
    def empty(self) -> bool:
        return not any(found.total for _kind, found in self.kinds())


NOTHING = FoundKind((), 0)


def find(
    db: Database,
    text: str,
    *,
    limit: int = 20,
    today: date | None = None,
    lang: str = "en",
    project: uuid.UUID | None = None,
) -> FindResult:
    """Visits (site, settlement, district, findings), sites (name, settlement, district),
    loans (number, borrower, group, place), trainings (code, title, topic) and people (name,
    IIN prefix, phone digits) matching `text`; the first `limit` of each in its list's
    order, regions named in `lang`. Nothing for blank text. With `project` (an id), only
    that project's records (see the module's docstring for sites and people)."""
    if not text.strip():
        return FindResult(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING)
    today = today or date.today()
    with db.read_session() as session:
        names = {p.name: places.display_name(p, lang) for p in places.top_places(session)}

        def region(name: str) -> str:
            return names.get(name, name)

        visit_filter = visits.VisitFilter(text=text, findings=True, project_id=project)
        found_visits = FoundKind(
            tuple(
                Found(r.id, f"{format_date(r.visit_date)} {r.site} — {r.place}, {region(r.region)}")
                for r in visits.list_visits(session, visit_filter, limit=limit)
            ),
            visits.count_visits(session, visit_filter),
        )
        if project is None:
            found_sites = FoundKind(
                tuple(
                    Found(r.id, _site_text(r.name, r.place, region(r.region)))
                    for r in sites.list_sites(session, text, limit=limit)
                ),
                sites.count_sites(session, text),
            )
        else:
            found_sites = _project_sites(session, text, project, limit, region)
        loan_filter = loans.LoanFilter(text=text, project_id=project)
        found_loans = FoundKind(
            tuple(
                Found(r.id, f"{r.loan_no} {r.borrower} — {r.place}")
                for r in loans.list_loans(session, loan_filter, limit=limit, today=today, lang=lang)
            ),
            loans.count_loans(session, loan_filter, today),
        )
        found_trainings = FoundKind(
            tuple(
                Found(r.id, f"{r.code} {r.title} — {format_date(r.start_date)}, {region(r.region)}")
                for r in trainings.list_trainings(session, text, project_id=project, limit=limit)
            ),
            trainings.count_trainings(session, text, project_id=project),
        )
        if project is None:
            found_people = FoundKind(
                tuple(
                    Found(r.id, _person_text(r.full_name, r.birth_year, r.iin))
                    for r in people.list_people(session, text, limit=limit)
                ),
                people.count_people(session, text),
            )
        else:
            found_people = _project_people(session, text, project, limit)
    return FindResult(found_visits, found_sites, found_loans, found_trainings, found_people)


def _site_text(name: str, place: str, region: str) -> str:
    return f"{name} — {', '.join(filter(None, (place, region)))}"


def _person_text(full_name: str, birth_year: int, iin: str | None) -> str:
    return ", ".join(p for p in (full_name, str(birth_year), iin) if p)


# --- sites and people of one project -----------------------------------------------------------


def _found(
    session: Session,
    rows: Select[*tuple[Any, ...]],
    count: Select[*tuple[Any, ...]],
    text_of: Callable[[Any], str],
    limit: int,
) -> FoundKind:
    return FoundKind(
        tuple(Found(r[0], text_of(r)) for r in session.execute(rows.limit(limit)).all()),
        int(session.scalar(count) or 0),
    )


def _project_sites(
    session: Session, text: str, project: uuid.UUID, limit: int, region: Callable[[str], str]
) -> FoundKind:
    """`sites.list_sites` and `count_sites` within a project: the sites it owns (made by
    its visits) and those its live visits were made at, the most recently visited first."""
    if not text.strip():
        return NOTHING
    own, top = aliased(Place, name="own"), aliased(Place, name="top")
    live = (Visit.site_id == Site.id) & Visit.deleted_at.is_(None)
    last = select(func.max(Visit.visit_date)).where(live).scalar_subquery()
    matching = (
        sites._named(text),
        or_(
            Site.project_id == project,
            Site.id.in_(
                select(Visit.site_id).where(Visit.project_id == project, Visit.deleted_at.is_(None))
            ),
        ),
    )
    return _found(
        session,
        select(Site.id, Site.name, own.name, top.name)
        .join(own, own.id == Site.place_id)
        .join(top, top.id == Site.region_id)
        .where(*matching)
        .order_by(last.desc().nulls_last(), Site.name_key, Site.id),
        select(func.count()).select_from(Site).where(*matching),
        # A site recorded at the region itself has no place of its own to show.
        lambda r: _site_text(r[1], "" if r[2] == r[3] else r[2], region(r[3])),
        limit,
    )


def project_people(project: uuid.UUID) -> Select[Any]:
    """The ids of a project's people: the members of its live loans' borrowers (one person
    or a group's members) and the people registered (live) at its live trainings."""
    borrowers = (
        select(BorrowerMember.person_id)
        .join(Loan, Loan.borrower_id == BorrowerMember.borrower_id)
        .where(Loan.project_id == project, Loan.deleted_at.is_(None))
    )
    registered = (
        select(Participation.person_id)
        .join(Training, Training.id == Participation.training_id)
        .where(
            Training.project_id == project,
            Training.deleted_at.is_(None),
            Participation.deleted_at.is_(None),
        )
    )
    return select(union(borrowers, registered).subquery().c[0])


def _project_people(session: Session, text: str, project: uuid.UUID, limit: int) -> FoundKind:
    """`people.list_people` and `count_people` within a project's people."""
    ours = Person.id.in_(project_people(project))
    return _found(
        session,
        people._people_filter(people._rows_query(), text)
        .where(ours)
        .order_by(Person.name_key, Person.birth_year, Person.id),
        people._people_filter(select(func.count()).select_from(Person), text).where(ours),
        lambda r: _person_text(r[1], r[3], r[4]),  # people._rows_query's columns
        limit,
    )
