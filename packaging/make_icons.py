"""Make fieldmon's icons from resources/icons/fieldmon.svg: PNGs of the sizes desktops ask for
(build/icons/hicolor/<n>x<n>/apps/fieldmon.png, the freedesktop icon theme's layout) and a
Windows .ico holding several of them (build/icons/fieldmon.ico). Qt draws the SVG; Pillow
writes the .ico (Qt's writer stores one image per file).

Run: `python packaging/make_icons.py [OUTPUT_FOLDER]` (`make bundle` runs it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "fieldmon.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def make_icons(out: Path) -> list[Path]:
    """Write the PNGs and the .ico into `out`; returns what was written."""
    from PIL import Image

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "fieldmon.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    largest = Image.open(out / "hicolor" / "256x256" / "apps" / "fieldmon.png")
    ico = out / "fieldmon.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in make_icons(folder):
        print(path.relative_to(folder))
