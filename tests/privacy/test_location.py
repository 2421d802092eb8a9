"""Cities and regions are pseudonymised; countries and continents stay (the default policy)."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text,value",
    [
        ("I am in Tarragona for a business trip.", "Tarragona"),
        ("She moved to Wuppertal last year.", "Wuppertal"),
        ("Where: Pontevedra Country Club", "Pontevedra"),
        ("We moved here from KIRKCALDY", "KIRKCALDY"),
        ("The flagship store is based in North Larkinfield.", "North Larkinfield"),
        ("他在深圳市负责渠道。", "深圳"),
    ],
)
def test_cities(privacy, text, value):
    assert_found(privacy, text, "LOCATION", value)


@pytest.mark.parametrize(
    "text",
    ["Revenue in Germany and France grew faster than in Europe.", "Who's coming to Switzerland with me?",
     "Withdraw cash from the ATM in the lobby.", "请比较中国和美国的市场。"],
)
def test_countries_and_acronyms_stay(privacy, text):
    assert_not_found(privacy, text, "LOCATION")
