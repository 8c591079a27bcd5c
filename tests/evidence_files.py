"""Real files for the evidence tests, made with Pillow: phone-like JPEGs with and without EXIF
(time, GPS), a PNG, a PDF (Pillow writes a real one), a text file named .jpg, a JPEG cut short
and a PNG whose header claims 60,000 × 60,000 pixels (an image bomb)."""

from __future__ import annotations

import io
import random
import struct
import zlib
from datetime import datetime
from pathlib import Path

from PIL import Image

from fieldmon.services.demo import exif_block

# Shymkent's central square, and a point about 40 km away.
SHYMKENT = (42.3417, 69.5901)
FAR_FROM_SHYMKENT = (42.6900, 69.7500)


def jpeg_bytes(
    *,
    size: tuple[int, int] = (640, 480),
    taken: datetime | None = None,
    gps: tuple[float, float] | None = None,
    seed: int = 0,
    noise: bool = False,
    quality: int = 85,
) -> bytes:
    """A JPEG with EXIF DateTimeOriginal (`taken`) and a GPS point (`gps`) when given; a
    different `seed` gives different bytes. `noise` makes it as hard to compress as a photo."""
    rng = random.Random(seed)
    if noise:
        image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif_block(taken, gps))
    return out.getvalue()


def png_bytes(size: tuple[int, int] = (300, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (10, 120, 200, 128)).save(out, "PNG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (595, 842), "white").save(out, "PDF")
    return out.getvalue()


def png_bomb_bytes(width: int = 60_000, height: int = 60_000) -> bytes:
    """A small, valid-looking PNG whose header claims `width` × `height` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def sample_files(folder: Path) -> dict[str, Path]:
    """One of each kind, under names an officer's phone or scanner would give."""
    taken = datetime(2026, 11, 20, 11, 32, 5)
    good = jpeg_bytes(taken=taken, gps=SHYMKENT, seed=1)
    return {
        "gps": write(folder, "IMG_20261120_113205.jpg", good),
        "plain": write(folder, "трактор Бәйтерек.jpeg", jpeg_bytes(seed=2)),
        "png": write(folder, "схема.png", png_bytes()),
        "pdf": write(folder, "шарт № 17.pdf", pdf_bytes()),
        "text": write(folder, "not-a-photo.jpg", "Бұл сурет емес\n".encode() * 20),
        "truncated": write(folder, "cut.jpg", jpeg_bytes(seed=3, noise=True)[:6000]),
        "bomb": write(folder, "bomb.png", png_bomb_bytes()),
    }
