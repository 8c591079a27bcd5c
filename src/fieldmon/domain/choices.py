"""The fixed lists users pick from. Codes are stored; labels are shown (and translated).

A typed or imported choice is read by `Choice.parse`: the code ('minor_issues') or the label
in English, Russian or Kazakh ('Minor issues', 'Незначительные проблемы'), with case, ё/е,
spaces, punctuation and underscores ignored ('NGO/community centre', 'НПО / ОБЩЕСТВЕННЫЙ
ЦЕНТР' and 'ngo_community_centre' are one choice). The Russian and Kazakh labels come from
the shipped translations (`translator(lang)`); a language whose translation is missing, or
leaves a label in English, adds nothing. Should one key name two choices of a list (a label
in one language equal to another choice's label in another), the code wins, then English,
then Russian, then Kazakh.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Self

from fieldmon.domain.errors import InvalidValue
from fieldmon.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Translator, english, translator
from fieldmon.domain.text import choice_key, normalize_name

NOT_ONE_OF = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not one of: {allowed}.")
NOT_YES_NO = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not yes, no or empty.")


def translated_labels(label: str) -> Iterator[str]:
    """`label` (English, marked for translation) as each other language writes it, for the
    languages whose translation gives it another text."""
    for lang in LANGUAGES:
        if lang == "en":
            continue
        text = translator(lang)(label)
        if text and text != label:
            yield text


class Choice(StrEnum):
    """A StrEnum whose members have an English label (marked for translation)."""

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Code → English label, in the order the choices are offered."""
        return _LABELS[cls.__name__]

    @property
    def label(self) -> str:
        return type(self).labels()[self.value]

    @classmethod
    def lookup(cls, text: str) -> Self | None:
        """The choice `text` names (code or label in any language, see the module), or None."""
        code = _index(cls).get(choice_key(text))
        return None if code is None else cls(code)

    @classmethod
    def parse(cls, text: str, *, show_labels: bool | None = None) -> Self:
        """The choice `text` names; raises InvalidValue listing the allowed values.

        The error's `allowed` shows, in the language it is rendered in, the codes
        (`show_labels=False`), the labels (`True`), or by default the codes in English and
        the labels in a language that translates them (what a translated template's
        drop-down offers); its `codes` param is the codes' tuple whatever is shown."""
        found = cls.lookup(text)
        if found is None:
            raise InvalidValue(
                NOT_ONE_OF,
                value=text.strip(),
                allowed=AllowedValues(cls, show_labels),
                codes=tuple(cls.labels()),
            )
        return found


@dataclass(frozen=True)
class AllowedValues:
    """The values of a Choice as an error message lists them, in the reader's language:
    codes, labels, or (`show_labels=None`) codes where the labels are English and labels
    where the language translates them."""

    choice: type[Choice]
    show_labels: bool | None = None

    def shown(self, tr: Translator) -> str:
        labels = self.choice.labels()
        translated = [tr(label) or label for label in labels.values()]
        as_labels = self.show_labels
        if as_labels is None:
            as_labels = translated != list(labels.values())
        return ", ".join(translated if as_labels else labels)

    def __str__(self) -> str:
        return self.shown(english())


_INDEXES: dict[str, dict[str, str]] = {}


def _index(choice: type[Choice]) -> dict[str, str]:
    """Key (`choice_key`) → code, built on first use from the codes and every language's
    labels; see the module for the order that settles a clash."""
    index = _INDEXES.get(choice.__name__)
    if index is None:
        index = {}
        labels = choice.labels()
        names = [(code, code) for code in labels]
        names += [(label, code) for code, label in labels.items()]
        names += [
            (text, code) for code, label in labels.items() for text in translated_labels(label)
        ]
        for text, code in names:
            key = choice_key(text)
            if key:
                index.setdefault(key, code)
        _INDEXES[choice.__name__] = index
    return index


class SiteType(Choice):
    MICROCREDIT_BUSINESS = "microcredit_business"
    MICROLEASING_EQUIPMENT = "microleasing_equipment"
    SMALL_GRANT_PROJECT = "small_grant_project"
    HEALTH_FACILITY = "health_facility"
    CHILD_DEVELOPMENT_ROOM = "child_development_room"
    NGO_COMMUNITY_CENTRE = "ngo_community_centre"
    OTHER = "other"


class Purpose(Choice):
    ROUTINE = "routine"
    VERIFICATION = "verification"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class FundsUsed(Choice):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"


class Rating(Choice):
    ON_TRACK = "on_track"
    MINOR_ISSUES = "minor_issues"
    SERIOUS_ISSUES = "serious_issues"


_SITE_TYPE_LABELS = {
    "microcredit_business": QT_TRANSLATE_NOOP("fieldmon", "Microcredit business"),
    "microleasing_equipment": QT_TRANSLATE_NOOP("fieldmon", "Microleasing equipment"),
    "small_grant_project": QT_TRANSLATE_NOOP("fieldmon", "Small-grant project"),
    "health_facility": QT_TRANSLATE_NOOP("fieldmon", "Health facility"),
    "child_development_room": QT_TRANSLATE_NOOP("fieldmon", "Child development room"),
    "ngo_community_centre": QT_TRANSLATE_NOOP("fieldmon", "NGO / community centre"),
    "other": QT_TRANSLATE_NOOP("fieldmon", "Other"),
}
_PURPOSE_LABELS = {
    "routine": QT_TRANSLATE_NOOP("fieldmon", "Routine monitoring"),
    "verification": QT_TRANSLATE_NOOP("fieldmon", "Verification of use of funds"),
    "follow_up": QT_TRANSLATE_NOOP("fieldmon", "Follow-up"),
    "other": QT_TRANSLATE_NOOP("fieldmon", "Other"),
}
_FUNDS_LABELS = {
    "yes": QT_TRANSLATE_NOOP("fieldmon", "Yes"),
    "partly": QT_TRANSLATE_NOOP("fieldmon", "Partly"),
    "no": QT_TRANSLATE_NOOP("fieldmon", "No"),
    "not_applicable": QT_TRANSLATE_NOOP("fieldmon", "Not applicable"),
}
_RATING_LABELS = {
    "on_track": QT_TRANSLATE_NOOP("fieldmon", "On track"),
    "minor_issues": QT_TRANSLATE_NOOP("fieldmon", "Minor issues"),
    "serious_issues": QT_TRANSLATE_NOOP("fieldmon", "Serious issues"),
}

_LABELS = {
    "SiteType": _SITE_TYPE_LABELS,
    "Purpose": _PURPOSE_LABELS,
    "FundsUsed": _FUNDS_LABELS,
    "Rating": _RATING_LABELS,
}


def register_labels(choice: type[Choice], labels: dict[str, str]) -> None:
    """Labels for a Choice defined in another module (loans, trainings)."""
    if set(labels) != {m.value for m in choice}:
        raise ValueError(f"labels of {choice.__name__} do not match its members")
    _LABELS[choice.__name__] = labels
    _INDEXES.pop(choice.__name__, None)


_YES = {"yes", "y", "true", "1", "x", "+", "да", "д", "иә", "ия"}
_NO = {"no", "n", "false", "0", "-", "нет", "н", "жоқ"}
_NA = {"", "n/a", "na", "not applicable", "not_applicable", "н/п", "—"}
_YES_NO_LABELS: dict[str, bool | None] = {
    QT_TRANSLATE_NOOP("fieldmon", "Yes"): True,
    QT_TRANSLATE_NOOP("fieldmon", "No"): False,
    QT_TRANSLATE_NOOP("fieldmon", "Not applicable"): None,
}


@cache
def _yes_no_index() -> dict[str, bool | None]:
    index: dict[str, bool | None] = {}
    for label, value in _YES_NO_LABELS.items():
        for text in (label, *translated_labels(label)):
            index.setdefault(choice_key(text), value)
    return index


def parse_yes_no(text: str) -> bool | None:
    """Yes/no/not-applicable in English, Russian or Kazakh (words, letters and signs, or the
    labels Yes, No, Not applicable as each language writes them); None means not applicable.
    Raises InvalidValue."""
    key = normalize_name(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    if key in _NA:
        return None
    index = _yes_no_index()
    if choice_key(text) in index:
        return index[choice_key(text)]
    raise InvalidValue(NOT_YES_NO, value=text.strip())
