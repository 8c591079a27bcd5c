"""What the Home page shows, read in one snapshot: the current quarter's key figures beside
the previous quarter's (taken from `summary.figures`, so they are the numbers of
`fieldmon summary`), the series behind its small charts, and the Attention list.

Choices where the issue is silent:
- "Loans newly over 30 days late" are loans whose oldest unpaid instalment fell due 31 to 37
  days ago: they went past 30 days within the last week (`NEWLY_DAYS`).
- "Changes not yet sent" counts the changes (`Change` rows: one per save of a record) after
  the newest watermark of any package export or sync push; with neither ever done, all of
  them. Changes rather than records: counting distinct records cannot use the `seq` index.
- Loans by status for the chart are the current quarter's figures (as of the quarter's end,
  as in `summary`), so the chart and the figures agree.
- PAR30 by quarter: per currency, as of the end of each of the last `PAR_QUARTERS` quarters
  (the current one last), as `summary` computes it (`summary.par30` of `loans.portfolio`);
  the current and previous quarters' are the figures' own. A currency with no loans
  outstanding at a quarter's end has no bar there.
- People trained by sex and age group: the current quarter's people (`summary`'s events, each
  person once), in the age groups of the reports (age reached in the quarter's year).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Change, Conflict, Loan, Setting, Visit
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import LoanStatus, Sex
from fieldmon.domain.periods import Period, previous, quarter_of
from fieldmon.domain.trainings import AGE_GROUPS, UNDER_15, age_group
from fieldmon.services import loans, summary, trainings, visits

NEWLY_DAYS = 7
PAR_QUARTERS = 4  # each older quarter is one more `loans.portfolio` (bench_home.py)
COUNT, RATIO = "count", "ratio"
# Watermarks ("the newest change sent") kept by data packages and sync pushes.
SENT_PREFIXES = ("package.sent:", "sync.pushed:")


@dataclass(frozen=True)
class Figure:
    """`label` is an English template in the "fieldmon" context, formatted with `args`."""

    key: str
    label: str
    current: int | Decimal
    previous: int | Decimal
    unit: str = COUNT
    args: tuple[str, ...] = ()
    indent: bool = False


@dataclass(frozen=True)
class Attention:
    follow_ups_past_due: int
    loans_newly_late: int
    conflicts: int
    unsent_changes: int
    days_since_backup: int | None  # None: no backup yet (or a server database: see below)
    backups_apply: bool  # False for a database on a server, which keeps its own backups


@dataclass(frozen=True)
class Home:
    today: date
    current: Period
    previous: Period
    figures: list[Figure]
    visits_by_month: list[tuple[date, int]]  # the first day of each of the last 12 months
    loans_by_status: list[tuple[LoanStatus, int]]
    attention: Attention
    par30_by_quarter: list[tuple[Period, dict[str, Decimal]]]  # oldest first; currency → ratio
    trained_by_age_group: list[TrainedGroup]  # the current quarter's, in the reports' groups


@dataclass(frozen=True)
class TrainedGroup:
    age_group: str  # a name of `domain.trainings.AGE_GROUPS`, or UNDER_15
    female: int
    male: int


def home(db: Database, today: date | None = None) -> Home:
    today = today or date.today()
    with db.snapshot() as session:
        return _home(session, today, db.path)


def _home(session: Session, today: date, path: Path | None) -> Home:
    this = quarter_of(today)
    before = previous(this)
    now, then = summary.figures(session, this), summary.figures(session, before)
    return Home(
        today,
        this,
        before,
        _figures(now, then),
        _visits_by_month(session, today),
        [(s, int(now[f"loans.{s.value}"])) for s in LoanStatus],
        _attention(session, today, path),
        _par30_by_quarter(session, this, {this: now["loans.par30"], before: then["loans.par30"]}),
        _trained_by_age_group(session, this),
    )


def _par30_by_quarter(
    session: Session, this: Period, known: dict[Period, dict[str, str]]
) -> list[tuple[Period, dict[str, Decimal]]]:
    quarters = [this]
    while len(quarters) < PAR_QUARTERS:
        quarters.append(previous(quarters[-1]))
    result = []
    for quarter in reversed(quarters):
        ratios = known.get(quarter)
        if ratios is None:
            ratios = summary.par30(loans.portfolio(session, quarter.end))
        result.append((quarter, {cur: Decimal(r) for cur, r in ratios.items()}))
    return result


def _trained_by_age_group(session: Session, period: Period) -> list[TrainedGroup]:
    """Women and men per age group ('under 15' only if any), as `summary` counts them."""
    people = trainings.attendees(session, summary.training_conditions(period))
    counts = {name: [0, 0] for name, _lo, _hi in AGE_GROUPS}
    for person in people:
        group = counts.setdefault(age_group(person.birth_year, period.end.year), [0, 0])
        if person.sex == Sex.FEMALE.value:
            group[0] += 1
        elif person.sex == Sex.MALE.value:
            group[1] += 1
    order = [UNDER_15, *(name for name, _lo, _hi in AGE_GROUPS)]
    return [TrainedGroup(name, *counts[name]) for name in order if name in counts]


def _figures(now: dict[str, Any], then: dict[str, Any]) -> list[Figure]:
    def scalar(key: str, label: str, indent: bool = False) -> Figure:
        return Figure(key, label, int(now[key]), int(then[key]), indent=indent)

    par30 = [
        Figure(
            f"loans.par30[{cur}]",
            QT_TRANSLATE_NOOP("fieldmon", "Portfolio at risk over 30 days, {0}"),
            Decimal(now["loans.par30"].get(cur, 0)),
            Decimal(then["loans.par30"].get(cur, 0)),
            RATIO,
            (cur,),
        )
        for cur in sorted(set(now["loans.par30"]) | set(then["loans.par30"]))
    ]
    return [
        scalar("visits.count", QT_TRANSLATE_NOOP("fieldmon", "Visits")),
        scalar("visits.sites", QT_TRANSLATE_NOOP("fieldmon", "Sites visited")),
        scalar(
            "visits.follow_ups_open",
            QT_TRANSLATE_NOOP(
                "fieldmon", "Follow-up actions due and still open at the period's end"
            ),
        ),
        scalar("loans.overdue", LoanStatus.OVERDUE.label),
        *par30,
        scalar(
            "training.participants",
            QT_TRANSLATE_NOOP("fieldmon", "People trained (each person counted once)"),
        ),
        scalar("training.participants.female", QT_TRANSLATE_NOOP("fieldmon", "Women"), True),
        scalar("training.participants.male", QT_TRANSLATE_NOOP("fieldmon", "Men"), True),
        scalar("training.completed", QT_TRANSLATE_NOOP("fieldmon", "Participations completed")),
    ]


def _month(day: date, back: int) -> date:
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


def _visits_by_month(session: Session, today: date) -> list[tuple[date, int]]:
    """Counted per day in SQL (at most a year of rows) and added up per month here: no
    month function is the same on SQLite and PostgreSQL."""
    months = [_month(today, back) for back in range(11, -1, -1)]
    rows = session.execute(
        select(Visit.visit_date, func.count())
        .where(Visit.deleted_at.is_(None), Visit.visit_date.between(months[0], today))
        .group_by(Visit.visit_date)
    ).all()
    counts = dict.fromkeys(months, 0)
    for day, n in rows:
        counts[date(day.year, day.month, 1)] += int(n)
    return list(counts.items())


def _attention(session: Session, today: date, path: Path | None) -> Attention:
    follow_ups = visits.count_visits(
        session, visits.VisitFilter(follow_up=visits.FOLLOW_UP_OVERDUE, as_of=today)
    )
    newly_late = session.scalar(
        select(func.count()).where(
            Loan.deleted_at.is_(None),
            Loan.next_due_on.between(
                today - timedelta(days=30 + NEWLY_DAYS), today - timedelta(days=31)
            ),
        )
    )
    conflicts = session.scalar(select(func.count()).where(Conflict.resolved_at.is_(None)))
    marks = session.scalars(
        select(Setting.value).where(or_(*(Setting.key.startswith(p) for p in SENT_PREFIXES)))
    ).all()
    watermark = max((int(v) for v in marks if v.isdigit()), default=0)
    unsent = session.scalar(select(func.count()).where(Change.seq > watermark))
    return Attention(
        int(follow_ups or 0),
        int(newly_late or 0),
        int(conflicts or 0),
        int(unsent or 0),
        _days_since_backup(path, today),
        path is not None,
    )


def _days_since_backup(path: Path | None, today: date) -> int | None:
    from fieldmon.db.backup import backups

    if path is None:
        return None
    for found in backups(path):
        try:
            written = datetime.fromtimestamp(found.stat().st_mtime).date()
        except OSError:
            continue
        return max((today - written).days, 0)
    return None
