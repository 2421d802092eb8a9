"""Round three: the vault's variants of a name: halves of a hyphenated name, either apostrophe."""

from workbench.privacy._known import KnownValues


def _find(value: str, text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in KnownValues([("PERSON", value, "<PERSON_1>")]).find(text)]


def test_halves_of_a_hyphenated_name_are_found_alone():
    assert _find("Anne-Marie Dubois-Laurent", "Dubois said the laurent file is late; Anne-Marie agrees.") == [
        "Dubois", "laurent", "Anne-Marie"]


def test_either_apostrophe():
    assert _find("Sean O'Neil", "Ask O’Neil, or o'neil's deputy.") == ["O’Neil", "o'neil"]


def test_short_halves_and_particles_are_not_names_alone():
    assert _find("Jean-Li de la Cruz", "Li and de la will not match; Cruz will.") == ["Cruz"]


def test_a_stored_span_that_a_known_value_covers_only_in_part_is_redacted_whole():
    # "Maria" known from turn 1, a chunk's stored span "Maria Gonzalez": redact_found used to drop
    # the stored span for overlapping the known value and sent "Gonzalez" in clear
    from workbench.privacy import Privacy

    privacy = Privacy()
    vault = privacy.new_vault()
    privacy.redact("Maria asked for the export.", vault)
    text = "Maria Gonzalez approved the budget."
    red = privacy.redact_found(text, [{"type": "PERSON", "start": 0, "end": 14}], vault)
    assert "Gonzalez" not in red.text and "Maria" not in red.text
    assert red.text.endswith(" approved the budget.")
