"""Interface language: loading translations and translating text marked in Qt-free code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from fieldmon.domain.errors import FieldError
from fieldmon.domain.i18n import CONTEXT
from fieldmon.paths import resource_path

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: FieldError) -> str:
    return translate(error.template).format(**error.params)


def choice_label(choice_cls: type, code: str) -> str:
    return translate(choice_cls.labels()[code])  # type: ignore[attr-defined]


def preferred_language(override: str | None = None) -> str:
    """--lang, else the saved setting, else the system language if we ship it, else English."""
    if override in LANGUAGES:
        return override
    saved = QSettings().value("language", "")
    if saved in LANGUAGES:
        return str(saved)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def file_translator(lang: str) -> Callable[[str], str]:
    """A translation function for `lang` that needs no application object and no installed
    translator (the command line; a report written in a worker thread)."""
    if lang == "en":
        return lambda text: text
    translator = QTranslator()
    if not translator.load(str(resource_path("translations", f"fieldmon_{lang}.qm"))):
        return lambda text: text
    return lambda text: translator.translate(CONTEXT, text) or text


def install_translators(lang: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"fieldmon_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # standard buttons and dialogs (OK, Cancel, file dialogs)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(lang))
