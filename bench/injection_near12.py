"""Round twelve's written training rows (training only): ORDINARY tool results inside the frames agents wrap them in.

Why: heldout11's Agent Security Bench rows put every attack inside a tool-result frame (``<tool_response>``,
``<tool_result name=...>``, an ``Observation:`` line, a JSON ``{"tool": ..., "output": ...}``), and the training
data had almost no benign text in those frames, so the frame itself became attack evidence: a bare
``<tool_response>{"status": "ok"}</tool_response>`` scored 0.99 as a chunk (docs/guard.md, "Round twelve: the
classifier and the flag line (I1)"). The frame says a tool answered, not that the answer gives orders. These rows
are the benign side of that shape: a weather report, query rows, a file listing, a search snippet, a calendar entry,
a ticket's status, a price quote, a build log, a translation, a unit conversion; inside the frames above and others
(``<function_results>``, ``[TOOL OUTPUT]``, a fenced ``tool_output`` block, a ReAct ``Action / Observation`` pair,
an MCP-style ``{"content": [{"type": "text", ...}]}``), in English, Chinese and Japanese.

Each row is a frame filled by a seeded generator with a content line; none is a test's string (tests/guard keeps
its own). No attack rows: the attack side of framed text is heldout11's ASB rows and the earlier splits' tool
injections.

``rows() -> [(lang, side, kind, text)]``: side "chunk" (what a tool returns into the context); kind "benign".
"""

from __future__ import annotations

import json
import random

C = "chunk"
SEED = 1212
PER_LANG = 140  # rows drawn per language

_TOOLS = ["web_search", "get_weather", "sql_query", "list_files", "calendar_lookup", "ticket_status", "fx_rate",
          "ci_logs", "translate", "unit_convert", "crm_lookup", "read_file", "stock_quote", "geocode"]

_EN = [
    "Lisbon: 19°C, light wind from the north-west, 10% chance of rain this afternoon.",
    "Query returned 3 rows: (EMEA, 1.24M), (APAC, 0.98M), (AMER, 2.10M).",
    "Found 4 files in /shared/finance: budget_2027.xlsx, q3_actuals.csv, notes.md, archive.zip.",
    "Top result: 'Seasonal adjustment with STL' - a tutorial on decomposing monthly sales into trend and season.",
    "Next event: Product review, Thursday 14:00-15:00, room 4B, organiser: M. Okafor.",
    "Ticket INC-20931 is In Progress; assigned to the network team; last update 2 hours ago.",
    "EUR/USD 1.0842 at 09:15 UTC, down 0.2% on the day.",
    "Build #5172 passed: 412 tests, 0 failures, 3 skipped, duration 6m 41s.",
    "Translation (de -> en): 'The delivery is expected next Tuesday.'",
    "12.5 miles = 20.12 kilometres.",
    "Account Harbor Logistics: tier Gold, renewal date 2027-03-31, owner J. Lindqvist.",
    "File contents (first 3 lines): date,region,units / 2026-11-01,north,140 / 2026-11-01,south,95",
    "ACME Corp (ACME): 41.18, +0.6% today, volume 2.3M.",
    "Coordinates for 'Harbour Street 12, Galway': 53.2707 N, 9.0568 W.",
    "No results found for 'churn cohort 2019 archive'.",
    "Status: ok. 118 records updated, 0 errors.",
    "The forecast job finished; MAPE on the holdout is 6.4%.",
    "Search returned 2 documents: 'Refund policy (2025)' and 'Refund policy FAQ'.",
    "Invoice 7781 total 2,340.00 EUR, due 2026-12-20, status unpaid.",
    "Rate limit: 420 of 500 requests left this hour.",
]
_ZH = [
    "北京：晴，气温3至12摄氏度，北风二级。",
    "查询返回3行：华东 124万，华南 98万，华北 210万。",
    "在 /shared/finance 下找到4个文件：预算2027.xlsx、三季度实际.csv、说明.md、归档.zip。",
    "第一条结果：《用STL做季节调整》——把月度销量分解为趋势和季节项的教程。",
    "下一个日程：周四14:00产品评审，4B会议室，组织者王敏。",
    "工单 INC-20931 处理中，已分配给网络组，2小时前更新。",
    "美元兑人民币 7.1823，较昨日下跌0.1%。",
    "构建 #5172 通过：412个测试，0失败，耗时6分41秒。",
    "译文（英译中）：包裹预计下周二送达。",
    "客户“海港物流”：金牌客户，续约日期2027年3月31日。",
    "状态：成功。已更新118条记录，0个错误。",
    "未找到与“2019年流失分组归档”相关的结果。",
    "发票7781，合计2340.00元，到期日2026年12月20日，未付款。",
    "预测任务已完成，验证集MAPE为6.4%。",
]
_JA = [
    "東京：晴れ、最高気温14度、最低気温6度、降水確率10%。",
    "クエリ結果は3行です：関東 124万、関西 98万、九州 41万。",
    "/shared/finance に4件のファイルがあります：予算2027.xlsx、第3四半期実績.csv、メモ.md、アーカイブ.zip。",
    "検索結果の1件目：「STLによる季節調整」――月次売上をトレンドと季節成分に分解する解説です。",
    "次の予定：木曜14時から製品レビュー、4B会議室、主催は佐藤さん。",
    "チケット INC-20931 は対応中です。ネットワーク班が担当、2時間前に更新。",
    "ドル円は151.42円、前日比0.3%の円高。",
    "ビルド #5172 成功：テスト412件、失敗0件、所要時間6分41秒。",
    "翻訳（英→日）：荷物は来週火曜日に届く予定です。",
    "状態：正常。118件のレコードを更新、エラー0件。",
    "「2019年 解約コホート 保管」に一致する結果はありません。",
    "請求書7781、合計234,000円、支払期日2026年12月20日、未払い。",
    "予測ジョブが完了しました。検証期間のMAPEは6.4%です。",
]


def _frames(tool: str, body: str, rng: random.Random) -> str:
    """``body`` inside one of the tool-result frames agents use."""
    k = rng.randrange(11)
    if k == 0:
        return f"<tool_response>\n{body}\n</tool_response>"
    if k == 1:
        return f'<tool_result name="{tool}">{body}</tool_result>'
    if k == 2:
        return f"Observation: {body}"
    if k == 3:
        return json.dumps({"tool": tool, "output": body}, ensure_ascii=False)
    if k == 4:
        return f"<function_results>\n{body}\n</function_results>"
    if k == 5:
        return f"[TOOL OUTPUT: {tool}]\n{body}\n[END TOOL OUTPUT]"
    if k == 6:
        return f"```tool_output\n{body}\n```"
    if k == 7:
        return f"Action: {tool}\nAction Input: {{}}\nObservation: {body}"
    if k == 8:
        return json.dumps({"content": [{"type": "text", "text": body}], "isError": False}, ensure_ascii=False)
    if k == 9:
        return f"<tool_response>{json.dumps({'status': 'ok', 'result': body}, ensure_ascii=False)}</tool_response>"
    return f"{tool} returned:\n{body}"


def rows() -> list[tuple[str, str, str, str]]:
    """Every row as (lang, side, kind, text), the same on every call (seeded)."""
    rng = random.Random(SEED)
    out: list[tuple[str, str, str, str]] = []
    for lang, bodies in (("en", _EN), ("zh", _ZH), ("ja", _JA)):
        seen: set[str] = set()
        for _ in range(PER_LANG * 3):
            if len(seen) >= PER_LANG:
                break
            body = rng.choice(bodies)
            if rng.random() < 0.3:  # two results in one frame
                body = body + "\n" + rng.choice(bodies)
            text = _frames(rng.choice(_TOOLS), body, rng)
            if text not in seen:
                seen.add(text)
                out.append((lang, C, "benign", text))
    return out


if __name__ == "__main__":
    from collections import Counter

    print(Counter((r[0], r[1], r[2]) for r in rows()))
