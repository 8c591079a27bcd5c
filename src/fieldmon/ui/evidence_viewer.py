"""Opening an attached file: a photo in `PhotoViewer`, decoded at the size of the screen
(never at its full size first); a PDF scan in the computer's PDF reader, from a temporary
copy in a private folder that is removed when fieldmon exits (`open_externally`)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImageIOHandler, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

_temp: list[Path] = []


def _private_folder() -> Path:
    """A folder only this user can read (`mkdtemp` makes it 0700), made once per run and
    removed with what is in it when fieldmon exits (`atexit`). A PDF reader still holding a
    file open at that moment (Windows refuses to delete it) leaves it to the system's own
    clean-up of its temporary folder; nothing fails for it."""
    if not _temp or not _temp[0].is_dir():
        _temp[:] = [Path(tempfile.mkdtemp(prefix="fieldmon-evidence-"))]
        atexit.register(shutil.rmtree, _temp[0], True)
    return _temp[0]


def open_externally(data: bytes, file_name: str, sha256: str) -> bool:
    """Open a scan with the computer's PDF reader: fieldmon keeps files in its database, so
    the bytes are written to a temporary file first, in a private folder removed when
    fieldmon exits (a copy of a contract must not stay behind in a shared temp folder).
    False if no program opened it."""
    folder = _private_folder() / sha256[:16]
    folder.mkdir(exist_ok=True)
    path = folder / (Path(file_name).name or "document.pdf")
    if not path.exists():
        path.write_bytes(data)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def decode_fitting(data: bytes, bounds: QSize) -> Any:
    """The image in `data` decoded no larger than `bounds` (turned as its EXIF says): the
    reader scales while decoding, so a 50-megapixel photo never takes its full size in
    memory. A null QImage if it cannot be decoded here (a HEIC photo without a plug-in)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    stored = reader.size()
    if stored.isValid():
        turned = bool(
            reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90
        )
        shown_size = stored.transposed() if turned else stored
        if shown_size.width() > bounds.width() or shown_size.height() > bounds.height():
            fitted = shown_size.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio)
            # The scaled size is the stored image's, before it is turned.
            reader.setScaledSize(fitted.transposed() if turned else fitted)
    return reader.read()


class PhotoViewer(QDialog):
    """A photo at the largest size the screen shows whole (never larger than it is). If it
    cannot be decoded here, its preview is shown with a sentence saying so."""

    def __init__(self, data: bytes, title: str, preview: bytes | None, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        area = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
        bounds = QSize(max(area.width() - 80, 200), max(area.height() - 140, 200))
        image = decode_fitting(data, bounds)
        self.image = QLabel(self)
        self.image.setObjectName("photo")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        if image.isNull():
            pixmap = QPixmap()
            if preview:
                pixmap.loadFromData(preview)
            self.note.setText(
                self.tr(
                    "This photo cannot be shown full size on this computer; this is its preview."
                )
            )
            self.note.show()
        else:
            pixmap = QPixmap.fromImage(image)
        self.image.setPixmap(pixmap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
