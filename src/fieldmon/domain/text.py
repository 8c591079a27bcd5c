"""Normalization of names for matching (places, sites, people)."""

import re

_SPACES = re.compile(r"\s+")

# Latin letters typed in a Cyrillic name because they look the same (a keyboard left on the
# wrong layout, or text copied from a scanned list). Folded to Cyrillic for matching only.
_LOOKALIKES = str.maketrans(
    "ABCEHKMOPTXYaceopxyIi",
    "АВСЕНКМОРТХУасеорхуІі",
)


def normalize_name(value: str) -> str:
    """Case-insensitive, space-insensitive key: 'Восточно-Казахстанская  область ' and
    'восточно-казахстанская область' give the same key. Letters are kept as they are, so
    Kazakh letters (Қ, Ө, ...) stay distinct from their Russian neighbours."""
    return _SPACES.sub(" ", value).strip().casefold()


_WORDS = re.compile(r"[^\W_]+")


def choice_key(value: str) -> str:
    """The key a typed choice is matched by: case ignored, ё as е, and every run of spaces,
    punctuation and underscores one space, so 'NGO / community centre', 'ngo/community
    centre', 'НПО / ОБЩЕСТВЕННЫЙ ЦЕНТР' (against its label) and 'ngo_community_centre' each
    find their choice. Letters stay as they are (Kazakh Қ is not Russian К)."""
    return " ".join(_WORDS.findall(value.casefold().replace("ё", "е")))


def person_key(full_name: str) -> str:
    """The key two spellings of one person's name share: case and extra spaces ignored,
    ё written as е, Latin look-alikes (A, C, E, O, P, X, ...) folded to Cyrillic. Kazakh
    letters stay distinct: 'Әсет' and 'Асет' are different names."""
    return normalize_name(full_name.translate(_LOOKALIKES)).replace("ё", "е")


# Between the fields of a stored search key. A normalized search text never holds it (runs of
# white space become one space), so a match never spans two fields.
FIELD_SEPARATOR = "\n"


def search_key(*fields: str | None) -> str:
    """The stored key several text fields are searched by with one LIKE: each field
    `normalize_name`d, joined by `FIELD_SEPARATOR`. Search for `normalize_name(text)`."""
    return FIELD_SEPARATOR.join(normalize_name(field or "") for field in fields)


def escape_like(text: str) -> str:
    """`text` for a SQL LIKE pattern with `ESCAPE '\\'`: %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
