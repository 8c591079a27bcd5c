"""The Kazakh individual identification number (IIN / ЖСН / ИИН).

12 digits: YYMMDD (birth date), a digit 1–6 for century and sex (1/2: 1800s, 3/4: 1900s,
5/6: 2000s; odd = male), four serial digits and a check digit. The check digit is the sum of
the first 11 digits weighted 1..11, mod 11; if that is 10, weights 3..11,1,2 are used; a
second 10 means the number is invalid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class IINError(ValueError):
    """The IIN is malformed; the message is one sentence for the user."""


@dataclass(frozen=True)
class IINInfo:
    birth_date: date
    sex: str  # "male" | "female"


def check_digit(first11: str) -> int | None:
    """The check digit for 11 digits, or None if no valid check digit exists."""
    digits = [int(c) for c in first11]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def parse_iin(text: str) -> IINInfo:
    """Checks the form, the check digit and the birth date; returns what the IIN encodes."""
    iin = text.strip()
    if len(iin) != 12 or not (iin.isascii() and iin.isdigit()):
        raise IINError("An IIN has exactly 12 digits.")
    if check_digit(iin[:11]) != int(iin[11]):
        raise IINError("The IIN's check digit is wrong; check for a typing error.")
    code = int(iin[6])
    if code not in _CENTURY:
        raise IINError("The IIN's 7th digit (century and sex) must be 1 to 6.")
    try:
        born = date(_CENTURY[code] + int(iin[:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise IINError("The IIN does not start with a real birth date (YYMMDD).") from None
    return IINInfo(born, "male" if code % 2 else "female")


def make_iin(born: date, sex: str, serial: int) -> str:
    """A valid IIN for a birth date, sex and serial (tests and demo data); serials whose
    check digit would be invalid are skipped to the next one."""
    century = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100]
    code = century + (sex == "female")
    while True:
        first11 = f"{born:%y%m%d}{code}{serial % 10000:04d}"
        digit = check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
        serial += 1
