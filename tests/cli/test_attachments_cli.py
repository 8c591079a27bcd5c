"""Evidence from the command line: `attach` (every file checked first, all or none) and
`attachments [--record ID] [--json]`, and `report --with-photos`."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest

from fieldmon.db.engine import open_database
from fieldmon.services import trainings, visits
from fieldmon.services.places import PlaceInput
from tests.cli.test_cli import dbfile, run  # noqa: F401 - the fixture
from tests.conftest import OFFICER
from tests.evidence_files import sample_files
from tests.factories import site_input, training_fields, visit_fields


@pytest.fixture
def ids(dbfile: Path) -> tuple[uuid.UUID, uuid.UUID]:  # noqa: F811 - the fixture
    from fieldmon.services import places

    db = open_database(dbfile)
    east = places.registry_id("east-kazakhstan")
    visit = visits.save_visit(db, visit_fields(), site_input(east), OFFICER)
    training = trainings.save_training(db, training_fields(), PlaceInput(east), OFFICER)
    db.dispose()
    return visit, training


def test_attach_then_list(
    ids: tuple[uuid.UUID, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit, training = ids
    files = sample_files(tmp_path)
    code, out, err = run(
        capsys, "--officer", OFFICER, "--lang", "en", "attach", str(visit),
        str(files["gps"]), str(files["plain"]), "--caption", "Пеш",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Files attached to the visit {visit}: 2.\n"
    code, out, _ = run(
        capsys, "--officer", OFFICER, "attach", str(training), str(files["pdf"]), "--day", "2"
    )
    assert code == 0

    code, out, _ = run(capsys, "--lang", "en", "attachments")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Record", "Record", "id"]
    assert len(lines) == 4
    gps = next(line for line in lines if "IMG_20261120_113205.jpg" in line)
    assert gps.startswith(f"visit     {visit}  IMG_20261120_113205.jpg")
    assert "2026-11-20 11:32:05" in gps and "42.341700, 69.590100" in gps
    at = lines[0].index("File")
    names = ("IMG_20261120_113205.jpg", "трактор Бәйтерек.jpeg", "шарт № 17.pdf")
    assert sorted(line[at:].split("  ")[0] for line in lines[1:]) == sorted(names)

    code, out, _ = run(capsys, "attachments", "--json", "--record", str(training))
    found = json.loads(out)
    assert [(f["record_kind"], f["file_name"], f["day"]) for f in found] == [
        ("training", "шарт № 17.pdf", 2)
    ]
    assert found[0]["sha256"] == hashlib.sha256(files["pdf"].read_bytes()).hexdigest()


def test_bad_files_attach_nothing(
    ids: tuple[uuid.UUID, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit, _training = ids
    files = sample_files(tmp_path)
    code, out, err = run(
        capsys, "--officer", OFFICER, "--lang", "en", "attach", str(visit),
        str(files["gps"]), str(files["text"]), str(tmp_path / "нет.jpg"),
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"'{files['text']}': it is not a JPEG photo, whatever its name says",
        f"'{tmp_path / 'нет.jpg'}': there is no such file",
        "fieldmon: Nothing was attached.",
    ]
    code, out, _ = run(capsys, "attachments", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("record", ["not-an-id", str(uuid.UUID(int=7))])
def test_an_unknown_record_is_one_sentence(
    ids: tuple[uuid.UUID, uuid.UUID], record: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--lang", "en", "attachments", "--record", record)
    assert (code, out) == (1, "")
    assert err == f"fieldmon: There is no visit, loan or training {record}.\n"


def test_day_is_for_a_training_day(
    ids: tuple[uuid.UUID, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit, training = ids
    pdf = sample_files(tmp_path)["pdf"]
    code, _, err = run(
        capsys, "--lang", "en", "--officer", "A", "attach", str(visit), str(pdf), "--day", "1"
    )
    assert (code, err) == (1, "fieldmon: --day is for a training's sign-in sheets.\n")
    code, _, err = run(
        capsys, "--lang", "en", "--officer", "A", "attach", str(training), str(pdf), "--day", "4"
    )
    assert (code, err) == (1, "fieldmon: --day: training TR-2026-07 has 3 days.\n")


def test_report_with_photos(
    ids: tuple[uuid.UUID, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit, _training = ids
    photo = sample_files(tmp_path / "in")["plain"]
    run(capsys, "--officer", OFFICER, "attach", str(visit), str(photo))
    out_file = tmp_path / "r.xlsx"
    code, out, err = run(
        capsys,
        "--lang",
        "en",
        "report",
        "--quarter",
        "2026Q3",
        "--with-photos",
        "-o",
        str(out_file),
    )
    assert (code, err) == (0, "")
    folder = tmp_path / "r – evidence"
    assert out.splitlines()[-1] == f"Evidence files written to {folder}: 1."
    assert [p.read_bytes() for p in folder.iterdir()] == [photo.read_bytes()]


def test_a_package_carries_the_files_to_another_database(
    ids: tuple[uuid.UUID, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit, _training = ids
    files = sample_files(tmp_path / "files")
    code, _, _ = run(
        capsys, "--officer", OFFICER, "attach", str(visit), str(files["gps"]), str(files["pdf"])
    )
    assert code == 0
    package = tmp_path / "Әсел.fmpkg"
    code, _, err = run(
        capsys, "--officer", OFFICER, "package", "export", "--all", "-o", str(package)
    )
    assert code == 0, err
    _, mine, _ = run(capsys, "attachments", "--json")
    other = str(tmp_path / "coordinator.db")
    code, out, err = run(
        capsys,
        "--db",
        other,
        "--officer",
        "Ерлан",
        "--lang",
        "en",
        "package",
        "import",
        str(package),
    )
    assert code == 0, err
    assert "Photos and scans this database did not have: 2." in out
    _, theirs, _ = run(capsys, "--db", other, "attachments", "--json")
    assert json.loads(theirs) == json.loads(mine)
    code, out, _ = run(
        capsys,
        "--db",
        other,
        "--officer",
        "Ерлан",
        "--lang",
        "en",
        "package",
        "import",
        str(package),
    )
    assert code == 0 and "Nothing new" in out
