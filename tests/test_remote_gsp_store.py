"""The Graph Store Protocol store against a real ``oxigraph serve`` on loopback."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest import ingest
from pipeline.rdf import graph_iri
from pipeline.store import OxigraphStore

from pipeline.remote_store import GraphStoreProtocolStore, RemoteStoreError, derive_query_url
from pipeline.vocab import DCT, SKG

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` on 127.0.0.1 with a store in a temporary directory; yields its base URL."""
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server binary is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def _article_graph(article_id: str, content_hash: str, extra: str) -> Graph:
    iri = URIRef(f"https://w3id.org/spacekg/resource/graph/test-{article_id}")
    graph = Graph(identifier=iri)
    doc = URIRef(f"https://w3id.org/spacekg/resource/doc/test-{article_id}")
    graph.add((doc, DCT.identifier, Literal(article_id)))
    graph.add((doc, SKG.contentHash, Literal(content_hash)))
    graph.add((doc, DCT.title, Literal(extra)))
    graph.add((doc, RDF.type, SKG.Article))
    return graph


@pytest.mark.parametrize(("store_url", "expected"), [
    ("http://127.0.0.1:7878/store", "http://127.0.0.1:7878/query"),
    ("http://127.0.0.1:3030/ds/data", "http://127.0.0.1:3030/ds/query"),
    ("http://127.0.0.1:7200/repositories/kg/rdf-graphs/service", "http://127.0.0.1:7200/repositories/kg"),
])
def test_query_url_is_derived_from_the_store_url(store_url, expected):
    assert derive_query_url(store_url) == expected


def test_put_replaces_a_graph_and_hashes_are_read_back(oxigraph_server):
    store = GraphStoreProtocolStore(f"{oxigraph_server}/store")
    first = _article_graph("a1", "hash-1", "first version\n(with a line break)")
    store.replace_graph(first.identifier, first)
    second = _article_graph("a2", "hash-2", "other")
    store.replace_graph(second.identifier, second)
    assert store.document_hashes() == {"a1": "hash-1", "a2": "hash-2"}

    changed = _article_graph("a1", "hash-1b", "second \"\"\"version\"\"\"\nsplit")
    store.replace_graph(changed.identifier, changed)
    assert store.document_hashes() == {"a1": "hash-1b", "a2": "hash-2"}
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{changed.identifier}> {{ ?s ?p ?o }} }}")
    assert isomorphic(result.graph, changed)  # replaced whole: the first version's title is gone
    assert store.quad_count() == len(changed) + len(second)

    store.drop_graph(second.identifier)
    store.drop_graph(second.identifier)  # dropping a missing graph is not an error
    assert store.graph_iris() == [str(changed.identifier)]


def test_an_unreachable_server_is_a_clear_error():
    store = GraphStoreProtocolStore(f"http://127.0.0.1:{_free_port()}/store", timeout=2)
    with pytest.raises(RemoteStoreError, match="cannot reach"):
        store.document_hashes()



def test_cli_ingest_through_the_endpoint_matches_the_embedded_store(oxigraph_server, tmp_path, nlp,
                                                                     keep_log_handlers):
    source = tmp_path / "articles.jsonl"
    rows = [{"id": f"remote-{i}", "published": "2024-09-29",
             "text": f"NASA astronaut Nick Hague and cosmonaut Aleksandr Gorbunov launched aboard the SpaceX "
                     f"Dragon spacecraft on September {28 - i}, 2024. The spacecraft docked with the "
                     "International Space Station the next day."} for i in range(2)]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report_path = tmp_path / "report.json"
    command = ["ingest", str(source), "--endpoint", f"{oxigraph_server}/store", "--no-gazetteer",
               "--report", str(report_path)]

    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    assert json.loads(report_path.read_text())["counts"]["stored"] == 2
    result = CliRunner().invoke(app, command)  # unchanged: hashes read back from the server
    assert result.exit_code == 0, result.output
    assert json.loads(report_path.read_text())["counts"]["skipped_unchanged"] == 2

    remote = GraphStoreProtocolStore(f"{oxigraph_server}/store")
    embedded = OxigraphStore(None)
    ingest([source], embedded, gazetteer_dir=None, progress=False)
    for row in rows:
        name = graph_iri(row["id"])
        construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
        remote_graph, local_graph = remote.query(construct).graph, embedded.query(construct).graph
        assert len(local_graph) > 10
        assert isomorphic(remote_graph, local_graph), row["id"]
    embedded.close()
