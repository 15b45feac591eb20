"""The entity model: finding, normalising and indexing named entities.

- `registry`: the editors' curated list (content/entities.yml).
- `gazetteer`: known places (countries, regions, cities).
- `ner`: spaCy over article text, with a persistent cache.
- `resolve`: one article's raw spans -> canonical mentions.
- `index`: the whole site: merging across articles, salience, co-occurrence.
"""

ENTITY_TYPES = ("person", "place", "organization")
