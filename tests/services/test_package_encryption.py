"""Sealed data packages: encrypted and authenticated with the team's exchange passphrase."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from fieldmon.db.engine import Database, open_database
from fieldmon.domain.iin import make_iin
from fieldmon.domain.people import Sex
from fieldmon.services import demo, loans, merge, package_crypto, packages, sync
from fieldmon.services.package_crypto import (
    DEFAULT_KDF,
    FAST_KDF,
    HEADER,
    TAG,
    PassphraseNeeded,
    SealedReader,
    SealingWriter,
    UnprotectedExport,
    WrongPassphrase,
)
from fieldmon.services.packages import PackageError, Scope, export_package
from tests.factories import borrower_input, loan_fields, person_fields, site_input, visit_fields
from tests.services.test_exchange import TODAY, A, dump

PASS = "Жаңа жыл 2027 — ортақ құпия"
NAME = "Әйгерім Сәрсенбаева"
IIN = make_iin(date(1990, 3, 14), "female", 123)
SITE = "Шаруа қожалығы «Береке»"


# Chunks as small as a header allows, so a test package has dozens.
CHUNK = 1024


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real derivation costs 0.3 s a package; tests that need it say so."""
    monkeypatch.setattr(package_crypto, "DEFAULT_KDF", FAST_KDF)
    monkeypatch.setattr(package_crypto, "CHUNK", CHUNK)


@pytest.fixture
def databases(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Opens databases (laptops) in tmp_path, disposed at the end."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        opened.append(open_database(tmp_path / f"{name}.db"))
        return opened[-1]

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture
def laptop(databases: Callable[[str], Database], east) -> Database:
    """An officer's laptop: a borrower with a Kazakh name and a real IIN, a visit, and
    enough demo visits for the package to span several chunks."""
    a = databases("laptop")
    person = person_fields(full_name=NAME, sex=Sex.FEMALE, birth_year=1990, iin=IIN)
    loans.save_loan(a, loan_fields(), borrower_input(east, person), A, today=TODAY)
    from fieldmon.services import visits

    visits.save_visit(a, visit_fields(officer=A), site_input(east, SITE), A, today=TODAY)
    demo.make_demo(a, 40, seed=1, today=TODAY)
    return a


def sealed(laptop: Database, path: Path) -> bytes:
    export_package(laptop, path, A, Scope(everything=True), passphrase=PASS)
    return path.read_bytes()


def test_round_trip_between_two_databases_and_nothing_readable_in_the_file(
    laptop: Database, databases, tmp_path: Path
) -> None:
    data = sealed(laptop, tmp_path / "usb" / "a.fmpkg")
    assert len(data) > 3 * CHUNK  # several chunks
    for secret in (NAME, IIN, SITE, A, "manifest", "records/"):
        assert secret.encode() not in data
    assert not zipfile.is_zipfile(io.BytesIO(data))
    office, plain_office = databases("office"), databases("plain")
    first = merge.import_package(office, tmp_path / "usb" / "a.fmpkg", PASS)
    assert first.counts["visit"].new == 41 and first.counts["person"].new >= 1
    assert merge.import_package(office, tmp_path / "usb" / "a.fmpkg", PASS).nothing_new
    # The same records as a plain package brings.
    export_package(laptop, tmp_path / "plain.fmpkg", A, Scope(everything=True))
    merge.import_package(plain_office, tmp_path / "plain.fmpkg")
    assert dump(office) == dump(plain_office)


def test_a_wrong_passphrase_is_one_sentence_and_nothing_is_merged(
    laptop: Database, databases, tmp_path: Path
) -> None:
    path = tmp_path / "a.fmpkg"
    sealed(laptop, path)
    office = databases("office")
    before = dump(office)
    with pytest.raises(WrongPassphrase) as caught:
        merge.import_package(office, path, PASS + " ")
    assert str(caught.value) == (
        "The package a.fmpkg could not be opened: wrong exchange passphrase, or the file was "
        "changed."
    )
    assert dump(office) == before


def test_without_a_passphrase_an_encrypted_package_is_refused(
    laptop: Database, databases, tmp_path: Path
) -> None:
    path = tmp_path / "a.fmpkg"
    sealed(laptop, path)
    office = databases("office")
    for none in (None, ""):
        with pytest.raises(PassphraseNeeded, match="The package a.fmpkg is encrypted"):
            merge.import_package(office, path, none)


# Where a changed byte lands: the header's fields (version, cipher, KDF, reserved, the KDF's
# iterations, memory and lanes — a huge memory is refused before any derivation — the chunk
# size, salt, nonce prefix), the first chunk, the middle, the last byte.
HEADER_BYTES = [8, 9, 10, 11, 15, 16, 19, 23, 26, 30, 43, 44, 50]


@pytest.mark.parametrize("where", [*HEADER_BYTES, HEADER, "middle", "last"])
def test_a_changed_byte_anywhere_is_refused_and_nothing_is_merged(
    laptop: Database, databases, tmp_path: Path, where: int | str
) -> None:
    path = tmp_path / "a.fmpkg"
    data = bytearray(sealed(laptop, path))
    at = {"middle": len(data) // 2, "last": len(data) - 1}.get(str(where), where)
    assert isinstance(at, int)
    data[at] ^= 0x80
    path.write_bytes(bytes(data))
    office = databases("office")
    before = dump(office)
    with pytest.raises(WrongPassphrase, match="could not be opened"):
        merge.import_package(office, path, PASS)
    assert dump(office) == before


def test_a_changed_magic_is_not_a_package(laptop: Database, databases, tmp_path: Path) -> None:
    path = tmp_path / "a.fmpkg"
    data = bytearray(sealed(laptop, path))
    data[0] ^= 0x01
    path.write_bytes(bytes(data))
    office = databases("office")
    with pytest.raises(PackageError, match="is not a fieldmon data package"):
        merge.import_package(office, path, PASS)
    assert dump(office)["visit"] == {}


@pytest.mark.parametrize(
    "cut",
    [
        lambda n: n - 1,  # the last tag
        lambda n: n - TAG,  # the last chunk's text gone, its tag left short
        lambda n: HEADER + CHUNK + TAG,  # at a chunk boundary: the first chunk is not final
        lambda n: HEADER,  # the header alone
        lambda n: 20,  # inside the header
    ],
)
def test_a_cut_off_file_is_refused(
    laptop: Database, databases, tmp_path: Path, cut: Callable[[int], int]
) -> None:
    path = tmp_path / "a.fmpkg"
    data = sealed(laptop, path)
    path.write_bytes(data[: cut(len(data))])
    office = databases("office")
    with pytest.raises(WrongPassphrase):
        merge.import_package(office, path, PASS)
    assert dump(office)["visit"] == {}


def test_chunks_swapped_or_appended_are_refused(
    laptop: Database, databases, tmp_path: Path
) -> None:
    path = tmp_path / "a.fmpkg"
    data = sealed(laptop, path)
    full = CHUNK + TAG
    first, second = data[HEADER : HEADER + full], data[HEADER + full : HEADER + 2 * full]
    office = databases("office")
    for changed in (
        data[:HEADER] + second + first + data[HEADER + 2 * full :],
        data + data[HEADER : HEADER + full],
        data[:HEADER] + data[HEADER + full :],  # the first chunk dropped
    ):
        path.write_bytes(changed)
        with pytest.raises(WrongPassphrase):
            merge.import_package(office, path, PASS)
    assert dump(office)["visit"] == {}


def test_a_file_changed_between_the_check_and_the_merge_merges_nothing(
    laptop: Database, databases, tmp_path: Path
) -> None:
    path = tmp_path / "a.fmpkg"
    data = bytearray(sealed(laptop, path))
    office = databases("office")
    package = packages.open_package(office, path, PASS)
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase), office.session() as session:
        merge.merge(session, package)
    assert dump(office)["visit"] == {}


def test_plain_packages_still_import_with_or_without_a_passphrase(
    laptop: Database, databases, tmp_path: Path
) -> None:
    path = tmp_path / "a.fmpkg"
    export_package(laptop, path, A, Scope(everything=True), plain=True)
    assert zipfile.is_zipfile(path)
    assert merge.import_package(databases("one"), path).counts["visit"].new == 41
    assert merge.import_package(databases("two"), path, PASS).counts["visit"].new == 41


def test_an_encrypted_database_does_not_export_in_the_clear_by_default(
    laptop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(laptop, "encrypted", True, raising=False)
    with pytest.raises(UnprotectedExport, match="This database is encrypted"):
        export_package(laptop, tmp_path / "a.fmpkg", A, Scope(everything=True))
    assert not list(tmp_path.glob("*.fmpkg*"))
    export_package(laptop, tmp_path / "sealed.fmpkg", A, Scope(everything=True), passphrase=PASS)
    export_package(laptop, tmp_path / "plain.fmpkg", A, Scope(everything=True), plain=True)
    assert package_crypto.is_sealed(tmp_path / "sealed.fmpkg")
    assert zipfile.is_zipfile(tmp_path / "plain.fmpkg")


def test_the_header_holds_the_real_key_derivation_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_crypto, "DEFAULT_KDF", DEFAULT_KDF)
    monkeypatch.setattr(package_crypto, "CHUNK", 64 * 1024)
    path = tmp_path / "x.bin"
    with open(path, "wb") as out, SealingWriter(out, PASS) as writer:
        writer.write(b"x" * 10)
    header = path.read_bytes()[:HEADER]
    iterations, memory, lanes, chunk = struct.unpack(">IIII", header[12:28])
    assert (iterations, memory, lanes, chunk) == (3, 64 * 1024, 4, 64 * 1024)
    with SealedReader(path, "x", passphrase=PASS) as reader:
        assert reader.read() == b"x" * 10


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1025, 4096])
def test_the_reader_gives_back_what_was_written_and_seeks(tmp_path: Path, size: int) -> None:
    path = tmp_path / "x.bin"
    text = bytes(range(256)) * (size // 256) + bytes(size % 256)
    with open(path, "wb") as out, SealingWriter(out, PASS, chunk=1024) as writer:
        writer.write(text[: size // 3])
        writer.write(text[size // 3 :])
    assert path.stat().st_size == HEADER + size + TAG * max(1, -(-size // 1024))
    with SealedReader(path, "x", passphrase=PASS) as reader:
        reader.verify()
        assert reader.size == size and reader.read() == text
        reader.seek(size // 2)
        assert reader.read(700) == text[size // 2 : size // 2 + 700]
        reader.seek(-min(size, 1), io.SEEK_END)
        assert reader.read() == text[-1:]


def test_sync_seals_its_temporary_packages(
    databases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, east
) -> None:
    local = databases("local")
    demo.make_demo(local, 5, seed=4, today=TODAY)
    seen: list[bool] = []
    real = sync.open_package

    def spy(target: Database, path: Path, passphrase: str | None = None) -> packages.Package:
        seen.append(package_crypto.is_sealed(path) and bool(passphrase))
        return real(target, path, passphrase)

    monkeypatch.setattr(sync, "open_package", spy)
    central = open_database(tmp_path / "central.db")
    central.dispose()
    result = sync.sync(local, f"sqlite:///{tmp_path / 'central.db'}", A)
    assert result.pushed.counts["visit"].new == 5 and seen == [True, True]
