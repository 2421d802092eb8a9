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


@pytest.mark.parametrize(
    "value",
    ["17 Via Cavour", "20 rue de l'Epeule", "Via dei Mille 4, 20121 Milano", "Ulf-Beckmann-Straße 724, 23670 Eckernförde",
     "Avenida da Liberdade 110, 1250-146 Lisboa", "Kungsgatan 12, 111 43 Stockholm", "Rautatienkatu 33, 89400 Hyrynsalmi"],
)
def test_european_street_addresses(privacy, value):
    assert_found(privacy, f"Our new office is at {value}.", "ADDRESS", value.split(",")[0])
    assert value not in privacy.redact(f"Our new office is at {value}.", privacy.new_vault()).text


def test_multi_line_block_is_one_address(privacy, vault):
    text = "Deliver to:\nFlat 4\n27 Queens Road\nBristol\nBS8 1QU\n\nThanks"
    red = privacy.redact(text, vault)
    for part in ("Flat 4", "27 Queens Road", "Bristol", "BS8 1QU"):
        assert part not in red.text
    assert red.text.endswith("\n\nThanks")


def test_quoted_address_block(privacy, vault):
    text = "> Please send it to\n> 8 rue des Lilas\n> 69003 Lyon\n> France"
    red = privacy.redact(text, vault)
    assert "Lilas" not in red.text and "69003" not in red.text and "Lyon" not in red.text
    assert red.text.startswith("> Please send it to\n> ")  # the quote marks stay


@pytest.mark.parametrize("value", ["广东省深圳市南山区科技园路18号", "27439 桃園市平和巷73號8樓"])
def test_cn_and_tw_addresses(privacy, value):
    assert_found(privacy, f"收货地址：{value}", "ADDRESS", value)


@pytest.mark.parametrize(
    "text,parts",
    [
        ("Calle Mayor, 23, 28013 Madrid", ["Mayor", "28013", "Madrid"]),
        ("Rua Augusta, 123, 1100-048 Lisboa", ["Augusta", "1100-048", "Lisboa"]),
        ("Kerkstraat 12\n1234 AB Amsterdam", ["Kerkstraat", "1234 AB", "Amsterdam"]),
        ("Apt. 743 1 Johnson Arcade\nPort Glendachester, ACT, 8377", ["743", "Johnson", "Glendachester", "8377"]),
        ("12 Main Street, Dublin D02 X285", ["12 Main", "D02 X285"]),
    ],
)
def test_national_address_formats(privacy, vault, text, parts):
    red = privacy.redact(f"Ship to {text}", vault)
    for part in parts:
        assert part not in red.text, f"{part!r} leaked: {red.text!r}"
