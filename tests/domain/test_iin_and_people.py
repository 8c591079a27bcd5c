"""IIN checking, phone numbers, person validation and the name key people are matched by."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain.iin import IINError, check_digit, make_iin, parse_iin
from fieldmon.domain.loans import Sex
from fieldmon.domain.money import parse_amount
from fieldmon.domain.people import PersonFields, normalize_phone, validate_person
from fieldmon.domain.text import person_key

TODAY = date(2026, 11, 21)


def test_an_iin_checked_by_hand() -> None:
    # 8 5 0 3 1 2 3 0 0 0 1 weighted 1..11: 8+10+0+12+5+12+21+0+0+0+11 = 79; 79 mod 11 = 2
    info = parse_iin("850312300012")
    assert info.birth_date == date(1985, 3, 12) and info.sex == "male"
    with pytest.raises(IINError, match="check digit"):
        parse_iin("850312300013")


def test_the_second_weights_are_used_when_the_first_give_10() -> None:
    # 8 5 0 3 1 2 4 0 1 8 0 weighted 1..11: 8+10+0+12+5+12+28+0+9+80+0 = 164 ≡ 10 (mod 11);
    # weighted 3..11,1,2: 24+20+0+18+7+16+36+0+11+8+0 = 140 ≡ 8, so the check digit is 8.
    assert check_digit("85031240180") == 8
    info = parse_iin("850312401808")
    assert info.sex == "female" and info.birth_date == date(1985, 3, 12)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("85031230001", "12 digits"),
        ("85031230001x", "12 digits"),
        ("８５０３１２３０００１２", "12 digits"),  # full-width digits are not an IIN
        ("851312300012", "check digit"),
    ],
)
def test_malformed_iins(text: str, message: str) -> None:
    with pytest.raises(IINError, match=message):
        parse_iin(text)


def test_an_iin_with_an_impossible_date_or_century() -> None:
    bad_date = "853112" + "3" + "0001"
    digit = check_digit(bad_date)
    if digit is not None:
        with pytest.raises(IINError, match="birth date"):
            parse_iin(bad_date + str(digit))
    bad_century = "850312" + "7" + "0001"
    digit = check_digit(bad_century)
    assert digit is not None
    with pytest.raises(IINError, match="7th digit"):
        parse_iin(bad_century + str(digit))


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2012, 12, 31)),
    st.sampled_from(["male", "female"]),
    st.integers(min_value=0, max_value=9999),
)
def test_made_iins_parse_back(born: date, sex: str, serial: int) -> None:
    info = parse_iin(make_iin(born, sex, serial))
    assert info.birth_date == born and info.sex == sex


@given(st.text(max_size=14))
def test_any_text_is_an_iin_or_a_clear_error(text: str) -> None:
    try:
        parse_iin(text)
    except IINError as exc:
        assert str(exc).endswith(".")


def person(**kw: object) -> PersonFields:
    base: dict[str, object] = {"full_name": "Ахметов Болат", "sex": Sex.MALE, "birth_year": 1985}
    return PersonFields(**(base | kw))  # type: ignore[arg-type]


def test_iin_must_agree_with_sex_and_birth_year() -> None:
    assert validate_person(person(iin="850312300012"), TODAY) == []
    [error] = validate_person(person(iin="850312300012", sex=Sex.FEMALE), TODAY)
    assert error.field == "iin" and "man" in error.message
    [error] = validate_person(person(iin="850312300012", birth_year=1986), TODAY)
    assert error.field == "iin" and "12.03.1985" in error.message


def test_person_fields_are_named_with_the_members_prefix() -> None:
    errors = validate_person(person(full_name=" ", birth_year=2020), TODAY, "member2.")
    assert [e.field for e in errors] == ["member2.full_name", "member2.birth_year"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("8 (701) 234-56-78", "+7 701 234 56 78"),
        ("+77012345678", "+7 701 234 56 78"),
        ("7012345678", "+7 701 234 56 78"),
        ("", ""),
        ("+1 212 555 0100", None),
        ("12345", None),
    ],
)
def test_phone_numbers(typed: str, stored: str | None) -> None:
    assert normalize_phone(typed) == stored


def test_person_key_folds_case_spaces_yo_and_latin_lookalikes_but_not_kazakh_letters() -> None:
    assert person_key("  Семёнова   Алёна ") == person_key("семенова алена")
    assert person_key("Ахметов Болат") == person_key("AxMETOB Болат")  # Latin A, x, M, E, T, O, B
    assert person_key("Әсет") != person_key("Асет")
    assert person_key("Қайрат") != person_key("Кайрат")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1 500 000", "1500000"),
        ("1500000,50", "1500000.50"),
        ("1,500,000.50", "1500000.50"),
        (1500, "1500"),
        (12.5, "12.5"),
        ("1\u00a0000", "1000"),
    ],
)
def test_amounts(text: object, amount: str) -> None:
    from decimal import Decimal

    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["abc", "1.2.3", "NaN", "Infinity", True])
def test_not_amounts(text: object) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)
