"""Number words and numerals -> values."""

from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from pipeline.extract.numwords import parse_digits, parse_number, parse_number_words


@given(st.integers(min_value=0, max_value=999))
def test_every_integer_written_in_words_comes_back(n: int) -> None:
    words = num2words(n)  # e.g. "one hundred and twenty-three"
    assert parse_number_words(words) == n
    assert parse_number_words(words.title()) == n
    assert parse_number_words(words.replace(" and ", " ")) == n


@given(st.integers(min_value=0, max_value=10**7))
def test_numerals_with_and_without_thousands_separators(n: int) -> None:
    assert parse_digits(str(n)) == n
    assert parse_digits(f"{n:,}") == n


@given(st.text(max_size=30))
def test_parsing_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


def test_examples_from_the_issue() -> None:
    assert parse_number("Ten") == 10
    assert parse_number("Fifty") == 50
    assert parse_number("Twenty-six") == 26
    assert parse_number("one") == 1
    assert parse_number("1,500") == 1500
    assert parse_number(".04") == 0.04
    assert parse_number("five six") is None
    assert parse_number("4,5") is None  # a citation list, not a number
