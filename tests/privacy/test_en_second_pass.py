"""Round three, second pass: a postcode after the country on a block's last line, and language names.

Every value was written for this file."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hanne Holm\nStrandvejen 12\nDenmark DK-2100\n", "DK-2100"),
        ("Please ship to:\nLi Na\nul. Prosta 5\nPoland 00-950", "00-950"),
        ("> Jonas Berg\n> Storgatan 14\n> Sweden 114 55", "114 55"),
    ],
)
def test_postcode_after_the_country(privacy, text, code):
    assert_found(privacy, text, "ADDRESS", code)


@pytest.mark.parametrize(
    "text",
    [
        "Our sales\nGermany 2024\nFrance 350\n",  # a table of figures, no street above
        "Headcount by office\nOffices in Lisbon\nPortugal 350",
    ],
)
def test_country_and_figure_is_no_postcode(privacy, text):
    assert_not_found(privacy, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "She studied English and journalism at university.",
        "The manual is in German, the labels are in Dutch.",
        "Is the Finnish version ready?",
    ],
)
def test_languages_are_not_names(privacy, text):
    assert_not_found(privacy, text, "PERSON")


def test_a_surname_that_is_a_language_after_a_title(privacy):
    assert_found(privacy, "Please ask Mr. English about the invoice.", "PERSON", "English")
