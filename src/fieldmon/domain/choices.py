"""The fixed lists users pick from. Codes are stored; labels are shown (and translated)."""

from __future__ import annotations

from enum import StrEnum

from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.text import normalize_name


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
    def parse(cls, text: str) -> Choice:
        """Accepts the code ('minor_issues') or the English label ('Minor issues'), in any
        case and spacing; raises ValueError listing the accepted codes."""
        key = normalize_name(text).replace("-", "_")
        for code, label in cls.labels().items():
            if key in (code, normalize_name(label), code.replace("_", " ")):
                return cls(code)
        allowed = ", ".join(cls.labels())
        raise ValueError(f"'{text.strip()}' is not one of: {allowed}")


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


_YES = {"yes", "y", "true", "1", "x", "+", "да", "д", "иә", "ия"}
_NO = {"no", "n", "false", "0", "-", "нет", "н", "жоқ"}
_NA = {"", "n/a", "na", "not applicable", "not_applicable", "н/п", "—"}


def parse_yes_no(text: str) -> bool | None:
    """Yes/no/not-applicable in English, Russian or Kazakh; None means not applicable."""
    key = normalize_name(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    if key in _NA:
        return None
    raise ValueError(f"'{text.strip()}' is not yes, no or empty")
