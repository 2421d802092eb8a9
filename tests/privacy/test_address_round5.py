"""Round five: postcodes in the cells of contact rows (CSV, TSV, ";"), a postcode-and-town line above the
street (Japan, Portugal, Sweden, or a form that writes the town first), and the address shapes of forms
(HL7 XAD fields, KYC "Residential address:", PO boxes, Apt/Suite/Unit). Every value was written for this file."""

import pytest

from workbench.privacy._rec_address import table_postcodes

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "row, code",
    [
        ("Alina;Vogt;49074;Osnabrück;+49 541 998877", "49074"),  # postcode before the town
        ("Brandt;Nils;Bremen;28195;0421 556677 x12", "28195"),  # after it
        ("Kemal Aydin\t+90 532 111 2233\tkemal.a@posteo.net\t34710", "34710"),  # alone, in a row with an e-mail
        ('"Berg","Lena","lena.berg@web.de","0171 2345678","Hamburg","20095"', "20095"),  # quoted CSV
        ("Ines;Moura;(021) 845 (ext 912);02139-4410", "02139-4410"),  # ZIP+4 beside a phone cell
        ("Tom Reed,tom.reed@hey.com,SW1A 2AA", "SW1A 2AA"),
        ("Lula;Berg;05846;Brighton;(+84) 12 12 577 75 ext. 9004", "05846"),  # "(+84)" opens the phone cell
    ],
)
def test_postcode_cells_of_contact_rows(row, code):
    found = [row[a:b] for a, b in table_postcodes(row)]
    assert code in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Region;Q3 revenue;Q4 revenue\nNorth;48210;51230",  # a header names the columns: amounts
        "customer,email,seats\nAnna Berg,anna@example.com,25000",
        "Order 55;anna@example.com;12500 EUR",  # an amount with its currency
        "sku;qty;price\n44120;3;19.90",  # no contact in the row
        "id;owner;contact\n1041;Ines Moura;(2107)-1733 #530",  # the header names the column: an ID beside a name
    ],
)
def test_numbers_in_rows_that_are_no_postcodes(text):
    assert table_postcodes(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Alina;Vogt;49074;Osnabrück;+49 541 998877", "49074"),
        ("Joy Ito\t+81 90-1234-5678\tjoy@fastmail.com\t98101", "98101"),
        # the postcode and town above the street
        ("To: Greta Lind\n41118 Göteborg\n12 Kungsgatan", "41118 Göteborg"),
        ("Attn: R. Okafor\n10115 Berlin\nTorstraße 88", "10115 Berlin"),
        ("To: P. Silva\n1000-205 Lisboa\nRua Augusta 27", "1000-205 Lisboa"),
        ("To: Ola Berg\n73129 Oklahoma City\n208 Southeast 19th Street", "73129 Oklahoma City"),  # an ordinal street
        ("She lives at 410 West 42nd Street, New York, NY 10036.", "410 West 42nd Street, New York, NY 10036"),
        ("Return address\nLiivi puiestee 41\n10133 Tallinn", "Liivi puiestee 41"),  # Baltic street words
        ("Ship to:\nAnna Kalnina\nBrīvības iela 88\nLV-1001 Rīga", "Brīvības iela 88"),
        # HL7 XAD fields, KYC lines, PO boxes, units
        ("PID|1||9||Tamm^Kert||19900303|M|||PO Box 4471^^Fairbanks^AK^99708", "PO Box 4471^^Fairbanks^AK^99708"),
        ("Residential address: 1187 Larkspur Lane, Boise, ID 83702", "1187 Larkspur Lane, Boise, ID 83702"),
        ("Residential Address: 42 Quarry Road, Apt 7, Barre, VT 05641, United States", "42 Quarry Road, Apt 7, Barre, VT 05641"),
        ("Mailing address: P.O. Box 812, Taos, NM 87571", "P.O. Box 812, Taos, NM 87571"),
        ("Ship to: 2207 Orchard St #14, Eugene, OR 97402", "2207 Orchard St #14, Eugene, OR 97402"),
        ("Our customer lives at 5512 Coldwater Canyon Ave Suite 210, Sherman Oaks, CA 91423.",
         "5512 Coldwater Canyon Ave Suite 210, Sherman Oaks, CA 91423"),
    ],
)
def test_addresses_of_round_five(privacy, text, value):
    red = privacy.redact(text, privacy.new_vault())
    for word in value.replace("^", " ").replace(",", " ").split():
        if len(word) > 2 and word not in ("Apt", "Box", "P.O.", "St", "Road", "Lane"):
            assert word not in red.text, f"{word!r} leaked: {red.text!r}"
    assert any(e.type == "ADDRESS" for e in red.entities)


@pytest.mark.parametrize(
    "segment, parts, state",
    [
        ("NK1|1|Lind^Ola|SPO|77 Harbor View Rd^^Mystic^CT^06355", ["77 Harbor View Rd", "Mystic", "06355"], "CT"),
        ("PID|1||44||Roe^Rick||19750202|M|||4410 W Belmont Ave^Apt 2B^Chicago^IL^60641^USA",
         ["4410 W Belmont Ave^Apt 2B", "Chicago", "60641"], "IL"),
        ("PID|1||4||Roe^Rick||19750202|M|||Hauptstr. 5^^Köln^NW^50667^DEU", ["Hauptstr. 5", "Köln", "50667"], "NW"),
    ],
)
def test_hl7_address_fields(privacy, segment, parts, state):
    """Street, town and postcode of an XAD field go; the state code between them stays; round nine: a country after
    the postcode goes with the address."""
    from workbench.privacy._rec_address import AddressBlockRecognizer

    spans = [segment[r.start : r.end] for r in AddressBlockRecognizer().analyze(segment, ["ADDRESS"]) if r.score >= 0.5]
    assert all(p in spans for p in parts), spans
    sent = privacy.redact(segment, privacy.new_vault()).text
    assert all(p not in sent for p in parts) and segment.rsplit("^", 1)[1] not in sent, sent
    assert f"^{state}^" in sent or segment.rsplit("^", 1)[1].isalpha(), sent  # with a country, one span


def test_hl7_coded_values_are_no_address():
    from workbench.privacy._rec_address import AddressBlockRecognizer

    segment = "OBX|1|ST|NOTE^Note||5^a^b^c^7|"
    assert [r for r in AddressBlockRecognizer().analyze(segment, ["ADDRESS"]) if r.score >= 0.5] == []


def test_a_town_line_above_a_sentence_is_not_taken(privacy):
    assert_not_found(privacy, "Report for 2024\n10115 users signed up\nThanks all", "ADDRESS")


def test_the_postcode_of_a_contact_row_is_an_address(privacy):
    assert_found(privacy, "Darcey;Lance;94577;San Leandro;+370-614 74 868 x717", "ADDRESS", "94577")
