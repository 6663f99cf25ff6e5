"""The bundled sample articles (data/samples) read cleanly and yield events for the README's first command."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.extract import extract_many
from pipeline.readers import Article, ReadError, iter_articles

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture(scope="module")
def samples() -> list:
    return list(iter_articles([SAMPLES_DIR]))


def test_samples_read_without_errors(samples):
    errors = [item.describe() for item in samples if isinstance(item, ReadError)]
    assert errors == []
    assert len(samples) == 6


@pytest.mark.parametrize("suffix", [".jsonl", ".md", ".txt", ".html"])
def test_samples_cover_every_input_format(samples, suffix):
    assert any(Path(a.source).suffix == suffix for a in samples if isinstance(a, Article))


def test_samples_html_page_loses_its_furniture(samples):
    page = next(a for a in samples if Path(a.source).suffix == ".html")
    assert "Alexander Gerst" in page.text
    assert "cookies" not in page.text.lower()


@pytest.fixture(scope="module")
def sample_event_types(samples, nlp) -> Counter:
    articles = [a for a in samples if isinstance(a, Article)]
    return Counter(e.type for x in extract_many(articles, nlp=nlp) for e in x.events)


@pytest.mark.parametrize("event_type", ["Launch", "Docking", "Landing", "ChangeOfCommand", "Spacewalk"])
def test_samples_yield_each_event_type(sample_event_types, event_type):
    assert sample_event_types[event_type] >= 1, dict(sample_event_types)
