import pytest

from fieldmon.domain.choices import (
    Choice,
    FundsUsed,
    Purpose,
    Rating,
    SiteType,
    parse_yes_no,
    translated_labels,
)
from fieldmon.domain.errors import InvalidValue
from fieldmon.domain.i18n import LANGUAGES, render, translator
from fieldmon.domain.loans import BorrowerKind, LoanStatus, Method, Product, Sex
from fieldmon.domain.money import Currency, parse_currency
from fieldmon.domain.people import parse_sex
from fieldmon.domain.text import normalize_name
from fieldmon.domain.trainings import Category, TrainingKind, parse_present


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


# --- choices in the user's words: code, or label in English, Russian or Kazakh -----------

CHOICES: list[type[Choice]] = [
    SiteType,
    Purpose,
    FundsUsed,
    Rating,
    Product,
    Method,
    LoanStatus,
    Sex,
    BorrowerKind,
    Currency,
    TrainingKind,
    Category,
]


def label_languages() -> list[str]:
    """The languages whose translation gives the choices' labels another text; Russian must
    be one of them, so that the tests below cannot pass on English alone."""
    found = [
        lang
        for lang in LANGUAGES
        if lang != "en"
        and any(translator(lang)(label) != label for label in SiteType.labels().values())
    ]
    assert "ru" in found
    return found


def spellings(cls: type[Choice]) -> list[tuple[str, str]]:
    """(text, code): each code and each label in English and every translated language."""
    found = []
    for code, label in cls.labels().items():
        found += [(code, code), (label, code)]
        for lang in label_languages():
            text = translator(lang)(label)
            if text != label:
                found.append((text, code))
    return found


def odd_spacing(text: str) -> str:
    """'NGO / community centre' → 'NGO/community centre'; 'NGO/x' → 'NGO  /  x'; hyphens
    spaced out: 'Small-grant' → 'Small - grant'."""
    text = text.replace(" / ", "/") if " / " in text else text.replace("/", "  /  ")
    return "  " + text.replace("-", " - ") + " "


@pytest.mark.parametrize("cls", CHOICES, ids=lambda c: c.__name__)
def test_each_code_and_label_in_each_language_parses_back(cls: type[Choice]) -> None:
    for text, code in spellings(cls):
        for variant in (text, text.upper(), text.lower(), odd_spacing(text)):
            assert cls.parse(variant) == code, (variant, code)


def test_russian_labels_are_among_the_spellings() -> None:
    texts = {text for text, _code in spellings(SiteType)}
    assert "НПО / общественный центр" in texts
    for text in ("NGO/community centre", "НПО / ОБЩЕСТВЕННЫЙ ЦЕНТР", "ngo_community_centre"):
        assert SiteType.parse(text) is SiteType.NGO_COMMUNITY_CENTRE
    assert FundsUsed.parse("частично") is FundsUsed.PARTLY
    assert Rating.parse("серьезные проблемы") is Rating.SERIOUS_ISSUES  # ё typed as е


def test_a_wrong_choice_lists_codes_in_english_and_labels_in_russian() -> None:
    with pytest.raises(InvalidValue) as caught:
        Rating.parse("отлично")
    assert caught.value.message.params["codes"] == ("on_track", "minor_issues", "serious_issues")
    assert str(caught.value) == ("'отлично' is not one of: on_track, minor_issues, serious_issues.")
    russian = render(caught.value, translator("ru"))
    for label in ("По плану", "Незначительные проблемы", "Серьёзные проблемы"):
        assert label in russian


def test_the_caller_chooses_codes_or_labels() -> None:
    with pytest.raises(InvalidValue) as codes:
        Rating.parse("x", show_labels=False)
    assert "on_track, minor_issues" in render(codes.value, translator("ru"))
    with pytest.raises(InvalidValue) as labels:
        Rating.parse("x", show_labels=True)
    assert str(labels.value).endswith("On track, Minor issues, Serious issues.")


def test_yes_no_sex_currency_and_marks_accept_translated_labels() -> None:
    for lang in label_languages():
        tr = translator(lang)
        assert parse_yes_no(tr("Yes").upper()) is True
        assert parse_yes_no(f" {tr('No')} ") is False
        assert parse_yes_no(tr("Not applicable")) is None
        assert parse_sex(tr("Female").upper()) is Sex.FEMALE
        assert parse_sex(tr("Male")) is Sex.MALE
        assert parse_currency(tr("USD (US dollar)")) is Currency.USD
        assert parse_present(tr("Yes")) is True
        assert parse_present(tr("No")) is False
    assert parse_yes_no("Не применимо") is None
    assert parse_sex("ЖЕНСКИЙ") is Sex.FEMALE


def test_translated_labels_skip_a_language_without_a_translation() -> None:
    assert list(translated_labels("No such label anywhere")) == []
