"""Projects (issue 19, first step): `fieldmon project add|edit|list`, one record per code on
every laptop, a bad field named in one sentence with nothing written, and two officers'
edits of one project merged field by field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldmon.db.models import Conflict, Project
from fieldmon.services import projects
from fieldmon.services.projects import ProjectFields
from tests.cli.test_cli import dbfile, run  # noqa: F401 - the fixture
from tests.conftest import Laptops

TITLE = "Өңірлік денсаулық сақтау жобасы"


def test_add_then_list_as_json(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    code, out, err = run(
        capsys,
        "--officer", "Әсел Қасымова", "project", "add", "unhs",
        "--title", f"  {TITLE} ", "--donor", "ЮНИСЕФ", "--start", "2025-04-01",
        "--end", "2028-03-31", "--partners", "Қоғамдық қор «Береке»",
    )  # fmt: skip
    assert (code, err) == (0, "") and out.strip() == "Added the project UNHS."
    code, out, _ = run(capsys, "project", "list", "--json")
    assert code == 0 and json.loads(out) == [
        {
            "code": "UNHS",
            "title": TITLE,
            "donor": "ЮНИСЕФ",
            "start": "2025-04-01",
            "end": "2028-03-31",
            "partners": "Қоғамдық қор «Береке»",
            "regions": [],
        }
    ]
    code, out, _ = run(capsys, "--officer", "Ерлан", "project", "edit", "Unhs", "--donor", "ЕО")
    assert code == 0 and out.strip() == "Changed the project UNHS."
    code, out, _ = run(capsys, "project", "list")
    assert out.splitlines() == [f"UNHS         {TITLE}  (ЕО; 2025-04-01 – 2028-03-31)"]


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["project", "add", "UN HS", "--title", "T"], "Project code: UN HS is not a code"),
        (["project", "add", "ҚОР", "--title", "   "], "Project title: it is empty."),
        (
            ["project", "add", "X", "--title", "T", "--start", "2026-05-01", "--end", "2026-04-30"],
            "End date: 2026-04-30 is before the start, 2026-05-01.",
        ),
        (["project", "edit", "ЖОҚ", "--title", "T"], "There is no project with the code ЖОҚ."),
    ],
)
def test_a_bad_field_is_one_sentence_and_nothing_is_written(
    dbfile: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    sentence: str,
) -> None:
    code, out, err = run(capsys, "--officer", "Әсел", *args)
    assert code == 1 and sentence in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "project", "list", "--json")[1].strip() == "[]"


def test_adding_a_code_twice_changes_nothing(
    dbfile: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "--officer", "Әсел", "project", "add", "ЕҚДБ-2", "--title", "Шағын несие")
    code, _, err = run(capsys, "--officer", "Әсел", "project", "add", "еқдб-2", "--title", "Басқа")
    assert code == 1 and "A project with the code ЕҚДБ-2 exists already: Шағын несие." in err
    titles = [p["title"] for p in json.loads(run(capsys, "project", "list", "--json")[1])]
    assert titles == ["Шағын несие"]


def test_one_project_on_two_laptops_is_one_record_merged_field_by_field(
    laptops: Laptops,
) -> None:
    """Both officers add UNHS before exchanging; then one sets the donor, the other the end
    date: after the exchange both laptops hold one UNHS with both changes and no conflict."""
    a, b = laptops.a, laptops.b
    projects.save_project(a, ProjectFields("UNHS", TITLE), laptops.officer(a))
    projects.save_project(b, ProjectFields("unhs", TITLE), laptops.officer(b))
    laptops.exchange()
    projects.save_project(
        a, ProjectFields("UNHS", TITLE, donor="ЮНИСЕФ"), laptops.officer(a), update=True
    )
    projects.save_project(
        b, ProjectFields("UNHS", TITLE, end_on=date(2028, 3, 31)), laptops.officer(b), update=True
    )
    laptops.exchange()
    for db in (a, b):
        with db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Project)) == 1
            [row] = projects.live_projects(session)
            assert (row.code, row.donor, row.end_on) == ("UNHS", "ЮНИСЕФ", date(2028, 3, 31))
            assert session.scalar(select(func.count()).select_from(Conflict)) == 0


def test_a_project_s_regions_by_any_of_their_names(
    dbfile: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(
        capsys, "--officer", "Әсел", "project", "add", "ЖОБА-1", "--title", "Шағын несие",
        "--regions", "ВКО, Түркістан облысы",
    )  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--lang", "ru", "project", "list", "--json")
    assert json.loads(out)[0]["regions"] == [
        "Восточно-Казахстанская область",
        "Туркестанская область",
    ]
    run(capsys, "--officer", "Әсел", "project", "edit", "ЖОБА-1", "--donor", "ЕҚДБ")
    out = run(capsys, "project", "list")[1]
    assert out.strip().endswith("(ЕҚДБ; … – …; East Kazakhstan Region, Turkistan Region)")
    code, _, err = run(
        capsys, "--officer", "Әсел", "project", "edit", "ЖОБА-1", "--regions", "Марс"
    )
    assert code == 1 and "Марс" in err and len(err.strip().splitlines()) == 1
    assert len(json.loads(run(capsys, "project", "list", "--json")[1])[0]["regions"]) == 2
