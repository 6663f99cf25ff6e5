"""The Graph Store Protocol store against a real ``oxigraph serve`` on loopback."""

from __future__ import annotations

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
    first = _article_graph("a1", "hash-1", "first version")
    store.replace_graph(first.identifier, first)
    second = _article_graph("a2", "hash-2", "other")
    store.replace_graph(second.identifier, second)
    assert store.document_hashes() == {"a1": "hash-1", "a2": "hash-2"}

    changed = _article_graph("a1", "hash-1b", "second version")
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
