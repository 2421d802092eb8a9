import pytest

from .conftest import assert_found

GHP = "ghp_" + "A1b2C3d4E5" * 3 + "f6G7h8"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabcDEF==\n-----END RSA PRIVATE KEY-----"


@pytest.mark.parametrize(
    "entity,value",
    [
        ("API_KEY", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"),
        ("API_KEY", "AKIAIOSFODNN7EXAMPLE"),
        ("ACCESS_TOKEN", GHP),
        ("ACCESS_TOKEN", JWT),
        ("PRIVATE_KEY", PEM),
    ],
)
def test_secret_found(privacy, entity, value):
    assert_found(privacy, f"Why does this fail? {value} thanks", entity, value)


@pytest.mark.parametrize(
    "text,value",
    [
        ("mysql://root:Tr0ub4dor&3@10.0.0.8:3306/crm", "Tr0ub4dor&3"),
        ("DATABASE_URL=postgresql://app:s3cr3t!@db/app", "s3cr3t!"),
        ("password=hunter2", "hunter2"),
        ("数据库密码：Abc12345", "Abc12345"),
    ],
)
def test_password_found(privacy, text, value):
    assert_found(privacy, text, "PASSWORD", value)
