"""The ingestion benchmark runs end to end on a handful of articles and a tiny synthetic store.

A smoke test only: it checks that every figure is produced and consistent, never how fast anything is.
"""

from __future__ import annotations

import importlib.util
import json

import pytest


@pytest.fixture(scope="module")
def bench(repo_dir):
    spec = importlib.util.spec_from_file_location("bench_ingest", repo_dir / "benchmarks" / "bench_ingest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_smoke(bench, shared_dir, nlp, capsys):
    corpus = shared_dir / "data" / "nasa-news-2024" / "nasa_articles.jsonl"
    assert bench.main(["--corpus", str(corpus), "--limit", "3", "--synthetic-triples", "1500",
                       "--rdflib-timeout", "120", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["articles"] == 3 and results["words"] > 0
    assert results["counts_first_run"]["stored"] == 3
    assert results["counts_rerun"] == {"read": 3, "stored": 0, "skipped_unchanged": 3, "failed": 0, "pruned": 0}
    assert results["counts_two_workers"]["stored"] == 3
    for key in ("bare_spacy_words_per_s", "ingest_words_per_s", "speedup_2_workers", "rerun_over_first",
                "peak_rss_mb_one_worker", "peak_rss_mb_2_workers_total", "bulk_load_triples_per_s"):
        assert results[key] > 0, key
    assert results["synthetic_triples"] >= 1500
    assert results["events_query_rows"] == results["events_query_rdflib_rows"] > 0


def test_benchmark_skips_without_the_corpus(bench, tmp_path, capsys):
    assert bench.main(["--corpus", str(tmp_path / "absent.jsonl"), "--synthetic-triples", "0"]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.parametrize("component", ["spacekg_entities", "spacekg_times", "spacekg_events", "ner"])
def test_benchmark_profiles_each_component(bench, shared_dir, nlp, capsys, component):
    corpus = shared_dir / "data" / "nasa-news-2024" / "nasa_articles.jsonl"
    assert bench.main(["--corpus", str(corpus), "--limit", "2", "--synthetic-triples", "0", "--no-articles",
                       "--profile-components", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    seconds, share = results[f"component_{component}_s"].split()
    assert float(seconds) >= 0 and share.startswith("(") and share.endswith("%)")
