"""Malformed import files, for every kind of import, through the command line: one sentence
on stderr, exit status 1, and the database as it was."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from fieldmon.cli import KINDS, main
from fieldmon.db.changes import tracked_models
from fieldmon.db.engine import open_database
from fieldmon.reports.templates import write_template
from fieldmon.services import demo


def table_counts(path: Path) -> dict[str, int]:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return {
                t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
                for t in [*tracked_models(), "history", "change", "instalment"]
            }
    finally:
        db.dispose()


def template(kind: str, path: Path) -> Path:
    write_template(kind, path)
    return path


def headers(kind: str, tmp: Path) -> list[str]:
    sheet = load_workbook(template(kind, tmp / f"t-{kind}.xlsx")).worksheets[0]
    return [c.value for c in sheet[1] if c.value]


def sheet_with(kind: str, tmp: Path, header: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    wb.active.append(header)
    for r in rows:
        wb.active.append(r)
    path = tmp / f"{kind}.xlsx"
    wb.save(path)
    return path


def empty(kind: str, tmp: Path) -> Path:
    path = tmp / "empty.xlsx"
    path.write_bytes(b"")
    return path


def csv_renamed(kind: str, tmp: Path) -> Path:
    path = tmp / "data.xlsx"
    path.write_text(",".join(headers(kind, tmp)) + "\n1,2,3\n", encoding="utf-8")
    return path


def truncated(kind: str, tmp: Path) -> Path:
    good = template(kind, tmp / "good.xlsx").read_bytes()
    path = tmp / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    return path


def password(kind: str, tmp: Path) -> Path:
    """What Excel writes for a workbook with a password: an OLE compound file."""
    path = tmp / "secret.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4088)
    return path


def not_a_workbook_zip(kind: str, tmp: Path) -> Path:
    path = tmp / "photos.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff")
    path.write_bytes(buffer.getvalue())
    return path


def duplicated_header(kind: str, tmp: Path) -> Path:
    names = headers(kind, tmp)
    return sheet_with(kind, tmp, [*names, names[0]], [])


def wrong_header(kind: str, tmp: Path) -> Path:
    names = headers(kind, tmp)
    return sheet_with(kind, tmp, [*names[:-1], "no_such_column"], [])


def formulas(kind: str, tmp: Path) -> Path:
    """Formulas with no stored result (no spreadsheet ever recalculated the file) read as
    empty cells: nothing is guessed, and a sheet of them has no data rows."""
    names = headers(kind, tmp)
    return sheet_with(kind, tmp, names, [["=1+1"] * len(names), ["=A2"] * len(names)])


def merged_cells(kind: str, tmp: Path) -> Path:
    """Cells merged across a row: only the first holds a value, the others read as empty,
    so the row is named with each missing column."""
    names = headers(kind, tmp)
    wb = Workbook()
    ws = wb.active
    ws.append(names)
    ws.append(["merged"] + [None] * (len(names) - 1))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(names))
    path = tmp / "merged.xlsx"
    wb.save(path)
    return path


BAD_FILES: dict[str, Callable[[str, Path], Path]] = {
    "empty file": empty,
    "CSV renamed .xlsx": csv_renamed,
    "truncated zip": truncated,
    "password-protected": password,
    "zip that is not a workbook": not_a_workbook_zip,
    "duplicated header": duplicated_header,
    "wrong header": wrong_header,
    "formulas without results": formulas,
    "merged cells": merged_cells,
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "fieldmon.db"
    db = open_database(path)
    demo.make_demo(db, 10, seed=5)
    db.dispose()
    return path


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("bad", list(BAD_FILES), ids=list(BAD_FILES))
def test_a_malformed_file_is_one_sentence_and_changes_nothing(
    kind: str,
    bad: str,
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDMON_OFFICER", "Ерлан Сапаров")
    path = BAD_FILES[bad](kind, tmp_path)
    before = table_counts(filled)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    code = main(["--db", str(filled), "import", kind, str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert "Traceback" not in err and "unexpected error" not in err
    if bad == "merged cells":  # each bad cell on a line, then the sentence
        assert lines[-1] == "fieldmon: Nothing was imported: 1 row has errors."
        assert lines[:-1] and all(line.startswith("row 2, column ") for line in lines[:-1])
    else:
        assert len(lines) == 1 and lines[0].startswith("fieldmon: "), err
        assert path.name in lines[0] or "Column" in lines[0]
    if bad == "password-protected":
        assert "protected with a password" in lines[0]
    if bad == "formulas without results":
        assert lines[0] == f"fieldmon: '{path.name}' has no data rows to import."
    assert table_counts(filled) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_sheet_past_the_row_limit_is_refused_whole(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The limit (200,000 rows) lowered to 50, so the test writes a small file."""
    from fieldmon.services import workbooks
    from tests.services.test_imports import row, workbook

    monkeypatch.setattr(workbooks, "MAX_ROWS", 50)
    monkeypatch.setenv("FIELDMON_OFFICER", "Ерлан Сапаров")
    filled = Path(shutil.copy(filled, tmp_path / "own.db"))  # this test imports into it
    path = workbook(tmp_path / "big.xlsx", [row() for _ in range(51)])
    before = table_counts(filled)
    assert main(["--db", str(filled), "import", "visits", str(path)]) == 1
    assert capsys.readouterr().err == (
        "fieldmon: 'big.xlsx' has more than 50 rows; split it into files of at most 50 rows "
        "and import them one by one.\n"
    )
    assert table_counts(filled) == before
    fifty = workbook(tmp_path / "fifty.xlsx", [row() for _ in range(50)])
    assert main(["--db", str(filled), "import", "visits", str(fifty)]) == 0
