import pytest

from fieldmon.domain.choices import FundsUsed, Rating, SiteType, parse_yes_no
from fieldmon.domain.text import normalize_name


@pytest.mark.parametrize(
    "text", ["minor_issues", "Minor issues", " MINOR  ISSUES ", "minor-issues"]
)
def test_choices_accept_code_or_label(text: str) -> None:
    assert Rating.parse(text) is Rating.MINOR_ISSUES


def test_unknown_choice_lists_the_codes() -> None:
    with pytest.raises(ValueError, match="yes, partly, no, not_applicable"):
        FundsUsed.parse("mostly")


def test_every_choice_has_a_label() -> None:
    for cls in (SiteType, Rating, FundsUsed):
        assert set(cls.labels()) == {member.value for member in cls}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("Да", True),
        ("иә", True),
        ("x", True),
        ("no", False),
        ("нет", False),
        ("жоқ", False),
        ("", None),
        ("n/a", None),
    ],
)
def test_yes_no_in_three_languages(text: str, expected: bool | None) -> None:
    assert parse_yes_no(text) is expected


def test_yes_no_refuses_other_words() -> None:
    with pytest.raises(ValueError, match="not yes, no or empty"):
        parse_yes_no("maybe")


def test_name_normalization_keeps_kazakh_letters_distinct() -> None:
    assert normalize_name("  Шығыс   Қазақстан ") == "шығыс қазақстан"
    assert normalize_name("Қостанай") != normalize_name("Костанай")
