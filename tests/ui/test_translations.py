"""The interface ships in English, Russian and Kazakh: every string is extracted and translated,
the compiled files match their sources, no user text escapes translation, and a Russian or
Kazakh window really speaks its language."""

from __future__ import annotations

import ast
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
LANGS = ["ru", "kk"]
TOOLS = Path(sys.executable).parent


def ts_file(lang: str) -> Path:
    return resource_path("translations", f"fieldmon_{lang}.ts")


def sources(ts: Path, plural_only: bool = False) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (
            msg.find("translation") is None
            or msg.find("translation").get("type") not in ("vanished", "obsolete")
        )
        and (not plural_only or msg.get("numerus") == "yes")
    }


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    found = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        forms = [(f.text or "").strip() for f in tr.iter("numerusform")]
        done = all(forms) if msg.get("numerus") == "yes" else bool((tr.text or "").strip())
        if tr.get("type") == "unfinished" or not done:
            found.append(msg.findtext("source") or "")
    return found


def tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate extracts from the code today."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = sorted(str(p) for p in SRC.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True
    )
    return ts


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_in_the_translation_file(fresh: Path, lang: str) -> None:
    assert sources(fresh) == sources(ts_file(lang)), (
        "run `make translations` and translate the new strings"
    )


def test_english_has_every_plural_form(fresh: Path) -> None:
    english = ts_file("en")
    assert sources(fresh, plural_only=True) == sources(english)
    assert unfinished(english) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang: str) -> None:
    assert unfinished(ts_file(lang)) == []


def placeholders(text: str) -> list[str]:
    import re

    return sorted(re.findall(r"\{[a-z_0-9]*\}|%n|%\d", text))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_every_placeholder(lang: str) -> None:
    """A lost {name} or %n would show a raw brace or the wrong number to the user."""
    root = ET.parse(ts_file(lang)).getroot()
    wrong = []
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        expected = [p for p in placeholders(source) if p != "%n"]
        for text in texts:
            if [p for p in placeholders(text) if p != "%n"] != expected:
                wrong.append((source, text))
    assert wrong == []


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_compiled_file_matches_its_source(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file(lang)), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == resource_path("translations", f"fieldmon_{lang}.qm").read_bytes()


# Calls whose first argument is a sentence for the user: it must be a template marked with
# QT_TRANSLATE_NOOP (or a name bound to one), never a literal or an f-string.
MESSAGE_CALLS = {"UserError", "InvalidValue", "ImportCancelled", "Message", "message"}
# Widget calls that show their string argument.
SHOWING = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "showMessage",
    "addItem",
    "setTitle",
    "addAction",
    "addTab",
    "setHeaderLabels",
    "setLabelText",
    "setWhatsThis",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QAction",
    "QRadioButton",
    "critical",
    "warning",
    "information",
    "question",
}


def _words(node: ast.AST) -> bool:
    """A literal or f-string with a word of 2+ letters in it (not a bare name or code)."""
    import re

    texts: list[str] = []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        texts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        texts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    text = " ".join(texts)
    return (
        bool(re.search(r"[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}\s+\w", text))
        and text.strip() != "fieldmon"
    )


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def unwrapped(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):
            continue  # the log file is for developers, in English
        args = list(node.args)
        if name in MESSAGE_CALLS and args:
            candidates = args[:1]
        elif name == "FieldError" and len(args) > 1:
            candidates = args[1:2]
        elif name in SHOWING or name == "print" and path.name == "cli.py":
            candidates = args
        else:
            continue
        for arg in candidates:
            if _words(arg):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {name}")
    return found


def test_no_user_text_escapes_translation() -> None:
    """Messages raised in services, domain, db and reports, the command line's output and the
    widgets' text are marked for translation; a literal sentence there fails this test."""
    found = [line for path in sorted(SRC.rglob("*.py")) for line in unwrapped(path)]
    assert found == []


def test_the_scan_finds_an_unwrapped_sentence(tmp_path: Path) -> None:
    probe = SRC / "_probe_for_test.py"
    try:
        probe.write_text(
            "raise UserError(f'Cannot read {x}: no such file.')\n"
            "label.setText('Nothing was imported')\n"
            "raise UserError(QT_TRANSLATE_NOOP('fieldmon', 'Fine {x}.'), x=1)\n",
            encoding="utf-8",
        )
        assert [line.split(": ")[1] for line in unwrapped(probe)] == ["UserError", "setText"]
    finally:
        probe.unlink()


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
    form = window.visits.new()
    assert form.windowTitle() == "Новый визит"
    assert form.purpose.itemText(1) == "Плановый мониторинг"
    assert form.places.region.findText("Восточно-Казахстанская область") >= 0
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["rating"].text() == "Обязательное поле."
    form.draft.dirty = False
    form.close()


def test_the_loan_screens_speak_russian(qtbot: QtBot, db: Database, russian: None, answers) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, OFFICER, "ru")
    qtbot.addWidget(window)
    assert window.nav.item(2).text() == "Займы"
    window.nav.setCurrentRow(2)
    assert window.count_label.text() == "0 займов"
    assert window.loans_page.status.itemText(2) == "Просрочен"
    form = window.loans.new()
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
    assert [window.nav.item(i).text() for i in (3, 4)] == ["Тренинги", "Люди"]
    window.nav.setCurrentRow(3)
    assert window.count_label.text() == "0 тренингов"
    form = window.trainings.new()
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
    view = window.trainings.open(tid)
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "День 1\n14.07"
    assert "2 дня" in view.about.text()
    assert view.counts.text().startswith("Зарегистрировано: 1 · были хотя бы один день: 1")
    page = certificates_html(view.model.detail, view.model.rows)
    assert "Сертификат" in page and "прошёл(ла) обучение: мастер-класс" in page
    view.close()


# Latin words a Russian or Kazakh sentence may keep: names of programs, formats, keys,
# currencies, the command line's commands and option values, as typed.
TECHNICAL = {
    "Ctrl",
    "Shift",
    "Enter",
    "Delete",  # the key
    "Excel",
    "GPS",
    "JSON",
    "PDF",
    "pdf",
    "JPEG",  # file formats (evidence)
    "PNG",
    "HEIC",
    "SHA",
    "EXIF",
    "URL",
    "USB",
    "encrypt",  # the command (fieldmon encrypt)
    "project",  # the command (fieldmon project add)
    "add",
    "UNHS",  # a project's code, as typed
    "KZT",
    "USD",
    "EKO",
    "PostgreSQL",
    "SQLite",
    "SQLAlchemy",
    "fieldmon",
    "fmpkg",
    "xls",
    "xlsx",
    "DATE",
    "FILE",
    "NAME",
    "TEXT",
    "backup",
    "check",
    "conflicts",
    "restore",
    "summary",
    "sync",
    "template",
    "true",
    "false",
    "yes",  # a value a sign-in sheet may hold, as typed
}


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_word_is_left_in_a_translation(lang: str) -> None:
    """Each translated message, with its placeholders taken out, holds no Latin word but the
    technical names above: a sentence left half in English fails here. What the user types
    as it is — a command in `backticks` or 'quotes', a key such as visits.count or
    loans.par30[KZT] — is not a word to translate."""
    import re

    root = ET.parse(ts_file(lang)).getroot()
    left = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        for text in [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]:
            text = re.sub(r"\{[a-z_0-9]*\}|%L?n|%\d|<[^>]+>|&(?=\w)", " ", text)
            text = re.sub(r"`[^`]*`|'[ -~]*'|\b[a-z_0-9]+(\.[a-z_0-9]+)+(\[\w+\])?", " ", text)
            for word in re.findall(r"(?<![\w-])[A-Za-z]{3,}(?![\w-])", text):
                if word not in TECHNICAL:
                    left.append((msg.findtext("source"), word))
    assert left == []
