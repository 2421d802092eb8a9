"""Round seven, issue 15: the conversation vault as a recognizer, tested by a generated matrix.

Names are invented (syllables drawn by a seeded generator; any draw that is a given name, surname or
dictionary word of the recognizers' lists is thrown away), in several scripts and shapes: Latin with and
without diacritics, particles, hyphens, apostrophes, Mc-; Chinese with one- and two-character given
names, compound surnames, Japanese surnames, dotted transliterations. Turn 1 names the person; turn 2
names them again as people do: surname or given name alone, capitals, lower case, possessive, initials,
diacritics stripped or added, full-width letters, odd spacing, a handle, hashtag, slug or identifier, a
follow-up in another language. Structured values come back re-typed (other separators, capitals).

``MATRIX`` is shared with ``tests/pipeline/test_conversation_vault_matrix.py``, which sends it through
``workbench.connect()``; here it runs through ``Privacy`` directly (fast), and checks that nothing of the
value is sent in clear and that turn 2 reuses turn 1's placeholder (the model can tell it is the same
person)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

import pytest

from workbench.privacy import Privacy

SEED = 7
_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "tr", "vl", "zh", "qu"]
_VOWELS = ["a", "e", "i", "o", "u", "ei", "ou", "ia"]
_CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "x"]
_ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "n": "ñ", "c": "ç"}
_ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
_ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉鑫宇浩凯健俊帆晨瑶琪婷雪慧颖欣蕾璐彤睿博轩哲然"
_ZH_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "澹台", "公孙", "慕容", "宇文", "司徒", "呼延", "南宫", "钟离", "太史", "独孤"]
_JA_SURNAMES = ["渡边", "佐藤", "高桥", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "松本", "井上", "木村", "清水"]
_JA_GIVEN = ["健太", "美咲", "翔太", "阳菜", "大辉", "结衣", "拓海", "真央", "悠斗", "爱子"]
_TRANSLIT = "阿卡米尔娜莎伊里诺维克斯塔巴德利亚努夫洛索"


@dataclass(frozen=True)
class Case:
    family: str  # the name's shape (latin, accented, particle, ..., chinese, japanese, dotted, phone, ...)
    variant: str  # how turn 2 writes it
    first: str  # turn 1
    second: str  # turn 2
    forbidden: tuple[str, ...]  # what must not be sent in clear, as turn 2 writes it
    person: bool = True  # a person (else a structured value: the types turn 1 found)
    same: bool = True  # turn 2 must carry turn 1's placeholder (not where an e-mail recognizer takes the whole)

    @property
    def id(self) -> str:
        return f"{self.family}-{self.variant}"


def _known_words() -> set[str]:
    from workbench.privacy import _gazetteer

    g = _gazetteer.gazetteer()
    return set(g.given) | set(g.surnames) | set(g.words) | set(g.cities) | set(g.towns)


def _invent(rng: random.Random, taken: set[str], syllables: tuple[int, int] = (2, 3)) -> str:
    while True:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(*syllables)))
        word += rng.choice(_CODAS)
        if len(word) >= 5 and word not in taken and word[:-1] not in taken:
            taken.add(word)
            return word.capitalize()


def _accent(word: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(word) if ch.lower() in _ACCENTS]
    i = rng.choice(spots) if spots else 0
    ch = word[i]
    swapped = _ACCENTS.get(ch.lower(), ch)
    return word[:i] + (swapped.upper() if ch.isupper() else swapped) + word[i + 1 :]


def _strip(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _wide(word: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in word)


def _latin_turns(given: str, surname: str, full: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(variant, turn 2, forbidden) for a Latin-script name."""
    g, s = given, surname
    gl, sl = _strip(g).lower(), _strip(s).lower()
    core = s.split("-")[0] if "-" in s else s
    tag = _strip(g + s).replace("-", "").replace("'", "")
    out = [
        ("surname", f"Did {s} reply? If not, we chase on Monday.", (s,)),
        ("given", f"Ask {g} again tomorrow.", (g,)),
        ("caps", f"{s.upper()} is away this week.", (s.upper(),)),
        ("lower", f"the {s.lower()} file is late, says {g.lower()}.", (s.lower(), g.lower())),
        ("possessive", f"Send it to {s}'s deputy, or {g}’s.", (s, g)),
        ("initial-surname", f"{g[0]}. {s} signed the form.", (s,)),
        ("given-initial", f"{g} {s[0]}. signed the form.", (g,)),
        ("reversed", f"Owner: {s.upper()} {g} (see the sheet).", (s.upper(), g)),
        ("comma-reversed", f"Owner: {s}, {g}.", (s, g)),
        ("stripped", f"Did {_strip(s)} reply? {_strip(g)} said Friday.", (_strip(s), _strip(g))),
        ("wide", f"Ask {_wide(s)} about it.", (_wide(s),)),
        ("spacing", f"Ask {g}   {s} or {g}\u00a0{s} or {g}\n{s}.", (g, s)),
        ("email-local", f"Write to {gl}.{sl}@corp.example.org today.", (gl, sl)),
        ("hashtag", f"Tag #{tag} in the post.", (tag,)),
        ("slug", f"See https://intranet.example.com/people/{gl}-{sl.replace(' ', '-')} first.", (gl, sl)),
        ("identifier", f"The column owner_{gl}_{sl.replace(' ', '_')} is stale.", (gl, sl)),
        ("chinese-followup", f"{s}说周五交报告。", (s,)),
        ("german-followup", f"Hat {s} schon unterschrieben? {g} meinte ja.", (s, g)),
    ]
    if "-" in s:
        out.append(("hyphen-half", f"Has {core} signed? {s.split('-')[1]} is late.", (core, s.split("-")[1])))
    return out


def _accented_pair(rng: random.Random, taken: set[str]) -> tuple[str, str]:
    return _accent(_invent(rng, taken), rng), _accent(_invent(rng, taken), rng)


def build_matrix(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    taken = _known_words()
    cases: list[Case] = []

    def latin(family: str, given: str, surname: str, full: str, frame: str) -> None:
        first = frame.format(full=full)
        for variant, second, forbidden in _latin_turns(given, surname, full):
            cases.append(Case(family, variant, first, second, forbidden, same=variant != "email-local"))

    frames = ["Dear {full}, thanks for the forecast.", "Please loop in Dr {full} on the forecast.",
              "Notes from the call with {full} about the renewal."]
    g, s = _invent(rng, taken), _invent(rng, taken)
    latin("latin", g, s, f"{g} {s}", frames[0])
    g, s = _accented_pair(rng, taken)
    latin("accented", g, s, f"{g} {s}", frames[1])
    g, s = _invent(rng, taken), _invent(rng, taken)  # turn 1 plain, turn 2 with diacritics
    first = frames[2].format(full=f"{g} {s}")
    ga, sa = _accent(g, rng), _accent(s, rng)
    cases.append(Case("plain", "accents-added", first, f"Did {sa} reply? {ga} said Friday.", (sa, ga)))
    g, s = _invent(rng, taken), _invent(rng, taken)
    particle = rng.choice(["van der", "de la", "von", "da"])
    latin("particle", g, s, f"{g} {particle} {s}", frames[0])
    cases.append(Case("particle", "particle-tail", frames[0].format(full=f"{g} {particle} {s}"),
                      f"Has {particle.capitalize()} {s} signed?", (s,)))
    g1, g2, s1, s2 = (_invent(rng, taken, (1, 2)) for _ in range(4))
    latin("hyphenated", f"{g1}-{g2}", f"{s1}-{s2}", f"{g1}-{g2} {s1}-{s2}", frames[1])
    g, s = _invent(rng, taken), _invent(rng, taken)
    latin("apostrophe", g, f"O'{s}", f"{g} O'{s}", frames[0])
    cases.append(Case("apostrophe", "curly", frames[0].format(full=f"{g} O'{s}"), f"Did O’{s} answer?", (s,)))
    g, s = _invent(rng, taken), _invent(rng, taken)
    latin("mc", g, f"Mc{s}", f"{g} Mc{s}", frames[2])

    # Chinese, Japanese and transliterated names
    def zh(family: str, full: str, turns: list[tuple[str, str, tuple[str, ...]]]) -> None:
        first = f"请联系{full}确认合同。"
        for variant, second, forbidden in turns:
            cases.append(Case(family, variant, first, second, forbidden))

    sur, giv = rng.choice(_ZH_SURNAMES), "".join(rng.sample(_ZH_GIVEN, 2))
    zh("chinese", sur + giv, [
        ("given", f"{giv}说下周再谈。", (giv,)),
        ("honorific", f"{sur}总怎么说？{sur}先生也同意。", (sur + "总", sur + "先生")),
        ("old-surname", f"老{sur}呢？", ("老" + sur,)),
        ("english-followup", f"Did {giv} reply? Ask {sur + giv} again.", (giv,)),
    ])
    sur, one = rng.choice(_ZH_SURNAMES), rng.choice(_ZH_GIVEN)
    zh("chinese-one-char", sur + one, [
        ("given-alone", f"{one}说下周再谈，和{one}确认一下。", (one + "说", "和" + one)),
        ("xiao", f"小{one}也同意。", ("小" + one,)),
        ("a", f"阿{one}呢？", ("阿" + one,)),
    ])
    comp, giv = rng.choice(_ZH_COMPOUND), "".join(rng.sample(_ZH_GIVEN, 2))
    zh("compound", comp + giv, [
        ("given", f"{giv}同意了吗？", (giv,)),
        ("honorific", f"{comp}总怎么说？", (comp,)),
    ])
    ja, jg = rng.choice(_JA_SURNAMES), rng.choice(_JA_GIVEN)
    zh("japanese", ja + jg, [
        ("given", f"{jg}同意了吗？", (jg,)),
        ("san", f"{ja}さんはどう？", (ja,)),
    ])
    a, b = "".join(rng.sample(_TRANSLIT, 3)), "".join(rng.sample(_TRANSLIT, 3))
    zh("dotted", f"{a}·{b}", [("first-part", f"{a}同意了吗？", (a,)), ("last-part", f"{b}呢？", (b,))])

    # structured values, re-typed
    def value(family: str, first: str, variant: str, second: str, forbidden: tuple[str, ...]) -> None:
        cases.append(Case(family, variant, first, second, forbidden, person=False))

    value("phone", "Call me on +44 20 7946 0958.", "trunk-and-dashes", "Or 020-7946-0958 after six.", ("7946",))
    value("phone", "Call me on +44 20 7946 0958.", "double-zero", "Or 0044 (20) 7946.0958 after six.", ("7946",))
    value("email", "Mail vorlanth.quibeo@example.com please.", "caps", "VORLANTH.QUIBEO@EXAMPLE.COM bounced.",
          ("VORLANTH", "QUIBEO"))
    value("card", "Card 4539 1488 0343 6467 was charged.", "no-spaces", "Refund 4539148803436467 today.",
          ("4539148803436467",))
    value("card", "Card 4539 1488 0343 6467 was charged.", "dashes", "Refund 4539-1488-0343-6467 today.", ("6467",))
    value("iban", "IBAN DE89 3704 0044 0532 0130 00 for payment.", "compact", "Use DE89370400440532013000.",
          ("DE89370400440532013000",))
    return cases


MATRIX = build_matrix()
_PLACEHOLDER = re.compile(r"<([A-Z_]+)_(\d+)>")


def leaked(sent: str, forbidden: tuple[str, ...]) -> list[str]:
    """The forbidden strings that stand in ``sent`` as words (not inside a longer word)."""
    out = []
    for word in forbidden:
        if re.search(r"[\u3040-\u9fff]", word):
            hit = word in sent
        else:
            hit = re.search(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])", sent) is not None
        if hit:
            out.append(word)
    return out


@pytest.fixture(scope="module")
def matrix_privacy() -> Privacy:
    p = Privacy()
    p.redact("build the analyzer once", p.new_vault())
    return p


@pytest.mark.parametrize("case", MATRIX, ids=[c.id for c in MATRIX])
def test_turn_two_sends_nothing_in_clear_and_keeps_turn_ones_placeholder(matrix_privacy: Privacy, case: Case) -> None:
    vault = matrix_privacy.new_vault()
    one = matrix_privacy.redact(case.first, vault)
    types = {"PERSON", "LOCATION"} if case.person else {e.type for e in one.entities if e.placeholder}
    tokens = {e.placeholder for e in one.entities if e.type in types and e.placeholder}
    assert tokens, f"turn 1 found nothing: {one.text!r}"
    two = matrix_privacy.redact(case.second, vault)
    assert not leaked(two.text, case.forbidden), two.text
    if case.same:
        issued = {m.group() for m in _PLACEHOLDER.finditer(two.text) if m.group(1) in types}
        assert issued and issued <= tokens, f"turn 2 has {issued}, turn 1 gave {tokens}: {two.text!r}"


def test_the_matrix_is_made_of_invented_names() -> None:
    taken = _known_words()
    latin = [c for c in MATRIX if c.family in ("latin", "accented", "plain", "mc")]
    words = {w.casefold() for c in latin for w in re.findall(r"[^\W\d_]{4,}", c.first)} - {"dear", "thanks", "forecast",
                                                                                           "please", "loop", "notes",
                                                                                           "from", "call", "with",
                                                                                           "about", "renewal"}
    assert words and not {_strip(w) for w in words} & taken
    assert len({c.family for c in MATRIX}) >= 14 and len(MATRIX) >= 120


# -- the policy for names that are everyday words: both sides ------------------------------------------

def test_a_known_name_that_is_an_everyday_word_is_redacted_where_it_names_someone(privacy, vault) -> None:
    privacy.redact("Dear Will Quorvane, thanks for the draft.", vault)
    red = privacy.redact("Will, ask Quorvane about it; WILL said yes.", vault)
    assert "Will" not in red.text and "WILL" not in red.text and "Quorvane" not in red.text


@pytest.mark.parametrize("text", ["Will you check the numbers?", "We will decide later.", "The deal will close."])
def test_the_same_word_read_as_the_word_stays(privacy, vault, text) -> None:
    privacy.redact("Dear Will Quorvane, thanks for the draft.", vault)
    assert privacy.redact(text, vault).text == text


def test_months_and_amounts_after_an_everyday_name_stay(privacy, vault) -> None:
    privacy.redact("Dear May Ostrelle, thanks for the draft.", vault)
    red = privacy.redact("May 3 is the deadline; prices may rise. May said yes.", vault)
    assert red.text.startswith("May 3 is the deadline; prices may rise. ")
    assert "May said" not in red.text


@pytest.mark.parametrize("given", ["Grace", "Rose"])
def test_lower_case_everyday_words_are_never_the_name(privacy, vault, given) -> None:
    privacy.redact(f"Dear {given} Ostrelle, thanks for the draft.", vault)
    text = f"A {given.lower()} period of ten days applies."
    assert privacy.redact(text, vault).text == text
    assert given not in privacy.redact(f"Ask {given} about it.", vault).text


# -- a person the vault knows, read by the NER with words around it ---------------------------------------

def test_has_berg_keeps_the_known_placeholder(privacy, vault) -> None:
    privacy.redact("Jan van der Berg owns the audit.", vault)
    assert privacy.redact("Has Berg signed?", vault).text == "Has <PERSON_1> signed?"


def test_a_new_given_name_beside_a_known_surname_is_another_person(privacy, vault) -> None:
    privacy.redact("Dear Taviro Quenbaldi, thanks for the forecast.", vault)
    red = privacy.redact("Please ask Priya Quenbaldi, her sister, too.", vault)
    assert "Priya" not in red.text and "Quenbaldi" not in red.text
    assert "<PERSON_1>" not in red.text  # not taken for the known person


def test_restore_gives_the_full_name_for_every_variant(privacy, vault) -> None:
    privacy.redact("Dear José Ferréol, thanks for the forecast.", vault)
    red = privacy.redact("Did Jose reply? FERREOL's team asked.", vault)
    assert privacy.restore(red.text, vault) == "Did José Ferréol reply? José Ferréol's team asked."


# -- the matcher alone (no NER: these hold whatever the recognizers say) ---------------------------------

def _spans(entries: list[tuple[str, str]], text: str) -> list[str]:
    from workbench.privacy._known import KnownValues

    kv = KnownValues([(t, v, f"<{t}_{i}>") for i, (t, v) in enumerate(entries, 1)])
    return [text[s:e] for s, e, _, _ in kv.find(text)]


def test_a_name_typed_as_a_place_gives_its_parts_but_a_real_place_does_not(privacy) -> None:
    assert _spans([("LOCATION", "Dr Föfouder Dodirouñ")], "Ask Fofouder; #FöfouderDodirouñ") == [
        "Fofouder", "FöfouderDodirouñ"]
    assert _spans([("LOCATION", "Peibruzhuth de la Vliatror")], "Tag #PeibruzhuthVliatror.") == ["PeibruzhuthVliatror"]
    assert _spans([("LOCATION", "San Francisco")], "Francisco said San Francisco.") == ["San Francisco"]


def test_folding_keeps_offsets_and_matches_both_ways(privacy) -> None:
    text = "Ｑｕｅｎｂａｌｄｉ, José and JOSE said; jose\u00a0ferreol too"
    assert _spans([("PERSON", "Jose Ferréol")], text) == ["José", "JOSE", "jose\u00a0ferreol"]
    assert _spans([("PERSON", "Taviro Quenbaldi")], text) == ["Ｑｕｅｎｂａｌｄｉ"]


def test_a_name_ends_at_a_letter_of_any_alphabet(privacy) -> None:
    assert _spans([("PERSON", "Иван Петров")], "Петрова и Петров") == ["Петров"]
    assert _spans([("PERSON", "Taviro Quenbaldi")], "Quenbaldi说，Quenbaldix") == ["Quenbaldi"]


def test_a_one_character_given_name_is_not_taken_inside_a_word(privacy) -> None:
    assert _spans([("PERSON", "张伟")], "伟说可以，和伟确认；伟大的项目，小伟和张总") == ["伟", "伟", "小伟", "张"]


def test_a_known_phone_with_any_prefix(privacy) -> None:
    found = _spans([("PHONE_NUMBER", "+44 20 7946 0958")], "020-7946-0958 / 0044 (20) 7946.0958 / 44 20 7946 0958")
    assert found == ["020-7946-0958", "0044 (20) 7946.0958", "20 7946 0958"]


def test_a_korean_name_with_its_particles(privacy) -> None:
    text = "민준은 내일 와요. 김씨에게 물어보세요. 김민준님, 감사합니다. 김치는 맛있어요."
    assert _spans([("PERSON", "김민준")], text) == ["민준", "김", "김민준"]
