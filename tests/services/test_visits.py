"""Recording, editing, deleting visits; history; the paged, filtered list."""

import json
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import History, Place, Site, Visit
from fieldmon.domain.choices import Rating, SiteType
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.services import visits
from fieldmon.services.history import history_rows
from fieldmon.services.visits import VisitFilter
from tests.conftest import OFFICER
from tests.factories import site_input, visit_fields

TODAY = date(2026, 11, 21)


def save(db: Database, region: uuid.UUID | None, **changes: object) -> uuid.UUID:
    site_changes = {
        k: changes.pop(k)
        for k in list(changes)
        if k in ("name", "district", "settlement", "site_type")
    }
    return visits.save_visit(
        db, visit_fields(**changes), site_input(region, **site_changes), OFFICER, today=TODAY
    )


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_saved_visit_is_stamped_and_has_history(db: Database, east: uuid.UUID) -> None:
    vid = save(db, east)
    with db.read_session() as session:
        visit = session.get(Visit, vid)
        assert visit is not None
        assert visit.created_by == visit.updated_by == OFFICER
        assert visit.created_at.tzinfo is not None and visit.deleted_at is None
        assert visit.officer == "Ерлан Сапаров" and visit.rating == "on_track"
    ((when, who, action, changes),) = history_rows(db, vid)
    assert (who, action) == (OFFICER, "create")
    assert changes["visit_date"] == [None, "2026-08-14"]


def test_new_site_and_places_are_created_then_found_again(db: Database, east: uuid.UUID) -> None:
    save(db, east)
    save(db, east, name="мини-пекарня  «НАН»", district="ШЕМОНАИХИНСКИЙ РАЙОН", site_type=None)
    assert count(db, Site) == 1
    assert count(db, Visit) == 2
    assert count(db, Place) == 20 + 2  # the registry plus one district and one settlement


def test_an_invalid_visit_saves_nothing(db: Database, east: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as caught:
        save(
            db,
            east,
            name="Новый объект",
            site_type=None,
            rating=None,
            visit_date=TODAY + timedelta(days=3),
        )
    assert {e.field for e in caught.value.errors} == {"visit_date", "rating", "site_type"}
    assert count(db, Visit) == count(db, Site) == 0
    assert count(db, Place) == 20


def test_region_is_required(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        save(db, None)
    assert caught.value.for_field("region") is not None


def test_editing_records_old_and_new_values(db: Database, east: uuid.UUID) -> None:
    vid = save(db, east)
    visits.save_visit(
        db,
        visit_fields(rating=Rating.SERIOUS_ISSUES, beneficiaries=15),
        site_input(east),
        "Ольга Ким",
        visit_id=vid,
        today=TODAY,
    )
    history = history_rows(db, vid)
    assert [h[2] for h in history] == ["create", "update"]
    assert history[1][1] == "Ольга Ким"
    assert history[1][3] == {"rating": ["on_track", "serious_issues"], "beneficiaries": [12, 15]}
    with db.read_session() as session:
        visit = session.get(Visit, vid)
        assert visit is not None and visit.updated_by == "Ольга Ким" and visit.created_by == OFFICER


def test_saving_unchanged_visit_adds_no_history(db: Database, east: uuid.UUID) -> None:
    vid = save(db, east)
    visits.save_visit(db, visit_fields(), site_input(east), OFFICER, visit_id=vid, today=TODAY)
    assert len(history_rows(db, vid)) == 1


def test_delete_is_soft_and_restorable(db: Database, east: uuid.UUID) -> None:
    vid = save(db, east)
    visits.delete_visit(db, vid, OFFICER)
    with db.read_session() as session:
        assert visits.count_visits(session, VisitFilter()) == 0
        assert session.get(Visit, vid).deleted_at is not None  # type: ignore[union-attr]
    with pytest.raises(UserError, match="no longer exists"):
        visits.load_visit(db, vid)
    visits.restore_visit(db, vid, OFFICER)
    with db.read_session() as session:
        assert visits.count_visits(session, VisitFilter()) == 1
    assert [h[2] for h in history_rows(db, vid)] == ["create", "delete", "restore"]


def live_ids(db: Database) -> set[uuid.UUID]:
    with db.read_session() as session:
        return set(session.scalars(select(Visit.id).where(Visit.deleted_at.is_(None))))


def test_deleting_a_selection_is_all_or_nothing(db: Database, east: uuid.UUID) -> None:
    first, gone, last = (save(db, east, findings=f) for f in ("Береке", "Әсел", "Қасымова"))
    visits.delete_visit(db, gone, OFFICER)  # deleted meanwhile, e.g. from another window
    history_before = count(db, History)
    for chosen in ([first, gone, last], [first, uuid.uuid4(), last]):
        with pytest.raises(UserError, match="none of them was deleted"):
            visits.delete_visits(db, chosen, OFFICER)
        assert live_ids(db) == {first, last}
        assert count(db, History) == history_before
    visits.delete_visits(db, [first, last], OFFICER)
    assert live_ids(db) == set()
    visits.restore_visits(db, [first, gone, last], "Әсел Қасымова")
    assert live_ids(db) == {first, gone, last}
    assert [h[1:3] for h in history_rows(db, last)][-2:] == [
        (OFFICER, "delete"),
        ("Әсел Қасымова", "restore"),
    ]


def test_restoring_a_selection_is_one_transaction(
    db: Database, east: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [save(db, east, findings=f) for f in ("Береке", "Әсел")]
    visits.delete_visits(db, ids, OFFICER)
    restore = visits.history.restore
    done: list[uuid.UUID] = []

    def fails_second(session: object, table: str, row: Visit, officer: str) -> None:
        if done:
            raise RuntimeError("the disk is full")
        restore(session, table, row, officer)  # type: ignore[arg-type]
        done.append(row.id)

    monkeypatch.setattr(visits.history, "restore", fails_second)
    with pytest.raises(RuntimeError):
        visits.restore_visits(db, ids, OFFICER)
    assert done == ids[:1] and live_ids(db) == set()  # the first restore was rolled back


def test_load_visit_gives_back_what_was_saved(db: Database, east: uuid.UUID) -> None:
    vid = save(db, east, follow_up="Проверить книгу продаж", follow_up_due=date(2026, 9, 1))
    record = visits.load_visit(db, vid)
    assert record.fields == visit_fields(
        follow_up="Проверить книгу продаж", follow_up_due=date(2026, 9, 1)
    )
    assert record.site.place.district == "Шемонаихинский район"
    assert record.site.site_type is SiteType.MICROCREDIT_BUSINESS


@pytest.fixture
def many(db: Database, east: uuid.UUID, turkistan: uuid.UUID) -> list[uuid.UUID]:
    """53 visits: 3 sites, 2 regions, 2 officers, one a day from 1 June 2026."""
    ids = []
    for i in range(53):
        region, name, settlement = [
            (east, "Пекарня", "Верх-Уба"),
            (east, "Теплица", "Бобровка"),
            (turkistan, "Амбулатория", "Аксукент"),
        ][i % 3]
        ids.append(
            save(
                db,
                region,
                name=name,
                settlement=settlement,
                district="",
                visit_date=date(2026, 6, 1) + timedelta(days=i),
                officer="Ольга Ким" if i % 2 else "Ерлан Сапаров",
            )
        )
    return ids


def all_pages(
    db: Database, flt: VisitFilter, sort: str, descending: bool, size: int
) -> list[visits.VisitRow]:
    rows: list[visits.VisitRow] = []
    with db.read_session() as session:
        while True:
            after = visits.page_key(rows[-1], sort) if rows else None
            page = visits.list_visits(
                session, flt, sort=sort, descending=descending, after=after, limit=size
            )
            rows += page
            if len(page) < size:
                return rows


@pytest.mark.parametrize("sort", sorted(visits.SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_join_up_to_the_whole_sorted_list(
    db: Database, many: list[uuid.UUID], sort: str, descending: bool
) -> None:
    paged = all_pages(db, VisitFilter(), sort, descending, size=7)
    with db.read_session() as session:
        whole = visits.list_visits(
            session, VisitFilter(), sort=sort, descending=descending, limit=1000
        )
    assert [r.id for r in paged] == [r.id for r in whole]
    assert len({r.id for r in paged}) == 53
    keys = [visits.page_key(r, sort) for r in paged]
    assert keys == sorted(keys, reverse=descending)


def test_default_order_is_newest_first(db: Database, many: list[uuid.UUID]) -> None:
    with db.read_session() as session:
        rows = visits.list_visits(session, VisitFilter(), limit=3)
    assert [r.visit_date for r in rows] == [date(2026, 7, 23), date(2026, 7, 22), date(2026, 7, 21)]


def test_filters(db: Database, many: list[uuid.UUID], turkistan: uuid.UUID) -> None:
    def n(**kwargs: object) -> int:
        with db.read_session() as session:
            flt = VisitFilter(**kwargs)  # type: ignore[arg-type]
            listed = visits.list_visits(session, flt, limit=1000)
            assert len(listed) == visits.count_visits(session, flt)
            return len(listed)

    assert n() == 53
    assert n(region_id=turkistan) == 17
    assert n(officer="Ольга Ким") == 26
    assert n(date_from=date(2026, 6, 10), date_to=date(2026, 6, 19)) == 10
    assert n(text="теплица") == 18  # the site's name, any case
    assert n(text="БОБРОВКА") == 18  # its settlement
    assert n(text="пекарня", region_id=turkistan) == 0
    assert n(text="100%") == 0  # LIKE wildcards are literal


def test_officers_lists_everyone_with_visits(db: Database, many: list[uuid.UUID]) -> None:
    with db.read_session() as session:
        assert list(visits.officers(session)) == ["Ерлан Сапаров", "Ольга Ким"]


def test_site_items_narrow_by_place(db: Database, many: list[uuid.UUID], east: uuid.UUID) -> None:
    from fieldmon.services.places import PlaceInput

    assert {s.name for s in visits.site_items(db, PlaceInput(east))} == {"Пекарня", "Теплица"}
    assert [s.name for s in visits.site_items(db, PlaceInput(east, "", "Бобровка"))] == ["Теплица"]
    assert visits.site_items(db, PlaceInput(east, "", "Нет такого")) == []


def test_history_is_json_per_edit(db: Database, east: uuid.UUID) -> None:
    vid = save(db, east)
    with db.read_session() as session:
        rows = session.scalars(select(History).where(History.record_id == vid)).all()
    assert len(rows) == 1 and json.loads(rows[0].changes)["officer"] == [None, "Ерлан Сапаров"]


def test_both_query_plans_give_the_same_pages(
    db: Database, many: list[uuid.UUID], east: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site filter matching many sites walks the date index instead of sorting; the rows
    must not depend on which."""
    for flt in (
        VisitFilter(region_id=east),
        VisitFilter(text="а"),
        VisitFilter(text="теплица", date_to=date(2026, 7, 1)),
    ):
        monkeypatch.setattr(visits, "SPARSE_SITES", 1000)
        sorted_plan = all_pages(db, flt, "visit_date", True, size=7)
        monkeypatch.setattr(visits, "SPARSE_SITES", 0)
        walking_plan = all_pages(db, flt, "visit_date", True, size=7)
        assert [r.id for r in walking_plan] == [r.id for r in sorted_plan] and sorted_plan
