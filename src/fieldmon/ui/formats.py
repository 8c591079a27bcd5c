"""Numbers, money and dates as the window shows them, in the interface's language.

One place for it, so that a list, a loan's page and the Reports page show one figure the
same way. The language is the one `i18n.install_translators` made Qt's default locale
(English → en_US, Russian → ru_RU, Kazakh → kk_KZ); choices made here:

- Money is exact: a `Decimal` is written digit by digit with the locale's separators (never
  through a float, which changes the last digits of large tenge sums), two decimals rounded
  half-up, always grouped: `1 800 000,00 ₸` in Russian and Kazakh (Qt's group separator, a
  no-break space; a decimal comma), `1,800,000.00 ₸` in English. The currency's sign follows
  the number in every language, after a no-break space, as tenge is written in Kazakhstan
  (a right-aligned money column then lines up its digits); US dollars are `$` the same way.
- Counts are grouped the same way (`12 345`).
- Dates are always `dd.MM.yyyy`, the form officers type and the one the workbooks use; never
  the locale's short format (Qt's Kazakh one has a two-digit year). Times are local, `HH:mm`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

from fieldmon.domain.money import Currency
from fieldmon.domain.periods import format_date

SIGNS = {"KZT": "₸", "USD": "$"}
NBSP = "\u00a0"


def locale() -> QLocale:
    """The interface language's locale, with group separators on. Qt's 'C' locale (no
    language installed yet) counts as US English."""
    found = QLocale()
    if found.language() == QLocale.Language.C:
        found = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    found.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return found


def number(value: Decimal | int, places: int | None = 2, *, grouped: bool = True) -> str:
    """`value` with the locale's decimal mark (and group separator unless `grouped` is
    False: text put into a field to be edited); `places` decimals rounded half-up, or as many
    as the value has when None (a rate of 24.5 %)."""
    amount = Decimal(value)
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    else:
        amount = amount.normalize()
    here = locale()
    text = f"{amount:,f}" if grouped else f"{amount:f}"
    return (
        text.replace(",", "\0")
        .replace(".", here.decimalPoint())
        .replace("\0", here.groupSeparator())
        .replace("-", here.negativeSign())
    )


def money(amount: Decimal | int, currency: Currency | str | None = None) -> str:
    """'1 800 000,00 ₸'; without a currency the number alone ('1 800 000,00')."""
    text = number(amount)
    if currency is None or currency == "":
        return text
    code = currency.value if isinstance(currency, Currency) else str(currency)
    return f"{text}{NBSP}{SIGNS.get(code, code)}"


def count(n: int) -> str:
    """A whole number, grouped: '12 345'."""
    return locale().toString(int(n))


def percent(ratio: Decimal) -> str:
    """A ratio as a percentage with two decimals: 0.12345 → '12,35 %'."""
    return f"{number(Decimal(ratio) * 100)}{NBSP}%"


def day(value: date) -> str:
    """dd.MM.yyyy in every language."""
    return format_date(value)


def days(first: date, last: date) -> str:
    """A span of days: '14.07.2026–16.07.2026', or one date when they are the same."""
    return day(first) if first == last else f"{day(first)}–{day(last)}"


def day_month(value: date) -> str:
    """dd.MM, for a column headed by a day of a known year."""
    return value.strftime("%d.%m")


def moment(value: datetime) -> str:
    """A timestamp (stored in UTC) in local time: dd.MM.yyyy HH:mm."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")
