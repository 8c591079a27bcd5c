"""Checking that a message reached the user in Russian or Kazakh, not English."""

from __future__ import annotations

import re


def latin_words(text: str) -> list[str]:
    """Latin words of three or more letters: what is left of English in a translated text."""
    return re.findall(r"[A-Za-z]{3,}", text)
