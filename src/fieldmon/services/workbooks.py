"""Reading import workbooks: one clear sentence for a file that cannot be read, and
`row N, column X: reason` for each bad cell."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fieldmon.domain.errors import UserError


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    description: str
    example: str = ""
    choices: tuple[str, ...] = ()


OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# One import is one transaction, holding the database while it runs; a sheet up to Excel's
# 1,048,576 rows is refused in one sentence (split it) instead of running for an hour.
MAX_ROWS = 200_000


class ImportFailed(UserError):
    """Nothing was written; `problems` lists every bad row as `row N, column X: reason`."""

    def __init__(self, problems: list[str], bad_rows: int):
        self.problems = problems
        self.bad_rows = count = bad_rows
        super().__init__(
            f"Nothing was imported: {count} row{'s' if count != 1 else ''} "
            f"{'have' if count != 1 else 'has'} errors."
        )


class ImportCancelled(UserError):
    """The user pressed Cancel; the import's transaction is rolled back."""


def stop_if_asked(should_stop: Callable[[], bool] | None) -> None:
    """Called between rows: raises ImportCancelled once the user has asked to stop."""
    if should_stop is not None and should_stop():
        raise ImportCancelled("The import was cancelled; nothing was imported.")


def no_data_rows(path: str | Path) -> UserError:
    return UserError(f"'{Path(path).name}' has no data rows to import.")


class RowProblems:
    """Collects `row N, column X: reason` lines in the columns' order; `raise_if_any` raises
    ImportFailed with all of them."""

    def __init__(self, columns: list[Column]):
        self._order = [c.name for c in columns]
        self.lines: list[str] = []
        self.bad_rows = 0

    def add(self, number: int, problems: dict[str, str]) -> None:
        if not problems:
            return
        self.bad_rows += 1
        rank = {name: i for i, name in enumerate(self._order)}
        for column in sorted(problems, key=lambda c: rank.get(c, len(rank))):
            self.lines.append(f"row {number}, column {column}: {problems[column]}")

    def raise_if_any(self) -> None:
        if self.lines:
            raise ImportFailed(self.lines, self.bad_rows)


def as_reason(message: str) -> str:
    """'The date must...' → 'the date must...', to follow 'row N, column X: '."""
    message = message.rstrip(".")
    return message[:1].lower() + message[1:]


def parse_cells(
    values: dict[str, Any], parsers: dict[str, Any], required: set[str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Each column's cell through its parser (ValueError → a problem); empty cells are None,
    or 'required'. Columns without a parser come back as text."""
    parsed: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for column, raw in values.items():
        if column not in parsers:
            parsed[column] = cell_text(raw)
    for column, parse in parsers.items():
        raw = values.get(column)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            parsed[column] = None
            if column in required:
                problems[column] = "required"
            continue
        try:
            parsed[column] = parse(raw)
        except ValueError as exc:
            problems[column] = as_reason(str(exc))
    for column in required - set(parsers):
        if not parsed.get(column):
            problems[column] = "required"
    return parsed, problems


def whole_number(value: Any) -> int:
    text = cell_text(value)
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a whole number") from None


def header_key(value: Any) -> str:
    return "_".join(str(value).strip().lower().split()) if value is not None else ""


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a spurious '.0', dates as dd.mm.yyyy."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def read_rows(
    path: str | Path,
    columns: list[Column],
    sheet_name: str,
    extra: re.Pattern[str] | None = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yields (Excel row number, {column: raw cell value}) for each non-empty data row.
    Header names matching `extra` (day_1, day_2, ...) are accepted beside `columns`.
    Raises UserError if the file is not a readable workbook or its headers are wrong."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise UserError(f"Cannot read '{path}': there is no such file.")
    with open(path, "rb") as f:
        start = f.read(8)
    if start == OLE_SIGNATURE:  # an encrypted .xlsx, or an old .xls, is an OLE file
        raise UserError(
            f"Cannot read '{path.name}': it is protected with a password or is an old .xls "
            "workbook; save it as .xlsx without a password and import that."
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise UserError(
            f"Cannot read '{path.name}': it is not an Excel workbook (.xlsx) or it is damaged."
        ) from None
    try:
        sheet = (
            workbook[sheet_name] if sheet_name in workbook.sheetnames else workbook.worksheets[0]
        )
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or not any(cell is not None for cell in header):
            raise UserError(f"'{path.name}' has no header row; start from `fieldmon template`.")
        keys = [header_key(h) for h in header]
        known = {c.name for c in columns}
        seen: set[str] = set()
        for key in keys:
            if not key:
                continue
            if key in seen:
                raise UserError(f"Column '{key}' appears twice in the header row.")
            if key not in known and not (extra is not None and extra.fullmatch(key)):
                raise UserError(
                    f"Column '{key}' is not an import column; expected: "
                    + ", ".join(c.name for c in columns)
                    + "."
                )
            seen.add(key)
        missing = [c.name for c in columns if c.required and c.name not in seen]
        if missing:
            raise UserError("The header row lacks the column(s): " + ", ".join(missing) + ".")
        for number, values in enumerate(rows, start=2):
            if number > MAX_ROWS + 1:
                raise UserError(
                    f"'{path.name}' has more than {MAX_ROWS:,} rows; split it into files of "
                    f"at most {MAX_ROWS:,} rows and import them one by one."
                )
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield number, {k: v for k, v in zip(keys, values, strict=False) if k}
    finally:
        workbook.close()
