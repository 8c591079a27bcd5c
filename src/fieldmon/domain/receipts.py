"""One receipt, one payment: the rule for two live repayments of one loan with one receipt.

A receipt number is unique among a loan's live repayments (a partial unique index in the
database). The same receipt typed on two laptops becomes two records that meet in a merge;
then the one posted first is kept and the other is reversed — never deleted — with a reason
naming both officers. When both say the same date and amount they are one payment typed
twice; otherwise they disagree and the coordinator decides (a conflict).

Everything here is computed from the two records alone, so every laptop that meets the pair,
in whatever order packages travel, writes the same reversal with the same change and history
ids: the reversal itself then merges as "the same value on both sides".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_NAMESPACE = uuid.UUID("6f0d7c55-3c1e-4b7e-9d8a-2f5b1f6a9e01")
REVERSER = "fieldmon"


@dataclass(frozen=True)
class Posted:
    """What the rule needs of one repayment."""

    id: uuid.UUID
    paid_on: date
    amount_minor: int
    receipt_no: str
    created_at: datetime
    created_by: str

    @classmethod
    def of(cls, row: Any) -> Posted:
        get = row.__getitem__ if isinstance(row, dict) else lambda k: getattr(row, k)
        return cls(
            get("id"),
            get("paid_on"),
            int(get("amount_minor")),
            get("receipt_no"),
            get("created_at"),
            get("created_by"),
        )


def first_and_second(a: Posted, b: Posted) -> tuple[Posted, Posted]:
    """(kept, reversed): the one posted first is kept (ties broken by id)."""
    return (a, b) if (a.created_at, str(a.id)) <= (b.created_at, str(b.id)) else (b, a)


def same_payment(a: Posted, b: Posted) -> bool:
    return a.paid_on == b.paid_on and a.amount_minor == b.amount_minor


def change_id(reversed_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"receipt-reversal:{reversed_id}")


def history_id(reversed_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"receipt-history:{reversed_id}")


def reason(kept: Posted, dropped: Posted, amount: str) -> str:
    """Why `dropped` was reversed; `amount` is the kept payment's amount as shown."""
    posted = f"posted by {kept.created_by} on {kept.created_at:%d.%m.%Y}"
    by = f"this copy was posted by {dropped.created_by} on {dropped.created_at:%d.%m.%Y}"
    if same_payment(kept, dropped):
        return f"Duplicate of receipt {kept.receipt_no} ({posted}); {by}."
    return (
        f"Receipt {kept.receipt_no} is also posted with {amount} on {kept.paid_on:%d.%m.%Y} "
        f"({posted}); {by}. See Conflicts."
    )


def reversal(kept: Posted, dropped: Posted, amount: str) -> dict[str, Any]:
    """The columns that reverse `dropped` in favour of `kept`."""
    return {
        "reversed_at": dropped.created_at,
        "reversed_by": REVERSER,
        "reversal_reason": reason(kept, dropped, amount),
    }
