"""Normalization of names for matching (places, sites)."""

import re

_SPACES = re.compile(r"\s+")


def normalize_name(value: str) -> str:
    """Case-insensitive, space-insensitive key: 'Восточно-Казахстанская  область ' and
    'восточно-казахстанская область' give the same key. Letters are kept as they are, so
    Kazakh letters (Қ, Ө, ...) stay distinct from their Russian neighbours."""
    return _SPACES.sub(" ", value).strip().casefold()
