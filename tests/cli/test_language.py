"""The command line in the user's language: --lang, FIELDMON_LANG, the app's saved setting,
the system locale, English. (tests/conftest.py pins FIELDMON_LANG=en; tests here set it.)"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldmon import APP_NAME
from fieldmon.cli import IMPORTED_LOANS, cli_translator, language, main
from tests.language import latin_words
from tests.services.test_imports import row, workbook

RU_LOCALE = {"LANG": "ru_RU.UTF-8"}


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("FIELDMON_DB", str(path))
    return path


@pytest.fixture
def saved() -> Iterator[Any]:
    """The app's settings (in the tests' temporary config folder); the language is removed
    afterwards."""
    from PySide6.QtCore import QSettings

    settings = QSettings(APP_NAME, APP_NAME)
    yield settings
    settings.remove("language")
    settings.sync()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- which language -------------------------------------------------------------------------


def test_lang_then_environment_then_locale_then_english() -> None:
    assert language("en", {"FIELDMON_LANG": "ru", **RU_LOCALE}) == "en"
    assert language(None, {"FIELDMON_LANG": "kk", **RU_LOCALE}) == "kk"
    assert language(None, {"FIELDMON_LANG": "ru_RU.UTF-8"}) == "ru"
    assert language(None, {"FIELDMON_LANG": "de", **RU_LOCALE}) == "ru"  # not ours: skipped
    assert language(None, RU_LOCALE) == "ru"
    assert language(None, {"LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "en_US.UTF-8"}) == "kk"
    assert language(None, {"LC_ALL": "C.UTF-8", **RU_LOCALE}) == "en"  # LC_ALL decides
    assert language(None, {"LANG": "de_DE.UTF-8"}) == "en"
    assert language(None, {}) == "en"


def test_the_apps_saved_language_comes_before_the_locale(saved: Any) -> None:
    saved.setValue("language", "kk")
    saved.sync()
    assert language(None, RU_LOCALE) == "kk"
    assert language(None, {"FIELDMON_LANG": "ru"}) == "ru"
    assert language("en", {}) == "en"


def test_english_counts_read_right_without_the_translation_files() -> None:
    tr = cli_translator("en")
    assert tr(IMPORTED_LOANS, 1) == "Imported %n loan ({people})."
    assert tr(IMPORTED_LOANS, 3) == "Imported %n loans ({people})."


def test_gui_gets_the_language_only_when_one_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import fieldmon.ui.app

    asked: list[str | None] = []
    monkeypatch.setattr(
        fieldmon.ui.app, "run_gui", lambda db, lang, package=None: asked.append(lang) or 0
    )
    monkeypatch.delenv("FIELDMON_LANG")
    assert main([]) == 0 and main(["--lang", "kk"]) == 0 and main(["gui", "--lang", "ru"]) == 0
    monkeypatch.setenv("FIELDMON_LANG", "ru")
    assert main([]) == 0 and main(["gui", "--lang", "en"]) == 0
    assert asked == [None, "kk", "ru", "ru", "en"]  # None: the app's own choice


# --- what follows it (no new translations needed) -------------------------------------------


def test_the_report_follows_the_command_lines_language_unless_given_its_own(
    dbfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, third = (tmp_path / f"{n}.xlsx" for n in ("a", "b", "c"))
    assert run(capsys, "--lang", "ru", "report", "--quarter", "2026Q3", "-o", str(first))[0] == 0
    assert load_workbook(first).sheetnames[0] == "Сводка"
    code, _, _ = run(
        capsys, "--lang", "ru", "report", "--quarter", "2026Q3", "--lang", "en", "-o", str(second)
    )
    assert code == 0 and load_workbook(second).sheetnames[0] == "Summary"
    monkeypatch.setenv("FIELDMON_LANG", "ru")
    assert run(capsys, "report", "--quarter", "2026Q3", "-o", str(third))[0] == 0
    assert load_workbook(third).sheetnames[0] == "Сводка"


def test_json_is_the_same_in_every_language(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo", "--visits", "20", "--loans", "4", "--trainings", "2")[0] == 0
    printed = {}
    for lang in ("en", "ru", "kk"):
        code, out, _ = run(
            capsys,
            "--lang",
            lang,
            "summary",
            "--from",
            "01.01.2000",
            "--to",
            "31.12.2099",
            "--json",
        )
        assert code == 0
        printed[lang] = json.loads(out)
    assert printed["en"] == printed["ru"] == printed["kk"]


def test_find_names_regions_in_the_language(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(tmp_path / "v.xlsx", [row(region="ВКО", site="Амбулатория Ақсу")])
    assert run(capsys, "--officer", "Ерлан", "import", "visits", str(path))[0] == 0
    out = run(capsys, "--lang", "ru", "find", "Ақсу")[1]
    assert "Восточно-Казахстанская область" in out
    out = run(capsys, "--lang", "en", "find", "Ақсу")[1]
    assert "East Kazakhstan Region" in out


# --- in Russian: these need the templates in fieldmon_ru.ts (the lead regenerates it) ------


def bad_visits(tmp_path: Path) -> Path:
    return workbook(tmp_path / "bad.xlsx", [row(visit_date="yesterday")])


def assert_russian_row_problems(code: int, out: str, err: str) -> None:
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0].startswith("строка 2, столбец "), err
    assert lines[-1].startswith("fieldmon: ") and re.search("[А-Яа-я]", lines[-1]), err
    assert "row" not in err and "column" not in err and "Nothing" not in err


def test_lang_ru_import_names_the_bad_rows_in_russian(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_visits(tmp_path)
    assert_russian_row_problems(
        *run(capsys, "--lang", "ru", "--officer", "Ерлан", "import", "visits", str(path))
    )


def test_fieldmon_lang_ru_has_the_same_effect(
    dbfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDMON_LANG", "ru")
    path = bad_visits(tmp_path)
    assert_russian_row_problems(*run(capsys, "--officer", "Ерлан", "import", "visits", str(path)))


def test_lang_en_overrides_fieldmon_lang(
    dbfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDMON_LANG", "ru")
    path = bad_visits(tmp_path)
    code, out, err = run(
        capsys, "--lang", "en", "--officer", "Ерлан", "import", "visits", str(path)
    )
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "row 2, column visit_date: 'yesterday' is not a date; write it as dd.mm.yyyy",
        "fieldmon: Nothing was imported: 1 row has errors.",
    ]


def test_lang_kk_import_names_the_bad_rows_in_kazakh(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        [row(), row(visit_date="кеше"), row(rating="өте жақсы", beneficiaries="он екі")],
    )
    code, out, err = run(
        capsys, "--lang", "kk", "--officer", "Ерлан", "import", "visits", str(path)
    )
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0].startswith("3-жол, visit_date бағаны: "), err
    assert [line.split(",")[0] for line in lines[1:3]] == ["4-жол", "4-жол"], err
    assert {line.split(", ")[1].split(" ")[0] for line in lines[1:3]} == {"beneficiaries", "rating"}
    assert lines[-1].startswith("fieldmon: ") and set(lines[-1]) & set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
    words = latin_words(err.replace("visit_date", "").replace("beneficiaries", ""))
    assert [w for w in words if w not in ("rating", "fieldmon")] == [], err


def test_a_service_error_in_russian_has_no_english_word(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--lang", "ru", "loans", "show", "NOPE-1")
    assert (code, out) == (1, "")
    assert err.startswith("fieldmon: ") and err.count("\n") == 1
    text = err.removeprefix("fieldmon: ")
    assert "NOPE-1" in text
    assert latin_words(text.replace("NOPE-1", "")) == [], text


def test_the_output_of_a_command_in_russian(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(tmp_path / "v.xlsx", [row()])
    code, out, err = run(
        capsys, "--lang", "ru", "--officer", "Ерлан", "import", "visits", str(path)
    )
    assert (code, err) == (0, "") and latin_words(out) == [], out
    code, out, _ = run(capsys, "--lang", "ru", "conflicts")
    assert code == 0 and latin_words(out) == [], out
    code, out, _ = run(capsys, "--lang", "ru", "summary", "--quarter", "2026Q3")
    assert code == 0 and latin_words(out) == ["PAR"] * out.count("PAR"), out


def test_help_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ru", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "Offline-first" not in out and "start the GUI" not in out
    assert re.search("[А-Яа-я]{4,}", out)


def test_a_double_clicked_package_reaches_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldmon.ui.app

    given: list[str | None] = []
    monkeypatch.setattr(
        fieldmon.ui.app, "run_gui", lambda db, lang, package=None: given.append(package) or 0
    )
    assert main(["--lang", "kk", "Әсел Қасымова.fmpkg"]) == 0 and main([]) == 0
    assert given == ["Әсел Қасымова.fmpkg", None]
