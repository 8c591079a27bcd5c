"""The interface ships in English and Russian: every string is extracted and translated, the
compiled file matches its source, and a Russian window really is Russian."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.paths import resource_path
from fieldmon.ui.i18n import install_translators
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER

SRC = Path(__file__).resolve().parents[2] / "src" / "fieldmon"
TS = resource_path("translations", "fieldmon_ru.ts")
TOOLS = Path(sys.executable).parent


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (
            msg.find("translation") is None
            or msg.find("translation").get("type") not in ("vanished", "obsolete")
        )
    }


def tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in SRC.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    assert sources(fresh) == sources(TS), "run `make translations` and translate the new strings"


def test_every_string_is_translated_to_russian() -> None:
    root = ET.parse(TS).getroot()
    untranslated = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        done = (tr.text or "").strip() or any(
            (f.text or "").strip() for f in tr.iter("numerusform")
        )
        if tr.get("type") == "unfinished" or not done:
            untranslated.append(msg.findtext("source"))
    assert untranslated == []


def test_the_compiled_file_matches_its_source(tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == resource_path("translations", "fieldmon_ru.qm").read_bytes()


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators("ru")
    yield
    install_translators("en")


def test_a_russian_window_speaks_russian(
    qtbot: QtBot, db: Database, russian: None, answers
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, OFFICER, "ru")
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert window.count_label.text() == "0 визитов"
    assert window.visits_page.region.itemText(1) != "Abai Region"
    form = window.new_visit()
    assert form.windowTitle() == "Новый визит"
    assert form.purpose.itemText(1) == "Плановый мониторинг"
    assert form.places.region.findText("Восточно-Казахстанская область") >= 0
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["rating"].text() == "Обязательное поле."
    form._dirty = False
    form.close()


def test_the_loan_screens_speak_russian(qtbot: QtBot, db: Database, russian: None, answers) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, OFFICER, "ru")
    qtbot.addWidget(window)
    assert window.nav.item(1).text() == "Займы"
    window.nav.setCurrentRow(1)
    assert window.count_label.text() == "0 займов"
    assert window.loans_page.status.itemText(2) == "Просрочен"
    form = window.new_loan()
    assert form.windowTitle() == "Новый займ"
    form.members[0].iin.setText("850312300013")
    form.members[0].full_name.setText("Ахметов Болат")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Неверная контрольная цифра ИИН" in form.members[0].message.text()
    assert form.errors["loan_no"].text() == "Обязательное поле."
    form.close()


def test_the_training_screens_speak_russian(
    qtbot: QtBot, db: Database, russian: None, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from fieldmon.services import places, trainings
    from fieldmon.services.places import PlaceInput
    from fieldmon.ui.certificates import certificates_html
    from tests.factories import participant, training_fields

    window = MainWindow(db, OFFICER, "ru")
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in (2, 3)] == ["Тренинги", "Люди"]
    window.nav.setCurrentRow(2)
    assert window.count_label.text() == "0 тренингов"
    form = window.new_training()
    assert form.windowTitle() == "Новый тренинг"
    assert form.kind.itemText(2) == "Мастер-класс"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["region"].text() == "Выберите регион или город."
    form.close()
    east = places.registry_id("east-kazakhstan")
    tid = trainings.save_training(db, training_fields(days=2), PlaceInput(east), OFFICER)
    pid = trainings.add_participant(db, tid, OFFICER, participant=participant())
    for day in (1, 2):
        trainings.set_mark(db, pid, day, True, OFFICER)
    view = window.open_training(tid)
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "День 1\n14.07"
    assert "2 дня" in view.about.text()
    assert view.counts.text().startswith("Зарегистрировано: 1 · были хотя бы один день: 1")
    page = certificates_html(view.model.detail, view.model.rows)
    assert "Сертификат" in page and "прошёл(ла) обучение: мастер-класс" in page
    view.close()
