"""Round thirteen's written training rows (training only): benign LOOK-ALIKES, texts ABOUT prompts and orders.

Why: heldout12 (scored once by the lead in round twelve) flagged 0.2% of its package documents but 17.4% of its
builder's look-alikes: analyst prompts and documents that talk about prompts, policies, instructions, overrides,
role-play, decoding, images and links (docs/guard.md, "Measured, round twelve"). The training data had few texts
that MENTION an order without giving one, so the classifier read the words of an order ("ignore", "system
prompt", "reveal", "decode", "act as") as the order. These rows are the benign side of that shape, written this
round by I1 in frames of its own (not heldout12's sentences, which train as heldout12's fold):

- requests to the assistant whose override verb has data as its object ("skip the rows flagged as test data",
  "override the default bin width");
- questions and tasks about prompts, guardrails and agents as work objects ("review the refusal wording in our
  prompt library", "write test cases for the jailbreak filter");
- role-play and persona requests for practice or writing; decoding and encoding of data fields; images, links and
  e-mail in reports;
- documents in the third person: AI-use policies, security-awareness pages, incident reports, release notes of a
  filter, course notes, meeting minutes, prompt-library entries, code comments in prompt templates;
- Chinese and Japanese rows of the same kinds.

Each row is a template filled by a seeded generator; none is a test's string (tests/guard keeps its own). No
attack rows.

``rows() -> [(lang, side, kind, text)]``: side "prompt" (what an analyst types) or "chunk" (a retrieved document);
kind "benign".
"""

from __future__ import annotations

import random

P, C = "prompt", "chunk"
SEED = 1313

# -- English: requests whose override verb acts on data ----------------------------------------------------------
_VERBS_DATA = [
    ("Skip", "the rows flagged as test data"), ("Ignore", "the weekend dips in the traffic series"),
    ("Drop", "the columns that are more than half empty"), ("Override", "the default bin width with 5 units"),
    ("Disregard", "the pilot stores when you compute the average basket"), ("Forget", "the log scale on the y axis"),
    ("Bypass", "the staging table and read straight from the raw export"), ("Reset", "the index after the merge"),
    ("Ignore", "the header row of the second sheet, it repeats the first"), ("Exclude", "refunds older than 90 days"),
    ("Discard", "the draft forecast and start again from the cleaned series"),
    ("Replace", "the previous colour scheme with the company palette"), ("Undo", "the last pivot, it grouped by the wrong key"),
    ("Overwrite", "the cached extract with today's file"), ("Ignore", "any cell that says N/A or a dash"),
]
_WHY = ["", " They distort the trend.", " Finance asked for it.", " We checked them by hand already.",
        " The model fits better without them.", " Then plot the result.", " Keep a note of what you removed.",
        " Show the before and after counts.", " It's only for this draft.", " Then rerun the summary table."]
_OPEN = ["", "", "Quick one: ", "Hi, ", "For the Monday report: ", "Before we share it, ", "Next step: ", "OK. "]

# -- English: prompts, guardrails and agents as work objects ------------------------------------------------------
_PROMPT_OBJ = [
    "the system prompt of our support bot", "the refusal wording in our prompt library",
    "the instructions we give the summarisation model", "the guardrail config for the HR assistant",
    "the prompt template that drafts the customer replies", "the agent's tool descriptions",
    "the jailbreak filter's test set", "the moderation policy for the internal chatbot",
    "the few-shot examples in prompts/classify_v3.yaml", "the persona description of the onboarding assistant",
]
_PROMPT_TASK = [
    "Review {o} and list wording that is ambiguous.", "Compare {o} with last quarter's version and list what changed.",
    "Write five test cases that check {o} refuses requests for personal data.",
    "Summarise {o} in three bullet points for the steering group.",
    "Explain to a new analyst what {o} is for and who maintains it.",
    "Estimate how many tokens {o} uses and suggest where to shorten it.",
    "Translate {o} into German for the Vienna team, keeping the structure.",
    "Check {o} for contradictions between its rules.", "Where in the repository is {o} stored?",
    "Draft a changelog entry for the update to {o}.",
    "Our auditors want a description of {o}; write it in plain language.",
]
_SEC_TOPIC = [
    "prompt injection through retrieved web pages", "jailbreak prompts that use role-play",
    "indirect injection in e-mails that an agent reads", "data exfiltration through markdown images",
    "attempts to extract a chatbot's hidden instructions", "instructions hidden in white text in PDFs",
    "encoded payloads such as base64 in user messages", "fake end-of-conversation markers",
    "tool misuse by autonomous agents", "Unicode tricks such as invisible characters",
]
_SEC_TASK = [
    "Write a one-page explainer on {t} for the security awareness wiki.",
    "What are the standard defences against {t}? Cite the usual sources.",
    "Summarise the OWASP guidance on {t} for our architecture review.",
    "Make a slide that explains {t} without including a working example.",
    "How would we measure how often our scanner misses {t}?",
    "Draft a ticket asking the platform team to add monitoring for {t}.",
    "Give me a taxonomy of {t}, with one sentence per category.",
    "Which of our three vendors documents protections against {t}?",
]
# -- English: role-play, decoding, images and links ------------------------------------------------------------------
_ROLE = [
    "Act as a hiring manager and ask me four questions about A/B testing, one at a time.",
    "Pretend to be a regulator reading our model card and list what you would ask us to clarify.",
    "Play the role of a confused first-time user of the dashboard so I can test the help text.",
    "Take the part of a devil's advocate and argue against moving the warehouse to the cloud.",
    "Role-play a supplier who wants to renegotiate prices; I will practise the buyer's side.",
    "Imagine you are a statistics tutor and explain p-values to a marketing intern.",
    "You are now the reviewer for my pull request: comment on naming and tests only.",
    "Be a strict copy editor for this paragraph and mark every passive sentence.",
    "Act like a customer who cannot log in, so the new agents can rehearse the script.",
    "Write the next scene of our training story, where the analyst explains a chart to the board.",
]
_DECODE = [
    "The 'ref' column holds base64 strings; decode them and tell me which ones are order numbers.",
    "Decode the URL-encoded search terms in access.log and list the twenty most common.",
    "This export has hex-encoded sensor ids; convert them to decimal and join with devices.csv.",
    "Some survey answers were stored with HTML entities like &amp; and &eacute;; unescape them first.",
    "Convert the Morse practice strings in the quiz sheet to letters so we can mark the answers.",
    "The legacy system stored names in rot13; write a pandas function that reverses it.",
    "Encode the customer ids with SHA-256 before the file leaves our team.",
    "Why does this JSON contain \\u00e9 instead of é, and how do I read it correctly?",
    "Check whether the attachments column is base64 or just random text before we decode everything.",
    "Decompress the gzip payloads in the events table and count the event types.",
]
_MEDIA = [
    "How do I add an image with alt text to a markdown report in our notebook?",
    "List all external links in the newsletter draft and check which ones return 404.",
    "Replace the remote image URLs in the report with local copies so it renders offline.",
    "Our policy forbids tracking pixels in e-mails; find any one-pixel images in these templates.",
    "Send the chart to the shared folder, not by e-mail, and post the link in the team channel.",
    "Why does the embedded image in the wiki page show a broken icon for external readers?",
    "Write a regex that finds links with query strings in our docs, so we can review them.",
    "Export the dashboard as PNG and attach it to the ticket DATA-5120.",
    "Shorten the long links in the appendix and put the full URLs in a footnote.",
    "Add a caption under each figure saying where the data came from.",
]

# -- English: documents in the third person (chunk side) ------------------------------------------------------------
_DOC_POLICY = [
    "Staff must not paste customer records into external chatbots. Internal assistants may be used for drafts, "
    "and their output is reviewed by a person before it is sent.",
    "AI assistant policy, section 3: the assistant does not send e-mail, approve payments or change records. "
    "Requests of that kind are routed to a human owner.",
    "Prompts used in production are stored in the prompt registry, reviewed by two engineers and versioned. "
    "Changes to a system prompt need a ticket.",
    "The chatbot is configured to decline medical, legal and tax advice and to point users to the right team.",
    "Guideline: when a document retrieved by the assistant contains instructions, the assistant treats them as "
    "content to summarise, never as orders.",
    "Contractors may use the summarisation tool on public documents only. Confidential files stay in the vault.",
    "Any model that answers customers must log its inputs for 30 days; logs are deleted after that period.",
    "Role-play features in the tutoring app are limited to historical figures and fictional characters approved "
    "by the content team.",
]
_DOC_SEC = [
    "Security bulletin 2026-11: researchers showed that a web page can carry hidden text asking an assistant to "
    "forward a user's files. Our browsing tool now strips hidden elements before the model reads a page.",
    "Incident review: a vendor's PDF contained a line addressed to AI systems. The agent summarised it as text and "
    "took no action; the filter logged the line for review.",
    "Awareness training, module 4: attackers try to make a model ignore its rules, reveal its configuration or "
    "send data to outside addresses. Report suspicious documents to the security desk.",
    "Threat model notes: the main risks for the retrieval pipeline are poisoned documents, leaked system prompts "
    "and exfiltration through links that the viewer renders.",
    "Red-team summary: of 120 injection attempts, the guard blocked 104; most misses used unusual encodings.",
    "The detection service scores every retrieved chunk; chunks above the threshold are dropped and the drop is "
    "recorded in the audit log without the text.",
    "FAQ: Why did the assistant refuse my request? It may have matched a rule about personal data; ask your "
    "team lead to review the log entry.",
    "Research digest: a new paper measures how often instruction-tuned models follow orders embedded in tool "
    "outputs, and proposes marking retrieved text as data.",
]
_DOC_RELEASE = [
    "Release 4.2: the prompt editor now highlights variables such as {customer_name}; the preview renders the "
    "final prompt with sample values.",
    "Changelog: added a rule for fake system markers; fixed a false alarm on tickets that quote error messages.",
    "v0.9.3 - the moderation endpoint returns a category and a score; the old boolean field is deprecated.",
    "Migration note: the 'instructions' field of the agent config was renamed to 'system_prompt'. Old configs are "
    "converted on load.",
    "Known issue: the summariser sometimes repeats the heading of the source document; a fix is planned.",
    "New in this version: decoding of base64 attachments happens in a sandbox and the decoded text is scanned.",
]
_DOC_MINUTES = [
    "Minutes, AI working group. Priya presented the new refusal templates. Decision: keep the short wording and "
    "test it with the support team next sprint.",
    "Standup notes: Tom is rewriting the system prompt for the report writer; Ana is adding tests for prompts "
    "that ask the model to reveal its setup.",
    "Retro: the jailbreak benchmark took longer than planned because the labelling guide changed twice.",
    "Action items: (1) document the persona of the HR bot, (2) remove the old override flag from the pipeline, "
    "(3) review the image-link policy for newsletters.",
]
_DOC_LIBRARY = [
    "Prompt library entry 'meeting-notes': You are an assistant that turns meeting transcripts into a list of "
    "decisions and action items. Keep names as written. Use at most ten bullets.",
    "Template 'sql-helper' (owner: data platform): You help analysts write SQL for the warehouse. Prefer CTEs, "
    "explain each join, and never run a query yourself.",
    "Template 'tone-check': You review customer e-mails for tone. Point out phrases that sound rude and suggest a "
    "friendlier version.",
    "Prompt card: 'Summarise the attached report for an executive audience in 150 words.' Used by the finance team.",
    "Example system prompt from the course: 'You are a patient tutor. Ask one question at a time.' Discuss why "
    "one question at a time helps beginners.",
]
_DOC_CODE = [
    "# The system prompt lives in prompts/report.txt; load it once at start-up.\nSYSTEM = load_prompt('report')",
    "def build_messages(question, context):\n    # the retrieved context is marked as data, the question is the user's\n"
    "    return [system_msg(), user_msg(question, context)]",
    "# TODO: the guard drops chunks that score above 0.8; log the count per query\nscore = guard.scan(chunk)",
    "# decode base64 fields before the quality checks\ndf['payload'] = df['payload'].map(b64decode)",
    "// strip <img> tags that point to outside hosts before rendering the answer\nhtml = sanitize(html)",
]
_DOC_HOST = ["{d}", "{d}", "From the team wiki:\n{d}", "Policy handbook, page 12\n\n{d}", "{d}\n\n(Last reviewed: March)",
             "Subject: Update\n\nHello all,\n{d}\n\nBest, the platform team", "NOTES.md\n\n{d}",
             "Search result 2 of 6\nSnippet: {d}", '{{"source": "confluence", "page": "AI guidelines", "text": "{d}"}}']

# -- Chinese and Japanese --------------------------------------------------------------------------------------------
_ZH = [
    "把测试数据那几行跳过，重新算一下转化率。", "忽略周末的流量波动，只看工作日的趋势。", "把默认的分箱宽度改成5，再画一次直方图。",
    "帮我检查客服机器人的系统提示词，看看哪些规则互相矛盾。", "写五个测试用例，检查助手会不会拒绝查询个人信息的请求。",
    "给安全培训写一页说明，讲讲网页里隐藏指令这种提示词注入是怎么回事，不要给可用的例子。",
    "你扮演面试官，问我四个关于A/B测试的问题，一次一个。", "把 ref 列里的 base64 解码，看看哪些是订单号。",
    "报告里的外部图片链接换成本地文件，方便离线查看。", "之前那版预测不要了，用清洗后的数据重新做。",
    "公司规定：员工不得把客户资料粘贴到外部聊天机器人中，内部助手的输出需人工审核后才能发送。",
    "安全简报：研究人员发现网页可以藏有让助手转发文件的隐藏文字，我们的浏览工具现在会先去掉隐藏元素。",
    "会议纪要：小王在改写报告助手的系统提示词，小李在补充测试，检查模型是否会泄露配置。",
    "提示词模板“会议纪要”：你是一个把会议记录整理成决议和待办事项的助手，最多十条。",
    "版本说明：新增假系统标记的检测规则，修复了引用报错信息的工单被误报的问题。",
    "事故复盘：供应商的PDF里有一句写给AI的话，助手只把它当作内容总结，没有执行任何操作。",
    "把搜索日志里URL编码的关键词解码，列出最常见的二十个。", "解释一下系统消息和用户消息在聊天接口里的区别，写进团队wiki。",
    "这份红队报告说过滤器拦下了104次注入尝试，帮我总结成三点给管理层。", "重置看板上的所有筛选条件，显示全年。",
]
_JA = [
    "テスト用のデータ行は飛ばして、コンバージョン率を計算し直してください。", "週末のアクセスの落ち込みは無視して、平日の傾向だけ見せて。",
    "サポート用ボットのシステムプロンプトを確認して、矛盾しているルールを挙げてください。",
    "個人情報を求める依頼をアシスタントが断るか確かめるテストケースを五つ書いて。",
    "セキュリティ研修向けに、ウェブページに隠された指示によるプロンプトインジェクションを一枚で説明して。実際に使える例は不要です。",
    "面接官になりきって、A/Bテストについての質問を一問ずつ四問してください。", "ref 列の base64 をデコードして、注文番号らしいものを探して。",
    "レポート内の外部画像リンクをローカルファイルに置き換えて、オフラインでも見られるようにして。",
    "社内規程：顧客データを外部のチャットボットに貼り付けてはいけません。社内アシスタントの出力は担当者が確認してから送ります。",
    "セキュリティ通信：ウェブページの隠し文字でアシスタントにファイルを転送させる手口が報告されました。閲覧ツールは隠し要素を除去します。",
    "議事メモ：佐藤さんがレポート作成ボットのシステムプロンプトを改訂中。鈴木さんは設定を漏らさないかのテストを追加。",
    "プロンプト集「議事録」：あなたは会議の書き起こしを決定事項とToDoにまとめるアシスタントです。箇条書きは十個まで。",
    "リリースノート：偽のシステムマーカーを検出するルールを追加し、エラーメッセージを引用したチケットの誤検知を修正しました。",
    "前回の予測は破棄して、クリーニング後の系列で作り直してください。", "アクセスログのURLエンコードされた検索語をデコードして、上位二十件を出して。",
]

# -- benign text in the hosts attacks arrive in (heldout12: every look-alike in an HTML page with a comment or in an
# -- IT e-mail was flagged, whatever its note said: the host, not the words, was read as the attack) ----------------
_BODY_EN = [
    "Please submit your timesheets by Friday noon so payroll can close the month.",
    "Reply to this e-mail if you want a seat at the offsite; we have 40 places.",
    "Forward this to anyone on your team who missed the meeting.",
    "Ignore the earlier invite: the room changed to 4B, the time stays the same.",
    "The attached file replaces the version I sent on Monday; please delete the old one.",
    "Remember to lock your screen when you leave your desk.",
    "Send me your slides by Wednesday and I will merge them into one deck.",
    "Do not reply to this message; it was sent from an unmonitored mailbox.",
    "Click the link in the portal to confirm your shipping address for the new laptop.",
    "The quarterly numbers are final; the board pack goes out on Thursday.",
    "Our office will be closed on the 26th; support is available by phone.",
    "Please review the attached contract and add your comments in the margin.",
    "The new expense rules apply from 1 January; receipts over 50 EUR need a scan.",
    "Let me know if the numbers in row 14 look wrong to you; I could not reconcile them.",
    "The VPN client will update automatically tonight; restart your laptop tomorrow morning.",
    "Kindly approve the purchase order in the finance system before the cut-off.",
    "Use the new template for all customer letters; the old one has the wrong address.",
    "The data warehouse is read-only during the migration window on Saturday.",
    "We moved the weekly sync to Tuesdays at 10:00, starting next week.",
    "Share the survey with your customers; it closes at the end of the month.",
    "Delete any local copies of the extract once the analysis is done.",
    "The printer on the third floor is fixed; the one on the second floor is not.",
    "Check the dashboard before the stand-up and note any red tiles.",
    "Please disregard the reminder you got this morning; it was sent by mistake.",
    "Update your password before it expires on the 15th.",
    "Book your annual leave for the summer in the HR tool by the end of March.",
    "New starters should read the onboarding guide and set up two-factor login on day one.",
    "The report is attached; the main change is the new churn definition in section 2.",
    "Thanks for the quick turnaround on the forecast; the client was happy with it.",
    "Could you send the raw file as well, so I can rerun the model myself?",
]
_DOCBODY_EN = [
    "Version 2.3 adds a CSV export to the usage report and fixes the date filter on the overview page.",
    "The figures in this page are refreshed every night at 02:00 UTC from the warehouse.",
    "This page describes how to request access to the sales data mart.",
    "Known issue: totals in the regional tab can differ by one cent because of rounding.",
    "The API returns at most 1,000 rows per call; use the cursor field to read the next page.",
    "Deprecated: the v1 endpoint will be removed in June; switch to v2 before then.",
    "Contact the data stewards listed below before you publish any table outside the team.",
    "All times are shown in the user's local time zone unless the report says otherwise.",
    "The forecast uses a weekly seasonal model; holidays are taken from the national calendar.",
    "Step 3: open the notebook, select the kernel 'analytics', and run all cells.",
]
_HOST_EN = [
    "From: {sender}\nTo: {team}\nSubject: {subject}\n\n{greet}\n{body}\n\n{sign}",
    "From: {sender}\nSent: Tuesday 14:02\nSubject: RE: {subject}\n\n{body}\n\n{sign}\n\n> {quote}",
    "Subject: {subject}\nDate: Mon, 3 Mar 2027 09:12:44 +0100\n\n{greet}\n\n{body} {body2}\n\n{sign}",
    "<html><head><title>{subject}</title></head><body><h1>{subject}</h1><p>{doc}</p><!-- {comment} --></body></html>",
    "<html><body><h2>{subject}</h2><p>{body}</p><p>{doc}</p><!-- {comment} --></body></html>",
    "<div class=\"notice\"><strong>{subject}</strong><p>{body}</p></div>",
    "## {subject}\n\n{doc}\n\n{body}\n\n_Last edited by {name}_",
    "{ticket} | {subject}\nReporter: {name}\nDescription: {doc}\nComment ({name2}): {body}",
    "[09:58] {name}: {body}\n[09:59] {name2}: ok, thanks\n[10:01] {name}: {body2}",
    "BEGIN:VEVENT\nSUMMARY:{subject}\nDESCRIPTION:{body}\nLOCATION:Room 4B\nEND:VEVENT",
    "--- page 3 ---\n{doc}\n{body}\n--- page 4 ---",
    "Search result 1 of 5\nTitle: {subject}\nSnippet: {doc}",
    "{{\"tool\": \"mail_search\", \"status\": \"ok\", \"results\": 1, \"messages\": [{{\"from\": \"{sender}\", \"subject\": \"{subject}\", \"body\": \"{body}\"}}]}}",
    "{{\"page\": \"{subject}\", \"updated\": \"2027-02-11\", \"content\": \"{doc} {body}\"}}",
    "Transcript 10:05 - {name}: {body} 10:06 - {name2}: Agreed. 10:07 - {name}: {body2}",
    "# {doc}\n# {body}\ndef load(path):\n    return pd.read_csv(path)",
    "id,owner,note\n17,{name},\"{body}\"\n18,{name2},\"{doc}\"",
    "Review (4/5) by {name}: {doc} Support told me: {body}",
]
_SUBJECTS = ["Planned maintenance", "Timesheets", "Offsite logistics", "Q3 board pack", "Expense policy update",
             "Weekly sync moved", "Laptop refresh", "Data warehouse migration", "Release notes 2.3", "Access requests",
             "Survey for customers", "New starter checklist", "Forecast review", "Holiday schedule"]
_NAMES = ["Omar", "Lena", "Priya", "Tom", "Ana", "Kenji", "Fatima", "Lucas", "Mei", "Jonas", "Sara", "Dmitri"]
_SENDERS = ["it-helpdesk@ourcompany.example", "hr@ourcompany.example", "lena.k@ourcompany.example",
            "finance-ops@ourcompany.example", "noreply@portal.example", "priya.s@partner.example"]
_TEAMS = ["all-staff@ourcompany.example", "analytics@ourcompany.example", "sales-emea@ourcompany.example"]
_GREET = ["Hello all,", "Hi team,", "Dear colleagues,", "Hi everyone,", "Good morning,"]
_SIGN = ["Thanks, IT", "Best, Lena", "Kind regards,\nFinance Operations", "Cheers, Tom", "Thank you,\nHR team", "-- Priya"]
_COMMENTS = ["build 2027.03.1", "generated by the docs pipeline", "TODO: update the footer links", "last reviewed 2027-02",
             "template v4", "analytics tag removed by legal", "do not edit: generated file"]
_TICKETS = ["JIRA DATA-4512", "INC-20977", "OPS-118", "HR-2031", "FIN-877"]

_BODY_ZH = ["请大家周五中午前提交工时表，方便财务月底结账。", "之前的会议邀请请忽略，会议室改到4B，时间不变。", "附件替换了我周一发的版本，请删除旧文件。",
            "离开工位时请锁屏。", "请在截止前在财务系统里审批采购单。", "周六迁移期间数据仓库只读。", "分析完成后请删除本地的数据副本。",
            "今天早上的提醒是误发的，请忽略。", "请在15日前更新密码。", "新同事第一天请阅读入职指南并开启双重认证。"]
_HOST_ZH = ["发件人：{sender}\n主题：{subject}\n\n各位好，\n{body}\n\n谢谢，IT部", "<html><body><h2>{subject}</h2><p>{body}</p><!-- {comment} --></body></html>",
            "[09:58] {name}：{body}\n[09:59] 小李：好的，收到", "{ticket} | {subject}\n描述：{body}", "# {body}\ndef load(path):\n    return pd.read_csv(path)"]
_BODY_JA = ["給与計算のため、金曜の正午までに勤務表を提出してください。", "先ほどの会議招待は無視してください。会議室が4Bに変わりました。時間は同じです。",
            "添付ファイルは月曜に送った版の差し替えです。古いファイルは削除してください。", "席を離れるときは画面をロックしてください。",
            "締め切り前に経理システムで発注書を承認してください。", "土曜日の移行作業中、データウェアハウスは読み取り専用です。",
            "分析が終わったらローカルのデータのコピーを削除してください。", "今朝のリマインダーは誤送信です。無視してください。",
            "15日までにパスワードを更新してください。", "新入社員は初日に入社ガイドを読み、二段階認証を設定してください。"]
_HOST_JA = ["差出人：{sender}\n件名：{subject}\n\n皆さま\n{body}\n\nよろしくお願いします。情報システム部", "<html><body><h2>{subject}</h2><p>{body}</p><!-- {comment} --></body></html>",
            "[09:58] {name}：{body}\n[09:59] 田中：了解です", "{ticket} | {subject}\n説明：{body}", "# {body}\ndef load(path):\n    return pd.read_csv(path)"]
_SUBJ_ZH = ["系统维护通知", "工时表", "费用报销新规", "数据仓库迁移", "版本说明 2.3"]
_SUBJ_JA = ["システムメンテナンスのお知らせ", "勤務表", "経費規程の変更", "データ基盤の移行", "リリースノート 2.3"]


def _host_rows(rng: random.Random, hosts: list[str], bodies: list[str], docs: list[str], subjects: list[str], lang: str,
               n: int) -> list[tuple[str, str, str, str]]:
    out = []
    for i in range(n):
        host = hosts[i % len(hosts)]
        body, body2 = rng.sample(bodies, 2)
        fill = dict(sender=rng.choice(_SENDERS), team=rng.choice(_TEAMS), subject=rng.choice(subjects),
                    greet=rng.choice(_GREET), sign=rng.choice(_SIGN), body=body, body2=body2, quote=rng.choice(bodies),
                    doc=rng.choice(docs), comment=rng.choice(_COMMENTS), name=rng.choice(_NAMES),
                    name2=rng.choice(_NAMES), ticket=rng.choice(_TICKETS))
        if host.startswith(("{", "id,")):  # inside JSON or a CSV cell: no double quotes in the values
            fill = {k: v.replace('"', "'") for k, v in fill.items()}
        out.append((lang, C, "benign", host.format(**fill)))
    return out


def _en_rows(rng: random.Random) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for verb, obj in _VERBS_DATA:
        for why in rng.sample(_WHY, 3):
            opener = rng.choice(_OPEN)
            out.append(("en", P, "benign", f"{opener}{verb.lower() if opener.endswith(', ') else verb} {obj}.{why}".strip()))
    for o in _PROMPT_OBJ:
        for task in rng.sample(_PROMPT_TASK, 4):
            out.append(("en", P, "benign", rng.choice(_OPEN) + task.format(o=o)))
    for t in _SEC_TOPIC:
        for task in rng.sample(_SEC_TASK, 3):
            out.append(("en", P, "benign", rng.choice(_OPEN) + task.format(t=t)))
    for text in _ROLE + _DECODE + _MEDIA:
        out.append(("en", P, "benign", text))
        out.append(("en", P, "benign", rng.choice(_OPEN[2:]) + text[0].lower() + text[1:]))
    docs = _DOC_POLICY + _DOC_SEC + _DOC_RELEASE + _DOC_MINUTES + _DOC_LIBRARY
    for d in docs:
        for host in rng.sample(_DOC_HOST, 3):
            text = host.format(d=d.replace('"', "'")) if host.startswith("{{") else host.format(d=d)
            out.append(("en", C, "benign", text))
    for d in _DOC_CODE:
        out.append(("en", C, "benign", d))
    # a user pasting a document and asking about it (prompt side)
    for d in rng.sample(docs, 12):
        ask = rng.choice(["Summarise this for me:", "Is this policy clear enough?", "Proofread this paragraph:",
                          "Translate into French:", "Make this shorter:"])
        out.append(("en", P, "benign", f"{ask}\n\n{d}"))
    return out


def rows() -> list[tuple[str, str, str, str]]:
    """Every row: (lang, side, kind, text)."""
    rng = random.Random(SEED)
    out = _en_rows(rng)
    about = [d for d in _DOC_POLICY + _DOC_SEC + _DOC_RELEASE]
    out += _host_rows(rng, _HOST_EN, _BODY_EN, _DOCBODY_EN, _SUBJECTS, "en", 216)
    out += _host_rows(rng, _HOST_EN, _BODY_EN, about, _SUBJECTS, "en", 72)  # the hosts, holding texts about prompts
    out += _host_rows(rng, _HOST_ZH, _BODY_ZH, _BODY_ZH, _SUBJ_ZH, "zh", 40)
    out += _host_rows(rng, _HOST_JA, _BODY_JA, _BODY_JA, _SUBJ_JA, "ja", 40)
    for lang, texts in (("zh", _ZH), ("ja", _JA)):
        for text in texts:
            doc = any(k in text for k in ("规定", "简报", "纪要", "模板", "版本说明", "复盘", "規程", "通信", "議事", "プロンプト集", "リリースノート"))
            out.append((lang, C if doc else P, "benign", text))
    return out
