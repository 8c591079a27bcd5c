"""Loans: repayment schedules, allocation of repayments, status and arrears as of a date.

Pure functions over `Decimal`; the services store what they compute, the tests check it by
hand. Conventions (also in the README):

* Instalments are monthly. Instalment k (1-based) falls due k − 1 months after the first due
  date; a day that does not exist in a month becomes that month's last day (31 Jan → 28 Feb
  → 31 Mar). When the first due date is the default, one month after disbursement, the
  months are counted from the disbursement day instead, so a loan disbursed on 31 Jan falls
  due on 28 Feb, 31 Mar, 30 Apr.
* The monthly rate is the annual rate / 12; no day counting.
* Flat: each month's interest is principal × monthly rate; each principal part is
  principal / term.
* Declining balance: the equal payment is the annuity principal × i / (1 − (1 + i)^−n),
  rounded; each month's interest is the outstanding balance × i, the principal part is the
  payment minus the interest.
* Every amount is rounded half-up to the currency's minor unit. The last instalment takes
  the whole remaining principal, so principal parts sum exactly to the principal.
* A repayment pays the oldest instalment first, its interest before its principal.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from dateutil.relativedelta import relativedelta

from fieldmon.domain.choices import Choice, register_labels
from fieldmon.domain.errors import FieldError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.money import Currency, round_money
from fieldmon.domain.periods import quarter_of
from fieldmon.domain.visits import MAX_NAME, REQUIRED, TOO_LONG

ZERO = Decimal(0)


class Product(Choice):
    MICROCREDIT = "microcredit"
    MICROLEASING = "microleasing"


class Method(Choice):
    FLAT = "flat"
    DECLINING = "declining"


class LoanStatus(Choice):
    REPAID = "repaid"
    OVERDUE = "overdue"
    DUE_NEXT_QUARTER = "due_next_quarter"
    CURRENT = "current"


class Sex(Choice):
    FEMALE = "female"
    MALE = "male"


class BorrowerKind(Choice):
    INDIVIDUAL = "individual"
    GROUP = "group"


register_labels(
    Product,
    {
        "microcredit": QT_TRANSLATE_NOOP("fieldmon", "Microcredit"),
        "microleasing": QT_TRANSLATE_NOOP("fieldmon", "Microleasing"),
    },
)
register_labels(
    Method,
    {
        "flat": QT_TRANSLATE_NOOP("fieldmon", "Flat"),
        "declining": QT_TRANSLATE_NOOP("fieldmon", "Declining balance"),
    },
)
register_labels(
    LoanStatus,
    {
        "repaid": QT_TRANSLATE_NOOP("fieldmon", "Repaid"),
        "overdue": QT_TRANSLATE_NOOP("fieldmon", "Overdue"),
        "due_next_quarter": QT_TRANSLATE_NOOP("fieldmon", "Due next quarter"),
        "current": QT_TRANSLATE_NOOP("fieldmon", "Current"),
    },
)
register_labels(
    Sex,
    {
        "female": QT_TRANSLATE_NOOP("fieldmon", "Female"),
        "male": QT_TRANSLATE_NOOP("fieldmon", "Male"),
    },
)
register_labels(
    BorrowerKind,
    {
        "individual": QT_TRANSLATE_NOOP("fieldmon", "Individual"),
        "group": QT_TRANSLATE_NOOP("fieldmon", "Group (2–3 people)"),
    },
)

AGEING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("1-30", 1, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("91-180", 91, 180),
    ("over_180", 181, None),
)


@dataclass(frozen=True)
class LoanTerms:
    principal: Decimal
    currency: Currency
    annual_rate_pct: Decimal
    method: Method
    term_months: int
    first_due_on: date
    disbursed_on: date | None = None


@dataclass(frozen=True)
class Instalment:
    seq: int
    due_on: date
    principal: Decimal
    interest: Decimal

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest


@dataclass(frozen=True)
class Paid:
    """What the repayments so far paid of one instalment."""

    interest: Decimal
    principal: Decimal

    @property
    def total(self) -> Decimal:
        return self.interest + self.principal


def default_first_due(disbursed_on: date) -> date:
    """One month after disbursement (31 Jan → 28/29 Feb)."""
    return disbursed_on + relativedelta(months=1)


def due_dates(terms: LoanTerms) -> list[date]:
    d = terms.disbursed_on
    if d is not None and terms.first_due_on == default_first_due(d):
        return [d + relativedelta(months=k) for k in range(1, terms.term_months + 1)]
    return [terms.first_due_on + relativedelta(months=k) for k in range(terms.term_months)]


def annuity_payment(principal: Decimal, monthly_rate: Decimal, months: int) -> Decimal:
    """The unrounded equal payment of a declining-balance loan."""
    if monthly_rate == 0:
        return principal / months
    with localcontext() as ctx:
        ctx.prec = 40
        return principal * monthly_rate / (1 - (1 + monthly_rate) ** -months)


def schedule(terms: LoanTerms) -> list[Instalment]:
    """The instalments of a loan; see the module docstring for the conventions."""
    n, cur = terms.term_months, terms.currency
    if n < 1:
        raise ValueError("the term must be at least one month")
    principal = round_money(terms.principal, cur)
    with localcontext() as ctx:
        ctx.prec = 40
        i = terms.annual_rate_pct / Decimal(1200)
    result: list[Instalment] = []
    due = due_dates(terms)
    balance = principal
    if terms.method == Method.FLAT:
        interest = round_money(principal * i, cur)
        part = round_money(principal / n, cur)
        for k in range(1, n + 1):
            p = balance if k == n else min(part, balance)
            result.append(Instalment(k, due[k - 1], p, interest))
            balance -= p
    else:
        payment = round_money(annuity_payment(principal, i, n), cur)
        for k in range(1, n + 1):
            interest = round_money(balance * i, cur)
            p = balance if k == n else min(max(payment - interest, ZERO), balance)
            result.append(Instalment(k, due[k - 1], p, interest))
            balance -= p
    return result


def allocate(instalments: Sequence[Instalment], amount: Decimal) -> list[Paid]:
    """How `amount` (all repayments together) pays the instalments: oldest first, interest
    before principal within an instalment. Never pays more than is due."""
    left = amount
    result = []
    for inst in instalments:
        interest = min(left, inst.interest)
        left -= interest
        principal = min(left, inst.principal)
        left -= principal
        result.append(Paid(interest, principal))
    return result


@dataclass(frozen=True)
class LoanState:
    """A loan as of a date. `days_in_arrears` is 0 unless the loan is overdue (and 0 also when
    the oldest unpaid instalment falls due on the date itself)."""

    as_of: date
    status: LoanStatus
    paid: Decimal
    outstanding_principal: Decimal
    outstanding_total: Decimal
    oldest_unpaid_due: date | None
    days_in_arrears: int

    @property
    def ageing_bucket(self) -> str | None:
        return ageing_bucket(self.days_in_arrears)


def amount_due(lines: Iterable[tuple[date, Decimal, Decimal]], day: date) -> Decimal:
    """What to ask a borrower for on `day`, from (due date, total, paid) per instalment:
    everything unpaid that is due by then, or else what is left of the next instalment."""
    unpaid = [(due_on, total - paid) for due_on, total, paid in lines if paid < total]
    overdue = sum((left for due_on, left in unpaid if due_on <= day), ZERO)
    return overdue if overdue or not unpaid else unpaid[0][1]


def ageing_bucket(days: int) -> str | None:
    for name, low, high in AGEING_BUCKETS:
        if days >= low and (high is None or days <= high):
            return name
    return None


def status_of(
    paid_total: Decimal,
    total_due: Decimal,
    oldest_unpaid_due: date | None,
    final_due_on: date,
    as_of: date,
) -> LoanStatus:
    """The rule, in one place: repaid, else overdue, else due next quarter, else current."""
    if paid_total >= total_due or oldest_unpaid_due is None:
        return LoanStatus.REPAID
    if oldest_unpaid_due <= as_of:
        return LoanStatus.OVERDUE
    next_quarter = quarter_of(quarter_of(as_of).end + relativedelta(days=1))
    if final_due_on in next_quarter:
        return LoanStatus.DUE_NEXT_QUARTER
    return LoanStatus.CURRENT


def state_as_of(
    instalments: Sequence[Instalment],
    repayments: Iterable[tuple[date, Decimal]],
    as_of: date,
) -> LoanState:
    """The loan's state counting only repayments dated on or before `as_of`."""
    paid = sum((amount for day, amount in repayments if day <= as_of), ZERO)
    allocation = allocate(instalments, paid)
    total_due = sum((inst.total for inst in instalments), ZERO)
    principal = sum((inst.principal for inst in instalments), ZERO)
    principal_paid = sum((p.principal for p in allocation), ZERO)
    oldest = next(
        (
            inst.due_on
            for inst, p in zip(instalments, allocation, strict=True)
            if p.total < inst.total
        ),
        None,
    )
    status = status_of(paid, total_due, oldest, instalments[-1].due_on, as_of)
    days = (as_of - oldest).days if status == LoanStatus.OVERDUE and oldest is not None else 0
    return LoanState(
        as_of=as_of,
        status=status,
        paid=paid,
        outstanding_principal=principal - principal_paid,
        outstanding_total=max(total_due - paid, ZERO),  # the services refuse overpayment
        oldest_unpaid_due=oldest,
        days_in_arrears=days,
    )


def par(states: Iterable[tuple[Currency, LoanState]], days: int = 30) -> dict[Currency, Decimal]:
    """Portfolio at risk: outstanding principal of loans more than `days` in arrears ÷ all
    outstanding principal, per currency, as a ratio rounded to 4 places (0.1234 = 12.34 %).
    A currency with nothing outstanding has a PAR of 0."""
    at_risk: dict[Currency, Decimal] = {}
    total: dict[Currency, Decimal] = {}
    for currency, state in states:
        total[currency] = total.get(currency, ZERO) + state.outstanding_principal
        if state.days_in_arrears > days:
            at_risk[currency] = at_risk.get(currency, ZERO) + state.outstanding_principal
    return {c: par_ratio(at_risk.get(c, ZERO), t) for c, t in total.items()}


def par_ratio(at_risk: Decimal, outstanding: Decimal) -> Decimal:
    if outstanding == 0:
        return Decimal("0.0000")
    return (at_risk / outstanding).quantize(Decimal("0.0001"))


# --- validation -------------------------------------------------------------------------

MAX_PRINCIPAL = Decimal("1000000000000")
MAX_RATE = Decimal(100)
MAX_TERM = 360
MAX_LOAN_NO = 40

LOAN_NO_FORM = QT_TRANSLATE_NOOP(
    "fieldmon", "A loan number has at most {max} letters, digits, '-', '/' or '.'."
)
PRINCIPAL_RANGE = QT_TRANSLATE_NOOP(
    "fieldmon", "The principal must be more than 0 and at most {max}."
)
TOO_PRECISE = QT_TRANSLATE_NOOP(
    "fieldmon", "{currency} amounts have at most {places} digits after the decimal point."
)
RATE_RANGE = QT_TRANSLATE_NOOP("fieldmon", "The annual rate must be from 0 to {max} %.")
TERM_RANGE = QT_TRANSLATE_NOOP("fieldmon", "The term must be from 1 to {max} months.")
DISBURSED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "fieldmon", "The disbursement date cannot be in the future (today is {today})."
)
DATE_TOO_OLD = QT_TRANSLATE_NOOP("fieldmon", "The date must be in the year 2000 or later.")
FIRST_DUE_ORDER = QT_TRANSLATE_NOOP(
    "fieldmon", "The first due date must be after the disbursement date ({disbursed})."
)
FIRST_DUE_TOO_LATE = QT_TRANSLATE_NOOP(
    "fieldmon", "The first due date must be within a year of the disbursement date."
)
APPROVED_AFTER = QT_TRANSLATE_NOOP(
    "fieldmon", "The committee approval must be on or before the disbursement ({disbursed})."
)
AMOUNT_POSITIVE = QT_TRANSLATE_NOOP("fieldmon", "The amount must be more than 0.")
PAID_BEFORE_DISBURSED = QT_TRANSLATE_NOOP(
    "fieldmon", "The repayment cannot be dated before the disbursement ({disbursed})."
)
PAID_IN_FUTURE = QT_TRANSLATE_NOOP(
    "fieldmon", "The repayment date cannot be in the future (today is {today})."
)
MORE_THAN_OUTSTANDING = QT_TRANSLATE_NOOP(
    "fieldmon", "The amount is more than the {outstanding} still owed on this loan."
)
NOTHING_OWED = QT_TRANSLATE_NOOP("fieldmon", "This loan is fully repaid; nothing is owed.")

_LOAN_NO_CHARS = set("-/._")


@dataclass(frozen=True)
class LoanFields:
    loan_no: str
    product: Product | None
    purpose: str
    principal: Decimal | None
    currency: Currency | None
    annual_rate_pct: Decimal | None
    method: Method | None
    term_months: int | None
    disbursed_on: date | None
    first_due_on: date | None = None  # None: one month after disbursement
    approved_on: date | None = None
    project_id: uuid.UUID | None = None  # None: no project

    def terms(self) -> LoanTerms:
        """The schedule's inputs; only for fields that passed `validate_loan`."""
        assert self.principal is not None and self.currency is not None
        assert self.annual_rate_pct is not None and self.method is not None
        assert self.term_months is not None and self.disbursed_on is not None
        return LoanTerms(
            self.principal,
            self.currency,
            self.annual_rate_pct,
            self.method,
            self.term_months,
            self.first_due_on or default_first_due(self.disbursed_on),
            self.disbursed_on,
        )


def normalize_loan_no(text: str) -> str:
    return "".join(text.split()).upper()


def _too_precise(amount: Decimal, currency: Currency) -> bool:
    return amount != amount.quantize(currency.quantum, rounding="ROUND_DOWN")


def validate_loan(f: LoanFields, today: date) -> list[FieldError]:
    """Every problem with a loan's own fields, at most one per field, in form order."""
    errors: list[FieldError] = []
    loan_no = normalize_loan_no(f.loan_no)
    if not loan_no:
        errors.append(FieldError("loan_no", REQUIRED))
    elif len(loan_no) > MAX_LOAN_NO or not all(c.isalnum() or c in _LOAN_NO_CHARS for c in loan_no):
        errors.append(FieldError("loan_no", LOAN_NO_FORM, {"max": MAX_LOAN_NO}))
    if f.product is None:
        errors.append(FieldError("product", REQUIRED))
    if len(f.purpose) > MAX_NAME:
        errors.append(FieldError("purpose", TOO_LONG, {"max": MAX_NAME}))
    if f.principal is None:
        errors.append(FieldError("principal", REQUIRED))
    elif not 0 < f.principal <= MAX_PRINCIPAL:
        errors.append(FieldError("principal", PRINCIPAL_RANGE, {"max": f"{MAX_PRINCIPAL:,}"}))
    elif f.currency is not None and _too_precise(f.principal, f.currency):
        errors.append(
            FieldError(
                "principal",
                TOO_PRECISE,
                {"currency": f.currency.value, "places": f.currency.exponent},
            )
        )
    if f.currency is None:
        errors.append(FieldError("currency", REQUIRED))
    if f.annual_rate_pct is None:
        errors.append(FieldError("annual_rate_pct", REQUIRED))
    elif not 0 <= f.annual_rate_pct <= MAX_RATE:
        errors.append(FieldError("annual_rate_pct", RATE_RANGE, {"max": MAX_RATE}))
    if f.method is None:
        errors.append(FieldError("method", REQUIRED))
    if f.term_months is None:
        errors.append(FieldError("term_months", REQUIRED))
    elif not 1 <= f.term_months <= MAX_TERM:
        errors.append(FieldError("term_months", TERM_RANGE, {"max": MAX_TERM}))
    disbursed = f.disbursed_on
    if disbursed is None:
        errors.append(FieldError("disbursed_on", REQUIRED))
    elif disbursed > today:
        errors.append(
            FieldError("disbursed_on", DISBURSED_IN_FUTURE, {"today": today.strftime("%d.%m.%Y")})
        )
    elif disbursed.year < 2000:
        errors.append(FieldError("disbursed_on", DATE_TOO_OLD))
    if disbursed is not None and f.first_due_on is not None:
        if f.first_due_on <= disbursed:
            errors.append(
                FieldError(
                    "first_due_on", FIRST_DUE_ORDER, {"disbursed": disbursed.strftime("%d.%m.%Y")}
                )
            )
        elif f.first_due_on > disbursed + relativedelta(years=1):
            errors.append(FieldError("first_due_on", FIRST_DUE_TOO_LATE))
    if disbursed is not None and f.approved_on is not None and f.approved_on > disbursed:
        errors.append(
            FieldError("approved_on", APPROVED_AFTER, {"disbursed": disbursed.strftime("%d.%m.%Y")})
        )
    return errors


def validate_repayment(
    paid_on: date | None,
    amount: Decimal | None,
    receipt_no: str,
    *,
    currency: Currency,
    disbursed_on: date,
    outstanding: Decimal,
    today: date,
) -> list[FieldError]:
    """`outstanding` is everything still owed (all instalments, after every live repayment)."""
    errors: list[FieldError] = []
    if paid_on is None:
        errors.append(FieldError("paid_on", REQUIRED))
    elif paid_on > today:
        errors.append(FieldError("paid_on", PAID_IN_FUTURE, {"today": today.strftime("%d.%m.%Y")}))
    elif paid_on < disbursed_on:
        errors.append(
            FieldError(
                "paid_on", PAID_BEFORE_DISBURSED, {"disbursed": disbursed_on.strftime("%d.%m.%Y")}
            )
        )
    if amount is None:
        errors.append(FieldError("amount", REQUIRED))
    elif amount <= 0:
        errors.append(FieldError("amount", AMOUNT_POSITIVE))
    elif _too_precise(amount, currency):
        errors.append(
            FieldError(
                "amount", TOO_PRECISE, {"currency": currency.value, "places": currency.exponent}
            )
        )
    elif outstanding <= 0:
        errors.append(FieldError("amount", NOTHING_OWED))
    elif amount > outstanding:
        errors.append(
            FieldError(
                "amount",
                MORE_THAN_OUTSTANDING,
                {"outstanding": f"{outstanding:,.{currency.exponent}f} {currency.value}"},
            )
        )
    if not receipt_no.strip():
        errors.append(FieldError("receipt_no", REQUIRED))
    elif len(receipt_no.strip()) > MAX_LOAN_NO:
        errors.append(FieldError("receipt_no", TOO_LONG, {"max": MAX_LOAN_NO}))
    return errors
