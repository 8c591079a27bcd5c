"""The key figures for a period: the same numbers on screen, in `fieldmon summary` and (later)
in the quarterly workbook. Keys are flat strings ('visits.count') so that later areas add
theirs ('loans.*', 'training.*') beside them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, or_, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Site, Visit
from fieldmon.domain.periods import Period


def summary(db: Database, period: Period, region_id: uuid.UUID | None = None) -> dict[str, Any]:
    """`visits.follow_ups_open` counts follow-up actions (of visits on or before the period's
    end) due by the period's end and not closed by then, so a past quarter's figure does not
    change when a follow-up is closed later."""
    live = [Visit.deleted_at.is_(None)]
    if region_id is not None:
        live.append(Visit.site_id.in_(select(Site.id).where(Site.region_id == region_id)))
    in_period = [*live, Visit.visit_date.between(period.start, period.end)]
    with db.read_session() as session:
        count, sites = session.execute(
            select(func.count(), func.count(Visit.site_id.distinct())).where(*in_period)
        ).one()
        follow_ups_open = session.execute(
            select(func.count()).where(
                *live,
                Visit.visit_date <= period.end,
                Visit.follow_up != "",
                Visit.follow_up_due <= period.end,
                or_(
                    Visit.follow_up_closed_on.is_(None),
                    Visit.follow_up_closed_on > period.end,
                ),
            )
        ).scalar_one()
        by_region_rows = session.execute(
            select(Place.name, func.count())
            .select_from(Visit)
            .join(Site, Site.id == Visit.site_id)
            .join(Place, Place.id == Site.region_id)
            .where(*in_period)
            .group_by(Place.name)
            .order_by(Place.name)
        ).all()
    return {
        "period.start": period.start.isoformat(),
        "period.end": period.end.isoformat(),
        "visits.count": int(count),
        "visits.sites": int(sites),
        "visits.follow_ups_open": int(follow_ups_open),
        "visits.by_region": {name: int(n) for name, n in by_region_rows},
    }
