"""An encrypted database at rest: a real SQLCipher file on disk, its WAL and its backups hold
no borrower's name or IIN; a missing or wrong password changes no byte; the password changes
instantly, the recovery key resets it; a plain copy on purpose; backups, checks and restores."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldmon.db import backup, crypto, protection
from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Person
from fieldmon.domain.iin import make_iin, parse_iin
from fieldmon.domain.loans import Sex
from fieldmon.services import places
from fieldmon.services.loans.commands import save_loan
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields

NAME = "Әйгерім Қожахметқызы"
IIN = make_iin(date(1987, 3, 14), "female", 4711)
PASSWORD = "Шығыс-2026 көктем"
FAST = crypto.KdfParams(iterations=1, lanes=1, memory_cost=8)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap key derivation (the real parameters are tested once), and no key remembered
    from another test."""
    monkeypatch.setattr(crypto, "KDF", FAST)
    crypto.forget_all()
    yield
    crypto.forget_all()


def secrets() -> list[bytes]:
    return [NAME.encode(), NAME.lower().encode(), IIN.encode()]


def holds_secret(path: Path) -> bool:
    data = path.read_bytes()
    return any(s in data for s in secrets())


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_borrower(db: Database, name: str = NAME, iin: str = IIN, loan_no: str = "MC-1") -> None:
    born = parse_iin(iin).birth_date.year
    member = person_fields(full_name=name, iin=iin, sex=Sex.FEMALE, birth_year=born)
    region = places.registry_id("east-kazakhstan")
    save_loan(db, loan_fields(loan_no=loan_no), borrower_input(region, member), OFFICER)


def names(db: Database) -> set[str]:
    with db.read_session() as session:
        return set(session.scalars(select(Person.full_name)))


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    """A plain database with a borrower, a plain backup, and its WAL."""
    path = tmp_path / "fieldmon.db"
    db = open_database(path)
    add_borrower(db)
    backup.make_backup(path, "daily", now=datetime(2026, 11, 20, 9, 0))
    db.dispose()
    return path


@pytest.fixture
def encrypted(plain: Path) -> Path:
    protection.encrypt_database(plain, PASSWORD)
    crypto.forget_all()
    return plain


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock")]


def test_the_plain_fixture_holds_the_name_so_the_search_means_something(plain: Path) -> None:
    assert holds_secret(plain)
    assert all(holds_secret(b) for b in backup.backups(plain))


def test_encrypting_in_place_leaves_no_plain_copy_and_keeps_the_data(plain: Path) -> None:
    done = protection.encrypt_database(plain, PASSWORD)
    assert done.recovery_key is not None and len(done.recovery_key) == 39  # 8 groups of 4
    assert done.backup.exists() and crypto.key_file(done.backup).exists()
    assert len(done.backups_encrypted) == 1 and done.left_plain == []
    assert crypto.is_encrypted(plain) and not crypto.is_plain(plain)
    for path in every_file(plain.parent):
        assert not holds_secret(path), path
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{plain}{suffix}").exists()
    for copy in backup.backups(plain):
        assert crypto.is_encrypted(copy) and backup.check(copy).ok
    # Authenticated with HMAC-SHA256 (the key file says so): SQLCipher's defaults cannot read it.
    bare = crypto.dbapi().connect(str(plain))
    bare.execute(crypto.key_pragma(crypto.unlock(plain, PASSWORD)))
    with pytest.raises(crypto.dbapi().DatabaseError):
        bare.execute("SELECT count(*) FROM sqlite_master").fetchall()
    bare.close()
    crypto.forget_all()
    db = open_database(plain, password=PASSWORD)
    try:
        assert db.encrypted and NAME in names(db)
    finally:
        db.dispose()


def test_the_wal_of_an_open_encrypted_database_holds_no_name(encrypted: Path) -> None:
    db = open_database(encrypted, password=PASSWORD)
    try:
        add_borrower(db, "Бақытгүл Сәрсенбаева", make_iin(date(1990, 1, 2), "female", 77), "MC-2")
        wal = Path(f"{encrypted}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # not yet checkpointed
        data = wal.read_bytes()
        assert "Бақытгүл".encode() not in data and NAME.encode() not in data
        assert not holds_secret(encrypted)
    finally:
        db.dispose()


@pytest.mark.parametrize("writer", [True, False])
@pytest.mark.parametrize("password", [None, "", "wrong password"])
def test_a_missing_or_wrong_password_is_one_sentence_and_changes_no_byte(
    encrypted: Path, writer: bool, password: str | None
) -> None:
    before = {p: sha(p) for p in every_file(encrypted.parent)}
    expected = crypto.WrongPassword if password else crypto.PasswordNeeded
    with pytest.raises(expected) as raised:
        open_database(encrypted, password=password, writer=writer)
    assert str(encrypted) in str(raised.value) and "\n" not in str(raised.value)
    assert {p: sha(p) for p in every_file(encrypted.parent)} == before


def test_the_read_only_opener_reads_an_encrypted_file_without_changing_it(
    encrypted: Path,
) -> None:
    db = open_database(encrypted, password=PASSWORD)
    db.dispose()  # the WAL folded in; the file is at rest
    before = sha(encrypted)
    reader = open_database(encrypted, password=PASSWORD, writer=False)
    try:
        assert reader.encrypted and reader.read_only and NAME in names(reader)
    finally:
        reader.dispose()
    assert sha(encrypted) == before


def test_a_plain_database_is_not_encrypted(db: Database) -> None:
    assert db.encrypted is False


def test_changing_the_password_keeps_the_data_and_the_old_one_stops_working(
    encrypted: Path,
) -> None:
    data_before = sha(encrypted)
    changed = protection.change_password(encrypted, PASSWORD, "жаңа құпия сөз")
    assert sha(encrypted) == data_before  # only the key file changed
    assert len(changed) == len(backup.backups(encrypted)) == 2
    crypto.forget_all()
    with pytest.raises(crypto.WrongPassword):
        open_database(encrypted, password=PASSWORD)
    db = open_database(encrypted, password="жаңа құпия сөз")
    try:
        assert NAME in names(db)
    finally:
        db.dispose()
    # A backup's key file was rewrapped too: restoring it does not bring the old password.
    for copy in backup.backups(encrypted):
        crypto.forget_all()
        with pytest.raises(crypto.WrongPassword):
            crypto.unlock(copy, PASSWORD)
        crypto.unlock(copy, "жаңа құпия сөз")


def test_a_password_typed_composed_or_decomposed_is_one_password(encrypted: Path) -> None:
    import unicodedata

    composed = "Қайнар ёлка"  # й and ё are a letter and a mark in NFD
    protection.change_password(encrypted, PASSWORD, composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    crypto.unlock(encrypted, decomposed)


def test_the_recovery_key_resets_the_password(plain: Path) -> None:
    recovery = protection.encrypt_database(plain, PASSWORD).recovery_key
    assert recovery is not None
    crypto.forget_all()
    with pytest.raises(crypto.WrongRecoveryKey):
        protection.reset_password(plain, "AAAA-" * 7 + "AAAA", "x")
    typed = recovery.lower().replace("-", " ")  # as read from paper
    protection.reset_password(plain, typed, "новый пароль")
    crypto.forget_all()
    with pytest.raises(crypto.WrongPassword):
        open_database(plain, password=PASSWORD)
    db = open_database(plain, password="новый пароль")
    try:
        assert NAME in names(db)
    finally:
        db.dispose()
    # The recovery key stays valid after a reset and after a change.
    protection.change_password(plain, "новый пароль", "третий")
    crypto.unlock_with_recovery(plain, recovery)


def test_without_a_recovery_key_there_is_none_to_use(plain: Path) -> None:
    assert protection.encrypt_database(plain, PASSWORD, recovery=False).recovery_key is None
    with pytest.raises(crypto.NoRecoveryKey):
        protection.reset_password(plain, "AAAA", "x")


def test_decrypt_writes_a_plain_copy_on_purpose_and_never_overwrites(
    encrypted: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "plain.db"
    with pytest.raises(crypto.PasswordNeeded):
        protection.decrypt_copy(encrypted, None, target)
    protection.decrypt_copy(encrypted, PASSWORD, target)
    assert crypto.is_plain(target) and not crypto.key_file(target).exists()
    assert backup.check(target).ok
    db = open_database(target)
    try:
        assert not db.encrypted and NAME in names(db)
    finally:
        db.dispose()
    before = sha(target)
    with pytest.raises(Exception, match="already exists"):
        protection.decrypt_copy(encrypted, PASSWORD, target)
    assert sha(target) == before


def test_backup_check_and_restore_of_an_encrypted_database(encrypted: Path) -> None:
    # Nothing is readable before the key is unlocked: the check says so, no backup is good.
    locked = backup.check(encrypted)
    assert not locked.ok and "password" in locked.text
    assert backup.latest_good(encrypted) is None
    db = open_database(encrypted, password=PASSWORD)
    assert backup.check(encrypted).ok and backup.kept_count(encrypted) == backup.KEEP
    copy = backup.make_backup(encrypted, "manual", now=datetime(2026, 11, 21, 8, 0))
    add_borrower(db, "Сәуле Жұмабекова", make_iin(date(1979, 6, 30), "female", 5), "MC-3")
    db.dispose()
    assert crypto.is_encrypted(copy) and not holds_secret(copy)
    assert backup.latest_good(encrypted) is not None
    saved = backup.replace_database(encrypted, copy)
    assert saved is not None and crypto.is_encrypted(saved) and not holds_secret(saved)
    crypto.forget_all()
    db = open_database(encrypted, password=PASSWORD)
    try:
        assert names(db) == {NAME}
    finally:
        db.dispose()


def test_restore_needs_the_current_database_unlocked_first(encrypted: Path) -> None:
    db = open_database(encrypted, password=PASSWORD)
    copy = backup.make_backup(encrypted, "manual")
    db.dispose()
    crypto.forget_all()
    before = sha(encrypted)
    with pytest.raises(crypto.PasswordNeeded):
        backup.replace_database(encrypted, copy)
    assert sha(encrypted) == before


def test_a_backup_elsewhere_carries_its_key_file(encrypted: Path, tmp_path: Path) -> None:
    crypto.unlock(encrypted, PASSWORD)
    target = tmp_path / "usb" / "copy.db"
    backup.copy_database(encrypted, target)
    assert crypto.key_file(target).exists() and crypto.is_encrypted(target)
    crypto.forget_all()
    assert not backup.check(target).ok
    db = open_database(target, password=PASSWORD)
    try:
        assert NAME in names(db)
    finally:
        db.dispose()


def test_the_copy_before_an_upgrade_is_encrypted(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0006.db", old)
    protection.encrypt_database(old, PASSWORD)
    before = set(backup.backups(old))
    crypto.forget_all()
    db = open_database(old, password=PASSWORD)
    db.dispose()
    made = [p for p in backup.backups(old) if p not in before]
    assert len(made) == 1 and "before-upgrade" in made[0].name
    assert crypto.is_encrypted(made[0]) and crypto.key_file(made[0]).exists()
    assert backup.check(made[0]).ok


def test_a_damaged_encrypted_file_set_aside_keeps_its_key_file(encrypted: Path) -> None:
    kept = backup.set_aside(encrypted)
    assert crypto.key_file(kept).exists() and crypto.key_file(encrypted).exists()


def test_the_real_key_derivation_parameters(plain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "KDF", crypto.KdfParams())
    protection.encrypt_database(plain, PASSWORD)
    stored = crypto.read_key_file(crypto.key_file(plain)).password
    assert stored["kdf"] == "argon2id" and stored["memory_cost"] >= 64 * 1024
    crypto.forget_all()
    monkeypatch.setattr(crypto, "KDF", FAST)  # a file is opened with its own parameters
    used: list[crypto.KdfParams] = []
    real_derive = crypto.derive

    def derive(password: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        used.append(params)
        return real_derive(password, salt, params)

    monkeypatch.setattr(crypto, "derive", derive)
    db = open_database(plain, password=PASSWORD)
    try:
        assert NAME in names(db)
    finally:
        db.dispose()
    assert used == [crypto.KdfParams()]
