"""The site-wide entity index: one canonical entity per real-world thing.

Per-article analyses are merged: an acronym or surname used alone in one
article resolves to the long form defined or used in another; an entity's
type is the registry's or the majority of its articles'. Each entity gets a
stable unique slug, its articles, and its most frequent companions.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from newsdigest.entities.acronyms import _is_acronym, initials
from newsdigest.entities.mention import ArticleAnalysis, ArticleEntity
from newsdigest.entities.registry import Registry, name_key
from newsdigest.entities.rules import entity_rules

KIND_ORDER = ("person", "place", "organization")
MAIN_SUBJECTS_MAX = 3
COMPANIONS_MAX = 10


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", "")).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "entity"


@dataclass
class Entity:
    key: str
    name: str
    kind: str
    slug: str = ""
    description: str = ""
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # article ids, newest first
    companions: list[tuple[str, int]] = field(default_factory=list)  # (entity key, shared articles)
    mentions: int = 0

    @property
    def wikidata_url(self) -> str | None:
        return f"https://www.wikidata.org/wiki/{self.wikidata}" if self.wikidata else None


@dataclass
class ArticleMention:
    entity: Entity
    count: int
    score: float
    surfaces: list[str]
    in_headline: bool
    is_main: bool = False


@dataclass
class EntityIndex:
    entities: dict[str, Entity] = field(default_factory=dict)
    by_article: dict[str, list[ArticleMention]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Entity]:
        return sorted((e for e in self.entities.values() if e.kind == kind), key=lambda e: (-len(e.articles), e.name))


def site_acronyms(analyses) -> dict[str, str]:
    """Each short form the articles define, and the long form most of them give it
    (the first most common): what a bare short form in another article stands for."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for analysis in analyses:
        for short, long in analysis.acronyms.items():
            votes[short][long] += 1
    return {short: counts.most_common(1)[0][0] for short, counts in votes.items()}


def build_index(analyses: dict[str, ArticleAnalysis], article_order: list[str], registry: Registry, *, companions: bool = True) -> EntityIndex:
    """`article_order`: article ids newest first (the order entity pages list them).
    Without `companions`, the caller fills them in later (set_companions)."""
    # Site-wide acronyms and full names, to resolve bare forms in other articles.
    acronyms = site_acronyms(analyses.values())
    full_names_by_last: dict[str, set[str]] = defaultdict(set)
    long_orgs: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses.values():
        for full in analysis.full_names:
            full_names_by_last[full.split()[-1]].add(full)
        for ent in analysis.entities:
            if ent.kind == "organization" and len(ent.name.split()) > 1:
                long_orgs[initials(ent.name)].add(ent.name)
    known = entity_rules().known_kinds

    def site_canonical(name: str, kind: str) -> str:
        entry = registry.lookup(name)
        if entry:
            return entry.name
        bare = name.replace(".", "")
        if _is_acronym(name):
            if bare in acronyms:
                return acronyms[bare]
            # (only for an acronym that is no well-known name of its own: "KTM" the
            # motorcycle maker is not the "Kon-Tiki Museum" another article names)
            if len(long_orgs.get(bare, ())) == 1 and name_key(name) not in known:
                return next(iter(long_orgs[bare]))
        if kind == "person" and len(name.split()) == 1 and len(full_names_by_last.get(name, ())) == 1:
            return next(iter(full_names_by_last[name]))
        return name

    # A site has a few entities per article but far fewer distinct names:
    # canonical names and keys are worked out once per name.
    canonical_of: dict[tuple[str, str], tuple[str, str]] = {}  # (name, kind) -> (canonical, key)
    keys_of: dict[str, str] = {}  # any name -> name_key
    kinds: dict[str, dict[str, int]] = defaultdict(dict)
    names: dict[str, dict[str, int]] = defaultdict(dict)
    surfaces: dict[str, set] = defaultdict(set)
    per_article: dict[str, list[tuple[str, ArticleEntity]]] = {}
    for article_id in article_order:
        analysis = analyses.get(article_id)
        if analysis is None:
            continue
        # The analysis's own entities, unless two local names became one
        # entity: then a merged copy (the analyses are left as they are).
        merged: dict[str, ArticleEntity] = {}
        copied: set[str] = set()
        for ent in analysis.entities:
            name, kind = ent.name, ent.kind
            found = canonical_of.get((name, kind))
            if found is None:
                canonical = site_canonical(name, kind)
                found = canonical_of[(name, kind)] = (canonical, name_key(canonical))
            canonical, key = found
            counts = names[key]
            counts[canonical] = counts.get(canonical, 0) + 1
            counts = kinds[key]
            counts[kind] = counts.get(kind, 0) + ent.count
            surfaces[key].update(ent.surfaces)
            m = merged.get(key)
            if m is None:
                merged[key] = ent
                continue
            if key not in copied:
                copied.add(key)
                m = merged[key] = replace(m, surfaces=list(m.surfaces))
            m.count += ent.count
            m.score += ent.score
            m.in_headline |= ent.in_headline
            m.surfaces = sorted(set(m.surfaces) | set(ent.surfaces), key=lambda s: (-len(s), s))
        per_article[article_id] = list(merged.items())

    def key_of(name: str) -> str:
        key = keys_of.get(name)
        if key is None:
            key = keys_of[name] = name_key(name)
        return key

    index = EntityIndex()
    used_slugs: set[str] = set()
    for key in sorted(names):
        spellings = names[key]
        entry = registry.lookup(max(spellings, key=spellings.__getitem__))  # (the first most common, as Counter.most_common)
        name = entry.name if entry else min(spellings.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
        kind = entry.kind if entry else min(kinds[key].items(), key=lambda kv: (-kv[1], KIND_ORDER.index(kv[0])))[0]
        aliases = sorted({s for s in surfaces[key] if key_of(s) != key} | set(entry.aliases if entry else ()))
        index.entities[key] = Entity(key, name, kind, description=entry.description if entry else "", wikidata=entry.wikidata if entry else None, aliases=aliases)
    # Slugs: by name, then the type, then a counter; assigned in key order so they are stable.
    for key in sorted(index.entities):
        ent = index.entities[key]
        slug = slugify(ent.name)
        if slug in used_slugs:
            slug = f"{slug}-{ent.kind}"
        base, n = slug, 2
        while slug in used_slugs:
            slug, n = f"{base}-{n}", n + 1
        used_slugs.add(slug)
        ent.slug = slug

    for article_id in article_order:
        items = per_article.get(article_id)
        if items is None:
            continue
        mentions = []
        for key, ent in items:
            entity = index.entities[key]
            entity.articles.append(article_id)
            entity.mentions += ent.count
            mentions.append(ArticleMention(entity, ent.count, round(ent.score, 4), ent.surfaces, ent.in_headline))
        mentions.sort(key=lambda m: (-m.score, m.entity.name))
        headline = [m for m in mentions if m.in_headline]
        main = (headline or mentions[:2])[:MAIN_SUBJECTS_MAX]
        for m in main:
            m.is_main = True
        index.by_article[article_id] = mentions
    if companions:
        set_companions(index, entity_companions(index_names(index), index_article_keys(index)))
    return index


def index_names(index: EntityIndex) -> dict[str, str]:
    return {key: entity.name for key, entity in index.entities.items()}


def index_article_keys(index: EntityIndex) -> dict[str, list[str]]:
    """{article id: the keys of the entities it mentions}."""
    return {article_id: [m.entity.key for m in mentions] for article_id, mentions in index.by_article.items()}


def set_companions(index: EntityIndex, companions: dict[str, list[tuple[str, int]]]) -> None:
    for key, found in companions.items():
        index.entities[key].companions = found


def entity_companions(names: dict[str, str], article_keys: dict[str, list[str]]) -> dict[str, list[tuple[str, int]]]:
    """{entity key: up to COMPANIONS_MAX (entity key, articles shared)}: the
    entities mentioned most often with it, then by name and key. From plain
    data (entity names, each article's entity keys), so that a worker
    process can work it out."""
    by_rank = sorted(names, key=lambda k: (names[k], k))
    rank = {k: r for r, k in enumerate(by_rank)}
    scale = len(by_rank)
    article_keys = [sorted(set(keys), key=rank.__getitem__) for keys in article_keys.values()]
    appears_in: dict[str, list[int]] = defaultdict(list)
    for n, keys in enumerate(article_keys):
        for key in keys:
            appears_in[key].append(n)
    companions: dict[str, list[tuple[str, int]]] = {key: [] for key in names}
    for key, articles in appears_in.items():
        if len(articles) == 1:
            # Most entities are in one article: its other entities, each shared once, by name.
            companions[key] = [(k, 1) for k in article_keys[articles[0]][: COMPANIONS_MAX + 1] if k != key][:COMPANIONS_MAX]
            continue
        together: Counter = Counter()
        for n in articles:
            together.update(article_keys[n])  # counted in C
        del together[key]
        # Each pair as one integer (count scaled past every rank, minus the name
        # rank): picking the top ten compares ints, not tuples of strings.
        best = heapq.nsmallest(COMPANIONS_MAX, [rank[k] - count * scale for k, count in together.items()])
        companions[key] = [(by_rank[value % scale], -(value // scale)) for value in best]
    return companions
