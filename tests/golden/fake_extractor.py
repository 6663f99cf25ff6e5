"""A stand-in for the NLP stages in ingestion tests: it finds the seed facts whose text an article contains.

An entity is kept when one of its surface forms occurs in the article, an event when its evidence
sentence does; so editing an article's text changes what is "extracted" from it, as the real stages would.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from golden.seed_facts import LANDING_TEXT, UNDOCKING_TEXT, seed_extractions

from pipeline.model import Article, Extraction

#: The seed texts, as JSON Lines records, for writing input files.
SEED_RECORDS = [
    {"id": "seed-landing-2020", "text": LANDING_TEXT, "published": "2020-02-06", "title": "Soyuz MS-13 lands"},
    {"id": "seed-undocking-2021", "text": UNDOCKING_TEXT, "published": "2021-10-06"},
]


def fake_extract(article: Article) -> Extraction:
    entities = []
    events = []
    for seed in seed_extractions():
        for entity in seed.entities:
            mentions = [m for m in entity.mentions if m.text in article.text]
            if mentions and all(e.key != entity.key for e in entities):
                entities.append(replace(entity, mentions=mentions))
        events.extend(e for e in seed.events if e.evidence and e.evidence[0].sentence in article.text)
    return Extraction(article, entities, events)


def fake_extract_many(articles: Iterable[Article]) -> Iterator[Extraction]:
    for article in articles:
        yield fake_extract(article)
