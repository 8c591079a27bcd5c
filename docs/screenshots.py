"""Pictures of every page, form and dialog in one language at 1280×720, and a list of any text
they cut off.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py kk /tmp/shots-kk

writes one PNG per screen into the folder (a demo database in a temporary folder; nothing of
yours is touched) and prints `screen: Widget name: 'text'` for each label, button, tab, combo
box or column header narrower than its text (tests/ui/screens.py; tests/ui/test_layout.py
asserts the same list is empty). `--docs` also refreshes the README's pictures in docs/."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402
from tests.ui.screens import clipped, demo_window, screens, settle  # noqa: E402

DOCS = {  # README picture → screen, language
    "screenshot.png": ("page-visits", "en"),
    "visit-form-kk.png": ("visit-form", "kk"),
    "loans.png": ("page-loans", "ru"),
    "attendance.png": ("attendance", "kk"),
    "reports.png": ("page-reports", "kk"),
}


def shoot(lang: str, out: Path) -> dict[str, list[str]]:
    """Every screen in `lang` into `out`; the text cut off on each."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    cut: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        window = demo_window(lang, Path(tmp))
        for name, opener in screens(window):
            widget = opener()
            if isinstance(widget, QDialog) and not widget.isVisible():
                widget.show()
            settle(app)  # type: ignore[arg-type]
            loop = QEventLoop()  # background work (the Reports page's figures) finishes
            QTimer.singleShot(1500, loop.quit)
            loop.exec()
            widget.grab().save(str(out / f"{name}.png"))
            cut[name] = clipped(widget)
            if widget is not window:
                if hasattr(widget, "_dirty"):
                    widget._dirty = False  # type: ignore[attr-defined]
                widget.close()
        window.db.dispose()  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
    return cut


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=["en", "ru", "kk"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", action="store_true", help="also refresh docs/*.png")
    args = parser.parse_args()
    cut = shoot(args.lang, args.out)
    for name, lines in cut.items():
        for line in lines:
            print(f"{name}: {line}")
    if args.docs:
        for picture, (screen, lang) in DOCS.items():
            if lang == args.lang:
                (ROOT / "docs" / picture).write_bytes((args.out / f"{screen}.png").read_bytes())
    return 1 if any(cut.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
