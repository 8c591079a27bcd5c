"""The installed bundle beside the developer's venv, measured in the same run:

- the size of the one-folder bundle dist/fieldmon/, its .tar.gz and the .deb (budget, issue
  18: folder <= 180 MB, .deb <= 75 MB), and the largest parts of the folder;
- a cold start of `fieldmon --version` (the interpreter and the command line);
- a cold start of the window until its pages are open on a demo database: the moment the
  window starts listening for other starts (fieldmon.ui.single_instance), observed from
  outside as its socket file appearing, offscreen.

Run `make bundle` first, then `.venv/bin/python bench/bench_bundle.py`. Not run in CI.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fieldmon import __version__  # noqa: E402
from fieldmon.ui.single_instance import server_name  # noqa: E402

BUNDLE = ROOT / "dist" / "fieldmon" / "fieldmon"
VENV = ROOT / ".venv" / "bin" / "fieldmon"
REPEAT = 5


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def environment(data: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(data / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDMON_DATA_DIR": str(data),
        "FIELDMON_OFFICER": "Bench",
    }


def version_start(exe: Path, env: dict[str, str]) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        subprocess.run([str(exe), "--version"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def window_start(exe: Path, env: dict[str, str], database: Path) -> float:
    """Seconds from launch until the open window listens on its socket (pages open)."""
    # The name the started fieldmon computes, in its own environment.
    saved = dict(os.environ)
    os.environ.pop("XDG_RUNTIME_DIR", None)
    os.environ.update(env)
    try:
        name = server_name(str(database))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    socket_file = Path(name) if Path(name).is_absolute() else Path(tempfile.gettempdir()) / name
    times = []
    for _ in range(REPEAT):
        socket_file.unlink(missing_ok=True)
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(exe), "--db", str(database), "gui"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while not socket_file.exists():
                if process.poll() is not None or time.perf_counter() - started > 60:
                    raise SystemExit(f"{exe} did not open its window")
                time.sleep(0.005)
            times.append(time.perf_counter() - started)
        finally:
            process.terminate()
            process.wait()
    return statistics.median(times)


def main() -> int:
    if not BUNDLE.exists():
        print("no bundle: run `make bundle` first")
        return 1
    dist = BUNDLE.parent.parent
    folder = BUNDLE.parent
    tarball = dist / f"fieldmon-{__version__}-linux-x86_64.tar.gz"
    deb = dist / f"fieldmon_{__version__}_amd64.deb"
    print(f"fieldmon {__version__} bundle, Python {sys.version.split()[0]}\n")
    print(f"  folder dist/fieldmon/   {size_mb(folder):7.1f} MB   (budget 180 MB)")
    for path, budget in ((tarball, ""), (deb, "   (budget 75 MB)")):
        if path.exists():
            print(f"  {path.name:<24}{size_mb(path):7.1f} MB{budget}")
    internal = folder / "_internal"
    real = [p for p in internal.iterdir() if not p.is_symlink()]  # Qt's libs are linked twice
    parts = sorted(real, key=size_mb, reverse=True)[:8]
    print("  largest parts: " + ", ".join(f"{p.name} {size_mb(p):.0f} MB" for p in parts))

    work = Path(tempfile.mkdtemp(prefix="fieldmon-bench-bundle-"))
    try:
        env = environment(work)
        (work / "home").mkdir()
        database = work / "fieldmon.db"
        subprocess.run(
            [str(BUNDLE), "--db", str(database), "demo"], env=env, check=True, capture_output=True
        )
        print(f"\ncold starts (median of {REPEAT})   bundle        venv      ratio")
        ours, theirs = version_start(BUNDLE, env), version_start(VENV, env)
        print(f"  fieldmon --version      {ours * 1000:7.0f} ms {theirs * 1000:7.0f} ms"
              f"   {ours / theirs:5.2f}x")  # fmt: skip
        ours, theirs = window_start(BUNDLE, env, database), window_start(VENV, env, database)
        print(f"  window with its pages   {ours * 1000:7.0f} ms {theirs * 1000:7.0f} ms"
              f"   {ours / theirs:5.2f}x")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
