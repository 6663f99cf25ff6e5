"""Ingestion: same input twice leaves the store unchanged; a changed article replaces its graph."""

from __future__ import annotations

import json

import pytest
from golden.fake_extractor import SEED_RECORDS, fake_extract_many

from pipeline.ingest import ingest
from pipeline.rdf import GAZETTEER_GRAPH, RUNS_GRAPH
from pipeline.store import OxigraphStore

EVENT_TYPES_QUERY = """PREFIX skg: <https://w3id.org/spacekg/ontology#>
SELECT ?type WHERE { GRAPH ?g { ?e a ?type . VALUES ?type { skg:Landing skg:ChangeOfCommand skg:Undocking } } }
ORDER BY ?type"""


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture()
def store(tmp_path):
    with OxigraphStore(tmp_path / "store") as opened:
        yield opened


@pytest.mark.parametrize("skip_unchanged", [True, False])
def test_ingest_twice_leaves_article_graphs_unchanged(tmp_path, store, skip_unchanged):
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, SEED_RECORDS)
    first = ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=None)
    assert (first.stored, first.failed, first.exit_code) == (2, 0, 0)
    article_quads = store.quad_count() - store.stats()["quads_per_graph"].get(str(RUNS_GRAPH), 0)
    quads = store.quad_count()

    second = ingest([source], store, extractor=fake_extract_many, skip_unchanged=skip_unchanged, progress=False,
                    gazetteer_dir=None)
    assert second.failed == 0
    if skip_unchanged:
        assert (second.stored, second.skipped) == (0, 2)
        assert store.quad_count() == quads  # nothing written, not even a run record
    else:
        assert second.stored == 2
        runs = store.stats()["quads_per_graph"][str(RUNS_GRAPH)]
        assert store.quad_count() - runs == article_quads


def test_ingest_changed_article_replaces_its_graph(tmp_path, store):
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, SEED_RECORDS)
    ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=None)
    assert store.query(EVENT_TYPES_QUERY).values("type")[0].endswith("ChangeOfCommand")

    edited = dict(SEED_RECORDS[0])
    first_sentence_end = edited["text"].index(". ") + 2
    edited["text"] = edited["text"][first_sentence_end:]  # the change of command is no longer reported
    write_jsonl(source, [edited, SEED_RECORDS[1]])
    report = ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=None)

    assert (report.stored, report.skipped) == (1, 1)
    types = [t.rsplit("#", 1)[-1] for t in store.query(EVENT_TYPES_QUERY).values("type")]
    assert types == ["Landing", "Undocking"]
    hashes = store.document_hashes()
    assert len(hashes) == 2 and len(set(hashes.values())) == 2


def test_ingest_bad_records_are_counted_not_fatal(tmp_path, store):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(SEED_RECORDS[0]) + "\n{not json\n" + json.dumps({"id": "empty", "text": ""})
                      + "\n", encoding="utf-8")
    report = ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=None)
    assert (report.stored, report.failed, report.exit_code) == (1, 2, 1)
    assert any("malformed JSON" in f for f in report.failures)
    assert list(store.document_hashes()) == ["seed-landing-2020"]


def test_ingest_records_the_run_as_prov_activity(tmp_path, store):
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, SEED_RECORDS)
    ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=None)
    rows = store.query(f"""PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX skg: <https://w3id.org/spacekg/ontology#>
        SELECT ?run ?stored (COUNT(?g) AS ?generated) WHERE {{ GRAPH <{RUNS_GRAPH}> {{
          ?run a prov:Activity ; prov:startedAtTime ?t ; skg:articlesStored ?stored ; prov:generated ?g ;
               prov:wasAssociatedWith/a prov:SoftwareAgent }} }} GROUP BY ?run ?stored""").rows
    assert len(rows) == 1
    assert int(rows[0]["stored"]) == 2 and int(rows[0]["generated"]) == 2


def test_ingest_extractor_crash_keeps_what_was_stored(tmp_path, store):
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, SEED_RECORDS)

    def crashing(articles):
        for number, extraction in enumerate(fake_extract_many(articles)):
            if number == 1:
                raise RuntimeError("model exploded")
            yield extraction

    report = ingest([source], store, extractor=crashing, progress=False, gazetteer_dir=None)
    assert (report.stored, report.failed, report.exit_code) == (1, 1, 1)
    assert list(store.document_hashes()) == ["seed-landing-2020"]


def test_ingest_loads_the_gazetteer_graph_once(tmp_path, store):
    gazetteer = tmp_path / "gazetteer"
    gazetteer.mkdir()
    (gazetteer / "agencies.jsonl").write_text(json.dumps(
        {"id": "european-space-agency", "type": "SpaceAgency", "name": "European Space Agency",
         "aliases": ["ESA"], "wikidata": "Q42262", "agency": None}) + "\n", encoding="utf-8")
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, SEED_RECORDS)
    ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=gazetteer)
    assert str(GAZETTEER_GRAPH) in store.graph_iris()
    quads = store.quad_count()
    ingest([source], store, extractor=fake_extract_many, progress=False, gazetteer_dir=gazetteer)
    assert store.quad_count() == quads
    rows = store.query(f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?alias WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?e skos:altLabel ?alias }} }}""").rows
    assert [str(r["alias"]) for r in rows] == ["ESA"]
