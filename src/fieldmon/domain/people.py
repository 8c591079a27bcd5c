"""What makes a person record valid: borrowers and group members now, training participants
later. The same rules serve forms, imports and the command line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from fieldmon.domain.errors import FieldError, InvalidValue
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.iin import IINError, parse_iin
from fieldmon.domain.loans import Sex
from fieldmon.domain.visits import MAX_NAME, REQUIRED, TOO_LONG

# The youngest age group counted at trainings is 15–17.
MIN_AGE = 14
OLDEST_YEAR = 1900

BIRTH_YEAR_RANGE = QT_TRANSLATE_NOOP("fieldmon", "The birth year must be from {min} to {max}.")
IIN_OF_MAN = QT_TRANSLATE_NOOP(
    "fieldmon", "This IIN belongs to a man, but the sex given is female."
)
IIN_OF_WOMAN = QT_TRANSLATE_NOOP(
    "fieldmon", "This IIN belongs to a woman, but the sex given is male."
)
IIN_YEAR = QT_TRANSLATE_NOOP(
    "fieldmon", "This IIN gives the birth date {born}, but the birth year given is {year}."
)
NOT_A_SEX = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a sex; write female or male (ж / м).")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "fieldmon", "'{value}' is not a Kazakhstan phone number; write it like +7 701 234 56 78."
)
IIN_MESSAGES = {
    "An IIN has exactly 12 digits.": QT_TRANSLATE_NOOP("fieldmon", "An IIN has exactly 12 digits."),
    "The IIN's check digit is wrong; check for a typing error.": QT_TRANSLATE_NOOP(
        "fieldmon", "The IIN's check digit is wrong; check for a typing error."
    ),
    "The IIN's 7th digit (century and sex) must be 1 to 6.": QT_TRANSLATE_NOOP(
        "fieldmon", "The IIN's 7th digit (century and sex) must be 1 to 6."
    ),
    "The IIN does not start with a real birth date (YYMMDD).": QT_TRANSLATE_NOOP(
        "fieldmon", "The IIN does not start with a real birth date (YYMMDD)."
    ),
}

_PHONE_JUNK = re.compile(r"[\s()\-.]")


@dataclass(frozen=True)
class PersonFields:
    full_name: str
    sex: Sex | None
    birth_year: int | None
    iin: str = ""
    phone: str = ""


_SEX_WORDS = {
    "female": Sex.FEMALE,
    "f": Sex.FEMALE,
    "ж": Sex.FEMALE,
    "жен": Sex.FEMALE,
    "женский": Sex.FEMALE,
    "женщина": Sex.FEMALE,
    "әйел": Sex.FEMALE,
    "ә": Sex.FEMALE,
    "male": Sex.MALE,
    "m": Sex.MALE,
    "м": Sex.MALE,
    "муж": Sex.MALE,
    "мужской": Sex.MALE,
    "мужчина": Sex.MALE,
    "ер": Sex.MALE,
    "е": Sex.MALE,
}


def parse_sex(text: str) -> Sex:
    """English, Russian or Kazakh, in full or by first letter, or the label Female / Male as
    each language writes it (`Sex.lookup`); raises InvalidValue."""
    key = " ".join(text.split()).casefold().rstrip(".")
    if key in _SEX_WORDS:
        return _SEX_WORDS[key]
    found = Sex.lookup(text)
    if found is None:
        raise InvalidValue(NOT_A_SEX, value=text.strip())
    return found


def normalize_phone(text: str) -> str | None:
    """'8 (701) 234-56-78', '+77012345678', '7012345678' → '+7 701 234 56 78'; '' → '';
    anything else → None."""
    digits = _PHONE_JUNK.sub("", text)
    if not digits:
        return ""
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("7"):
            return None
    if not (digits.isascii() and digits.isdigit()):
        return None
    if len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return f"+7 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"


def validate_person(p: PersonFields, today: date, prefix: str = "") -> list[FieldError]:
    """Every problem with one person, field names prefixed (e.g. 'member2.') for groups."""
    errors: list[FieldError] = []
    name = " ".join(p.full_name.split())
    if not name:
        errors.append(FieldError(prefix + "full_name", REQUIRED))
    elif len(name) > MAX_NAME:
        errors.append(FieldError(prefix + "full_name", TOO_LONG, {"max": MAX_NAME}))
    if p.sex is None:
        errors.append(FieldError(prefix + "sex", REQUIRED))
    latest = today.year - MIN_AGE
    if p.birth_year is None:
        errors.append(FieldError(prefix + "birth_year", REQUIRED))
    elif not OLDEST_YEAR <= p.birth_year <= latest:
        errors.append(
            FieldError(prefix + "birth_year", BIRTH_YEAR_RANGE, {"min": OLDEST_YEAR, "max": latest})
        )
    if p.iin.strip():
        try:
            info = parse_iin(p.iin)
        except IINError as exc:
            errors.append(FieldError(prefix + "iin", IIN_MESSAGES.get(str(exc), str(exc))))
        else:
            if p.sex is not None and info.sex != p.sex.value:
                message = IIN_OF_MAN if info.sex == "male" else IIN_OF_WOMAN
                errors.append(FieldError(prefix + "iin", message))
            elif p.birth_year is not None and info.birth_date.year != p.birth_year:
                errors.append(
                    FieldError(
                        prefix + "iin",
                        IIN_YEAR,
                        {"born": info.birth_date.strftime("%d.%m.%Y"), "year": p.birth_year},
                    )
                )
    if normalize_phone(p.phone) is None:
        errors.append(FieldError(prefix + "phone", BAD_PHONE, {"value": p.phone.strip()}))
    return errors
