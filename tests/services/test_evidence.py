"""Evidence files: what is accepted and refused, stored once byte for byte, attached to a
record with its transaction, removed and brought back, and the doubts about a photo."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Attachment, Blob, Visit
from fieldmon.services import evidence
from fieldmon.services.evidence import FileProblem, Owner
from fieldmon.services.visits import save_visit
from tests.conftest import OFFICER
from tests.evidence_files import FAR_FROM_SHYMKENT, SHYMKENT, jpeg_bytes, sample_files, write
from tests.factories import site_input, visit_fields


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return sample_files(tmp_path / "files")


@pytest.fixture
def visit(db: Database, east: uuid.UUID) -> Owner:
    visit_id = save_visit(
        db, visit_fields(visit_date=date(2026, 11, 20)), site_input(east), OFFICER
    )
    return Owner("visit", visit_id)


def test_a_photo_is_read_with_its_time_point_and_a_preview(files: dict[str, Path]) -> None:
    data, found = evidence.read(files["gps"])
    assert found.sha256 == hashlib.sha256(files["gps"].read_bytes()).hexdigest()
    assert (found.media_type, found.width, found.height) == ("image/jpeg", 640, 480)
    assert found.taken_at == "2026-11-20T11:32:05"
    assert (found.latitude, found.longitude) == (Decimal("42.341700"), Decimal("69.590100"))
    assert found.preview is not None and found.preview.startswith(b"\xff\xd8")
    _, plain = evidence.read(files["plain"])
    assert (plain.taken_at, plain.latitude) == (None, None)


def test_png_and_pdf_are_accepted(files: dict[str, Path]) -> None:
    assert evidence.read(files["png"])[1].media_type == "image/png"
    pdf = evidence.read(files["pdf"])[1]
    assert (pdf.media_type, pdf.preview) == ("application/pdf", None)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("text", "it is not a JPEG photo, whatever its name says"),
        ("truncated", "the file is cut short or damaged"),
        ("bomb", "it claims more than 120 million pixels, more than a photo can have"),
    ],
)
def test_bad_files_are_refused_with_their_name_and_reason(
    files: dict[str, Path], kind: str, reason: str
) -> None:
    with pytest.raises(FileProblem) as caught:
        evidence.read(files[kind])
    assert str(caught.value) == f"'{files[kind].name}': {reason}"


def test_missing_oversized_and_unknown_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="there is no such file"):
        evidence.read(tmp_path / "нет.jpg")
    big = write(tmp_path, "big.jpg", b"\xff\xd8\xff" + b"\0" * evidence.MAX_BYTES)
    with pytest.raises(FileProblem, match="larger than 25 MB"):
        evidence.read(big)
    doc = write(tmp_path, "есеп.docx", b"PK\x03\x04")
    with pytest.raises(FileProblem, match="only JPEG, PNG and HEIC photos and PDF"):
        evidence.read(doc)
    renamed = write(tmp_path, "scan.pdf", jpeg_bytes())
    with pytest.raises(FileProblem, match="not a PDF document"):
        evidence.read(renamed)
    cut_pdf = (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    assert cut_pdf
    with pytest.raises(FileProblem, match="cut short"):
        evidence.read(tmp_path / "cut.pdf")


def test_the_same_file_is_stored_once_and_attached_once(
    db: Database, visit: Owner, files: dict[str, Path], east: uuid.UUID
) -> None:
    other = Owner(
        "visit",
        save_visit(
            db, visit_fields(visit_date=date(2026, 11, 21)), site_input(east, "Ферма"), OFFICER
        ),
    )
    with db.session() as session:
        first = evidence.attach_file(session, visit, files["gps"], OFFICER, caption="Трактор")
        again = evidence.attach_file(session, visit, files["gps"], OFFICER)
        evidence.attach_file(session, other, files["gps"], OFFICER)
    assert first.id == again.id
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        assert session.scalar(select(func.count()).select_from(Attachment)) == 2
        stored = evidence.content(session, first.sha256)
        assert stored == files["gps"].read_bytes()
        rows = evidence.attachments(session, visit)
    assert [(r.file_name, r.caption) for r in rows] == [("IMG_20261120_113205.jpg", "Трактор")]


def test_an_attachment_is_saved_with_its_record_or_not_at_all(
    db: Database, visit: Owner, files: dict[str, Path]
) -> None:
    data, found = evidence.read(files["png"])
    with pytest.raises(RuntimeError), db.session() as session:
        evidence.attach(session, visit, data, found, "схема.png", OFFICER)
        session.get(Visit, visit.id).findings = "changed"  # type: ignore[union-attr]
        raise RuntimeError("the save failed half way")
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
        assert evidence.attachments(session, visit) == []


def test_remove_keeps_the_file_and_restore_brings_it_back(
    db: Database, visit: Owner, files: dict[str, Path]
) -> None:
    with db.session() as session:
        row = evidence.attach_file(session, visit, files["pdf"], OFFICER)
    with db.session() as session:
        evidence.remove(session, row.id, OFFICER)
    with db.read_session() as session:
        assert evidence.attachments(session, visit) == []
        assert evidence.content(session, row.sha256) == files["pdf"].read_bytes()
    with db.session() as session:
        evidence.restore(session, row.id, OFFICER)
        evidence.set_caption(session, row.id, "  Шарт № 17 ", OFFICER)
    with db.read_session() as session:
        [back] = evidence.attachments(session, visit)
        assert back.caption == "Шарт № 17"
        assert evidence.counts(session, "visit") == {visit.id: 1}


def test_changes_from_a_form_apply_in_one_go(
    db: Database, visit: Owner, files: dict[str, Path]
) -> None:
    with db.session() as session:
        kept = evidence.attach_file(session, visit, files["png"], OFFICER)
        gone = evidence.attach_file(session, visit, files["pdf"], OFFICER)
    data, found = evidence.read(files["gps"])
    changes = evidence.Changes(
        added=[evidence.NewFile(data, found, "IMG.jpg", "Жаңа")],
        removed={gone.id},
        captions={kept.id: "Сызба"},
    )
    with db.session() as session:
        evidence.apply(session, visit, changes, OFFICER)
    with db.read_session() as session:
        rows = evidence.attachments(session, visit)
    assert sorted((r.file_name, r.caption) for r in rows) == [
        ("IMG.jpg", "Жаңа"),
        ("схема.png", "Сызба"),
    ]


def test_a_photo_from_another_day_or_far_away_is_doubted(
    db: Database, visit: Owner, tmp_path: Path
) -> None:
    here = write(tmp_path, "here.jpg", jpeg_bytes(taken=datetime(2026, 11, 20, 9), gps=SHYMKENT))
    far = write(
        tmp_path, "far.jpg", jpeg_bytes(taken=datetime(2026, 11, 18, 9), gps=FAR_FROM_SHYMKENT)
    )
    with db.session() as session:
        session.get(Visit, visit.id).latitude = Decimal("42.3420")  # type: ignore[union-attr]
        session.get(Visit, visit.id).longitude = Decimal("69.5900")  # type: ignore[union-attr]
        evidence.attach_file(session, visit, here, OFFICER)
        far_row = evidence.attach_file(session, visit, far, OFFICER)
    with db.read_session() as session:
        rows = evidence.attachments(session, visit)
        found = evidence.doubts_of(session, visit, rows)
    assert list(found) == [far_row.id]
    said = [m.render() for m in found[far_row.id]]
    assert said[0] == "taken on 2026-11-18, not on 2026-11-20"
    assert said[1] == "taken 41 km from the site's known point"
    assert evidence.photo_point(rows) == (Decimal("42.341700"), Decimal("69.590100"))


def test_demo_evidence_is_photos_of_the_visits_day_and_point_and_scans(db: Database) -> None:
    from fieldmon.services import demo

    demo.make_demo(db, 10, seed=5, today=date(2026, 11, 30))
    demo.make_demo_loans(db, 6, seed=6, today=date(2026, 11, 30))
    demo.make_demo_trainings(db, 2, seed=7, today=date(2026, 11, 30))
    added = demo.make_demo_evidence(db, seed=8, latest=4)
    with db.read_session() as session:
        rows = evidence.attachments(session)
        photos = [r for r in rows if r.kind == "visit"]
        assert len(rows) == added and 4 <= len(photos) <= 8
        for row in photos:
            owner = Owner("visit", row.record_id)
            assert evidence.doubts_of(session, owner, [row]) == {}
            assert row.point is not None
        sheets = [r for r in rows if r.kind == "training"]
        assert [r.day for r in sheets] == [1, 1] and sheets[0].media_type == "application/pdf"


def test_attaching_a_sheet_again_with_another_day_corrects_its_day(
    db: Database, files: dict[str, Path]
) -> None:
    from fieldmon.services import places, trainings
    from fieldmon.services.places import PlaceInput
    from tests.factories import training_fields

    east = places.registry_id("east-kazakhstan")
    event = Owner(
        "training", trainings.save_training(db, training_fields(days=3), PlaceInput(east), OFFICER)
    )
    with db.session() as session:
        first = evidence.attach_file(session, event, files["pdf"], OFFICER, day=1)
    with db.session() as session:
        again = evidence.attach_file(session, event, files["pdf"], OFFICER, day=2)
    assert again.id == first.id
    with db.read_session() as session:
        assert [r.day for r in evidence.attachments(session, event)] == [2]
