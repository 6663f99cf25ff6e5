"""Batch logs: with ``--log-format json`` the run's final record carries its counts as a JSON object."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest
from typer.testing import CliRunner

import pipeline.ingest
from pipeline.cli import app
from pipeline.model import Article, Extraction


def no_nlp(articles: Iterable[Article]) -> Iterator[Extraction]:
    for article in articles:
        yield Extraction(article=article)



@pytest.mark.parametrize(("extra_lines", "expected"), [
    ([], {"read": 2, "stored": 2, "skipped_unchanged": 0, "failed": 0, "pruned": 0}),
    (["{not json"], {"read": 2, "stored": 2, "skipped_unchanged": 0, "failed": 1, "pruned": 0}),
])
def test_final_json_log_record_has_the_counts(tmp_path, monkeypatch, extra_lines, expected):
    monkeypatch.setattr(pipeline.ingest, "default_extractor", lambda: no_nlp)
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Article {i}."}) for i in range(2)] + extra_lines
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = CliRunner().invoke(app, ["--log-format", "json", "ingest", str(source), "--store",
                                      str(tmp_path / "store"), "--no-gazetteer"])
    assert result.exit_code == (1 if expected["failed"] else 0), result.output
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    with_counts = [r for r in records if "counts" in r]
    assert len(with_counts) == 1
    assert with_counts[0]["counts"] == expected
    assert with_counts[0]["logger"] == "pipeline.ingest"
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal
