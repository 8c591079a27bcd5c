"""Evidence at scale: N phone-sized photos (default 1,000 of about 4 MB, 4000 × 3000 pixels,
as hard to compress as real ones; `--count N`), 20 to a visit. Prints, beside a baseline
measured in the same run:

- attach: each photo attached to its visit in a transaction of its own, as a form saves it
  (`evidence.attach_file`: read, check, decode for the preview and EXIF, store), beside copying
  the same files to a folder (`shutil.copyfile`);
- thumbnails: one visit's 20 previews read for its strip, beside making them from the photos;
- export: `export_package --all`, the package's size beside the files' total;
- import: into an empty database (every byte checked, then the merge, which decodes each photo
  for its preview), and the same package again (nothing new);
- peak memory: how far the resident size of a process rises during the export, or the
  import, alone (Linux: VmHWM reset once the process has started), with N/4 and with N
  photos, beside doing nothing: the files are streamed one at a time, so the rise must
  not grow with N.

Run: `.venv/bin/python bench/bench_evidence.py [--count N]`. With 1,000 photos it needs about
20 GB of free disk in the temporary folder (the photos, the two databases, the package, their
N/4 copies) and a quarter of an hour on 2 cores. Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.evidence_files

from sqlalchemy import select  # noqa: E402
from tests.evidence_files import jpeg_bytes  # noqa: E402
from tests.factories import site_input, visit_fields  # noqa: E402
from timing import median_of, ms  # noqa: E402

from fieldmon.db.engine import open_database  # noqa: E402
from fieldmon.db.models import Attachment  # noqa: E402
from fieldmon.services import evidence, places  # noqa: E402
from fieldmon.services.merge import import_package  # noqa: E402
from fieldmon.services.packages import Scope, export_package  # noqa: E402
from fieldmon.services.visits import save_visit  # noqa: E402

PER_VISIT = 20
BASES = 4  # distinct photos made with Pillow; the others are these with a comment of their own
QUALITY = 40  # noise at 4000 × 3000 and this quality: about 4.1 MB, a phone photo's size
OFFICER = "Айгерим Нурланова"
TODAY = date(2026, 11, 21)


def with_comment(jpeg: bytes, text: str) -> bytes:
    """`jpeg` with a COM segment holding `text` after its APPn segments: still a valid JPEG
    (the same pixels), with bytes, and so a checksum, of its own."""
    at = 2  # after SOI
    while jpeg[at] == 0xFF and 0xE0 <= jpeg[at + 1] <= 0xEF:
        at += 2 + int.from_bytes(jpeg[at + 2 : at + 4], "big")
    payload = text.encode()
    segment = b"\xff\xfe" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:at] + segment + jpeg[at:]


def make_photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    bases = [
        jpeg_bytes(size=(4000, 3000), noise=True, quality=QUALITY, seed=n) for n in range(BASES)
    ]
    paths = []
    for n in range(count):
        path = folder / f"IMG_2026{n:05d}.jpg"
        path.write_bytes(with_comment(bases[n % BASES], f"fieldmon bench photo {n}"))
        paths.append(path)
    return paths


def line(label: str, value: str) -> None:
    print(f"{label:<60} {value}")


def resident_mb(key: str) -> float:
    """VmRSS (now) or VmHWM (the peak) of this process, from /proc (Linux)."""
    for text in Path("/proc/self/status").read_text().splitlines():
        if text.startswith(key + ":"):
            return int(text.split()[1]) / 1024
    raise KeyError(key)


def child(operation: str, db_path: str, package: str) -> None:
    """What a measured process does: the export, the import, or (`open`) only opening the
    database. Prints the seconds it took, the resident MB before it, and the peak during
    it: the peak is reset once the modules are loaded and the database open (their own
    start-up peak would hide the operation's)."""
    db = open_database(db_path)
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current size
    before = resident_mb("VmRSS")
    started = time.perf_counter()
    if operation == "export":
        export_package(db, package, OFFICER, Scope(everything=True))
    elif operation == "import":
        import_package(db, package)
    print(time.perf_counter() - started, before, resident_mb("VmHWM"), flush=True)
    db.dispose()


def measured(operation: str, db_path: Path, package: Path) -> tuple[float, float, float]:
    """(seconds, resident MB before, peak resident MB) of a process doing `operation`."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", operation, str(db_path), str(package)],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    seconds, before, peak = (float(v) for v in done.stdout.split()[-3:])
    return seconds, before, peak


def attach_all(db_path: Path, photos: list[Path], quarter_copy: Path) -> float:
    """Attach `photos` to visits of PER_VISIT each; the database as it is after a quarter of
    them is copied to `quarter_copy`. Returns the seconds the attaching took."""
    db = open_database(db_path)
    east = places.registry_id("east-kazakhstan")
    owners = [
        evidence.Owner(
            "visit",
            save_visit(
                db,
                visit_fields(visit_date=date(2026, 11, 20)),
                site_input(east, f"Наубайхана № {n + 1}"),
                OFFICER,
                today=TODAY,
            ),
        )
        for n in range((len(photos) + PER_VISIT - 1) // PER_VISIT)
    ]
    spent = 0.0
    for n, path in enumerate(photos):
        if n == len(photos) // 4:
            db.dispose()  # checkpointed: the file alone is the database
            shutil.copyfile(db_path, quarter_copy)
            db = open_database(db_path)
        started = time.perf_counter()
        with db.session() as session:
            evidence.attach_file(session, owners[n // PER_VISIT], path, OFFICER)
        spent += time.perf_counter() - started
    db.dispose()
    return spent


def thumbnails(db_path: Path, photos: list[Path]) -> None:
    db = open_database(db_path)
    with db.read_session() as session:
        first = session.scalar(select(Attachment.visit_id).limit(1))
    assert first is not None
    owner = evidence.Owner("visit", first)

    def strip() -> None:
        with db.read_session() as session:
            for row in evidence.attachments(session, owner):
                evidence.preview(session, row.sha256)

    def from_photos() -> None:
        for path in photos[:PER_VISIT]:
            evidence.inspect(path.read_bytes(), path.name)

    shown = median_of(strip)
    made = median_of(from_photos, repeat=1)
    db.dispose()
    line(f"thumbnails: one visit's {PER_VISIT} previews read", ms(shown))
    line(
        f"  baseline: making them from the {PER_VISIT} photos",
        f"{ms(made)}  ({made / shown:,.0f}x)",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--child", nargs=3, metavar=("OPERATION", "DB", "PACKAGE"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    count = args.count
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-evidence-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        photos = make_photos(work / "photos", count)
        total = sum(p.stat().st_size for p in photos)
        print(
            f"{count:,} photos, {total / 1e6:,.0f} MB ({total / count / 1e6:.1f} MB each), "
            f"made in {time.perf_counter() - started:.0f} s"
        )

        started = time.perf_counter()
        copies = work / "copies"
        copies.mkdir()
        for path in photos:
            shutil.copyfile(path, copies / path.name)
        copied = time.perf_counter() - started
        shutil.rmtree(copies)

        officer, quarter = work / "officer.db", work / "officer-quarter.db"
        attached = attach_all(officer, photos, quarter)
        line(f"attach {count:,} photos, one transaction each", f"{attached:8.1f} s")
        line("  per photo (read, check, preview, store)", f"{ms(attached / count)}")
        line("  baseline: shutil.copyfile of the same files", f"{copied:8.1f} s")
        line("  attach / copy", f"{attached / copied:8.1f}x")
        print(f"  database: {officer.stat().st_size / 1e6:,.0f} MB")

        thumbnails(officer, photos)

        memory: dict[str, list[str]] = {}

        def growth(before: float, peak: float) -> str:
            return f"+{peak - before:4.0f} MB"

        for label, source, n in (
            (f"N/4 = {count // 4:,}", quarter, count // 4),
            (f"N = {count:,}", officer, count),
        ):
            package = work / f"{source.stem}.fmpkg"
            exported, *export_memory = measured("export", source, package)
            size = package.stat().st_size
            target = work / f"{source.stem}-coordinator.db"
            imported, *import_memory = measured("import", target, package)
            again, *again_memory = measured("import", target, package)
            _, *idle_memory = measured("open", target, package)
            memory[label] = [
                f"export {growth(*export_memory)}",
                f"import {growth(*import_memory)}",
                f"re-import {growth(*again_memory)}",
                f"nothing {growth(*idle_memory)}",
                f"(from {idle_memory[0]:.0f} MB)",
            ]
            if n != count:
                continue
            line(f"export {count:,} photos (--all)", f"{exported:8.1f} s")
            line(
                "  package / files",
                f"{size / 1e6:,.0f} MB / {total / 1e6:,.0f} MB = {size / total:.3f}",
            )
            line("  export / copy", f"{exported / copied:8.1f}x")
            line("import into an empty database (check + merge)", f"{imported:8.1f} s")
            line("  import / copy", f"{imported / copied:8.1f}x")
            line("re-import the same package (nothing new)", f"{again:8.1f} s")
        print("peak resident memory during the operation, above the process's size before it:")
        for label, figures in memory.items():
            print(f"  {label:<12} " + ", ".join(figures))


if __name__ == "__main__":
    main()
