"""Incremental ingestion: unchanged articles skipped before any NLP, changed ones replaced, --prune.

A counting stand-in extractor (no spaCy) records which articles reach the NLP stage; the store is the
real embedded Oxigraph store in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest

from pipeline.ingest import ingest
from pipeline.model import Article, Extraction
from pipeline.rdf import graph_iri
from pipeline.store import OxigraphStore


class CountingExtractor:
    """Extraction without NLP: the article node only; remembers every article it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            self.seen.append(article.id)
            yield Extraction(article=article)


def write_jsonl(path, records: list[dict | str]) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def records(n: int, suffix: str = "") -> list[dict]:
    return [{"id": f"art-{i}", "text": f"Article {i} says a capsule docked.{suffix}", "published": "2024-03-01"}
            for i in range(n)]


@pytest.fixture
def store():
    s = OxigraphStore(None)
    yield s
    s.close()


def test_unchanged_rerun_does_no_nlp(tmp_path, store):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, records(5))
    first = CountingExtractor()
    report = ingest([source], store, extractor=first, gazetteer_dir=None)
    assert len(first.seen) == 5 and report.counts()["stored"] == 5
    quads_before = store.quad_count()

    second = CountingExtractor()
    report = ingest([source], store, extractor=second, gazetteer_dir=None)
    assert second.seen == []  # nothing reached the extractor
    assert report.counts() == {"read": 5, "stored": 0, "skipped_unchanged": 5, "failed": 0, "pruned": 0}
    assert store.quad_count() == quads_before


def test_only_changed_articles_are_reextracted_and_replaced(tmp_path, store):
    source = tmp_path / "in.jsonl"
    rows = records(4)
    write_jsonl(source, rows)
    ingest([source], store, extractor=CountingExtractor(), gazetteer_dir=None)
    old_hash = store.document_hashes()["art-2"]

    rows[2] = {**rows[2], "text": rows[2]["text"] + " It undocked later.", "title": "Updated"}
    write_jsonl(source, rows)
    extractor = CountingExtractor()
    report = ingest([source], store, extractor=extractor, gazetteer_dir=None)
    assert extractor.seen == ["art-2"]
    assert (report.stored, report.skipped) == (1, 3)
    hashes = store.document_hashes()
    assert hashes["art-2"] != old_hash and len(hashes) == 4
    titles = store.query(f"SELECT ?t WHERE {{ GRAPH <{graph_iri('art-2')}> {{ ?d <http://purl.org/dc/terms/title> ?t }} }}")
    assert titles.values("t") == ["Updated"]


def test_force_reextracts_everything(tmp_path, store):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, records(3))
    ingest([source], store, extractor=CountingExtractor(), gazetteer_dir=None)
    extractor = CountingExtractor()
    ingest([source], store, extractor=extractor, skip_unchanged=False, gazetteer_dir=None)
    assert sorted(extractor.seen) == ["art-0", "art-1", "art-2"]


@pytest.mark.parametrize("prune", [True, False])
def test_prune_drops_graphs_of_articles_gone_from_the_input(tmp_path, store, prune):
    source = tmp_path / "in.jsonl"
    rows = records(4)
    write_jsonl(source, rows)
    ingest([source], store, extractor=CountingExtractor(), gazetteer_dir=None)

    # art-0 disappears; art-1 is still there but unreadable this time (no text): it must be kept.
    write_jsonl(source, [{"id": "art-1", "text": ""}, rows[2], rows[3]])
    report = ingest([source], store, extractor=CountingExtractor(), gazetteer_dir=None, prune=prune)
    hashes = store.document_hashes()
    if prune:
        assert report.pruned == 1
        assert sorted(hashes) == ["art-1", "art-2", "art-3"]
        assert str(graph_iri("art-0")) not in store.graph_iris()
    else:
        assert report.pruned == 0 and sorted(hashes) == ["art-0", "art-1", "art-2", "art-3"]
    assert report.failed == 1  # the unreadable art-1 is named, not silently dropped


def test_no_pruning_after_an_interrupted_read(tmp_path, store):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, records(3))
    ingest([source], store, extractor=CountingExtractor(), gazetteer_dir=None)

    def crashing(articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            raise RuntimeError(f"extractor crashed on {article.id}")
        yield from ()

    write_jsonl(source, records(3, suffix=" Changed."))
    report = ingest([source], store, extractor=crashing, gazetteer_dir=None, prune=True)
    assert report.pruned == 0
    assert len(store.document_hashes()) == 3
    assert report.failure_records[-1].stage == "extract"
