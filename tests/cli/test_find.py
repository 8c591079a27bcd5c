"""`fieldmon find TEXT [--json]`: the lists' own searches over the whole database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldmon.cli import main
from fieldmon.db.engine import open_database
from fieldmon.domain.loans import Sex
from fieldmon.services import loans, places, trainings
from fieldmon.services.places import PlaceInput
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields, training_fields


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with the group loan «Береке» and the training «Финансовая грамотность»."""
    path = tmp_path / "find.db"
    monkeypatch.setenv("FIELDMON_DB", str(path))
    db = open_database(path)
    east = places.registry_id("east-kazakhstan")
    group = borrower_input(
        east,
        person_fields(full_name="Әсел Нұрланқызы", sex=Sex.FEMALE, birth_year=1990),
        person_fields(full_name="Жанар Серікова", sex=Sex.FEMALE, birth_year=1988),
        group_name="Береке",
    )
    loans.save_loan(db, loan_fields(loan_no="GR-2026/007"), group, OFFICER)
    trainings.save_training(
        db,
        training_fields(code="TR-2026-11", title="Финансовая грамотность", topic="Қаржы"),
        PlaceInput(east, "Усть-Каменогорск"),
        OFFICER,
    )
    db.dispose()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_json_lists_every_kind_with_ids_and_texts(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "find", "БЕРЕКЕ", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"visits", "sites", "loans", "trainings", "people"}
    assert data["visits"] == data["sites"] == data["trainings"] == data["people"] == []
    [loan] = data["loans"]
    assert set(loan) == {"id", "text"} and loan["text"].startswith("GR-2026/007 Береке")

    data = json.loads(run(capsys, "find", "әсел", "--json")[1])
    assert [p["text"] for p in data["people"]] == ["Әсел Нұрланқызы, 1990"]
    assert len(data["loans"]) == 1  # the group she is a member of

    data = json.loads(run(capsys, "find", "финансовая", "--json")[1])
    assert [t["text"].split()[0] for t in data["trainings"]] == ["TR-2026-11"]


def test_find_prints_each_kind_under_a_heading_with_its_count(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "find", "ӘСЕЛ")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Loans (1):" and lines[1].startswith("  GR-2026/007 Береке")
    assert lines[2] == "People (1):" and lines[3].startswith("  Әсел Нұрланқызы, 1990")
    code, out, _err = run(capsys, "find", "жоқ")
    assert code == 0 and out.strip() == "Nothing matches 'жоқ'."
    code, _out, err = run(capsys, "find", "береке", "--limit", "0")
    assert code == 1 and err.strip() == "fieldmon: --limit must be at least 1."
