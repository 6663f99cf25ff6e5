"""SHACL validation of the store or an RDF file against ``ontologies/spacekg-shapes.ttl`` (pySHACL).

Each named graph (one article) is validated on its own: the shapes speak about one article's
assertions ("one canonical label"), and a violation can then name the article it is in. Warnings
(an event without evidence, a spacewalk with nobody named) are reported but do not fail validation.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF

from pipeline.paths import ONTOLOGY_DIR
from pipeline.store import GraphStore
from pipeline.vocab import PREFIXES, SH

log = logging.getLogger(__name__)

SHAPES_FILE = ONTOLOGY_DIR / "spacekg-shapes.ttl"
SHAPES_NS = "https://w3id.org/spacekg/shapes#"


@dataclass(frozen=True)
class ShapeResult:
    """One SHACL result, with the shape and constraint named."""

    severity: str  # "Violation", "Warning" or "Info"
    shape: str
    constraint: str
    focus: str
    path: str | None
    value: str | None
    message: str
    graph: str | None = None

    def describe(self) -> str:
        path = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        where = f" in graph {self.graph}" if self.graph else ""
        return f"{self.severity}: {self.shape} [{self.constraint}] on {self.focus}{path}{value}{where}: {self.message}"


@dataclass
class ValidationReport:
    graphs: int = 0
    results: list[ShapeResult] = field(default_factory=list)

    @property
    def violations(self) -> list[ShapeResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ShapeResult]:
        return [r for r in self.results if r.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations


def load_shapes(path: Path = SHAPES_FILE) -> Graph:
    return Graph().parse(path, format="turtle")


def _short(term: object) -> str:
    text = str(term)
    if text.startswith(SHAPES_NS):
        return "shapes:" + text[len(SHAPES_NS):]
    if text.startswith(str(SH)):
        return "sh:" + text[len(str(SH)):]
    for prefix, namespace in PREFIXES.items():
        if text.startswith(str(namespace)) and prefix != "res":
            return f"{prefix}:{text[len(str(namespace)):]}"
    return text


def _shape_name(shapes: Graph, shape: object) -> str:
    """A shape's IRI, or for an anonymous property shape: its parent's name and its path."""
    if isinstance(shape, URIRef):
        return _short(shape)
    parent = shapes.value(None, SH.property, shape)
    path = shapes.value(shape, SH.path)
    if parent is not None:
        return f"{_short(parent)}/{_short(path) if path is not None else 'property'}"
    return "(anonymous shape)"


def _results(report_graph: Graph, shapes: Graph, graph_name: str | None) -> Iterator[ShapeResult]:
    for result in report_graph.subjects(RDF.type, SH.ValidationResult):
        severity = report_graph.value(result, SH.resultSeverity)
        component = report_graph.value(result, SH.sourceConstraintComponent)
        path = report_graph.value(result, SH.resultPath)
        value = report_graph.value(result, SH.value)
        yield ShapeResult(
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=_shape_name(shapes, report_graph.value(result, SH.sourceShape)),
            constraint=_short(component).replace("sh:", "") if component is not None else "",
            focus=_short(report_graph.value(result, SH.focusNode)),
            path=_short(path) if path is not None and not isinstance(path, BNode) else (
                "(inverse path)" if path is not None else None),
            value=_short(value) if value is not None else None,
            message=str(report_graph.value(result, SH.resultMessage) or ""),
            graph=graph_name,
        )


def validate_graph(data: Graph, shapes: Graph | None = None, graph_name: str | None = None) -> list[ShapeResult]:
    """SHACL results for one graph (no inference: the data carries the types it needs)."""
    from pyshacl import validate as shacl_validate

    shapes = shapes if shapes is not None else load_shapes()
    _, report_graph, _ = shacl_validate(data, shacl_graph=shapes, inference="none", allow_warnings=True,
                                        advanced=False, abort_on_first=False)
    return sorted(_results(report_graph, shapes, graph_name),
                  key=lambda r: (r.graph or "", r.severity, r.shape, r.focus, r.path or "", r.value or ""))


def validate_graphs(graphs: Iterable[tuple[str, Graph]], shapes: Graph | None = None) -> ValidationReport:
    shapes = shapes if shapes is not None else load_shapes()
    report = ValidationReport()
    for name, graph in graphs:
        report.graphs += 1
        report.results.extend(validate_graph(graph, shapes, name))
    return report


def _store_graphs(store: GraphStore) -> Iterator[tuple[str, Graph]]:
    for name in store.graph_iris():
        result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        yield name, result.graph if result.graph is not None else Graph()


def validate_store(store: GraphStore, shapes: Graph | None = None) -> ValidationReport:
    """Validate every named graph in the store."""
    return validate_graphs(_store_graphs(store), shapes)


def _file_graphs(path: Path) -> Iterator[tuple[str, Graph]]:
    suffix = path.suffix.lower()
    if suffix in (".trig", ".nq", ".nquads", ".jsonld", ".json"):
        dataset = Dataset()
        dataset.parse(path, format={".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld"}.get(suffix, "nquads"))
        for graph in dataset.graphs():
            if len(graph):
                yield str(graph.identifier), graph
        return
    yield str(path), Graph().parse(path)


def validate_file(path: str | Path, shapes: Graph | None = None) -> ValidationReport:
    """Validate an RDF file: each named graph of a dataset file, or a plain graph file as a whole."""
    return validate_graphs(_file_graphs(Path(path)), shapes)
