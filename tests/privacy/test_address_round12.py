"""Round twelve (P2): addresses. Values written here (made up, not from any split); near misses beside them."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


# -- a bare floor that opens a word of place is no unit of an estate address (_rec_zh._FLOOR in _rec_zh11) ---------------------

@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("李四说他在海淀区学院路12号院5号楼2门311楼下等快递。", "楼下等快递", "311"),
    ("邻居住在光明路锦绣二期3栋402楼上，很吵。", "楼上", "402"),
])
def test_cn_place_word_after_a_room_stays(privacy: Privacy, text: str, kept: str, gone: str) -> None:
    sent = _sent(privacy, text)
    assert kept in sent and gone not in sent, sent


@pytest.mark.parametrize("text", [
    "快递请放到东风路金地一期B座12楼",
    "送到人民路锦绣二期3栋12楼前台",
])
def test_cn_floor_at_the_end_stays_in_the_address(privacy: Privacy, text: str) -> None:
    sent = _sent(privacy, text)
    assert "12" not in sent and "<ADDRESS_1>" in sent, sent


# -- round eleven b's unit chains (_rec_address11b), as round twelve left them -------------------------------------

@pytest.mark.parametrize(("text", "address"), [
    # a town with a particle inside it, after the units
    ("Anwani: Mtaa wa Kisiwani, Kata ya Mbagala\nDar es Salaam", "Mtaa wa Kisiwani, Kata ya Mbagala\nDar es Salaam"),
    # an everyday word before a unit word written first; a town before prose
    ("Visit Kraal head Sibanda, Insiza tomorrow", "Kraal head Sibanda, Insiza"),
    # a JSON value: its quotes stay
    ('{"ref": 7, "village": "Phum Trapeang Chhuk, Khum Prey Kabbas", "paid": true}',
     "Phum Trapeang Chhuk, Khum Prey Kabbas"),
])
def test_unit_chain_edges(text: str, address: str) -> None:
    from workbench.privacy._rec_address11b import unit_spans

    assert [text[a:b] for a, b in unit_spans(text)] == [address]


def test_unit_chain_keeps_the_seeds_own_edges() -> None:
    from workbench.privacy._rec_address11b import unit_spans

    text = "billing address rue Mouyondzi n° 7, Bacongo, arrondissement Makabana, thanks"
    seed = (text.index("rue"), text.index(", Bac"))
    assert [text[a:b] for a, b in unit_spans(text, [seed])] == ["rue Mouyondzi n° 7, Bacongo, arrondissement Makabana"]
    text = "Bill to: Mtaa wa Nyamanoro, Kata ya Igogo, Ilemela District, Mwanza 33211. VAT reg: none. Due now"
    seed = (text.index("Ilemela"), text.index(". VAT"))
    spans = [text[a:b] for a, b in unit_spans(text, [seed])]
    assert spans == ["Mtaa wa Nyamanoro, Kata ya Igogo, Ilemela District, Mwanza 33211"], spans


@pytest.mark.parametrize("text", [
    "Call Insiza tomorrow, Kraal head Sibanda",  # a strong unit alone, after a town, is no chain
    '{"team": "Sales Division", "unit": "Marketing Division"}',
    "Visit Paris tomorrow, then Lyon.",
])
def test_unit_chain_edge_near_misses(text: str) -> None:
    from workbench.privacy._rec_address11b import unit_spans

    assert unit_spans(text) == []
