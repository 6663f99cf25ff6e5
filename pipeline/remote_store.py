"""A remote store: any SPARQL 1.1 server that speaks the Graph Store Protocol (Oxigraph, Fuseki, GraphDB).

Each article's named graph is written with one HTTP ``PUT URL?graph=<iri>`` (N-Triples body): the server
replaces the graph whole, in one request, so the article's content hash (a triple inside that graph)
arrives with it or not at all. Reads (document hashes, queries) go to the server's SPARQL query URL.
Only the standard library is used (``urllib``), so nothing is added to the install.

URL conventions (the query URL is derived from the store URL unless given):

=========  ==============================================  ==========================================
server     Graph Store Protocol URL (``--endpoint``)       SPARQL query URL
=========  ==============================================  ==========================================
Oxigraph   ``http://host:7878/store``                      ``http://host:7878/query``
Fuseki     ``http://host:3030/DATASET/data``               ``http://host:3030/DATASET/query``
GraphDB    ``http://host:7200/repositories/R/rdf-graphs/service``  ``http://host:7200/repositories/R``
=========  ==============================================  ==========================================
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from pipeline.rdf import graph_to_ntriples
from pipeline.store import DOCUMENT_HASHES_QUERY, STATS_GRAPHS_QUERY, FileFormat, QueryResult, to_rdflib

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 60.0
QUAD_COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
GRAPH_IRIS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


class RemoteStoreError(RuntimeError):
    """The remote server refused a request or could not be reached."""


def derive_query_url(store_url: str) -> str:
    """The SPARQL query URL that goes with a Graph Store Protocol URL (see the module's table)."""
    parts = urllib.parse.urlsplit(store_url)
    path = parts.path.rstrip("/")
    for suffix, replacement in (("/rdf-graphs/service", ""), ("/store", "/query"), ("/data", "/query")):
        if path.endswith(suffix):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(suffix)] + replacement, query=""))
    raise ValueError(f"cannot tell the SPARQL query URL for {store_url}; give it explicitly")


def _term_from_json(binding: dict | None) -> Node | None:
    """A SPARQL 1.1 Query Results JSON term as an rdflib term."""
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in binding:
        return Literal(value, lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    return Literal(value, datatype=URIRef(datatype) if datatype else None, normalize=False)


class GraphStoreProtocolStore:
    """A ``GraphStore`` backed by a remote server over HTTP (Graph Store Protocol + SPARQL Protocol)."""

    def __init__(self, store_url: str, query_url: str | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                 headers: dict[str, str] | None = None) -> None:
        if urllib.parse.urlsplit(store_url).scheme not in ("http", "https"):
            raise ValueError(f"not an http(s) URL: {store_url}")
        self.store_url = store_url
        self.query_url = query_url or derive_query_url(store_url)
        self.timeout = timeout
        self.headers = dict(headers or {})

    def __repr__(self) -> str:
        return f"GraphStoreProtocolStore({self.store_url!r})"

    # -- HTTP -------------------------------------------------------------------------------------
    def _request(self, method: str, url: str, body: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, ok_missing: bool = False) -> bytes:
        headers = dict(self.headers)
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - http(s) only
                return response.read()
        except urllib.error.HTTPError as err:
            if ok_missing and err.code == 404:
                return b""
            detail = err.read().decode("utf-8", "replace")[:500]
            raise RemoteStoreError(f"{method} {url} failed: HTTP {err.code} {detail}") from None
        except urllib.error.URLError as err:
            raise RemoteStoreError(f"cannot reach {url}: {err.reason}") from None

    def _graph_url(self, graph_iri: str | URIRef) -> str:
        separator = "&" if "?" in self.store_url else "?"
        return f"{self.store_url}{separator}{urllib.parse.urlencode({'graph': str(graph_iri)})}"

    # -- writing ----------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str | URIRef, graph: Graph) -> int:
        """One ``PUT``: the server swaps the whole graph (with the article's content hash) at once."""
        self.put_ntriples(graph_iri, graph_to_ntriples(graph))
        return len(graph)

    def put_ntriples(self, graph_iri: str | URIRef, ntriples: str) -> None:
        self._request("PUT", self._graph_url(graph_iri), ntriples.encode("utf-8"),
                      content_type="application/n-triples")

    def drop_graph(self, graph_iri: str | URIRef) -> None:
        self._request("DELETE", self._graph_url(graph_iri), ok_missing=True)

    # -- reading ----------------------------------------------------------------------------------
    def query(self, sparql: str) -> QueryResult:
        """SPARQL over HTTP POST; SELECT/ASK as Query Results JSON, CONSTRUCT/DESCRIBE as N-Triples."""
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        payload = self._request("POST", self.query_url, sparql.encode("utf-8"),
                                content_type="application/sparql-query", accept=accept)
        text = payload.decode("utf-8")
        if text.lstrip().startswith("{"):
            data = json.loads(text)
            if "boolean" in data:
                return QueryResult(kind="ask", boolean=bool(data["boolean"]))
            variables = list(data["head"].get("vars", []))
            rows = [{v: _term_from_json(b.get(v)) for v in variables} for b in data["results"]["bindings"]]
            return QueryResult(kind="select", variables=variables, rows=rows)
        # Parsed by Oxigraph and converted as the embedded store does, so literals keep their exact
        # lexical form (rdflib's own parser would rewrite e.g. "...Z" dateTimes to "+00:00").
        import pyoxigraph as ox

        graph = Graph()
        for triple in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return QueryResult(kind="graph", graph=graph)

    def graph_iris(self) -> list[str]:
        return [str(g) for g in self.query(GRAPH_IRIS_QUERY).values("g") if g]

    def document_hashes(self) -> dict[str, str]:
        return {str(row["id"]): str(row["hash"]) for row in self.query(DOCUMENT_HASHES_QUERY).rows}

    def quad_count(self) -> int:
        rows = self.query(QUAD_COUNT_QUERY).rows
        return int(rows[0]["n"]) if rows else 0

    def stats(self) -> dict:
        graphs = {str(r["g"]): int(r["n"]) for r in self.query(STATS_GRAPHS_QUERY).rows}
        return {"quads": self.quad_count(), "graphs": len(graphs), "quads_per_graph": graphs,
                "endpoint": self.store_url}

    def nquads(self) -> str:
        """The whole dataset as N-Quads (``GET`` on the store URL without a graph, as Oxigraph answers)."""
        return self._request("GET", self.store_url, accept="application/n-quads").decode("utf-8")

    def dump(self, path: str | Path, format: FileFormat) -> None:
        import pyoxigraph as ox

        from pipeline.store import write_store_file

        local = ox.Store()
        local.load(self.nquads().encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        write_store_file(local, Path(path), format)

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

    def __enter__(self) -> GraphStoreProtocolStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
