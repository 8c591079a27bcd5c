"""Killing fieldmon (SIGKILL, no chance to clean up) at random moments during a large import,
a package merge, the merge of a package of photos and a run of repayment postings. After every
kill: the database passes SQLite's integrity check and foreign-key check, the interrupted
operation is all or nothing (every attachment with its file, each file whole, or none), and
every operation acknowledged before the kill is there.

Each operation is killed on a plain database and on an encrypted one (SQLCipher, the password
given to the child in FIELDMON_PASSWORD); after a kill, the encrypted file and its WAL hold
none of the imported text in the clear.

CI runs RUNS kills of each operation on each; FIELDMON_CRASH_RUNS=200 runs more by hand."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldmon.db import backup, crypto, protection
from fieldmon.db.engine import open_database
from fieldmon.services import demo, evidence, loans
from fieldmon.services.packages import Scope, export_package
from tests.evidence_files import jpeg_bytes
from tests.factories import borrower_input, loan_fields, person_fields, site_input, visit_fields
from tests.services.test_imports import row, workbook

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
RUNS = int(os.environ.get("FIELDMON_CRASH_RUNS", "8"))
ROOT = Path(__file__).resolve().parents[1]
N_ROWS = 1500
N_PHOTOS = 24  # 1.5 MB each, four to a visit
PASSWORD = "Шығыс-2026 көктем"
FAST_KDF = crypto.KdfParams(iterations=1, lanes=1, memory_cost=8)
KINDS = ("plain", "encrypted")


class Child:
    """The child process and the lines it printed, read as they come."""

    def __init__(self, *args: str):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", *args],
            cwd=ROOT,
            env={**os.environ, "FIELDMON_PASSWORD": PASSWORD},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            if line.strip() == "ready":
                self.ready.set()

    def seconds_to_finish(self) -> float:
        """Lets the child run to the end: the time from `ready` to its exit."""
        assert self.ready.wait(30)
        started = time.perf_counter()
        self.process.wait()
        self.reader.join(5)
        assert self.lines[-1] == "done", self.process.stderr.read() if self.process.stderr else ""
        return time.perf_counter() - started

    def kill_after(self, seconds: float) -> None:
        assert self.ready.wait(30), self.process.stderr.read() if self.process.stderr else ""
        time.sleep(seconds)
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.reader.join(5)

    @property
    def acks(self) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith("ack ")]


def opened(path: Path):  # type: ignore[no-untyped-def]
    return open_database(path, password=PASSWORD if crypto.is_encrypted(path) else None)


def count(path: Path, sql: str) -> int:
    db = opened(path)
    try:
        with db.engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    finally:
        db.dispose()


def photo_laptop(path: Path) -> bytes:
    """An officer's database of N_PHOTOS photos (as hard to compress as real ones) attached
    to visits; returns a slice of one, to look for in an encrypted file."""
    from fieldmon.services import places, visits

    db = open_database(path)
    east = places.registry_id("east-kazakhstan")
    try:
        for n in range(N_PHOTOS):
            if n % 4 == 0:
                site = site_input(east, f"Наубайхана № {n // 4 + 1}")
                saved = visits.save_visit(db, visit_fields(), site, "x", today=date(2026, 11, 21))
                owner = evidence.Owner("visit", saved)
            data = jpeg_bytes(size=(1600, 1200), noise=True, seed=n)
            with db.session() as session:
                found = evidence.inspect(data, f"IMG_{n:04d}.jpg")
                evidence.attach(session, owner, data, found, f"IMG_{n:04d}.jpg", "x")
    finally:
        db.dispose()
    return data[4096:4160]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path | str]]:
    folder = tmp_path_factory.mktemp("crash")
    empty = folder / "empty.db"
    open_database(empty).dispose()
    book = workbook(folder / "visits.xlsx", [row(findings=f"visit {n}") for n in range(N_ROWS)])
    source = folder / "officer.db"
    db = open_database(source)
    demo.make_demo(db, N_ROWS, seed=8)
    export_package(db, folder / "officer.fmpkg", "Officer", Scope(everything=True))
    db.dispose()
    photos = folder / "photos.db"
    clear = photo_laptop(photos)
    db = open_database(photos)
    export_package(db, folder / "photos.fmpkg", "Officer", Scope(everything=True))
    db.dispose()
    with_loan = folder / "loan.db"
    db = open_database(with_loan)
    from fieldmon.services import places

    east = places.registry_id("east-kazakhstan")
    loan_id = loans.save_loan(db, loan_fields(), borrower_input(east, person_fields()), "x")
    db.dispose()
    found: dict[str, Path | str] = {
        "empty": empty,
        "workbook": book,
        "package": folder / "officer.fmpkg",
        "photos": folder / "photos.fmpkg",
        "photo_slice": clear.hex(),
        "loan_db": with_loan,
        "loan_id": str(loan_id),
    }
    shipped_kdf, crypto.KDF = crypto.KDF, FAST_KDF  # the children unlock at once
    try:
        for name in ("empty", "loan_db"):
            secret = folder / "encrypted" / Path(found[name]).name
            secret.parent.mkdir(exist_ok=True)
            shutil.copy(found[name], secret)
            protection.encrypt_database(secret, PASSWORD, recovery=False)
            found[f"encrypted {name}"] = secret
    finally:
        crypto.KDF = shipped_kdf
    # How long each operation takes here, uninterrupted: kills land across that span (and a
    # little after, so some runs see the operation finish).
    timings = {
        "import": ("import", str(empty), str(book)),
        "package": ("package", str(empty), str(found["package"])),
        "photos": ("package", str(empty), str(found["photos"])),
        "repayments": ("repayments", str(with_loan), str(loan_id), "400"),
    }
    for name, (operation, db_path, *args) in timings.items():
        trial = folder / f"trial-{name}.db"
        shutil.copy(db_path, trial)
        found[f"{name}_seconds"] = str(Child(operation, str(trial), *args).seconds_to_finish())
    yield found


def fresh(base: dict[str, Path | str], name: str, kind: str, tmp_path: Path, n: int) -> Path:
    source = Path(base[name if kind == "plain" else f"encrypted {name}"])
    target = tmp_path / f"run-{n}.db"
    shutil.copy(source, target)
    if kind == "encrypted":
        crypto.copy_key_file(source, target)
    return target


def intact(path: Path, kind: str) -> None:
    """The file passes the integrity and foreign-key checks; an encrypted one (read with
    its password) leaves none of the imported text in the clear, in the file or its WAL."""
    assert crypto.is_encrypted(path) == (kind == "encrypted")
    if kind == "encrypted":
        key = crypto.unlock(path, PASSWORD)
        for file in (path, Path(f"{path}-wal")):
            if file.exists():
                assert b"visit 1" not in file.read_bytes(), file
                assert b"Crash Test" not in file.read_bytes(), file
    else:
        key = None
    verdict = backup.check(path, key=key)
    assert verdict.ok, verdict.text


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("run", range(RUNS))
def test_killed_during_a_large_import(base, tmp_path: Path, run: int, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = fresh(base, "empty", kind, tmp_path, run)
    child = Child("import", str(path), str(base["workbook"]))
    child.kill_after(random.Random(run).uniform(0.0, 1.2 * float(base["import_seconds"])))
    intact(path, kind)
    visits = count(path, "SELECT count(*) FROM visit")
    assert visits in (0, N_ROWS)  # all or nothing
    if child.acks:
        assert visits == N_ROWS
    assert count(path, "SELECT count(*) FROM change WHERE table_name = 'visit'") == visits


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("run", range(RUNS))
def test_killed_during_a_package_merge(base, tmp_path: Path, run: int, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = fresh(base, "empty", kind, tmp_path, run)
    child = Child("package", str(path), str(base["package"]))
    child.kill_after(random.Random(100 + run).uniform(0.0, 1.2 * float(base["package_seconds"])))
    intact(path, kind)
    visits = count(path, "SELECT count(*) FROM visit")
    assert visits in (0, N_ROWS)
    if child.acks:
        assert visits == N_ROWS
    history = count(path, "SELECT count(*) FROM history WHERE table_name = 'visit'")
    assert (history == 0) == (visits == 0)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("run", range(RUNS))
def test_killed_during_the_merge_of_a_package_of_photos(
    base: dict[str, Path | str], tmp_path: Path, run: int, kind: str
) -> None:
    path = fresh(base, "empty", kind, tmp_path, run)
    child = Child("package", str(path), str(base["photos"]))
    seconds = float(str(base["photos_seconds"]))
    child.kill_after(random.Random(300 + run).uniform(0.0, 1.2 * seconds))
    intact(path, kind)
    if kind == "encrypted":
        clear = bytes.fromhex(str(base["photo_slice"]))
        for file in (path, Path(f"{path}-wal")):
            assert not file.exists() or clear not in file.read_bytes(), file
    db = opened(path)
    try:
        with db.engine.connect() as conn:
            attachments = conn.execute(text("SELECT count(*) FROM attachment")).scalar()
            stored = conn.execute(text("SELECT sha256, data FROM blob")).all()
    finally:
        db.dispose()
    assert (attachments, len(stored)) in ((0, 0), (N_PHOTOS, N_PHOTOS))  # all or nothing
    if child.acks:
        assert attachments == N_PHOTOS
    assert all(hashlib.sha256(data).hexdigest() == sha for sha, data in stored)  # each whole


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("run", range(RUNS))
def test_killed_while_posting_repayments(base, tmp_path: Path, run: int, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = fresh(base, "loan_db", kind, tmp_path, run)
    child = Child("repayments", str(path), str(base["loan_id"]), "400")
    child.kill_after(random.Random(200 + run).uniform(0.0, 1.2 * float(base["repayments_seconds"])))
    intact(path, kind)
    db = opened(path)
    try:
        with db.engine.connect() as conn:
            receipts = {r[0] for r in conn.execute(text("SELECT receipt_no FROM repayment"))}
            paid = conn.execute(text("SELECT paid_minor FROM loan")).scalar()
            total = conn.execute(
                text("SELECT coalesce(sum(amount_minor), 0) FROM repayment")
            ).scalar()
    finally:
        db.dispose()
    assert set(child.acks) <= receipts  # nothing acknowledged is lost
    assert len(receipts) <= len(child.acks) + 1  # at most the one being saved at the kill
    assert paid == total  # the loan's state moved with its repayments, never apart
