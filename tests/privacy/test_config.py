"""[privacy] ner_model and deny."""

from types import SimpleNamespace

import pytest

from workbench.config import PrivacySettings
from workbench.errors import ConfigError
from workbench.privacy import Privacy


def test_default_model_is_the_medium_one():
    assert PrivacySettings().ner_model == "en_core_web_md"
    assert Privacy(PrivacySettings()).ner_model == "en_core_web_md"


def test_unknown_model_fails_closed():
    with pytest.raises(ConfigError, match="ner_model"):
        Privacy(SimpleNamespace(ner_model="en_core_web_xl"))


def test_deny_list_is_always_pseudonymised():
    privacy = Privacy(SimpleNamespace(deny=["Project Bluebird", "ADDRESS:Building 7"]))
    red = privacy.redact("Project Bluebird moves to Building 7 in May.", privacy.new_vault())
    assert "Bluebird" not in red.text and "Building 7" not in red.text
    assert red.counts == {"PERSON": 1, "ADDRESS": 1}


def test_deny_with_unknown_type_fails_closed():
    with pytest.raises(ConfigError, match="deny"):
        Privacy(SimpleNamespace(deny=["PASSPORT:X1234567"]))
