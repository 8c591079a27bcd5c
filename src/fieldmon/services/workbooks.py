"""Reading import workbooks: one clear sentence for a file that cannot be read, and
`row N, column X: reason` for each bad cell.

Every sentence is a `Message` (an English template marked for translation, and its values),
rendered in the user's language where it is shown; `row N, column X: reason` keeps the
column as the template's header writes it (visit_date), in every language.

The `project` column (`PROJECT_COLUMN`) is shared by the visits, loans and trainings imports:
a project's code in any case, looked up once per distinct code (`ProjectCodes`).

Columns naming evidence files (the visits' `photos`, the attendance sheet's `sign_in_sheet`)
are read with `file_entries` and checked and attached by `EvidenceFiles`."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from fieldmon.domain.choices import Choice
from fieldmon.domain.errors import InvalidValue, UserError, reason_of
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message, translate
from fieldmon.domain.visits import NOT_A_WHOLE_NUMBER, REQUIRED
from fieldmon.services import evidence, projects


@dataclass(frozen=True)
class Column:
    """One column of an import sheet. `description` is English marked for translation;
    `choices` are the codes a choice column accepts and `labels` their English labels (marked
    for translation), in the same order: a translated template offers the labels, which the
    import accepts as it accepts the codes. A column with choices but no labels (currency)
    offers its codes in every language. `aliases` are other header names read as this
    column (a header typed in Russian or Kazakh, as `header_key` writes it)."""

    name: str
    required: bool
    description: str
    example: str = ""
    choices: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


def choice_column(
    name: str, required: bool, description: str, example: str, choice: type[Choice]
) -> Column:
    """A column whose values are the codes (or labels, in any language) of `choice`."""
    labels = choice.labels()
    return Column(name, required, description, example, tuple(labels), tuple(labels.values()))


OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# One import is one transaction, holding the database while it runs; a sheet up to Excel's
# 1,048,576 rows is refused in one sentence (split it) instead of running for an hour.
MAX_ROWS = 200_000

ROW_PROBLEM = QT_TRANSLATE_NOOP("fieldmon", "row {row}, column {column}: {reason}")
NOTHING_IMPORTED = translate("fieldmon", "Nothing was imported: %n row(s) have errors.", None, 0)
CANCELLED = QT_TRANSLATE_NOOP("fieldmon", "The import was cancelled; nothing was imported.")
NO_DATA_ROWS = QT_TRANSLATE_NOOP("fieldmon", "'{name}' has no data rows to import.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("fieldmon", "Cannot read '{name}': there is no such file.")
PROTECTED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "Cannot read '{name}': it is protected with a password or is an old .xls workbook; "
    "save it as .xlsx without a password and import that.",
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "fieldmon", "Cannot read '{name}': it is not an Excel workbook (.xlsx) or it is damaged."
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "fieldmon", "'{name}' has no header row; start from `fieldmon template`."
)
COLUMN_TWICE = QT_TRANSLATE_NOOP("fieldmon", "Column '{column}' appears twice in the header row.")
NOT_A_COLUMN = QT_TRANSLATE_NOOP(
    "fieldmon", "Column '{column}' is not an import column; expected: {expected}."
)
COLUMNS_MISSING = QT_TRANSLATE_NOOP("fieldmon", "The header row lacks the column(s): {columns}.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{name}' has more than {max} rows; split it into files of at most {max} rows and "
    "import them one by one.",
)
REQUIRED_REASON = Message(REQUIRED).as_reason()
UNKNOWN_REGION = QT_TRANSLATE_NOOP("fieldmon", "Unknown region '{name}'.")
PROJECT_COLUMN = Column(
    "project",
    False,
    QT_TRANSLATE_NOOP(
        "fieldmon",
        "Code of the project the record belongs to, in any case (see `fieldmon project list`); "
        "empty = no project.",
    ),
    "",  # no example: a code must name a project of the database the file goes into
    aliases=("проект", "жоба"),  # the header in Russian, in Kazakh
)


def problem_line(row: int, column: str, reason: Message) -> Message:
    """`row N, column X: reason`; the reason is already shaped to follow (`reason()`)."""
    return Message(ROW_PROBLEM, {"row": row, "column": column, "reason": reason})


class ImportFailed(UserError):
    """Nothing was written. `messages` has every bad cell as `row N, column X: reason`, to be
    rendered in the user's language; `problems` is the same lines in English (logs, tests)."""

    def __init__(self, messages: list[Message], bad_rows: int):
        self.messages = messages
        self.bad_rows = bad_rows
        super().__init__(NOTHING_IMPORTED, n=bad_rows)

    @property
    def problems(self) -> list[str]:
        return [line.render() for line in self.messages]


class ImportCancelled(UserError):
    """The user pressed Cancel; the import's transaction is rolled back."""


def stop_if_asked(should_stop: Callable[[], bool] | None) -> None:
    """Called between rows: raises ImportCancelled once the user has asked to stop."""
    if should_stop is not None and should_stop():
        raise ImportCancelled(CANCELLED)


def no_data_rows(path: str | Path) -> UserError:
    return UserError(NO_DATA_ROWS, name=Path(path).name)


class RowProblems:
    """Collects `row N, column X: reason` lines (Messages) in the columns' order;
    `raise_if_any` raises ImportFailed with all of them."""

    def __init__(self, columns: list[Column]):
        self._order = [c.name for c in columns]
        self.lines: list[Message] = []
        self.bad_rows = 0

    def add(self, number: int, problems: Mapping[str, Message]) -> None:
        if not problems:
            return
        self.bad_rows += 1
        rank = {name: i for i, name in enumerate(self._order)}
        for column in sorted(problems, key=lambda c: rank.get(c, len(rank))):
            self.lines.append(problem_line(number, column, problems[column]))

    def raise_if_any(self) -> None:
        if self.lines:
            raise ImportFailed(self.lines, self.bad_rows)


def project_code(value: Any) -> str:
    """The `project` cell's parser: a project's code as stored (capitals)."""
    return projects.normalize_code(cell_text(value))


class ProjectCodes:
    """The `project` column's codes → project ids, for one import: each distinct code is
    looked up once, however many rows name it (an import may have 30,000 rows)."""

    def __init__(self, session: Session):
        self._session = session
        self._found: dict[str, uuid.UUID | Message] = {}

    def lookup(self, code: str | None) -> tuple[uuid.UUID | None, Message | None]:
        """(the live project's id, None), (None, None) for an empty cell, or (None, the
        reason for `row N, column project: `) for a code that is not a live project."""
        if not code:
            return None, None
        if code not in self._found:
            try:
                self._found[code] = projects.by_code(self._session, code).id
            except UserError as exc:
                self._found[code] = reason_of(exc)
        found = self._found[code]
        return (None, found) if isinstance(found, Message) else (found, None)


def reason(template: str, **params: Any) -> Message:
    """A reason for `row N, column X: ` from a sentence template marked for translation
    (its first letter made small, its full stop dropped, in every language)."""
    return Message(template, params).as_reason()


def fragment(template: str, **params: Any) -> Message:
    """A reason whose template starts with a value ('{code} is also on row {row}'), written
    as it follows `row N, column X: ` (no capital, no full stop), so it is shown as it is:
    a reason's first letter is made small, which would change the value."""
    return Message(template, params)


def parse_cells(
    values: dict[str, Any], parsers: dict[str, Any], required: set[str]
) -> tuple[dict[str, Any], dict[str, Message]]:
    """Each column's cell through its parser (ValueError → a problem); empty cells are None,
    or 'required'. Columns without a parser come back as text."""
    parsed: dict[str, Any] = {}
    problems: dict[str, Message] = {}
    for column, raw in values.items():
        if column not in parsers:
            parsed[column] = cell_text(raw)
    for column, parse in parsers.items():
        raw = values.get(column)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            parsed[column] = None
            if column in required:
                problems[column] = REQUIRED_REASON
            continue
        try:
            parsed[column] = parse(raw)
        except ValueError as exc:
            problems[column] = reason_of(exc)
    for column in required - set(parsers):
        if not parsed.get(column):
            problems[column] = REQUIRED_REASON
    return parsed, problems


def whole_number(value: Any) -> int:
    text = cell_text(value)
    try:
        return int(text)
    except ValueError:
        raise InvalidValue(NOT_A_WHOLE_NUMBER, value=text) from None


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
        raise UserError(NO_SUCH_FILE, name=str(path))
    with open(path, "rb") as f:
        start = f.read(8)
    if start == OLE_SIGNATURE:  # an encrypted .xlsx, or an old .xls, is an OLE file
        raise UserError(PROTECTED, name=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise UserError(NOT_A_WORKBOOK, name=path.name) from None
    try:
        sheet = (
            workbook[sheet_name] if sheet_name in workbook.sheetnames else workbook.worksheets[0]
        )
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or not any(cell is not None for cell in header):
            raise UserError(NO_HEADER, name=path.name)
        written = [header_key(h) for h in header]
        # Header as written → the column it is; the rows are keyed by the column's name.
        names = {alias: c.name for c in columns for alias in (c.name, *c.aliases)}
        keys = [names.get(key, key) for key in written]
        seen: set[str] = set()
        for key, as_written in zip(keys, written, strict=True):
            if not key:
                continue
            if key in seen:
                raise UserError(COLUMN_TWICE, column=as_written)
            if key not in names and not (extra is not None and extra.fullmatch(key)):
                raise UserError(
                    NOT_A_COLUMN, column=key, expected=", ".join(c.name for c in columns)
                )
            seen.add(key)
        missing = [c.name for c in columns if c.required and c.name not in seen]
        if missing:
            raise UserError(COLUMNS_MISSING, columns=", ".join(missing))
        for number, values in enumerate(rows, start=2):
            if number > MAX_ROWS + 1:
                raise UserError(TOO_MANY_ROWS, name=path.name, max=f"{MAX_ROWS:,}")
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield number, {k: v for k, v in zip(keys, values, strict=False) if k}
    finally:
        workbook.close()


# --- evidence files named in a cell -----------------------------------------------------------

FILE_SEPARATOR = ";"
# Two reasons about one cell, each naming its file: punctuation only, nothing to translate.
BOTH_REASONS = "{first}; {rest}"


def file_entries(value: Any) -> list[str]:
    """A cell naming files (`photos`, `sign_in_sheet`): the entries between `;`, blanks left
    out (a `;` at the end is harmless)."""
    return [part.strip() for part in cell_text(value).split(FILE_SEPARATOR) if part.strip()]


def _joined(reasons: list[Message]) -> Message | None:
    """Every bad file of a cell in one reason, `'a.jpg': …; 'b.jpg': …`: an officer fixes the
    cell once instead of importing again to learn of the next file."""
    if not reasons:
        return None
    found = reasons[-1]
    for earlier in reversed(reasons[:-1]):
        found = Message(BOTH_REASONS, {"first": earlier, "rest": found})
    return found


class EvidenceFiles:
    """The files an import's cells name, each checked with `evidence.read` as its row is read
    (missing, not what its name says, cut short, over the size limit, an image bomb: a
    reason `'name as written': why`) and attached at once to the row's record when it has
    one, in the import's transaction: if any row fails, the import's rollback takes the files
    with it.

    A name is relative to the workbook's folder (`photos/IMG_0412.jpg`, with `/` or `\\`) or
    absolute. Memory: one file is held at a time, from reading it to attaching it; nothing
    of a 1,000-photo import piles up (the session's identity map holds a stored blob only
    weakly, and the bytes wait in the database's transaction, not in Python). Once
    any row has failed nothing will be kept, so the files of the rows after it are only
    checked (`owner=None`), not written. A file found bad is not read again for the next row
    naming it, and one already attached to the same record (a sign-in sheet named on each
    participant's row) is not read again either."""

    def __init__(self, workbook: str | Path, officer: str):
        self.folder = Path(workbook).resolve().parent
        self.officer = officer
        self._bad: dict[Path, Message] = {}
        self._attached: set[tuple[evidence.Owner, Path, int | None]] = set()

    def path(self, name: str) -> Path:
        """Where a name as written points: an absolute path stays as it is."""
        return self.folder / Path(name.replace("\\", "/"))

    def take(
        self,
        session: Session,
        entries: Iterable[tuple[str, int | None]],
        owner: evidence.Owner | None,
    ) -> Message | None:
        """Check each (name as written, day) and attach it to `owner` (None: only check);
        the reason for `row N, column X: ` naming every bad file, or None."""
        reasons: list[Message] = []
        for name, day in entries:
            path = self.path(name)
            if path in self._bad:
                reasons.append(self._bad[path])
                continue
            if owner is not None and (owner, path, day) in self._attached:
                continue
            try:
                data, found = evidence.read(path, name)
            except ValueError as exc:  # a FileProblem, or a name no file has (a NUL in it)
                problem = (
                    exc
                    if isinstance(exc, evidence.FileProblem)
                    else evidence.FileProblem(name, evidence.NO_SUCH_FILE)
                )
                self._bad[path] = reason_of(problem)
                reasons.append(self._bad[path])
                continue
            if owner is not None and not reasons:
                evidence.attach(session, owner, data, found, path.name, self.officer, day=day)
                self._attached.add((owner, path, day))
            del data  # before the next file is read
        return _joined(reasons)
