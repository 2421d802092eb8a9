"""Round ten b (P6): addresses written as chains of marked parts (``_rec_address10b``): Latvian parishes and
municipalities, Azerbaijani villages and streets, Bangladeshi labelled fields, Bulgarian blocks and quoted streets.
Values written here (names and numbers not from any split); near misses beside them."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_address10b import chain_spans


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _chains(text: str) -> list[str]:
    return [text[a:b] for a, b in chain_spans(text)]


@pytest.mark.parametrize(("text", "address"), [
    ("Ship to „Ozoli“, Dundagas pagasts, Talsu novads, LV-3270 today.", "„Ozoli“, Dundagas pagasts, Talsu novads, LV-3270"),
    ("Her flat: Tērbatas iela 14, dz. 5, Rīga, LV-1011.", "Tērbatas iela 14, dz. 5, Rīga, LV-1011"),
    ("moved to Qırmızı Qəsəbə kəndi, Nizami Gəncəvi küçəsi 12, Quba, AZ4000, Azerbaijan with family",
     "Qırmızı Qəsəbə kəndi, Nizami Gəncəvi küçəsi 12, Quba, AZ4000, Azerbaijan"),
    ("Address: Vill: Kalitola, P.O: Kalitola, P.S: Sreepur, Dist: Gazipur, 1740",
     "Vill: Kalitola, P.O: Kalitola, P.S: Sreepur, Dist: Gazipur, 1740"),
    ("Courier to House 12, Road 7/B, Block C, Mirpur, Dhaka-1216 please",
     "House 12, Road 7/B, Block C, Mirpur, Dhaka-1216"),
    ("Send it to ул. „Васил Левски“ № 12, 4000 Пловдив before Friday.", "ул. „Васил Левски“ № 12, 4000 Пловдив"),
    ("гр. Русе 7000, ж.к. Здравец 3, бл. 12, вх. В, ап. 9", "гр. Русе 7000, ж.к. Здравец 3, бл. 12, вх. В, ап. 9"),
    ("LOCATION:zh.k. Lyulin 5, bl. 501, entr. A, ap. 7, 1324 Sofia", "zh.k. Lyulin 5, bl. 501, entr. A, ap. 7, 1324 Sofia"),
    ("Plovdiv 4000, ul. Ivan Vazov № 8", "Plovdiv 4000, ul. Ivan Vazov № 8"),
    ("the tenant of Skolas iela 3, Cēsis, LV-4101 states", "Skolas iela 3, Cēsis, LV-4101"),
])
def test_chains_of_marked_parts(text: str, address: str) -> None:
    assert _chains(text) == [address]


def test_a_chain_over_lines_stops_at_the_next_unrelated_line() -> None:
    text = "To\nNizami küçəsi 9\nGəncə, AZ2000\nAzerbaijan\nPolice report filed\nOPS-1200, open"
    assert _chains(text) == ["Nizami küçəsi 9\nGəncə, AZ2000\nAzerbaijan"]


@pytest.mark.parametrize("text", [
    "The Road 2 plan is at House 3 of the campus, see page 4.",  # a number after Road/House alone is no address
    "We met in Riga, Latvia, in 2024, at the iela conference.",
    "Block B, Phase 2 of the rollout, 2026",  # a unit and a plain part, no street or admin word
    "Ticket OPS-2291, Sprint 4, Team Alpha",
    "Revenue 2026, fl. 3 review, ap. 4 notes",  # units alone
    "Dist: 4.2 km, P.S: see below",
])
def test_near_misses_are_no_chain(text: str) -> None:
    assert _chains(text) == []


def test_through_privacy_the_names_inside_go_with_the_address(privacy: Privacy) -> None:
    text = "Delivery to „Liepkalni“, Vaiņodes pagasts, Dienvidkurzemes novads, LV-3435 failed."
    sent = privacy.redact(text, privacy.new_vault()).text
    for word in ("Liepkalni", "Vaiņodes", "Dienvidkurzemes", "LV-3435"):
        assert word not in sent
    assert sent.startswith("Delivery to ") and sent.endswith(" failed.")


def test_a_country_closing_the_block_before_a_dash_or_prose_on_its_line() -> None:
    assert _chains("Nizami küçəsi 9\nGəncə, AZ2000\nAzerbaijan - Aysel") == ["Nizami küçəsi 9\nGəncə, AZ2000\nAzerbaijan"]
    assert _chains("moved to Nizami küçəsi 9, Gəncə, AZ2000, Azerbaijan with her") == [
        "Nizami küçəsi 9, Gəncə, AZ2000, Azerbaijan"]
    assert _chains("Nizami küçəsi 5, Şəki AZ5545 - nobody home") == ["Nizami küçəsi 5, Şəki AZ5545"]
