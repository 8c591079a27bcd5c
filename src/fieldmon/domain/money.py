"""Money: `Decimal` amounts with their currency, never floats.

Amounts are stored in the database as whole minor units (tiyn, cents) in integer columns, so
sums in SQL are exact on SQLite and PostgreSQL alike; `to_minor` / `from_minor` convert at
the boundary. Rounding is half-up to the currency's minor unit.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from fieldmon.domain.choices import Choice, register_labels
from fieldmon.domain.errors import FieldError, InvalidValue
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.domain.text import normalize_name
from fieldmon.domain.visits import NOT_A_NUMBER


class Currency(Choice):
    KZT = "KZT"
    USD = "USD"

    @property
    def exponent(self) -> int:
        """Digits after the decimal point of the minor unit (tiyn, cent)."""
        return _EXPONENTS[self.value]

    @property
    def quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.exponent)


_EXPONENTS = {"KZT": 2, "USD": 2}
register_labels(
    Currency,
    {
        "KZT": QT_TRANSLATE_NOOP("fieldmon", "KZT (tenge)"),
        "USD": QT_TRANSLATE_NOOP("fieldmon", "USD (US dollar)"),
    },
)
NOT_A_CURRENCY = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a currency; write KZT or USD.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not an amount.")
_CURRENCY_WORDS = {
    "kzt": "KZT",
    "тенге": "KZT",
    "теңге": "KZT",
    "₸": "KZT",
    "тг": "KZT",
    "tenge": "KZT",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
    "доллар": "USD",
    "долл": "USD",
    "dollar": "USD",
}


def parse_currency(text: str) -> Currency:
    """'KZT', 'тенге', '₸', 'USD', '$', or a label as a language writes it ('KZT (tenge)',
    'USD (доллар США)') → Currency; raises InvalidValue."""
    key = normalize_name(text).rstrip(".")
    if key in _CURRENCY_WORDS:
        return Currency(_CURRENCY_WORDS[key])
    found = Currency.lookup(text)
    if found is None:
        raise InvalidValue(NOT_A_CURRENCY, value=text.strip())
    return found


def round_money(amount: Decimal, currency: Currency) -> Decimal:
    """Half-up to the minor unit: 0.005 → 0.01, 2.345 → 2.35."""
    return amount.quantize(currency.quantum, rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: Currency) -> int:
    return int(round_money(amount, currency).scaleb(currency.exponent))


def from_minor(minor: int, currency: Currency) -> Decimal:
    return Decimal(minor).scaleb(-currency.exponent).quantize(currency.quantum)


AMBIGUOUS_AMOUNT = QT_TRANSLATE_NOOP(
    "fieldmon", "'{value}' is ambiguous: {grouped} or {decimal}? Write {whole} or {decimal}."
)
# One mark followed by exactly three digits: '1,500' and '1.500' read as 1 500 or as 1,5.
_AMBIGUOUS = re.compile(r"([+-]?)([1-9]\d{0,2})([,.])(\d{3})")


class AmbiguousAmountError(InvalidValue):
    """'1,500': a thousands separator or a decimal mark; `params` fill AMBIGUOUS_AMOUNT."""

    def __init__(self, params: dict[str, str]):
        self.params = params
        super().__init__(Message(AMBIGUOUS_AMOUNT, params))


def _ambiguity(value: str, text: str) -> dict[str, str] | None:
    match = _AMBIGUOUS.fullmatch(text)
    if match is None:
        return None
    sign, head, mark, tail = match.groups()
    # the decimal reading, written so that it is not three digits after the mark
    decimals = tail.rstrip("0") if tail.rstrip("0") != tail else tail + "0"
    decimal = f"{sign}{head}{mark}{decimals}" if decimals else f"{sign}{head}"
    return {
        "value": value,
        "grouped": f"{sign}{head} {tail}",
        "whole": f"{sign}{head}{tail}",
        "decimal": decimal,
    }


def _group_digits(text: str, group: str, point: str | None) -> str | None:
    """'1,500,000.50' (group ',', point '.') → '1500000.50'; None unless the groups are
    three digits each after the first and the point, if any, comes once after them."""
    tail = rf"(?:{re.escape(point)}\d+)?" if point else ""
    if not re.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+{tail}", text):
        return None
    text = text.replace(group, "")
    return text.replace(point, ".") if point else text


def parse_amount(value: object) -> Decimal:
    """'1 500 000', '1500000,50', '1,500,000.50', '1.500.000,50' or a number cell → Decimal.

    Spaces (also no-break and narrow no-break) separate thousands. With both a comma and a
    dot, the last of them is the decimal mark; a single comma or dot is the decimal mark,
    repeated it separates thousands. One mark followed by exactly three digits ('1,500',
    '1.500') could be either and raises AmbiguousAmountError. Raises InvalidValue."""
    if isinstance(value, bool):
        raise InvalidValue(NOT_AN_AMOUNT, value=str(value))
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        shown = str(value).strip()
        text = "".join(str(value).split()).replace("\u202f", "").replace("\u00a0", "")
        ambiguity = _ambiguity(shown, text)
        if ambiguity is not None:
            raise AmbiguousAmountError(ambiguity)
        plain: str | None = text
        if "," in text and "." in text:
            point = "," if text.rindex(",") > text.rindex(".") else "."
            plain = _group_digits(text, "." if point == "," else ",", point)
        elif text.count(",") + text.count(".") > 1:
            plain = _group_digits(text, "," if "," in text else ".", None)
        elif "," in text:
            plain = text.replace(",", ".")
        try:
            if plain is None:
                raise InvalidOperation
            number = Decimal(plain)
        except InvalidOperation:
            raise InvalidValue(NOT_AN_AMOUNT, value=shown) from None
    if not number.is_finite():
        raise InvalidValue(NOT_AN_AMOUNT, value=str(value).strip())
    return number


def parse_typed_amount(text: str, field: str) -> tuple[Decimal | None, FieldError | None]:
    """An amount typed in a form; empty → None, otherwise a number or a field error."""
    if not text.strip():
        return None, None
    try:
        return parse_amount(text), None
    except AmbiguousAmountError as exc:
        return None, FieldError(field, AMBIGUOUS_AMOUNT, exc.params)
    except ValueError:
        return None, FieldError(field, NOT_A_NUMBER, {"value": text.strip()})
