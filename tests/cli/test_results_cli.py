"""Results frameworks from the command line: `template indicators`, `import indicators` and
`import indicator_values` (all rows or none), `results --project --quarter [--json]`,
`summary --project`, `report --project`; and two officers' manual values merged."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldmon.db.models import Conflict, Indicator, IndicatorValue
from fieldmon.services import indicators, projects
from fieldmon.services.indicators import IndicatorFields
from tests.cli.test_cli import dbfile, run  # noqa: F401 - the fixture
from tests.conftest import Laptops


def _workbook(path: Path, header: list[str], *rows: list[object]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


INDICATOR_HEADER = [
    "project", "code", "title", "level", "measure", "region", "baseline", "target",
    "target_2026", "unit",
]  # fmt: skip


def _framework(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--officer", "Әсел", "project", "add", "жоба-1", "--title", "Шағын несие",
        "--donor", "ЕҚДБ", "--start", "2026-04-01")  # fmt: skip
    path = _workbook(
        tmp_path / "framework.xlsx",
        INDICATOR_HEADER,
        [
            "ЖОБА-1",
            "1.1",
            "Мониторинг сапарлары",
            "Нәтиже 1",
            "visits.count",
            "",
            0,
            20,
            8,
            "сапар",
        ],
        ["жоба-1", "2.1", "Кәсіпкерлер табысы", "Мақсат", "manual", "", "1 000,5", 40, None, "%"],
    )
    code, out, err = run(capsys, "--officer", "Әсел", "import", "indicators", str(path))
    assert (code, err) == (0, "") and out.strip() == "Indicators: 2 added, 0 updated."


def test_a_framework_imported_and_its_results(
    dbfile: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _framework(tmp_path, capsys)
    values = _workbook(
        tmp_path / "values.xlsx",
        ["project", "indicator", "period", "value", "note"],
        ["ЖОБА-1", "2.1", "2026Q2", 3, "Сауалнама"],
        ["ЖОБА-1", "2.1", "2026 q3", "4,5", "Әкімдік есебі"],
    )
    code, out, _ = run(capsys, "--officer", "Әсел", "import", "indicator_values", str(values))
    assert code == 0 and out.strip() == "Indicator values: 2 written or cleared."
    code, out, _ = run(capsys, "results", "--project", "Жоба-1", "--quarter", "2026Q3", "--json")
    data = json.loads(out)
    assert data["project"] == {
        "code": "ЖОБА-1", "title": "Шағын несие", "donor": "ЕҚДБ", "start": "2026-04-01",
        "end": None,
    }  # fmt: skip
    assert data["period"] == {"start": "2026-07-01", "end": "2026-09-30"}
    first, second = data["indicators"]
    assert (first["code"], first["measure"], first["target_year"], first["period"]) == (
        "1.1", "visits.count", 8, 0,
    )  # fmt: skip
    assert second["baseline"] == "1000.5" and second["cumulative"] == "7.5"
    assert second["percent_of_target"] == "0.1875" and second["notes"] == "Әкімдік есебі"
    code, out, _ = run(capsys, "results", "--project", "ЖОБА-1", "--quarter", "2026Q3")
    assert code == 0 and "Project: ЖОБА-1 — Шағын несие" in out
    assert any(line.startswith("2.1") and line.endswith("18.8") for line in out.splitlines())


def test_a_bad_row_imports_nothing(
    dbfile: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "--officer", "Әсел", "project", "add", "ЖОБА-1", "--title", "Шағын несие")
    path = _workbook(
        tmp_path / "bad.xlsx",
        INDICATOR_HEADER,
        ["ЖОБА-1", "1.1", "Сапарлар", "", "visits.count", "", 0, 20, None, ""],
        ["ЖОҚ", "1.2", "Оқытылғандар", "", "training.participants", "", 0, 20, None, ""],
        ["ЖОБА-1", "1.3", "Несие", "", "loans.par30", "", 0, "көп", None, ""],
    )
    code, _, err = run(capsys, "--officer", "Әсел", "import", "indicators", str(path))
    assert code == 1
    assert "row 3, column project: there is no project with the code ЖОҚ" in err
    assert "row 4, column target: 'көп' is not a number" in err
    assert "row 4, column measure: loans.par30 holds several figures" in err
    code, out, _ = run(capsys, "results", "--project", "ЖОБА-1", "--quarter", "2026Q3", "--json")
    assert json.loads(out)["indicators"] == []


def test_summary_and_report_of_one_project(
    dbfile: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _framework(tmp_path, capsys)
    code, out, _ = run(capsys, "summary", "--project", "ЖОБА-1", "--quarter", "2026Q3")
    assert code == 0 and "Project: ЖОБА-1 — Шағын несие" in out
    code, _, err = run(capsys, "summary", "--project", "ЖОҚ", "--quarter", "2026Q3")
    assert code == 1 and "There is no project with the code ЖОҚ." in err
    report = tmp_path / "report.xlsx"
    code, out, _ = run(
        capsys, "report", "--project", "ЖОБА-1", "--quarter", "2026Q3", "-o", str(report)
    )
    assert code == 0
    workbook = openpyxl.load_workbook(report, read_only=True)
    assert workbook.sheetnames[:2] == ["Summary", "Results"]
    codes = [row[0] for row in workbook["Results"].iter_rows(values_only=True) if row]
    assert "1.1" in codes and "2.1" in codes


def test_template_of_indicators_reads_back(
    dbfile: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "indicators.xlsx"
    code, out, _ = run(capsys, "template", "indicators", "-o", str(path))
    assert code == 0 and out.startswith("Wrote the indicators import template")
    header = next(openpyxl.load_workbook(path)["Indicators"].iter_rows(values_only=True))
    assert header[:5] == ("project", "code", "title", "level", "measure")


def test_two_officers_typing_the_same_quarter_is_a_conflict(laptops: Laptops) -> None:
    """Both laptops have the project and its manual indicator; each officer types a value for
    2026Q3: after the exchange both hold one value (the later edit) and a conflict naming the
    other; values of different quarters merge."""
    a, b = laptops.a, laptops.b
    projects.save_project(a, projects.ProjectFields("ЖОБА-1", "Шағын несие"), laptops.officer(a))
    project = projects.project_id("ЖОБА-1")
    fields = IndicatorFields(project, "2.1", "Кәсіпкерлер табысы", "manual", target=Decimal(40))
    indicators.save_indicator(a, fields, laptops.officer(a))
    laptops.exchange()
    indicator = indicators.indicator_id(project, "2.1")
    indicators.set_value(a, indicator, "2026Q2", Decimal(3), "", laptops.officer(a))
    indicators.set_value(a, indicator, "2026Q3", Decimal(5), "Айгерим", laptops.officer(a))
    indicators.set_value(b, indicator, "2026Q3", Decimal(6), "Ерлан", laptops.officer(b))
    laptops.exchange()
    found: set[str] = set()
    for db in (a, b):
        values = indicators.values_of(db, indicator)
        assert [v.period for v in values] == ["2026Q2", "2026Q3"]
        with db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(IndicatorValue)) == 2
            assert session.scalar(select(func.count()).select_from(Indicator)) == 1
            found |= set(session.scalars(select(Conflict.field)))
    # the laptop that received the other's value found the conflict; both keep the later
    assert {"value", "note"} <= found
    assert indicators.values_of(a, indicator) == indicators.values_of(b, indicator)
    assert indicators.values_of(a, indicator)[1].value == Decimal(6)
