"""Round nine's written benign near misses (training only): what analysts' documents and requests say in the
second person without giving the assistant an order. Written for the CLASS the round-eight weights misread as
chunks (docs/guard.md, "Round nine: training data, classifier and the flag line"): staff manuals, service
playbooks and style guides that tell a human reader how to answer ("read the customer's question carefully"),
onboarding and hand-over notes that give a person a new role ("you are now responsible for ..."), exam and
workshop instructions ("imagine you are a customer ..."), product notes about what an assistant can and cannot do,
and the requests a user types about formatting an answer. None is a test's string (tests/guard keeps its own).

``rows() -> [(lang, side, text)]``: side "chunk" (a retrieved document) or "prompt" (what the user types).
"""

from __future__ import annotations

C, P = "chunk", "prompt"

_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (C, "Service playbook, section 2: read each customer's message twice before you reply, and answer in a "
            "friendly, plain tone."),
        (C, "When you answer a complaint, start with an apology and end with the ticket number."),
        (C, "New hires: you are now the owner of the weekly churn dashboard; update it every Monday by 10:00."),
        (C, "From today you are responsible for the supplier invoices of the Nordic region."),
        (C, "Workshop exercise: imagine you are a first-time visitor to the store and list what confuses you."),
        (C, "Role-play exercise for trainees: you play the customer, your partner plays the support agent."),
        (C, "Style guide: begin every report with a one-line summary and keep paragraphs under five sentences."),
        (C, "Your reply to the auditor must cite the policy number and the date it came into force."),
        (C, "The chat assistant in the portal cannot see payment data and answers from the help centre only."),
        (C, "Our assistant does not remember earlier sessions; each conversation starts empty."),
        (C, "Describe the responsibilities you were assigned in your last performance review."),
        (C, "Pretend you are the finance director reading this memo: which number would you question first?"),
        (C, "Please keep your answers to the survey short; the whole form takes five minutes."),
        (C, "Before you reset a customer's password, confirm their identity with two of the security questions."),
        (C, "Exam instructions: answer every question, write in ink, and hand in the sheet when time is called."),
        (C, "If a caller asks for the admin password, refuse politely and open a security ticket."),
        (C, "Hand-over note: you now cover the Berlin accounts while Priya is on leave."),
        (C, "Tip for reviewers: ignore formatting issues in the first draft and focus on the numbers."),
        (C, "Disregard the older version of this table; the figures below replace it."),
        (C, "You are welcome to forward this newsletter to colleagues who work on pricing."),
        (C, "Start your presentation with the results, then explain the method."),
        (C, "Agents should answer within one business day and never promise a refund before approval."),
        (C, "Support macro 14: thank the customer, restate the problem, give the next step."),
        (C, "As the new team lead you will approve holiday requests in the HR portal."),
        (P, "Start the summary with a table of the three largest cost drivers."),
        (P, "Imagine you are a new analyst on the team: which of these metrics would you find unclear?"),
        (P, "Answer in at most 150 words and use bullet points."),
        (P, "Act as a reviewer for this SQL query and point out slow joins."),
        (P, "Please reply in the tone of a formal letter to the landlord."),
        (P, "What role does the assistant manager play in the approval flow?"),
    ),
    "zh": (
        (C, "客服手册第二章：回复前请仔细阅读客户的留言，用礼貌、简洁的语言回答。"),
        (C, "处理投诉时，先向客户致歉，最后附上工单编号。"),
        (C, "从本月起，你负责华东区的供应商对账工作。"),
        (C, "新员工须知：你现在是周报的负责人，每周一上午十点前更新。"),
        (C, "培训练习：假设你是第一次来店的顾客，写下让你困惑的地方。"),
        (C, "写作规范：每份报告开头先用一句话概括结论。"),
        (C, "本系统的智能助手无法查看支付信息，只根据帮助中心的内容回答。"),
        (C, "如果来电者索要管理员密码，请礼貌拒绝并提交安全工单。"),
        (C, "交接说明：王经理休假期间，由你接手上海的客户。"),
        (C, "请忽略旧版表格，以下数据为最新版本。"),
        (C, "考试说明：请回答所有题目，时间到后交卷。"),
        (C, "审核人员请先关注数字是否准确，格式问题可以稍后处理。"),
        (C, "重置客户密码之前，请先通过两个安全问题核实身份。"),
        (C, "回复审计意见时，请注明制度编号和生效日期。"),
        (P, "请用三条要点总结这份季度报告，开头先给结论。"),
        (P, "假设你是刚入职的分析师，这些指标里哪些最难理解？"),
        (P, "请用正式信函的语气回复房东。"),
        (P, "告诉我报销流程需要哪些审批。"),
    ),
    "ja": (
        (C, "接客マニュアル第2章：お客様のメッセージを最後まで読んでから、丁寧な言葉で返信しましょう。"),
        (C, "苦情への対応では、最初にお詫びを伝え、最後に受付番号を記載してください。"),
        (C, "今月から、あなたは関西エリアの請求書チェックを担当します。"),
        (C, "新入社員の方へ：週次レポートの担当はあなたです。毎週月曜の10時までに更新してください。"),
        (C, "研修課題：初めて来店したお客様になったつもりで、分かりにくい点を書き出してください。"),
        (C, "文書作成ルール：報告書の冒頭には必ず一文の要約を置くこと。"),
        (C, "ポータルのチャットアシスタントは支払い情報を参照できず、ヘルプセンターの内容だけで回答します。"),
        (C, "電話で管理者パスワードを求められた場合は、丁寧にお断りしてセキュリティ窓口に連絡してください。"),
        (C, "引き継ぎメモ：佐藤さんの休暇中は、あなたが名古屋の取引先を担当します。"),
        (C, "旧版の表は無視してください。以下の数値が最新です。"),
        (C, "試験の注意：すべての設問に答え、終了の合図で解答用紙を提出してください。"),
        (C, "お客様のパスワードを再設定する前に、秘密の質問で本人確認を行ってください。"),
        (C, "アンケートへの回答は簡潔にお願いします。所要時間は約5分です。"),
        (C, "監査への回答には、規程番号と施行日を必ず記載してください。"),
        (P, "この四半期報告を3つの要点でまとめてください。最初に結論を書いてください。"),
        (P, "新しく入ったアナリストの立場で、分かりにくい指標を挙げてください。"),
        (P, "大家さんへの返信を、丁寧なビジネス文書の形で書いてください。"),
        (P, "経費精算にはどの承認が必要か教えてください。"),
    ),
    "ru": (
        (C, "Теперь вы отвечаете за закупки в северо-западном регионе; отчёт сдаётся каждую пятницу."),
        (C, "С понедельника ты ведёшь ежемесячный отчёт по оттоку клиентов."),
        (C, "Памятка оператору: внимательно прочитайте вопрос клиента и ответьте вежливо и коротко."),
        (C, "Какие документы нужно обновить по новой политике хранения данных?"),
        (C, "Представьте, что вы впервые открыли этот отчёт: что вам непонятно?"),
        (C, "Не учитывайте старую версию таблицы: ниже приведены актуальные цифры."),
        (P, "Составь короткое письмо поставщику о задержке оплаты."),
        (P, "Ответь в трёх пунктах: какие риски у этого проекта?"),
    ),
    "de": (
        (C, "Ab sofort sind Sie für die Lieferantenrechnungen der Region Süd verantwortlich."),
        (C, "Servicehandbuch: Lesen Sie jede Kundenanfrage sorgfältig und antworten Sie freundlich."),
        (C, "Bitte ignorieren Sie die alte Preisliste; ab Juli gilt die neue."),
        (C, "Stellen Sie sich vor, Sie sehen das Dashboard zum ersten Mal: was ist unklar?"),
        (P, "Beginne die Zusammenfassung mit den drei wichtigsten Kennzahlen."),
        (P, "Schreib eine höfliche Absage für das Meeting am Freitag."),
    ),
    "es": (
        (C, "A partir de hoy usted es responsable de las facturas de proveedores de la zona norte."),
        (C, "Manual de atención: lea con atención la consulta del cliente y responda con amabilidad."),
        (C, "Ignore la versión anterior de la tabla; las cifras de abajo la sustituyen."),
        (C, "Imagine que es un cliente nuevo que ve este panel por primera vez."),
        (P, "Empieza el resumen con una tabla de los tres mayores costes."),
        (P, "Responde en menos de 100 palabras."),
    ),
    "pt": (
        (C, "A partir de agora você é responsável pelo relatório trimestral de vendas."),
        (C, "Manual do atendente: leia a mensagem do cliente com atenção e responda com educação."),
        (C, "Desconsidere a versão antiga da planilha; os números abaixo a substituem."),
        (P, "Comece o resumo com os três principais indicadores."),
    ),
    "fr": (
        (C, "Désormais, vous êtes responsable du rapport trimestriel des ventes."),
        (C, "Guide du conseiller : lisez attentivement la question du client et répondez poliment."),
        (C, "Ne tenez pas compte de l'ancienne version du tableau ; les chiffres ci-dessous la remplacent."),
        (P, "Commence le résumé par un tableau des trois coûts principaux."),
    ),
}
#: A second batch (05:15 UTC), for the classes the first retrain still misread: tool and API documentation that
#: names what a tool does, security advice in the imperative, statements that something has no limit, hand-over
#: notes in Russian, short requests in Portuguese and Spanish.
_ROWS2: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (C, "The export_report tool writes this week's sales figures to the shared drive for the finance team."),
        (C, "The search_tickets tool returns the open tickets of one customer, newest first."),
        (C, "The send_invoice tool e-mails a PDF invoice to the billing contact on file."),
        (C, "The reset_password tool is available to the service desk after the caller's identity is verified."),
        (C, "Never paste customer passwords into a ticket; use the vault link instead."),
        (C, "Never commit API keys to the repository; keep them in the environment."),
        (C, "Do not print personal data in the application log."),
        (C, "There is no limit on the number of dashboards a team can create."),
        (C, "The premium plan has no restrictions on storage or users."),
        (C, "Write a lesson plan on the history of tax evasion law for a first-year course."),
        (C, "Don't forget your badge: the office doors lock at 19:00."),
    ),
    "ru": (
        (C, "Ограничений на количество отчётов в месяц нет."),
        (C, "Теперь ты отвечаешь за сверку счетов поставщиков, Ольга передаёт дела в пятницу."),
        (C, "С этого квартала вы ведёте бюджет отдела маркетинга."),
        (C, "Никогда не публикуйте пароли в общем чате; используйте хранилище секретов."),
        (C, "Отвечайте клиенту в течение одного рабочего дня."),
        (C, "Инструмент export_report выгружает продажи за неделю в общую папку."),
        (P, "Подготовь краткую сводку по продажам за квартал."),
    ),
    "pt": (
        (C, "Me manda o relatório de vendas de outubro quando puder."),
        (C, "Confira o endereço de entrega antes de liberar o pedido."),
        (C, "Não esqueça de anexar o comprovante ao chamado."),
        (P, "Me passa a lista de pedidos atrasados desta semana."),
    ),
    "es": (
        (C, "Pásame el informe de ventas de octubre cuando puedas."),
        (C, "No hay límite de usuarios en el plan empresarial."),
    ),
    "zh": (
        (C, "不要忘记在周五前提交报销单。"),
        (C, "export_report 工具会把本周的销售数据导出到共享盘。"),
        (C, "请勿在日志中打印用户的手机号。"),
        (C, "企业版对存储空间没有限制。"),
    ),
    "ja": (
        (C, "export_report ツールは今週の売上データを共有フォルダに書き出します。"),
        (C, "ログに個人情報を出力しないでください。"),
        (C, "法人プランでは保存容量に制限はありません。"),
        (C, "社員証を忘れないでください。19時に入口が施錠されます。"),
    ),
}


def rows() -> list[tuple[str, str, str]]:
    """Every row as (lang, side, text)."""
    return [(lang, side, text) for table in (_ROWS, _ROWS2) for lang, items in table.items() for side, text in items]
