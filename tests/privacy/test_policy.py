from types import SimpleNamespace

import pytest

from workbench.errors import ConfigError, RedactionBlocked, RedactionError
from workbench.privacy import DEFAULT_POLICY, Privacy

SSN = "123-45-6789"


def settings(**policy):
    return SimpleNamespace(enabled=True, score_threshold=0.5, policy=policy)


def test_defaults_keep_dates_orgs_amounts(privacy, vault):
    text = "In March 2023 Acme Corp revenue rose 12% to $4.5 million."
    assert privacy.redact(text, vault).text == text
    assert DEFAULT_POLICY["DATE_TIME"] == "keep" and DEFAULT_POLICY["ORGANIZATION"] == "keep"


def test_block_names_type_not_value(privacy):
    p = Privacy(settings(US_SSN="block"))
    with pytest.raises(RedactionBlocked) as info:
        p.redact(f"my ssn is {SSN}", p.new_vault())
    assert info.value.entity_type == "US_SSN"
    assert SSN not in str(info.value) and "US_SSN" in str(info.value)
    assert isinstance(info.value, RedactionError)


def test_mask_is_not_restorable(privacy):
    p = Privacy(settings(email_address="mask"))
    vault = p.new_vault()
    red = p.redact("write to a@b.org", vault)
    assert red.text == "write to <EMAIL_ADDRESS>"
    assert p.restore(red.text, vault) == red.text
    assert len(vault) == 0


def test_keep(privacy):
    p = Privacy(settings(IP_ADDRESS="keep"))
    text = "host 10.1.2.3 is down"
    assert p.redact(text, p.new_vault()).text == text


def test_pseudonymize_spelling_accepted():
    assert Privacy(settings(PERSON="pseudonymize")).policy["PERSON"] == "pseudonymise"


@pytest.mark.parametrize("policy", [{"PERSONS": "mask"}, {"PERSON": "hide"}])
def test_broken_policy_fails_closed(policy):
    with pytest.raises(ConfigError) as info:
        Privacy(settings(**policy))
    assert list(policy)[0] in str(info.value) or list(policy.values())[0] in str(info.value)


def test_disabled_passes_through():
    p = Privacy(SimpleNamespace(enabled=False, score_threshold=0.5, policy={}))
    assert p.redact(f"ssn {SSN}", p.new_vault()).text == f"ssn {SSN}"


def test_real_settings_object(privacy):
    from workbench.config import PrivacySettings

    p = Privacy(PrivacySettings(policy={"PHONE_NUMBER": "block"}))
    assert p.policy["PHONE_NUMBER"] == "block" and p.score_threshold == 0.5


def test_redact_found_applies_the_policy_in_force_to_stored_spans(privacy):
    from workbench.config import PrivacySettings
    from workbench.errors import RedactionBlocked
    from workbench.privacy import Privacy

    text = "Refunds go to li.wei@example.com in 2024."
    spans = [{"type": e.type, "start": e.start, "end": e.end} for e in privacy.analyze(text)]
    vault = privacy.new_vault()
    assert privacy.redact_found(text, spans, vault).text == privacy.redact(text, privacy.new_vault()).text
    strict = Privacy(PrivacySettings(policy={"EMAIL_ADDRESS": "block"}))
    with pytest.raises(RedactionBlocked):
        strict.redact_found(text, spans, strict.new_vault())
