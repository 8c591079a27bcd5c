"""`fieldmon package export|import` with the team's exchange passphrase."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fieldmon import cli
from fieldmon.db.engine import Database
from fieldmon.services import package_crypto
from tests.cli.test_cli import run

OFFICER = "Ерлан Сапаров"
PASS = "Береке — 2027"


@pytest.fixture
def laptop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    monkeypatch.setenv("FIELDMON_OFFICER", OFFICER)
    monkeypatch.delenv("FIELDMON_PACKAGE_PASSWORD", raising=False)
    monkeypatch.setattr(package_crypto, "DEFAULT_KDF", package_crypto.FAST_KDF)
    path = str(tmp_path / "laptop.db")
    assert run(capsys, "--db", path, "demo", "--visits", "12", "--loans", "4")[0] == 0
    return path


def visits_in(capsys: pytest.CaptureFixture[str], db: str) -> int:
    code, out, _ = run(capsys, "--db", db, "summary", "--quarter", "2026Q3", "--json")
    assert code == 0
    return int(json.loads(out)["visits.count"])


def test_with_the_passphrase_in_the_environment(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDMON_PACKAGE_PASSWORD", PASS)
    office, package = str(tmp_path / "office.db"), tmp_path / "usb" / "erlan.fmpkg"
    code, out, _ = run(capsys, "--db", laptop, "package", "export", "--all", "-o", str(package))
    assert code == 0 and out.startswith("Wrote ")
    data = package.read_bytes()
    assert package_crypto.is_sealed(package) and OFFICER.encode() not in data
    assert b"manifest" not in data
    code, out, _ = run(capsys, "--db", office, "package", "import", str(package))
    assert code == 0 and out.startswith("Imported erlan.fmpkg:")
    assert visits_in(capsys, office) == visits_in(capsys, laptop) > 0


def test_with_a_passphrase_file_and_a_wrong_one(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text(PASS + "\n", encoding="utf-8")
    wrong.write_text(PASS + "!\n", encoding="utf-8")
    office, package = str(tmp_path / "office.db"), str(tmp_path / "erlan.fmpkg")
    option = "--package-password-file"
    assert (
        run(
            capsys, "--db", laptop, "package", "export", "--all", option, str(right), "-o", package
        )[0]
        == 0
    )
    code, out, err = run(capsys, "--db", office, "package", "import", package, option, str(wrong))
    assert (code, out) == (1, "")
    assert err == (
        "fieldmon: The package erlan.fmpkg could not be opened: wrong exchange passphrase, or "
        "the file was changed.\n"
    )
    assert visits_in(capsys, office) == 0
    code, _, err = run(capsys, "--db", office, "package", "import", package)
    assert code == 1 and err == (
        "fieldmon: The package erlan.fmpkg is encrypted: give the exchange passphrase "
        "(FIELDMON_PACKAGE_PASSWORD or --package-password-file).\n"
    )
    assert run(capsys, "--db", office, "package", "import", package, option, str(right))[0] == 0
    assert visits_in(capsys, office) > 0


def test_a_changed_byte_is_one_sentence_and_nothing_merged(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDMON_PACKAGE_PASSWORD", PASS)
    office, package = str(tmp_path / "office.db"), tmp_path / "erlan.fmpkg"
    run(capsys, "--db", laptop, "package", "export", "--all", "-o", str(package))
    data = bytearray(package.read_bytes())
    data[-1] ^= 0x01
    package.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", office, "package", "import", str(package))
    assert (code, out) == (1, "") and "could not be opened" in err and err.count("\n") == 1
    assert visits_in(capsys, office) == 0


def test_plain_on_purpose_even_with_a_passphrase_set(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDMON_PACKAGE_PASSWORD", PASS)
    office, package = str(tmp_path / "office.db"), tmp_path / "erlan.fmpkg"
    assert (
        run(capsys, "--db", laptop, "package", "export", "--all", "--plain", "-o", str(package))[0]
        == 0
    )
    assert zipfile.is_zipfile(package)
    monkeypatch.delenv("FIELDMON_PACKAGE_PASSWORD")
    assert run(capsys, "--db", office, "package", "import", str(package))[0] == 0
    assert visits_in(capsys, office) > 0


def test_an_encrypted_database_refuses_to_export_in_the_clear(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A database that says it is encrypted (whatever its file is).
    real = cli._open

    def encrypted(args: Any, **options: Any) -> Database:
        db = real(args, **options)
        db.encrypted = True  # type: ignore[attr-defined,unused-ignore]
        return db

    monkeypatch.setattr(cli, "_open", encrypted)
    package = tmp_path / "erlan.fmpkg"
    code, out, err = run(capsys, "--db", laptop, "package", "export", "--all", "-o", str(package))
    assert (code, out) == (1, "")
    assert err == (
        "fieldmon: This database is encrypted: give the exchange passphrase "
        "(FIELDMON_PACKAGE_PASSWORD or --package-password-file) or --plain to send personal "
        "data unprotected.\n"
    )
    assert not list(tmp_path.glob("*.fmpkg*"))
    assert (
        run(capsys, "--db", laptop, "package", "export", "--all", "--plain", "-o", str(package))[0]
        == 0
    )
    monkeypatch.setenv("FIELDMON_PACKAGE_PASSWORD", PASS)
    assert run(capsys, "--db", laptop, "package", "export", "--all", "-o", str(package))[0] == 0
    assert package_crypto.is_sealed(package)


def test_a_passphrase_file_that_is_empty_or_missing_is_one_sentence(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    package = str(tmp_path / "erlan.fmpkg")
    option = "--package-password-file"
    code, _, err = run(
        capsys, "--db", laptop, "package", "export", option, str(empty), "-o", package
    )
    assert code == 1 and err == f"fieldmon: {empty} holds no exchange passphrase.\n"
    missing = tmp_path / "missing.txt"
    code, _, err = run(capsys, "--db", laptop, "package", "import", package, option, str(missing))
    assert code == 1 and err.startswith(
        f"fieldmon: Cannot read the exchange passphrase from {missing}"
    )
    assert err.count("\n") == 1


def test_plain_and_a_passphrase_file_together_are_refused(
    laptop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(
            capsys,
            "--db",
            laptop,
            "package",
            "export",
            "--plain",
            "--package-password-file",
            "x",
            "-o",
            str(tmp_path / "x.fmpkg"),
        )
    assert exited.value.code == 2
