"""Stage 9: where named graphs go.

Callers talk to the narrow ``GraphStore`` protocol, so ingestion and queries do not care whether the
graphs land in an embedded Oxigraph store on disk (``OxigraphStore``, the default), in a file
(``FileStore``: TriG, N-Quads, Turtle or JSON-LD), or later in a remote SPARQL 1.1 / Graph Store
Protocol endpoint (a class with the same methods).

An article's graph is replaced in one transaction (one SPARQL update: ``DROP GRAPH`` then
``INSERT DATA``), so a reader or a crash never sees it half-written.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from pipeline.rdf import graph_to_ntriples
from pipeline.vocab import PREFIXES

log = logging.getLogger(__name__)

DEFAULT_STORE_DIR = "spacekg-store"
STORE_ENV_VAR = "SPACEKG_STORE"


class FileFormat(str, Enum):
    """Serialisations a store can be written to."""

    trig = "trig"
    nquads = "nquads"
    turtle = "turtle"
    jsonld = "jsonld"

    @classmethod
    def from_path(cls, path: str | Path) -> FileFormat:
        suffix = Path(path).suffix.lower()
        by_suffix = {".trig": cls.trig, ".nq": cls.nquads, ".nquads": cls.nquads, ".ttl": cls.turtle,
                     ".turtle": cls.turtle, ".jsonld": cls.jsonld, ".json": cls.jsonld}
        if suffix not in by_suffix:
            raise ValueError(f"cannot tell the RDF format of {path!s} from its suffix; give --format")
        return by_suffix[suffix]


_OX_FORMATS = {FileFormat.trig: ox.RdfFormat.TRIG, FileFormat.nquads: ox.RdfFormat.N_QUADS,
               FileFormat.turtle: ox.RdfFormat.TURTLE}


def default_store_dir() -> Path:
    """``$SPACEKG_STORE`` if set, else ``./spacekg-store``."""
    return Path(os.environ.get(STORE_ENV_VAR) or DEFAULT_STORE_DIR)


@dataclass
class QueryResult:
    """A SPARQL result, independent of the backend: rows of rdflib terms (None where unbound)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def values(self, variable: str) -> list[str | None]:
        """One column as plain strings (handy in tests and notebooks)."""
        return [None if row.get(variable) is None else str(row[variable]) for row in self.rows]


@runtime_checkable
class GraphStore(Protocol):
    """What ingestion, queries and validation need from a store of named graphs."""

    def replace_graph(self, graph_iri: str | URIRef, graph: Graph) -> int:
        """Make the named graph hold exactly ``graph`` (atomically); returns the quads written."""

    def drop_graph(self, graph_iri: str | URIRef) -> None: ...

    def graph_iris(self) -> list[str]: ...

    def document_hashes(self) -> dict[str, str]:
        """Article id -> content hash, for every article graph stored."""

    def query(self, sparql: str) -> QueryResult: ...

    def quad_count(self) -> int: ...

    def stats(self) -> dict: ...

    def dump(self, path: str | Path, format: FileFormat) -> None: ...

    def close(self) -> None: ...


# --------------------------------------------------------------------------- term conversion


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Node | None:
    """An Oxigraph term as the equivalent rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # RDF 1.1: a plain literal is an xsd:string; rdflib keeps them apart
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value), normalize=False)
    raise TypeError(f"unsupported term {term!r}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

STATS_CLASSES_QUERY = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }
GROUP BY ?class ORDER BY DESC(?n) ?class
"""
STATS_GRAPHS_QUERY = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g
"""
DOCUMENT_HASHES_QUERY = """
PREFIX skg: <https://w3id.org/spacekg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?id ?hash WHERE { GRAPH ?g { ?doc a skg:Article ; dct:identifier ?id ; skg:contentHash ?hash } }
"""


def _short(iri: str) -> str:
    """A prefixed name where a project prefix fits (for stats tables)."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and prefix != "res":
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


class OxigraphStore:
    """The embedded store: ``pyoxigraph.Store`` on disk (RocksDB), or in memory when ``directory`` is None.

    A store directory is locked by the process that opens it: one writer at a time.
    """

    def __init__(self, directory: str | Path | None = None, read_only: bool = False) -> None:
        self.directory = Path(directory) if directory is not None else None
        self.read_only = read_only
        if self.directory is None:
            self._store = ox.Store()
        elif read_only:
            self._store = ox.Store.read_only(str(self.directory))
        else:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.directory))

    # -- writing ----------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str | URIRef, graph: Graph) -> int:
        """``DROP SILENT GRAPH`` + ``INSERT DATA`` in one update: one transaction, never half-written."""
        name = f"<{graph_iri}>"
        body = graph_to_ntriples(graph)
        update = f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}}} }}"
        self._store.update(update)
        return len(graph)

    def replace_graph_nquads(self, graph_iri: str | URIRef, nquads: str) -> int:
        """Like ``replace_graph`` for a graph that arrives as strict N-Quads text (from a worker process).

        The quads go straight into the update without a detour through rdflib objects, which would cost
        the single writing process more than the workers save. Lines of other graphs are ignored.
        """
        name = f"<{graph_iri}>"
        suffix = f" {name} ."
        lines = [line[: -len(suffix)] + " ." for line in nquads.splitlines() if line.endswith(suffix)]
        body = "\n".join(lines)
        self._store.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        return len(lines)

    def drop_graph(self, graph_iri: str | URIRef) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def load_file(self, path: str | Path) -> None:
        """Add the quads of an RDF file (format from its suffix), e.g. to reopen a written file."""
        self._store.bulk_load(path=str(path))

    # -- reading ----------------------------------------------------------------------------------
    def graph_iris(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str) -> QueryResult:
        """Runs SPARQL; a query without ``GRAPH`` sees the union of all named graphs."""
        result = self._store.query(sparql, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [{name: to_rdflib(solution[name]) for name in variables} for solution in result]
            return QueryResult(kind="select", variables=variables, rows=rows)
        graph = Graph()
        for triple in result:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return QueryResult(kind="graph", graph=graph)

    def document_hashes(self) -> dict[str, str]:
        return {str(row["id"]): str(row["hash"]) for row in self.query(DOCUMENT_HASHES_QUERY).rows}

    def quad_count(self) -> int:
        return len(self._store)

    def stats(self) -> dict:
        """Quads, named graphs, instances per class and quads per named graph."""
        classes = {_short(str(r["class"])): int(r["n"]) for r in self.query(STATS_CLASSES_QUERY).rows}
        graphs = {str(r["g"]): int(r["n"]) for r in self.query(STATS_GRAPHS_QUERY).rows}
        return {"quads": self.quad_count(), "graphs": len(graphs), "classes": classes,
                "quads_per_graph": graphs}

    def dump(self, path: str | Path, format: FileFormat) -> None:
        """Write the whole store: TriG and N-Quads keep graphs; Turtle is the union; JSON-LD via rdflib."""
        write_store_file(self._store, Path(path), format)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Release the store (and its directory lock)."""
        if self._store is not None and self.directory is not None and not self.read_only:
            self._store.flush()
        self._store = None  # type: ignore[assignment]

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_store_file(store: ox.Store, path: Path, format: FileFormat) -> None:
    """Serialise an Oxigraph store into one file in the given format."""
    path.parent.mkdir(parents=True, exist_ok=True)
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    if format in (FileFormat.trig, FileFormat.nquads):
        kwargs = {"prefixes": prefixes} if format is FileFormat.trig else {}
        store.dump(str(path), _OX_FORMATS[format], **kwargs)
        return
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    if format is FileFormat.turtle:
        data = ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        path.write_bytes(data or b"")
        return
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    path.write_text(dataset.serialize(format="json-ld", context=context, indent=2), encoding="utf-8")


class FileStore(OxigraphStore):
    """Graphs collected in memory and written to one file on ``close()``.

    An existing file is read first, so re-ingesting into the same file replaces graphs as the
    embedded store does.
    """

    def __init__(self, path: str | Path, format: FileFormat | None = None) -> None:
        super().__init__(None)
        self.path = Path(path)
        self.format = format or FileFormat.from_path(self.path)
        if self.path.exists() and self.path.stat().st_size:
            if self.format in (FileFormat.turtle, FileFormat.jsonld):
                log.warning("%s is rewritten from scratch (only TriG and N-Quads files are updated in place)",
                            self.path)
            else:
                self._store.bulk_load(path=str(self.path), format=_OX_FORMATS[self.format])

    def close(self) -> None:
        if self._store is not None:
            write_store_file(self._store, self.path, self.format)
        super().close()


def open_store(directory: str | Path | None = None, read_only: bool = False) -> OxigraphStore:
    """The embedded store at ``directory`` (default: ``$SPACEKG_STORE`` or ``./spacekg-store``)."""
    return OxigraphStore(directory if directory is not None else default_store_dir(), read_only=read_only)


__all__ = [
    "DEFAULT_STORE_DIR",
    "FileFormat",
    "FileStore",
    "GraphStore",
    "OxigraphStore",
    "QueryResult",
    "default_store_dir",
    "open_store",
]
