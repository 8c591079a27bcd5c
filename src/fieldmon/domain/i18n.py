"""Text shown to users, in English, Russian or Kazakh, from code that does not import Qt.

Every sentence a user reads is an English template marked with `QT_TRANSLATE_NOOP` (which
returns it unchanged; `pyside6-lupdate` finds the calls by name and puts the text in the
translation files). Code below the interface does not format such sentences into English:
it builds a `Message` — the template, which is its id, and the values to fill in — and the
place that shows it (window, command line, workbook note) renders it in the user's
language with `Message.render(tr)`. `translator(lang)` gives that `tr` for a language
without a running application (the command line, a worker thread): it reads the compiled
`.qm` file with Qt's `QTranslator`, imported only when first needed.

Plurals use Qt's `%n`: `Message(template, n=count)`; English plural forms come from
`fieldmon_en.qm` (numerus messages only), so "1 row has" and "3 rows have" both read right.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

CONTEXT = "fieldmon"
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """QT_TRANSLATE_NOOP for a sentence with a count (Qt's `%n`): lupdate makes a call of this
    name with a fourth argument a plural message, with a form per number in each language
    (`translate("fieldmon", "%n row(s) have errors.", None, 0)`). Returns `text` unchanged."""
    return text


Translator = Callable[..., str]


def untranslated(text: str, n: int | None = None) -> str:
    """The English template itself (the source of every translation)."""
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for a user: an English `template` with `{name}` placeholders (marked with
    QT_TRANSLATE_NOOP, so it is also the message's id) and the values to fill in. A value
    may itself be a Message (rendered in the same language), and `n` is the count for a
    template with Qt's `%n` plural. `reason=True` renders it to follow 'row N, column X: '
    (first letter small, no final full stop) in any language."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    n: int | None = None
    reason: bool = False

    def render(self, tr: Translator | None = None) -> str:
        tr = tr or english()
        text = tr(self.template, self.n) if self.n is not None else tr(self.template)
        if self.n is not None:
            text = text.replace("%n", str(self.n))
        if self.params:
            text = text.format(**{k: render(v, tr) for k, v in self.params.items()})
        if self.reason:
            text = text.rstrip(".")
            if not self.template.startswith("{"):  # a value ('TR-1 is…') keeps its case
                text = text[:1].lower() + text[1:]
        return text

    def as_reason(self) -> Message:
        return Message(self.template, self.params, self.n, reason=True)

    def __str__(self) -> str:
        return self.render()


def message(template: str, n: int | None = None, **params: Any) -> Message:
    return Message(template, params, n)


def render(value: Any, tr: Translator | None = None) -> str:
    """A Message (or an exception carrying one) in `tr`'s language; anything else as str."""
    if isinstance(value, Message):
        return value.render(tr)
    shown = getattr(value, "shown", None)
    if callable(shown):
        return str(shown(tr or english()))
    return str(value)


@cache
def translator(lang: str) -> Translator:
    """A `tr(text, n=None)` for `lang` ('en', 'ru' or 'kk') that needs no application object
    and no installed translator. Text without a translation comes back unchanged."""
    from PySide6.QtCore import QTranslator

    from fieldmon.paths import resource_path

    qm = QTranslator()
    if not qm.load(str(resource_path("translations", f"fieldmon_{lang}.qm"))):
        return untranslated

    def tr(text: str, n: int | None = None) -> str:
        found = qm.translate(CONTEXT, text, None, -1 if n is None else n)
        return found or text

    return tr


def english() -> Translator:
    return translator("en")
