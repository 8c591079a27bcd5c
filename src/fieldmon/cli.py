"""The command line: the same services as the GUI. It never prompts; errors are one sentence
on stderr and exit status 1."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from fieldmon import __version__
from fieldmon.domain.errors import UserError
from fieldmon.domain.periods import Period, parse_date, parse_quarter

log = logging.getLogger("fieldmon.cli")
KINDS = ["visits", "loans", "repayments", "trainings", "attendance"]
NO_OFFICER = (
    "No officer name: pass --officer NAME, set FIELDMON_OFFICER, or set it once in the app."
)


def _date_arg(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldmon",
        description="Offline-first monitoring of development projects. "
        "Without a command, starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"fieldmon {__version__}")
    parser.add_argument(
        "--db",
        help="database file or SQLAlchemy URL (default: $FIELDMON_DB or fieldmon.db "
        "in the user-data folder)",
    )
    parser.add_argument(
        "--officer", help="officer who records (default: $FIELDMON_OFFICER or the stored profile)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the GUI (the default)")
    gui.add_argument("--lang", choices=["en", "ru"], help="interface language for this run")

    demo = commands.add_parser("demo", help="add realistic demo data")
    demo.add_argument("--visits", type=int, default=200, metavar="N", help="how many (200)")
    demo.add_argument("--loans", type=int, default=60, metavar="N", help="how many loans (60)")
    demo.add_argument(
        "--trainings", type=int, default=12, metavar="N", help="how many training events (12)"
    )
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)

    template = commands.add_parser("template", help="write an empty import workbook")
    template.add_argument("kind", choices=KINDS)
    template.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")

    imp = commands.add_parser("import", help="import a workbook (all rows or none)")
    imp.add_argument("kind", choices=KINDS)
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")

    loans = commands.add_parser("loans", help="look at loans")
    loan_commands = loans.add_subparsers(dest="loans_command", metavar="ACTION", required=True)
    show = loan_commands.add_parser("show", help="a loan with its schedule and repayments")
    show.add_argument("loan_no", metavar="LOAN_NO")
    show.add_argument(
        "--as-of", type=_date_arg, metavar="DATE", help="state as of this date (default: today)"
    )
    show.add_argument("--json", action="store_true", help="print JSON (amounts as strings)")

    summ = commands.add_parser("summary", help="key figures for a quarter or a date range")
    summ.add_argument("--quarter", metavar="YYYYQn", help="e.g. 2026Q3")
    summ.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE")
    summ.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE")
    summ.add_argument("--region", help="only this region or city (any of its names)")
    summ.add_argument("--json", action="store_true", help="print JSON")

    report = commands.add_parser(
        "report", help="write the quarterly Excel report (Summary and detail sheets)"
    )
    report.add_argument("--quarter", metavar="YYYYQn", help="e.g. 2026Q3")
    report.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE")
    report.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE")
    report.add_argument("--region", help="only this region or city (any of its names)")
    report.add_argument(
        "--lang", choices=["en", "ru"], default="en", help="language of headers and labels (en)"
    )
    report.add_argument("--title", help="project title (default: the one set in the app)")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")

    package = commands.add_parser("package", help="exchange data with the coordinator")
    package_commands = package.add_subparsers(
        dest="package_command", metavar="ACTION", required=True
    )
    export = package_commands.add_parser(
        "export",
        help="write a data package (by default what changed since the last export to the "
        "same folder)",
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--since", type=_date_arg, metavar="DATE", help="what changed since DATE")
    scope.add_argument("--all", action="store_true", help="every record")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.fmpkg")
    imp_package = package_commands.add_parser(
        "import", help="check a data package whole, then merge it field by field"
    )
    imp_package.add_argument("file", type=Path, metavar="FILE.fmpkg")

    conflicts = commands.add_parser("conflicts", help="list the conflicts merges left for review")
    conflicts.add_argument("--json", action="store_true", help="print JSON")

    find = commands.add_parser(
        "find",
        help="search visits, loans, trainings and people for TEXT (any case), as the lists do",
    )
    find.add_argument("text", metavar="TEXT")
    find.add_argument(
        "--limit", type=int, default=20, help="matches shown of each kind (default: 20)"
    )
    find.add_argument("--json", action="store_true", help="print JSON")

    backup = commands.add_parser(
        "backup", help="a checked copy of the database (default: in its backups folder)"
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE.db")
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (checked first; the current one "
        "is backed up before)",
    )
    restore.add_argument("file", type=Path, metavar="FILE.db")
    commands.add_parser("check", help="check the database's integrity (exit 1 when damaged)")

    sync = commands.add_parser(
        "sync", help="exchange this database with a central PostgreSQL database, both ways"
    )
    sync.add_argument(
        "--to", required=True, metavar="URL", help="postgresql+psycopg://user@host/db"
    )
    return parser


def _period(args: argparse.Namespace) -> Period:
    if args.quarter and (args.date_from or args.date_to):
        raise UserError("Give either --quarter or --from/--to, not both.")
    if args.quarter:
        try:
            return parse_quarter(args.quarter)
        except ValueError as exc:
            raise UserError(f"--quarter: {exc}.") from None
    if args.date_from and args.date_to:
        if args.date_to < args.date_from:
            raise UserError("--to is before --from.")
        return Period(args.date_from, args.date_to)
    raise UserError("Give a period: --quarter 2026Q3, or --from DATE --to DATE.")


def _open(args: argparse.Namespace, *, writer: bool = True) -> Any:
    """The database of --db; commands that only read open it beside a running app."""
    from fieldmon.db.engine import open_database
    from fieldmon.paths import default_database

    return open_database(args.db or default_database(), writer=writer)


def _officer(db: Any, args: argparse.Namespace) -> str:
    from fieldmon.services.profile import resolve_officer

    officer = resolve_officer(db, args.officer)
    if officer is None:
        raise UserError(NO_OFFICER)
    return officer


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldmon.db.engine import shown_url
    from fieldmon.services.demo import make_demo, make_demo_loans, make_demo_trainings

    if min(args.visits, args.loans, args.trainings) < 0:
        raise UserError("--visits, --loans and --trainings cannot be negative.")
    db = _open(args)
    n = make_demo(db, args.visits, seed=args.seed)
    m = make_demo_loans(db, args.loans, seed=args.seed)
    t = make_demo_trainings(db, args.trainings, seed=args.seed)
    print(f"Added {n} demo visits, {m} demo loans and {t} demo trainings to {shown_url(db.url)}.")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from fieldmon.reports.templates import write_template

    path = write_template(args.kind, args.output)
    print(f"Wrote the {args.kind} import template to {path}.")
    return 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_import(args: argparse.Namespace) -> int:
    from fieldmon.services import loan_imports, training_imports
    from fieldmon.services.imports import import_visits
    from fieldmon.services.workbooks import ImportFailed

    db = _open(args)
    officer = _officer(db, args)
    try:
        if args.kind == "loans":
            loans = loan_imports.import_loans(db, args.file, officer)
            message = (
                f"Imported {_plural(loans.loans, 'loan', 'loans')} "
                f"({_plural(loans.people, 'new person', 'new people')})."
            )
        elif args.kind == "repayments":
            count = loan_imports.import_repayments(db, args.file, officer)
            message = f"Posted {_plural(count, 'repayment', 'repayments')}."
        elif args.kind == "trainings":
            events = training_imports.import_trainings(db, args.file, officer)
            message = f"Imported {_plural(events.added, 'training', 'trainings')}" + (
                f" ({events.unchanged} already recorded, left as they were)."
                if events.unchanged
                else "."
            )
        elif args.kind == "attendance":
            sheet = training_imports.import_attendance(db, args.file, officer)
            message = (
                f"Imported attendance of {_plural(sheet.rows, 'participant', 'participants')} "
                f"({_plural(sheet.people, 'new person', 'new people')})."
            )
        else:
            result = import_visits(db, args.file, officer)
            message = (
                f"Imported {result.visits} visits ({result.sites_created} new sites, "
                f"{result.places_created} new districts or settlements)."
            )
    except ImportFailed as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise
    print(message)
    return 0


def cmd_loans(args: argparse.Namespace) -> int:
    from fieldmon.services import loans

    db = _open(args, writer=False)
    detail = loans.load_loan(db, loans.find_loan_id(db, args.loan_no), args.as_of)
    data = loans.loan_json(detail)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    cur = data["currency"]
    print(
        f"Loan {data['loan_no']}: {data['borrower']}, {data['product']}, {data['principal']} {cur}"
    )
    print(
        f"As of {data['as_of']}: {data['status']}, {data['days_in_arrears']} days in arrears, "
        f"outstanding principal {data['outstanding_principal']} {cur}"
    )
    print(f"{'#':>3} {'due':<10} {'principal':>14} {'interest':>12} {'total':>14} {'paid':>14}")
    for line in data["schedule"]:
        print(
            f"{line['seq']:>3} {line['due_on']:<10} {line['principal']:>14} "
            f"{line['interest']:>12} {line['total']:>14} {line['paid']:>14}"
        )
    for r in data["repayments"]:
        mark = " (reversed)" if r["reversed"] else ""
        print(f"paid {r['paid_on']} {r['amount']} {cur}, receipt {r['receipt_no']}{mark}")
    return 0


def _region(db: Any, name: str | None, lang: str = "en") -> tuple[Any, str]:
    """(id, name in `lang`) of --region; (None, '') without it."""
    from fieldmon.services import places

    if not name:
        return None, ""
    with db.read_session() as session:
        region = places.find_region(session, name)
        if region is None:
            raise UserError(f"--region: unknown region '{name}'.")
        return region.id, places.display_name(region, lang)


def cmd_summary(args: argparse.Namespace) -> int:
    from fieldmon.services.summary import summary

    period = _period(args)
    db = _open(args, writer=False)
    region_id, _name = _region(db, args.region)
    figures = summary(db, period, region_id)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    for key, value in figures.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for name, n in value.items():
                print(f"  {name:<40} {n}")
        else:
            print(f"{key:<42} {value}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from fieldmon.reports.quarterly import ReportRequest, write_report
    from fieldmon.services import profile
    from fieldmon.ui.i18n import file_translator

    period = _period(args)
    if args.output.suffix.lower() != ".xlsx":
        raise UserError("-o: the report is an Excel workbook; give a file name ending in .xlsx.")
    db = _open(args, writer=False)
    region_id, region = _region(db, args.region, args.lang)
    title = args.title if args.title is not None else profile.project_title(db)
    request = ReportRequest(period, region_id, region, args.lang, title)
    try:
        result = write_report(db, request, args.output, tr=file_translator(args.lang))
    except OSError as exc:
        raise UserError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    print(
        f"Wrote the {period.label} report to {result.path} ({_plural(result.rows, 'row', 'rows')})."
    )
    for note in result.notes:
        print(f"Note: {note}")
    return 0


def _merge_lines(result: Any) -> list[str]:
    """The per-type summary of a merge, one line per record type that had any."""
    lines = []
    for table, c in result.counts.items():
        if c.new or c.updated or c.unchanged or c.conflicts:
            lines.append(
                f"  {table:<14} new {c.new:>7}  updated {c.updated:>7}  "
                f"unchanged {c.unchanged:>7}  conflicts {c.conflicts:>5}"
            )
    return lines


def cmd_package(args: argparse.Namespace) -> int:
    from fieldmon.services import merge, packages

    db = _open(args)
    if args.package_command == "export":
        if args.output.suffix.lower() != packages.SUFFIX:
            raise UserError(f"-o: give a file name ending in {packages.SUFFIX}.")
        officer = _officer(db, args)
        scope = packages.Scope(everything=args.all, since=args.since)
        try:
            result = packages.export_package(db, args.output, officer, scope)
        except OSError as exc:
            raise UserError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
        deleted = sum(result.deleted.values())
        if result.total == 0:
            print(
                f"Nothing changed since the last export to {result.path.resolve().parent}; "
                f"wrote an empty package to {result.path} (--all exports everything)."
            )
            return 0
        print(
            f"Wrote {_plural(result.total, 'record', 'records')} "
            f"({deleted} deleted) to {result.path}."
        )
        for table, n in result.records.items():
            if n:
                print(f"  {table:<14} {n:>7}")
        return 0
    result = merge.import_package(db, args.file)
    if result.nothing_new:
        print(f"Nothing new: everything in {args.file.name} is already in this database.")
        return 0
    print(f"Imported {args.file.name}:")
    for line in _merge_lines(result):
        print(line)
    for loan_no, receipt, same in result.receipts:
        what = "typed on two laptops" if same else "posted twice with different amounts or dates"
        print(f"Loan {loan_no}, receipt {receipt}: {what}; it counts once (the first posted).")
    for loan_no, over, currency in result.overpaid:
        print(f"Loan {loan_no} is over-paid by {over} {currency}: check its repayments.")
    if result.conflicts:
        print(
            f"{_plural(result.conflicts, 'conflict waits', 'conflicts wait')} for review "
            "(fieldmon conflicts; in the app: Conflicts)."
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from fieldmon.services.merge import open_conflicts

    found = open_conflicts(_open(args, writer=False))
    if args.json:
        rows = [
            {
                "id": str(c.id),
                "type": c.table,
                "record": c.record,
                "field": c.field,
                "applied": c.kept,
                "applied_by": c.kept_by,
                "other": c.other,
                "other_by": c.other_by,
            }
            for c in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("No conflicts wait for review.")
    for c in found:
        print(
            f"{c.table} {c.record}: {c.field} = {c.kept!r} ({c.kept_by}), "
            f"other: {c.other!r} ({c.other_by})"
        )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldmon.services.sync import server_key, sync

    db = _open(args)
    officer = _officer(db, args)
    result = sync(db, args.to, officer)
    print(f"Synchronized with {server_key(args.to)}.")
    for title, merged in (("Sent", result.pushed), ("Received", result.pulled)):
        lines = _merge_lines(merged)
        print(f"{title}:" if lines and not merged.nothing_new else f"{title}: nothing new.")
        if not merged.nothing_new:
            for line in lines:
                print(line)
    if result.pushed.conflicts or result.pulled.conflicts:
        print("Conflicts wait for review on the side that found them (fieldmon conflicts).")
    return 0


def _database_file(args: argparse.Namespace) -> Path:
    """The SQLite file of --db, without opening (or migrating) it."""
    from sqlalchemy.engine import make_url

    from fieldmon.db.engine import resolve_url
    from fieldmon.paths import default_database

    url = make_url(resolve_url(args.db or default_database()))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            "backup, restore and check work on a SQLite database file; "
            "back up a PostgreSQL database with pg_dump."
        )
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldmon.db import backup

    path = _database_file(args)
    if not path.exists():
        raise UserError(f"There is no database at {path}.")
    if args.output:
        written = backup.copy_database(path, args.output)
    else:
        written = backup.make_backup(path, "manual")
    print(f"Backed up {path} to {written} (checked).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from fieldmon.db import backup

    path = _database_file(args)
    if not args.file.is_file():
        raise UserError(f"There is no file '{args.file}'.")
    from fieldmon.db import lock

    lock.acquire(path)  # not while an app has it open
    try:
        saved = backup.replace_database(path, args.file)
    finally:
        lock.release(path)
    print(f"Restored {path} from {args.file}.")
    if saved is not None:
        print(f"The database as it was is kept in {saved}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldmon.db import backup

    path = _database_file(args)
    if not path.exists():
        raise UserError(f"There is no database at {path}.")
    verdict = backup.check(path)
    print(f"{path}: {verdict.text}")
    if not verdict.ok:
        good = backup.latest_good(path)
        if good is not None:
            print(f"The newest good backup is {good}: fieldmon restore {good}")
        return 1
    return 0


FIND_HEADINGS = {"visits": "Visits", "loans": "Loans", "trainings": "Trainings", "people": "People"}


def cmd_find(args: argparse.Namespace) -> int:
    from fieldmon.services.search import find

    if args.limit < 1:
        raise UserError("--limit must be at least 1.")
    result = find(_open(args, writer=False), args.text, limit=args.limit)
    if args.json:
        data = {
            kind: [{"id": str(item.id), "text": item.text} for item in found.items]
            for kind, found in result.kinds()
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if result.empty:
        print(f"Nothing matches {args.text!r}.")
        return 0
    for kind, found in result.kinds():
        if not found.total:
            continue
        shown = f", the first {len(found.items)} shown" if len(found.items) < found.total else ""
        print(f"{FIND_HEADINGS[kind]} ({found.total}{shown}):")
        for item in found.items:
            print(f"  {item.text}  [{item.id}]")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldmon.ui.app import run_gui

    return run_gui(db=args.db, lang=getattr(args, "lang", None))


COMMANDS = {
    "gui": cmd_gui,
    None: cmd_gui,
    "demo": cmd_demo,
    "template": cmd_template,
    "import": cmd_import,
    "summary": cmd_summary,
    "report": cmd_report,
    "loans": cmd_loans,
    "package": cmd_package,
    "conflicts": cmd_conflicts,
    "find": cmd_find,
    "sync": cmd_sync,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    from fieldmon.logs import setup_logging

    args = build_parser().parse_args(argv)
    log_path = setup_logging()
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"fieldmon: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(
            f"fieldmon: an unexpected error stopped the command; details are in {log_path}.",
            file=sys.stderr,
        )
        return 1
