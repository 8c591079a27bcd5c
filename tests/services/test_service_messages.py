"""Services raise Messages: the template and its values, English as `str(exc)`, any language
where shown."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

import pytest

from fieldmon.db.engine import Database
from fieldmon.domain.errors import InvalidValue, UserError
from fieldmon.domain.i18n import Message, render, translator
from fieldmon.services import loans, packages, people, trainings
from fieldmon.services.merge import import_package
from tests.language import latin_words


def manifest_only(path: Path, manifest: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(packages.MANIFEST, manifest)
    return path


def test_a_bad_value_in_a_package_line_is_a_message() -> None:
    columns = packages.columns_of("visit")
    with pytest.raises(InvalidValue) as caught:
        packages.decode_row(columns, [])
    assert caught.value.message.template == packages.NOT_A_RECORD
    with pytest.raises(InvalidValue) as caught:
        packages.decode_row([c for c in columns if c.name == "id"], {"id": "not an id"})
    message = caught.value.message
    assert message.template == packages.VALUE_NOT and message.params["column"] == "id"
    assert isinstance(message.params["what"], Message)
    assert str(caught.value) == "'id' is not an id"


def test_what_is_wrong_with_a_manifest_is_a_message(db: Database, tmp_path: Path) -> None:
    path = manifest_only(tmp_path / "p.fmpkg", "{not json")
    with pytest.raises(packages.PackageError) as caught:
        import_package(db, path)
    problem = caught.value.message.params["problem"]
    assert isinstance(problem, Message) and problem.template == packages.MANIFEST_NOT_JSON
    assert str(caught.value) == "The package's manifest is damaged (not JSON); it was not imported."
    path = manifest_only(tmp_path / "q.fmpkg", json.dumps({"format": 1, "files": {}}))
    with pytest.raises(packages.PackageError) as caught:
        import_package(db, path)
    assert isinstance(caught.value.message.params["problem"], Message)


def test_not_found_errors_carry_the_number_as_a_value(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        loans.find_loan_id(db, " mc-77 ")
    assert caught.value.message.params == {"loan_no": "MC-77"}
    assert str(caught.value) == "There is no loan number MC-77."
    with pytest.raises(UserError) as caught:
        trainings.find_training_id(db, "tr-9")
    assert list(caught.value.message.params) == ["code"]
    with pytest.raises(UserError) as caught:
        people.merge_people(db, uuid.uuid4(), uuid.uuid4(), "Ерлан")
    assert str(caught.value) == "One of these people is no longer in the registry."


# --- in Russian: these need the new templates in fieldmon_ru.ts -----------------------------


def test_a_damaged_manifest_in_russian(db: Database, tmp_path: Path) -> None:
    path = manifest_only(tmp_path / "p.fmpkg", json.dumps({"app": "fieldmon"}))
    with pytest.raises(packages.PackageError) as caught:
        import_package(db, path)
    shown = render(caught.value, translator("ru"))
    assert latin_words(shown) == [], shown


def test_an_unknown_loan_in_russian(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        loans.find_loan_id(db, "NOPE-1")
    shown = render(caught.value, translator("ru"))
    assert "NOPE-1" in shown and latin_words(shown.replace("NOPE-1", "")) == [], shown
