"""Entity evaluation against hand annotations (`make eval`).

A folder holds article seeds (`NAME.txt`) and gold annotations (`NAME.yml`:
`entities: [{name, type}]`), or annotations alone whose `source` names an
article under a corpus folder (`--corpus`). All articles are tagged together, as a site
build would, then each article's entities are compared with its gold list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import yaml

from newsdigest.convert import read_seed
from newsdigest.entities.acronyms import initials
from newsdigest.entities.gazetteer import gazetteer
from newsdigest.entities.pipeline import ArticleInput, analyse_articles
from newsdigest.entities.index import site_acronyms
from newsdigest.entities.registry import load_registry, name_key
from newsdigest.markdown_out import render_block


@dataclass
class Scores:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    type_correct: int = 0
    headline_fragments: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (article, kind, name, type)

    @property
    def precision(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / max(1, self.true_positive)


def _is_alias_of(name: str, gold: str) -> bool:
    """A surname, acronym or fragment of a gold name: a duplicate entity if kept.

    Fragments are whole words ("Hynix" of "SK Hynix"), not any substring:
    "Iran" is not a fragment of "Iranian Red Crescent", nor "UN" of "Tunisia"."""
    words, gold_words = name_key(name).split(), name_key(gold).split()
    if any(gold_words[i : i + len(words)] == words for i in range(len(gold_words) - len(words) + 1)):
        return True
    return name.replace(".", "").isupper() and initials(gold) == name.replace(".", "")


class MissingSource(Exception):
    """An annotation's `source` article is not under the corpus folder."""


def annotated_articles(folder: Path, corpus: Path | None = None) -> list[tuple[str, Path, dict]]:
    """(article id, seed, annotation) of each annotated article of a folder, by name: `NAME.yml` goes with
    `NAME.txt` beside it or, when it has none, with the article its `source`
    names under `corpus` (a corpus the repository may not hold, such as the
    BBC articles read for benchmarks only)."""
    found = []
    for annotation in sorted(Path(folder).glob("*.yml")):
        data = yaml.safe_load(annotation.read_text(encoding="utf-8")) or {}
        seed = annotation.with_suffix(".txt")
        if not seed.exists() and data.get("source"):
            if corpus is None or not (Path(corpus) / data["source"]).is_file():
                raise MissingSource(f"{annotation}: source {data['source']} not found under {corpus or '(no --corpus given)'}")
            seed = Path(corpus) / data["source"]
        if seed.exists():
            found.append((annotation.stem, seed, data))
    return found


def evaluate(folder: Path, *, cache_path: Path | None = None, registry_path: Path | None = None,
             corpus: Path | None = None) -> Scores:
    folder = Path(folder)
    articles, gold, titles, bodies = [], {}, {}, {}
    for article_id, seed, data in annotated_articles(folder, corpus):
        article = read_seed(seed)
        html = markdown.markdown("\n\n".join(render_block(b) for b in article.blocks))
        articles.append(ArticleInput(article_id, article.title, html))
        titles[article_id], bodies[article_id] = article.title, article.body
        gold[article_id] = {name_key(e["name"]): (e["name"], e["type"]) for e in data.get("entities", [])}
    # Gold names are compared as the site identifies them: a gold "UN" (never
    # expanded in its article) is the entity the registry names "United
    # Nations", and a gold "St Kitts and Nevis" the country the gazetteer
    # names "Saint Kitts and Nevis": one page for one real-world thing across the site.
    registry, countries = load_registry(registry_path), gazetteer()
    for expected in gold.values():
        for key, (name, kind) in list(expected.items()):
            entry = registry.lookup(name)
            # (the resolver names a country of several words as the gazetteer does: resolve.Resolver.mentions)
            country = countries.country(name) if kind == "place" and countries.multiword_country_pattern().fullmatch(name) else None
            site_name = entry.name if entry is not None else (country.name if country is not None else name)
            if name_key(site_name) != key and name_key(site_name) not in expected:
                expected[name_key(site_name)] = expected.pop(key)
    site = analyse_articles(articles, registry=registry, cache_path=cache_path)
    # A gold acronym an article never expands is the name another article of the
    # set defines it as, as the site reads it (entities/index.py): one page for
    # "ASEAN" and "Association of Southeast Asian Nations".
    acronyms = site_acronyms(site.analyses.values())
    for article_id, expected in gold.items():
        defined_here = site.analyses[article_id].acronyms if article_id in site.analyses else {}
        for key, (name, kind) in list(expected.items()):
            bare = name.replace(".", "")
            if bare in acronyms and bare not in defined_here:
                long_key = name_key(acronyms[bare])
                if long_key != key and long_key not in expected:
                    expected[long_key] = expected.pop(key)
    scores = Scores()
    for article_id, expected in gold.items():
        predicted = {m.entity.key: (m.entity.name, m.entity.kind) for m in site.index.by_article.get(article_id, [])}
        for key, (name, kind) in predicted.items():
            if key in expected:
                scores.true_positive += 1
                if expected[key][1] == kind:
                    scores.type_correct += 1
                else:
                    scores.errors.append((article_id, "type", name, f"{kind} (gold {expected[key][1]})"))
                continue
            scores.false_positive += 1
            scores.errors.append((article_id, "extra", name, kind))
            if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", bodies[article_id]) and name in titles[article_id]:
                scores.headline_fragments.append((article_id, name))
            if any(_is_alias_of(name, g) for g, _ in expected.values()):
                scores.duplicates.append((article_id, name))
        for key, (name, kind) in expected.items():
            if key not in predicted:
                scores.false_negative += 1
                scores.errors.append((article_id, "missed", name, kind))
    return scores


def report(folder: Path, scores: Scores, *, show_errors: bool = True) -> str:
    lines = [
        f"{folder}: {scores.true_positive + scores.false_negative} gold entities, "
        f"{scores.true_positive + scores.false_positive} predicted",
        f"precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}  type accuracy {scores.type_accuracy:.3f}",
        f"headline fragments {len(scores.headline_fragments)}  duplicate entities {len(scores.duplicates)}",
    ]
    if show_errors:
        for article_id, kind, name, detail in scores.errors:
            lines.append(f"  {kind:6} {article_id}: {name} [{detail}]")
    return "\n".join(lines)
