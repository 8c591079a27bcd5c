"""Searching everything at once (`fieldmon find`, Ctrl+K in the window).

No search of its own: each kind is found by the query its list uses (`visits.list_visits`,
`loans.list_loans`, `trainings.list_trainings`, `people.list_people`) with the text as
that list's text filter, so a record is found here exactly when the list would show it,
case folded for Cyrillic, Kazakh and Latin alike on SQLite and PostgreSQL. Sites, which have
no list, are found by the Visits list's text filter (`sites.list_sites`): a site is found
when its visits are, by its name, settlement or district."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from fieldmon.db.engine import Database
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
    db: Database, text: str, *, limit: int = 20, today: date | None = None, lang: str = "en"
) -> FindResult:
    """Visits (site, settlement, district, findings), sites (name, settlement, district),
    loans (number, borrower, group, place), trainings (code, title, topic) and people (name,
    IIN prefix, phone digits) matching `text`; the first `limit` of each in its list's
    order, regions named in `lang`. Nothing for blank text."""
    if not text.strip():
        return FindResult(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING)
    today = today or date.today()
    with db.read_session() as session:
        names = {p.name: places.display_name(p, lang) for p in places.top_places(session)}

        def region(name: str) -> str:
            return names.get(name, name)

        visit_filter = visits.VisitFilter(text=text, findings=True)
        found_visits = FoundKind(
            tuple(
                Found(r.id, f"{format_date(r.visit_date)} {r.site} — {r.place}, {region(r.region)}")
                for r in visits.list_visits(session, visit_filter, limit=limit)
            ),
            visits.count_visits(session, visit_filter),
        )
        found_sites = FoundKind(
            tuple(
                Found(r.id, f"{r.name} — {', '.join(filter(None, (r.place, region(r.region))))}")
                for r in sites.list_sites(session, text, limit=limit)
            ),
            sites.count_sites(session, text),
        )
        loan_filter = loans.LoanFilter(text=text)
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
                for r in trainings.list_trainings(session, text, limit=limit)
            ),
            trainings.count_trainings(session, text),
        )
        found_people = FoundKind(
            tuple(
                Found(r.id, ", ".join(p for p in (r.full_name, str(r.birth_year), r.iin) if p))
                for r in people.list_people(session, text, limit=limit)
            ),
            people.count_people(session, text),
        )
    return FindResult(found_visits, found_sites, found_loans, found_trainings, found_people)
