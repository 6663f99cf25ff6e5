"""``read_gold_articles``: the articles a gold file names, with the gold's ids and publication dates."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.evaluate import GoldFormatError, load_gold, read_gold_articles


def _gold(tmp_path, documents):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": documents}), encoding="utf-8")
    return load_gold(path)


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("a.txt", "Soyuz MS-13 landed."),
        ("a.md", "---\ntitle: T\npublished: 2019-01-01\n---\nSoyuz MS-13 landed."),
    ],
)
def test_read_gold_articles_uses_gold_id_and_date(tmp_path, filename, content):
    (tmp_path / filename).write_text(content, encoding="utf-8")
    gold = _gold(tmp_path, [{"id": "doc-1", "file": filename, "published": "2020-02-06"}])
    (article,) = read_gold_articles(gold)
    assert article.id == "doc-1"
    assert article.published == date(2020, 2, 6)
    assert article.text.strip() == "Soyuz MS-13 landed."


def test_read_gold_articles_picks_the_jsonl_line_with_the_documents_id(tmp_path):
    lines = [{"id": "x", "text": "first"}, {"id": "y", "text": "second"}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    gold = _gold(tmp_path, [{"id": "y", "file": "b.jsonl", "published": "2021-01-01"}])
    (article,) = read_gold_articles(gold)
    assert article.text == "second"


@pytest.mark.parametrize(
    ("files", "document"),
    [
        ({}, {"id": "gone", "file": "gone.txt"}),
        ({"c.jsonl": '{"id": "other", "text": "x"}'}, {"id": "c", "file": "c.jsonl"}),
        ({"d.txt": "   "}, {"id": "d", "file": "d.txt"}),
    ],
)
def test_read_gold_articles_rejects_documents_without_an_article(tmp_path, files, document):
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_gold_articles(_gold(tmp_path, [document]))
