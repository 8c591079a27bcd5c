"""Reading import workbooks: one clear sentence for a file that cannot be read, and
`row N, column X: reason` for each bad cell."""

from __future__ import annotations

from collections.abc import Iterator
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


class ImportFailed(UserError):
    """Nothing was written; `problems` lists every bad row as `row N, column X: reason`."""

    def __init__(self, problems: list[str], bad_rows: int):
        self.problems = problems
        count = bad_rows
        super().__init__(
            f"Nothing was imported: {count} row{'s' if count != 1 else ''} "
            f"{'have' if count != 1 else 'has'} errors."
        )


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
    path: str | Path, columns: list[Column], sheet_name: str
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yields (Excel row number, {column: raw cell value}) for each non-empty data row.
    Raises UserError if the file is not a readable workbook or its headers are wrong."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise UserError(f"Cannot read '{path}': there is no such file.")
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
            if key not in known:
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
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield number, {k: v for k, v in zip(keys, values, strict=False) if k}
    finally:
        workbook.close()
