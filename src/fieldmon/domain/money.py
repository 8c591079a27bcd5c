"""Money: `Decimal` amounts with their currency, never floats.

Amounts are stored in the database as whole minor units (tiyn, cents) in integer columns, so
sums in SQL are exact on SQLite and PostgreSQL alike; `to_minor` / `from_minor` convert at
the boundary. Rounding is half-up to the currency's minor unit.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from fieldmon.domain.choices import Choice, register_labels
from fieldmon.domain.errors import FieldError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
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
    """'KZT', 'тенге', '₸', 'USD', '$' → Currency; raises ValueError."""
    key = normalize_name(text).rstrip(".")
    if key in _CURRENCY_WORDS:
        return Currency(_CURRENCY_WORDS[key])
    raise ValueError(f"'{text.strip()}' is not a currency; write KZT or USD")


def round_money(amount: Decimal, currency: Currency) -> Decimal:
    """Half-up to the minor unit: 0.005 → 0.01, 2.345 → 2.35."""
    return amount.quantize(currency.quantum, rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: Currency) -> int:
    return int(round_money(amount, currency).scaleb(currency.exponent))


def from_minor(minor: int, currency: Currency) -> Decimal:
    return Decimal(minor).scaleb(-currency.exponent).quantize(currency.quantum)


def parse_amount(value: object) -> Decimal:
    """'1 500 000', '1500000,50', '1,500,000.50' or a number cell → Decimal.

    Spaces (also non-breaking) separate thousands; a comma is the decimal mark unless the
    text also has a dot (then commas separate thousands). Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is not an amount")
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        text = "".join(str(value).split()).replace("\u202f", "")
        # with both marks, commas group thousands; alone, a comma is the decimal mark
        text = text.replace(",", "") if "," in text and "." in text else text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"'{str(value).strip()}' is not an amount") from None
    if not number.is_finite():
        raise ValueError(f"'{value}' is not an amount")
    return number


def parse_typed_amount(text: str, field: str) -> tuple[Decimal | None, FieldError | None]:
    """An amount typed in a form; empty → None, otherwise a number or a field error."""
    if not text.strip():
        return None, None
    try:
        return parse_amount(text), None
    except ValueError:
        return None, FieldError(field, NOT_A_NUMBER, {"value": text.strip()})


def format_money(amount: Decimal, currency: Currency | None = None) -> str:
    """'1 234 567.50' (thin groups with a no-break space, as Russian readers expect)."""
    text = f"{amount:,.2f}".replace(",", "\u00a0")
    return f"{text} {currency.value}" if currency is not None else text
