"""Round nine, second pass (P7): national address forms of Russia/Ukraine/Belarus, the former Yugoslavia, Hungary,
Iran and Nepal, whole; Serbian Cyrillic letters (Ј, Љ, Њ, Ћ, Ђ, Џ) in street and town words; a street named after a
person after an address cue; an address field of a JSON record; a Hungarian "… 8. em. 2." line not joined to the
postcode line under it. Values written here (other towns, streets and carriers than HELD-OUT-10's)."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize("text, parts", [
    # RU/BY/KZ: index, г. town, street, д./корп./кв. (Cyrillic and romanised)
    ("Recipient: A. Barysau\n220030, г. Минск, пр. Независимости, д. 18, кв. 204", ["220030", "Минск", "кв", "204"]),
    ("Отправьте по адресу: 620014, г. Екатеринбург, ул. Малышева, д. 51, оф. 1203", ["620014", "г.", "1203"]),
    ("Deliver to P. Sokolov, Lesnaya ul., d. 7, korp. 2, kv. 81, Novosibirsk, 630099.", ["korp", "kv", "630099"]),
    ("Anyone on Липовая ул., д. 3, корп. 1, кв. 55 awake?", ["корп", "кв", "55"]),
    # ex-Yugoslav: a head word with lower-case words, a flat, a street with no street word
    ("Ship to Tomislav Horvat, Ulica kneza Mislava 12, stan 4, 10000 Zagreb", ["Mislava", "stan"]),
    ("Пошаљите на: Јована, Његошева 18, стан 9, 21000 Нови Сад", ["Његошева", "стан"]),
    ("Label\nMilan Ilić\nЉубе Ненадовића 7\n34000 Крагујевац", ["Љубе", "Ненадовића", "34000"]),
    ("Contact Ana Kovač, Cesta v Mestni log 55, 1000 Ljubljana.", ["Cesta", "Mestni", "55"]),
    # Hungarian floor and door, the postcode line under it
    ("The invoice goes to Varga Zoltán, 1052 Budapest, Váci út 12. III. emelet 4. ajtó.", ["emelet", "ajtó", "1052"]),
    ("Tenant: Szabó Éva\nKossuth Lajos tér 3. 2. em. 5.\n9021 Győr", ["em", "9021"]),
    # Iran: parts, the town and its ten-digit code
    ("Billing: M. Ahmadi | Unit 3, No. 44, Alley 7, Ferdowsi St., Mashhad 9177948974 | paid", ["Mashhad", "9177948974"]),
    ("Pickup at No. 12, Kucheh Golha, Enghelab Ave., Tehran 13169-43551, Iran.", ["Golha", "13169"]),
    # Nepal: tole, municipality-ward, district and province lines
    ("Bill to: S. Gurung\nLakeside Chowk, Pokhara Metropolitan City-6\nKaski District\nGandaki Province\nNepal",
     ["Lakeside", "Metropolitan", "Kaski", "Gandaki"]),
    ("Patient lives at Bagar, Bharatpur Metropolitan City, Ward No. 4, Chitwan.", ["Bagar", "Ward"]),
    # a street named after a person, after an address cue; an address field of a record
    ("Payroll: please change the home address to Vuka Karadžića 12b.", ["Vuka", "12b"]),
    ("Courier: nobody at Kralja Petra 9, parcel left next door.", ["Kralja", "Petra"]),
    ('{"name": "Jovan", "street": "Бранка Радичевића 4/2", "city": "Ниш"}', ["Бранка", "4/2"]),
    ('{"ship_to": {"line1": "No. 5, Alley 3, Azadi St.", "city": "Tabriz", "zip": "5157943166"}}', ["5157943166"]),
])
def test_national_forms_are_redacted_whole(privacy: Privacy, text: str, parts: list[str]) -> None:
    sent = _sent(privacy, text)
    assert "<ADDRESS_1>" in sent and not [p for p in parts if p in sent], sent


@pytest.mark.parametrize("text", [
    "The Ulica project is at version 2, phase 3, with 12 open tickets.",
    "See chapter 3, str. 45 of the manual for the full list of options.",
    "Meeting on 2027. 08. 14. at 10:00 in the main hall; agenda item 5.",
    "Python 3.12, k. 4 of the course, covers generators.",
    "The address is Python 3, and she lives at home.",
    "Room 12 of the Metropolitan City Hall hosts the meeting at 3 pm.",
    "Call 555.\n123.4567 now",
])
def test_prose_stays(privacy: Privacy, text: str) -> None:
    assert "<ADDRESS" not in _sent(privacy, text)
