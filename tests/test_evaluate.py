"""`make eval`'s scoring: what counts as the same entity."""

import pytest

from newsdigest.cli import main
from newsdigest.evaluate import MissingSource, evaluate

ARTICLE = (
    "Harbour Talks Resume In Mombasa\n\n"
    "Delegates met in Mombasa on Monday as the UN pressed both sides to reopen the harbour, officials said.\n\n"
    "The UN envoy, Mira Solvej, said talks would go on for a week.\n\n"
    "Edited By Ana Vell\nNorth Desk—Monitoring\n"
)


def _folder(tmp_path, gold):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01-talks.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "01-talks.yml").write_text(gold, encoding="utf-8")
    return folder


def test_a_gold_short_form_is_the_entity_the_registry_names(tmp_path):
    """A gold "UN" (never expanded in its article) and the site's "United
    Nations" (the registry's name, UN its alias) are one real-world thing."""
    registry = tmp_path / "entities.yml"
    registry.write_text("entities:\n  - name: United Nations\n    type: organization\n    aliases: [UN]\n", encoding="utf-8")
    folder = _folder(tmp_path, "entities:\n  - {name: UN, type: organization}\n  - {name: Mombasa, type: place}\n"
                               "  - {name: Mira Solvej, type: person}\n")
    with_registry = evaluate(folder, registry_path=registry)
    assert ("01-talks", "extra", "United Nations", "organization") not in with_registry.errors
    assert ("01-talks", "missed", "UN", "organization") not in with_registry.errors
    assert with_registry.true_positive == 3 and with_registry.type_correct == 3
    without = evaluate(folder, registry_path=tmp_path / "none.yml")  # no registry: "UN" stays "UN" on both sides
    assert ("01-talks", "missed", "UN", "organization") not in without.errors


def test_a_gold_country_of_several_words_is_the_country_the_site_names(tmp_path):
    """The site names "St Kitts and Nevis" as the gazetteer does ("Saint Kitts
    and Nevis", one page whichever spelling an article uses); a gold name in
    the article's spelling is that country, and a one-word one stays itself."""
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01-passports.txt").write_text(
        "Passport Rules Tightened\n\n"
        "Officials in St Kitts and Nevis said on Monday that passport checks would be tightened, "
        "as Grenada did last year.\n\nEdited By Ana Vell\nNorth Desk—Monitoring\n", encoding="utf-8")
    (folder / "01-passports.yml").write_text(
        "entities:\n  - {name: St Kitts and Nevis, type: place}\n  - {name: Grenada, type: place}\n", encoding="utf-8")
    scores = evaluate(folder, registry_path=tmp_path / "none.yml")
    assert scores.errors == [] and scores.true_positive == 2 and scores.type_correct == 2


def test_a_gold_acronym_is_the_name_another_article_of_the_set_defines_it_as(tmp_path):
    """The site reads a bare "OGB" as the "Orvel Grain Board" another article
    defines; a gold "OGB" in the article that never expands it is that entity."""
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01-board.txt").write_text(
        "Grain Board Cuts Prices\n\nThe Orvel Grain Board (OGB) cut its floor price on Monday, officials in Nairobi said."
        "\n\nEdited By Ana Vell\nNorth Desk—Monitoring\n", encoding="utf-8")
    (folder / "01-board.yml").write_text(
        "entities:\n  - {name: Orvel Grain Board, type: organization}\n  - {name: Nairobi, type: place}\n", encoding="utf-8")
    (folder / "02-farmers.txt").write_text(
        "Farmers Protest\n\nIn Nairobi on Tuesday, hundreds of farmers marched against the OGB price cut."
        "\n\nEdited By Ana Vell\nNorth Desk—Monitoring\n", encoding="utf-8")
    (folder / "02-farmers.yml").write_text(
        "entities:\n  - {name: OGB, type: organization}\n  - {name: Nairobi, type: place}\n", encoding="utf-8")
    scores = evaluate(folder, registry_path=tmp_path / "none.yml")
    assert scores.errors == [] and scores.true_positive == 4


def test_an_annotation_may_name_its_article_in_a_corpus_outside_the_set(tmp_path):
    """Gold lists for articles the repository may not hold (the BBC corpus,
    read for benchmarks only): `source` names the article under --corpus, in
    the corpus's own layout (a headline line, then paragraphs, no desk lines)."""
    corpus = tmp_path / "corpus" / "world"
    corpus.mkdir(parents=True)
    (corpus / "007.txt").write_bytes(
        "Harbour talks resume\n\nDelegates met in Mombasa on Monday, said Mira Solvej, who leads the talks.\n\n"
        "Solvej said the harbour would reopen within a week.\n".encode("latin-1"))
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "world-007.yml").write_text(
        "source: world/007.txt\nentities:\n  - {name: Mombasa, type: place}\n  - {name: Mira Solvej, type: person}\n"
        "  - {name: Kisumu, type: place}\n", encoding="utf-8")
    scores = evaluate(folder, registry_path=tmp_path / "none.yml", corpus=tmp_path / "corpus")
    assert scores.true_positive == 2 and scores.type_correct == 2
    assert scores.errors == [("world-007", "missed", "Kisumu", "place")]


def test_an_annotation_whose_source_is_missing_is_a_one_line_error(tmp_path, capsys):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "world-008.yml").write_text("source: world/008.txt\nentities: []\n", encoding="utf-8")
    with pytest.raises(MissingSource, match=r"world-008\.yml: source world/008\.txt not found under"):
        evaluate(folder, registry_path=tmp_path / "none.yml", corpus=tmp_path)
    assert main(["eval", str(folder), "--corpus", str(tmp_path), "--registry", str(tmp_path / "none.yml"),
                 "--cache", str(tmp_path / "ner.sqlite")]) == 1
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and error.startswith("newsdigest eval: ") and "world-008.yml" in error
