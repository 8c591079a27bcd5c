"""Hostile data packages (a zip bomb, an endless line, a manifest or zip header that lies): each
is refused in one sentence, quickly and in little memory, and nothing is written; a normal
package, even one with the longest texts a form takes, still imports."""

from __future__ import annotations

import hashlib
import json
import time
import tracemalloc
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Base, Visit
from fieldmon.domain.visits import MAX_TEXT
from fieldmon.services import demo, merge, places, visits
from fieldmon.services.merge import import_package
from fieldmon.services.packages import (
    CHANGES,
    HISTORY,
    MANIFEST,
    MAX_LINE_BYTES,
    PackageError,
    Scope,
    export_package,
    open_package,
)
from tests.factories import site_input, visit_fields

OFFICER = "Айгерим Нурланова"
TODAY = date(2026, 11, 21)
MiB = 1024**2
VISITS = "records/visit.jsonl"
# Checking a package may hold a line (1 MiB) and a read buffer, never what the package claims.
PEAK_LIMIT = 16 * MiB
# A refusal reads at most about a megabyte of the hostile member.
TIME_LIMIT = 3.0


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    """An officer's laptop, beside the coordinator's `db`."""
    database = open_database(tmp_path / "source.db")
    yield database
    database.dispose()


@pytest.fixture
def empty(source: Database, tmp_path: Path) -> Path:
    """A real package that holds no records: the frame the hostile members go in."""
    path = tmp_path / "empty.fmpkg"
    export_package(source, path, OFFICER, Scope(everything=True))
    return path


@pytest.fixture
def five(source: Database, tmp_path: Path) -> Path:
    """A real package with five visits."""
    demo.make_demo(source, 5, seed=9, today=TODAY)
    path = tmp_path / "five.fmpkg"
    export_package(source, path, OFFICER, Scope(everything=True))
    return path


def build(
    base: Path,
    target: Path,
    member: str,
    data: Iterable[bytes],
    lines: int,
    *,
    header_size: int | None = None,
) -> Path:
    """`base` with `member` replaced by `data` (written as it comes, so a test never holds a
    bomb in memory) and a manifest that agrees: `lines` lines, the right size and SHA-256.
    With `header_size`, the zip's header and the manifest both give that size instead."""
    with zipfile.ZipFile(base) as zin:
        manifest = json.loads(zin.read(MANIFEST))
        others = {
            info.filename: zin.read(info)
            for info in zin.infolist()
            if info.filename not in (MANIFEST, member)
        }
    sha, size = hashlib.sha256(), 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in others.items():
            zout.writestr(name, content)
        with zout.open(member, "w", force_zip64=True) as stream:
            for chunk in data:
                stream.write(chunk)
                sha.update(chunk)
                size += len(chunk)
        if header_size is not None:
            # The central directory, which is what a reader trusts, is written at close.
            zout.getinfo(member).file_size = size = header_size
        if member in (CHANGES, HISTORY):
            manifest[member.removesuffix(".jsonl")] = lines
        else:
            manifest["records"][member.removeprefix("records/").removesuffix(".jsonl")] = lines
        manifest["files"][member] = {"sha256": sha.hexdigest(), "size": size}
        zout.writestr(MANIFEST, json.dumps(manifest))
    return target


def contents(db: Database) -> dict[str, list[str]]:
    """Every row of every table."""
    with db.read_session() as session:
        return {
            table.name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


@dataclass
class Refusal:
    message: str
    peak: int  # bytes, as tracemalloc counts them
    seconds: float


def refused(db: Database, path: Path) -> Refusal:
    """Import `path`, which must fail; how, in how much memory and time. Nothing changed."""
    before = contents(db)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(PackageError) as caught:
            import_package(db, path)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert contents(db) == before
    print(f"{path.name}: peak {peak / MiB:.1f} MiB, {seconds:.2f} s")
    return Refusal(str(caught.value), peak, seconds)


def spaces(mib: int) -> Iterator[bytes]:
    return repeat(b" " * MiB, mib)


def damaged(name: str, line: int, what: str) -> str:
    return f"'{name}' line {line}: {what}; the package is damaged or not from fieldmon."


def test_a_bomb_of_spaces_is_refused_by_its_declared_size(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    """256 MiB of spaces (256 KB zipped) that the manifest gives as one record, with the right
    size and checksum: no record is that long, so it is refused before it is inflated."""
    path = build(empty, tmp_path / "bomb.fmpkg", VISITS, spaces(256), 1)
    assert path.stat().st_size < 2 * MiB
    refusal = refused(db, path)
    assert refusal.message == (
        "'records/visit.jsonl' in the package is larger than the 1 lines its manifest lists "
        "can be; the package is damaged or not from fieldmon."
    )
    assert refusal.peak < PEAK_LIMIT and refusal.seconds < TIME_LIMIT


def test_a_bomb_the_manifest_makes_room_for_stops_at_its_first_line(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    """The same bomb, but the manifest claims 300 records, room enough for 256 MiB: reading
    stops once the first line passes 1 MiB, and memory stays flat."""
    path = build(empty, tmp_path / "bomb.fmpkg", VISITS, spaces(256), 300)
    refusal = refused(db, path)
    assert refusal.message == damaged(VISITS, 1, "a line is longer than 1 MiB")
    assert refusal.peak < PEAK_LIMIT and refusal.seconds < TIME_LIMIT


def test_an_endless_line_is_refused(db: Database, five: Path, tmp_path: Path) -> None:
    """Five good records, then a line with no end (64 MiB and no newline)."""
    with zipfile.ZipFile(five) as zf:
        good = zf.read(VISITS)
    endless = [good, b'{"id":"', *repeat(b"7" * MiB, 64)]
    path = build(five, tmp_path / "endless.fmpkg", VISITS, endless, 100)
    refusal = refused(db, path)
    assert refusal.message == damaged(VISITS, 6, "a line is longer than 1 MiB")
    assert refusal.peak < PEAK_LIMIT and refusal.seconds < TIME_LIMIT


def test_a_zip_header_that_lies_about_the_inflated_size_is_refused(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    """The manifest claims one record and the zip's header and manifest agree on 1,000 bytes,
    but the member inflates to 64 MiB of lines: reading stops at the 1,000 bytes declared."""
    path = build(
        empty, tmp_path / "liar.fmpkg", VISITS, repeat(b"{}\n" * 65536, 341), 1, header_size=1000
    )
    refusal = refused(db, path)
    assert refusal.message == (
        "'records/visit.jsonl' in the package is damaged and cannot be read; it was not imported."
    )
    assert refusal.peak < PEAK_LIMIT and refusal.seconds < TIME_LIMIT


def test_a_manifest_that_claims_one_record_for_many_lines_is_refused(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    """Sizes and checksum right, but the manifest's count is one and the member holds 300,000
    short lines: refused at the second, not after parsing them all."""
    path = build(empty, tmp_path / "many.fmpkg", VISITS, [b"{}\n" * 300_000], 1)
    refusal = refused(db, path)
    assert refusal.message == damaged(VISITS, 2, "the manifest lists only 1 lines")
    assert refusal.peak < PEAK_LIMIT and refusal.seconds < TIME_LIMIT


def test_more_log_lines_than_the_manifest_counts_are_refused(
    db: Database, five: Path, tmp_path: Path
) -> None:
    """The manifest lists three history entries; the member has three real ones and then
    thousands more (as many as fit in the 3 MiB those three lines may take)."""
    with zipfile.ZipFile(five) as zf:
        [first, second, third, *_rest] = zf.read(HISTORY).splitlines(keepends=True)
    lines = [first, second, third, *repeat(third, 2 * MiB // len(third))]
    path = build(five, tmp_path / "history.fmpkg", HISTORY, lines, 3)
    refusal = refused(db, path)
    assert refusal.message == damaged(HISTORY, 4, "the manifest lists only 3 lines")
    assert refusal.peak < PEAK_LIMIT and refusal.seconds < TIME_LIMIT


def test_a_member_the_manifest_gives_no_records_must_be_empty(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    path = build(empty, tmp_path / "zero.fmpkg", CHANGES, [b"{}\n"], 0)
    assert refused(db, path).message == (
        "'changes.jsonl' in the package is larger than the 0 lines its manifest lists can be; "
        "the package is damaged or not from fieldmon."
    )


def test_fewer_lines_than_the_manifest_counts_are_refused(
    db: Database, five: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(five) as zf:
        lines = zf.read(CHANGES).splitlines(keepends=True)
    path = build(five, tmp_path / "short.fmpkg", CHANGES, lines[:-1], len(lines))
    assert refused(db, path).message == (
        f"'changes.jsonl' holds {len(lines) - 1} records but the manifest says {len(lines)}."
    )


def test_brackets_nested_too_deep_are_not_a_record(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    """Within the line limit, but deeper than Python's parser goes."""
    path = build(empty, tmp_path / "deep.fmpkg", VISITS, [b"[" * 500_000 + b"\n"], 1)
    assert refused(db, path).message == "'records/visit.jsonl' line 1: not a record."


def test_a_manifest_that_is_too_large_or_too_deep_is_refused(
    db: Database, empty: Path, tmp_path: Path
) -> None:
    def with_manifest(name: str, data: bytes) -> Path:
        target = tmp_path / name
        with zipfile.ZipFile(empty) as zin, zipfile.ZipFile(target, "w") as zout:
            for info in zin.infolist():
                zout.writestr(info, data if info.filename == MANIFEST else zin.read(info))
        return target

    big = with_manifest("big.fmpkg", b" " * MiB + b"{}")
    assert refused(db, big).message == (
        "The package's manifest is damaged (too large); it was not imported."
    )
    deep = with_manifest("deep.fmpkg", b"[" * 60_000)
    assert refused(db, deep).message == (
        "The package's manifest is damaged (not JSON); it was not imported."
    )


def test_a_package_swapped_after_its_check_is_still_bounded(
    db: Database, five: Path, tmp_path: Path
) -> None:
    """The file changes between the check and the merge (a USB stick pulled and put back):
    the merge reads it again under the same bounds, and writes nothing."""
    path = tmp_path / "swapped.fmpkg"
    path.write_bytes(five.read_bytes())
    package = open_package(db, path)
    with zipfile.ZipFile(five) as zf:
        good = zf.read(VISITS)
    build(five, path, VISITS, [good.split(b"\n")[0], *spaces(64)], 5)
    before = contents(db)
    with pytest.raises(PackageError) as caught, db.session() as session:
        merge.merge(session, package)
    assert str(caught.value) == damaged(VISITS, 1, "a line is longer than 1 MiB")
    assert contents(db) == before


def test_a_normal_package_with_the_longest_texts_still_imports(
    db: Database, source: Database, tmp_path: Path
) -> None:
    """Demo data, and a visit whose two texts are as long as the form allows, in characters
    that take the most room escaped, edited once so a history line holds both versions."""
    demo.make_demo(source, 30, seed=1, today=TODAY)
    demo.make_demo_loans(source, 8, seed=2, today=TODAY)
    demo.make_demo_trainings(source, 2, seed=3, today=TODAY)

    def longest(mark: str) -> str:
        return ((mark + 'Ж"\\\t') * MAX_TEXT)[:MAX_TEXT]

    site = site_input(places.registry_id("east-kazakhstan"))
    due = date(2026, 9, 1)
    fields: dict[str, Any] = {
        "findings": longest("а"),
        "follow_up": longest("б"),
        "follow_up_due": due,
    }
    visit_id = visits.save_visit(source, visit_fields(**fields), site, OFFICER, today=TODAY)
    fields = {"findings": longest("в"), "follow_up": longest("г"), "follow_up_due": due}
    visits.save_visit(source, visit_fields(**fields), site, OFFICER, visit_id=visit_id, today=TODAY)
    path = tmp_path / "normal.fmpkg"
    export_package(source, path, OFFICER, Scope(everything=True))
    with zipfile.ZipFile(path) as zf:
        longest_line = max(
            len(line)
            for info in zf.infolist()
            if info.filename != MANIFEST
            for line in zf.read(info).splitlines()
        )
    print(f"longest line: {longest_line} bytes")
    assert longest_line < MAX_LINE_BYTES / 4  # the limit leaves a wide margin

    result = import_package(db, path)
    assert result.counts["visit"].new == 31
    with db.read_session() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None and visit.findings == longest("в")
