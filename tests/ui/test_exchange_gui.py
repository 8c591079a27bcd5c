"""File → Export/Import data package and the Conflicts page, driven as a coordinator would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import open_database
from fieldmon.db.models import History, Visit
from fieldmon.services.packages import export_package
from fieldmon.ui.main_window import CONFLICTS, MainWindow
from tests.services.test_exchange import A, B, edit_visit, visit_on


def two_packages(tmp_path: Path, east) -> tuple[Path, Path, object]:  # type: ignore[no-untyped-def]
    """Two officers who edited the same visit's beneficiaries differently."""
    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    vid = visit_on(a, A, east)
    export_package(a, tmp_path / "start" / "a.fmpkg", A)
    from fieldmon.services.merge import import_package

    import_package(b, tmp_path / "start" / "a.fmpkg")
    edit_visit(a, vid, A, east, beneficiaries=10)
    edit_visit(b, vid, B, east, beneficiaries=20)
    pa, pb = tmp_path / "usb-a" / "a.fmpkg", tmp_path / "usb-b" / "b.fmpkg"
    export_package(a, pa, A)
    export_package(b, pb, B)
    a.dispose()
    b.dispose()
    return pa, pb, vid


def import_through_menu(qtbot: QtBot, window: MainWindow, monkeypatch, path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    task = window.exchange.choose_import()
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    return window.last_message


def test_the_coordinator_merges_two_packages_and_settles_the_conflict(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch, east
) -> None:  # type: ignore[no-untyped-def]
    pa, pb, vid = two_packages(tmp_path, east)
    first = import_through_menu(qtbot, window, monkeypatch, pa)
    assert first.text() == "Merged a.fmpkg."
    assert "Visit: 1 new, 0 updated, 0 unchanged, 0 conflicts" in first.informativeText()
    first.close()
    assert window.count_label.text() == "1 visit(s)"
    second = import_through_menu(qtbot, window, monkeypatch, pb)
    assert second.text() == "Merged b.fmpkg. 1 conflict(s) wait for your decision."
    review = next(b for b in second.buttons() if b.text() == "&Review conflicts")
    qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    assert window.nav.currentRow() == CONFLICTS
    assert window.nav.item(CONFLICTS).text() == "Conflicts (1)"
    page = window.conflicts_page
    table = page.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Beneficiaries"
    assert (table.item(0, 2).text(), table.item(0, 4).text()) == ("20", "10")
    assert table.item(0, 3).text().startswith(B) and table.item(0, 5).text().startswith(A)
    # The coordinator knows officer A counted right.
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and page.empty.isVisibleTo(page)
    assert window.nav.item(CONFLICTS).text() == "Conflicts"
    with window.db.read_session() as session:
        visit = session.get(Visit, vid)
        assert visit is not None and visit.beneficiaries == 10
        resolved = [
            h
            for h in session.query(History).filter(History.record_id == vid)
            if h.action == "resolve"
        ]
        assert len(resolved) == 1 and resolved[0].changed_by == window.officer


def test_importing_the_same_package_twice_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch, east
) -> None:  # type: ignore[no-untyped-def]
    pa, _pb, _vid = two_packages(tmp_path, east)
    import_through_menu(qtbot, window, monkeypatch, pa).close()
    shown: list[str] = []
    monkeypatch.setattr("fieldmon.ui.dialogs.show_info", lambda _p, _t, text: shown.append(text))
    import_through_menu(qtbot, window, monkeypatch, pa)
    assert shown == ["Nothing new: everything in a.fmpkg is already here."]


def test_a_damaged_package_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answers, east
) -> None:  # type: ignore[no-untyped-def]
    pa, _pb, _vid = two_packages(tmp_path, east)
    data = bytearray(pa.read_bytes())
    data[len(data) // 2] ^= 0x01
    pa.write_bytes(bytes(data))
    task = window.exchange.start_import(str(pa))
    with qtbot.waitSignal(task.failed, timeout=15000):
        pass
    assert len(answers.errors) == 1 and answers.errors[0].startswith("'")
    assert window.count_label.text() == "0 visit(s)"


def test_export_offers_a_named_file_in_the_last_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch, east
) -> None:  # type: ignore[no-untyped-def]
    visit_on(window.db, A, east)
    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / "usb" / "for-coordinator"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    task = window.exchange.export()
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    written = tmp_path / "usb" / "for-coordinator.fmpkg"
    assert written.is_file()
    assert Path(offered[0]).name.startswith("-".join(window.officer.split()))
    assert window.statusBar().currentMessage().startswith("Saved ")
    task = window.exchange.export()
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert Path(offered[1]).parent == tmp_path / "usb"
    assert (
        "Nothing changed since the last package saved to this folder"
        in window.statusBar().currentMessage()
    )


def test_the_current_project_alone_goes_in_a_package_of_the_project(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch, east, answers
) -> None:  # type: ignore[no-untyped-def]
    """File → Export data package of the current project: only that project's visits (the
    usual export is unchanged); without a project chosen, it says to choose one."""
    from fieldmon.services import projects, visits
    from fieldmon.services.packages import open_package
    from tests.factories import site_input, visit_fields

    db = window.db
    assert window.exchange.export(of_project=True) is None
    assert "Choose a project in the status bar first" in answers.infos[-1]
    for code in ("ЖОБА-1", "БАСҚА"):
        projects.save_project(db, projects.ProjectFields(code, f"Жоба {code}"), "Әсел")
    for n, code in enumerate(("ЖОБА-1", "ЖОБА-1", "БАСҚА")):
        visits.save_visit(
            db,
            visit_fields(project_id=projects.project_id(code)),
            site_input(east, name=f"Наубайхана {n}"),
            "Әсел",
        )
    window.refresh()
    window.projects.choose(projects.project_id("ЖОБА-1"))
    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / "usb" / "жоба"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    task = window.exchange.export(of_project=True)
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert "-ЖОБА-1-" in Path(offered[0]).name
    fresh = open_database(tmp_path / "fresh.db")
    package = open_package(fresh, tmp_path / "usb" / "жоба.fmpkg")
    assert len(package.ids["visit"]) == 2 and len(package.ids["project"]) == 1
