"""A double-click on a data package while fieldmon is open: a second process starts
(`fieldmon --db DB FILE.fmpkg`), finds the running window by its local socket, hands it the
package's path and exits without touching the database; the window asks and imports it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldmon.db.engine import open_database
from fieldmon.db.models import Visit
from fieldmon.services.packages import export_package
from fieldmon.ui.main_window import MainWindow
from fieldmon.ui.single_instance import Listener, hand_over, server_name
from tests.services.test_exchange import A, visit_on
from tests.ui.conftest import Answers

ROOT = Path(__file__).resolve().parents[2]


def package_with_a_visit(folder: Path, east) -> Path:  # type: ignore[no-untyped-def]
    officer = open_database(folder / "officer.db")
    visit_on(officer, A, east)
    package = folder / "флешка" / "Әсел Қасымова.fmpkg"
    export_package(officer, package, A)
    officer.dispose()
    return package


def second_start(*args: str) -> subprocess.Popen[str]:
    """fieldmon started again, as a file manager starts it for a double-clicked package."""
    return subprocess.Popen(
        [sys.executable, "-m", "fieldmon", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def visits(window: MainWindow) -> int:
    with window.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


def test_a_double_clicked_package_goes_to_the_running_window_which_imports_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answers: Answers, east
) -> None:  # type: ignore[no-untyped-def]
    package = package_with_a_visit(tmp_path, east)
    path = window.db.path
    assert path is not None
    listener = Listener(server_name(str(path)), window)
    listener.received.connect(window.receive_start)
    assert listener.is_listening()

    process = second_start("--db", str(path), str(package))
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    assert answers.asked == [f"Import the data package {package.name} into this database?"]
    qtbot.waitUntil(lambda: window.last_message is not None, timeout=15000)
    assert window.last_message is not None
    assert window.last_message.text() == f"Merged {package.name}."
    assert visits(window) == 1
    listener.close()


def test_answering_no_imports_nothing_and_a_missing_file_is_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answers: Answers, east
) -> None:  # type: ignore[no-untyped-def]
    package = package_with_a_visit(tmp_path, east)
    answers.yes_no = False
    window.receive_start(str(package))
    assert len(answers.asked) == 1 and visits(window) == 0
    window.receive_start(str(tmp_path / "жоқ.fmpkg"))
    assert answers.errors == [f"There is no data package {tmp_path / 'жоқ.fmpkg'}."]
    assert len(answers.asked) == 1


def test_a_start_with_no_window_open_hands_over_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(str(tmp_path / "fieldmon.db"))
    assert not hand_over(name, "")


def test_each_database_and_user_has_its_own_window(tmp_path: Path) -> None:
    first = server_name(str(tmp_path / "a" / "fieldmon.db"))
    assert first == server_name(str(tmp_path / "a" / ".." / "a" / "fieldmon.db"))
    assert first != server_name(str(tmp_path / "b" / "fieldmon.db"))


@pytest.mark.skipif(sys.platform == "win32", reason="a socket file is POSIX")
def test_a_socket_file_left_by_a_crash_does_not_stop_the_next_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDir

    name = server_name(str(tmp_path / "fieldmon.db"))
    stale = Path(name) if Path(name).is_absolute() else Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(stale))  # bound, never listening: what a killed fieldmon leaves
    dead.close()
    assert stale.exists()
    listener = Listener(name)
    try:
        assert listener.is_listening()
    finally:
        listener.close()


def test_a_second_listener_never_takes_a_live_window_s_socket(qtbot: QtBot, tmp_path: Path) -> None:
    """Two windows on one database cannot both open it; if a second ever listens, it must not
    remove the first one's socket (which would cut the first window off)."""
    name = server_name(str(tmp_path / "fieldmon.db"))
    first = Listener(name)
    got: list[str] = []
    first.received.connect(got.append)
    second = Listener(name)
    try:
        assert first.is_listening() and not second.is_listening()
        process = subprocess.Popen(
            [sys.executable, "-c", HAND_OVER, name, "Ақтөбе.fmpkg"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
        assert process.stdout is not None and process.stdout.read().strip() == "True"
        assert got == ["Ақтөбе.fmpkg"]
    finally:
        first.close()
        second.close()


def test_the_socket_lives_in_the_user_s_own_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Not the shared /tmp, where another user could take the name first."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    if sys.platform == "win32":
        assert "\\" not in server_name(str(tmp_path / "fieldmon.db"))
    else:
        assert Path(server_name(str(tmp_path / "fieldmon.db"))).parent == runtime
        monkeypatch.delenv("XDG_RUNTIME_DIR")
        assert Path(server_name(str(tmp_path / "fieldmon.db"))).parent != Path("/tmp")


HAND_OVER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "app = QCoreApplication([])\n"
    "from fieldmon.ui.single_instance import hand_over\n"
    "print(hand_over(sys.argv[1], sys.argv[2]))\n"
)
