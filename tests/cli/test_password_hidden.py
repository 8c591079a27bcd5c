"""A PostgreSQL password never appears where a database URL is printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldmon.cli import main
from fieldmon.db import engine
from fieldmon.db.engine import shown_url

SECRET_URL = "postgresql+psycopg://officer:s3cr3t@127.0.0.1/x"


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        (SECRET_URL, "postgresql+psycopg://officer:***@127.0.0.1/x"),
        ("postgresql+psycopg://officer:s3cr3t@127.0.0.1:port/x", "officer:***@127.0.0.1:port/x"),
        ("postgresql+psycopg://officer@127.0.0.1/x", "postgresql+psycopg://officer@127.0.0.1/x"),
        ("sqlite:////data/Береке.db", "sqlite:////data/Береке.db"),
        (Path("/data/Береке.db"), "/data/Береке.db"),
    ],
)
def test_shown_url_masks_the_password_only(given: str | Path, shown: str) -> None:
    assert shown_url(given).endswith(shown)
    assert "s3cr3t" not in shown_url(given)


def test_demo_prints_the_url_without_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = engine.open_database

    def on_postgres(_db: Any, **kwargs: Any) -> engine.Database:
        database = opened(tmp_path / "demo.db", **kwargs)  # stands in for the server
        database.url = SECRET_URL
        return database

    monkeypatch.setattr(engine, "open_database", on_postgres)
    code = main(
        [
            "--db",
            SECRET_URL,
            "demo",
            "--visits",
            "2",
            "--loans",
            "0",
            "--trainings",
            "0",
            "--photos",
            "0",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() == (
        "Added 2 demo visits, 0 demo loans and 0 demo trainings to "
        "postgresql+psycopg://officer:***@127.0.0.1/x."
    )
    assert "s3cr3t" not in out + err
