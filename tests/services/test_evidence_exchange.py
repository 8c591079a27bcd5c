"""Evidence in data packages (issue 20): two laptops exchange visits with their photos and
scans both ways and every file comes out byte for byte; a re-import adds nothing; the same
photo attached on both laptops is one attachment; a removal travels; a sealed package carries
files too, and so does a sync through PostgreSQL; a file changed, renamed, swapped for text or
too large is refused in one sentence before anything is written (and one swapped after the
check, by the merge); a HEIC photo arrives whole where it cannot be decoded; a package of
format 2 still opens; a package of one project carries its attachments and theirs alone."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Attachment, Blob, Change, History, Loan, Training, Visit
from fieldmon.services import evidence, places, projects
from fieldmon.services.evidence import Owner
from fieldmon.services.merge import import_package
from fieldmon.services.package_crypto import FAST_KDF
from fieldmon.services.packages import (
    BLOB_LIST,
    BLOBS,
    CHANGES,
    HISTORY,
    MANIFEST,
    PackageError,
    Scope,
    blob_member,
    export_package,
    open_package,
    record_member,
)
from fieldmon.services.visits import save_visit
from tests.cli.test_project_scope import A, B, two_projects
from tests.conftest import Laptops
from tests.evidence_files import SHYMKENT, jpeg_bytes, pdf_bytes, png_bytes
from tests.factories import site_input, visit_fields

TODAY = date(2026, 11, 21)
PASSPHRASE = "Шығыс өңірі — 2026 көктем"
PHOTO = "IMG_20261120_113205.jpg"


def photo(seed: int = 1) -> bytes:
    return jpeg_bytes(taken=datetime(2026, 11, 20, 11, 32, 5), gps=SHYMKENT, seed=seed)


def new_visit(db: Database, officer: str, site: str = "Наубайхана «Нан»") -> Owner:
    east = places.registry_id("east-kazakhstan")
    fields_ = visit_fields(visit_date=date(2026, 11, 20))
    return Owner("visit", save_visit(db, fields_, site_input(east, site), officer, today=TODAY))


def attach(
    db: Database, owner: Owner, name: str, data: bytes, officer: str, caption: str = ""
) -> uuid.UUID:
    with db.session() as session:
        found = evidence.inspect(data, name)
        return evidence.attach(session, owner, data, found, name, officer, caption=caption).id


def files(db: Database) -> dict[str, bytes]:
    """SHA-256 → the bytes of every file in the database."""
    with db.read_session() as session:
        return {sha: bytes(data) for sha, data in session.execute(select(Blob.sha256, Blob.data))}


def shown(db: Database, owner: Owner) -> list[tuple[str, str, str]]:
    """The live attachments of `owner` as the form lists them: (file name, caption, sha)."""
    with db.read_session() as session:
        rows = evidence.attachments(session, owner)
    return sorted((r.file_name, r.caption, r.sha256) for r in rows)


def count(db: Database, model: Any) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def snapshot(db: Database) -> dict[str, int]:
    """How many rows the tables an import writes to hold."""
    models = (Blob, Attachment, Visit, Change, History)
    return {model.__name__: count(db, model) for model in models}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_photos_and_scans_travel_both_ways_byte_for_byte(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    bakery = new_visit(a, laptops.officer(a))
    workshop = new_visit(b, laptops.officer(b), "Шеберхана")
    sent = {
        PHOTO: photo(),
        "шарт № 17.pdf": pdf_bytes(),
        "схема.png": png_bytes(),
    }
    attach(a, bakery, PHOTO, sent[PHOTO], laptops.officer(a), "Пеш орнатылды")
    attach(a, bakery, "шарт № 17.pdf", sent["шарт № 17.pdf"], laptops.officer(a), "Келісімшарт")
    attach(b, workshop, "схема.png", sent["схема.png"], laptops.officer(b), "Цех сызбасы")
    laptops.exchange()

    expected = {sha(data): data for data in sent.values()}
    for db in (a, b):
        assert files(db) == expected
        assert all(sha(data) == key for key, data in files(db).items())
    assert (
        shown(a, bakery)
        == shown(b, bakery)
        == [
            (PHOTO, "Пеш орнатылды", sha(sent[PHOTO])),
            ("шарт № 17.pdf", "Келісімшарт", sha(sent["шарт № 17.pdf"])),
        ]
    )
    assert shown(a, workshop) == [("схема.png", "Цех сызбасы", sha(sent["схема.png"]))]
    # The receiving side read the photo itself: its preview, time and point.
    with b.read_session() as session:
        [row] = [r for r in evidence.attachments(session, bakery) if r.is_image]
        assert row.taken_at == "2026-11-20T11:32:05"
        assert row.point is not None
        assert (row.width, row.height) == (640, 480)
        preview = evidence.preview(session, row.sha256)
    assert preview is not None and preview.startswith(b"\xff\xd8")


def test_a_reimport_adds_nothing(laptops: Laptops, tmp_path: Path) -> None:
    a, b = laptops.a, laptops.b
    visit = new_visit(a, laptops.officer(a))
    attach(a, visit, PHOTO, photo(), laptops.officer(a), "Алдыңғы қасбет")
    attach(a, visit, "шарт.pdf", pdf_bytes(), laptops.officer(a))
    package = tmp_path / "ұшу" / "a.fmpkg"
    result = export_package(a, package, laptops.officer(a), Scope(everything=True))
    assert (result.records["attachment"], result.files) == (2, 2)

    first = import_package(b, package)
    assert (first.counts["attachment"].new, first.files_added) == (2, 2)
    before = snapshot(b)
    again = import_package(b, package)
    assert again.nothing_new and again.files_added == 0
    assert snapshot(b) == before
    # And back to the laptop that has every file already: nothing new there either.
    assert import_package(a, package).nothing_new


def test_the_same_photo_attached_on_both_laptops_is_one_attachment(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    visit = new_visit(a, laptops.officer(a))
    laptops.send(a, b)
    same = photo()
    attach(a, visit, PHOTO, same, laptops.officer(a), "Жаңа пеш")
    attach(b, visit, PHOTO, same, laptops.officer(b), "Жаңа пеш")
    laptops.exchange()
    for db in (a, b):
        assert (count(db, Attachment), count(db, Blob)) == (1, 1)
        assert shown(db, visit) == [(PHOTO, "Жаңа пеш", sha(same))]


def test_a_removal_and_a_caption_travel(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    visit = new_visit(a, laptops.officer(a))
    kept = attach(a, visit, "схема.png", png_bytes(), laptops.officer(a))
    wrong = attach(a, visit, PHOTO, photo(), laptops.officer(a), "Басқа ферма")
    laptops.send(a, b)
    with a.session() as session:
        evidence.remove(session, wrong, laptops.officer(a))
    with b.session() as session:
        evidence.set_caption(session, kept, "Наубайхана сызбасы", laptops.officer(b))
    laptops.exchange()
    for db in (a, b):
        assert shown(db, visit) == [("схема.png", "Наубайхана сызбасы", sha(png_bytes()))]
        # A removed attachment keeps its file (undo brings it back).
        assert sha(photo()) in files(db)


def test_a_sealed_package_carries_the_files(laptops: Laptops, tmp_path: Path) -> None:
    a, b = laptops.a, laptops.b
    visit = new_visit(a, laptops.officer(a))
    data = photo()
    attach(a, visit, PHOTO, data, laptops.officer(a), "Бәйтерек ауылы")
    package = tmp_path / "sealed.fmpkg"
    export_package(
        a, package, laptops.officer(a), Scope(everything=True), passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    sealed = package.read_bytes()
    assert data[2000:2064] not in sealed and b"fieldmon-tests" not in sealed
    result = import_package(b, package, PASSPHRASE)
    assert result.files_added == 1
    assert files(b) == {sha(data): data}
    assert shown(b, visit) == [(PHOTO, "Бәйтерек ауылы", sha(data))]


# --- damaged and forged files ---------------------------------------------------------------


@pytest.fixture
def package(laptops: Laptops, tmp_path: Path) -> Path:
    """Laptop A's package: a visit with a photo and a scan."""
    a = laptops.a
    visit = new_visit(a, laptops.officer(a))
    attach(a, visit, PHOTO, photo(), laptops.officer(a), "Пеш")
    attach(a, visit, "шарт.pdf", pdf_bytes(), laptops.officer(a))
    path = tmp_path / "a.fmpkg"
    export_package(a, path, laptops.officer(a), Scope(everything=True))
    return path


Members = dict[str, bytes]


def repack(source: Path, target: Path, change: Callable[[Members], None]) -> Path:
    """`source` with its members changed by `change`, then the checksums and sizes of its
    lists and record members written again, as a forger would: only a file's name (its
    checksum) is left to give it away."""
    with zipfile.ZipFile(source) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    manifest = json.loads(members.pop(MANIFEST))
    manifest["files"] = {
        name: {"sha256": sha(members[name]), "size": len(members[name])}
        for name in manifest["files"]
        if name in members
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False))
    return target


def the_photo(members: Members) -> str:
    [key] = [n for n in members if n.startswith(BLOBS) and members[n].startswith(b"\xff\xd8")]
    return key


def replace_photo(members: Members, data: bytes, *, listed_size: int | None = None) -> str:
    """Swap the photo for `data` under a name of its own checksum, everywhere it is named:
    its member, its line in the list and its attachment's line."""
    old = the_photo(members)[len(BLOBS) :]
    new = sha(data)
    del members[blob_member(old)]
    members[blob_member(new)] = data
    size = len(data) if listed_size is None else listed_size
    lines = []
    for line in members[BLOB_LIST].decode().splitlines():
        entry = json.loads(line)
        if entry["sha256"] == old:
            entry.update(sha256=new, size=size)
        lines.append(json.dumps(entry))
    members[BLOB_LIST] = "".join(f"{line}\n" for line in lines).encode()
    name = record_member("attachment")
    members[name] = members[name].replace(old.encode(), new.encode())
    return blob_member(new)


def flip_a_byte(members: Members) -> str:
    name = the_photo(members)
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)
    return f"'{name}' in the package does not match its checksum; the file was changed or damaged."


def rename(members: Members) -> str:
    name = the_photo(members)
    other = blob_member(sha(b"another file"))
    members[other] = members.pop(name)
    return f"The package holds an unexpected file, '{other}'; it was not imported."


def rename_to_a_file_name(members: Members) -> str:
    members[BLOBS + PHOTO] = members.pop(the_photo(members))
    return f"The package holds an unexpected file, '{BLOBS + PHOTO}'; it was not imported."


def relist_under_another_checksum(members: Members) -> str:
    """The list and the attachment renamed too: the bytes still give it away."""
    data = members[the_photo(members)]
    name = replace_photo(members, b"\xff\xd8\xff another file", listed_size=len(data))
    members[name] = data
    return f"'{name}' in the package does not match its checksum; the file was changed or damaged."


def text_for_a_photo(members: Members) -> str:
    name = replace_photo(members, "Бұл сурет емес, бірақ аты — сурет.\n".encode() * 40)
    return (
        f"'{name}' in the package is not the photo or scan its list of files says; "
        "it was not imported."
    )


def too_large(members: Members) -> str:
    name = replace_photo(members, b"\xff\xd8\xff\xe0" + bytes(evidence.MAX_BYTES), listed_size=1000)
    return (
        f"'{name}' in the package is larger than 25 MB, more than an attached file can be; "
        "the package is damaged or not from fieldmon."
    )


def listed_as_too_large(members: Members) -> str:
    name = replace_photo(members, photo(seed=9), listed_size=evidence.MAX_BYTES + 1)
    lines = members[BLOB_LIST].decode().splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if name[len(BLOBS) :] in text)
    return f"'{BLOB_LIST}' line {line}: 'size' is not a size up to 25 MB."


def missing_file(members: Members) -> str:
    name = the_photo(members)
    del members[name]
    return (
        "The number of attached files in the package (1) is not the 2 its manifest counts; "
        "it was not imported."
    )


def missing_file_and_uncounted(members: Members) -> str:
    name = the_photo(members)
    del members[name]
    manifest = json.loads(members[MANIFEST])
    manifest["blobs"] -= 1
    members[MANIFEST] = json.dumps(manifest).encode()
    return (
        f"'{BLOB_LIST}' line 2: the manifest lists only 1 lines; "
        "the package is damaged or not from fieldmon."
    )


def _attachment_lines(members: Members, change: Callable[[dict[str, Any]], None]) -> str:
    name = record_member("attachment")
    lines = []
    for line in members[name].decode().splitlines():
        row = json.loads(line)
        change(row)
        lines.append(json.dumps(row, ensure_ascii=False))
    members[name] = "".join(f"{line}\n" for line in lines).encode()
    return (
        f"'{name}' line 1: an attached file must belong to exactly one visit, loan or training."
    )


def moved_to_another_visit(members: Members) -> str:
    """The attachment's line points to another record (here: one that does not exist)."""
    return _attachment_lines(members, lambda row: row.update(visit_id=str(uuid.uuid4())))


def given_two_owners(members: Members) -> str:
    return _attachment_lines(members, lambda row: row.update(loan_id=row["visit_id"]))


@pytest.mark.parametrize(
    "forge",
    [
        moved_to_another_visit,
        given_two_owners,
        flip_a_byte,
        rename,
        rename_to_a_file_name,
        relist_under_another_checksum,
        text_for_a_photo,
        too_large,
        listed_as_too_large,
        missing_file,
        missing_file_and_uncounted,
    ],
)
def test_a_forged_file_is_refused_in_one_sentence_and_nothing_is_written(
    laptops: Laptops, package: Path, tmp_path: Path, forge: Callable[[Members], str]
) -> None:
    said: list[str] = []
    forged = repack(package, tmp_path / "forged.fmpkg", lambda members: said.append(forge(members)))
    before = snapshot(laptops.b)
    with pytest.raises(PackageError) as caught:
        import_package(laptops.b, forged)
    assert str(caught.value) == said[0]
    assert "\n" not in str(caught.value)
    assert snapshot(laptops.b) == before


def test_a_file_swapped_after_the_check_is_refused_by_the_merge(
    laptops: Laptops, package: Path, tmp_path: Path
) -> None:
    """The stick is pulled and put back with another file between the check and the merge:
    each file is checked again as the merge reads it, and nothing is written."""
    from fieldmon.services.merge import merge

    checked = open_package(laptops.b, package)
    said: list[str] = []
    swapped = repack(package, tmp_path / "swapped.fmpkg", lambda m: said.append(flip_a_byte(m)))
    package.write_bytes(swapped.read_bytes())
    before = snapshot(laptops.b)
    with pytest.raises(PackageError) as caught, laptops.b.session() as session:
        merge(session, checked)
    assert str(caught.value) == said[0]
    assert snapshot(laptops.b) == before


def test_a_file_neither_in_the_package_nor_here_is_refused(
    laptops: Laptops, package: Path, tmp_path: Path
) -> None:
    """A referenced file must be in the package or already in this database."""
    gone: list[str] = []

    def drop_the_photo(members: Members) -> None:
        name = the_photo(members)
        gone.append(name[len(BLOBS) :])
        del members[name]
        lines = [line for line in members[BLOB_LIST].splitlines() if gone[0].encode() not in line]
        members[BLOB_LIST] = b"".join(line + b"\n" for line in lines)
        manifest = json.loads(members[MANIFEST])
        manifest["blobs"] = len(lines)
        members[MANIFEST] = json.dumps(manifest).encode()

    forged = repack(package, tmp_path / "without.fmpkg", drop_the_photo)
    with pytest.raises(PackageError) as caught:
        open_package(laptops.b, forged)
    assert str(caught.value).endswith(
        f"sha256 {gone[0]} is neither in the package nor in this database."
    )
    import_package(laptops.b, package)  # now the file is here
    assert import_package(laptops.b, forged).nothing_new


# --- older packages and projects ------------------------------------------------------------


def as_format_2(package: Path, target: Path) -> Path:
    """`package` as the fieldmon before attachments wrote it: no attachment member, no
    files nor their list, no attachment changes or history, the manifest saying format 2."""

    def change(members: Members) -> None:
        for name in [n for n in members if n.startswith(BLOBS)]:
            del members[name]
        del members[BLOB_LIST], members[record_member("attachment")]
        manifest = json.loads(members[MANIFEST])
        for name, key in ((CHANGES, "changes"), (HISTORY, "history")):
            lines = [
                line
                for line in members[name].splitlines()
                if json.loads(line)["table_name"] != "attachment"
            ]
            members[name] = b"".join(line + b"\n" for line in lines)
            manifest[key] = len(lines)
        manifest["format"] = 2
        del manifest["blobs"], manifest["records"]["attachment"]
        del manifest["deleted"]["attachment"], manifest["files"][BLOB_LIST]
        members[MANIFEST] = json.dumps(manifest).encode()

    return repack(package, target, change)


def test_a_format_2_package_still_opens(laptops: Laptops, package: Path, tmp_path: Path) -> None:
    old = as_format_2(package, tmp_path / "format-2.fmpkg")
    opened = open_package(laptops.b, old)
    assert (opened.version, opened.blobs) == (2, {})
    result = import_package(laptops.b, old)
    assert result.counts["visit"].new == 1
    assert (count(laptops.b, Attachment), count(laptops.b, Blob)) == (0, 0)
    assert import_package(laptops.b, package).files_added == 2  # the files come later


def test_a_project_package_carries_its_attachments_alone(tmp_path: Path) -> None:
    db = two_projects(tmp_path / "laptop.db")
    officer = "Ерлан Сапаров"
    chosen, other = projects.project_id(A), projects.project_id(B)
    with db.read_session() as session:
        visit_ids = {
            p: session.scalars(select(Visit.id).where(Visit.project_id == p)).one()
            for p in (chosen, other, None)
        }
        loan_id = session.scalars(select(Loan.id).where(Loan.project_id == chosen)).one()
        training_id = session.scalars(
            select(Training.id).where(Training.project_id == chosen)
        ).one()
    attach(db, Owner("visit", visit_ids[chosen]), PHOTO, photo(1), officer, "Наубайхана")
    removed = attach(db, Owner("visit", visit_ids[chosen]), "қате.jpg", photo(2), officer)
    scan = pdf_bytes()  # Pillow writes the time into a PDF: one scan, kept
    attach(db, Owner("loan", loan_id), "шарт ЖБ-1.pdf", scan, officer)
    attach(db, Owner("training", training_id), "тізім.png", png_bytes(), officer)
    attach(db, Owner("visit", visit_ids[other]), "шеберхана.jpg", photo(3), officer)
    attach(db, Owner("visit", visit_ids[None]), "мектеп.jpg", photo(4), officer)
    with db.session() as session:
        evidence.remove(session, removed, officer)
    package = tmp_path / "ЖОБА-1.fmpkg"
    result = export_package(db, package, officer, Scope(project=chosen))
    db.dispose()
    # the removed attachment travels, its file does not (a wrong photo is not spread)
    assert (result.records["attachment"], result.deleted["attachment"], result.files) == (4, 1, 3)

    coordinator = open_database(tmp_path / "coordinator.db")
    try:
        merged = import_package(coordinator, package)
        assert merged.files_added == 3
        assert files(coordinator) == {sha(d): d for d in (photo(1), scan, png_bytes())}
        assert shown(coordinator, Owner("visit", visit_ids[chosen])) == [
            (PHOTO, "Наубайхана", sha(photo(1)))
        ]
        with coordinator.read_session() as session:
            assert len(evidence.attachments(session)) == 3
            # never had here, so nothing to remove and no file to keep
            assert session.get(Attachment, removed) is None
    finally:
        coordinator.dispose()


def test_a_heic_photo_arrives_whole_where_it_cannot_be_decoded(laptops: Laptops) -> None:
    """Laptop A reads HEIC (it attached the photo with its preview); where Pillow has no HEIC
    decoder the file is kept byte for byte, without a preview, rather than refused."""
    a, b = laptops.a, laptops.b
    visit = new_visit(a, laptops.officer(a))
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(range(256)) * 40
    found = evidence.Inspected(sha(heic), len(heic), evidence.HEIC, 4032, 3024, preview=photo())
    with a.session() as session:
        evidence.attach(session, visit, heic, found, "IMG_0412.HEIC", laptops.officer(a))
    laptops.send(a, b)
    assert files(b) == {sha(heic): heic}
    with b.read_session() as session:
        [row] = evidence.attachments(session, visit)
        assert (row.file_name, row.media_type) == ("IMG_0412.HEIC", evidence.HEIC)
        assert evidence.preview(session, row.sha256) is None


def test_photos_meet_through_postgresql(laptops: Laptops, pg_url: str) -> None:
    """`sync` carries files by the same packages: laptop A's photo reaches the server and
    laptop B byte for byte, and a second sync moves nothing."""
    from fieldmon.services import sync

    a, b = laptops.a, laptops.b
    visit = new_visit(a, laptops.officer(a))
    data = photo()
    attach(a, visit, PHOTO, data, laptops.officer(a), "Орталық алаң")
    assert sync.sync(a, pg_url, laptops.officer(a)).pushed.files_added == 1
    assert sync.sync(b, pg_url, laptops.officer(b)).pulled.files_added == 1
    central = open_database(pg_url)
    try:
        for db in (central, b):
            assert files(db) == {sha(data): data}
            assert shown(db, visit) == [(PHOTO, "Орталық алаң", sha(data))]
    finally:
        central.dispose()
    quiet = sync.sync(a, pg_url, laptops.officer(a))
    assert quiet.pushed.nothing_new and quiet.pulled.nothing_new
