"""The session vault as a recognizer: what was pseudonymised once is found again, however worded."""

import pytest

from workbench.privacy import Privacy


def test_two_turns_surname_and_given_name_alone(privacy, vault):
    # The acceptance: turn 2 names the person by surname or given name only.
    first = privacy.redact("Please email Maria Gonzalez (maria.gonzalez@example.org) about the renewal.", vault)
    assert "Maria" not in first.text and "Gonzalez" not in first.text and "maria.gonzalez" not in first.text
    second = privacy.redact("Did Gonzalez answer? If not, ask Maria again tomorrow.", vault)
    assert "Gonzalez" not in second.text and "Maria" not in second.text
    token = [e.placeholder for e in first.entities if e.type == "PERSON"][0]
    assert second.text.count(token) == 2  # the same person keeps one placeholder


@pytest.mark.parametrize(
    "later", ["GONZALEZ is on leave.", "gonzalez is on leave.", "Gonzalez,  Maria is on leave.", "Maria\nGonzalez is on leave."]
)
def test_case_and_spacing_variants(privacy, vault, later):
    privacy.redact("Maria Gonzalez signed the contract.", vault)
    red = privacy.redact(later, vault)
    assert "gonzalez" not in red.text.casefold()


def test_known_value_wins_over_what_the_ner_says_now(privacy, vault):
    privacy.redact("Contact Dakota Reyes about the audit.", vault)
    # Alone, lower-case, in a sentence where no recognizer would call it a name:
    red = privacy.redact("the reyes file is late", vault)
    assert "reyes" not in red.text
    assert any(e.type == "PERSON" and e.placeholder for e in red.entities)


def test_numbers_with_other_separators(privacy, vault):
    privacy.redact("Her number is +1 415 555 2671.", vault)
    red = privacy.redact("Call 415-555-2671 or (415) 555 2671.", vault)
    assert "2671" not in red.text


def test_chinese_given_name_alone(privacy, vault):
    privacy.redact("客户王小明的手机号是13812345678。", vault)
    red = privacy.redact("小明说下周再谈。王先生也同意。", vault)
    assert "小明" not in red.text and "王先生" not in red.text


def test_history_and_chunks_use_the_vault(privacy, vault):
    privacy.redact("Edna McCoy owns the account.", vault)
    messages, _ = privacy.redact_messages([{"role": "user", "content": "Is McCoy still the owner?"}], vault)
    assert "McCoy" not in messages[0]["content"]
    chunk = privacy.redact_found("Owner: McCoy (since 2021)", [], vault)  # nothing found at ingestion
    assert "McCoy" not in chunk.text


def test_restore_gives_the_full_name_back(privacy, vault):
    privacy.redact("Maria Gonzalez signed.", vault)
    red = privacy.redact("Gonzalez called.", vault)
    assert privacy.restore(red.text, vault) == "Maria Gonzalez called."


def test_everyday_word_parts_match_only_capitalised(privacy, vault):
    privacy.redact("Will Baker joined the team.", vault)
    red = privacy.redact("We will bake a cake; Baker will bring plates.", vault)
    assert "We will bake a cake;" in red.text  # "will" the verb is not the name
    assert "Baker" not in red.text


def test_a_fresh_vault_knows_nothing(privacy):
    a = privacy.new_vault()
    privacy.redact("Maria Gonzalez signed.", a)
    assert a.known().find("the gonzalez file")
    assert Privacy.new_vault().known().find("the gonzalez file") == []
