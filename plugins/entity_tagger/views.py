"""Plain objects the templates read (no logic beyond presentation)."""

from __future__ import annotations

from dataclasses import dataclass, field

KIND_LABELS = {"person": "People", "place": "Places", "organization": "Organizations"}
KIND_PATHS = {"person": "people", "place": "places", "organization": "organizations"}
PLACEHOLDER_PREFIX = "__entity__/"


@dataclass
class EntityPage:
    """An entity as the site shows it. `url` is relative to the site root."""

    key: str
    name: str
    kind: str
    slug: str
    description: str = ""
    aliases: list = field(default_factory=list)
    wikidata: str | None = None
    articles: list = field(default_factory=list)  # Pelican articles, newest first
    companions: list = field(default_factory=list)  # (EntityPage, count)

    @property
    def url(self) -> str:
        return f"entity/{self.slug}.html"

    save_as = url

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind][:-1] if self.kind != "person" else "Person"

    @property
    def kind_url(self) -> str:
        return f"entities/{KIND_PATHS[self.kind]}.html"

    @property
    def wikidata_url(self) -> str | None:
        return f"https://www.wikidata.org/wiki/{self.wikidata}" if self.wikidata else None

    @property
    def atom_feed(self) -> str:
        return f"feeds/entity/{self.slug}.atom.xml"

    @property
    def rss_feed(self) -> str:
        return f"feeds/entity/{self.slug}.rss.xml"

    @property
    def link_placeholder(self) -> str:
        # Resolved by Pelican's {filename} machinery to a correct relative or
        # absolute URL wherever the content is rendered (pages and feeds).
        return "{filename}/" + PLACEHOLDER_PREFIX + self.slug


@dataclass
class ArticleEntityView:
    page: EntityPage
    count: int
    score: float
    is_main: bool

    # What the JSON-LD builder reads.
    @property
    def name(self) -> str:
        return self.page.name

    @property
    def kind(self) -> str:
        return self.page.kind

    @property
    def url(self) -> str:
        return self.page.url

    @property
    def wikidata_url(self) -> str | None:
        return self.page.wikidata_url


@dataclass
class ArticleEntities:
    ordered: list  # ArticleEntityView, most salient first

    @property
    def main(self) -> list:
        return [e for e in self.ordered if e.is_main]

    @property
    def by_kind(self) -> list:
        groups = []
        for kind in ("person", "place", "organization"):
            items = sorted((e for e in self.ordered if e.kind == kind), key=lambda e: (-e.score, e.name))
            if items:
                groups.append((KIND_LABELS[kind], kind, items))
        return groups

    def __bool__(self) -> bool:
        return bool(self.ordered)

    def __len__(self) -> int:
        return len(self.ordered)
