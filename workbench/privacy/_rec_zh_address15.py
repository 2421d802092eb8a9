"""Round fifteen (PZA, issue 15): addresses written in Chinese and Latin script together, by how they are built.

Chinese text from Singapore, Malaysia, Indonesia and Thailand writes an address as Chinese place names around a
street, estate or block written in Latin script, or as a Latin record inside a Chinese sentence. Round fourteen's
runs (``_rec_zh_address14``) read Chinese units; what went out was the Latin part and what joins it:

* a Singapore housing block: a place, 组屋 or 第, the block number and 座, the unit ("#05-12", "08-778室", "4楼12号"),
  or "Blk 210 … #13-819";
* a street named in Latin with its street word (Jl. / Jalan / JLN / Lorong / Lor / Taman / TMN / Soi / Road / Rd /
  Ave / St / Thanon), the Chinese and Latin places before it back to a label, verb or punctuation ("印尼坤甸Pontianak
  Kota区Jl. Gajah Mada140号", "泰国清迈Mueang Chiang Mai县Chang Klan Road715/71号"), and the house number after it;
  an estate part before it across a comma ("TMN Kota Laksamana，JLN Bendahara 97号");
* a Latin record in a Chinese sentence: a house number first ("402/106", "863") and comma parts to a postcode
  ("863 Ratchadaphisek, Samphanthawong, Bangkok 10731") or, after a Thai street word, to the sentence's end;
* a mainland estate between a house or district unit and its building ("…116号阳光一百27栋2单元1497室",
  "…天河区绿地新都会2期19幢869");
* what closes an address in brackets: its postcode ("（邮编461670）") or its district ("（雅加达北区）", "（坤甸）").

Each span must hold a number that says where (a house, block or unit number). No list of places is used: only
street words, unit suffixes and the shapes of numbers.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import has_cjk
from ._rec_zh_address14 import _LEAD
from ._rec_zh_ids14 import FULL_WIDTH

#: characters no place name holds: particles, verbs of sending, living and putting, pronouns, labels' ends
_CUT = "的了在是到去往寄送发發至请請把给給和与與住于於我你他她它们們这這就已被从從址说說为為入放搬改留叫问問"
_CJK = r"(?:(?![" + _CUT + r"])[\u4e00-\u9fff])"
#: Latin street, lane and estate words (Malay, Indonesian, Thai, Singaporean English)
_STREET_WORD = (r"(?:Jl|Jln|JLN|Jalan|JALAN|Lorong|LORONG|Lor|Lrg|LRG|Persiaran|Lebuh|Taman|TAMAN|Tmn|TMN|Soi|SOI|Thanon|Road|"
                r"ROAD|Rd|RD|Avenue|Ave|AVE|Street|St|ST|Drive|Dr|Crescent|Cres|Boulevard|Blvd|Highway|Hwy|Gang|Gg|Moo|Blk|BLK|Block)\.?")
_LATIN_WORD = r"(?:[A-Z][A-Za-zÀ-ÖØ-öø-ÿ]*\.?|[A-Z]{1,4}\d{0,3}(?:/\d{1,3})?)"
_NUMBER = r"(?:\d{5,6}(?!\d)|\d{1,4}(?:[/\-]\d{1,4})?[A-Z]?)"
_UNIT_CHARS = r"(?:第|座|组屋|組屋|楼|樓|层|層|号|號|室|单元|單元|栋|棟|幢|区|區|县|縣|府|市|州|省|巷|弄|道|路|街)"
#: one token of a mixed run: a Latin word, a number, a unit like "#05-12", Chinese place or unit characters
_TOKEN = (r"(?:#\d{1,3}-\d{1,5}|(?:No|NO)\.?\s?\d{1,5}[A-Z]?|\d{1,3}-\d{2,5}(?=室)|" + _NUMBER + r"|" + _LATIN_WORD
          + r"|" + _CJK + r"{1,8})")
_RUN = re.compile(_TOKEN + r"(?:[ ]?" + _TOKEN + r")*")
#: what makes a run an address: a Latin street word, a housing block (N座, Blk N; not a seat: "MU5102座位") or a
#: "#05-12" unit
_ANCHOR = re.compile(r"(?<![A-Za-z])" + _STREET_WORD + r"(?![a-z])|(?<![A-Za-z\d])\d{1,4}[A-Z]?\s?座(?![位椅次谈談])|#\d{1,3}-\d{1,5}|"
                     r"(?<=" + _CJK + r")[A-Z][a-zß-öø-ÿ]{3,}(?: [A-Z][a-zß-öø-ÿ]+){0,3} ?\d{1,4}(?:/\d{1,4})?(?:号|號)")
#: a number that says where, which an address ends in
_TERMINAL = re.compile(r"(?:#\d{1,3}-\d{1,5}|\d{1,3}-\d{2,5}室|\d{1,5}[A-Z]?\s?(?:号|號|室|座(?![位椅次谈談]))|(?:No|NO)\.?\s?\d{1,5}[A-Z]?|"
                       r"(?<=[A-Za-z] )\d{1,4}(?:/\d{1,4})?[A-Z]?(?:号|號|(?![\d场場次个個件人年月日天位名点點分元块塊%万萬千百亿億岁歲期届屆集章页頁]))|(?:Singapore|SINGAPORE|新加坡)\s?\d{6}(?!\d)|(?<=[A-Za-z])\d{1,4}(?:/\d{1,4})?(?:号|號)|"
                       r"\d{1,4}/\d{1,4}(?:号|號)|(?<=[号號])(?:[A-Z][A-Za-z]+ ){0,3}\d{1,3}(?:楼|樓|层|層|F)(?![下上前后後里裡道梯顶頂])|"
                       r"(?:Kav|KAV|Blok|BLOK)\.? ?\d{1,4}(?:-\d{1,4})?[A-Z]?)")
#: a word then a space before the address's first Chinese place ("电话 泰国清迈…", "… 91234567 后港"): no part of it
_LABEL_SPACE = re.compile(r"[\u4e00-\u9fff]+ (?=[\u4e00-\u9fff])|[A-Za-z0-9]+ (?=[\u4e00-\u9fff])")
_TIME_LEAD = re.compile(r"(?:今天|明天|昨天|后天|後天|上午|下午|晚上|早上|中午|地点|地點|房号|房號|单位|單位|车位|車位|住址|地址|现居|現居)+")
#: an estate or area part before a street across a comma: "…TMN Kota Laksamana，", "梳邦再也USJ 9，" (a Latin part
#: glued to the Chinese place before it, so no greeting: "Hi Ali，")
_ESTATE_BEFORE = re.compile(r"(?:" + _CJK + r"{0,12}(?:Taman|TAMAN|Tmn|TMN|Bandar|Desa|Kampung|Kg\.?)\s|" + _CJK
                            + r"{2,12}[A-Z][A-Za-z0-9]*\.?\s?)[A-Za-z0-9 /]{0,30}[，,]\s?$")
#: a Latin record: a house number first, comma parts, a five-digit postcode last (or, after a Thai street word,
#: comma parts to the sentence's end)
_LATIN_PART = r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}"
_LATIN_STREET = r"[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|\d{1,3}(?= [A-Z]))){0,4}"  # "Niphat Uthit 3 Road"
_LATIN_RECORD = re.compile(
    r"(?<![A-Za-z0-9_/#.\-])\d{1,4}(?:/\d{1,4})?[A-Z]? " + _LATIN_STREET + r"(?: \d{1,3})?(?:, ?" + _LATIN_PART + r"){1,3} \d{5}(?!\d)"
    r"|(?<![A-Za-z0-9_/#.\-])\d{1,4}(?:/\d{1,4})? (?:Soi|Thanon|Moo) " + _LATIN_PART + r"(?: \d{1,3})?(?:, ?" + _LATIN_PART + r"){0,3}"
    r"(?=[\u4e00-\u9fff。，,；;！!？?\n]|$)")
#: a mainland estate between an administrative or house unit and its building: "…区绿地新都会2期19幢869"; its name
#: may open with 和 / 与 ("…70号和园花苑D座20楼")
_ESTATE = re.compile(r"(?<=[区區县縣镇鎮号號路街道])(?:" + _CJK + r"|[和与與])" + _CJK + r"{1,7}?(?:\d{1,3}期)?(?:\d{1,4}|[A-Z])(?:栋|棟|幢|座|号楼|號樓)"
                     r"(?:\d{1,2}(?:单元|單元))?(?:\d{1,3}(?:楼|樓|层|層)(?![下上前后後里裡道梯顶頂]))?(?:\d{1,5}(?:室|号|號)?)?")
#: the administrative units before an estate, back to a label or a verb ("住址 河南省郑州市金水区|阳光一百…")
_ADMIN_BEFORE = re.compile(r"(?:" + _CJK + r"{1,7}?(?:自治区|自治區|自治州|省|市|区|區|县|縣|镇|鎮|乡|鄉|街道|路|街|道|巷)"
                           r"|\d{1,5}(?:号|號))+$")
#: a house number and a comma before a Malay street ("No. 41, Jalan …", "37-1, Jalan …")
_HOUSE_BEFORE_STREET = re.compile(r"(?<![A-Za-z0-9_/#.\-])(?:(?:No|NO|no)\.?\s?)?\d{1,5}(?:-\d{1,3})?[A-Za-z]?,\s?"
                                  r"(?:Jalan|Jln\.?|JLN|Jl\.|Lorong|Lrg\.?|Lebuh|Persiaran|Taman|Tmn\.?|Soi|Thanon)\s[A-Za-z0-9]+")
#: an address's closing bracket: its postcode or its district, right after its house or unit number ("…58号（X区）",
#: "… #05-141（X）"; not after any number: "卡号…（持卡人X）" is a card's holder)
_CLOSING = re.compile(r"\s?(?:（|\()(?:(?:邮编|郵編|邮政编码|郵政編碼|邮区|郵區)?[：: ]?\d{5,6}|"
                      r"(?![^）)]*(?:近|旁|对面|對面|附近|门口|門口|楼下|樓下|电话|電話|手机|手機|先生|女士|小姐|周|週|星期|月|日|点|點|时|時))"
                      + _CJK + r"{2,6}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:）|\))")
_CLOSES = re.compile(r"(?:[号號室座楼樓]|#\d{1,3}-\d{1,5}|(?:No|NO)\.?\s?\d{1,5}[A-Z]?)$")
#: a flat's letter after its floor ("3樓D") and a postcode after its label ("邮区 560233")
_FLAT_LETTER = re.compile(r"(?<=\d[樓楼])[A-H](?=$|[\s，,。；;)）])")
_POSTCODE_LABEL = re.compile(r"(?:邮区|郵區|邮递区号|郵遞區號|邮政编码|郵政編碼)\s?[：:]?\s?(?P<v>\d{3,6})(?!\d)"
                             r"|(?P<sg>(?:新加坡|Singapore|SINGAPORE)\s?\d{6})(?![\d\-])")  # Singapore's six-digit postcode


def _trim_left(plain: str, start: int, end: int, anchor: int) -> int:
    """Where the address in ``plain[start:end]`` starts: after a label and a space, a time word or a leading label."""
    for m in _LABEL_SPACE.finditer(plain, start, anchor):
        start = m.end()
    for strip in (_LEAD, _TIME_LEAD):  # "老房子…", "来自…" (round fourteen's), "明天…", "地址…"
        lead = strip.match(plain, start, end)
        if lead is not None:
            start = lead.end()
    return start


def mixed_runs(text: str) -> list[tuple[int, int]]:
    """Addresses in Chinese text written partly in Latin script, with the brackets and estates that close them."""
    plain = text.translate(FULL_WIDTH)
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(plain):
        anchor = _ANCHOR.search(plain, m.start(), m.end())
        if anchor is None:
            continue
        ends = [t.end() for t in _TERMINAL.finditer(plain, anchor.start(), m.end())]
        if not ends:
            continue
        start = _trim_left(plain, m.start(), ends[-1], anchor.start())
        estate = _ESTATE_BEFORE.search(plain, max(0, start - 50), start)
        if estate is not None:
            start = _trim_left(plain, estate.start(), ends[-1], estate.start())
        if start < ends[-1]:
            out.append((start, ends[-1]))
    out += [(m.start(), m.end()) for m in _LATIN_RECORD.finditer(plain)]
    for m in _ESTATE.finditer(plain):  # from the unit before it, so the spans merge, or from its administrative units
        admin = _ADMIN_BEFORE.search(plain, max(0, m.start() - 24), m.start())
        start = m.start() - 1 if admin is None else _trim_left(plain, admin.start(), m.end(), admin.start())
        out.append((start, m.end()))
    out += [(m.start(), m.end()) for m in _HOUSE_BEFORE_STREET.finditer(plain)]
    out += [(m.start() - 1, m.end()) for m in _FLAT_LETTER.finditer(plain)]
    out += [m.span("v") if m.group("v") else m.span("sg") for m in _POSTCODE_LABEL.finditer(plain)]
    # a closing bracket shares its first character's predecessor with the address, so the two spans merge
    out += [(m.start() - 1, m.end()) for m in _CLOSING.finditer(plain)
            if _CLOSES.search(plain, max(0, m.start() - 12), m.start())]
    return sorted(set(out))


class ZhAddress15Recognizer(LocalRecognizer):
    """ADDRESS: mixed Chinese / Latin addresses, Latin records in Chinese text, estates and closing brackets."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ADDRESS"], supported_language=supported_language,
                         name=name or "ZhAddress15Recognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not has_cjk(text):
            return []
        return [RecognizerResult(
            "ADDRESS", s, e, 0.65, analysis_explanation=AnalysisExplanation(type(self).__name__, 0.65),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}) for s, e in mixed_runs(text)]


ZH_ADDRESS15_RECOGNIZERS = (ZhAddress15Recognizer,)

__all__ = ["ZH_ADDRESS15_RECOGNIZERS", "ZhAddress15Recognizer", "mixed_runs"]
