"""Round four, issue 15: English names and over-redaction by the learned tagger (workbench/privacy/_rec_tagger.py).

Every value here was written for this file: none is copied from bench/privacy/ or from any split of
bench/privacy_eval.py. Each case is a family of real-world formats (a header over a list of people, an
identifier or phone number in a sentence, a company's name in a signature), not one template line.
"""

from __future__ import annotations

import pytest

from workbench.privacy import _rec_tagger as rt
from workbench.privacy._gazetteer import gazetteer
from workbench.privacy._rec_names import NameShapeRecognizer


def _spans(text: str) -> list[tuple[str, str]]:
    """(type, value) of every span the shipped tagger reports, as the recognizer would."""
    return [(kind, text[s:e]) for s, e, kind, _ in rt.get_tagger().spans(text)]


def _covers(text: str, word: str) -> bool:
    start = text.index(word)
    return any(s <= start < e for s, e, _, _ in rt.get_tagger().spans(text))


# -- the modern word list -------------------------------------------------------------------------
def test_modern_words_are_everyday_words_webster_lacks_and_no_names():
    g = gazetteer()
    words = rt.modern_words()
    assert len(words) > 3000
    assert {"email", "website", "attendees", "licence"} <= words
    assert not any(w in g.words for w in ("email", "website", "attendees"))  # why the list exists
    assert not words & (g.given | g.surnames | g.cities | g.countries)
    assert rt.is_everyday("Email") and rt.is_everyday("Licence") and not rt.is_everyday("Ingunn")


@pytest.mark.parametrize(
    "text, label",
    [
        ("Attendees: Ingunn Hovland, Rasmus Vaher, Dilek Soysal (minutes by Rasmus)", "Attendees"),
        ("Website: under review by Kadri Mets", "Website"),
        ("Licence no. K4471209 is registered to Tove Berg.", "Licence"),
    ],
)
def test_a_modern_everyday_word_before_a_colon_is_no_name(text, label):
    assert not _covers(text, label), _spans(text)


# -- identifiers and phone numbers in a sentence are no addresses --------------------------------
@pytest.mark.parametrize(
    "text, word",
    [
        ("Quick sync with Hedda Lunde; dial-in 0203 555 0147 x31.", "dial"),
        ("Left a voicemail on 0172 338 4410 ext. 12 for Aino.", "voicemail"),
        ("Sent an email to 0161 496 0732 by mistake, sorry Brynja.", "email"),
    ],
)
def test_everyday_words_before_a_phone_number_are_not_an_address(text, word):
    assert not _covers(text, word), _spans(text)


# -- names: sentence-initial closed-class words, companies, securities -----------------------------
@pytest.mark.parametrize("text", ["Both Hedda and Ingunn approved the Tartu rollout.",
                                  "Still Kadri has not replied about the Narva lease."])
def test_a_closed_class_word_opening_the_sentence_is_no_part_of_a_name(text):
    first = text.split()[0]
    assert not any(kind == "PERSON" and value.startswith(first) for kind, value in _spans(text)), _spans(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Kind regards,\nHedda Lunde\nFjellvik HoldingsInc.\nTel. +47 22 41 83 00", "HoldingsInc"),
        ("Best,\nRasmus Vaher\nKorvenBankLtd\nrasmus@example.org", "KorvenBankLtd"),
    ],
)
def test_a_company_with_its_legal_form_glued_on_is_no_person(text, word):
    assert not any(kind == "PERSON" and word in value for kind, value in _spans(text)), _spans(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Ingunn Hovland | Analyst | NORTHWIND ENERGY PFD/7.25% SER C\nDirect 0203 555 0199", "NORTHWIND"),
        ("Rasmus Vaher | Trader | ISHARES CORE NOK/EUR HDG\nMobile 0203 555 0188", "ISHARES"),
    ],
)
def test_a_security_name_with_a_slash_or_percentage_is_no_person_or_address(text, word):
    assert not any(kind in ("PERSON", "ADDRESS") and word in value for kind, value in _spans(text)), _spans(text)


# -- the tidy rules on a span as the CRF might read it ----------------------------------------------
def _tidied(kind: str, text: str, value: str) -> str:
    """What :func:`_rec_tagger._tidy` leaves of a ``kind`` span over ``value`` in ``text``."""
    toks = rt.tokens(text)
    start = text.index(value)
    idx = [j for j, (s, e, _t) in enumerate(toks) if start <= s and e <= start + len(value)]
    kept = rt._tidy(kind, idx, toks, text)
    return text[toks[kept[0]][0] : toks[kept[-1]][1]] if kept else ""


@pytest.mark.parametrize(
    "kind, text, value, left",
    [
        ("PERSON", "Both Silvia and Hedda signed off.", "Both Silvia", "Silvia"),  # "both" is a surname somewhere
        ("PERSON", "Best regards,\nTove Berg\nFjordland TateyamaInc.", "Fjordland TateyamaInc", ""),
        ("PERSON", "Tove Berg | Analyst | XTRACKERS STOXX NOK/USD", "STOXX NOK/USD", ""),
        ("ADDRESS", "Tove Berg | Analyst | BERGEN ENERGY PFD/6.25% SER A", "BERGEN ENERGY PFD/6.25% SER A", ""),
        ("ADDRESS", "Booked by Tove Berg; dial-in 552 8810 x41.", "dial-in 552 8810 x41", ""),
        # still kept
        ("PERSON", "Will Hovland signed off.", "Will Hovland", "Will Hovland"),  # a given name stays
        ("ADDRESS", "Ship to Storgata 12/4, 0155 Oslo.", "Storgata 12/4, 0155 Oslo", "Storgata 12/4, 0155 Oslo"),
    ],
)
def test_tidy_drops_what_no_name_or_address_is(kind, text, value, left):
    assert _tidied(kind, text, value) == left


# -- what must still be found ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("Attendees: Ingunn Hovland, Rasmus Vaher (minutes by Rasmus)", "Ingunn Hovland", "PERSON"),
        ("Both Hedda Lunde and Aino Mets approved it.", "Hedda Lunde", "PERSON"),
        ("Quick sync with Hedda Lunde; dial-in 0203 555 0147 x31.", "Hedda Lunde", "PERSON"),
        ("Please send it to Rua das Acácias 210, 4450-118 Matosinhos.", "Rua das Acácias 210, 4450-118 Matosinhos",
         "ADDRESS"),
    ],
)
def test_names_and_addresses_beside_these_words_are_still_found(text, value, kind):
    start = text.index(value)
    found = rt.get_tagger().spans(text)
    assert any(k == kind and s <= start and start + len(value) <= e for s, e, k, _ in found), _spans(text)


# -- a name joined by "and" to a name found -------------------------------------------------------
def test_a_lone_word_coordinated_with_a_found_name_is_a_name_too():
    text = "Both Kadri Mets and Ülvi signed the lease."
    toks = rt.tokens(text)
    found = [(text.index("Kadri"), text.index("Kadri") + len("Kadri Mets"), "PERSON", 0.9)]
    added = [(text[s:e], kind) for s, e, kind, _ in rt._coordinated(toks, found)]
    assert added == [("Ülvi", "PERSON")]


def test_a_list_grows_from_a_found_name_but_not_across_a_csv_row_or_into_a_company():
    def grown(text: str) -> list[str]:
        s = text.index("Kadri")
        return [text[a:b] for a, b, _k, _p in rt._coordinated(rt.tokens(text), [(s, s + 10, "PERSON", 0.9)])]

    assert grown("Our founders: Kadri Mets, Jovanović and Kuusk.") == ["Jovanović", "Kuusk"]
    assert grown("Kadri Mets,Vestland,Fjordvik and more") == []  # a CSV row: its columns are not a list
    assert grown("Kadri Mets and Fjordvik Holdings") == []  # the head of a company


@pytest.mark.parametrize("other", ["Tartu", "Germany", "Marketing", "IBM"])
def test_a_place_a_country_an_everyday_word_or_an_acronym_is_not_joined(other):
    text = f"Kadri Mets and {other} signed the lease."
    found = [(0, len("Kadri Mets"), "PERSON", 0.9)]
    assert rt._coordinated(rt.tokens(text), found) == []


# -- a company's line in an address block ----------------------------------------------------------
def test_a_company_line_is_cut_out_of_an_address_span():
    text = "Nordvik Value Fund\nStorgata 12\n0155 Oslo"
    toks = rt.tokens(text)
    pieces = rt._without_company_lines(text, toks, list(range(len(toks))))
    assert [" ".join(toks[j][2] for j in q) for q in pieces] == ["Storgata 12 0155 Oslo"]
    street = rt.tokens("Storgata 12\n0155 Oslo")
    assert rt._without_company_lines("Storgata 12\n0155 Oslo", street, [0, 1, 2, 3]) == [[0, 1, 2, 3]]


# -- names the rules read from where they stand (_rec_names) ------------------------------------------
def _names(text: str) -> list[str]:
    rec = NameShapeRecognizer()
    return [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Hovland, Ingunn - ingunn.h@example.org - 0203 555 0101", ["Hovland", "Ingunn"]),
        ("- Rasmus Vaher <rv@example.org>", ["Rasmus Vaher"]),
        ("Budget owner: Soysal (backup: Hedda Lunde)", ["Soysal", "Hedda Lunde"]),
        ("The parcel was signed for by Kuusk at noon.", ["Kuusk"]),
        ("Sorry I missed you - Kuvalda (mobile 0203 555 0101)", ["Kuvalda"]),
    ],
)
def test_a_contact_line_or_a_role_label_makes_a_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    ["Owner: Marketing", "Revenue, Margin - report@example.org", "The team said Tuesday works.",
     "Contact: Acme Holdings", "signed by Tartu"],
)
def test_role_labels_and_contact_lines_need_a_name_shaped_word(text):
    assert _names(text) == []


# -- spaCy's PERSON on one everyday word (workbench/privacy/_privacy.py, _everyday) --------------------
def test_spacy_reading_one_everyday_word_as_a_person_is_dropped(privacy):
    text = "Ingunn Hovland attached the final draft of her Vestland Bank resignation Letter"
    red = privacy.redact(text, privacy.new_vault())
    assert red.text.endswith("resignation Letter") and "Ingunn" not in red.text and "Hovland" not in red.text


def test_one_word_that_is_a_given_name_or_surname_is_not_everyday():
    from workbench.privacy._privacy import _everyday

    assert _everyday("Letter") and _everyday("Answer")
    assert not _everyday("Grace") and not _everyday("Baker") and not _everyday("Ingunn")
    # a rare dictionary entry that is also a name somewhere is not "everyday" for this rule
    assert gazetteer().is_word("antu") and not _everyday("Antu")


@pytest.mark.parametrize(
    "text, word, company",
    [
        ("Best,\nHedda Lunde\nBrennvik Business Partners L.P.", "Brennvik", True),
        ("> KORVEN WAREHOUSE CO.LTD.\n> Storgata 12", "KORVEN", True),
        ("Tove Berg from Fjordvik Holdings asked for it.", "Tove Berg", False),  # a sentence: a person
        ("Tove Berg, Fjordvik Holdings", "Tove Berg", False),  # a comma: name, then company
        ("Tove Berg: Fjordvik Holdings", "Tove Berg", False),
    ],
)
def test_the_head_of_a_company_name_is_no_person_or_place(text, word, company):
    assert rt._company_follows(text, text.index(word) + len(word)) is company
