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


# -- round twelve: unit chains of more countries (P2's fuzz classes; values written here, not the fuzz's) -----------

@pytest.mark.parametrize(("text", "addresses"), [
    ("Gửi về thôn Bến Gỗ, xã Quang Minh, huyện Vạn Ninh trước thứ Sáu.",
     ["thôn Bến Gỗ, xã Quang Minh, huyện Vạn Ninh"]),
    ("Ship to Vill. Dharampur, P.O. Kesaria, Dist. Motihari before Diwali.",
     ["Vill. Dharampur, P.O. Kesaria, Dist. Motihari"]),
    ("Found at Habitation Lacombe, 4e section communale, commune de Limbé yesterday",
     ["Habitation Lacombe, 4e section communale, commune de Limbé"]),
    ("Office: 3-8-21 Kami-ishida, Tsurumi-ku, Yokohama 230-0051", ["3-8-21 Kami-ishida, Tsurumi-ku, Yokohama 230-0051"]),
    ("Office: 27 Bongeunsa-ro, Samseong-dong, Seoul", ["27 Bongeunsa-ro, Samseong-dong, Seoul"]),
    ("The plot is Section 51, Lot 7, Gordons, NCD.", ["Section 51, Lot 7, Gordons, NCD"]),
    ("Collect from Area 47, Plot No. 3/112, Lilongwe", ["Area 47, Plot No. 3/112, Lilongwe"]),
    ("Bairro Xipamanine, Quarteirão 9, Casa nº 40, Maputo", ["Bairro Xipamanine, Quarteirão 9, Casa nº 40, Maputo"]),
    ("Ban Sibounheuang, Muang Chanthabouly, Vientiane", ["Ban Sibounheuang, Muang Chanthabouly, Vientiane"]),
    ("Household form\nVillage: Mtengowanthenga\nTraditional Authority: T/A Chimutu\nDistrict: Lilongwe District\nSize: 4",
     ["Mtengowanthenga", "T/A Chimutu", "Lilongwe District"]),
    ("Visits\n1. Monday — Bairro Xipamanine, Quarteirão 9\n2. Friday — Bairro Maxaquene, Quarteirão 31",
     ["Bairro Xipamanine, Quarteirão 9", "Bairro Maxaquene, Quarteirão 31"]),
])
def test_unit_chains_of_more_countries(text: str, addresses: list[str]) -> None:
    from workbench.privacy._rec_address11b import unit_spans

    assert [text[a:b] for a, b in unit_spans(text)] == addresses


@pytest.mark.parametrize("text", [
    "Section 4 covers loans, Section 5 covers savings.",
    "Region: North\nDistrict: Sales\nStatus: open",
    "Block 3, Figure 2, Paris",
    "Ban Ki-moon visited Seoul.",
    "Unit 4, Phase 2, Test Plan",
    "1. Monday — standup\n2. Friday — Village Fund review",
    "We moved it. Dist. manager agreed.",
    "The 2nd Division, 3rd Sector and 5th Ward reported.",
])
def test_more_countries_near_misses(text: str) -> None:
    from workbench.privacy._rec_address11b import unit_spans

    assert unit_spans(text) == [], [text[a:b] for a, b in unit_spans(text)]


@pytest.mark.parametrize(("text", "words"), [
    ("We moved the office to Lot 812, Kampung Sungai Tiram, Mukim Plentong, 81750 Masai last week.",
     ["Lot 812", "Tiram", "Plentong"]),
    ("Survey point Bairro Chamanculo, Quarteirão 22, Casa nº 117, Maputo — pump broken.", ["Chamanculo", "117"]),
])
def test_pipeline_takes_the_numbered_word(privacy: Privacy, text: str, words: list[str]) -> None:
    sent = _sent(privacy, text)
    assert not [w for w in words if w in sent], sent


# -- Chinese: a crossing of two roads with its building, a numbered factory after a house number (_rec_zh11) --------

@pytest.mark.parametrize(("text", "gone"), [
    ("请把样品送到朝晖路与石桥路交叉口西南角汇丰大厦12层，找前台。", ["朝晖路", "石桥路", "汇丰大厦", "12"]),
    ("货放在东湖工业园光谷大道88号3号厂房门口。", ["光谷大道", "88", "3号厂房"]),
])
def test_cn_crossing_and_factory(privacy: Privacy, text: str, gone: list[str]) -> None:
    sent = _sent(privacy, text)
    assert not [w for w in gone if w in sent], sent


@pytest.mark.parametrize("text", [
    "第6号厂房已停产，二车间照常。",
    "他说路与路之间的交叉口很危险。",
    "本周五在三楼会议室开会，请各部门准时参加。",
])
def test_cn_crossing_near_misses(privacy: Privacy, text: str) -> None:
    assert _sent(privacy, text) == text


# -- a Central American address by a landmark and distances (_rec_address11b.landmark_spans) -----------------------

@pytest.mark.parametrize(("text", "address"), [
    ("Entregar en: De la escuela Juan Rafael Mora 150 m sur y 25 m este, casa esquinera, Alajuela. Gracias",
     "De la escuela Juan Rafael Mora 150 m sur y 25 m este, casa esquinera, Alajuela"),
    ("Vive Del mercado Roberto Huembes 1 c. al lago, 2 c. arriba, Managua", "Del mercado Roberto Huembes 1 c. al lago, 2 c. arriba, Managua"),
    # the next line's label stays
    ("Dirección: Del parque central 300 v. al norte, casa 14, Liberia\nPago: efectivo",
     "Del parque central 300 v. al norte, casa 14, Liberia"),
])
def test_landmark_addresses(text: str, address: str) -> None:
    from workbench.privacy._rec_address11b import unit_spans

    assert [text[a:b] for a, b in unit_spans(text)] == [address]


@pytest.mark.parametrize("text", [
    "El viento del norte sopla 20 m al sur.",
    "De acuerdo con el plan, 20 m al norte hay agua.",
    "Del total, 50 m norte y 20 m sur fueron vendidos.",
])
def test_landmark_near_misses(text: str) -> None:
    from workbench.privacy._rec_address11b import unit_spans

    assert unit_spans(text) == []
