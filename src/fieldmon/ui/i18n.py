"""Interface language: loading translations and translating text marked in Qt-free code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from fieldmon.domain.errors import FieldError
from fieldmon.domain.i18n import CONTEXT, LANGUAGES, Translator, render, translator
from fieldmon.paths import resource_path

__all__ = ["LANGUAGES", "problem_lines", "shown", "translate", "ui_tr"]
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language installed last ('en', 'ru' or 'kk')."""
    return _current[0]


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ui_tr(text: str, n: int | None = None) -> str:
    """Text marked in Qt-free code, in the language installed in the application."""
    return QCoreApplication.translate(CONTEXT, text, None, -1 if n is None else n)


def shown(value: object) -> str:
    """An error or a Message from below the interface, in the interface's language; any other
    exception as its own text."""
    return render(value, ui_tr)


def problem_lines(exc: BaseException) -> list[str]:
    """The rows an import refused (ImportFailed), each in the interface's language: its
    `messages` (Messages), or its `problems` (English text) where it has no messages."""
    messages = getattr(exc, "messages", None)
    if messages is not None:
        return [shown(m) for m in messages]
    return [str(p) for p in getattr(exc, "problems", [])]


def error_text(error: FieldError) -> str:
    return error.shown(ui_tr)


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


def file_translator(lang: str) -> Translator:
    """A translation function for `lang` that needs no application object and no installed
    translator (the command line; a report written in a worker thread)."""
    return translator(lang)


def remove_translators() -> None:
    """Back to the source text: the English templates, without English plural forms."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = "en"


def install_translators(lang: str) -> None:
    """fieldmon's and Qt's own translations for `lang` in place of those installed, and
    Qt's default locale for it (which `ui.formats` writes numbers with)."""
    remove_translators()
    app = QCoreApplication.instance()
    assert app is not None
    _current[0] = lang
    ours = QTranslator(app)  # for English: the plural forms only
    if ours.load(str(resource_path("translations", f"fieldmon_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    qt = QTranslator(app)  # standard buttons and dialogs (OK, Cancel, file dialogs)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(lang))
