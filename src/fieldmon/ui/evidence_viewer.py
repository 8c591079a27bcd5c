"""Opening an attached file: a photo in `PhotoViewer`, decoded at the size of the screen
(never at its full size first); a PDF scan in the computer's PDF reader, from a temporary
copy in a private folder that is removed when fieldmon exits (`open_externally`).

The copy's extension is the one of the file's checked kind (`evidence.suffix_for`), never
simply the name the file arrived with: a name in a data package is any text, and a PDF that
is also an HTML application, attached as `contract.hta`, must open in the PDF reader, not run.

A crash (or a kill) skips the clean-up at exit and leaves plain copies of scans behind, so the
first opening in a run first removes the `fieldmon-evidence-*` folders earlier runs left in
the temporary folder (`remove_stale`). Errors are ignored: on Windows a file still open in a
PDF reader cannot be deleted, and it is tried again next time; another user's folders are not
this user's to remove. (A second fieldmon of the same user running at the same time, on
another database, loses its copies too; it writes them again at its next opening.)"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImageIOHandler, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldmon.services import evidence

PREFIX = "fieldmon-evidence-"
_temp: list[Path] = []
_swept: list[bool] = []  # one sweep of earlier runs' folders per run
# Characters no file name may hold on Windows (and the separators anywhere), control ones too.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}


def remove_stale(temp_dir: Path | None = None) -> None:
    """Remove the `fieldmon-evidence-*` folders earlier runs left in the temporary folder
    (this run's own is kept). Errors are ignored: a file still open in a reader on Windows,
    another user's folder."""
    root = Path(temp_dir or tempfile.gettempdir())
    mine = _temp[0] if _temp else None
    try:
        found = list(root.glob(f"{PREFIX}*"))
    except OSError:
        return
    for folder in found:
        try:
            if folder == mine or folder.is_symlink() or not folder.is_dir():
                continue
            if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _private_folder() -> Path:
    """A folder only this user can read (`mkdtemp` makes it 0700), made once per run and
    removed with what is in it when fieldmon exits (`atexit`). A PDF reader still holding a
    file open at that moment (Windows refuses to delete it) leaves it behind; so does a
    crash: the first call in a run removes what earlier runs left (`remove_stale`)."""
    if not _swept:
        _swept.append(True)
        remove_stale()
    if not _temp or not _temp[0].is_dir():
        _temp[:] = [Path(tempfile.mkdtemp(prefix=PREFIX))]
        atexit.register(shutil.rmtree, _temp[0], True)
    return _temp[0]


def copy_name(file_name: str, media_type: str) -> str:
    """The temporary copy's name: the attached file's name without folders or characters a
    file system refuses, and the extension of its checked kind (`evidence.suffix_for`: its
    own when that says the kind, `.pdf` for a scan named `contract.hta`)."""
    suffix = evidence.suffix_for(media_type, file_name)
    base = Path(file_name.replace("\\", "/")).name
    stem = base[: -len(suffix)] if base.lower().endswith(suffix) else base
    stem = _UNSAFE.sub("_", stem).strip(" .")[:100].strip(" .")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = f"document {stem}".strip()
    return stem + suffix


def open_externally(data: bytes, file_name: str, sha256: str, media_type: str) -> bool:
    """Open a scan with the computer's PDF reader: fieldmon keeps files in its database, so
    the bytes are written to a temporary file first, in a private folder removed when
    fieldmon exits (a copy of a contract must not stay behind in a shared temp folder),
    named by `copy_name` (its extension from its checked kind, not from the name it came
    with). False if no program opened it."""
    folder = _private_folder() / sha256[:16]
    folder.mkdir(exist_ok=True)
    path = folder / copy_name(file_name, media_type)
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
