"""content/entities.yml: validation errors name the file, the line and the reason."""

import pytest

from newsdigest.entities.registry import RegistryError, load_registry


def write(tmp_path, text):
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_registry_lookups_are_case_dot_and_apostrophe_insensitive(tmp_path):
    reg = load_registry(write(tmp_path, "entities:\n  - name: United Nations\n    type: organization\n    aliases: [UN, U.N.]\nblock: [Western]\n"))
    assert reg.lookup("u.n.").name == "United Nations" and reg.lookup("UN").kind == "organization"
    assert reg.is_blocked("western") and reg.lookup("Western") is None
    assert len(reg.digest) == 16


@pytest.mark.parametrize(
    "text, line, reason",
    [
        ("entities:\n  - name: A\n    type: person\n  - name: [unclosed\n", 4, "not valid YAML"),
        ("entities:\n  - name: Kenya\n    type: country\n", 2, "unknown type 'country'"),
        ("entities:\n  - name: Ruto\n    type: person\n    aliases: [WR]\n  - name: Raila\n    type: person\n    aliases: [wr]\n", 5, "alias 'wr' of 'Raila' is already claimed by 'Ruto' (line 2)"),
        ("entities:\n  - type: person\n", 2, "entity without a name"),
        ("entities:\n  - name: X\n    type: person\n    colour: red\n", 4, "unknown field 'colour'"),
        ("entity:\n  - name: X\n", 1, "unknown key 'entity'"),
        ("entities:\n  - name: X\n    type: person\n    wikidata: 123\n", 2, "must look like Q12345"),
    ],
)
def test_errors_name_file_line_and_reason(tmp_path, text, line, reason):
    path = write(tmp_path, text)
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert reason in message


def test_missing_registry_is_empty():
    assert load_registry(None).entries == [] and load_registry("/nonexistent/entities.yml").entries == []
