"""A batch full of broken records: every good article is stored, every bad one is named, exit code 1.

Runs the real pipeline in-process through the command line (the session ``nlp`` fixture is the same
cached pipeline that ingestion uses), on a few short generated articles.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import pipeline.extract
from pipeline.cli import app
from pipeline.readers import MAX_ARTICLE_CHARS
from pipeline.store import OxigraphStore

runner = CliRunner()

CREW = ["Sunita Williams", "Butch Wilmore", "Tracy Dyson", "Matthew Dominick"]


def good_record(i: int) -> dict:
    a, b = CREW[i % len(CREW)], CREW[(i + 1) % len(CREW)]
    return {"id": f"good-{i}", "published": f"2024-03-{i + 1:02d}",
            "text": f"NASA astronauts {a} and {b} launched aboard a SpaceX Dragon spacecraft on March {i + 1}, "
                    "2024. The spacecraft docked with the International Space Station the next day."}


# (line in the JSON Lines file, raw bytes, the reason the report must give)
BAD_LINES: list[tuple[bytes, str]] = [
    (b'{"id": "broken", "text": ', "malformed JSON"),
    (json.dumps({"id": "no-text"}).encode(), "record has no text"),
    (json.dumps({"id": "empty", "text": "   "}).encode(), "text is empty"),
    (json.dumps({"id": "binary", "text": "abc\u0000def"}).encode(), "binary content"),
    (b'{"id": "bad-utf8", "text": "caf\xe9 au lait"}', "invalid UTF-8"),
    (json.dumps({"id": "bad-date", "text": "A crew launched.", "published": "the day after never"}).encode(),
     "unparseable published date"),
    (json.dumps({"id": "huge", "text": "word " * (MAX_ARTICLE_CHARS // 5 + 1)}).encode(), "characters, more than"),
]


@pytest.fixture
def explosive_extractor(monkeypatch):
    """Extraction raises for any article whose id starts with "explode" (one article's bug)."""
    real_many, real_one = pipeline.extract.extract_many, pipeline.extract.extract

    def check(article):
        if article.id.startswith("explode"):
            raise RuntimeError("simulated extractor bug")

    def extract_many(articles, nlp=None, batch_size=16):
        articles = list(articles)
        for article in articles:
            check(article)
        return real_many(articles, nlp=nlp, batch_size=batch_size)

    def extract(article, nlp=None):
        check(article)
        return real_one(article, nlp=nlp)

    monkeypatch.setattr(pipeline.extract, "extract_many", extract_many)
    monkeypatch.setattr(pipeline.extract, "extract", extract)


def test_bad_records_are_named_and_good_ones_stored(tmp_path, nlp, explosive_extractor):
    folder = tmp_path / "articles"
    folder.mkdir()
    lines = [json.dumps(good_record(0)).encode()]
    for raw, _ in BAD_LINES:
        lines.append(raw)
    lines.append(json.dumps({**good_record(1), "id": "explode-1"}).encode())
    lines.append(json.dumps(good_record(2)).encode())
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "note.md").write_text("---\nid: good-md\npublished: 2024-04-02\n---\n"
                                    + good_record(3)["text"] + "\n", encoding="utf-8")
    report_path = tmp_path / "reports" / "run.json"

    result = runner.invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "store"), "--no-gazetteer",
                                 "--report", str(report_path)])
    assert result.exit_code == 1, result.output

    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["run_id"] and report["started"] and report["ended"]
    assert report["counts"] == {"read": 4, "stored": 3, "skipped_unchanged": 0, "failed": len(BAD_LINES) + 2,
                                "pruned": 0}
    failures = report["failures"]
    by_line = {f["line"]: f for f in failures if f["source"].endswith("feed.jsonl") and f["line"]}
    for line_number, (_, reason) in enumerate(BAD_LINES, start=2):
        assert reason in by_line[line_number]["reason"], (line_number, by_line.get(line_number))
    assert any(f["source"].endswith("blob.txt") and "binary" in f["reason"] for f in failures)
    exploded = [f for f in failures if f["id"] == "explode-1"]
    assert len(exploded) == 1 and "simulated extractor bug" in exploded[0]["reason"]
    assert exploded[0]["stage"] == "extract"

    store = OxigraphStore(tmp_path / "store")
    try:
        assert sorted(store.document_hashes()) == ["good-0", "good-2", "good-md"]
    finally:
        store.close()
