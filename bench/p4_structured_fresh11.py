"""Round eleven (P4): a fresh check of structured values (ids, phones, Chinese values), none from a split.

Values: Faker locales and id methods nobody tuned on (ids: ``ssn()`` of nl_BE fil_PH fr_CH fr_DZ th, and the
id methods es_ES nif/nie/nuss, pt_BR cpf/rg, es_CO nuip, en_IN aadhaar_id/pan, es_MX curp/rfc, es_CL rut,
fil_PH sss/umid/philhealth, passport_number of six locales; phones: ``phone_number()`` of de_LI de_LU it_CH
nl_BE am_ET ar_JO bs_BA tw_GH lb_LU fr_CH th, and phonenumbers' example numbers of every region); none is on
/tmp/lead/heldout12_priv_packages.txt. Slots: family A was written BEFORE the round-eleven fix
and tuned on (``--set a``), family B beside it, never looked at while tuning (``--set b``), family C after
the first fix (``--set c``, tuned on in the second pass), family D after the second pass (``--set d``, run once). Chinese: landlines with area codes from phonenumbers' CN metadata, 身份证
with a computed check character (X too), UnionPay cards (Luhn), addresses built from words written here.
Negatives: business numbers, amounts, dates and Chinese ticket CSV rows that must stay as they are.

    .venv/bin/python bench/p4_structured_fresh11.py --set a [--show 20] [--without]
    .venv/bin/python bench/p4_structured_fresh11.py --set b

``--without`` turns the round-eleven recognizers off (the before figure). Leak: any run of 4+ characters of
the value's compact form sent in clear (phones: the last 4 digits); over-redaction: a negative line changed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import phonenumbers as pn  # noqa: E402
from faker import Faker  # noqa: E402

ID_SOURCES = [("nl_BE", "ssn"), ("fil_PH", "ssn"), ("fr_CH", "ssn"), ("fr_DZ", "ssn"), ("th", "ssn"),
              ("es_ES", "nif"), ("es_ES", "nie"), ("es_ES", "nuss"), ("pt_BR", "cpf"), ("pt_BR", "rg"),
              ("es_CO", "nuip"), ("en_IN", "aadhaar_id"), ("en_IN", "pan"), ("es_MX", "curp"), ("es_MX", "rfc"),
              ("es_CL", "rut"), ("fil_PH", "sss"), ("fil_PH", "umid"), ("fil_PH", "philhealth"),
              ("nl_BE", "passport_number"), ("fr_CH", "passport_number"), ("it_IT", "passport_number"),
              ("pt_BR", "passport_number"), ("en_CA", "passport_number"), ("uk_UA", "passport_number")]
PHONE_LOCALES = ["de_LI", "de_LU", "it_CH", "nl_BE", "am_ET", "ar_JO", "bs_BA", "tw_GH", "lb_LU", "fr_CH", "th"]
NAMES = ["Mireille Dufour", "Tomás Okafor", "Lin Berglund", "Hana Novak", "Ravi Menon", "Ines Carvalho",
         "Pieter Claes", "Amara Diallo", "Jonas Weber", "Sofia Marin"]

# family A: written before the fix
ID_A = [
    "Identity document of {n}: {v}", "{n}, born 1984, holder of national identity card {v}, lives in Ghent.",
    "The applicant's personal number, as printed on the card, is {v}.", "Name: {n}\nNational number: {v}\nCity: Liège",
    "name;birth_date;document_no\n{n};1990-04-02;{v}", "<tr><td>{n}</td><td>{v}</td></tr>",
    "{n} [{v}] signed the consent form.", "Documento de identidad {v} a nombre de {n}.",
    "CPF do titular: {v}", "número de cédula {v} ({n})", "- id card: {v}\n- holder: {n}",
    "{n}'s Aadhaar is {v}.", "Passport {v} expires in 2031; holder {n}.", "RUT del cliente {n}: {v}",
    "{v} is the ID number on {n}'s file.", "ID: {v} | Name: {n} | Status: active",
]
PHONE_A = [
    "Tel.:{p}", "Тел. {p}", "電話：{p}", "Call {n} at {p}.", "({cc}) {nat}", "[{nat}]", "Phone {p} poste 21",
    "{n} — {p} (Durchwahl 34)", "Telefone: {p} ramal 12", "tel {p} interno 204", "Mobile:{p}", "T {p} | F {p2}",
    "Kontakt: {n}, {p}", "{n}\n{p}\n{n2}@example.org",
]
# family B: written with A, before the fix, and never looked at while tuning
ID_B = [
    "Her residence permit, number {v}, was renewed.", "Ausweis-Nr. des Mieters {n}: {v}",
    "| Patient | Birth | Identifier |\n|---|---|---|\n| {n} | 1977 | {v} |", "The tax number for {n} reads {v} on the form.",
    "{n} (ID {v})", "Kennung laut Pass: {v}", "customer {n} / identity no. {v} / verified",
    "Número de identificación fiscal {v}.", "Carte d'identité n°{v} de {n}", "identity={v}; holder={n}",
    "{n}\t{v}\tverified\tLisbon", "Ref: {n}, national ID (new format) {v}",
]
PHONE_B = [
    "Reach {n} on {p} any weekday.", "Tfn: {p}", "Tél : {p} p. 14", "telefono {p} int. 33", "Ph.{p}",
    "WhatsApp / Viber: {p}", "({cc}) {nat} ext 2", "Contacto: {p} extensión 405", "{n} | {p} | Sales",
    "Telephone no. {p}, toestel 17", "mob: {p}", "Hotline [{nat}]",
]
# family C: written after the fix was committed (19c052f), slots no test or tuning used
ID_C = [
    "Please update the file of {n}; the number on her identity papers is {v}, issued last May.",
    "Nombre: {n} - Nro. de documento: {v}", "{n} presented document {v} at the desk.",
    "<li>{n} &mdash; {v}</li>", "Votre numéro d'identification: {v}", "{v} — {n}'s passport number",
    "applicant={n}|doc={v}|status=ok", "{n} [{v}]", "Personal code of the tenant: {v}",
    "Beneficiary {n}, national registration {v}", "id_document: {v}\nfull_name: {n}",
    "Numer identyfikacyjny {v} należy do {n}.",
]
PHONE_C = [
    "Zadzwoń do {n}: {p}", "Telefonnummer {p} (Zentrale)", "Ligue para {p} ou envie SMS.", "Tel/Fax {p}",
    "{n} on {p} (mobile)", "phone:{p}", "Numero di telefono {p} int. 5", "[{nat}] — {n}",
    "{n}: cell {p}", "Телефон для связи {p}", "Call-back number {p}", "Teléfono fijo {p}",
]
# family D: written after the second pass (0e56ec8), run once, never tuned on
ID_D = [
    "Wnioskodawca {n}, nr dokumentu {v}.", "KYC ok for {n} — govt id {v}", "{n} / {v} / approved",
    "Her card says {v}; the name on it is {n}.", "Identificador fiscal: {v}", "Holder: {n}; Number: {v}; Type: ID",
    "- {n}: {v} (national ID)", "dokumentnummer {v}", "{n}, cédula de ciudadanía n.º {v}",
    "Subject ID {v} withdrew consent.", "The citizen {n} holds identity document {v}.", "<b>{n}</b> ({v})",
]
PHONE_D = [
    "Numéro de portable : {p}", "Rufen Sie {n} unter {p} an.", "{n} (tel. {p})", "Contact: {n} · {p}",
    "Landline {p}; mobile {p2}", "Kontaktnummer: {p}", "Llámame al {p}", "Cell# {p}", "Ph no:{p}",
    "{n} can be reached at {p} ext 12", "Telefonnr. {p}", "[{nat}] {n}",
]
ID_NEG = ["Order {x} ships Tuesday.", "Invoice no. {x} is overdue.", "Tracking {x}.", "The total was {y} EUR.",
          "Ticket #{x} closed by the agent.", "Build {x} passed.", "Room {r}, floor 3.", "Meeting at 10:30 on 2025-04-02.",
          "The population grew to {y}.", "Version {year}.2.1 was released."]
ZH_AREAS = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0351", "0371", "0431",
            "0451", "0471", "0531", "0551", "0571", "0591", "0731", "0751", "0771", "0791", "0851", "0871", "0898",
            "0931", "0951", "0971", "0991", "0512", "0757", "0769"]
ZH_PHONE = ["电话：({a}){n}", "联系电话 {a}-{n}", "座机{a}-{n}转{e}", "办公室电话：{a} {n} 分机 {e}", "请拨打 +86 {a1} {n}",
            "客服热线（{a}）{n}", "电话{a}{n}", "传真：{a}-{n}", "Tel: +86-{a1}-{n} 转 {e}", "联系人张女士，{a}—{n}"]
ZH_ID = ["身份证号：{v}", "身份证号码{v}", "公民身份号码 {v}", "证件号：{v}（身份证）", "ID: {v}，姓名王芳",
         "身份证 {v} 已核验", "持证人 李雷，身份证号为{v}。"]
ZH_CARD = ["银行卡号：{v}", "卡号 {v}", "请转账至工商银行卡 {v}", "账号：{v}（建设银行）", "Card {v}，开户行招商银行"]
ZH_PROV = ["浙江省", "江苏省", "广东省", "四川省", "湖北省", "河南省", "山东省", "福建省"]
ZH_CITY = ["杭州市", "苏州市", "佛山市", "绵阳市", "宜昌市", "洛阳市", "潍坊市", "泉州市"]
ZH_DIST = ["西湖区", "吴中区", "南海区", "涪城区", "夷陵区", "长寿县", "安溪县", "高新区"]
ZH_TOWN = ["桂花镇", "青石乡", "", "", "白沙街道"]
ZH_ROAD = ["文一西路", "东环路", "建设大道", "人民路", "解放北路", "桃源街", "清风巷"]
ZH_ADDR = ["地址：{a}", "收货地址：{a}", "寄到{a}，谢谢", "住址 {a}", "他住在{a}。", "Address: {a}"]
ZH_NEG = ["工单号,状态,优先级,创建时间\nTK-{x},处理中,高,2025-03-02\nTK-{x2},已关闭,低,2025-03-05",
          "订单号：{x}，金额 {y} 元", "第{r}号文件已归档", "会议室 {r} 号，下午三点", "版本 {year}.3 已发布",
          "问题编号,模块,描述\n{x},支付,退款失败\n{x2},登录,验证码超时", "共有 {y} 人参加活动"]


def compact(v: str) -> str:
    return re.sub(r"[\s.\-/()]", "", v)


def leaked(value: str, sent: str, phone: bool = False) -> bool:
    core = compact(value)
    if phone:
        tail = re.sub(r"\D", "", value)[-4:]
        return tail in re.sub(r"\D", "", sent)
    sent_c = compact(sent)
    return any(core[i:i + 6] in sent_c for i in range(0, max(1, len(core) - 5))) if len(core) >= 6 else core in sent


def phone_values(rng: random.Random, k: int) -> list[tuple[str, str, str]]:
    """(written number, '(+cc)' form's cc part, national form) from phonenumbers' examples of every region."""
    out = []
    regions = sorted(pn.SUPPORTED_REGIONS)
    rng.shuffle(regions)
    for r in regions[:k]:
        ex = pn.example_number_for_type(r, rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE]))
        if ex is None:
            continue
        nat = pn.format_number(ex, pn.PhoneNumberFormat.NATIONAL)
        intl = pn.format_number(ex, pn.PhoneNumberFormat.INTERNATIONAL)
        nsn = pn.national_significant_number(ex)
        spaced = " ".join([nsn[:2], nsn[2:5], nsn[5:]]) if len(nsn) > 6 else nsn
        out.append((rng.choice([nat, intl]), f"+{ex.country_code}", rng.choice([nat, spaced])))
    return out


def run(set_: str, show: int, without: bool) -> None:
    if without:
        from workbench.privacy import _rec_structured11
        _rec_structured11.STRUCTURED11_RECOGNIZERS = ()
    from workbench.privacy import Privacy

    p = Privacy()
    rng = random.Random({"a": 1111, "b": 2222, "c": 3333, "d": 4444}[set_])
    ids_t, phones_t = {"a": (ID_A, PHONE_A), "b": (ID_B, PHONE_B), "c": (ID_C, PHONE_C),
                         "d": (ID_D, PHONE_D)}[set_]
    stats: dict[str, list[int]] = {}
    shown = [0]

    def check(fam: str, text: str, value: str | None, phone: bool = False) -> None:
        sent = p.redact(text, p.new_vault()).text
        bad = (value is not None and leaked(value, sent, phone)) or (value is None and sent != text)
        s = stats.setdefault(fam, [0, 0])
        s[0] += bad
        s[1] += 1
        if bad and shown[0] < show:
            shown[0] += 1
            print(fam.upper(), repr(text), "->", repr(sent))

    for loc, meth in ID_SOURCES:
        f = Faker(loc)
        f.seed_instance(rng.randint(0, 10**6))
        for tpl in rng.sample(ids_t, 6):
            v = str(getattr(f, meth)())
            check("id", tpl.format(v=v, n=rng.choice(NAMES)), v)
    for loc in PHONE_LOCALES:
        f = Faker(loc)
        f.seed_instance(rng.randint(0, 10**6))
        for tpl in rng.sample(phones_t, 5):
            v = f.phone_number()
            if "{cc}" in tpl or "{nat}" in tpl:
                continue
            check("phone_faker", tpl.format(p=v, p2=f.phone_number(), n=rng.choice(NAMES), n2="desk"), v, True)
    for written, cc, nat in phone_values(rng, 120):
        tpl = rng.choice(phones_t)
        v = nat if ("{nat}" in tpl) else written
        check("phone_regions", tpl.format(p=written, p2=written, cc=cc, nat=nat, n=rng.choice(NAMES), n2="desk"),
              v, True)
    for tpl in ID_NEG:
        for _ in range(2):
            x, y = rng.randint(10**6, 10**9), f"{rng.randint(1000, 99999):,}"
            check("neg", tpl.format(x=x, y=y, r=rng.randint(100, 999), year=rng.randint(2000, 2030)), None)
    # Chinese
    cn = pn.example_number_for_type("CN", pn.PhoneNumberType.FIXED_LINE)
    assert cn is not None
    from workbench.privacy._checks import prc_id_check_char
    for _ in range(40):
        a = rng.choice(ZH_AREAS)
        n = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(6 if len(a) == 4 else 7))
        tpl = rng.choice(ZH_PHONE)
        check("zh_phone", tpl.format(a=a, a1=a[1:], n=n, e=rng.randint(100, 9999)), n, True)
    for _ in range(30):
        first = f"{rng.choice(['11', '31', '33', '44', '51', '42'])}{rng.randint(1, 99):02d}{rng.randint(1, 30):02d}" \
                f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        v = first + prc_id_check_char(first)
        check("zh_id", rng.choice(ZH_ID).format(v=v), v)
    for _ in range(20):
        body = "62" + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([13, 14, 16])))
        for d in "0123456789":
            from workbench.privacy._checks import luhn_ok
            if luhn_ok(body + d):
                v = body + d
                break
        if rng.random() < 0.5:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        check("zh_card", rng.choice(ZH_CARD).format(v=v), v)
    for _ in range(30):
        road = rng.choice(ZH_ROAD)
        num = f"{rng.randint(1, 999)}号"
        tail = rng.choice(["", f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2505)}室",
                           f"{rng.randint(1, 20)}幢{rng.randint(101, 1802)}室", f"{rng.choice(['金桂', '翠湖', '阳光'])}小区"])
        addr = rng.choice(ZH_PROV) + rng.choice(ZH_CITY) + rng.choice(ZH_DIST) + rng.choice(ZH_TOWN) + road + num + tail
        text = rng.choice(ZH_ADDR).format(a=addr)
        sent = p.redact(text, p.new_vault()).text
        bad = road in sent or num in sent
        s = stats.setdefault("zh_addr", [0, 0])
        s[0] += bad
        s[1] += 1
        if bad and shown[0] < show:
            shown[0] += 1
            print("ZH_ADDR", repr(text), "->", repr(sent))
    for tpl in ZH_NEG:
        for _ in range(2):
            check("zh_neg", tpl.format(x=rng.randint(10**5, 10**8), x2=rng.randint(10**5, 10**8),
                                       y=rng.randint(100, 99999), r=rng.randint(1, 999), year=rng.randint(2, 9)), None)
    for fam, (bad, tot) in stats.items():
        what = "changed" if fam.endswith("neg") else "leaked"
        print(f"{fam:14s} {bad:3d}/{tot:3d} {what} ({100 * bad / tot:.1f}%)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=["a", "b", "c", "d"], default="a")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--without", action="store_true", help="round eleven's recognizers off (the before figure)")
    args = ap.parse_args()
    run(args.set, args.show, args.without)


if __name__ == "__main__":
    main()
