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
