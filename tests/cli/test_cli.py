"""The command line: same services, never prompts, one sentence and exit 1 on errors."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldmon import __version__
from fieldmon.cli import main
from fieldmon.db.engine import open_database
from fieldmon.domain.periods import parse_quarter
from fieldmon.services.summary import summary
from tests.services.test_imports import row, workbook


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("FIELDMON_DB", str(path))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fieldmon", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.strip() == f"fieldmon {__version__}"


def test_demo_then_summary_json_equals_the_service(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "demo", "--visits", "120", "--loans", "30", "--trainings", "5")
    assert code == 0 and "Added 120 demo visits, 30 demo loans and 5 demo trainings" in out
    attached = re.search(r"Attached (\d+) demo photos and scans", out)
    assert attached is not None
    code, listed, _ = run(capsys, "attachments", "--json")
    assert code == 0 and len(json.loads(listed)) == int(attached[1]) >= 12
    from datetime import date

    quarter = f"{date.today().year}Q{(date.today().month - 1) // 3 + 1}"
    code, out, _ = run(capsys, "summary", "--quarter", quarter, "--json")
    assert code == 0
    printed = json.loads(out)
    assert printed == summary(open_database(dbfile), parse_quarter(quarter))
    code, out, _ = run(
        capsys, "summary", "--from", "01.01.2000", "--to", date.today().isoformat(), "--json"
    )
    everything = json.loads(out)
    assert everything["visits.count"] == 120 and everything["loans.count"] == 30
    statuses = ("repaid", "overdue", "due_next_quarter", "current")
    assert sum(everything[f"loans.{s}"] for s in statuses) == 30
    assert everything["training.events"] == 5
    people = everything["training.participants"]
    assert 0 < people <= everything["training.participations"]
    assert sum(everything["training.by_age_group"].values()) == people
    assert sum(everything["training.by_category"].values()) == people
    assert (
        everything["training.participants.female"] + everything["training.participants.male"]
        == people
    )


def test_summary_needs_a_period(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "summary")
    assert (
        code == 1
        and err.strip() == "fieldmon: Give a period: --quarter 2026Q3, or --from DATE --to DATE."
    )
    code, _, err = run(capsys, "summary", "--quarter", "2026Q7")
    assert code == 1 and "--quarter" in err
    code, _, err = run(capsys, "summary", "--quarter", "2026Q3", "--region", "Atlantis")
    assert code == 1 and "unknown region 'Atlantis'" in err


def test_summary_by_region(
    dbfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "v.xlsx",
        [row(), row(region="ЮКО", site="Амбулатория", site_type="health_facility")],
    )
    assert run(capsys, "--officer", "Ерлан", "import", "visits", str(path))[0] == 0
    code, out, _ = run(
        capsys, "summary", "--quarter", "2026Q3", "--region", "Туркестанская область", "--json"
    )
    assert json.loads(out)["visits.by_region"] == {"Turkistan Region": 1}


def test_template_writes_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sub" / "template.xlsx"
    code, out, _ = run(capsys, "template", "visits", "-o", str(target))
    assert code == 0 and target.exists()
    assert load_workbook(target).sheetnames == ["Visits", "Columns"]
    assert not list(target.parent.glob(".template-*"))  # no temporary file left


def test_import_needs_an_officer(
    dbfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "v.xlsx", [row()])
    code, _, err = run(capsys, "import", "visits", str(path))
    assert code == 1 and "No officer name" in err


def test_import_officer_from_environment(
    dbfile: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDMON_OFFICER", "Ольга Ким")
    code, out, _ = run(capsys, "import", "visits", str(workbook(tmp_path / "v.xlsx", [row()])))
    assert (
        code == 0
        and out.strip() == "Imported 1 visits (1 new sites, 2 new districts or settlements)."
    )


def test_import_reports_every_bad_row_and_exits_1(
    dbfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "v.xlsx", [row(), row(rating="great"), row(visit_date="yesterday")])
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "visits", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "row 3, column rating: 'great' is not one of: on_track, minor_issues, serious_issues",
        "row 4, column visit_date: 'yesterday' is not a date; write it as dd.mm.yyyy",
        "fieldmon: Nothing was imported: 2 rows have errors.",
    ]
    code, out, _ = run(capsys, "summary", "--from", "01.01.2026", "--to", "31.12.2026", "--json")
    assert json.loads(out)["visits.count"] == 0


def test_a_file_that_is_not_a_workbook_is_one_sentence(dbfile: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("just text")
    done = subprocess.run(
        [sys.executable, "-m", "fieldmon", "--officer", "x", "import", "visits", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert (
        done.stderr
        == "fieldmon: Cannot read 'notes.xlsx': it is not an Excel workbook (.xlsx) or it is damaged.\n"
    )
    assert "Traceback" not in done.stdout + done.stderr


def test_every_command_works_on_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "fresh" / "new.db"
    code, out, _ = run(capsys, "--db", str(db), "summary", "--quarter", "2026Q3", "--json")
    assert code == 0 and json.loads(out)["visits.count"] == 0 and db.exists()


def test_db_accepts_a_sqlalchemy_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "url.db"
    code, _, _ = run(capsys, "--db", f"sqlite:///{db}", "demo", "--visits", "3")
    assert code == 0 and db.exists()


def test_a_bad_database_url_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "nosuchdriver://x", "summary", "--quarter", "2026Q3")
    assert code == 1 and err.startswith("fieldmon: Cannot open the database 'nosuchdriver://x'")


def test_loans_from_template_to_import_to_show(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from tests.services.test_loan_imports import loan_row, loans_file, repayments_file

    code, out, _ = run(capsys, "template", "loans", "-o", str(tmp_path / "t.xlsx"))
    assert code == 0 and (tmp_path / "t.xlsx").is_file()
    loans_path = loans_file(
        tmp_path / "l.xlsx",
        [
            loan_row(
                principal=1000,
                currency="USD",
                method="declining",
                term_months=3,
                disbursed_on="31.12.2025",
                first_due_on="31.01.2026",
                approved_on=None,
            )
        ],
    )
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "loans", str(loans_path))
    assert (code, out.strip(), err) == (0, "Imported 1 loan (1 new person).", "")
    pays = repayments_file(
        tmp_path / "r.xlsx",
        [{"loan_no": "MC-1", "paid_on": date(2026, 1, 31), "amount": "340.02", "receipt_no": "7"}],
    )
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "repayments", str(pays))
    assert (code, out.strip()) == (0, "Posted 1 repayment.")
    code, out, err = run(capsys, "loans", "show", "mc-1", "--as-of", "10.03.2026", "--json")
    data = json.loads(out)
    assert code == 0
    assert [line["total"] for line in data["schedule"]] == ["340.02", "340.02", "340.03"]
    assert [line["paid"] for line in data["schedule"]] == ["340.02", "0.00", "0.00"]
    assert (data["status"], data["days_in_arrears"], data["outstanding_principal"]) == (
        "overdue",
        10,
        "669.98",
    )
    code, out, _ = run(capsys, "summary", "--quarter", "2026Q1", "--json")
    figures = json.loads(out)
    assert figures["loans.count"] == 1 and figures["loans.overdue"] == 1
    assert figures["repayments.amount"] == {"USD": "340.02"}
    assert figures["loans.outstanding"] == {"USD": "669.98"}


def test_loans_show_of_an_unknown_loan(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "loans", "show", "NOPE-1")
    assert (code, out) == (1, "")
    assert err.strip() == "fieldmon: There is no loan number NOPE-1."


def test_a_bad_repayments_file_prints_each_row(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.test_loan_imports import repayments_file

    pays = repayments_file(
        tmp_path / "r.xlsx",
        [{"loan_no": "X-1", "paid_on": "31.02.2026", "amount": "x", "receipt_no": ""}],
    )
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "repayments", str(pays))
    assert code == 1
    assert err.splitlines() == [
        "row 2, column loan_no: there is no loan number X-1",
        "row 2, column paid_on: '31.02.2026' is not a real date",
        "row 2, column amount: 'x' is not an amount",
        "row 2, column receipt_no: required",
        "fieldmon: Nothing was imported: 1 row has errors.",
    ]


def test_trainings_and_attendance_from_template_to_import_to_summary(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.test_training_imports import attendance_file, event, events_file, person

    for kind in ("trainings", "attendance"):
        code, out, _ = run(capsys, "template", kind, "-o", str(tmp_path / f"{kind}.xlsx"))
        assert (code, out.strip()) == (
            0,
            f"Wrote the {kind} import template to {tmp_path / kind}.xlsx.",
        )
    events = events_file(tmp_path / "e.xlsx", [event(), event(training_code="TR-2", days=2)])
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "trainings", str(events))
    assert (code, out.strip(), err) == (0, "Imported 2 trainings.", "")
    code, out, _ = run(capsys, "--officer", "Ерлан", "import", "trainings", str(events))
    assert out.strip() == "Imported 0 trainings (2 already recorded, left as they were)."
    sheet = attendance_file(
        tmp_path / "a.xlsx", [person(), person(training_code="TR-2", day_3=None)]
    )
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "attendance", str(sheet))
    assert (code, out.strip(), err) == (
        0,
        "Imported attendance of 2 participants (1 new person).",
        "",
    )
    code, out, _ = run(capsys, "summary", "--quarter", "2026Q3", "--json")
    figures = json.loads(out)
    assert (figures["training.events"], figures["training.participations"]) == (2, 2)
    assert (figures["training.participants"], figures["training.completed"]) == (1, 2)
    bad = attendance_file(tmp_path / "bad.xlsx", [person(day_1="maybe")])
    code, out, err = run(capsys, "--officer", "Ерлан", "import", "attendance", str(bad))
    assert code == 1
    assert err.splitlines() == [
        "row 2, column day_1: 'maybe' is not a mark; write x for present, leave empty if absent",
        "fieldmon: Nothing was imported: 1 row has errors.",
    ]


def test_report_writes_the_workbook_summary_json_describes(
    dbfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.reports.conftest import key_rows, same

    assert run(capsys, "demo", "--visits", "150", "--loans", "20", "--trainings", "4")[0] == 0
    quarter = "2026Q3"
    target = tmp_path / "out" / "report.xlsx"
    code, out, err = run(
        capsys,
        "report",
        "--quarter",
        quarter,
        "--region",
        "ВКО",
        "--lang",
        "ru",
        "--title",
        "Проект «Жасыл Ел»",
        "-o",
        str(target),
    )
    assert code == 0 and err == "" and out.startswith(f"Wrote the 2026Q3 report to {target}")
    code, out, _ = run(capsys, "summary", "--quarter", quarter, "--region", "ВКО", "--json")
    printed = json.loads(out)
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Сводка", "Визиты"]
    summary_sheet = book["Сводка"]
    assert summary_sheet["A1"].value == "Проект «Жасыл Ел»"
    assert summary_sheet["B3"].value == "Восточно-Казахстанская область"
    written = key_rows(summary_sheet)
    assert same(written["visits.count"][0], printed["visits.count"])
    for cur, amount in printed["loans.outstanding"].items():
        assert same(written[f"loans.outstanding[{cur}]"][0], amount)


def test_report_errors_are_one_sentence(
    dbfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "report", "-o", str(tmp_path / "r.xlsx"))
    assert code == 1 and "Give a period" in err
    code, _, err = run(capsys, "report", "--quarter", "2026Q3", "-o", str(tmp_path / "r.csv"))
    assert code == 1 and err.strip().endswith("give a file name ending in .xlsx.")
    code, _, err = run(
        capsys, "report", "--quarter", "2026Q3", "--region", "Atlantis", "-o", "r.xlsx"
    )
    assert code == 1 and "unknown region 'Atlantis'" in err
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "report", "--quarter", "2026Q3", "-o", str(blocker / "r.xlsx"))
    assert code == 1 and err.startswith(f"fieldmon: Cannot write {blocker / 'r.xlsx'}")
    assert len(err.strip().splitlines()) == 1
    assert not [p for p in tmp_path.rglob("*") if p.suffix == ".xlsx"]  # not even a temporary


def test_package_export_import_and_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDMON_OFFICER", "Ерлан Сапаров")
    laptop, office = str(tmp_path / "laptop.db"), str(tmp_path / "office.db")
    package = str(tmp_path / "usb" / "erlan.fmpkg")
    assert run(capsys, "--db", laptop, "demo", "--visits", "12")[0] == 0
    code, out, _ = run(capsys, "--db", laptop, "package", "export", "-o", package)
    assert code == 0 and out.startswith("Wrote ") and "  visit               12\n" in out
    code, out, _ = run(capsys, "--db", office, "package", "import", package)
    assert code == 0 and "visit          new      12  updated       0" in out
    code, out, _ = run(capsys, "--db", office, "package", "import", package)
    assert (code, out) == (
        0,
        "Nothing new: everything in erlan.fmpkg is already in this database.\n",
    )
    # Nothing changed on the laptop since: the next package to the same folder is empty.
    code, out, _ = run(capsys, "--db", laptop, "package", "export", "-o", package + "2.fmpkg")
    assert code == 0 and out.startswith("Nothing changed since the last export to ")
    summaries = [
        json.loads(run(capsys, "--db", db, "summary", "--quarter", "2026Q3", "--json")[1])
        for db in (laptop, office)
    ]
    assert summaries[0] == summaries[1]
    assert run(capsys, "--db", office, "conflicts")[1] == "No conflicts wait for review.\n"


def test_a_damaged_package_is_refused_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDMON_OFFICER", "Ерлан Сапаров")
    laptop, office = str(tmp_path / "laptop.db"), str(tmp_path / "office.db")
    package = tmp_path / "erlan.fmpkg"
    run(capsys, "--db", laptop, "demo", "--visits", "3")
    run(capsys, "--db", laptop, "package", "export", "--all", "-o", str(package))
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0xFF
    package.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", office, "package", "import", str(package))
    assert code == 1 and out == ""
    assert err.startswith("fieldmon: ") and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", office, "summary", "--quarter", "2026Q3", "--json")
    assert json.loads(out)["visits.count"] == 0


@pytest.mark.parametrize(
    ("argv", "package"),
    [
        (["Пакет Әсел.FMPKG"], "Пакет Әсел.FMPKG"),
        (["--db", "officer.fmpkg.db", "--lang", "kk", "a.fmpkg"], "a.fmpkg"),
        (["--password-file", "x.fmpkg", "gui", "b.fmpkg"], "b.fmpkg"),
    ],
)
def test_a_double_clicked_package_starts_the_window_with_it(argv: list[str], package: str) -> None:
    """A file manager runs `fieldmon FILE.fmpkg`: the window's command, with the package."""
    from fieldmon.cli import build_parser, cli_translator, package_shortcut

    args = build_parser(cli_translator("en")).parse_args(package_shortcut(argv))
    assert args.command == "gui" and args.package == package


def test_a_command_word_is_never_taken_for_a_package() -> None:
    from fieldmon.cli import package_shortcut

    assert package_shortcut(["package", "import", "x.fmpkg"]) == ["package", "import", "x.fmpkg"]
    assert package_shortcut(["--db", "a.fmpkg"]) == ["--db", "a.fmpkg"]
