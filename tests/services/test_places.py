"""The place registry: 17 regions and 3 cities, any name or abbreviation, stable ids."""

import json
import uuid

import pytest
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Place
from fieldmon.paths import resource_path
from fieldmon.services import places
from fieldmon.services.places import PlaceInput

REGISTRY = json.loads(resource_path("places.json").read_text(encoding="utf-8"))["places"]


def test_registry_has_17_regions_and_3_cities(db: Database) -> None:
    with db.read_session() as session:
        kinds = dict(session.execute(select(Place.kind, func.count()).group_by(Place.kind)).all())
    assert kinds == {"region": 17, "city": 3}


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda e: e["key"])
def test_every_name_and_abbreviation_finds_its_place(db: Database, entry: dict) -> None:
    names = [entry["en"], entry["ru"], entry["kk"], *entry["abbreviations"], *entry["aliases"]]
    with db.read_session() as session:
        for name in names:
            for variant in (name, name.upper(), f"  {name.lower()} "):
                found = places.find_region(session, variant)
                assert found is not None and found.key == entry["key"], variant


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ВКО", "east-kazakhstan"),
        ("EKO", "east-kazakhstan"),
        ("ЗКО", "west-kazakhstan"),
        ("СКО", "north-kazakhstan"),  # Cyrillic С: Северо-Казахстанская
        ("NKO", "north-kazakhstan"),
        ("SKO", "turkistan"),  # Latin S: South Kazakhstan, now Turkistan
        ("ЮКО", "turkistan"),
        ("Южно-Казахстанская область", "turkistan"),
        ("Almaty", "almaty-city"),
        ("Алматы", "almaty-city"),
        ("Almaty Region", "almaty-region"),
        ("Алматинская обл.", "almaty-region"),
        ("Akmola oblast", "akmola"),
        ("Нур-Султан", "astana"),
    ],
)
def test_names_used_in_reports(db: Database, name: str, key: str) -> None:
    with db.read_session() as session:
        found = places.find_region(session, name)
    assert found is not None and found.key == key


def test_unknown_region_is_none(db: Database) -> None:
    with db.read_session() as session:
        assert places.find_region(session, "Semipalatinsk Oblast") is None
        assert places.find_region(session, "") is None


def test_ids_are_the_same_on_every_laptop(db: Database) -> None:
    assert places.registry_id("abai") == uuid.uuid5(places.NAMESPACE, "place:abai")
    with db.read_session() as session:
        assert session.get(Place, places.registry_id("abai")) is not None


def test_districts_and_settlements_are_created_once(db: Database, east: uuid.UUID) -> None:
    with db.session() as session:
        a = places.get_or_create(session, PlaceInput(east, "Глубоковский район", "Бобровка"), "t")
    with db.session() as session:
        b = places.get_or_create(session, PlaceInput(east, "глубоковский  РАЙОН", "БОБРОВКА"), "t")
    assert a.id == b.id and a.kind == "settlement" and a.region_id == east
    with db.read_session() as session:
        chain = places.path_of(session, a.id)
    assert [p.kind for p in chain] == ["region", "district", "settlement"]
    assert chain[1].id == places.child_id(east, "Глубоковский район")


def test_a_settlement_may_sit_directly_under_a_region(db: Database, east: uuid.UUID) -> None:
    with db.session() as session:
        place = places.get_or_create(session, PlaceInput(east, "", "Бобровка"), "t")
        assert place.parent_id == east


def test_region_items_are_localized(db: Database) -> None:
    ru = {i.name for i in places.region_items(db, "ru")}
    en = {i.name for i in places.region_items(db, "en")}
    assert "Восточно-Казахстанская область" in ru and "East Kazakhstan Region" in en
    assert len(ru) == len(en) == 20


def test_registry_is_not_seeded_twice(db: Database) -> None:
    places.ensure_registry(db)
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Place)) == 20
