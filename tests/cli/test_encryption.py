"""The command line on an encrypted database: `encrypt` in place (then a password change),
`recover`, `decrypt -o`; every command without the password, or with a wrong one, is one
sentence and exit 1 and changes no byte; backup, check and restore work encrypted."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fieldmon.cli import main
from fieldmon.db import backup, crypto
from fieldmon.db.engine import open_database
from fieldmon.domain.iin import make_iin, parse_iin
from fieldmon.domain.loans import Sex
from fieldmon.services import places
from fieldmon.services.loans.commands import save_loan
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields

NAME = "Гүлназ Төлегенқызы"
IIN = make_iin(date(1992, 8, 9), "female", 2048)
PASSWORD = "Ұлытау-2026 ақпан"
FAST = crypto.KdfParams(iterations=1, lanes=1, memory_cost=8)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(crypto, "KDF", FAST)
    monkeypatch.delenv("FIELDMON_PASSWORD", raising=False)
    crypto.forget_all()
    yield
    crypto.forget_all()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    crypto.forget_all()  # each command is a process of its own: it knows no key before
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock"))


def holds_secret(path: Path) -> bool:
    data = path.read_bytes()
    return any(s in data for s in (NAME.encode(), NAME.lower().encode(), IIN.encode()))


def write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plain database with a borrower and a plain backup; --db points to it."""
    path = tmp_path / "data" / "fieldmon.db"
    monkeypatch.setenv("FIELDMON_DB", str(path))
    db = open_database(path)
    member = person_fields(
        full_name=NAME, iin=IIN, sex=Sex.FEMALE, birth_year=parse_iin(IIN).birth_date.year
    )
    region = places.registry_id("east-kazakhstan")
    save_loan(db, loan_fields(loan_no="MC-77"), borrower_input(region, member), OFFICER)
    db.dispose()
    backup.make_backup(path, "daily")
    return path


@pytest.fixture
def encrypted(dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, out, err = run(
        capsys, "encrypt", "--new-password-file", str(write(tmp_path / "pw.txt", PASSWORD))
    )
    assert code == 0, err
    return dbfile


def test_encrypt_in_place_prints_the_recovery_key_and_leaves_no_plain_copy(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert holds_secret(dbfile)
    pw = write(tmp_path / "pw.txt", PASSWORD)
    code, out, err = run(capsys, "encrypt", "--new-password-file", str(pw))
    assert code == 0 and err == ""
    assert f"Encrypted {dbfile}" in out and "fieldmon.db.key" in out
    recovery = out.strip().splitlines()[-1].strip()
    assert len(recovery) == 39 and recovery.count("-") == 7
    files = every_file(dbfile.parent)
    assert len([p for p in files if p.suffix == ".db"]) == 3  # the database and 2 backups
    for path in files:
        assert not holds_secret(path), path
    assert crypto.is_encrypted(dbfile)
    code, out, err = run(capsys, "--password-file", str(pw), "find", "Гүлназ")
    assert code == 0 and NAME in out


COMMANDS = [
    ("summary", "--quarter", "2026Q1"),
    ("find", "Гүлназ"),
    ("loans", "show", "MC-77"),
    ("conflicts",),
    ("demo", "--visits", "3"),
    ("backup",),
    ("check",),
    ("decrypt", "-o", "{tmp}/plain.db"),
    ("package", "export", "--all", "--plain", "-o", "{tmp}/all.fmpkg"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("password", [None, "wrong"])
def test_every_command_without_or_with_a_wrong_password_is_one_sentence(
    encrypted: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    password: str | None,
) -> None:
    if password is not None:
        monkeypatch.setenv("FIELDMON_PASSWORD", password)
    before = {p: sha(p) for p in every_file(encrypted.parent)}
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    if password is None:
        assert err.startswith(f"fieldmon: The database {encrypted} is protected by a password")
        assert "FIELDMON_PASSWORD or --password-file" in err
    else:
        assert err == f"fieldmon: Wrong password for {encrypted}; nothing was changed.\n"
    assert {p: sha(p) for p in every_file(encrypted.parent)} == before
    assert not (tmp_path / "plain.db").exists() and not (tmp_path / "all.fmpkg").exists()


def test_encrypt_on_an_encrypted_database_changes_the_password(
    encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.txt", PASSWORD)
    new = write(tmp_path / "new.txt", "Жаңа құпия")
    code, _, err = run(capsys, "encrypt", "--new-password-file", str(new))
    assert code == 1 and "protected by a password" in err
    data = sha(encrypted)
    code, out, err = run(
        capsys, "--password-file", str(old), "encrypt", "--new-password-file", str(new)
    )
    assert code == 0 and "Changed the password" in out
    assert sha(encrypted) == data
    code, _, err = run(capsys, "--password-file", str(old), "find", "Гүлназ")
    assert code == 1 and "Wrong password" in err
    code, out, _ = run(capsys, "--password-file", str(new), "find", "Гүлназ")
    assert code == 0 and NAME in out


def test_recover_sets_a_new_password_with_the_recovery_key(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pw = write(tmp_path / "pw.txt", PASSWORD)
    _, out, _ = run(capsys, "encrypt", "--new-password-file", str(pw))
    recovery = write(tmp_path / "recovery.txt", out.strip().splitlines()[-1].strip())
    new = write(tmp_path / "new.txt", "после отпуска")
    wrong = write(tmp_path / "wrong.txt", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    code, _, err = run(
        capsys, "recover", "--recovery-key-file", str(wrong), "--new-password-file", str(new)
    )
    assert code == 1 and "not the recovery key" in err
    code, out, _ = run(
        capsys, "recover", "--recovery-key-file", str(recovery), "--new-password-file", str(new)
    )
    assert code == 0 and "Set a new password" in out
    assert run(capsys, "--password-file", str(pw), "check")[0] == 1
    code, out, _ = run(capsys, "--password-file", str(new), "check")
    assert code == 0 and "intact" in out


def test_decrypt_writes_a_plain_copy_and_never_overwrites(
    encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pw = write(tmp_path / "pw.txt", PASSWORD)
    target = tmp_path / "plain.db"
    code, out, _ = run(capsys, "--password-file", str(pw), "decrypt", "-o", str(target))
    assert code == 0 and "plain copy" in out and holds_secret(target)
    code, out, _ = run(capsys, "--db", str(target), "find", "Гүлназ")
    assert code == 0 and NAME in out
    before = sha(target)
    code, _, err = run(capsys, "--password-file", str(pw), "decrypt", "-o", str(target))
    assert code == 1 and "already exists" in err and sha(target) == before


def test_backup_check_and_restore_on_an_encrypted_database(
    encrypted: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDMON_PASSWORD", PASSWORD)
    copy = tmp_path / "usb" / "copy.db"
    code, out, err = run(capsys, "backup", "-o", str(copy))
    assert code == 0, err
    assert crypto.is_encrypted(copy) and not holds_secret(copy)
    code, out, _ = run(capsys, "check")
    assert code == 0 and "intact" in out
    code, out, _ = run(capsys, "--db", str(copy), "check")
    assert code == 0 and "intact" in out
    code, _, _ = run(capsys, "demo", "--visits", "5")
    assert code == 0
    code, out, err = run(capsys, "restore", str(copy))
    assert code == 0 and "Restored" in out, err
    for path in every_file(encrypted.parent):
        assert not holds_secret(path), path
    code, out, _ = run(capsys, "summary", "--from", "01.01.2000", "--to", "31.12.2099", "--json")
    assert code == 0 and '"visits.count": 0' in out


def test_a_plain_database_needs_no_password(
    dbfile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDMON_PASSWORD", "whatever")
    code, out, _ = run(capsys, "check")
    assert code == 0 and "intact" in out


def test_an_unreadable_or_empty_password_file_is_one_sentence(
    encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--password-file", str(tmp_path / "none.txt"), "check")
    assert code == 1 and err.startswith("fieldmon: Cannot read the password from")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(capsys, "--password-file", str(empty), "check")
    assert err == f"fieldmon: The first line of {empty} is empty; it should hold the password.\n"
