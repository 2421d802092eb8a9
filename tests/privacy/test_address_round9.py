"""Round nine (P3): the country closing an address is part of the ADDRESS; a country alone in prose stays; city-states
are cities; a street named like a place, with its number, in prose. Values written here, not any split's."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize("text, country", [
    ("Deliver to 14 Soi Ari 4, Phaya Thai, Bangkok 10400, Thailand before Friday.", "Thailand"),
    ("Invoice address:\n21 rue des Lilas\n69003 Lyon\nFrance\n\nThanks, Paul", "France"),
    ("Account holder Ola Berg, Storgata 12B\n0155 Oslo\nNorway, IBAN NO9386011117947", "Norway"),
    ("can the courier go to House No. 88, Woreda 03, Nifas Silk Sub-City, Addis Ababa, Ethiopia?", "Ethiopia"),
    ("Blk 318 Clementi Avenue 2, #05-112\nSingapore 120318, IBAN SG0000", "Singapore"),
    ("Send it to Odos Kifisias 18, 115 26 Athens, Ελλάδα.", "Ελλάδα"),  # the country in its own language (Faker)
    ("Anschrift: Lindenweg 7, 04109 Leipzig, Deutschland", "Deutschland"),
    ("Ship to 3 Harbour Road, Cobh, Co. Cork, UK", "UK"),
    ("Lena Roth\n5 Kornblumenweg\nWaldhausenried\nHoly See (Vatican City State) 00120", "Vatican City State"),
    ("PID|1||44||Roe^Rick||19750202|M|||4410 W Belmont Ave^Apt 2B^Chicago^IL^60641^USA|", "USA"),
    ("Lars Berg | No. 18 Rue Kaboré | Gourcy | BURKINA FASO | 364 orders", "BURKINA FASO"),  # parts joined by " | "
    ("Meter at 12 Harbour Street, Liberta, Antigua and Barbuda read 342 kWh.", "Barbuda"),  # after a town found alone
    ("Send the contract to KAZAKHSTAN, 050000 Almaty, Abay Avenue 10 by Friday.", "KAZAKHSTAN"),  # the country first
    ("to 7 Kegle Flats, West Island 7344, Cocos (Keeling) Islands by Friday", "Keeling"),
])
def test_country_closing_an_address_goes_with_it(privacy: Privacy, text: str, country: str) -> None:
    sent = _sent(privacy, text)
    assert country not in sent and "<ADDRESS_1>" in sent, sent


@pytest.mark.parametrize("text, country", [
    ("Sales in Germany rose 4% in Q3.", "Germany"),
    ("I moved from France to Canada last year.", "Canada"),
    ("Ship to 12 Elm Street, Springfield\nGermany: sales up 5%", "Germany"),  # a heading line, not a country line
    ("PID|1||4||Roe^Rick||19750202|M|||65 Bay Drive^^Annapolis^MD^21403||555", "^MD^"),  # a state code, not Moldova
    ("| name | address | country |\n|---|---|---|\n| Lars Berg | 12 Main Street, Leeds | UK |", "UK"),  # a table's column
    ("Sales in Germany, 2024 figures attached.", "Germany"),
])
def test_a_country_that_closes_no_address_stays(privacy: Privacy, text: str, country: str) -> None:
    assert country in _sent(privacy, text)


@pytest.mark.parametrize("text, place", [
    ("Reminder: physiotherapy at the Singapore clinic on 3 May.", "Singapore"),
    ("name\tphone\tcity\nTan Wei Ling\t+65 9123 4567\tSingapore", "Singapore"),
    ("Our new office is in Hong Kong, next to the harbour.", "Hong Kong"),
])
def test_city_states_are_cities(privacy: Privacy, text: str, place: str) -> None:
    sent = _sent(privacy, text)
    assert place not in sent and "<LOCATION_1>" in sent, sent


@pytest.mark.parametrize("text, street", [
    ("the parcel went to Maizonos 87 instead of the depot", "87"),
    ("We refer to your letter concerning the property at Maizonos 82.", "82"),
])
def test_a_place_name_and_house_number_after_at_or_to(privacy: Privacy, text: str, street: str) -> None:
    sent = _sent(privacy, text)
    assert f" {street}" not in sent and "<ADDRESS_1>" in sent, sent


@pytest.mark.parametrize("text, kept", [
    ("I was in Paris 3 times this year.", "3 times"),
    ("We flew to Berlin 2024 for the fair.", "2024"),
    ("Offices opened at Lyon 3-4 weeks apart.", "3-4"),
])
def test_a_number_after_a_place_that_is_no_house_number_stays(privacy: Privacy, text: str, kept: str) -> None:
    assert kept in _sent(privacy, text)
