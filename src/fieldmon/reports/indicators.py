"""The Summary of the quarterly report as rows: every figure of `summary.summary` for the
period, the one before it and the year to date, grouped in sections. The workbook's Summary
sheet and the Reports page both show this; neither computes a figure of its own.

Stock figures (loans by status, outstanding, PAR30) are as of each column's last day; flows
(visits, repayments, trainings) are counted within each column's dates. Every line carries
the key `fieldmon summary --json` prints it under (`visits.count`, and for a breakdown
`visits.by_region[Akmola]`), so a script can match the workbook to the command line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import LoanStatus, Product
from fieldmon.domain.periods import Period, format_date, is_quarter, previous, year_to_date
from fieldmon.domain.trainings import Category
from fieldmon.services import places, summary

COUNT, MONEY, RATIO = "count", "money", "ratio"
Translate = Callable[[str], str]


@dataclass(frozen=True)
class Line:
    """`label` is an English template (formatted with `args`) unless `own` is set: then it is
    a name from the data (a region) and written as it is."""

    key: str
    label: str
    values: tuple[Any, Any, Any]
    unit: str = COUNT
    currency: str = ""
    args: tuple[str, ...] = ()
    own: bool = False

    def text(self, tr: Translate) -> str:
        return self.label if self.own else tr(self.label).format(*self.args)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class Comparison:
    periods: tuple[Period, Period, Period]
    sections: list[Section]

    def headers(self, tr: Translate) -> list[str]:
        this, before, ytd = self.periods
        if is_quarter(this):
            first = tr(QT_TRANSLATE_NOOP("fieldmon", "This quarter ({0})")).format(this.label)
            second = tr(QT_TRANSLATE_NOOP("fieldmon", "Previous quarter ({0})")).format(
                before.label
            )
        else:
            first = tr(QT_TRANSLATE_NOOP("fieldmon", "This period ({0})")).format(this.label)
            second = tr(QT_TRANSLATE_NOOP("fieldmon", "Previous period ({0})")).format(before.label)
        third = tr(QT_TRANSLATE_NOOP("fieldmon", "Year to date ({0}–{1})")).format(
            format_date(ytd.start), format_date(ytd.end)
        )
        return [first, second, third]


def comparison(
    db: Database,
    period: Period,
    region_id: uuid.UUID | None = None,
    lang: str = "en",
    project_id: uuid.UUID | None = None,
) -> Comparison:
    """`compare` in one database snapshot (the three periods add up as one reading), for the
    Reports page's worker thread."""
    with db.snapshot() as session:
        return compare(session, period, region_id, lang, project_id)


def compare(
    session: Session,
    period: Period,
    region_id: uuid.UUID | None = None,
    lang: str = "en",
    project_id: uuid.UUID | None = None,
) -> Comparison:
    periods = (period, previous(period), year_to_date(period))
    figures = (
        summary.figures(session, periods[0], region_id, project_id),
        summary.figures(session, periods[1], region_id, project_id),
        summary.figures(session, periods[2], region_id, project_id),
    )
    region_names = {p.name: places.display_name(p, lang) for p in places.top_places(session)}
    return Comparison(periods, _sections(figures, region_names))


def _sections(figures: tuple[dict[str, Any], ...], region_names: dict[str, str]) -> list[Section]:
    def values(key: str, sub: str | None = None, unit: str = COUNT) -> tuple[Any, Any, Any]:
        out = []
        for f in figures:
            value = f[key] if sub is None else f[key].get(sub, 0)
            out.append(Decimal(value) if unit in (MONEY, RATIO) else int(value))
        return out[0], out[1], out[2]

    def scalar(key: str, label: str) -> Line:
        return Line(key, label, values(key))

    def keys_of(key: str) -> list[str]:
        return list(dict.fromkeys(k for f in figures for k in f[key]))

    def per_currency(key: str, label: str, unit: str) -> list[Line]:
        return [
            Line(f"{key}[{cur}]", label, values(key, cur, unit), unit, cur, (cur,))
            for cur in sorted(keys_of(key))
        ]

    def breakdown(key: str, label_of: Callable[[str], str], own: bool = False) -> list[Line]:
        return [
            Line(f"{key}[{sub}]", label_of(sub), values(key, sub), own=own) for sub in keys_of(key)
        ]

    def regions(key: str) -> list[Line]:
        lines = breakdown(key, lambda name: region_names.get(name, name), own=True)
        return sorted(lines, key=lambda line: line.label.casefold())

    def by_choice(key: str, choice: Any) -> list[Line]:
        return breakdown(key, lambda code: choice.labels().get(code, code))

    return [
        Section(
            "visits",
            QT_TRANSLATE_NOOP("fieldmon", "Monitoring visits"),
            [
                scalar("visits.count", QT_TRANSLATE_NOOP("fieldmon", "Visits")),
                scalar("visits.sites", QT_TRANSLATE_NOOP("fieldmon", "Sites visited")),
                scalar(
                    "visits.follow_ups_open",
                    QT_TRANSLATE_NOOP(
                        "fieldmon", "Follow-up actions due and still open at the period's end"
                    ),
                ),
            ],
        ),
        Section(
            "visits_by_region",
            QT_TRANSLATE_NOOP("fieldmon", "Visits by region"),
            regions("visits.by_region"),
        ),
        Section(
            "loans",
            QT_TRANSLATE_NOOP("fieldmon", "Microcredit and microleasing"),
            [
                scalar(
                    "loans.count",
                    QT_TRANSLATE_NOOP("fieldmon", "Loans disbursed by the period's end"),
                ),
                scalar(
                    "loans.disbursed_in_period",
                    QT_TRANSLATE_NOOP("fieldmon", "Loans disbursed in the period"),
                ),
                scalar("repayments.count", QT_TRANSLATE_NOOP("fieldmon", "Repayments received")),
                *per_currency(
                    "repayments.amount", QT_TRANSLATE_NOOP("fieldmon", "Amount repaid, {0}"), MONEY
                ),
            ],
        ),
        Section(
            "loans_by_status",
            QT_TRANSLATE_NOOP("fieldmon", "Loans by status at the period's end"),
            [
                Line(f"loans.{s.value}", s.label, values(f"loans.{s.value}"))
                for s in (
                    LoanStatus.REPAID,
                    LoanStatus.DUE_NEXT_QUARTER,
                    LoanStatus.OVERDUE,
                    LoanStatus.CURRENT,
                )
            ],
        ),
        Section(
            "loans_by_product",
            QT_TRANSLATE_NOOP("fieldmon", "Loans by product"),
            by_choice("loans.by_product", Product),
        ),
        Section(
            "portfolio",
            QT_TRANSLATE_NOOP("fieldmon", "Outstanding principal and PAR30 by currency"),
            [
                *per_currency(
                    "loans.outstanding",
                    QT_TRANSLATE_NOOP("fieldmon", "Outstanding principal, {0}"),
                    MONEY,
                ),
                *per_currency(
                    "loans.par30",
                    QT_TRANSLATE_NOOP("fieldmon", "Portfolio at risk over 30 days, {0}"),
                    RATIO,
                ),
            ],
        ),
        Section(
            "training",
            QT_TRANSLATE_NOOP("fieldmon", "Training"),
            [
                scalar("training.events", QT_TRANSLATE_NOOP("fieldmon", "Training events")),
                scalar(
                    "training.participants",
                    QT_TRANSLATE_NOOP("fieldmon", "People trained (each person counted once)"),
                ),
                scalar(
                    "training.participations",
                    QT_TRANSLATE_NOOP("fieldmon", "Participations (a person at two events: two)"),
                ),
                scalar(
                    "training.completed",
                    QT_TRANSLATE_NOOP("fieldmon", "Participations completed"),
                ),
                scalar("training.person_days", QT_TRANSLATE_NOOP("fieldmon", "Person-days")),
            ],
        ),
        Section(
            "participants_by_sex",
            QT_TRANSLATE_NOOP("fieldmon", "People trained by sex"),
            [
                scalar("training.participants.female", QT_TRANSLATE_NOOP("fieldmon", "Women")),
                scalar("training.participants.male", QT_TRANSLATE_NOOP("fieldmon", "Men")),
            ],
        ),
        Section(
            "participants_by_age",
            QT_TRANSLATE_NOOP("fieldmon", "People trained by age group"),
            breakdown("training.by_age_group", lambda group: group),
        ),
        Section(
            "participants_by_category",
            QT_TRANSLATE_NOOP("fieldmon", "People trained by category"),
            by_choice("training.by_category", Category),
        ),
        Section(
            "participants_by_region",
            QT_TRANSLATE_NOOP("fieldmon", "People trained by region of the event"),
            regions("training.by_region"),
        ),
    ]


def flatten(figures: dict[str, Any]) -> dict[str, Any]:
    """`summary` figures under the keys the lines carry: breakdowns as `key[name]`; the
    period's dates left out (they head the columns)."""
    flat: dict[str, Any] = {}
    for key, value in figures.items():
        if key.startswith("period."):
            continue
        if isinstance(value, dict):
            flat.update({f"{key}[{sub}]": v for sub, v in value.items()})
        else:
            flat[key] = value
    return flat


def sections_of(figures: dict[str, Any], region_names: dict[str, str]) -> list[Section]:
    """The sections of one period's `summary` figures (`fieldmon summary`): every line's
    values are that period's (the first is the one to show)."""
    return _sections((figures, figures, figures), region_names)
