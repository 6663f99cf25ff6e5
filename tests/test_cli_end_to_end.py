"""The command line end to end on temporary stores: ingest, query, validate, stats, export; exit codes.

The NLP stages are replaced by ``golden.fake_extractor`` (they are tested on their own); what is checked
here is what the RDF side guarantees: graphs, article nodes, idempotence, the query contract, exit codes.
"""

from __future__ import annotations

import json

import pytest
from golden.fake_extractor import SEED_RECORDS, fake_extract_many
from golden.seed_facts import landing_extraction
from rdflib import Dataset
from rdflib.namespace import RDF
from typer.testing import CliRunner

import pipeline.ingest
from pipeline.cli import app
from pipeline.rdf import extraction_to_graph
from pipeline.store import OxigraphStore
from pipeline.vocab import SKG

runner = CliRunner()


@pytest.fixture()
def fake_nlp(monkeypatch):
    monkeypatch.setattr(pipeline.ingest, "default_extractor", lambda: fake_extract_many)


@pytest.fixture()
def articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SEED_RECORDS), encoding="utf-8")
    return path


@pytest.fixture()
def ingested(tmp_path, articles, fake_nlp):
    store_dir = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(articles), "--store", str(store_dir), "--no-gazetteer"])
    assert result.exit_code == 0, result.output
    return store_dir


def _quads(store_dir) -> int:
    with OxigraphStore(store_dir) as store:
        return store.quad_count()


def test_cli_ingest_summary_and_idempotence(tmp_path, articles, fake_nlp):
    store_dir = tmp_path / "store"
    first = runner.invoke(app, ["ingest", str(articles), "--store", str(store_dir), "--no-gazetteer"])
    assert first.exit_code == 0
    assert "2 article(s) stored" in first.output and "0 failed" in first.output
    quads = _quads(store_dir)
    second = runner.invoke(app, ["ingest", str(articles), "--store", str(store_dir), "--no-gazetteer"])
    assert second.exit_code == 0 and "2 unchanged" in second.output
    assert _quads(store_dir) == quads


def test_cli_ingest_store_from_environment(tmp_path, articles, fake_nlp, monkeypatch):
    monkeypatch.setenv("SPACEKG_STORE", str(tmp_path / "env-store"))
    assert runner.invoke(app, ["ingest", str(articles), "--no-gazetteer"]).exit_code == 0
    assert _quads(tmp_path / "env-store") > 100


@pytest.mark.parametrize(("args", "code"), [
    (["ingest", "does-not-exist.jsonl"], 2),
    (["ingest"], 2),
    (["query", "no-such-query"], 2),
    (["query", "events", "--format", "xml"], 2),
])
def test_cli_usage_errors_exit_2(tmp_path, ingested, args, code):
    if args[0] == "query":
        args = [*args, "--store", str(ingested)]
    assert runner.invoke(app, args).exit_code == code


def test_cli_ingest_bad_records_exit_1(tmp_path, fake_nlp):
    source = tmp_path / "mixed.jsonl"
    source.write_text(json.dumps(SEED_RECORDS[1]) + "\n{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(source), "--store", str(tmp_path / "store"), "--no-gazetteer"])
    assert result.exit_code == 1
    assert "1 article(s) stored" in result.output and "1 failed" in result.output


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld", "turtle"])
def test_cli_ingest_to_file(tmp_path, articles, fake_nlp, fmt):
    out = tmp_path / f"graphs.{fmt}"
    result = runner.invoke(app, ["ingest", str(articles), "--out", str(out), "--format", fmt, "--no-gazetteer"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "seed-landing-2020" in text and "Soyuz MS-13" in text
    if fmt in ("trig", "nquads"):
        dataset = Dataset()
        dataset.parse(out, format=fmt)
        articles_found = {str(s) for g in dataset.graphs() for s in g.subjects(RDF.type, SKG.Article)}
        assert len(articles_found) == 2


def test_cli_query_events_json_contract(ingested):
    result = runner.invoke(app, ["query", "events", "--store", str(ingested), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["head"]["vars"] == ["doc", "event", "type", "status", "spacecraft", "participants", "from",
                                       "to", "place", "time", "evidence", "confidence"]
    bindings = payload["results"]["bindings"]
    assert {b["type"]["value"] for b in bindings} == {"Landing", "ChangeOfCommand", "Undocking"}
    for binding in bindings:
        assert binding["event"]["type"] == "uri" and binding["doc"]["type"] == "literal"
        assert binding["status"]["value"] in ("occurred", "planned")


def test_cli_query_entities_json_contract(ingested):
    result = runner.invoke(app, ["query", "entities", "--store", str(ingested), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["head"]["vars"] == ["doc", "entity", "type", "label", "mentions", "wikidata"]
    iss = [b for b in payload["results"]["bindings"] if b["label"]["value"] == "International Space Station"]
    assert [b["wikidata"]["value"] for b in iss] == ["Q25271", "Q25271"]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_cli_query_inline_sparql_and_param(ingested, fmt):
    sparql = "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?doc WHERE { ?a dct:identifier ?doc } ORDER BY ?doc"
    result = runner.invoke(app, ["query", sparql, "--store", str(ingested), "--format", fmt,
                                 "--param", "doc=seed-undocking-2021"])
    assert result.exit_code == 0, result.output
    assert "seed-undocking-2021" in result.output and "seed-landing-2020" not in result.output


def test_cli_query_list_names_contract_queries():
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    names = {line.split("\t")[0] for line in result.output.splitlines()}
    assert {"events", "entities"} <= names


def test_cli_validate_exit_codes(tmp_path, ingested):
    ok = runner.invoke(app, ["validate", "--store", str(ingested)])
    assert ok.exit_code == 0, ok.output
    assert "conforms" in ok.output

    graph = extraction_to_graph(landing_extraction())
    change = next(graph.subjects(RDF.type, SKG.ChangeOfCommand))
    graph.set((change, SKG.incomingCommander, graph.value(change, SKG.outgoingCommander)))
    broken = tmp_path / "broken.nq"
    broken.write_text(graph.serialize(format="nt").replace(" .\n", f" <{graph.identifier}> .\n"),
                      encoding="utf-8")
    bad = runner.invoke(app, ["validate", str(broken)])
    assert bad.exit_code == 1
    assert "shapes:ChangeOfCommand-incomingCommander" in bad.output and "Disjoint" in bad.output

    unreadable = tmp_path / "garbage.ttl"
    unreadable.write_text("this is not turtle <<<", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(unreadable)]).exit_code == 2
    assert runner.invoke(app, ["validate", "--store", str(tmp_path / "nowhere")]).exit_code == 2


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_cli_stats(ingested, fmt):
    result = runner.invoke(app, ["stats", "--store", str(ingested), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        stats = json.loads(result.output)
        assert stats["classes"]["skg:Article"] == 2 and stats["graphs"] == 3  # two articles + runs
    else:
        assert "skg:Landing" in result.output


def test_cli_export_round_trip(tmp_path, ingested):
    out = tmp_path / "dump.nq"
    result = runner.invoke(app, ["export", str(out), "--store", str(ingested)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == _quads(ingested)


def test_cli_query_from_rq_file(tmp_path, ingested):
    query_file = tmp_path / "articles.rq"
    query_file.write_text("# Article ids.\nPREFIX dct: <http://purl.org/dc/terms/>\n"
                          "SELECT ?doc WHERE { ?a dct:identifier ?doc } ORDER BY ?doc\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(query_file), "--store", str(ingested), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["doc", "seed-landing-2020", "seed-undocking-2021"]
