"""No personal data in the clear outside the database: the log file masks IINs, phones and
passwords (in messages and tracebacks), the quarterly workbook has no IIN or phone, and a
PostgreSQL URL's password is never shown while its sslmode reaches the driver."""

from __future__ import annotations

import io
import logging
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Column, MetaData, String, Table, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from fieldmon import cli
from fieldmon.db.engine import open_database, shown_url
from fieldmon.db.models import Person
from fieldmon.domain.errors import UserError
from fieldmon.domain.iin import make_iin
from fieldmon.logs import IIN_MASK, PHONE_MASK, MaskingFilter, mask, masked_handler, setup_logging
from tests.conftest import OFFICER
from tests.services.test_loan_imports import loan_row, loans_file

IIN = make_iin(date(1988, 5, 14), "female", 40)
IIN_2 = make_iin(date(1979, 11, 2), "male", 77)
PHONE = "+7 (701) 555-12-34"
PHONE_DIGITS = "7015551234"
PHONE_2 = "8 777 321 09 87"
PHONE_2_DIGITS = "7773210987"
NAME = "Әлия Қасымқызы Нұрланова"
NAME_2 = "Ерғали Өтегенұлы Жұмабаев"
TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def log_text() -> str:
    """Every log file fieldmon wrote in this test session (rotated ones too)."""
    path = setup_logging()
    for handler in logging.getLogger("fieldmon").handlers:
        handler.flush()
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(path.parent.glob(path.name + "*"))
    )


def assert_nothing_personal(text: str) -> None:
    for secret in (IIN, IIN_2):
        assert secret not in text
    assert not TWELVE_DIGITS.search(text)
    for phone in (PHONE_DIGITS, PHONE_2_DIGITS):
        assert phone not in digits(text)


# -- the masking itself --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (f"person {IIN} saved", f"person {IIN_MASK} saved"),
        (f"iin={IIN};", f"iin={IIN_MASK};"),
        ("BIN 120340012345 of the partnership", f"BIN {IIN_MASK} of the partnership"),
        (f"call {PHONE} today", f"call {PHONE_MASK} today"),
        ("8 (701) 555 12 34", PHONE_MASK),
        ("+77015551234", PHONE_MASK),
        ("87015551234", PHONE_MASK),
        ("8-701-555-12-34", PHONE_MASK),
        ("7015551234", PHONE_MASK),
        (
            "cannot open postgresql+psycopg://officer:s3cr3t@db.example.kz/fm?sslmode=require",
            "cannot open postgresql+psycopg://officer:***@db.example.kz/fm?sslmode=require",
        ),
        ("host=db user=officer password=s3cr3t sslmode=require", "password=*** sslmode"),
        ("PGPASSWORD=s3cr3t psql", "PGPASSWORD=*** psql"),
        ("{'password': 's3cr3t', 'user': 'officer'}", "{'password': '***', 'user'"),
        ('{"passphrase": "team secret 2026"}', '{"passphrase": "***"}'),
        ("[SQL: PRAGMA key = 's3cr3t ]; it''s']\n", "[SQL: PRAGMA key = ***]\n"),
        ("PRAGMA main.rekey = \"x'2DD29CA8'\"; SELECT 1", "PRAGMA main.rekey = ***; SELECT 1"),
        (
            "[SQL: INSERT INTO people (iin) VALUES (?)]\n[parameters: ('Әлия', '8 701 555')]\n(x)",
            "[SQL: INSERT INTO people (iin) VALUES (?)]\n[parameters: hidden]\n(x)",
        ),
    ],
)
def test_mask(given: str, expected: str) -> None:
    masked = mask(given)
    assert expected in masked
    assert "s3cr3t" not in masked and IIN not in masked and PHONE_DIGITS not in digits(masked)


@pytest.mark.parametrize(
    "harmless",
    [
        "2026-12-01 06:30:39,123 INFO fieldmon.cli: imported 1000000 rows",
        "visit 1234abcd-8123-4567-8901-abcdefabcdef saved",
        "principal 1 000 000 KZT, 12 instalments, 18.05.1988",
        "a 13-digit number 1880514400123 is no IIN",
        "wrong password; ask again",
    ],
)
def test_mask_leaves_ordinary_lines_alone(harmless: str) -> None:
    assert mask(harmless) == harmless


def real_integrity_error() -> IntegrityError:
    engine = create_engine("sqlite://", hide_parameters=False)
    people = Table(
        "people",
        MetaData(),
        Column("iin", String, unique=True),
        Column("full_name", String),
        Column("phone", String),
    )
    people.metadata.create_all(engine)
    try:
        with engine.begin() as conn:
            for _ in range(2):
                conn.execute(people.insert().values(iin=IIN, full_name=NAME, phone=PHONE))
    except IntegrityError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the second insert should have failed")


def test_a_sqlalchemy_traceback_is_logged_without_its_parameters() -> None:
    error = real_integrity_error()
    assert IIN in str(error)  # what SQLAlchemy itself would write
    stream = io.StringIO()
    logger = logging.getLogger("fieldmon.tests.privacy")
    handler = masked_handler(logging.StreamHandler(stream))
    logger.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"saving {NAME} ({IIN}, {PHONE}) failed") from error
        except RuntimeError:
            logger.exception("could not save a person with IIN %s and phone %s", IIN, PHONE)
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "Traceback" in written and "UNIQUE constraint failed: people.iin" in written
    assert "[parameters: hidden]" in written and IIN_MASK in written and PHONE_MASK in written
    assert_nothing_personal(written)


def test_the_filter_masks_for_any_formatter() -> None:
    """The filter changes the record itself, so a handler with a plain formatter (or a
    second handler on the same record) sees it masked too."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskingFilter())
    logger = logging.getLogger("fieldmon.tests.privacy.plain")
    logger.addHandler(handler)
    try:
        try:
            raise ValueError(f"bad person {IIN} {PHONE_2}")
        except ValueError:
            logger.error("import of %s failed", NAME, exc_info=True)
        logger.warning("url %s", "postgresql://officer:s3cr3t@host/db", stack_info=True)
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert NAME in written and "ValueError: bad person" in written and "Stack (most" in written
    assert_nothing_personal(written)
    assert "s3cr3t" not in written


def test_every_fieldmon_handler_masks() -> None:
    setup_logging()
    handlers = logging.getLogger("fieldmon").handlers
    assert handlers
    for handler in handlers:
        assert any(isinstance(f, MaskingFilter) for f in handler.filters)


# -- a full session through the command line ------------------------------------------------


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "privacy.db"
    monkeypatch.setenv("FIELDMON_DB", str(path))
    monkeypatch.setenv("FIELDMON_OFFICER", OFFICER)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def borrowers(tmp_path: Path) -> Path:
    return loans_file(
        tmp_path / "займы.xlsx",
        [
            loan_row(loan_no="MC-7", borrower_name=NAME, birth_year=1988, iin=IIN, phone=PHONE),
            loan_row(
                loan_no="MC-8",
                borrower_name=NAME_2,
                sex="м",
                birth_year=1979,
                iin=IIN_2,
                phone=PHONE_2,
            ),
        ],
    )


def test_logs_after_a_full_session_contain_no_iin_phone_or_password(
    dbfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Loans with Kazakh names, real IINs and phones.
    code, out, err = run(capsys, "import", "loans", str(borrowers(tmp_path)))
    assert code == 0, err
    # A failing import: a wrong IIN check digit and a bad phone; the rows are named.
    wrong_iin = IIN[:-1] + str((int(IIN[-1]) + 1) % 10)
    bad = loans_file(
        tmp_path / "bad.xlsx",
        [
            loan_row(
                loan_no="MC-9", borrower_name=NAME, birth_year=1988, iin=wrong_iin, phone="8 70"
            )
        ],
    )
    code, _, err = run(capsys, "import", "loans", str(bad))
    assert code == 1 and "row 2" in err.lower()
    # Unexpected errors whose text holds personal data: a database error quoting its
    # parameters, and an exception naming a person.
    integrity = real_integrity_error()

    def broken_summary(_args: Any) -> int:
        raise RuntimeError(f"summary broke on {NAME} {IIN} {PHONE_2}") from integrity

    monkeypatch.setitem(cli.COMMANDS, "summary", broken_summary)
    code, _, err = run(capsys, "summary", "--quarter", "2026Q1")
    assert code == 1 and "unexpected error" in err
    monkeypatch.undo()
    monkeypatch.setenv("FIELDMON_DB", str(dbfile))
    monkeypatch.setenv("FIELDMON_OFFICER", OFFICER)
    # A careless log line in any fieldmon module.
    logging.getLogger("fieldmon.services.loans").warning(
        "borrower %s iin=%s phone=%s", NAME, IIN_2, PHONE_2
    )
    # A package to another database and back in.
    package = tmp_path / "usb" / "пакет.fmpkg"
    code, _, err = run(capsys, "package", "export", "--all", "-o", str(package))
    assert code == 0, err
    other = tmp_path / "coordinator.db"
    code, _, err = run(capsys, "--db", str(other), "package", "import", str(package))
    assert code == 0, err
    # The figures and the quarterly report.
    code, out, err = run(capsys, "summary", "--quarter", "2026Q1", "--json")
    assert code == 0, err
    code, _, err = run(capsys, "report", "--quarter", "2026Q1", "-o", str(tmp_path / "q1.xlsx"))
    assert code == 0, err

    logged = log_text()
    assert "unexpected error in summary" in logged and "UNIQUE constraint failed" in logged
    assert IIN_MASK in logged and PHONE_MASK in logged
    assert_nothing_personal(logged)
    # ... while the records are in both databases.
    for path in (dbfile, other):
        database = open_database(path)
        try:
            with database.read_session() as session:
                found = {p.iin: (p.full_name, p.phone) for p in session.scalars(select(Person))}
        finally:
            database.dispose()
        assert found[IIN][0] == NAME and digits(found[IIN][1]).endswith(PHONE_DIGITS)
        assert found[IIN_2][0] == NAME_2 and wrong_iin not in found


def test_the_quarterly_workbook_has_no_iin_and_no_phone(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", "loans", str(borrowers(tmp_path)))
    assert code == 0, err
    for lang in ("en", "ru", "kk"):
        target = tmp_path / f"q1-{lang}.xlsx"
        code, _, err = run(
            capsys, "report", "--quarter", "2026Q1", "--lang", lang, "-o", str(target)
        )
        assert code == 0, err
        workbook = load_workbook(target)
        cells = [
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        ]
        assert any("MC-7" in c for c in cells) and any("MC-8" in c for c in cells)
        for cell in cells:
            assert IIN not in cell and IIN_2 not in cell
            assert PHONE_DIGITS not in digits(cell) and PHONE_2_DIGITS not in digits(cell)


# -- PostgreSQL: sslmode and passwords --------------------------------------------------------

SSL_URL = "postgresql+psycopg://officer:s3cr3t@db.example.kz:5432/fieldmon?sslmode=require"


def test_the_sslmode_reaches_the_driver_and_the_password_is_hidden() -> None:
    assert shown_url(SSL_URL) == (
        "postgresql+psycopg://officer:***@db.example.kz:5432/fieldmon?sslmode=require"
    )
    url = make_url(SSL_URL)
    assert dict(url.query) == {"sslmode": "require"}
    engine = create_engine(SSL_URL)
    try:
        _args, kwargs = engine.dialect.create_connect_args(engine.url)
    finally:
        engine.dispose()
    assert kwargs["sslmode"] == "require" and kwargs["password"] == "s3cr3t"


def with_password_and_ssl(pg_url: str, sslmode: str) -> str:
    url = make_url(pg_url).set(password="s3cr3t-pg").update_query_dict({"sslmode": sslmode})
    return url.render_as_string(hide_password=False)


def test_sslmode_is_honoured_by_a_real_server(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The throwaway server speaks no SSL: 'disable' connects, 'require' is refused in one
    sentence that shows no password (on screen or in the log)."""
    database = open_database(with_password_and_ssl(pg_url, "disable"))
    database.dispose()
    required = with_password_and_ssl(pg_url, "require")
    with pytest.raises(UserError) as raised:
        open_database(required)
    text = str(raised.value)
    assert "SSL" in text and "s3cr3t-pg" not in text and "***" in text
    code, out, err = run(capsys, "--db", required, "summary", "--quarter", "2026Q1")
    assert code == 1 and "SSL" in err and len(err.strip().splitlines()) == 1
    assert "s3cr3t-pg" not in out + err + log_text()


def test_a_failed_statement_on_fieldmon_s_engine_does_not_carry_its_parameters(
    tmp_path: Path,
) -> None:
    """The log masks IINs, but the error itself never holds them: a failed INSERT's message
    (shown in a crash dialog or a CLI sentence) names the statement, not the values."""
    db = open_database(tmp_path / "fieldmon.db")
    try:
        with pytest.raises(IntegrityError) as caught, db.session() as session:
            session.execute(  # the other columns missing: NOT NULL fails
                text("INSERT INTO person (full_name, iin, phone) VALUES (:name, :iin, :phone)"),
                {"name": NAME, "iin": IIN, "phone": PHONE},
            )
    finally:
        db.dispose()
    message = str(caught.value)
    assert "INSERT INTO person" in message
    assert IIN not in message and NAME not in message and PHONE not in message
    assert "parameters hidden" in message.lower()
