"""Attendance marked on two laptops merges day by day: only the same day marked both ways is
a conflict."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from fieldmon.db.models import Change, Participation
from fieldmon.services import trainings
from fieldmon.services.merge import open_conflicts, resolve
from fieldmon.services.places import PlaceInput, registry_id
from tests.conftest import Laptops
from tests.factories import participant, training_fields

TODAY = date(2026, 11, 21)


def shared_participation(pair: Laptops) -> uuid.UUID:
    """A three-day event with one participant present on day 1, on both laptops."""
    officer = pair.officer(pair.a)
    training_id = trainings.save_training(
        pair.a,
        training_fields(code="ҚС-2026/03"),
        PlaceInput(registry_id("abai"), "", "Семей"),
        officer,
    )
    pid = trainings.add_participant(
        pair.a, training_id, officer, participant=participant(), today=TODAY
    )
    trainings.set_mark(pair.a, pid, 1, True, officer)
    pair.send(pair.a, pair.b)
    return pid


def marks(pair: Laptops, pid: uuid.UUID) -> tuple[str, str]:
    out = []
    for db in (pair.a, pair.b):
        with db.read_session() as session:
            row = session.get(Participation, pid)
            assert row is not None
            assert row.days_present == row.marks.count("1")
            out.append(row.marks)
    return out[0], out[1]


def test_two_officers_marking_different_days_merge_without_a_conflict(laptops: Laptops) -> None:
    pid = shared_participation(laptops)
    trainings.set_mark(laptops.a, pid, 2, True, laptops.officer(laptops.a))
    trainings.set_mark(laptops.b, pid, 3, True, laptops.officer(laptops.b))
    assert marks(laptops, pid) == ("110", "101")
    laptops.exchange()
    assert marks(laptops, pid) == ("111", "111")
    assert open_conflicts(laptops.a) == [] and open_conflicts(laptops.b) == []
    with laptops.a.read_session() as session:
        fields = {c.fields for c in session.scalars(select(Change).where(Change.record_id == pid))}
        assert "marks.0 marks.2" in fields and "marks.0 marks.3" in fields


def test_the_same_day_marked_both_ways_is_one_conflict_for_that_day(laptops: Laptops) -> None:
    pid = shared_participation(laptops)
    trainings.set_mark(laptops.a, pid, 2, True, laptops.officer(laptops.a))
    trainings.set_mark(laptops.b, pid, 3, True, laptops.officer(laptops.b))
    trainings.set_mark(laptops.b, pid, 1, False, laptops.officer(laptops.b))  # day 1: absent
    trainings.set_mark(laptops.a, pid, 1, False, laptops.officer(laptops.a))
    trainings.set_mark(laptops.a, pid, 1, True, laptops.officer(laptops.a))  # a: back present
    result = laptops.send(laptops.b, laptops.a)
    assert result.conflicts == 1
    [conflict] = open_conflicts(laptops.a)
    assert (conflict.table, conflict.field) == ("participation", "marks.1")
    assert (conflict.kept, conflict.other) == ("1", "0")  # a's later mark applies meanwhile
    assert marks(laptops, pid)[0] == "111"
    resolve(laptops.a, conflict.id, True, "Координатор Әлия")
    assert marks(laptops, pid)[0] == "011"
    laptops.exchange()
    assert marks(laptops, pid) == ("011", "011")
