"""Merging a data package into this database, field by field, and the conflicts it leaves.

Records are matched by id. For each field the merge compares the sets of changes
(`models.Change`) that touched it on each side:

- same value on both sides: nothing to do;
- every change the package knows is known here: this side is as new or newer; keep it;
- every change known here is in the package: the package is newer; take its value;
- each side has a change the other has not seen: both edited the field since their common
  version. The later edit applies for now and both values wait in `conflict` for the
  coordinator to pick one (the pick is a new change, which then wins everywhere).

A deletion is the `deleted_at` field, so deletions travel and merge like any edit; and when
one side deleted a record the other side edited without knowing of the deletion, that is a
conflict too, so a delete never silently beats an edit (nor an edit a delete).

After the merge both sides' changes and history are here (the union), so importing the same
package again changes nothing, and the result is the same whatever order packages come in.
Columns computed from others (`changes.DERIVED`) are recomputed, and loans' schedules and
repayment state are rebuilt from their terms and repayments.

Attachments merge like any record (caption, file name, day and removal field by field); the
same file attached to the same record on two laptops has one id (`evidence.attachment_id`),
so it is one attachment. Their files are not records: a file is its bytes, named by their
SHA-256, so one this database lacks is stored (before the attachments that refer to it, in the
same transaction) and one it has is skipped; nothing about a file is ever merged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from fieldmon.db.changes import (
    CREATED,
    DAYS_LISTED,
    DERIVED,
    MARKS,
    MEMBERS,
    day_field,
    merge_fields,
    next_seq,
    tracked_models,
    untracked,
)
from fieldmon.db.engine import Database
from fieldmon.db.models import (
    Blob,
    BorrowerMember,
    Change,
    Conflict,
    History,
    Loan,
    Place,
    Repayment,
    derived_keys,
    utcnow,
)
from fieldmon.domain import loans as loan_rules
from fieldmon.domain import receipts
from fieldmon.domain import trainings as training_rules
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.money import Currency, from_minor
from fieldmon.domain.text import normalize_name, person_key
from fieldmon.services import evidence, history
from fieldmon.services.packages import (
    BATCH,
    Listed,
    Package,
    columns_of,
    decode_row,
    encode,
    open_package,
)

DELETED = "deleted_at"
REVERSED = "reversed_at"
RECEIPT = "receipt_no"  # a conflict between two repayments with one receipt


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class MergeResult:
    """What an import did, per record type (tables in merge order)."""

    counts: dict[str, Counts] = field(default_factory=dict)
    changes_added: int = 0
    history_added: int = 0
    files_added: int = 0  # attached files (photos, scans) this database had not
    # Receipts typed on two laptops: (loan number, receipt, same payment?) — the later copy
    # was reversed; when not the same payment, a conflict waits too.
    receipts: list[tuple[str, str, bool]] = field(default_factory=list)
    # Loans paid beyond what they owe once both laptops' repayments are together:
    # (loan number, by how much, currency).
    overpaid: list[tuple[str, Decimal, str]] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return (
            self.changes_added == 0
            and self.history_added == 0
            and self.files_added == 0
            and not any(c.new or c.updated for c in self.counts.values())
        )

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.counts.values())


@dataclass(frozen=True)
class Version:
    """One change as the merge compares it."""

    id: uuid.UUID
    fields: frozenset[str]
    changed_at: datetime
    changed_by: str

    def touches(self, name: str) -> bool:
        return CREATED in self.fields or name in self.fields

    def touches_day(self, day: int) -> bool:
        """Whether this change set attendance on `day` (see `changes.marks_days`)."""
        if MARKS in self.fields or day_field(day) in self.fields:
            return True
        return CREATED in self.fields and DAYS_LISTED not in self.fields

    def touches_marks(self) -> bool:
        return any(f == MARKS or f.startswith(MARKS + ".") for f in self.fields) or (
            CREATED in self.fields
        )


def _versions(rows: Iterable[Any]) -> dict[uuid.UUID, dict[uuid.UUID, Version]]:
    found: dict[uuid.UUID, dict[uuid.UUID, Version]] = {}
    for r in rows:
        found.setdefault(r["record_id"], {})[r["id"]] = Version(
            r["id"], frozenset(r["fields"].split()), r["changed_at"], r["changed_by"]
        )
    return found


def _latest(versions: Iterable[Version]) -> Version | None:
    return max(versions, key=lambda v: (v.changed_at, str(v.id)), default=None)


def _same(a: Any, b: Any, name: str = "") -> bool:
    if name in (DELETED, REVERSED):  # two deletions (reversals) are the same one, whenever made
        return (a is None) == (b is None)
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return a is not None and b is not None and Decimal(a) == Decimal(b)
    return bool(a == b)


@dataclass
class _Decision:
    values: dict[str, Any]
    conflicts: list[Conflict]


def decide(
    table: str,
    local: dict[str, Any],
    incoming: dict[str, Any],
    here: dict[uuid.UUID, Version],
    there: dict[uuid.UUID, Version],
    source: str,
) -> _Decision:
    """The fields to take from `incoming` and the conflicts, for one record on both sides."""
    values: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    only_here = [v for k, v in here.items() if k not in there]
    only_there = [v for k, v in there.items() if k not in here]

    def conflict(name: str, mine: Version | None, theirs: Version | None) -> None:
        later_there = mine is None or (
            theirs is not None
            and (theirs.changed_at, str(theirs.id)) > (mine.changed_at, str(mine.id))
        )
        kept, other = (incoming, local) if later_there else (local, incoming)
        kept_v, other_v = (theirs, mine) if later_there else (mine, theirs)
        if later_there:
            values[name] = incoming[name]
        conflicts.append(
            Conflict(
                id=uuid.uuid4(),
                table_name=table,
                record_id=local["id"],
                field=name,
                kept_value=json.dumps(encode(kept[name]), ensure_ascii=False),
                kept_by=kept_v.changed_by if kept_v else "",
                kept_at=kept_v.changed_at if kept_v else utcnow(),
                other_value=json.dumps(encode(other[name]), ensure_ascii=False),
                other_by=other_v.changed_by if other_v else "",
                other_at=other_v.changed_at if other_v else utcnow(),
                found_at=utcnow(),
                source=source,
            )
        )

    for name in merge_fields(table):
        if _same(local[name], incoming[name], name):
            continue
        if table == "participation" and name == MARKS:
            marks = _merge_marks(local[MARKS] or "", incoming[MARKS] or "", only_here, only_there)
            if marks.value != local[MARKS]:
                values[MARKS] = marks.value
            for day, mine_v, theirs_v in marks.conflicts:
                _day_conflict(day, mine_v, theirs_v, local, incoming, marks, conflicts, source)
            continue
        mine = [v for v in only_here if v.touches(name)]
        theirs = [v for v in only_there if v.touches(name)]
        if not theirs:
            continue  # everything the package knows of this field is known here
        if not mine:
            values[name] = incoming[name]
        else:
            conflict(name, _latest(mine), _latest(theirs))

    if not any(c.field == DELETED for c in conflicts):
        # A deletion one side made without seeing the other side's edits.
        deleted_here = local[DELETED] is not None and incoming[DELETED] is None
        deleted_there = incoming[DELETED] is not None and local[DELETED] is None
        deleted_here = deleted_here and DELETED not in values
        deleted_there = deleted_there and (DELETED in values)
        if deleted_here or deleted_there:
            deleter = only_here if deleted_here else only_there
            editor = only_there if deleted_here else only_here
            deletion = _latest(v for v in deleter if v.touches(DELETED))
            edit = _latest(v for v in editor if v.fields - {DELETED})
            if deletion is not None and edit is not None:
                values.pop(DELETED, None)
                if deleted_here:
                    conflict(DELETED, deletion, edit)
                else:
                    conflict(DELETED, edit, deletion)
    return _Decision(values, conflicts)


@dataclass
class _Marks:
    value: str
    conflicts: list[tuple[int, Version, Version]]
    later_there: dict[int, bool] = field(default_factory=dict)


def _merge_marks(
    local: str, incoming: str, only_here: list[Version], only_there: list[Version]
) -> _Marks:
    """Attendance merged day by day against the common version: a day only one side
    changed takes that side's mark; a day both changed differently is a conflict, the later
    mark applying meanwhile ('100' here, '110' and '101' from the two officers → '111')."""
    size = max(len(local), len(incoming))
    days: list[str] = []
    result = _Marks("", [])
    for n in range(size):
        day = n + 1
        mine_c, theirs_c = local[n : n + 1] or "0", incoming[n : n + 1] or "0"
        if mine_c == theirs_c:
            days.append(mine_c)
            continue
        mine = [v for v in only_here if v.touches_day(day)]
        theirs = [v for v in only_there if v.touches_day(day)]
        if not theirs:
            days.append(mine_c)
        elif not mine:
            days.append(theirs_c)
        else:
            m, t = _latest(mine), _latest(theirs)
            assert m is not None and t is not None
            later_there = (t.changed_at, str(t.id)) > (m.changed_at, str(m.id))
            days.append(theirs_c if later_there else mine_c)
            result.conflicts.append((day, m, t))
            result.later_there[day] = later_there
    result.value = "".join(days)
    return result


def _day_conflict(
    day: int,
    mine: Version,
    theirs: Version,
    local: dict[str, Any],
    incoming: dict[str, Any],
    marks: _Marks,
    conflicts: list[Conflict],
    source: str,
) -> None:
    def mark(value: str) -> str:
        return value[day - 1 : day] or "0"

    later_there = marks.later_there[day]
    kept, other = (incoming, local) if later_there else (local, incoming)
    kept_v, other_v = (theirs, mine) if later_there else (mine, theirs)
    conflicts.append(
        Conflict(
            id=uuid.uuid4(),
            table_name="participation",
            record_id=local["id"],
            field=day_field(day),
            kept_value=json.dumps(mark(kept[MARKS] or "")),
            kept_by=kept_v.changed_by,
            kept_at=kept_v.changed_at,
            other_value=json.dumps(mark(other[MARKS] or "")),
            other_by=other_v.changed_by,
            other_at=other_v.changed_at,
            found_at=utcnow(),
            source=source,
        )
    )


# --- derived columns -------------------------------------------------------------------------


class _Regions:
    """A place's region (a region is its own), looked up once per place."""

    def __init__(self, session: Session):
        self.session = session
        self.known: dict[uuid.UUID, uuid.UUID] = {}

    def of(self, place_id: uuid.UUID) -> uuid.UUID:
        if place_id not in self.known:
            region = self.session.execute(
                select(Place.region_id).where(Place.id == place_id)
            ).scalar_one()
            self.known[place_id] = region or place_id
        return self.known[place_id]


def recompute(table: str, row: dict[str, Any], regions: _Regions) -> None:
    """Fill `row`'s derived columns from its other columns (loans: see `rebuild_loans`)."""
    if table in ("place", "site"):
        row["name_key"] = normalize_name(row["name"])
    if table == "person":
        row["name_key"] = person_key(row["full_name"])
    if table in ("site", "borrower", "training") or (table == "person" and row["place_id"]):
        row["region_id"] = regions.of(row["place_id"])
    if table == "person" and not row["place_id"]:
        row["region_id"] = None
    if table == "participation":
        row["days_present"] = training_rules.days_present(row["marks"])
    row.update(derived_keys(table, row))


def terms_of(loan: Loan) -> loan_rules.LoanTerms:
    currency = Currency(loan.currency)
    return loan_rules.LoanTerms(
        from_minor(loan.principal_minor, currency),
        currency,
        Decimal(loan.annual_rate_pct),
        loan_rules.Method(loan.method),
        loan.term_months,
        loan.first_due_on,
        loan.disbursed_on,
    )


def rebuild_loans(session: Session, schedule: set[uuid.UUID], state: set[uuid.UUID]) -> None:
    """Rebuild the schedule of the loans in `schedule` from their terms, and the repayment
    state of those and the loans in `state`."""
    from fieldmon.services.loans import refresh_state, write_schedule

    ids = sorted(schedule | state)
    for start in range(0, len(ids), BATCH):
        for loan in session.scalars(select(Loan).where(Loan.id.in_(ids[start : start + BATCH]))):
            if loan.id in schedule:
                write_schedule(session, loan, terms_of(loan))
            refresh_state(session, loan)
        session.flush()


# --- files -------------------------------------------------------------------------------------


def received(sha: str, data: bytes, listed: Listed) -> evidence.Inspected:
    """A file from a package, for its blob row: the preview and what Pillow reads from it
    (`evidence.inspect`, under a name of its checksum and type). One this computer cannot
    decode — a HEIC photo where Pillow has no HEIC decoder, or an image it finds damaged —
    is kept without them rather than refused: the laptop that attached it checked it, the
    package check proved its bytes are the ones its checksum names, and an attachment must
    not lose its file because of the computer it travels to."""
    try:
        return evidence.inspect(data, sha + evidence.SUFFIXES[listed.media_type])
    except evidence.FileProblem:
        return evidence.Inspected(sha, len(data), listed.media_type)


# --- the merge ---------------------------------------------------------------------------------


_SCHEDULE_TERMS = frozenset(
    {"principal_minor", "currency", "annual_rate_pct", "method", "term_months", "first_due_on"}
    | {"disbursed_on"}
)


class _Merge:
    def __init__(self, session: Session, package: Package):
        self.session, self.package = session, package
        self.result = MergeResult()
        self.regions = _Regions(session)
        self.source = package.source
        self.incoming = _versions(r for batch in package.changes() for r in batch)
        self.new_changes: list[dict[str, Any]] = []
        self.loans_schedule: set[uuid.UUID] = set()
        self.loans_state: set[uuid.UUID] = set()
        self.members: dict[uuid.UUID, list[uuid.UUID]] = {}
        # Repayments this merge makes live, and those held back, by (loan, receipt).
        self.live_receipts: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
        self.held: dict[tuple[uuid.UUID, str], list[uuid.UUID]] = {}

    def run(self) -> MergeResult:
        for table, model in tracked_models().items():
            counts = self.result.counts.setdefault(table, Counts())
            batches = self.package.rows(table)
            if table == "place":  # a settlement points to its district: parents first
                batches = iter(_parents_first(r for batch in batches for r in batch))
            for batch in batches:
                if table == "attachment":
                    batch = self._with_files(batch)
                self._batch(table, model, batch, counts)
        for borrower_id, people in self.members.items():  # people are merged by now
            self._write_members(borrower_id, people)
        self._settle_receipts()
        self._add_changes()
        self._add_history()
        rebuild_loans(self.session, self.loans_schedule, self.loans_state)
        self._find_overpaid()
        return self.result

    def _with_files(self, attachments: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Store the package's files these attachments refer to that this database lacks,
        read one at a time, and return the attachments whose file is here now: all the live
        ones (the package check saw to it). A removed attachment travels without its file
        (`packages`: a removed photo is not spread further); one this database never had is
        left out — there is nothing here to remove, and no file to keep."""
        shas = {r["sha256"] for r in attachments}
        here = set(self.session.scalars(select(Blob.sha256).where(Blob.sha256.in_(shas))))
        for sha, data in self.package.files(sorted((shas & self.package.blobs.keys()) - here)):
            evidence.store(self.session, data, received(sha, data, self.package.blobs[sha]))
            self.result.files_added += 1
            here.add(sha)
        return [r for r in attachments if r["sha256"] in here]

    def _absent(self, table: str) -> list[str]:
        """The columns an older package's format has not got (read as empty): they keep the
        value they have here, whatever the package's changes say they touched."""
        return [c.name for c in columns_of(table, self.package.version) if c.absent]

    def _batch(self, table: str, model: Any, batch: list[dict[str, Any]], counts: Counts) -> None:
        session = self.session
        ids = [r["id"] for r in batch]
        columns = model.__table__.c
        names = set(columns.keys())
        local_rows = {
            r["id"]: dict(r)
            for r in session.execute(select(model.__table__).where(columns.id.in_(ids))).mappings()
        }
        local_versions = _versions(
            session.execute(
                select(
                    Change.id, Change.record_id, Change.fields, Change.changed_at, Change.changed_by
                ).where(Change.record_id.in_(ids))
            ).mappings()
        )
        if table == "borrower":
            for member_row in session.execute(
                select(BorrowerMember.borrower_id, BorrowerMember.person_id)
                .where(BorrowerMember.borrower_id.in_(ids))
                .order_by(BorrowerMember.borrower_id, BorrowerMember.position)
            ):
                local_rows[member_row.borrower_id].setdefault(MEMBERS, []).append(
                    member_row.person_id
                )
            for row in local_rows.values():
                row.setdefault(MEMBERS, [])
        inserts: list[dict[str, Any]] = []
        for row in batch:
            there = self.incoming.get(row["id"], {})
            here = local_versions.get(row["id"], {})
            self.new_changes += [
                {
                    "id": v.id,
                    "table_name": table,
                    "record_id": row["id"],
                    "fields": " ".join(sorted(v.fields)),
                    "changed_at": v.changed_at,
                    "changed_by": v.changed_by,
                }
                for k, v in there.items()
                if k not in here
            ]
            local = local_rows.get(row["id"])
            if local is None:
                recompute(table, row, self.regions)
                if table == "repayment":
                    self._hold_receipt(row)
                inserts.append(row)
                counts.new += 1
                self._touch_loan(table, row, schedule=True)
                continue
            for name in self._absent(table):  # an older package knows nothing of them
                row[name] = local[name]
            decision = decide(table, local, row, here, there, self.source)
            for conflict in decision.conflicts:
                session.add(conflict)
            counts.conflicts += len(decision.conflicts)
            if not decision.values:
                counts.unchanged += 1
                continue
            counts.updated += 1
            merged = local | decision.values
            recompute(table, merged, self.regions)
            if table == "repayment" and not _live(local):
                self._hold_receipt(merged)
            changed = {
                k: merged[k] for k in merged if k in names and not _same(merged[k], local[k])
            }
            if row["updated_at"] > local["updated_at"]:
                changed["updated_at"], changed["updated_by"] = row["updated_at"], row["updated_by"]
            session.execute(
                update(model.__table__).where(columns.id == row["id"]).values(**changed)
            )
            if MEMBERS in decision.values:
                self.members[row["id"]] = decision.values[MEMBERS]
            self._touch_loan(table, merged, schedule=bool(_SCHEDULE_TERMS & set(decision.values)))
        if inserts:
            session.execute(
                insert(model.__table__),
                [{k: v for k, v in r.items() if k != MEMBERS} for r in inserts],
            )
            if table == "borrower":
                self.members.update((r["id"], r[MEMBERS]) for r in inserts)

    def _hold_receipt(self, row: dict[str, Any]) -> None:
        """Before `row` (a repayment about to be live here) is written: if another live
        repayment of its loan has its receipt, or one this merge brings does, `row` is
        written reversed for now (the index allows one live copy) and `_settle_receipts`
        decides once every repayment of the package is in: a copy the package reverses
        then no longer counts."""
        if not _live(row) or not row["receipt_no"]:
            return
        key = (row["loan_id"], row["receipt_no"])
        table = Repayment.__table__
        other = (
            key in self.live_receipts
            or self.session.execute(
                select(table.c.id).where(
                    table.c.loan_id == row["loan_id"],
                    table.c.receipt_no == row["receipt_no"],
                    table.c.reversed_at.is_(None),
                    table.c.deleted_at.is_(None),
                    table.c.id != row["id"],
                )
            ).first()
            is not None
        )
        if not other:
            self.live_receipts[key] = row["id"]
            return
        row.update(receipts.reversal(receipts.Posted.of(row), receipts.Posted.of(row), ""))
        self.held.setdefault(key, []).append(row["id"])

    def _settle_receipts(self) -> None:
        """One live repayment per loan and receipt: of the live copies and the held ones,
        the first posted is kept; each other is reversed with a reason naming both
        officers, a change and a history entry (the same ids on every laptop), and, when
        its date or amount differs, a conflict for the coordinator."""
        for (loan_id, receipt_no), held in sorted(self.held.items(), key=lambda kv: str(kv[0])):
            rows = self.session.scalars(
                select(Repayment).where(
                    Repayment.loan_id == loan_id,
                    Repayment.receipt_no == receipt_no,
                    Repayment.deleted_at.is_(None),
                    or_(Repayment.reversed_at.is_(None), Repayment.id.in_(held)),
                )
            ).all()
            posted = [receipts.Posted.of(r) for r in rows]
            kept = posted[0]
            for other in posted[1:]:
                kept = receipts.first_and_second(kept, other)[0]
            loan = self.session.get(Loan, loan_id)
            assert loan is not None
            currency = Currency(loan.currency)
            amount = f"{from_minor(kept.amount_minor, currency)} {currency.value}"
            by_id = {r.id: r for r in rows}
            for dropped in posted:
                if dropped.id != kept.id:
                    values = receipts.reversal(kept, dropped, amount)
                    row = by_id[dropped.id]
                    for name, value in values.items():
                        setattr(row, name, value)
            self.session.flush()  # the others reversed before the kept one is live
            keeper = by_id[kept.id]
            keeper.reversed_at = keeper.reversed_by = keeper.reversal_reason = None
            self.session.flush()
            self.loans_state.add(loan_id)
            for dropped in posted:
                if dropped.id != kept.id:
                    self._record_reversal(loan, currency, kept, dropped, by_id[dropped.id])

    def _record_reversal(
        self,
        loan: Loan,
        currency: Currency,
        kept: receipts.Posted,
        dropped: receipts.Posted,
        row: Repayment,
    ) -> None:
        self.new_changes.append(
            {
                "id": receipts.change_id(dropped.id),
                "table_name": "repayment",
                "record_id": dropped.id,
                "fields": "reversal_reason reversed_at reversed_by",
                "changed_at": row.reversed_at,
                "changed_by": receipts.REVERSER,
            }
        )
        history_id = receipts.history_id(dropped.id)
        if self.session.get(History, history_id) is None:
            self.session.add(
                History(
                    id=history_id,
                    table_name="repayment",
                    record_id=dropped.id,
                    action="reverse",
                    changes=json.dumps(
                        {"reversal_reason": [None, row.reversal_reason]}, ensure_ascii=False
                    ),
                    changed_by=receipts.REVERSER,
                    changed_at=utcnow(),
                )
            )
        same = receipts.same_payment(kept, dropped)
        self.result.receipts.append((loan.loan_no, kept.receipt_no, same))
        if same:
            return

        def shown(p: receipts.Posted) -> str:
            return f"{from_minor(p.amount_minor, currency)} {currency.value}, {p.paid_on:%d.%m.%Y}"

        self.session.add(
            Conflict(
                id=uuid.uuid4(),
                table_name="repayment",
                record_id=dropped.id,
                field=RECEIPT,
                kept_value=json.dumps(shown(kept), ensure_ascii=False),
                kept_by=kept.created_by,
                kept_at=kept.created_at,
                other_value=json.dumps(shown(dropped), ensure_ascii=False),
                other_by=dropped.created_by,
                other_at=dropped.created_at,
                found_at=utcnow(),
                source=self.source,
            )
        )
        self.result.counts.setdefault("repayment", Counts()).conflicts += 1

    def _find_overpaid(self) -> None:
        loans = sorted(self.loans_state | self.loans_schedule)
        for start in range(0, len(loans), BATCH):
            for loan in self.session.scalars(
                select(Loan).where(Loan.id.in_(loans[start : start + BATCH]))
            ):
                if loan.paid_minor > loan.total_due_minor:
                    currency = Currency(loan.currency)
                    over = from_minor(loan.paid_minor - loan.total_due_minor, currency)
                    self.result.overpaid.append((loan.loan_no, over, currency.value))

    def _touch_loan(self, table: str, row: dict[str, Any], *, schedule: bool) -> None:
        if table == "loan":
            (self.loans_schedule if schedule else self.loans_state).add(row["id"])
        elif table == "repayment":
            self.loans_state.add(row["loan_id"])

    def _write_members(self, borrower_id: uuid.UUID, people: list[uuid.UUID]) -> None:
        self.session.execute(
            delete(BorrowerMember).where(BorrowerMember.borrower_id == borrower_id)
        )
        if people:
            self.session.execute(
                insert(BorrowerMember),
                [
                    {"borrower_id": borrower_id, "position": n, "person_id": p}
                    for n, p in enumerate(people, start=1)
                ],
            )

    def _add_changes(self) -> None:
        # A receipt reversal has the same id on every laptop: the package may bring it too.
        unique = {row["id"]: row for row in self.new_changes}
        ids = list(unique)
        for start in range(0, len(ids), BATCH):
            for known in self.session.scalars(
                select(Change.id).where(Change.id.in_(ids[start : start + BATCH]))
            ):
                unique.pop(known, None)
        rows = list(unique.values())
        if not rows:
            return
        first = next_seq(self.session, len(rows))
        for n, row in enumerate(rows):
            row["seq"] = first + n
        for start in range(0, len(rows), BATCH * 10):
            self.session.execute(insert(Change), rows[start : start + BATCH * 10])
        self.result.changes_added = len(rows)

    def _add_history(self) -> None:
        for batch in self.package.history():
            ids = [r["id"] for r in batch]
            known = set(self.session.scalars(select(History.id).where(History.id.in_(ids))))
            fresh = [r for r in batch if r["id"] not in known]
            if fresh:
                self.session.execute(insert(History), fresh)
                self.result.history_added += len(fresh)


def _live(row: dict[str, Any]) -> bool:
    return row.get(REVERSED) is None and row.get(DELETED) is None


def _parents_first(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Places (a few thousand at most) in batches, each place after its parent."""
    by_id = {r["id"]: r for r in rows}

    def depth(row: dict[str, Any]) -> int:
        n = 0
        while row["parent_id"] in by_id and n < len(by_id):
            row, n = by_id[row["parent_id"]], n + 1
        return n

    ordered = sorted(by_id.values(), key=lambda r: (depth(r), str(r["id"])))
    batches: list[list[dict[str, Any]]] = []
    for row in ordered:
        if not batches or len(batches[-1]) >= BATCH or depth(row) != depth(batches[-1][0]):
            batches.append([])
        batches[-1].append(row)
    return batches


def merge(session: Session, package: Package) -> MergeResult:
    """Merge a checked package in the caller's transaction."""
    with untracked(session):
        return _Merge(session, package).run()


def import_package(db: Database, path: str | Path, passphrase: str | None = None) -> MergeResult:
    """Check the whole package, then merge it in one transaction (all or nothing). A sealed
    package needs the team's exchange `passphrase` (see `packages.open_package`)."""
    package = open_package(db, path, passphrase)
    with db.session() as session:
        return merge(session, package)


# --- conflicts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenConflict:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    record: str
    field: str
    kept: Any
    kept_by: str
    kept_at: datetime
    other: Any
    other_by: str
    other_at: datetime
    source: str


def _label(session: Session, table: str, record_id: uuid.UUID) -> str:
    """A few words that let a person recognize the record."""
    from fieldmon.db.models import Attachment, Participation, Person, Site, Training, Visit

    model = tracked_models()[table]
    row = session.get(model, record_id)
    if row is None:
        return str(record_id)
    if isinstance(row, Visit):
        site = session.get(Site, row.site_id)
        return f"{site.name if site else ''}, {row.visit_date.strftime('%d.%m.%Y')}"
    if isinstance(row, Loan):
        return str(row.loan_no)
    if isinstance(row, Repayment):
        loan = session.get(Loan, row.loan_id)
        return f"{loan.loan_no if loan else ''} {row.receipt_no}"
    if isinstance(row, Person):
        return str(row.full_name)
    if isinstance(row, Training):
        return f"{row.code} {row.title}"
    if isinstance(row, Attachment):
        owner = evidence.owner_of(row)
        return f"{row.file_name} — {_label(session, owner.kind, owner.id)}"
    if isinstance(row, Participation):
        person = session.get(Person, row.person_id)
        training = session.get(Training, row.training_id)
        return f"{person.full_name if person else ''} — {training.code if training else ''}"
    return str(getattr(row, "name", record_id))


def open_conflicts(db: Database) -> list[OpenConflict]:
    """Conflicts waiting for a decision, oldest first."""
    with db.read_session() as session:
        rows = session.scalars(
            select(Conflict)
            .where(Conflict.resolved_at.is_(None))
            .order_by(Conflict.found_at, Conflict.id)
        ).all()
        return [
            OpenConflict(
                c.id,
                c.table_name,
                c.record_id,
                _label(session, c.table_name, c.record_id),
                c.field,
                json.loads(c.kept_value),
                c.kept_by,
                c.kept_at,
                json.loads(c.other_value),
                c.other_by,
                c.other_at,
                c.source,
            )
            for c in rows
        ]


def resolve(db: Database, conflict_id: uuid.UUID, use_other: bool, officer: str) -> None:
    """Settle a conflict: keep the applied value, or use the other one. Either way the
    decision goes to the record's history; using the other value is a new change, which the
    next packages carry to every laptop."""
    with db.session() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("fieldmon", "This conflict does not exist or is already settled.")
            )
        table, name = conflict.table_name, conflict.field
        model = tracked_models()[table]
        row = session.get(model, conflict.record_id)
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("fieldmon", "The record of this conflict no longer exists.")
            )
        kept, other = json.loads(conflict.kept_value), json.loads(conflict.other_value)
        chosen = other if use_other else kept
        if use_other and table == "repayment" and name == RECEIPT:
            _use_other_receipt(session, row, officer)
        elif use_other and table == "participation" and name.startswith(MARKS + "."):
            day = int(name.split(".")[1])
            marks = (row.marks or "").ljust(day, "0")
            row.marks = marks[: day - 1] + str(other) + marks[day:]
            row.days_present = training_rules.days_present(row.marks)
            history.stamp(row, officer)
        elif use_other:
            if name == MEMBERS:
                people = [uuid.UUID(p) for p in other]
                for member in session.scalars(
                    select(BorrowerMember).where(BorrowerMember.borrower_id == row.id)
                ):
                    session.delete(member)
                session.flush()
                for n, person in enumerate(people, start=1):
                    session.add(BorrowerMember(borrower_id=row.id, position=n, person_id=person))
            else:
                column = next(c for c in columns_of(table) if c.name == name)
                value = decode_row([column], {name: other})[name]
                values = {c.key: getattr(row, c.key) for c in model.__table__.columns}
                values[name] = value
                recompute(table, values, _Regions(session))
                for key in DERIVED.get(table, frozenset()) | {name}:
                    if key in values and hasattr(row, key):
                        setattr(row, key, values[key])
            history.stamp(row, officer)
            if table == "loan":
                rebuild_loans(session, {row.id} if name in _SCHEDULE_TERMS else set(), {row.id})
            if table == "repayment":
                rebuild_loans(session, set(), {row.loan_id})
        history.record(session, table, row.id, "resolve", {name: (kept, chosen)}, officer)
        conflict.resolved_at, conflict.resolved_by = utcnow(), officer


def _use_other_receipt(session: Session, dropped: Repayment, officer: str) -> None:
    """The coordinator trusts the copy the merge reversed: the live copy is reversed and the
    other's payment posted anew (a repayment is never edited, nor brought back), so every
    laptop takes the same decision from the changes."""
    live = session.scalars(
        select(Repayment).where(
            Repayment.loan_id == dropped.loan_id,
            Repayment.receipt_no == dropped.receipt_no,
            Repayment.reversed_at.is_(None),
            Repayment.deleted_at.is_(None),
        )
    ).all()
    for row in live:
        row.reversed_at, row.reversed_by = utcnow(), officer
        row.reversal_reason = (
            f"Receipt {row.receipt_no}: the other copy was chosen when the conflict was settled."
        )
        history.stamp(row, officer)
        history.record(
            session,
            "repayment",
            row.id,
            "reverse",
            {"reversal_reason": (None, row.reversal_reason)},
            officer,
        )
    session.flush()
    again = Repayment(
        loan_id=dropped.loan_id,
        paid_on=dropped.paid_on,
        amount_minor=dropped.amount_minor,
        receipt_no=dropped.receipt_no,
        created_by=officer,
        updated_by=officer,
    )
    session.add(again)
    session.flush()
    history.record(
        session,
        "repayment",
        again.id,
        "create",
        {"paid_on": (None, again.paid_on), "receipt_no": (None, again.receipt_no)},
        officer,
    )
    rebuild_loans(session, set(), {dropped.loan_id})
