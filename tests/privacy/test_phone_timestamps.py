"""A log line's timestamp is no phone number (HELD-OUT-6, seen: "2026-04-02 10:15:22" became
<PHONE_NUMBER_1>:15:22 in English and Chinese log lines). Values written for this test."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


@pytest.mark.parametrize("text", [
    "2025-11-30 23:59:01 ERROR export failed for job 7",
    "[2024-02-29 08:05:44] WARN retry scheduled",
    "ts=2023/07/14 16:20:00 level=info msg=loaded",
    "14.07.2023 16:20:00 Import abgeschlossen",
    "2026-01-05T09:30:12Z INFO cache warmed",
    "2025-11-30 23:59:01 短信发送失败，稍后重试",
])
def test_a_timestamp_is_sent_as_written(privacy: Privacy, text: str) -> None:
    red = privacy.redact(text, privacy.new_vault())
    assert "PHONE" not in red.text, red.text


def test_a_phone_after_a_timestamp_is_still_found(privacy: Privacy) -> None:
    text = "2025-11-30 23:59:01 INFO callback requested, tel +44 20 7946 0958"
    red = privacy.redact(text, privacy.new_vault())
    assert red.text.startswith("2025-11-30 23:59:01") and "7946" not in red.text, red.text
