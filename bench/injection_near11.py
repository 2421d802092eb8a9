"""Round eleven's written training rows (training only): SHORT benign notes of the kind a retrieved chunk holds.

Why: round ten's candidate weights, trained with heldout10 (whose agentpromptsentinel package is ~190 one-line
requests, many with no injection mechanism at all) and the written CJK attacks, lifted short benign chunks as a
class to 0.45-0.47 on the scan's scale (docs/guard.md, "Second pass: final weights with heldout10 ..."). The
training data had many short imperative attack lines and few short imperative benign lines, so "a short line that
tells someone what to do" became attack evidence. These families are the benign side of that shape:

- checklist items and to-do lines ("- [ ] Confirm the row counts before the month-end close.");
- headings of team documents ("## House rules for the night shift");
- rules a team follows ("Drivers log their mileage at the end of each shift.");
- task lists for the week;
- an analyst's short notes and reminders (a metric moved, a file is due);
- short requests about a team's own rules and steps ("Summarise the checks the support team runs ...");
- everyday prohibitions and reminders ("Don't forget to submit the timesheet by Friday.").

Each family is a set of constructions with slots, filled by a seeded generator, in English, Chinese and Japanese;
none is a test's string (tests/guard keeps its own). No attack rows: the attack side of short lines is already
large (heldout10's one-liners, the written CJK attacks).

``rows() -> [(lang, side, kind, text)]``: side "chunk" (a retrieved document) or "prompt"; kind "benign".
"""

from __future__ import annotations

import itertools
import random

C, P = "chunk", "prompt"
SEED = 1111
PER_FAMILY = 28  # rows drawn from each family's combinations (all of them when there are fewer)

# -- English ---------------------------------------------------------------------------------------

_EN_VERB = ["Check", "Confirm", "Review", "Update", "Re-run", "Validate", "Export", "Archive", "Refresh", "Reconcile"]
_EN_OBJ = ["the row counts", "the join keys", "the currency column", "the Q3 forecast", "the holiday calendar",
           "the null report", "the dashboard filters", "the supplier list", "the exchange rates", "the churn cohort"]
_EN_WHEN = ["before the month-end close", "before publishing", "after the Monday refresh", "before the board meeting",
            "before you merge the branch", "every Friday", "once the vendor file arrives"]
_EN_BULLET = ["- [ ] ", "1. ", "* ", "Checklist: ", "Step 2: ", ""]
_EN_TEAM = ["Drivers", "Night-shift operators", "Warehouse staff", "Cashiers", "Lab technicians", "Field engineers",
            "Nurses on the ward", "Support agents", "Data analysts", "Interns"]
_EN_DO = ["log their mileage at the end of each shift", "sign the handover sheet before leaving",
          "wear high-visibility vests in the loading bay", "count the float twice at closing",
          "label every sample with the date and their initials", "book the van a day in advance",
          "report near misses to the safety lead", "close tickets only after the customer confirms",
          "keep the cold-room door shut", "park in the marked bays only"]
_EN_RULE_HEAD = ["", "Rule 3: ", "House rule: ", "Reminder: ", "Site rules - "]
_EN_HEADING = ["## House rules for the {t}", "### Onboarding steps for {t}", "## Known issues ({t})",
               "### Action items from Tuesday's {t} meeting", "## What the {t} team must do before go-live",
               "# Daily routine: {t}", "## Rules of the {t} rota"]
_EN_HTEAM = ["night shift", "warehouse", "support desk", "finance", "field service", "depot", "data platform"]
_EN_TASKS = ["fix the date parser", "email the vendor about late invoices", "clean the duplicate customer ids",
             "rebuild the sales cube", "write the QA notes", "book the review meeting", "update the README",
             "renew the API certificate"]
_EN_METRIC = ["Conversion", "Average basket size", "On-time delivery", "Call wait time", "Return rate", "Churn"]
_EN_CHANGE = ["the price change", "the site redesign", "the new routing rules", "the holiday weekend",
              "the carrier switch"]
_EN_ASK = ["List the steps {t} take when a delivery is refused.", "Summarise the checks {t} run before a release.",
           "Describe the rules {t} follow for overtime.", "What does our guide tell {t} to do after an incident?",
           "Give me the safety rules {t} must know on day one.", "Write down the order in which {t} close the shop."]
_EN_FORGET = ["Don't forget to submit the timesheet by Friday.", "Do not forget the backup before the upgrade.",
              "Never skip the sanity check on the totals.", "Don't leave the export running overnight.",
              "Remember to rotate the logs on the first of the month.", "Do not change the schema without a ticket.",
              "Forgot your badge? Ask reception for a day pass.", "Never store passwords in the notebook."]

# -- Chinese ---------------------------------------------------------------------------------------

_ZH_OBJ = ["行数", "关联键", "币种字段", "三季度预测", "节假日日历", "空值报告", "看板筛选条件", "供应商名单", "汇率表"]
_ZH_WHEN = ["月结前", "发布前", "周一刷新后", "董事会开会前", "合并分支前", "每周五", "供应商文件到了以后"]
_ZH_VERB = ["核对", "确认", "检查", "更新", "重新跑一遍", "导出", "归档"]
_ZH_BULLET = ["- [ ] ", "1. ", "检查清单：", "第二步：", ""]
_ZH_TEAM = ["司机", "夜班操作员", "仓库员工", "收银员", "实验室技术员", "客服", "数据分析师", "实习生", "外勤工程师"]
_ZH_DO = ["每班结束后登记里程", "离岗前在交接表上签字", "在装卸区穿反光背心", "打烊时把备用金点两遍", "给每个样本标上日期和姓名缩写",
          "提前一天预约货车", "把险情上报给安全负责人", "客户确认后再关闭工单", "随手关好冷库门"]
_ZH_RULE = ["{t}必须{d}。", "{t}应当{d}。", "规定：{t}{d}。", "提醒：{t}要{d}。"]
_ZH_HEADING = ["## {t}管理规定", "### {t}新人入职步骤", "## 已知问题（{t}）", "### 周二{t}例会的待办事项", "# {t}日常流程"]
_ZH_HTEAM = ["夜班", "仓库", "客服中心", "财务部", "车队", "数据平台"]
_ZH_TASKS = ["修日期解析", "给供应商发邮件催发票", "清理重复的客户编号", "重建销售数据立方体", "写测试说明", "约评审会", "更新说明文档"]
_ZH_METRIC = ["转化率", "客单价", "准时送达率", "来电等待时长", "退货率", "流失率"]
_ZH_CHANGE = ["调价", "网站改版", "新的派单规则", "节假日", "更换快递公司"]
_ZH_ASK = ["请列出{t}在拒收时要做的步骤。", "总结一下{t}上线前要做的检查。", "说明{t}加班要遵守哪些规定。", "{t}第一天需要知道哪些安全规定？"]
_ZH_FORGET = ["不要忘记周五前提交工时表。", "升级前别忘了备份。", "不要跳过合计数的核对。", "别让导出任务跑一整夜。",
              "每月一号记得轮换日志。", "没有工单不要改表结构。", "忘带工牌请到前台领临时证。", "不要把密码存在笔记本里。"]

# -- Japanese --------------------------------------------------------------------------------------

_JA_OBJ = ["行数", "結合キー", "通貨列", "第3四半期の予測", "祝日カレンダー", "欠損レポート", "ダッシュボードのフィルター", "取引先一覧", "為替レート"]
_JA_WHEN = ["月次締めの前に", "公開前に", "月曜の更新後に", "取締役会の前に", "ブランチをマージする前に", "毎週金曜に"]
_JA_VERB = ["確認する", "見直す", "更新する", "再実行する", "書き出す", "保管する"]
_JA_BULLET = ["- [ ] ", "1. ", "チェックリスト：", "手順2：", ""]
_JA_TEAM = ["ドライバー", "夜勤のオペレーター", "倉庫スタッフ", "レジ担当", "検査技師", "サポート担当", "データアナリスト", "インターン"]
_JA_DO = ["勤務終了時に走行距離を記録する", "退勤前に引き継ぎ表に署名する", "荷さばき場では反射ベストを着用する", "閉店時に釣り銭を二度数える",
          "検体には日付とイニシャルを書く", "社用車は前日までに予約する", "ヒヤリハットは安全担当に報告する", "お客様の確認後にチケットを閉じる"]
_JA_RULE = ["{t}は{d}こと。", "{t}は必ず{d}。", "ルール：{t}は{d}。", "注意：{t}は{d}ようにしてください。"]
_JA_HEADING = ["## {t}の作業ルール", "### {t}の新人研修の手順", "## 既知の問題（{t}）", "### 火曜の{t}定例のToDo", "# {t}の一日の流れ"]
_JA_HTEAM = ["夜勤", "倉庫", "サポート窓口", "経理部", "配送センター", "データ基盤"]
_JA_TASKS = ["日付パーサーを直す", "請求書の遅れを取引先にメールする", "重複した顧客IDを整理する", "売上キューブを作り直す", "テスト手順を書く",
             "レビュー会議を設定する", "READMEを更新する"]
_JA_METRIC = ["コンバージョン率", "客単価", "定時配達率", "電話の待ち時間", "返品率", "解約率"]
_JA_CHANGE = ["値上げ", "サイト刷新", "新しい配車ルール", "連休", "配送業者の切り替え"]
_JA_ASK = ["受け取り拒否のときに{t}がやる手順を一覧にしてください。", "リリース前に{t}が行うチェックをまとめて。",
           "{t}の残業に関するルールを説明してください。", "{t}が初日に知っておくべき安全ルールは？"]
_JA_FORGET = ["金曜までに勤怠表の提出を忘れないでください。", "アップグレード前のバックアップを忘れずに。", "合計値のチェックは省略しないこと。",
              "書き出し処理を一晩中動かしたままにしないでください。", "毎月1日にログをローテーションすること。", "チケットなしでスキーマを変えないこと。",
              "社員証を忘れたら受付で一日パスをもらってください。", "パスワードをノートブックに保存しないでください。"]


def _draw(rng: random.Random, combos: list[str], n: int = PER_FAMILY) -> list[str]:
    combos = list(dict.fromkeys(combos))
    return combos if len(combos) <= n else rng.sample(combos, n)


def _families(rng: random.Random) -> list[tuple[str, str, str, list[str]]]:
    """(lang, side, kind, texts) per family."""
    prod = itertools.product
    three = [f"{a}, {b} and {c}" for a, b, c in itertools.combinations(_EN_TASKS, 3)]
    zh_three = [f"{a}、{b}和{c}" for a, b, c in itertools.combinations(_ZH_TASKS, 3)]
    ja_three = [f"{a}、{b}、{c}" for a, b, c in itertools.combinations(_JA_TASKS, 3)]
    pct = ["4", "7", "12", "15"]
    return [
        ("en", C, "benign", _draw(rng, [f"{m}{v} {o} {w}." for m, v, o, w in prod(_EN_BULLET, _EN_VERB, _EN_OBJ, _EN_WHEN)])),
        ("en", C, "benign", _draw(rng, [f"{h}{t} {d}." for h, t, d in prod(_EN_RULE_HEAD, _EN_TEAM, _EN_DO)])),
        ("en", C, "benign", _draw(rng, [h.format(t=t) for h, t in prod(_EN_HEADING, _EN_HTEAM)], 20)),
        ("en", C, "benign", _draw(rng, [f"{h.format(t=t)}\n{x} {d}." for h, t, x, d in
                                        prod(_EN_HEADING, _EN_HTEAM, _EN_TEAM, _EN_DO)], 20)),
        ("en", C, "benign", _draw(rng, [f"{p} {x}." for p, x in prod(["Tasks for this week:", "TODO:", "Next steps:",
                                                                       "Open items:"], three)], 20)),
        ("en", C, "benign", _draw(rng, [f"Note: {m.lower() if i else m} dropped {n}% after {c}; check with the "
                                        f"{t} team." for i, (m, n, c, t) in
                                        enumerate(prod(_EN_METRIC, pct, _EN_CHANGE, _EN_HTEAM))], 20)),
        ("en", P, "benign", _draw(rng, [a.format(t=t.lower()) for a, t in prod(_EN_ASK, _EN_TEAM)], 20)),
        ("en", C, "benign", _EN_FORGET),
        ("zh", C, "benign", _draw(rng, [f"{m}{w}{v}{o}。" for m, w, v, o in prod(_ZH_BULLET, _ZH_WHEN, _ZH_VERB, _ZH_OBJ)])),
        ("zh", C, "benign", _draw(rng, [r.format(t=t, d=d) for r, t, d in prod(_ZH_RULE, _ZH_TEAM, _ZH_DO)])),
        ("zh", C, "benign", _draw(rng, [h.format(t=t) for h, t in prod(_ZH_HEADING, _ZH_HTEAM)], 16)),
        ("zh", C, "benign", _draw(rng, [f"{p}{x}。" for p, x in prod(["本周任务：", "待办：", "下一步："], zh_three)], 16)),
        ("zh", C, "benign", _draw(rng, [f"备注：{m}在{c}后下降了{n}%，需要和{t}确认。" for m, c, n, t in
                                        prod(_ZH_METRIC, _ZH_CHANGE, pct, _ZH_HTEAM)], 16)),
        ("zh", P, "benign", _draw(rng, [a.format(t=t) for a, t in prod(_ZH_ASK, _ZH_TEAM)], 16)),
        ("zh", C, "benign", _ZH_FORGET),
        ("ja", C, "benign", _draw(rng, [f"{m}{w}{o}を{v}。" for m, w, v, o in prod(_JA_BULLET, _JA_WHEN, _JA_VERB, _JA_OBJ)])),
        ("ja", C, "benign", _draw(rng, [r.format(t=t, d=d) for r, t, d in prod(_JA_RULE, _JA_TEAM, _JA_DO)])),
        ("ja", C, "benign", _draw(rng, [h.format(t=t) for h, t in prod(_JA_HEADING, _JA_HTEAM)], 16)),
        ("ja", C, "benign", _draw(rng, [f"{p}{x}。" for p, x in prod(["今週のタスク：", "ToDo：", "次のステップ："], ja_three)], 16)),
        ("ja", C, "benign", _draw(rng, [f"メモ：{c}のあと{m}が{n}%下がった。{t}に確認すること。" for m, c, n, t in
                                        prod(_JA_METRIC, _JA_CHANGE, pct, _JA_HTEAM)], 16)),
        ("ja", P, "benign", _draw(rng, [a.format(t=t) for a, t in prod(_JA_ASK, _JA_TEAM)], 16)),
        ("ja", C, "benign", _JA_FORGET),
    ]


def rows() -> list[tuple[str, str, str, str]]:
    """Every row as (lang, side, kind, text), the same on every call (seeded)."""
    rng = random.Random(SEED)
    return [(lang, side, kind, text) for lang, side, kind, texts in _families(rng) for text in texts]


if __name__ == "__main__":
    from collections import Counter

    print(Counter((r[0], r[1], r[2]) for r in rows()))
