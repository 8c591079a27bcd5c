"""Loans: record a loan with its borrower and schedule, post and reverse repayments, read a
loan's state as of a date, list loans, and the portfolio figures of the summary.

Money is stored as whole minor units (see domain/money.py). The schedule is computed once,
when the loan is saved, and stored (`instalment`), so a later change of the rules does not
change loans already made. A loan with live repayments keeps its terms: to change the amount,
rate, term or dates, reverse its repayments first.

Two ways to a loan's state:
* today's: the columns `paid_minor`, `next_due_on`, `outstanding_principal_minor` kept on the
  loan by every post and reversal (the list filters and sorts on them);
* as of any date D: repayments dated on or before D are summed per loan and the instalment
  that sum reaches is found with one range join (repayments pay the oldest instalment first,
  so the sum decides everything). This is what the summary and `loans show --as-of` use.

The package is split by kind of work: `commands` (save, delete and restore a loan, post and
reverse repayments), `queries` (one loan, the list and its count, the collection sheet, the
repayment brief) and `portfolio` (the status and arrears SQL as of a date behind `summary`
and the report). Every public name is re-exported here, so callers keep writing
`loans.save_loan`, `loans.portfolio`.
"""

from __future__ import annotations

from fieldmon.domain.errors import ValidationError  # what save_loan and post_repayment raise
from fieldmon.services.loans.commands import (
    GROUP_SIZE,
    HAS_REPAYMENTS,
    LOAN_NO_TAKEN,
    MAX_GROUP,
    ONE_MEMBER,
    REASON_NEEDED,
    RECEIPT_TAKEN,
    SAME_MEMBER_TWICE,
    TERMS_LOCKED,
    BorrowerInput,
    check_borrower,
    check_loan,
    delete_loan,
    loan_id_for,
    loan_is_live,
    member_prefix,
    post_repayment,
    problems,
    refresh_state,
    restore_loan,
    reverse_repayment,
    save_loan,
    write_loan,
    write_repayment,
    write_schedule,
)
from fieldmon.services.loans.portfolio import (
    PortfolioLine,
    disbursed_in,
    disbursed_since,
    loans_as_of,
    next_quarter,
    portfolio,
    repaid_since,
    repayments_in,
    status_sql,
    status_today,
)
from fieldmon.services.loans.queries import (
    SORT_KEYS,
    CollectionLine,
    LoanBrief,
    LoanDetail,
    LoanFilter,
    LoanRow,
    RepaymentLine,
    ScheduleLine,
    collection_sheet,
    count_loans,
    find_loan_id,
    list_loans,
    load_loan,
    loan_brief,
    loan_count,
    loan_page,
)

__all__ = [
    "ValidationError",
    "BorrowerInput",
    "CollectionLine",
    "GROUP_SIZE",
    "HAS_REPAYMENTS",
    "LOAN_NO_TAKEN",
    "LoanBrief",
    "LoanDetail",
    "LoanFilter",
    "LoanRow",
    "MAX_GROUP",
    "ONE_MEMBER",
    "PortfolioLine",
    "REASON_NEEDED",
    "RECEIPT_TAKEN",
    "RepaymentLine",
    "SAME_MEMBER_TWICE",
    "SORT_KEYS",
    "ScheduleLine",
    "TERMS_LOCKED",
    "check_borrower",
    "check_loan",
    "collection_sheet",
    "count_loans",
    "delete_loan",
    "disbursed_in",
    "disbursed_since",
    "find_loan_id",
    "list_loans",
    "load_loan",
    "loan_brief",
    "loan_count",
    "loan_page",
    "loan_id_for",
    "loan_is_live",
    "loans_as_of",
    "member_prefix",
    "next_quarter",
    "portfolio",
    "post_repayment",
    "problems",
    "refresh_state",
    "restore_loan",
    "repaid_since",
    "repayments_in",
    "reverse_repayment",
    "save_loan",
    "status_sql",
    "status_today",
    "write_loan",
    "write_repayment",
    "write_schedule",
]
