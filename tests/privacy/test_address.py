import pytest

from .conftest import assert_found


@pytest.mark.parametrize(
    "value",
    ["123 Main Street, Springfield, IL 62704", "0487 Hopkins Plains Suite 112", "PSC 1234, Box 5678"],
)
def test_us_street_address(privacy, value):
    assert_found(privacy, f"Send it to {value} please.", "ADDRESS", value)


def test_cn_address(privacy):
    value = "北京市朝阳区建国路88号"
    assert_found(privacy, f"他住在{value}。", "ADDRESS", value)
    red = privacy.redact(f"他住在{value}。", privacy.new_vault())
    assert red.text.startswith("他住在<ADDRESS_1>")  # the verb is not swallowed
