import time

import workbench.privacy as wp
from workbench.errors import RedactionBlocked, RedactionError
from workbench.errors import __all__ as errors_all


def test_public_names_exactly():
    assert sorted(wp.__all__) == sorted(
        ["ACTIONS", "DEFAULT_POLICY", "ENTITY_TYPES", "Entity", "Privacy", "Redaction", "Restorer", "SessionVault"]
    )
    assert "RedactionError" in errors_all and "RedactionBlocked" in errors_all
    assert issubclass(RedactionBlocked, RedactionError)


NO_PII = [
    "What were total sales in Germany in Q3 2023 compared to Q3 2022?",
    "Write a SQL query that sums revenue by region and month for 2023.",
    "Revenue grew 12% to $4.5 million in fiscal 2023; is that above average?",
    "请总结2023年第三季度的销售情况，并与去年同期比较。",
    "今年的营业收入增长了15%，净利润率是多少？",
    "",
    "   ",
]


def test_prompts_without_pii_unchanged_byte_for_byte(privacy, vault):
    for text in NO_PII:
        red = privacy.redact(text, vault)
        assert red.text is text or red.text == text
        assert red.counts == {}


def test_warm_returns_at_once(privacy):
    t = time.perf_counter()
    privacy.warm()
    assert time.perf_counter() - t < 0.5
    assert privacy.ready


def test_per_call_latency_is_tens_of_ms(privacy, vault):
    text = ("Contact Olivia James at olivia@example.com about the quarterly revenue report. " * 16)
    privacy.redact(text, vault)
    t = time.perf_counter()
    for _ in range(3):
        privacy.redact(text, vault)
    assert (time.perf_counter() - t) / 3 < 0.5  # generous: a loaded 2-core CI machine
