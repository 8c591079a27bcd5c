"""Marking of translatable text in code that must not import Qt.

`QT_TRANSLATE_NOOP` returns its text unchanged; `pyside6-lupdate` finds the calls by name and
puts the text in the translation files. The interface translates the text when it shows it
(`fieldmon.ui.i18n.translate`); the command line prints it in English.
"""

CONTEXT = "fieldmon"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
