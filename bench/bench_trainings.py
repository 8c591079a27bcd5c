"""Trainings at scale: builds a database of 50,000 people, 2,000 events and about 300,000
attendance marks (bulk insert, cached in bench/.cache), then prints, each beside a baseline
measured in the same run:

- the training figures of the summary for a quarter, beside a plain SQL count and sum over
  the same participations;
- opening the page of a 200-person, 5-day event (the event, the grid's one query, the
  model, the counts, the window), beside a plain SELECT of the same rows;
- the registry's search (first 500 + count) by part of a name, beside a plain SELECT.

Run: `.venv/bin/python bench/bench_trainings.py`. Not run in CI.
Targets (issue 4): summary for a quarter <= 1 s; the 200 x 5 grid opens in <= 300 ms.
"""

from __future__ import annotations

import math
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_of, ms  # noqa: E402

from fieldmon.db.engine import Database, open_database  # noqa: E402
from fieldmon.domain.periods import parse_quarter  # noqa: E402
from fieldmon.domain.text import person_key, search_key  # noqa: E402
from fieldmon.domain.trainings import Category, TrainingKind  # noqa: E402
from fieldmon.services import places, trainings  # noqa: E402
from fieldmon.services.summary import _trainings  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
N_PEOPLE = 50_000
N_EVENTS = 2_000
N_MARKS = 300_000
QUARTER = "2026Q3"
BIG = "BIG-200-5"

FIRST = ["Айгерим", "Гульнар", "Дана", "Ольга", "Асель", "Ерлан", "Болат", "Нурлан", "Сергей"]
LAST = ["Ахметов", "Жумабаев", "Ким", "Петренко", "Касымов", "Оспанов", "Беккер", "Нұрланов"]


def build(path: Path) -> Database:
    if path.exists():
        db = open_database(path)
        with db.engine.connect() as conn:
            have = conn.exec_driver_sql("SELECT count(*) FROM training").scalar()
        if have == N_EVENTS:
            print(f"using cached {path}")
            return db
        db.dispose()
        path.unlink()
    started = time.perf_counter()
    db = open_database(path)
    rng = random.Random(4)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    regions = [places.registry_id(k).hex for k in ("east-kazakhstan", "turkistan", "abai")]
    people = []
    for n in range(N_PEOPLE):
        sex = rng.choice(("female", "male"))
        last = rng.choice(LAST) + ("а" if sex == "female" else "")
        name = f"{last} {rng.choice(FIRST)} {n}"
        people.append(
            (
                uuid.uuid4().hex,
                name,
                person_key(name),
                sex,
                rng.randint(1955, 2010),
                rng.choice(list(Category)).value,
                "",
                "",
                now,
                now,
                "bench",
                "bench",
            )
        )
    events, participations = [], []
    marks_total = 0
    per_event = N_MARKS / N_EVENTS
    for n in range(N_EVENTS):
        big = n == 0
        days = 5 if big else rng.choice([1, 2, 3, 3, 5])
        start = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 700))
        event_id = uuid.uuid4().hex
        region = rng.choice(regions)
        events.append(
            (
                event_id,
                BIG if big else f"TR-{n:05d}",
                f"Training {n}",
                "Қаржылық сауаттылық" if n % 20 == 0 else "Жергілікті өзін-өзі басқару",
                rng.choice(list(TrainingKind)).value,
                (date(2026, 8, 3) if big else start).isoformat(),
                days,
                None if rng.random() < 0.7 else max(1, days - 1),
                region,
                region,
                "",
                "",
                "",
                now,
                now,
                "bench",
                "bench",
            )
        )
        events[-1] += (search_key(*events[-1][1:4]),)
        size = 200 if big else max(1, math.ceil(per_event / (days * 0.85)))
        for person in rng.sample(people, size):
            marks = "".join("1" if rng.random() < 0.85 else "0" for _ in range(days))
            marks_total += marks.count("1")
            participations.append(
                (
                    uuid.uuid4().hex,
                    event_id,
                    person[0],
                    marks,
                    marks.count("1"),
                    None,
                    None,
                    now,
                    now,
                    "bench",
                    "bench",
                )
            )
    raw = sqlite3.connect(path)
    raw.executemany(
        "INSERT INTO person (id, full_name, name_key, sex, birth_year, category, organization,"
        " phone, created_at, updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        people,
    )
    raw.executemany(
        "INSERT INTO training (id, code, title, topic, kind, start_date, days, min_days, region_id,"
        " place_id, venue, organizer, facilitator, created_at, updated_at, created_by, updated_by,"
        " search_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        events,
    )
    raw.executemany(
        "INSERT INTO participation (id, training_id, person_id, marks, days_present, pre_score,"
        " post_score, created_at, updated_at, created_by, updated_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        participations,
    )
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()
    print(
        f"built {path}: {N_PEOPLE:,} people, {N_EVENTS:,} events, {len(participations):,} "
        f"participations, {marks_total:,} marks in {time.perf_counter() - started:.0f} s"
    )
    return db


def main() -> int:
    CACHE.mkdir(exist_ok=True)
    db = build(CACHE / "trainings.db")
    period = parse_quarter(QUARTER)
    with db.engine.connect() as conn:
        marks, people = conn.exec_driver_sql(
            "SELECT sum(days_present), count(*) FROM participation"
        ).one()
    print(f"{people:,} participations with {marks:,} marks")

    def plain_summary() -> None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(
                "SELECT count(*), count(DISTINCT p.person_id), sum(p.days_present) "
                "FROM participation p JOIN training t ON t.id = p.training_id "
                "WHERE t.start_date BETWEEN ? AND ? AND p.days_present > 0",
                (period.start.isoformat(), period.end.isoformat()),
            ).one()

    figures: dict[str, object] = {}

    def training_summary() -> None:
        with db.read_session() as session:
            figures.update(_trainings(session, period, None))

    base = median_of(plain_summary)
    took = median_of(training_summary)
    print(f"\nsummary of {QUARTER} (median of 5)")
    print(f"  plain SQL count and sum            {ms(base)}")
    print(f"  training.* figures                 {ms(took)}   {took / base:5.1f}x baseline")
    print(
        f"  ({figures['training.events']} events, {figures['training.participations']:,} "
        f"participations, {figures['training.participants']:,} people)"
    )

    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from fieldmon.ui.attendance import TrainingView  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv)
    big = trainings.find_training_id(db, BIG)

    def plain_grid() -> None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(
                "SELECT p.id, pe.full_name, pe.birth_year, pe.category, p.marks "
                "FROM participation p JOIN person pe ON pe.id = p.person_id "
                "WHERE p.training_id = ? ORDER BY pe.name_key",
                (big.hex,),
            ).all()

    def open_page() -> None:
        view = TrainingView(db, "bench", "en", big)
        view.show()
        app.processEvents()
        assert view.model.rowCount() == 200 and view.model.days == 5
        view.close()
        view.deleteLater()

    open_page()  # the first window pays for Qt's one-time start-up
    base = median_of(plain_grid)
    took = median_of(open_page)
    print("\nopening a 200-person, 5-day event's page (median of 5)")
    print(f"  plain SELECT of the rows           {ms(base)}")
    print(f"  TrainingView shown                 {ms(took)}   {took / base:5.1f}x baseline")

    def plain_people() -> None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT id, full_name FROM person LIMIT 500").all()

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            with db.read_session() as session:
                trainings.list_people(session, text, limit=500)
                trainings.count_people(session, text)

        return run

    base = median_of(plain_people)
    print("\nregistry: first 500 + count (median of 5)")
    print(f"  plain SELECT ... LIMIT 500         {ms(base)}")
    for label, text in (("everyone", ""), ("part of a name 'гульнар'", "гульнар")):
        took = median_of(search(text))
        print(f"  {label:<34} {ms(took)}   {took / base:6.1f}x baseline")

    def plain_events() -> None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(
                "SELECT id, code, title FROM training ORDER BY start_date DESC LIMIT 200"
            ).all()

    def events_page(text: str) -> Callable[[], None]:
        def run() -> None:
            with db.read_session() as session:
                trainings.list_trainings(session, text)
                trainings.count_trainings(session, text)

        return run

    base = median_of(plain_events)
    print(f"\ntrainings list: first 200 + count of {N_EVENTS:,} events (median of 5)")
    print(f"  plain SELECT ... LIMIT 200         {ms(base)}")
    for label, text in (("everything", ""), ("Kazakh topic 'ҚАРЖЫЛЫҚ' (folded)", "ҚАРЖЫЛЫҚ")):
        took = median_of(events_page(text))
        print(f"  {label:<34} {ms(took)}   {took / base:6.1f}x baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
