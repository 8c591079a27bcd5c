"""The command line: the same services as the GUI. It never prompts; errors are one sentence
on stderr and exit status 1.

It speaks the user's language (`language`): `--lang`, else $FIELDMON_LANG, else the language
saved in the app (Settings), else the system's (LC_ALL, LC_MESSAGES or LANG beginning with
ru or kk), else English. Every sentence it prints, its help included, is an English template
marked for translation and rendered with `translator(lang)`; argparse's own words ("usage:",
"error:", "invalid choice") stay English, as Python ships them. JSON output (--json) has no
sentences: codes, numbers and the data's own text, whatever the language. `report --lang`
chooses the workbook's language only (default: the command line's); `gui --lang` the
window's (default: --lang or $FIELDMON_LANG when given, else the app's own choice).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldmon import APP_NAME, __version__
from fieldmon.domain.errors import UserError, reason_of
from fieldmon.domain.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Message,
    Translator,
    render,
    translate,
    translator,
)
from fieldmon.domain.periods import Period, parse_date, parse_quarter

if TYPE_CHECKING:  # the services are imported by the commands that use them (startup time)
    from fieldmon.services.loans import LoanDetail

log = logging.getLogger("fieldmon.cli")
KINDS = [
    "visits",
    "loans",
    "repayments",
    "trainings",
    "attendance",
    "indicators",
    "indicator_values",
]
LANG_ENV = "FIELDMON_LANG"
LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")
NO_OFFICER = QT_TRANSLATE_NOOP(
    "fieldmon",
    "No officer name: pass --officer NAME, set FIELDMON_OFFICER, or set it once in the app.",
)
THERE_IS_NO_DATABASE = QT_TRANSLATE_NOOP("fieldmon", "There is no database at {path}.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("fieldmon", "Cannot write {path}: {reason}.")
UNKNOWN_REGION = QT_TRANSLATE_NOOP("fieldmon", "--region: unknown region '{name}'.")


# Sentences with a count (Qt's %n), marked with `translate` so lupdate makes them plural
# messages; their English forms, "1 loan" and "3 loans", are in fieldmon_en.ts.
IMPORTED_LOANS = translate("fieldmon", "Imported %n loan(s) ({people}).", None, 0)
NEW_PEOPLE = translate("fieldmon", "%n new person(s)", None, 0)
POSTED_REPAYMENTS = translate("fieldmon", "Posted %n repayment(s).", None, 0)
IMPORTED_TRAININGS = translate("fieldmon", "Imported %n training(s).", None, 0)
IMPORTED_TRAININGS_SOME_KNOWN = translate(
    "fieldmon",
    "Imported %n training(s) ({unchanged} already recorded, left as they were).",
    None,
    0,
)
IMPORTED_ATTENDANCE = translate(
    "fieldmon", "Imported attendance of %n participant(s) ({people}).", None, 0
)
WROTE_REPORT = translate("fieldmon", "Wrote the {period} report to {path} (%n row(s)).", None, 0)
WROTE_PACKAGE = translate("fieldmon", "Wrote %n record(s) ({deleted} deleted) to {path}.", None, 0)
CONFLICTS_WAIT = translate(
    "fieldmon",
    "%n conflict(s) wait(s) for review (fieldmon conflicts; in the app: Conflicts).",
    None,
    0,
)
LOAN_STATE = translate(
    "fieldmon",
    "As of {as_of}: {status}, %n day(s) in arrears, outstanding principal {outstanding} {currency}",
    None,
    0,
)

# Record types as the package and sync summaries name them.
RECORD_TYPES = {
    "place": QT_TRANSLATE_NOOP("fieldmon", "place"),
    "borrower": QT_TRANSLATE_NOOP("fieldmon", "borrower"),
    "person": QT_TRANSLATE_NOOP("fieldmon", "person"),
    "site": QT_TRANSLATE_NOOP("fieldmon", "site"),
    "training": QT_TRANSLATE_NOOP("fieldmon", "training"),
    "loan": QT_TRANSLATE_NOOP("fieldmon", "loan"),
    "participation": QT_TRANSLATE_NOOP("fieldmon", "participation"),
    "visit": QT_TRANSLATE_NOOP("fieldmon", "visit"),
    "repayment": QT_TRANSLATE_NOOP("fieldmon", "repayment"),
    "project": QT_TRANSLATE_NOOP("fieldmon", "project"),
    "indicator": QT_TRANSLATE_NOOP("fieldmon", "indicator"),
    "indicator_value": QT_TRANSLATE_NOOP("fieldmon", "indicator value"),
    "attachment": QT_TRANSLATE_NOOP("fieldmon", "attached file"),
}
TEMPLATE_WRITTEN = {
    "visits": QT_TRANSLATE_NOOP("fieldmon", "Wrote the visits import template to {path}."),
    "loans": QT_TRANSLATE_NOOP("fieldmon", "Wrote the loans import template to {path}."),
    "repayments": QT_TRANSLATE_NOOP("fieldmon", "Wrote the repayments import template to {path}."),
    "trainings": QT_TRANSLATE_NOOP("fieldmon", "Wrote the trainings import template to {path}."),
    "attendance": QT_TRANSLATE_NOOP("fieldmon", "Wrote the attendance import template to {path}."),
    "indicators": QT_TRANSLATE_NOOP("fieldmon", "Wrote the indicators import template to {path}."),
    "indicator_values": QT_TRANSLATE_NOOP(
        "fieldmon", "Wrote the indicator values import template to {path}."
    ),
}
FIND_HEADINGS = {
    "visits": QT_TRANSLATE_NOOP("fieldmon", "Visits"),
    "sites": QT_TRANSLATE_NOOP("fieldmon", "Sites"),
    "loans": QT_TRANSLATE_NOOP("fieldmon", "Loans"),
    "trainings": QT_TRANSLATE_NOOP("fieldmon", "Trainings"),
    "people": QT_TRANSLATE_NOOP("fieldmon", "People"),
}


# --- language -----------------------------------------------------------------------------


def _language_code(text: str | None) -> str | None:
    """'ru', 'ru_RU.UTF-8', 'kk-KZ' → 'ru' / 'kk'; a language fieldmon lacks → None."""
    if not text:
        return None
    code = text.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return code if code in LANGUAGES else None


def saved_language() -> str | None:
    """The language chosen in the app (its Settings), read without an application object."""
    try:
        from PySide6.QtCore import QSettings

        value = QSettings(APP_NAME, APP_NAME).value("language", "")
    except Exception:  # no Qt, an unreadable settings file: as if nothing was saved
        return None
    return _language_code(str(value)) if value else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The locale's language, as POSIX picks it: the first of LC_ALL, LC_MESSAGES, LANG that
    is set ('C', 'POSIX' or another language: None). Without any of them (Windows), Qt's
    idea of the system's language."""
    environ = os.environ if environ is None else environ
    for name in LOCALE_ENV:
        if environ.get(name):
            return _language_code(environ[name])
    if sys.platform == "win32":
        from PySide6.QtCore import QLocale

        return _language_code(QLocale.system().name())
    return None


def explicit_language(given: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """--lang, else $FIELDMON_LANG (ignored unless it names en, ru or kk)."""
    environ = os.environ if environ is None else environ
    return _language_code(given) or _language_code(environ.get(LANG_ENV))


def language(given: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: --lang, $FIELDMON_LANG, the app's saved setting, the
    system locale, English."""
    return explicit_language(given, environ) or saved_language() or system_language(environ) or "en"


def cli_translator(lang: str) -> Translator:
    """`translator(lang)`; English plural forms ("1 loan", "3 loans") come from fieldmon_en.qm."""
    return translator(lang)


# Global options followed by a value: skipped when looking for the first word of a command.
VALUE_OPTIONS = frozenset({"--db", "--officer", "--lang", "--password-file"})


def _global_lang(argv: Sequence[str]) -> str | None:
    """The --lang given before the command (for the help's language, before parsing)."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--lang":
            return next(tokens, None)
        if token.startswith("--lang="):
            return token.partition("=")[2]
        if token in VALUE_OPTIONS:
            next(tokens, None)
        elif token == "--" or not token.startswith("-"):
            return None
    return None


def say(args: argparse.Namespace, template: str, n: int | None = None, **params: Any) -> None:
    print(Message(template, params, n).render(args.tr))


def error_text(exc: BaseException, tr: Translator) -> str:
    """An error in `tr`'s language. A counted sentence (%n) the translation files do not have
    yet is the English sentence the error carries (`str(exc)`, its plural written out)."""
    message = getattr(exc, "message", None)
    if (
        isinstance(message, Message)
        and message.n is not None
        and tr(message.template, message.n) == message.template
    ):
        return str(exc)
    return render(exc, tr)


def complain(text: str) -> None:
    """An error: one line on stderr."""
    print(f"fieldmon: {text}", file=sys.stderr)


# --- arguments ------------------------------------------------------------------------------


def _date_type(tr: Translator) -> Any:
    def read(text: str) -> date:
        try:
            return parse_date(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(render(reason_of(exc), tr)) from None

    read.__name__ = "date"  # argparse names the type in its own messages
    return read


def build_parser(tr: Translator | None = None) -> argparse.ArgumentParser:
    """The parser, its help in `tr`'s language (English without one)."""
    tr = tr or cli_translator("en")

    def h(text: str) -> str:
        return tr(text).replace("%", "%%")  # argparse formats help with %

    date_arg = _date_type(tr)
    languages = list(LANGUAGES)
    parser = argparse.ArgumentParser(
        prog="fieldmon",
        description=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Offline-first monitoring of development projects. Without a command, starts "
                "the GUI.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"fieldmon {__version__}")
    parser.add_argument(
        "--db",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "database file or SQLAlchemy URL (default: $FIELDMON_DB or fieldmon.db in the "
                "user-data folder)",
            )
        ),
    )
    parser.add_argument(
        "--officer",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "officer who records (default: $FIELDMON_OFFICER or the stored profile)"
            )
        ),
    )
    parser.add_argument(
        "--lang",
        choices=languages,
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "language of what fieldmon prints (default: $FIELDMON_LANG, else the app's "
                "setting, else the system's language, else en)",
            )
        ),
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "the encrypted database's password: the first line of F (default: "
                "$FIELDMON_PASSWORD)",
            )
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser(
        "gui", help=h(QT_TRANSLATE_NOOP("fieldmon", "start the GUI (the default)"))
    )
    gui.add_argument(
        "--lang",
        dest="gui_lang",
        choices=languages,
        help=h(QT_TRANSLATE_NOOP("fieldmon", "interface language for this run")),
    )
    gui.add_argument(
        "package",
        nargs="?",
        metavar="FILE.fmpkg",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "a data package to offer for import once the window is open (a double-click "
                "on a package runs `fieldmon FILE.fmpkg`)",
            )
        ),
    )

    demo = commands.add_parser(
        "demo", help=h(QT_TRANSLATE_NOOP("fieldmon", "add realistic demo data"))
    )
    demo.add_argument(
        "--visits",
        type=int,
        default=200,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "how many (200)")),
    )
    demo.add_argument(
        "--loans",
        type=int,
        default=60,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "how many loans (60)")),
    )
    demo.add_argument(
        "--trainings",
        type=int,
        default=12,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "how many training events (12)")),
    )
    demo.add_argument(
        "--photos",
        type=int,
        default=12,
        metavar="N",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "photos for the N latest visits, scanned contracts and sign-in sheets for N "
                "loans and trainings (12; 0 for none)",
            )
        ),
    )
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)

    template = commands.add_parser(
        "template", help=h(QT_TRANSLATE_NOOP("fieldmon", "write an empty import workbook"))
    )
    template.add_argument("kind", choices=KINDS)
    template.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    template.add_argument(
        "--lang",
        dest="template_lang",
        choices=languages,
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "language of the workbook's sheet, headers and notes (default: the command line's)",
            )
        ),
    )

    imp = commands.add_parser(
        "import", help=h(QT_TRANSLATE_NOOP("fieldmon", "import a workbook (all rows or none)"))
    )
    imp.add_argument("kind", choices=KINDS)
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")

    loans = commands.add_parser("loans", help=h(QT_TRANSLATE_NOOP("fieldmon", "look at loans")))
    loan_commands = loans.add_subparsers(dest="loans_command", metavar="ACTION", required=True)
    show = loan_commands.add_parser(
        "show", help=h(QT_TRANSLATE_NOOP("fieldmon", "a loan with its schedule and repayments"))
    )
    show.add_argument("loan_no", metavar="LOAN_NO")
    show.add_argument(
        "--as-of",
        type=date_arg,
        metavar="DATE",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "state as of this date (default: today)")),
    )
    show.add_argument(
        "--json",
        action="store_true",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "print JSON (amounts as strings)")),
    )

    json_help = h(QT_TRANSLATE_NOOP("fieldmon", "print JSON"))
    quarter_help = h(QT_TRANSLATE_NOOP("fieldmon", "e.g. 2026Q3"))
    region_help = h(QT_TRANSLATE_NOOP("fieldmon", "only this region or city (any of its names)"))
    summ = commands.add_parser(
        "summary",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "key figures for a quarter or a date range")),
    )
    summ.add_argument("--quarter", metavar="YYYYQn", help=quarter_help)
    summ.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE")
    summ.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE")
    summ.add_argument("--region", help=region_help)
    project_help = h(
        QT_TRANSLATE_NOOP("fieldmon", "only this project's records (its code; default: all)")
    )
    summ.add_argument("--project", metavar="CODE", help=project_help)
    summ.add_argument("--json", action="store_true", help=json_help)

    res = commands.add_parser(
        "results",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "a project's indicators against their targets for a period"
            )
        ),
    )
    res.add_argument("--project", metavar="CODE", required=True, help=project_help)
    res.add_argument("--quarter", metavar="YYYYQn", help=quarter_help)
    res.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE")
    res.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE")
    res.add_argument("--json", action="store_true", help=json_help)

    report = commands.add_parser(
        "report",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "write the quarterly Excel report (Summary and detail sheets)"
            )
        ),
    )
    report.add_argument("--quarter", metavar="YYYYQn", help=quarter_help)
    report.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE")
    report.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE")
    report.add_argument("--region", help=region_help)
    report.add_argument(
        "--project",
        metavar="CODE",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "only this project's records, with its title, donor and a Results sheet",
            )
        ),
    )
    report.add_argument(
        "--lang",
        dest="report_lang",
        choices=languages,
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "language of headers and labels (default: the command line's)"
            )
        ),
    )
    report.add_argument(
        "--title",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "project title (default: the one set in the app)")),
    )
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")

    report.add_argument(
        "--with-photos",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "also write the covered records' photos and scans to a folder beside the "
                "workbook, listed on an Evidence sheet",
            )
        ),
    )

    record_help = h(QT_TRANSLATE_NOOP("fieldmon", "the id of a visit, loan or training"))
    listed = commands.add_parser(
        "attachments",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "list the photos and scans attached to records")),
    )
    listed.add_argument("--record", metavar="ID", help=record_help)
    listed.add_argument("--json", action="store_true", help=json_help)
    attach = commands.add_parser(
        "attach",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "attach photos or scans to a visit, loan or training (all checked first; if "
                "one is refused, none is attached)",
            )
        ),
    )
    attach.add_argument("record", metavar="RECORD_ID", help=record_help)
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attach.add_argument("--caption", default="", help=h(QT_TRANSLATE_NOOP("fieldmon", "caption")))
    attach.add_argument(
        "--day",
        type=int,
        metavar="N",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "for a training's sign-in sheet: the day it is for")),
    )

    package = commands.add_parser(
        "package", help=h(QT_TRANSLATE_NOOP("fieldmon", "exchange data with the coordinator"))
    )
    package_commands = package.add_subparsers(
        dest="package_command", metavar="ACTION", required=True
    )
    export = package_commands.add_parser(
        "export",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "write a data package (by default what changed since the last export to the "
                "same folder)",
            )
        ),
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument(
        "--since",
        type=date_arg,
        metavar="DATE",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "what changed since DATE")),
    )
    scope.add_argument(
        "--all", action="store_true", help=h(QT_TRANSLATE_NOOP("fieldmon", "every record"))
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.fmpkg")
    export.add_argument(
        "--project",
        metavar="CODE",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "only this project: its records, indicators and people, and every place "
                "(what changed since its last export to the same folder)",
            )
        ),
    )
    protection = export.add_mutually_exclusive_group()
    protection.add_argument(
        "--package-password-file",
        type=Path,
        metavar="F",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "encrypt the package with the team's exchange passphrase, read from F "
                "(else from FIELDMON_PACKAGE_PASSWORD)",
            )
        ),
    )
    protection.add_argument(
        "--plain",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "write a plain package, not encrypted (only without personal data)"
            )
        ),
    )
    imp_package = package_commands.add_parser(
        "import",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "check a data package whole, then merge it field by field"
            )
        ),
    )
    imp_package.add_argument("file", type=Path, metavar="FILE.fmpkg")
    imp_package.add_argument(
        "--package-password-file",
        type=Path,
        metavar="F",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "the team's exchange passphrase for an encrypted package, read from F "
                "(else from FIELDMON_PACKAGE_PASSWORD)",
            )
        ),
    )

    project = commands.add_parser(
        "project", help=h(QT_TRANSLATE_NOOP("fieldmon", "add, change and list projects"))
    )
    project_commands = project.add_subparsers(
        dest="project_command", metavar="ACTION", required=True
    )
    for action, action_help in (
        ("add", QT_TRANSLATE_NOOP("fieldmon", "add a project")),
        ("edit", QT_TRANSLATE_NOOP("fieldmon", "change a project (what is given)")),
    ):
        p = project_commands.add_parser(action, help=h(action_help))
        p.add_argument("code", metavar="CODE", help=h(QT_TRANSLATE_NOOP("fieldmon", "e.g. UNHS")))
        p.add_argument("--title", required=action == "add")
        p.add_argument("--donor")
        p.add_argument("--start", type=date_arg, metavar="DATE")
        p.add_argument("--end", type=date_arg, metavar="DATE")
        p.add_argument(
            "--partners", help=h(QT_TRANSLATE_NOOP("fieldmon", "the implementing partners"))
        )
        p.add_argument(
            "--regions",
            metavar="R1,R2",
            help=h(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "the regions it works in, comma-separated (any of their names)"
                )
            ),
        )
    listing = project_commands.add_parser(
        "list", help=h(QT_TRANSLATE_NOOP("fieldmon", "list the projects"))
    )
    listing.add_argument("--json", action="store_true", help=json_help)

    conflicts = commands.add_parser(
        "conflicts",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "list the conflicts merges left for review")),
    )
    conflicts.add_argument("--json", action="store_true", help=json_help)

    find = commands.add_parser(
        "find",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "search visits, sites, loans, trainings and people for TEXT (any case), as the "
                "lists do",
            )
        ),
    )
    find.add_argument("text", metavar="TEXT")
    find.add_argument(
        "--limit",
        type=int,
        default=20,
        help=h(QT_TRANSLATE_NOOP("fieldmon", "matches shown of each kind (default: 20)")),
    )
    find.add_argument(
        "--project",
        metavar="CODE",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "only this project's records, and the people in its loans and trainings",
            )
        ),
    )
    find.add_argument("--json", action="store_true", help=json_help)

    backup = commands.add_parser(
        "backup",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "a checked copy of the database (default: in its backups folder)"
            )
        ),
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE.db")
    restore = commands.add_parser(
        "restore",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "replace the database with a backup (checked first; the current one is backed "
                "up before)",
            )
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE.db")
    commands.add_parser(
        "check",
        help=h(
            QT_TRANSLATE_NOOP("fieldmon", "check the database's integrity (exit 1 when damaged)")
        ),
    )

    sync = commands.add_parser(
        "sync",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "exchange this database with a central PostgreSQL database, both ways",
            )
        ),
    )
    sync.add_argument(
        "--to", required=True, metavar="URL", help="postgresql+psycopg://user@host/db"
    )

    encrypt = commands.add_parser(
        "encrypt",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "protect the database with a password (encrypts it and its backups in place, "
                "prints a recovery key once), or change the password of an encrypted one",
            )
        ),
    )
    encrypt.add_argument(
        "--new-password-file",
        required=True,
        type=Path,
        metavar="F",
        help=h(QT_TRANSLATE_NOOP("fieldmon", "the new password: the first line of F")),
    )
    encrypt.add_argument(
        "--no-recovery-key",
        action="store_true",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "make no recovery key (a forgotten password then loses the data)"
            )
        ),
    )
    decrypt = commands.add_parser(
        "decrypt",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "write a plain (unencrypted) copy of the database to a new file"
            )
        ),
    )
    decrypt.add_argument("-o", "--output", required=True, type=Path, metavar="PLAIN.db")
    recover = commands.add_parser(
        "recover",
        help=h(
            QT_TRANSLATE_NOOP(
                "fieldmon", "set a new password with the recovery key printed by encrypt"
            )
        ),
    )
    recover.add_argument("--recovery-key-file", required=True, type=Path, metavar="F")
    recover.add_argument("--new-password-file", required=True, type=Path, metavar="F")
    return parser


# --- commands -------------------------------------------------------------------------------


def _period(args: argparse.Namespace) -> Period:
    if args.quarter and (args.date_from or args.date_to):
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "Give either --quarter or --from/--to, not both.")
        )
    if args.quarter:
        try:
            return parse_quarter(args.quarter)
        except ValueError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("fieldmon", "--quarter: {reason}."), reason=reason_of(exc)
            ) from None
    if args.date_from and args.date_to:
        if args.date_to < args.date_from:
            raise UserError(QT_TRANSLATE_NOOP("fieldmon", "--to is before --from."))
        return Period(args.date_from, args.date_to)
    raise UserError(
        QT_TRANSLATE_NOOP("fieldmon", "Give a period: --quarter 2026Q3, or --from DATE --to DATE.")
    )


def _open(args: argparse.Namespace, *, writer: bool = True) -> Any:
    """The database of --db; commands that only read open it beside a running app."""
    from fieldmon.db.engine import open_database
    from fieldmon.paths import default_database

    return open_database(args.db or default_database(), writer=writer, password=_password(args))


PASSWORD_ENV = "FIELDMON_PASSWORD"


def _first_line(path: Path, what: str) -> str:
    """The first line of a password file (its newline stripped); UserError when it cannot be
    read or is empty."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "Cannot read {what} from {path}: {reason}."),
            what=Message(what),
            path=str(path),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon", "The first line of {path} is empty; it should hold {what}."
            ),
            what=Message(what),
            path=str(path),
        )
    return lines[0]


PASSWORD_WORD = QT_TRANSLATE_NOOP("fieldmon", "the password")
NEW_PASSWORD_WORD = QT_TRANSLATE_NOOP("fieldmon", "the new password")
RECOVERY_KEY_WORD = QT_TRANSLATE_NOOP("fieldmon", "the recovery key")


def _password(args: argparse.Namespace) -> str | None:
    """The encrypted database's password: --password-file, else FIELDMON_PASSWORD, else
    None (a plain database needs none)."""
    path = getattr(args, "password_file", None)
    if path is not None:
        return _first_line(path, PASSWORD_WORD)
    return os.environ.get(PASSWORD_ENV) or None


def _unlock_file(args: argparse.Namespace, path: Path) -> None:
    """Unlock an encrypted file's key (PasswordNeeded, WrongPassword) unless this process
    knows it already (a backup of the database unlocked before)."""
    from fieldmon.db import crypto

    if crypto.is_encrypted(path) and crypto.known_key(path) is None:
        crypto.unlock(path, _password(args))


def _officer(db: Any, args: argparse.Namespace) -> str:
    from fieldmon.services.profile import resolve_officer

    officer = resolve_officer(db, args.officer)
    if officer is None:
        raise UserError(NO_OFFICER)
    return officer


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldmon.db.engine import shown_url
    from fieldmon.services.demo import (
        make_demo,
        make_demo_evidence,
        make_demo_loans,
        make_demo_trainings,
    )

    if min(args.visits, args.loans, args.trainings, args.photos) < 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon", "--visits, --loans, --trainings and --photos cannot be negative."
            )
        )
    db = _open(args)
    n = make_demo(db, args.visits, seed=args.seed)
    m = make_demo_loans(db, args.loans, seed=args.seed)
    t = make_demo_trainings(db, args.trainings, seed=args.seed)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "Added {visits} demo visits, {loans} demo loans and {trainings} demo trainings to "
            "{db}.",
        ),
        visits=n,
        loans=m,
        trainings=t,
        db=shown_url(db.url),
    )
    files = make_demo_evidence(db, seed=args.seed, latest=args.photos) if args.photos else 0
    if files:
        say(
            args,
            QT_TRANSLATE_NOOP("fieldmon", "Attached {files} demo photos and scans."),
            files=files,
        )
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from fieldmon.reports.templates import write_template

    lang = args.template_lang or args.lang
    path = write_template(args.kind, args.output, tr=translator(lang))
    say(args, TEMPLATE_WRITTEN[args.kind], path=path)
    return 0


def _row_problems(exc: Any) -> list[Any]:
    """Each bad row of a failed import: Messages ('row N, column X: reason'), or the older
    English lines."""
    messages = getattr(exc, "messages", None)
    return list(messages) if messages is not None else list(exc.problems)


def cmd_import(args: argparse.Namespace) -> int:
    from fieldmon.services import indicator_imports, loan_imports, training_imports
    from fieldmon.services.imports import import_visits
    from fieldmon.services.workbooks import ImportFailed

    db = _open(args)
    officer = _officer(db, args)
    try:
        if args.kind == "loans":
            loans = loan_imports.import_loans(db, args.file, officer)
            done = Message(
                IMPORTED_LOANS, {"people": Message(NEW_PEOPLE, n=loans.people)}, loans.loans
            )
        elif args.kind == "repayments":
            count = loan_imports.import_repayments(db, args.file, officer)
            done = Message(POSTED_REPAYMENTS, n=count)
        elif args.kind == "trainings":
            events = training_imports.import_trainings(db, args.file, officer)
            if events.unchanged:
                done = Message(
                    IMPORTED_TRAININGS_SOME_KNOWN, {"unchanged": events.unchanged}, events.added
                )
            else:
                done = Message(IMPORTED_TRAININGS, n=events.added)
        elif args.kind == "attendance":
            sheet = training_imports.import_attendance(db, args.file, officer)
            done = Message(
                IMPORTED_ATTENDANCE, {"people": Message(NEW_PEOPLE, n=sheet.people)}, sheet.rows
            )
        elif args.kind == "indicators":
            framework = indicator_imports.import_indicators(db, args.file, officer)
            done = Message(
                QT_TRANSLATE_NOOP("fieldmon", "Indicators: {added} added, {updated} updated."),
                {"added": framework.added, "updated": framework.updated},
            )
        elif args.kind == "indicator_values":
            written = indicator_imports.import_indicator_values(db, args.file, officer)
            done = Message(
                QT_TRANSLATE_NOOP("fieldmon", "Indicator values: {n} written or cleared."),
                {"n": written},
            )
        else:
            result = import_visits(db, args.file, officer)
            done = Message(
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "Imported {visits} visits ({sites} new sites, {places} new districts or "
                    "settlements).",
                ),
                {
                    "visits": result.visits,
                    "sites": result.sites_created,
                    "places": result.places_created,
                },
            )
    except ImportFailed as exc:
        for problem in _row_problems(exc):
            print(render(problem, args.tr), file=sys.stderr)
        raise
    print(done.render(args.tr))
    return 0


def loan_json(detail: LoanDetail) -> dict[str, Any]:
    """`fieldmon loans show --json`: amounts as decimal strings, dates ISO. The text output
    of `loans show` is read from the same dictionary."""
    f, s = detail.fields, detail.state
    assert f.product and f.method and f.annual_rate_pct is not None and f.disbursed_on
    return {
        "loan_no": f.loan_no,
        "borrower": detail.borrower_name,
        "borrower_kind": detail.borrower.kind.value if detail.borrower.kind else None,
        "members": [m.full_name for m in detail.borrower.members],
        "place": detail.place_names,
        "product": f.product.value,
        "purpose": f.purpose,
        "principal": str(f.principal),
        "currency": detail.currency.value,
        "annual_rate_pct": str(f.annual_rate_pct),
        "method": f.method.value,
        "term_months": f.term_months,
        "disbursed_on": f.disbursed_on.isoformat(),
        "first_due_on": f.first_due_on.isoformat() if f.first_due_on else None,
        "approved_on": f.approved_on.isoformat() if f.approved_on else None,
        "as_of": s.as_of.isoformat(),
        "schedule": [
            {
                "seq": line.seq,
                "due_on": line.due_on.isoformat(),
                "principal": str(line.principal),
                "interest": str(line.interest),
                "total": str(line.total),
                "paid": str(line.paid),
            }
            for line in detail.schedule
        ],
        "repayments": [
            {
                "paid_on": r.paid_on.isoformat(),
                "amount": str(r.amount),
                "receipt_no": r.receipt_no,
                "reversed": r.reversed_at is not None,
                "counted": r.reversed_at is None and r.paid_on <= s.as_of,
                **({"reversal_reason": r.reversal_reason} if r.reversed_at else {}),
            }
            for r in detail.repayments
        ],
        "paid": str(s.paid),
        "outstanding_principal": str(s.outstanding_principal),
        "outstanding_total": str(s.outstanding_total),
        "status": s.status.value,
        "days_in_arrears": s.days_in_arrears,
        "ageing_bucket": s.ageing_bucket,
    }


def cmd_loans(args: argparse.Namespace) -> int:
    from fieldmon.domain.loans import LoanStatus, Product
    from fieldmon.services import loans

    db = _open(args, writer=False)
    lang = "en" if args.json else args.lang  # JSON names places as the registry does
    detail = loans.load_loan(db, loans.find_loan_id(db, args.loan_no), args.as_of, lang)
    data = loan_json(detail)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    tr, cur = args.tr, data["currency"]
    say(
        args,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Loan {loan_no}: {borrower}, {product}, {principal} {currency}"
        ),
        loan_no=data["loan_no"],
        borrower=data["borrower"],
        product=Message(Product(data["product"]).label),
        principal=data["principal"],
        currency=cur,
    )
    say(
        args,
        LOAN_STATE,
        data["days_in_arrears"],
        as_of=data["as_of"],
        status=Message(LoanStatus(data["status"]).label),
        outstanding=data["outstanding_principal"],
        currency=cur,
    )
    heads = [
        tr(QT_TRANSLATE_NOOP("fieldmon", "Due")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Principal")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Interest")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Total")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Paid")),
    ]
    print(f"{'#':>3} {heads[0]:<10} {heads[1]:>14} {heads[2]:>12} {heads[3]:>14} {heads[4]:>14}")
    for line in data["schedule"]:
        print(
            f"{line['seq']:>3} {line['due_on']:<10} {line['principal']:>14} "
            f"{line['interest']:>12} {line['total']:>14} {line['paid']:>14}"
        )
    for r in data["repayments"]:
        if r["reversed"]:
            template = QT_TRANSLATE_NOOP(
                "fieldmon", "paid {paid_on} {amount} {currency}, receipt {receipt} (reversed)"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "fieldmon", "paid {paid_on} {amount} {currency}, receipt {receipt}"
            )
        say(
            args,
            template,
            paid_on=r["paid_on"],
            amount=r["amount"],
            currency=cur,
            receipt=r["receipt_no"],
        )
    return 0


def _region(db: Any, name: str | None, lang: str = "en") -> tuple[Any, str]:
    """(id, name in `lang`) of --region; (None, '') without it."""
    from fieldmon.services import places

    if not name:
        return None, ""
    with db.read_session() as session:
        region = places.find_region(session, name)
        if region is None:
            raise UserError(UNKNOWN_REGION, name=name)
        return region.id, places.display_name(region, lang)


def _project(db: Any, code: str | None) -> tuple[Any, str]:
    """(id, 'CODE — title') of --project; (None, '') without it."""
    from fieldmon.services import projects

    if not code:
        return None, ""
    with db.read_session() as session:
        row = projects.by_code(session, code)
        return row.id, f"{row.code} — {row.title}"


def cmd_results(args: argparse.Namespace) -> int:
    from fieldmon.domain.periods import format_date, is_quarter
    from fieldmon.services import results

    period = _period(args)
    db = _open(args, writer=False)
    project_id, project = _project(db, args.project)
    found = results.results(db, project_id, period, args.lang)
    if args.json:
        print(json.dumps(results.as_json(found), ensure_ascii=False, indent=2))
        return 0
    dates = f"{format_date(period.start)}–{format_date(period.end)}"
    shown = f"{period.label} ({dates})" if is_quarter(period) else dates
    say(args, QT_TRANSLATE_NOOP("fieldmon", "Project: {project}"), project=project)
    say(args, QT_TRANSLATE_NOOP("fieldmon", "Period: {period}"), period=shown)
    if not found.indicators:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "The project has no indicators yet: `fieldmon import indicators FILE.xlsx`.",
            ),
        )
        return 0
    heads = [
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Code")),
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Indicator")),
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Baseline")),
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Target")),
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Period")),
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Year")),
        args.tr(QT_TRANSLATE_NOOP("fieldmon", "Since start")),
        "%",
    ]

    def shown_number(value: Any) -> str:
        return "—" if value is None else f"{value:,}".replace(",", " ")

    print(
        f"{heads[0]:<8} {heads[1]:<40} {heads[2]:>10} {heads[3]:>10} {heads[4]:>10} "
        f"{heads[5]:>10} {heads[6]:>12} {heads[7]:>7}"
    )
    for r in found.indicators:
        percent = "—" if r.percent_of_target is None else f"{r.percent_of_target * 100:.1f}"
        title = r.title if len(r.title) <= 40 else r.title[:39] + "…"
        print(
            f"{r.code:<8} {title:<40} {shown_number(r.baseline):>10} {shown_number(r.target):>10} "
            f"{shown_number(r.period):>10} {shown_number(r.year_to_date):>10} "
            f"{shown_number(r.cumulative):>12} {percent:>7}"
        )
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from fieldmon.domain.periods import format_date, is_quarter
    from fieldmon.reports.indicators import sections_of
    from fieldmon.services import places
    from fieldmon.services.summary import summary

    period = _period(args)
    db = _open(args, writer=False)
    region_id, region = _region(db, args.region, args.lang)
    project_id, project = _project(db, args.project)
    figures = summary(db, period, region_id, project_id)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    with db.read_session() as session:
        names = {p.name: places.display_name(p, args.lang) for p in places.top_places(session)}
    dates = f"{format_date(period.start)}–{format_date(period.end)}"
    shown = f"{period.label} ({dates})" if is_quarter(period) else dates
    say(args, QT_TRANSLATE_NOOP("fieldmon", "Period: {period}"), period=shown)
    if region:
        say(args, QT_TRANSLATE_NOOP("fieldmon", "Region: {region}"), region=region)
    if project:
        say(args, QT_TRANSLATE_NOOP("fieldmon", "Project: {project}"), project=project)
    sections = sections_of(figures, names)
    labels = [line.text(args.tr) for s in sections for line in s.lines]
    width = min(max([40, *(len(label) for label in labels)]), 56)  # a long label pushes on
    for section in sections:
        if not section.lines:
            continue
        print(args.tr(section.title))
        for line in section.lines:
            print(f"  {line.text(args.tr):<{width}} {line.values[0]}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from fieldmon.reports.quarterly import ReportRequest, write_report
    from fieldmon.services import profile

    period = _period(args)
    if args.output.suffix.lower() != ".xlsx":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "-o: the report is an Excel workbook; give a file name ending in .xlsx.",
            )
        )
    lang = args.report_lang or args.lang
    db = _open(args, writer=False)
    region_id, region = _region(db, args.region, lang)
    project_id, _project_name = _project(db, args.project)
    if args.title is not None:
        title = args.title
    else:  # a project's report is titled with the project's title (ReportRequest)
        title = "" if project_id else profile.project_title(db)
    request = ReportRequest(
        period, region_id, region, lang, title, project_id, with_photos=args.with_photos
    )
    try:
        result = write_report(db, request, args.output, tr=translator(lang))
    except OSError as exc:
        raise UserError(
            CANNOT_WRITE, path=str(args.output), reason=exc.strerror or str(exc)
        ) from None
    say(args, WROTE_REPORT, result.rows, period=period.label, path=result.path)
    if result.evidence is not None:
        say(
            args,
            QT_TRANSLATE_NOOP("fieldmon", "Evidence files written to {folder}: {count}."),
            folder=result.evidence,
            count=result.files,
        )
    for note in result.notes:  # in the workbook's language, as the workbook has them
        say(args, QT_TRANSLATE_NOOP("fieldmon", "Note: {note}"), note=note)
    return 0


ATTACHMENT_HEADINGS = (
    QT_TRANSLATE_NOOP("fieldmon", "Record"),
    QT_TRANSLATE_NOOP("fieldmon", "Record id"),
    QT_TRANSLATE_NOOP("fieldmon", "File"),
    QT_TRANSLATE_NOOP("fieldmon", "Caption"),
    QT_TRANSLATE_NOOP("fieldmon", "Size, bytes"),
    QT_TRANSLATE_NOOP("fieldmon", "SHA-256"),
    QT_TRANSLATE_NOOP("fieldmon", "Media type"),
    QT_TRANSLATE_NOOP("fieldmon", "Taken at"),
    QT_TRANSLATE_NOOP("fieldmon", "GPS"),
)
NOT_A_RECORD = QT_TRANSLATE_NOOP("fieldmon", "There is no visit, loan or training {id}.")


def _owner(db: Any, text: str) -> Any:
    """The live visit, loan or training whose id is `text` (an `evidence.Owner`); one
    sentence when there is none."""
    import uuid

    from fieldmon.services.evidence import find_owner

    try:
        record_id = uuid.UUID(text.strip())
    except ValueError:
        raise UserError(NOT_A_RECORD, id=text) from None
    with db.read_session() as session:
        owner = find_owner(session, record_id)
    if owner is None:
        raise UserError(NOT_A_RECORD, id=text)
    return owner


def _table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> None:
    """Rows of text in aligned columns (`right`: columns aligned right); the last column
    unpadded."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        cells = [
            text.rjust(width) if i in right else text.ljust(width)
            for i, (text, width) in enumerate(zip(r, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())


def cmd_attachments(args: argparse.Namespace) -> int:
    from fieldmon.services import evidence

    db = _open(args, writer=False)
    owner = _owner(db, args.record) if args.record else None
    with db.read_session() as session:
        found = evidence.attachments(session, owner)
    if args.json:
        print(json.dumps([a.as_json() for a in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        say(args, QT_TRANSLATE_NOOP("fieldmon", "No files are attached."))
        return 0
    lines = [[args.tr(text) for text in ATTACHMENT_HEADINGS]]
    for a in found:
        lines.append(
            [
                _record_type(args.tr, a.kind),
                str(a.record_id),
                a.file_name,
                a.caption,
                f"{a.size:,}".replace(",", " "),
                a.sha256,
                a.media_type,
                a.taken_at.replace("T", " ") if a.taken_at else "—",
                f"{a.latitude}, {a.longitude}" if a.point else "—",
            ]
        )
    _table(lines, right=frozenset({4}))
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    """Every file is checked before anything is written, then all are attached in one
    transaction (each read again as it is stored, so only one is in memory at a time)."""
    from fieldmon.db.models import Training
    from fieldmon.services import evidence

    db = _open(args)
    officer = _officer(db, args)
    owner = _owner(db, args.record)
    if args.day is not None:
        with db.read_session() as session:
            training = session.get(Training, owner.id) if owner.kind == "training" else None
            if training is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("fieldmon", "--day is for a training's sign-in sheets.")
                )
            if not 1 <= args.day <= training.days:
                raise UserError(
                    QT_TRANSLATE_NOOP("fieldmon", "--day: training {code} has {days} days."),
                    code=training.code,
                    days=training.days,
                )
    refused = False
    for path in args.files:
        try:
            evidence.read(path, str(path))
        except evidence.FileProblem as exc:
            print(render(exc, args.tr), file=sys.stderr)
            refused = True
    if refused:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "Nothing was attached."))
    with db.session() as session:
        for path in args.files:
            evidence.attach_file(
                session, owner, path, officer, caption=args.caption.strip(), day=args.day
            )
    say(
        args,
        QT_TRANSLATE_NOOP("fieldmon", "Files attached to the {kind} {id}: {count}."),
        kind=Message(RECORD_TYPES[owner.kind]),
        id=str(owner.id),
        count=len(args.files),
    )
    return 0


def _record_type(tr: Translator, table: str) -> str:
    return tr(RECORD_TYPES[table]) if table in RECORD_TYPES else table


def _merge_lines(tr: Translator, result: Any) -> list[str]:
    """The per-type summary of a merge, one line per record type that had any."""
    shown = [
        (_record_type(tr, table), c)
        for table, c in result.counts.items()
        if c.new or c.updated or c.unchanged or c.conflicts
    ]
    width = max([14, *(len(name) for name, _ in shown)])
    template = QT_TRANSLATE_NOOP(
        "fieldmon",
        "{type} new {new}  updated {updated}  unchanged {unchanged}  conflicts {conflicts}",
    )
    return [
        "  "
        + Message(
            template,
            {
                "type": f"{name:<{width}}",
                "new": f"{c.new:>7}",
                "updated": f"{c.updated:>7}",
                "unchanged": f"{c.unchanged:>7}",
                "conflicts": f"{c.conflicts:>5}",
            },
        ).render(tr)
        for name, c in shown
    ]


PACKAGE_PASSWORD_ENV = "FIELDMON_PACKAGE_PASSWORD"
FILES_ADDED = QT_TRANSLATE_NOOP("fieldmon", "Photos and scans this database did not have: {count}.")


def _package_passphrase(args: argparse.Namespace) -> str | None:
    """The exchange passphrase: --package-password-file (its first line), else
    FIELDMON_PACKAGE_PASSWORD, else None. An empty one is none."""
    path = args.package_password_file
    if path is None:
        return os.environ.get(PACKAGE_PASSWORD_ENV) or None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon", "Cannot read the exchange passphrase from {path}: {reason}."
            ),
            path=str(path),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from None
    passphrase = text.splitlines()[0] if text.strip() else ""
    if not passphrase:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "{path} holds no exchange passphrase."), path=str(path)
        )
    return passphrase


def cmd_package(args: argparse.Namespace) -> int:
    from fieldmon.services import merge, package_crypto, packages

    passphrase = None if getattr(args, "plain", False) else _package_passphrase(args)
    db = _open(args)
    if args.package_command == "export":
        if args.output.suffix.lower() != packages.SUFFIX:
            raise UserError(
                QT_TRANSLATE_NOOP("fieldmon", "-o: give a file name ending in {suffix}."),
                suffix=packages.SUFFIX,
            )
        officer = _officer(db, args)
        project_id, _name = _project(db, args.project)
        scope = packages.Scope(everything=args.all, since=args.since, project=project_id)
        try:
            exported = packages.export_package(
                db, args.output, officer, scope, passphrase=passphrase, plain=args.plain
            )
        except package_crypto.UnprotectedExport:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "This database is encrypted: give the exchange passphrase "
                    "(FIELDMON_PACKAGE_PASSWORD or --package-password-file) or --plain to "
                    "send personal data unprotected.",
                )
            ) from None
        except OSError as exc:
            raise UserError(
                CANNOT_WRITE, path=str(args.output), reason=exc.strerror or str(exc)
            ) from None
        if exported.total == 0:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "Nothing changed since the last export to {folder}; wrote an empty package "
                    "to {path} (--all exports everything).",
                ),
                folder=exported.path.resolve().parent,
                path=exported.path,
            )
            return 0
        say(
            args,
            WROTE_PACKAGE,
            exported.total,
            deleted=sum(exported.deleted.values()),
            path=exported.path,
        )
        names = {table: _record_type(args.tr, table) for table, n in exported.records.items() if n}
        width = max([14, *(len(name) for name in names.values())])
        for table, n in exported.records.items():
            if n:
                print(f"  {names[table]:<{width}} {n:>7}")
        return 0
    try:
        result = merge.import_package(db, args.file, passphrase)
    except package_crypto.PassphraseNeeded:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "The package {name} is encrypted: give the exchange passphrase "
                "(FIELDMON_PACKAGE_PASSWORD or --package-password-file).",
            ),
            name=args.file.name,
        ) from None
    if result.nothing_new:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon", "Nothing new: everything in {file} is already in this database."
            ),
            file=args.file.name,
        )
        return 0
    say(args, QT_TRANSLATE_NOOP("fieldmon", "Imported {file}:"), file=args.file.name)
    for line in _merge_lines(args.tr, result):
        print(line)
    if result.files_added:
        say(args, FILES_ADDED, count=result.files_added)
    for loan_no, receipt, same in result.receipts:
        if same:
            template = QT_TRANSLATE_NOOP(
                "fieldmon",
                "Loan {loan_no}, receipt {receipt}: typed on two laptops; it counts once (the "
                "first posted).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "fieldmon",
                "Loan {loan_no}, receipt {receipt}: posted twice with different amounts or "
                "dates; it counts once (the first posted).",
            )
        say(args, template, loan_no=loan_no, receipt=receipt)
    for loan_no, over, currency in result.overpaid:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Loan {loan_no} is over-paid by {amount} {currency}: check its repayments.",
            ),
            loan_no=loan_no,
            amount=over,
            currency=currency,
        )
    if result.conflicts:
        say(args, CONFLICTS_WAIT, result.conflicts)
    return 0


def _regions(db: Any, text: str | None) -> tuple[Any, ...] | None:
    """The regions of --regions ('ВКО, Түркістан'); None without it, () for ''."""
    from fieldmon.services import places

    if text is None:
        return None
    found = []
    with db.read_session() as session:
        for name in (part.strip() for part in text.split(",")):
            if not name:
                continue
            region = places.find_region(session, name)
            if region is None:
                raise UserError(UNKNOWN_REGION, name=name)
            found.append(region.id)
    return tuple(found)


def cmd_project(args: argparse.Namespace) -> int:
    from fieldmon.services import projects

    if args.project_command == "list":
        db = _open(args, writer=False)
        with db.read_session() as session:
            rows = projects.live_projects(session)
            regions = {r.id: projects.region_names(session, r, args.lang) for r in rows}
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "code": r.code,
                            "title": r.title,
                            "donor": r.donor,
                            "start": r.start_on.isoformat() if r.start_on else None,
                            "end": r.end_on.isoformat() if r.end_on else None,
                            "partners": r.partners,
                            "regions": regions[r.id],
                        }
                        for r in rows
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return 0
        if not rows:
            say(args, QT_TRANSLATE_NOOP("fieldmon", "No projects yet: fieldmon project add CODE."))
        for r in rows:
            dates = f"{r.start_on or '…'} – {r.end_on or '…'}"
            where = f"; {', '.join(regions[r.id])}" if regions[r.id] else ""
            print(f"{r.code:<12} {r.title}  ({r.donor or '—'}; {dates}{where})")
        return 0
    db = _open(args)
    officer = _officer(db, args)
    code = projects.normalize_code(args.code)
    chosen = _regions(db, args.regions)
    if args.project_command == "add":
        fields = projects.ProjectFields(
            code,
            args.title,
            args.donor or "",
            args.start,
            args.end,
            args.partners or "",
            chosen or (),
        )
        projects.save_project(db, fields, officer)
        say(args, QT_TRANSLATE_NOOP("fieldmon", "Added the project {code}."), code=code)
        return 0
    with db.read_session() as session:
        current = projects.by_code(session, code)
        fields = projects.ProjectFields(
            code,
            current.title if args.title is None else args.title,
            current.donor if args.donor is None else args.donor,
            current.start_on if args.start is None else args.start,
            current.end_on if args.end is None else args.end,
            current.partners if args.partners is None else args.partners,
            projects.region_ids(current) if chosen is None else chosen,
        )
    changed = projects.save_project(db, fields, officer, update=True)
    say(
        args,
        QT_TRANSLATE_NOOP("fieldmon", "Changed the project {code}.")
        if changed
        else QT_TRANSLATE_NOOP("fieldmon", "The project {code} is unchanged."),
        code=code,
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
        say(args, QT_TRANSLATE_NOOP("fieldmon", "No conflicts wait for review."))
    for c in found:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "{type} {record}: {field} = {kept} ({kept_by}), other: {other} ({other_by})",
            ),
            type=_record_type(args.tr, c.table),
            record=c.record,
            field=c.field,
            kept=repr(c.kept),
            kept_by=c.kept_by,
            other=repr(c.other),
            other_by=c.other_by,
        )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldmon.services.sync import server_key, sync

    db = _open(args)
    officer = _officer(db, args)
    result = sync(db, args.to, officer)
    say(
        args,
        QT_TRANSLATE_NOOP("fieldmon", "Synchronized with {server}."),
        server=server_key(args.to),
    )
    steps = (
        (
            QT_TRANSLATE_NOOP("fieldmon", "Sent:"),
            QT_TRANSLATE_NOOP("fieldmon", "Sent: nothing new."),
            result.pushed,
        ),
        (
            QT_TRANSLATE_NOOP("fieldmon", "Received:"),
            QT_TRANSLATE_NOOP("fieldmon", "Received: nothing new."),
            result.pulled,
        ),
    )
    for heading, nothing, merged in steps:
        lines = _merge_lines(args.tr, merged)
        say(args, heading if lines and not merged.nothing_new else nothing)
        if not merged.nothing_new:
            for line in lines:
                print(line)
        if merged.files_added:
            say(args, FILES_ADDED, count=merged.files_added)
    if result.pushed.conflicts or result.pulled.conflicts:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Conflicts wait for review on the side that found them (fieldmon conflicts).",
            ),
        )
    return 0


def _database_file(args: argparse.Namespace) -> Path:
    """The SQLite file of --db, without opening (or migrating) it."""
    from sqlalchemy.engine import make_url

    from fieldmon.db.engine import resolve_url
    from fieldmon.paths import default_database

    url = make_url(resolve_url(args.db or default_database()))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "backup, restore and check work on a SQLite database file; back up a PostgreSQL "
                "database with pg_dump.",
            )
        )
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldmon.db import backup

    path = _database_file(args)
    if not path.exists():
        raise UserError(THERE_IS_NO_DATABASE, path=str(path))
    _unlock_file(args, path)
    if args.output:
        written = backup.copy_database(path, args.output)
    else:
        written = backup.make_backup(path, "manual")
    say(
        args,
        QT_TRANSLATE_NOOP("fieldmon", "Backed up {path} to {copy} (checked)."),
        path=path,
        copy=written,
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from fieldmon.db import backup

    path = _database_file(args)
    if not args.file.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "There is no file '{file}'."), file=str(args.file)
        )
    from fieldmon.db import lock

    if path.exists():
        _unlock_file(args, path)  # it is backed up before it is replaced
    _unlock_file(args, args.file)
    lock.acquire(path)  # not while an app has it open
    try:
        saved = backup.replace_database(path, args.file)
    finally:
        lock.release(path)
    say(
        args,
        QT_TRANSLATE_NOOP("fieldmon", "Restored {path} from {file}."),
        path=path,
        file=args.file,
    )
    if saved is not None:
        say(
            args,
            QT_TRANSLATE_NOOP("fieldmon", "The database as it was is kept in {saved}."),
            saved=saved,
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldmon.db import backup

    path = _database_file(args)
    if not path.exists():
        raise UserError(THERE_IS_NO_DATABASE, path=str(path))
    _unlock_file(args, path)
    verdict = backup.check(path)
    print(f"{path}: {verdict.shown(args.tr)}")
    if not verdict.ok:
        good = backup.latest_good(path)
        if good is not None:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "fieldmon", "The newest good backup is {backup}: fieldmon restore {backup}"
                ),
                backup=good,
            )
        return 1
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from fieldmon.db import crypto, protection

    path = _database_file(args)
    new_password = _first_line(args.new_password_file, NEW_PASSWORD_WORD)
    if crypto.is_encrypted(path):
        protection.change_password(path, _password(args), new_password)
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Changed the password of {path} (and of its backups); the recovery key is "
                "unchanged.",
            ),
            path=path,
        )
        return 0
    if not path.exists():
        raise UserError(THERE_IS_NO_DATABASE, path=str(path))
    _open(args).dispose()  # upgraded first, as any writer would; the lock says if it is open
    done = protection.encrypt_database(path, new_password, recovery=not args.no_recovery_key)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "Encrypted {path} and its backups. Its key file is {keys}: a copy of the "
            "database is unreadable without it.",
        ),
        path=path,
        keys=crypto.key_file(path),
    )
    for left in done.left_plain:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon", "{path} could not be read, so it is still plain: delete it."
            ),
            path=left,
        )
    if done.recovery_key is not None:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Recovery key (shown only now; keep it on paper, away from the laptop):",
            ),
        )
        print(f"  {done.recovery_key}")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from fieldmon.db import protection

    path = _database_file(args)
    if not path.exists():
        raise UserError(THERE_IS_NO_DATABASE, path=str(path))
    written = protection.decrypt_copy(path, _password(args), args.output)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Wrote a plain copy of {path} to {copy}: anyone can read it."
        ),
        path=path,
        copy=written,
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from fieldmon.db import protection

    path = _database_file(args)
    if not path.exists():
        raise UserError(THERE_IS_NO_DATABASE, path=str(path))
    recovery_key = _first_line(args.recovery_key_file, RECOVERY_KEY_WORD)
    new_password = _first_line(args.new_password_file, NEW_PASSWORD_WORD)
    protection.reset_password(path, recovery_key, new_password)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Set a new password for {path}; the old one no longer opens it."
        ),
        path=path,
    )
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    from fieldmon.services.search import find

    if args.limit < 1:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "--limit must be at least 1."))
    db = _open(args, writer=False)
    project_id, _name = _project(db, args.project)
    result = find(db, args.text, limit=args.limit, lang=args.lang, project=project_id)
    if args.json:
        data = {
            kind: [{"id": str(item.id), "text": item.text} for item in found.items]
            for kind, found in result.kinds()
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if result.empty:
        say(args, QT_TRANSLATE_NOOP("fieldmon", "Nothing matches '{text}'."), text=args.text)
        return 0
    for kind, found in result.kinds():
        if not found.total:
            continue
        heading = Message(FIND_HEADINGS[kind])
        if len(found.items) < found.total:
            say(
                args,
                QT_TRANSLATE_NOOP("fieldmon", "{kind} ({total}, the first {shown} shown):"),
                kind=heading,
                total=found.total,
                shown=len(found.items),
            )
        else:
            say(
                args,
                QT_TRANSLATE_NOOP("fieldmon", "{kind} ({total}):"),
                kind=heading,
                total=found.total,
            )
        for item in found.items:
            print(f"  {item.text}  [{item.id}]")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldmon.ui.app import run_gui

    chosen = getattr(args, "gui_lang", None) or explicit_language(args.given_lang)
    return run_gui(db=args.db, lang=chosen, package=getattr(args, "package", None))


def package_shortcut(argv: list[str]) -> list[str]:
    """`fieldmon [options] FILE.fmpkg` (what a file manager runs for a double-clicked
    package) means `fieldmon [options] gui FILE.fmpkg`."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in VALUE_OPTIONS:
            i += 2
            continue
        if word.startswith("-"):
            i += 1
            continue
        if word.lower().endswith(".fmpkg"):
            return [*argv[:i], "gui", *argv[i:]]
        return argv
    return argv


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
    "project": cmd_project,
    "results": cmd_results,
    "conflicts": cmd_conflicts,
    "find": cmd_find,
    "attachments": cmd_attachments,
    "attach": cmd_attach,
    "sync": cmd_sync,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "recover": cmd_recover,
}


def main(argv: Sequence[str] | None = None) -> int:
    from fieldmon.logs import setup_logging

    argv = package_shortcut(list(sys.argv[1:] if argv is None else argv))
    help_lang = _language_code(_global_lang(argv)) or language()
    args = build_parser(cli_translator(help_lang)).parse_args(argv)
    args.given_lang = args.lang
    args.lang = language(args.lang)
    args.tr = tr = cli_translator(args.lang)
    log_path = setup_logging()
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        complain(error_text(exc, tr))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of the output went away (fieldmon find x | head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception:
        log.exception("unexpected error in %s", args.command)
        complain(
            Message(
                QT_TRANSLATE_NOOP(
                    "fieldmon",
                    "an unexpected error stopped the command; details are in {log}.",
                ),
                {"log": log_path},
            ).render(tr),
        )
        return 1
