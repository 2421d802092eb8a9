"""Over-redaction: ordinary text, band and product names, column names, dates, amounts, percentages."""

import re

import pytest

from .conftest import assert_not_found

ANALYST_TEXT = [
    "Pearl Jam, Arctic Monkeys and Iron Maiden sold out; merchandise revenue rose 14% to $2.3 million.",
    "Compare Power BI, Tableau Server and Looker Studio for the Q3 dashboard refresh.",
    "The columns First Name, Last Name, Order Date, Ship Mode and Unit Price are empty for 2,418 rows.",
    "Group by Region and Segment, then plot Monthly Active Users from January 2023 to June 2024.",
    "Forecast demand for the Galaxy S24 and the iPhone 15 Pro using the last 8 quarters.",
    "Margins at Procter & Gamble and Unilever fell 3.5 percentage points in fiscal 2023.",
    "Rename Customer Segment to Tier, drop Discount Rate, and keep Net Promoter Score.",
    "The Rolling Stones catalogue and the Grateful Dead archive streamed 1.2 billion times.",
    "Churn in the Premium Plus plan was 4.1% in March, versus 3.8% for Basic.",
    "Summarise the Annual Report sections on Risk Factors and Capital Allocation.",
    "请用Python统计2023年各季度的销售额，并画出折线图。",
    "营业收入增长了15%，毛利率为32.5%，同比提高2个百分点。",
]


@pytest.mark.parametrize("text", ANALYST_TEXT)
def test_no_person_in_analyst_text(privacy, text):
    assert_not_found(privacy, text, "PERSON")


def test_dates_amounts_percentages_are_kept(privacy, vault):
    text = "On 3 March 2024 revenue was €1,250,000 (up 12.5%), and 2025-01-31 is the deadline."
    red = privacy.redact(text, vault)
    for kept in ("3 March 2024", "€1,250,000", "12.5%", "2025-01-31"):
        assert kept in red.text


def test_words_changed_outside_personal_data_under_two_percent(privacy):
    words = changed = 0
    for text in ANALYST_TEXT:
        red = privacy.redact(text, privacy.new_vault())
        spans = [(e.start, e.end) for e in red.entities if e.action != "keep"]
        for w in re.finditer(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+", text):
            words += 1
            changed += any(s < w.end() and w.start() < e for s, e in spans)
    assert changed / words <= 0.02, f"{changed}/{words} words changed"


def test_an_address_ends_at_its_sentence(privacy, vault):
    red = privacy.redact("Please ship it to 12 Ongoing Way. Thanks, that is all.", vault)
    assert "Ongoing" not in red.text and red.text.endswith(" Thanks, that is all.")
