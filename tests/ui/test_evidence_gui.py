"""Photos and scans attached as an officer would: chosen in the file dialog or dropped on the
strip, captioned, removed and brought back, saved with the visit (or at once on a loan's or a
training's page), refused with one sentence when a file is not a photo. Files still being
read are never saved with the wrong visit, nor lost without a question."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Attachment, Blob, Visit
from fieldmon.services import evidence, loans, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.ui import dialogs, evidence_strip, evidence_viewer
from fieldmon.ui.evidence_strip import EvidenceStrip
from fieldmon.ui.i18n import install_translators
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER
from tests.evidence_files import FAR_FROM_SHYMKENT, SHYMKENT, jpeg_bytes, sample_files, write
from tests.factories import borrower_input, loan_fields, training_fields
from tests.ui.conftest import Answers
from tests.ui.screens import clipped
from tests.ui.test_visit_form import fill_valid, type_in

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
SRC = Path(__file__).resolve().parents[2] / "src" / "fieldmon"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return sample_files(tmp_path / "phone")


def pick_in_dialog(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The file dialog answers with these files, as if chosen with Ctrl+click and Open."""

    def chosen(*_args: object, **_kwargs: object) -> tuple[list[str], str]:
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)


def add_by_dialog(
    qtbot: QtBot, strip: EvidenceStrip, monkeypatch: pytest.MonkeyPatch, *paths: Path
) -> None:
    pick_in_dialog(monkeypatch, *paths)
    with qtbot.waitSignal(strip.files_read, timeout=10000):
        strip.buttons["add"].click()


def drop(qtbot: QtBot, strip: EvidenceStrip, *paths: Path, wait: bool = True) -> None:
    """Files dragged from the file manager and dropped on the strip. (Qt delivers drag events
    only during a real drag, so the strip's handlers are called as Qt would call them.)"""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, *args)
    enter.setAccepted(False)
    strip.dragEnterEvent(enter)
    assert enter.isAccepted()  # the cursor says the files can be dropped here
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, *args)
    event.setAccepted(False)
    if wait:
        with qtbot.waitSignal(strip.files_read, timeout=10000):
            strip.dropEvent(event)
    else:  # still being read when this returns
        strip.dropEvent(event)
    assert event.isAccepted()


@pytest.fixture
def slow_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Files are read only once the test sets the returned event (a slow USB stick, eight
    8 MB photos): what the officer does meanwhile is what is tested."""
    gate = threading.Event()
    real = evidence_strip.read_files

    def slow(paths: list[Path], stop: threading.Event | None = None) -> evidence_strip.ReadResult:
        gate.wait(20)
        return real(paths, stop)

    monkeypatch.setattr(evidence_strip, "read_files", slow)
    yield gate
    gate.set()


def attachment_rows(db: Database) -> list[Attachment]:
    with db.read_session() as session:
        return list(session.scalars(select(Attachment).order_by(Attachment.created_at)))


def blob_count(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Blob)) or 0)


def tooltips(strip: EvidenceStrip) -> dict[str, str]:
    return {
        strip.list.item(i).text(): strip.list.item(i).toolTip() for i in range(strip.list.count())
    }


def select_named(strip: EvidenceStrip, text: str) -> None:
    strip.list.clearSelection()
    for i in range(strip.list.count()):
        item = strip.list.item(i)
        if item.text() == text:
            strip.list.setCurrentItem(item)
            item.setSelected(True)
            return
    raise AssertionError(f"no thumbnail {text!r} in {tooltips(strip)}")


# --- the visit form -----------------------------------------------------------------------------


def test_photos_and_a_scan_added_and_dropped_are_saved_with_the_visit(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    strip = form.evidence
    add_by_dialog(qtbot, strip, monkeypatch, files["gps"], files["plain"])
    drop(qtbot, strip, files["pdf"])
    assert strip.list.count() == 3
    assert form.windowTitle().endswith("*")
    assert attachment_rows(db) == []  # nothing is saved before the visit
    tips = tooltips(strip)
    assert "Taken 20.11.2026 11:32" in tips["IMG_20261120_113205.jpg"]
    assert "GPS: 42.3417, 69.5901" in tips["IMG_20261120_113205.jpg"]
    assert "Not saved yet" in tips["шарт № 17.pdf"]
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    rows = attachment_rows(db)
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        stored = {sha: bytes(data) for sha, data in session.execute(select(Blob.sha256, Blob.data))}
    assert [r.file_name for r in rows] == [
        "IMG_20261120_113205.jpg",
        "трактор Бәйтерек.jpeg",
        "шарт № 17.pdf",
    ]
    assert {r.visit_id for r in rows} == {visit.id}
    assert all(r.created_by == OFFICER for r in rows)
    assert sorted(stored.values()) == sorted(files[k].read_bytes() for k in ("gps", "plain", "pdf"))

    again = window.visits.open(visit.id)
    assert again.evidence.list.count() == 3 and not again.dirty


def test_a_file_that_is_not_a_photo_is_refused_with_its_reason(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answers: Answers,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.visits.new()
    strip = form.evidence
    add_by_dialog(qtbot, strip, monkeypatch, files["text"])
    assert answers.errors == ["'not-a-photo.jpg': it is not a JPEG photo, whatever its name says"]
    assert strip.list.count() == 0 and not strip.has_changes
    # of several dropped, the good one is added and each bad one named
    answers.errors.clear()
    drop(qtbot, strip, files["truncated"], files["png"], files["bomb"])
    assert [strip.list.item(i).text() for i in range(strip.list.count())] == ["схема.png"]
    assert answers.errors[0].splitlines() == [
        "'cut.jpg': the file is cut short or damaged",
        "'bomb.png': it claims more than 120 million pixels, more than a photo can have",
    ]


def grab(widget: QWidget, name: str, folder: Path) -> Path:
    """A picture of `widget`, to be looked at (FIELDMON_SCREENSHOTS names a folder to keep
    them in; otherwise the test's temporary folder)."""
    kept = os.environ.get("FIELDMON_SCREENSHOTS")
    target = Path(kept) if kept else folder
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_the_visit_form_shows_its_strip_whole(
    qtbot: QtBot,
    window: MainWindow,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    form.latitude.clear()
    form.longitude.clear()
    add_by_dialog(qtbot, form.evidence, monkeypatch, files["gps"], files["plain"], files["pdf"])
    form.resize(760, 780)
    scroll = form.findChild(QScrollArea)
    scroll.ensureWidgetVisible(form.gps_offer)
    qtbot.wait(50)
    assert form.gps_offer.isVisible()
    grab(form, "visit_form_evidence", tmp_path)


def test_a_removed_file_comes_back_with_undo_and_a_caption_is_saved(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    strip = form.evidence
    add_by_dialog(qtbot, strip, monkeypatch, files["gps"], files["pdf"])
    with qtbot.waitSignal(form.saved):
        form.save_new_button.click()  # saved; the form goes on with the next visit
    visit_id = attachment_rows(db)[0].visit_id
    assert strip.list.count() == 0

    form = window.visits.open(visit_id)
    strip = form.evidence
    select_named(strip, "шарт № 17.pdf")
    form.activateWindow()
    strip.list.setFocus()
    qtbot.waitUntil(lambda: strip.list.hasFocus())
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert list(tooltips(strip)) == ["IMG_20261120_113205.jpg"] and form.dirty
    assert strip.buttons["undo"].isEnabled()
    strip.buttons["undo"].click()
    assert sorted(tooltips(strip)) == ["IMG_20261120_113205.jpg", "шарт № 17.pdf"]
    assert not form.dirty  # nothing left to save

    select_named(strip, "IMG_20261120_113205.jpg")
    monkeypatch.setattr(
        evidence_strip, "ask_caption", lambda _parent, _name, _current: "Трактор МТЗ-82 в поле"
    )
    strip.buttons["caption"].click()
    select_named(strip, "шарт № 17.pdf")
    strip.buttons["remove"].click()
    assert list(tooltips(strip)) == ["Трактор МТЗ-82 в поле"]
    assert attachment_rows(db)[0].caption == ""  # not before Save
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    with db.read_session() as session:
        live = session.scalars(select(Attachment).where(Attachment.deleted_at.is_(None))).all()
    assert [(a.file_name, a.caption) for a in live] == [
        ("IMG_20261120_113205.jpg", "Трактор МТЗ-82 в поле")
    ]


def test_the_photos_gps_point_is_offered_and_fills_the_location(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    form.latitude.clear()
    form.longitude.clear()
    add_by_dialog(qtbot, form.evidence, monkeypatch, files["plain"])
    assert not form.gps_offer.isVisible()  # no GPS in this one
    add_by_dialog(qtbot, form.evidence, monkeypatch, files["gps"])
    assert form.gps_offer.isVisible()
    assert form.use_photo_point.text() == "Use the photo's location (42.3417, 69.5901)"
    assert form.latitude.text() == ""  # nothing is filled in before the officer says so
    form.use_photo_point.click()
    assert (form.latitude.text(), form.longitude.text()) == ("42.3417", "69.5901")
    assert not form.gps_offer.isVisible()
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
    assert (visit.latitude, visit.longitude) == (Decimal("42.3417"), Decimal("69.5901"))


def test_a_photo_from_another_day_or_far_away_is_flagged(
    qtbot: QtBot,
    window: MainWindow,
    files: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)  # 14.08.2026, in East Kazakhstan
    form.visit_date.edit.clear()
    type_in(qtbot, form.visit_date, "20.11.2026")
    form.latitude.setText(str(SHYMKENT[0]))
    form.longitude.setText(str(SHYMKENT[1]))
    far = write(
        tmp_path,
        "IMG_far.jpg",
        jpeg_bytes(taken=datetime(2026, 11, 18, 9, 0), gps=FAR_FROM_SHYMKENT, seed=7),
    )
    add_by_dialog(qtbot, form.evidence, monkeypatch, files["gps"], far)
    tips = tooltips(form.evidence)
    assert "wrong photo" not in tips["IMG_20261120_113205.jpg"]  # that day, at the site
    assert tips["IMG_far.jpg"].splitlines()[-3:] == [
        "It may be the wrong photo:",
        "⚠ taken on 2026-11-18, not on 2026-11-20",
        "⚠ taken 41 km from the site's known point",
    ]
    # the flags follow the form: on the 18th, the first photo is the one from another day
    form.visit_date.edit.clear()
    type_in(qtbot, form.visit_date, "18.11.2026")
    tips = tooltips(form.evidence)
    assert "⚠ taken on 2026-11-20, not on 2026-11-18" in tips["IMG_20261120_113205.jpg"]
    assert "another day" not in tips["IMG_far.jpg"] and "km" in tips["IMG_far.jpg"]


def test_closing_a_form_with_files_waiting_asks_and_discarding_saves_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answers: Answers,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.visits.new()
    add_by_dialog(qtbot, form.evidence, monkeypatch, files["gps"])
    assert form.dirty and form.windowTitle() == "New visit *"
    answers.unsaved = dialogs.Unsaved.DISCARD
    form.close_button.click()
    assert answers.asked == ["unsaved"] and not form.isVisible()
    assert attachment_rows(db) == [] and blob_count(db) == 0


# --- pages of saved records: each change saved at once --------------------------------------------


def test_a_loans_contract_is_attached_on_its_page_and_a_removal_undone(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    east: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loan_id = loans.save_loan(db, loan_fields(), borrower_input(east), OFFICER)
    view = window.loans.open(loan_id)
    strip = view.evidence
    add_by_dialog(qtbot, strip, monkeypatch, files["pdf"], files["png"])
    rows = attachment_rows(db)  # saved at once: this page has no Save
    assert [(r.file_name, r.loan_id) for r in rows] == [
        ("шарт № 17.pdf", loan_id),
        ("схема.png", loan_id),
    ]
    select_named(strip, "схема.png")
    strip.buttons["remove"].click()
    with db.read_session() as session:
        assert evidence.attachments(session, evidence.Owner("loan", loan_id))[0].file_name == (
            "шарт № 17.pdf"
        )
        assert len(evidence.attachments(session, evidence.Owner("loan", loan_id))) == 1
    strip.buttons["undo"].click()
    assert sorted(tooltips(strip)) == ["схема.png", "шарт № 17.pdf"]
    with db.read_session() as session:
        assert len(evidence.attachments(session, evidence.Owner("loan", loan_id))) == 2
    # the scan opens in the computer's PDF reader, from a private temporary copy
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    select_named(strip, "шарт № 17.pdf")
    strip.buttons["open"].click()
    assert Path(opened[0].toLocalFile()).read_bytes() == files["pdf"].read_bytes()


def test_a_sign_in_sheet_is_attached_to_a_training_for_its_day(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    east: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tid = trainings.save_training(
        db,
        training_fields(days=3, start_date=date(2026, 11, 19)),
        PlaceInput(east, "Усть-Каменогорск"),
        OFFICER,
    )
    view = window.trainings.open(tid)
    strip = view.evidence
    assert strip.day.isVisibleTo(view)
    assert [strip.day.itemText(i) for i in range(strip.day.count())] == [
        "—",
        "Day 1",
        "Day 2",
        "Day 3",
    ]
    strip.day.setCurrentIndex(2)
    strip.day.activated.emit(2)
    add_by_dialog(qtbot, strip, monkeypatch, files["gps"])
    strip.day.setCurrentIndex(0)
    strip.day.activated.emit(0)
    add_by_dialog(qtbot, strip, monkeypatch, files["pdf"])
    assert [(r.file_name, r.day, r.training_id) for r in attachment_rows(db)] == [
        ("IMG_20261120_113205.jpg", 2, tid),
        ("шарт № 17.pdf", None, tid),
    ]
    tips = tooltips(strip)
    # day 2 is the 20th: the photo of the sheet was taken that day
    assert "Sign-in sheet for day 2" in tips["Day 2 · IMG_20261120_113205.jpg"]
    assert "wrong photo" not in tips["Day 2 · IMG_20261120_113205.jpg"]


def test_the_strip_in_kazakh_cuts_no_text(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    east: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    install_translators("kk")
    try:
        window = MainWindow(db, OFFICER, "kk")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        form = window.visits.new()
        add_by_dialog(qtbot, form.evidence, monkeypatch, files["gps"], files["pdf"])
        form.resize(760, 780)
        form.findChild(QScrollArea).ensureWidgetVisible(form.gps_offer)
        qtbot.wait(50)
        assert clipped(form.evidence) == [] and clipped(form.gps_offer) == []
        grab(form, "visit_form_evidence_kk", tmp_path)

        tid = trainings.save_training(
            db, training_fields(days=2), PlaceInput(east, "Усть-Каменогорск"), OFFICER
        )
        view = window.trainings.open(tid)
        add_by_dialog(qtbot, view.evidence, monkeypatch, files["pdf"])
        qtbot.wait(50)
        assert clipped(view.evidence) == []
        grab(view, "training_evidence_kk", tmp_path)
        form.draft.dirty = False
        form.evidence.set_owner(None)
        form.close()
    finally:
        install_translators("en")


def test_a_photo_opens_scaled_to_the_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write(tmp_path, "IMG_big.jpg", jpeg_bytes(size=(6000, 4000), seed=4))
    form = window.visits.new()
    add_by_dialog(qtbot, form.evidence, monkeypatch, big)
    select_named(form.evidence, "IMG_big.jpg")
    viewer = form.evidence.open_selected()
    assert viewer is not None
    qtbot.addWidget(viewer)
    screen = form.screen().availableGeometry()
    picture = viewer.image.pixmap().size()
    assert 0 < picture.width() < screen.width() and picture.height() < screen.height()
    assert abs(picture.width() / picture.height() - 1.5) < 0.01  # the photo's proportions
    viewer.close()
    form.draft.dirty = False
    form.evidence.set_owner(None)


# --- files still being read ----------------------------------------------------------------------

WAIT_SENTENCE = "Wait until the files are checked, then save."


def visits_saved(db: Database) -> list[Visit]:
    with db.read_session() as session:
        return list(session.scalars(select(Visit)))


def test_save_waits_for_files_still_being_read(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answers: Answers,
    files: dict[str, Path],
    slow_reads: threading.Event,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    strip = form.evidence
    drop(qtbot, strip, files["gps"], wait=False)
    assert strip.is_reading and strip.status.text() == "Reading and checking the files…"
    form.save_button.click()  # at once, before the photo is read: not saved without it
    assert answers.errors == [WAIT_SENTENCE]
    assert form.isVisible() and visits_saved(db) == []
    with qtbot.waitSignal(strip.files_read, timeout=10000):
        slow_reads.set()
    assert not strip.is_reading and strip.list.count() == 1
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    [visit] = visits_saved(db)
    assert [(r.file_name, r.visit_id) for r in attachment_rows(db)] == [
        ("IMG_20261120_113205.jpg", visit.id)
    ]


def test_save_and_new_never_gives_a_visits_photos_to_the_next(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answers: Answers,
    files: dict[str, Path],
    slow_reads: threading.Event,
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    strip = form.evidence
    drop(qtbot, strip, files["gps"], files["pdf"], wait=False)
    form.save_new_button.click()
    assert answers.errors == [WAIT_SENTENCE] and visits_saved(db) == []
    with qtbot.waitSignal(strip.files_read, timeout=10000):
        slow_reads.set()
    with qtbot.waitSignal(form.saved):
        form.save_new_button.click()
    [first] = visits_saved(db)
    assert {r.visit_id for r in attachment_rows(db)} == {first.id}
    assert strip.list.count() == 0 and not form.dirty  # the next visit starts empty


def test_a_read_arriving_after_another_visit_is_shown_is_dropped(
    qtbot: QtBot,
    window: MainWindow,
    files: dict[str, Path],
    slow_reads: threading.Event,
) -> None:
    form = window.visits.new()
    strip = form.evidence
    job = strip.add_files([files["gps"]])
    assert form.dirty and form.windowTitle() == "New visit *"
    strip.set_owner(evidence.Owner("visit", uuid.uuid4()))  # as Save and new, or a reload
    assert not strip.is_reading
    with qtbot.waitSignal(job.finished, timeout=10000):
        slow_reads.set()
    assert strip.list.count() == 0 and not strip.has_changes and not form.dirty


def test_closing_while_files_are_read_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answers: Answers,
    files: dict[str, Path],
    slow_reads: threading.Event,
) -> None:
    form = window.visits.new()
    drop(qtbot, form.evidence, files["gps"], wait=False)
    form.close_button.click()  # nothing typed, but a photo on its way
    assert answers.asked == ["unsaved"] and form.isVisible()  # Cancel: the form stays
    answers.unsaved = dialogs.Unsaved.SAVE  # Save: refused while reading, the form stays
    form.close_button.click()
    assert answers.errors == [WAIT_SENTENCE] and form.isVisible()
    answers.unsaved = dialogs.Unsaved.DISCARD
    form.close_button.click()
    assert not form.isVisible()
    slow_reads.set()
    qtbot.wait(200)
    assert attachment_rows(db) == [] and visits_saved(db) == []


def test_a_sign_in_sheet_is_for_the_day_chosen_when_it_was_added(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    east: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    slow_reads: threading.Event,
) -> None:
    tid = trainings.save_training(
        db, training_fields(days=3), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    strip = window.trainings.open(tid).evidence
    strip.day.setCurrentIndex(2)
    pick_in_dialog(monkeypatch, files["pdf"])
    strip.buttons["add"].click()
    strip.day.setCurrentIndex(3)  # the officer goes on to the next day's sheet meanwhile
    with qtbot.waitSignal(strip.files_read, timeout=10000):
        slow_reads.set()
    assert [(r.file_name, r.day) for r in attachment_rows(db)] == [("шарт № 17.pdf", 2)]


# --- removing on a record's page ----------------------------------------------------------------------


def test_a_removal_on_a_page_stays_undoable_and_attaching_again_brings_it_back(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    east: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tid = trainings.save_training(
        db, training_fields(days=2), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    view = window.trainings.open(tid)
    strip = view.evidence
    add_by_dialog(qtbot, strip, monkeypatch, files["pdf"])
    [attached] = attachment_rows(db)
    select_named(strip, "шарт № 17.pdf")
    strip.buttons["remove"].click()
    assert strip.list.count() == 0
    assert "attaching the same file again" in strip.status.text() and strip.status.isVisible()
    view.refresh()  # the page refreshes (attendance marked): the removal is still undoable
    strip.set_owner(strip.owner)  # shown again: it was saved at once, so undo still applies
    assert strip.buttons["undo"].isEnabled()
    strip.buttons["undo"].click()
    assert list(tooltips(strip)) == ["шарт № 17.pdf"] and not strip.status.isVisible()

    select_named(strip, "шарт № 17.pdf")
    strip.buttons["remove"].click()
    view.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    strip = window.trainings.open(tid).evidence
    assert strip.list.count() == 0 and not strip.buttons["undo"].isEnabled()
    add_by_dialog(qtbot, strip, monkeypatch, files["pdf"])  # the same file again
    [back] = attachment_rows(db)
    assert back.id == attached.id and back.deleted_at is None


# --- the language switch ------------------------------------------------------------------------------


@pytest.fixture
def settings_language() -> Iterator[None]:
    QSettings().remove("language")
    yield
    QSettings().remove("language")


def test_a_language_switch_asks_before_dropping_files_waiting_for_save(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    settings_language: None,
) -> None:
    from fieldmon.ui.language_switch import switch_language

    old = MainWindow(db, OFFICER, "en")  # deleted by the switch, so not given to qtbot
    old.show()
    qtbot.waitExposed(old)
    form = old.visits.new()
    type_in(qtbot, form.follow_up, "Заменить дверь цеха")
    add_by_dialog(qtbot, form.evidence, monkeypatch, files["gps"])
    answers.yes_no = False
    assert switch_language(old, "ru") is old  # not now: nothing dropped
    assert len(answers.asked) == 1 and "not saved yet" in answers.asked[0]
    assert form.isVisible() and form.evidence.list.count() == 1
    assert "started again" in old.statusBar().currentMessage()

    answers.yes_no = True
    new = switch_language(old, "ru")
    qtbot.addWidget(new)
    try:
        assert new is not old and len(answers.asked) == 2
        [reopened] = new.open_forms.of_kind("visit")
        assert reopened.follow_up.text() == "Заменить дверь цеха"
        assert reopened.evidence.list.count() == 0  # dropped, as the officer agreed
        qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    finally:
        install_translators("en")
        for open_form in new.open_forms.of_kind("visit"):
            open_form.draft.dirty = False
            open_form.close()


# --- the temporary copy of a scan ---------------------------------------------------------------------


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, and a run that has made no copy yet."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(evidence_viewer, "_temp", [])
    monkeypatch.setattr(evidence_viewer, "_swept", [])
    return folder


def test_a_scan_named_as_a_program_opens_as_a_pdf(
    temp_dir: Path, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    data = files["pdf"].read_bytes()
    for name in ("contract.hta", "..\\..\\Startup\\run.cmd", "CON", "шарт № 17.PDF", ""):
        assert evidence_viewer.open_externally(data, name, f"{len(name):064x}", evidence.PDF)
    assert [p.name for p in opened] == [
        "contract.hta.pdf",
        "run.cmd.pdf",
        "document CON.pdf",
        "шарт № 17.pdf",
        "document.pdf",
    ]
    assert all(p.read_bytes() == data and temp_dir in p.parents for p in opened)
    assert evidence_viewer.copy_name("IMG_1.JPEG", evidence.JPEG) == "IMG_1.jpeg"
    assert evidence_viewer.copy_name("photo.pdf", evidence.JPEG) == "photo.pdf.jpg"


def test_copies_left_by_a_crashed_run_are_removed_at_the_first_opening(
    temp_dir: Path, tmp_path: Path, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    left = temp_dir / "fieldmon-evidence-k2j4x9" / "0123456789abcdef"
    left.mkdir(parents=True)
    (left / "шарт № 17.pdf").write_bytes(b"%PDF-1.4 a contract")
    other = temp_dir / "someone-else"
    other.mkdir()
    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("kept")
    link = temp_dir / "fieldmon-evidence-link"
    if sys.platform != "win32":
        link.symlink_to(elsewhere, target_is_directory=True)
    assert evidence_viewer.open_externally(
        files["pdf"].read_bytes(), "шарт № 17.pdf", "f" * 64, evidence.PDF
    )
    made = evidence_viewer._temp[0]
    assert not left.parent.exists() and other.is_dir() and (elsewhere / "keep.txt").exists()
    assert made.parent == temp_dir and made.is_dir()
    evidence_viewer.open_externally(b"%PDF-1.4", "b.pdf", "e" * 64, evidence.PDF)
    assert made.is_dir()  # this run's own folder stays
    shutil.rmtree(made)


# --- translations ---------------------------------------------------------------------------------------


def test_the_strips_and_imports_texts_are_extracted_for_translation(tmp_path: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "fresh.ts"
    sources = [SRC / "ui" / "evidence_strip.py", SRC / "ui" / "areas" / "imports.py"]
    subprocess.run([str(tool), *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)
    found = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in ET.parse(ts).getroot().iter("context")
        for msg in ctx.iter("message")
    }
    for text in (
        "Caption",
        "Caption for '{0}':",
        "{0} KB",
        "{0} MB",
        "Day {0}",
        "Caption: {0}",
        "Sign-in sheet for day {0}",
        "Taken {0}",
        "GPS: {0}, {1}",
        "Not saved yet: it is saved when the form is saved.",
        "It may be the wrong photo:",
    ):
        assert ("EvidenceStrip", text) in found
    for text in (
        "Imported {0} visits ({1} new sites, {2} new districts or settlements).",
        "Imported {0} loans ({1} new people).",
        "Posted {0} repayments.",
        "Imported {0} trainings ({1} already recorded).",
        "Imported attendance of {0} participants ({1} new people).",
        "&Import visits…",
    ):
        assert ("ImportsArea", text) in found
