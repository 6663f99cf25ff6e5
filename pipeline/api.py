"""The Python API for notebooks: the knowledge graph as pandas DataFrames and networkx graphs.

Researchers stay in Python: ``open_store(path)`` gives a ``KnowledgeGraph`` whose ``sparql()`` and
named-query methods (``kg.events()``, ``kg.landings(year=2020)``, ...) return DataFrames of Python
values (datetimes, floats, ints, str), and ``extract_article(text)`` runs the NLP stages on one text.
Queries and parameters go through ``pipeline.query`` exactly as on the command line, so a notebook and
``spacekg query NAME --param k=v`` always agree.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from pipeline.model import Article, Extraction

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from pipeline.ingest import RunReport
    from pipeline.store import GraphStore, QueryResult

log = logging.getLogger(__name__)

#: RDF files ``open_store`` loads into an in-memory store instead of opening a store directory.
RDF_FILE_SUFFIXES = (".trig", ".nq", ".nquads", ".ttl", ".nt")

# Literal datatypes whose Python value is what a DataFrame should hold; others stay lexical strings
# (``xsd:gYear``, ``xsd:gYearMonth`` and durations have no faithful pandas dtype).
_NUMERIC = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger, XSD.positiveInteger,
            XSD.decimal, XSD.double, XSD.float}
_TEMPORAL = {XSD.dateTime, XSD.dateTimeStamp, XSD.date}


def python_value(term: Any) -> Any:
    """An RDF term as the Python value a DataFrame cell should hold (None where unbound)."""
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    if isinstance(term, Literal):
        datatype = term.datatype
        if datatype in _NUMERIC or datatype in _TEMPORAL or datatype == XSD.boolean:
            value = term.toPython()
            if isinstance(value, Decimal):
                return float(value)
            if isinstance(value, (int, float, bool, datetime, date)):
                return value
        return str(term)
    return term


def result_frame(result: QueryResult) -> pd.DataFrame:
    """A SELECT result as a DataFrame of Python values; ASK gives one ``boolean`` cell."""
    import pandas as pd

    if result.kind == "ask":
        return pd.DataFrame({"boolean": [bool(result.boolean)]})
    if result.kind != "select":
        raise ValueError("a CONSTRUCT or DESCRIBE query returns a graph: use KnowledgeGraph.construct()")
    rows = [[python_value(row.get(name)) for name in result.variables] for row in result.rows]
    frame = pd.DataFrame(rows, columns=list(result.variables))
    for column in frame.columns:  # datetimes become a real datetime64 column, NaT where unbound
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, datetime) for v in values):
            frame[column] = pd.to_datetime(frame[column], utc=True)
    return frame


class KnowledgeGraph:
    """A store of article graphs seen through SPARQL, pandas and networkx.

    Every ``.rq`` file in ``pipeline/queries`` is also a method: ``review-queue.rq`` is
    ``kg.review_queue(threshold=0.7)``; the common ones are spelled out below for help() and completion.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    # -- querying -----------------------------------------------------------------------------
    def run(self, query: str, **params: object) -> QueryResult:
        """A named query, an ``.rq`` file or SPARQL text, with parameters; the raw result."""
        from pipeline.query import run_query

        return run_query(self.store, query, **params)

    def sparql(self, query: str, **params: object) -> pd.DataFrame:
        """A named query, an ``.rq`` file or SPARQL text as a DataFrame of Python values."""
        return result_frame(self.run(query, **params))

    def construct(self, query: str, **params: object) -> Graph:
        """A CONSTRUCT or DESCRIBE query's graph (rdflib)."""
        result = self.run(query, **params)
        if result.graph is None:
            raise ValueError("not a CONSTRUCT or DESCRIBE query")
        return result.graph

    @staticmethod
    def named_queries() -> dict[str, str]:
        """Named query -> its description (what ``spacekg query --list`` prints)."""
        from pipeline.query import list_queries

        return list_queries()

    def __getattr__(self, name: str):
        """Any named query as a method (``kg.events_per_mission()``)."""
        if name.startswith("_"):
            raise AttributeError(name)
        from pipeline.query import named_queries

        query_name = name.replace("_", "-")
        if query_name not in named_queries():
            raise AttributeError(f"{type(self).__name__} has no attribute or named query {name!r}")
        return lambda **params: self.sparql(query_name, **params)

    def events(self, **params: object) -> pd.DataFrame:
        """One row per event and article (the ``events`` contract); narrow with ``doc="..."``."""
        return self.sparql("events", **params)

    def entities(self, **params: object) -> pd.DataFrame:
        """One row per entity and article (the ``entities`` contract)."""
        return self.sparql("entities", **params)

    def landings(self, year: int = 2020) -> pd.DataFrame:
        """Landings in a year with spacecraft, crew, landing site, mission."""
        return self.sparql("landings", year=year)

    def command_handovers(self, station: str = "International Space Station") -> pd.DataFrame:
        """Changes of command of a station, outgoing and incoming commander."""
        return self.sparql("command-handovers", station=station)

    def astronaut_timeline(self, astronaut: str) -> pd.DataFrame:
        """Every event one astronaut (label, surface form or IRI) took part in, in time order."""
        return self.sparql("astronaut-timeline", astronaut=astronaut)

    def undockings(self, start: str | date = "1957-10-04", end: str | date = "2100-12-31") -> pd.DataFrame:
        """Undockings whose time overlaps ``start``..``end`` (dates, inclusive)."""
        return self.sparql("undockings", start=str(start), end=str(end))

    def spacewalks_per_agency(self) -> pd.DataFrame:
        return self.sparql("spacewalks-per-agency")

    def events_per_mission(self) -> pd.DataFrame:
        return self.sparql("events-per-mission")

    def on_day(self, day: str | date) -> pd.DataFrame:
        """Events whose UTC bounds overlap the day, at any precision."""
        return self.sparql("on-day", day=str(day))

    def disagreements(self, days: int = 3) -> pd.DataFrame:
        """Reports of one event that disagree across articles (roles, status, or times)."""
        return self.sparql("disagreements", days=days)

    def spacecraft_articles(self, spacecraft: str) -> pd.DataFrame:
        """Articles that said something about a spacecraft (label, surface form or IRI)."""
        return self.sparql("spacecraft-articles", spacecraft=spacecraft)

    def review_queue(self, threshold: float = 0.5) -> pd.DataFrame:
        """Facts extracted with confidence below ``threshold``, with their evidence."""
        return self.sparql("review-queue", threshold=threshold)

    def crew(self) -> pd.DataFrame:
        """One row per event and person: the rows the crew network is built from."""
        return self.sparql("crew")

    # -- graphs ---------------------------------------------------------------------------------
    def crew_network(self) -> nx.Graph:
        """People, spacecraft and missions as nodes; who flew with whom, weighted by shared events."""
        from pipeline.network import crew_network

        return crew_network(self.crew())

    # -- writing --------------------------------------------------------------------------------
    def add(self, extraction: Extraction) -> int:
        """Store one extraction as its article's named graph (replacing an older one); quads written."""
        graph = to_graph(extraction)
        return self.store.replace_graph(graph.identifier, graph)

    def ingest(self, *paths: str | Path, progress: bool = False, **options: object) -> RunReport:
        """Read, extract and store every article under ``paths`` (``pipeline.ingest.ingest``)."""
        from pipeline.ingest import ingest

        return ingest([str(p) for p in paths], self.store, progress=progress, **options)

    def stats(self) -> dict:
        return self.store.stats()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = getattr(self.store, "directory", None) or "memory"
        return f"<KnowledgeGraph {where}>"


def open_store(path: str | Path | None = None, *, read_only: bool = False,
               memory: bool = False) -> KnowledgeGraph:
    """The knowledge graph in a store directory (default: ``$SPACEKG_STORE`` or ``./spacekg-store``).

    ``memory=True`` gives an empty in-memory store; a path to an RDF file (``.trig``, ``.nq``, ``.ttl``)
    is loaded into one, which is handy for golden data and exported dumps.
    """
    from pipeline.store import OxigraphStore, default_store_dir

    if memory:
        return KnowledgeGraph(OxigraphStore(None))
    target = Path(path) if path is not None else default_store_dir()
    if target.is_file() and target.suffix.lower() in RDF_FILE_SUFFIXES:
        store = OxigraphStore(None)
        store.load_file(target)
        return KnowledgeGraph(store)
    return KnowledgeGraph(OxigraphStore(target, read_only=read_only))


def _as_published(value: str | date | datetime | None) -> date | datetime | None:
    if value is None or isinstance(value, (date, datetime)):
        return value
    text = value.strip().replace("Z", "+00:00")
    return datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)


def extract_article(text: str, published: str | date | datetime | None = None, id: str | None = None,
                    title: str | None = None, url: str | None = None) -> Extraction:
    """Run the NLP stages on one text: entities, times and events as ``Extraction`` objects.

    ``published`` (ISO text, date or datetime) anchors relative times ("yesterday"); without ``id``
    the article is named by a hash of its text, so the same text always gets the same graph.
    """
    from pipeline.extract import extract

    article_id = id or f"text-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"
    article = Article(id=article_id, text=text, published=_as_published(published), title=title, url=url)
    return extract(article)


def extract_articles(texts: Iterable[str]) -> list[Extraction]:
    """Several texts at once (batched through spaCy), each named by a hash of its text."""
    from pipeline.extract import extract_many

    articles = [Article(id=f"text-{hashlib.sha256(t.encode('utf-8')).hexdigest()[:12]}", text=t) for t in texts]
    return list(extract_many(articles))


def to_graph(extraction: Extraction) -> Graph:
    """The article's named graph (rdflib) that ingestion would store for this extraction."""
    from pipeline.rdf import extraction_to_graph

    return extraction_to_graph(extraction)


__all__ = [
    "KnowledgeGraph",
    "extract_article",
    "extract_articles",
    "open_store",
    "python_value",
    "result_frame",
    "to_graph",
]
