"""Stage 8: an ``Extraction`` becomes one named graph of RDF, with evidence and provenance.

Everything in an article's graph is a pure function of the extraction: IRIs are minted from content
(slugs and hashes, never random ids or clocks) and literals have fixed lexical forms, so re-running on
the same article gives the same graph, byte for byte once sorted. The only clock readings live in the
runs graph (``run_graph``), which is why ``ingest`` does not pass a run IRI into article graphs.

Modelling (see ``ontologies/spacekg.ttl`` and ``../shared/docs/modelling-notes.md``):
- an event is one node typed with its ``skg:`` class (a splashdown also as ``skg:Landing``), with named
  role properties, ``skg:status``, ``skg:confidence`` and ``skg:time`` to an OWL-Time node that carries
  the normalised value, its precision and its UTC bounds;
- every fact has a Web Annotation: ``oa:hasBody`` the fact's node, ``oa:hasTarget`` the article with a
  ``TextPositionSelector`` and a ``TextQuoteSelector``, and ``skg:confidence`` on the annotation;
- the article node is a ``skg:Article`` / ``schema:NewsArticle`` with ``dct:identifier``, ``dct:issued``
  and ``skg:contentHash`` (what incremental ingestion compares).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier
from rdflib.namespace import PROV, RDF, RDFS, SKOS, TIME, XSD

from pipeline import __version__
from pipeline.model import Article, Entity, Event, Extraction, TimeValue
from pipeline.vocab import DCT, ENTITY_CLASSES, EVENT_CLASSES, OA, RES, SCHEMA, SKG, WD, bind_prefixes

log = logging.getLogger(__name__)

RUNS_GRAPH = RES["graph/runs"]
GAZETTEER_GRAPH = RES["graph/gazetteer"]
SOFTWARE_NAME = "spacekg"

# Which event slots identify an event (so two articles about the same landing meet on one node).
_SPACECRAFT_EVENTS = ("Launch", "Docking", "Undocking", "Landing")
# Precisions at which an OWL-Time Instant with an XSD position fits; coarser or fuzzier ones are intervals.
_INSTANT_PROPERTY = {
    "second": (TIME.inXSDDateTimeStamp, XSD.dateTimeStamp),
    "minute": (TIME.inXSDDateTimeStamp, XSD.dateTimeStamp),
    "hour": (TIME.inXSDDateTimeStamp, XSD.dateTimeStamp),
    "day": (TIME.inXSDDate, XSD.date),
    "month": (TIME.inXSDgYearMonth, XSD.gYearMonth),
    "year": (TIME.inXSDgYear, XSD.gYear),
}


_XSD_LEXICAL = {
    XSD.date: re.compile(r"-?\d{4,}-\d{2}-\d{2}"),
    XSD.gYearMonth: re.compile(r"-?\d{4,}-\d{2}"),
    XSD.gYear: re.compile(r"-?\d{4,}"),
}


# --------------------------------------------------------------------------- IRIs (pure functions)


def short_hash(*parts: object, length: int = 16) -> str:
    """A stable hex digest of the parts (joined with a separator that cannot occur in text)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part if part is not None else "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def _segment(text: str) -> str:
    """An IRI path segment: keys are slugs already, but stay safe if one is not."""
    return quote(text.strip(), safe="-._~") or "_"


def graph_iri(article_id: str) -> URIRef:
    """The named graph that holds everything extracted from one article."""
    return RES[f"graph/{short_hash(article_id)}"]


def doc_iri(article_id: str) -> URIRef:
    return RES[f"doc/{short_hash(article_id)}"]


def entity_iri(entity_type: str, key: str) -> URIRef:
    """``.../entity/{type-lower}/{key}``: the same key and type in two articles give one node."""
    return RES[f"entity/{entity_type.lower()}/{_segment(key)}"]


def time_iri(value: TimeValue) -> URIRef:
    """A time node per normalised value (its bounds follow from the value)."""
    return RES[f"time/{quote(value.value, safe='-:+')}"]


def software_agent_iri(version: str = __version__) -> URIRef:
    return RES[f"agent/{SOFTWARE_NAME}/{_segment(version)}"]


def _iri_type(event_type: str) -> str:
    """The type word in an event IRI: a splashdown is a landing, so both meet on one node."""
    return "landing" if event_type == "Splashdown" else event_type.lower()


def event_identity(event: Event, article_id: str) -> tuple[str, ...]:
    """The parts that identify an event: its type, its identifying roles and its time value.

    An event with no identifying role at all (a spacewalk with nobody named, say) cannot be matched
    across articles, so its identity falls back to the article and the evidence's position.
    """
    base = _iri_type(event.type)
    time_value = event.time.value if event.time else ""
    if event.type in _SPACECRAFT_EVENTS or event.type == "Splashdown":
        roles: tuple[str, ...] = (event.spacecraft or "",)
    elif event.type == "ChangeOfCommand":
        roles = (event.from_ or "", event.to or "")
    elif event.type == "Spacewalk":
        roles = tuple(sorted(set(event.participants)))
    else:
        roles = (event.spacecraft or "", *sorted(set(event.participants)))
    if not any(roles):
        first = min((ev.start for ev in event.evidence), default=-1)
        roles = ("article", article_id, str(first), event.trigger)
    return (base, *roles, time_value)


def event_iri(event: Event, article_id: str) -> URIRef:
    """``.../event/{type-lower}/{hash of identifying roles and time}``."""
    return RES[f"event/{_iri_type(event.type)}/{short_hash(*event_identity(event, article_id))}"]


def annotation_iri(article_id: str, body: URIRef, start: int, end: int) -> URIRef:
    return RES[f"annotation/{short_hash(article_id, body, start, end)}"]


# --------------------------------------------------------------------------- literals


def utc_lexical(moment: datetime | date) -> str:
    """``2020-02-06T09:12:00Z``: UTC with a Z (rdflib would write +00:00); a bare date is its midnight."""
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return text + "Z"


def datetime_literal(moment: datetime | date) -> Literal:
    return Literal(utc_lexical(moment), datatype=XSD.dateTime, normalize=False)


def decimal_literal(value: float) -> Literal:
    """A confidence as xsd:decimal with a fixed lexical form (four places at most)."""
    text = f"{float(value):.4f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return Literal(text, datatype=XSD.decimal, normalize=False)


def issued_literal(published: datetime | date) -> Literal:
    """``dct:issued``: an xsd:date for a date, an xsd:dateTime (UTC where a zone is known) otherwise."""
    if isinstance(published, datetime):
        if published.tzinfo is None:
            return Literal(published.strftime("%Y-%m-%dT%H:%M:%S"), datatype=XSD.dateTime, normalize=False)
        return datetime_literal(published)
    return Literal(published.isoformat(), datatype=XSD.date, normalize=False)


def _instant_position(value: TimeValue) -> Literal | None:
    """The OWL-Time XSD position for a point-like value, where its lexical form fits the datatype."""
    prop_type = _INSTANT_PROPERTY.get(value.precision)
    if prop_type is None or value.kind not in ("date", "time"):
        return None
    _, datatype = prop_type
    text = value.value
    if datatype == XSD.dateTimeStamp:
        if value.earliest is None:
            return None
        text = utc_lexical(value.earliest)
    elif not _XSD_LEXICAL[datatype].fullmatch(text):
        return None  # a value that does not fit its precision's datatype is kept as an interval
    return Literal(text, datatype=datatype, normalize=False)


# --------------------------------------------------------------------------- graph building


@dataclass
class _Builder:
    """Accumulates one article's triples; knows the article's IRIs."""

    extraction: Extraction
    graph: Graph
    doc: URIRef
    minted_entities: dict[tuple[str, str], URIRef] = field(default_factory=dict)

    @property
    def article(self) -> Article:
        return self.extraction.article

    def add(self, s, p, o) -> None:
        if o is not None:
            self.graph.add((s, p, o))

    # -- article ---------------------------------------------------------------------------------
    def add_article(self) -> None:
        a = self.article
        g, doc = self.graph, self.doc
        g.add((doc, RDF.type, SKG.Article))
        g.add((doc, RDF.type, SCHEMA.NewsArticle))
        g.add((doc, DCT.identifier, Literal(a.id)))
        g.add((doc, SKG.contentHash, Literal(a.content_hash)))
        if a.title:
            g.add((doc, DCT.title, Literal(a.title)))
        if a.url:
            g.add((doc, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.published is not None:
            g.add((doc, DCT.issued, issued_literal(a.published)))
        graph_node = URIRef(str(self.graph.identifier))
        g.add((graph_node, PROV.wasDerivedFrom, doc))
        g.add((graph_node, PROV.wasAttributedTo, software_agent_iri()))

    # -- evidence -------------------------------------------------------------------------------
    def add_annotation(self, body: URIRef, start: int, end: int, exact: str, confidence: float,
                       motivation: URIRef) -> None:
        """One Web Annotation tying a fact to the stretch of text it came from."""
        ann = annotation_iri(self.article.id, body, start, end)
        target = URIRef(f"{ann}/target")
        g = self.graph
        g.add((ann, RDF.type, OA.Annotation))
        g.add((ann, OA.hasBody, body))
        g.add((ann, OA.hasTarget, target))
        g.add((ann, OA.motivatedBy, motivation))
        g.add((ann, SKG.confidence, decimal_literal(confidence)))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, self.doc))
        if start >= 0 and end >= start:
            position = URIRef(f"{ann}/position")
            g.add((target, OA.hasSelector, position))
            g.add((position, RDF.type, OA.TextPositionSelector))
            g.add((position, OA.start, Literal(start)))
            g.add((position, OA.end, Literal(end)))
        if exact:
            quote_node = URIRef(f"{ann}/quote")
            g.add((target, OA.hasSelector, quote_node))
            g.add((quote_node, RDF.type, OA.TextQuoteSelector))
            g.add((quote_node, OA.exact, Literal(exact)))

    # -- entities -------------------------------------------------------------------------------
    def add_entity(self, entity: Entity) -> URIRef:
        cls = ENTITY_CLASSES.get(entity.type)
        iri = entity_iri(entity.type, entity.key)
        g = self.graph
        if cls is None:
            log.warning("%s: entity %r has unknown type %r; kept without a class", self.article.id,
                        entity.key, entity.type)
        else:
            g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(entity.label)))
        g.add((iri, SKG.confidence, decimal_literal(entity.confidence)))
        g.add((self.doc, SCHEMA.mentions, iri))
        if entity.wikidata:
            g.add((iri, SKOS.exactMatch, WD[entity.wikidata.strip()]))
        for form in entity.surface_forms:
            g.add((iri, SKG.mention, Literal(form)))
        for mention in entity.mentions:
            self.add_annotation(iri, mention.start, mention.end, mention.text, entity.confidence,
                                OA.identifying)
        self.minted_entities[(entity.type, entity.key)] = iri
        return iri

    def entity_node(self, key: str | None, fallback_type: str) -> URIRef | None:
        """The IRI for a role filler; an entity missing from the extraction is minted from its key."""
        if not key:
            return None
        entity = self.extraction.entity(key)
        if entity is not None:
            return entity_iri(entity.type, entity.key)
        iri = entity_iri(fallback_type, key)
        if (fallback_type, key) not in self.minted_entities:
            log.debug("%s: role filler %r is not among the entities; minted as %s", self.article.id, key,
                      fallback_type)
            self.graph.add((iri, RDF.type, ENTITY_CLASSES[fallback_type]))
            self.graph.add((iri, RDFS.label, Literal(key)))
            self.graph.add((self.doc, SCHEMA.mentions, iri))
            self.minted_entities[(fallback_type, key)] = iri
        return iri

    def add_agencies(self) -> None:
        for entity in self.extraction.entities:
            if entity.type == "Astronaut" and entity.agency:
                agency = self.entity_node(entity.agency, "SpaceAgency")
                self.graph.add((entity_iri(entity.type, entity.key), SKG.memberOf, agency))

    # -- time -----------------------------------------------------------------------------------
    def add_time(self, value: TimeValue) -> URIRef:
        iri = time_iri(value)
        g = self.graph
        position = _instant_position(value)
        if value.kind == "duration":
            g.add((iri, RDF.type, TIME.Duration))
        elif position is not None:
            g.add((iri, RDF.type, TIME.Instant))
            g.add((iri, _INSTANT_PROPERTY[value.precision][0], position))
        else:
            g.add((iri, RDF.type, TIME.ProperInterval))
        g.add((iri, SKG.timeValue, Literal(value.value)))
        g.add((iri, SKG.precision, Literal(value.precision)))
        if value.earliest is not None:
            g.add((iri, SKG.earliest, datetime_literal(value.earliest)))
        if value.latest is not None:
            g.add((iri, SKG.latest, datetime_literal(value.latest)))
        return iri

    # -- events ---------------------------------------------------------------------------------
    def add_event(self, event: Event) -> URIRef:
        iri = event_iri(event, self.article.id)
        g = self.graph
        is_splashdown = event.type == "Splashdown" or event.trigger.lower().startswith("splash")
        base_type = "Landing" if event.type == "Splashdown" else event.type
        cls = EVENT_CLASSES.get(base_type)
        if cls is None:
            log.warning("%s: event of unknown type %r kept as a generic event", self.article.id, event.type)
            cls = SKG.SpaceflightEvent
        g.add((iri, RDF.type, cls))
        if base_type == "Landing" and is_splashdown:
            g.add((iri, RDF.type, SKG.Splashdown))
        g.add((iri, SKG.status, Literal(event.status)))
        g.add((iri, SKG.confidence, decimal_literal(event.confidence)))
        g.add((self.doc, SCHEMA.mentions, iri))
        if event.trigger:
            g.add((iri, SKG.trigger, Literal(event.trigger)))
        if event.count is not None:
            g.add((iri, SKG.count, Literal(int(event.count))))

        self.add(iri, SKG.spacecraft, self.entity_node(event.spacecraft, "Spacecraft"))
        person_role = SKG.spacewalker if base_type == "Spacewalk" else SKG.crewMember
        for key in event.participants:
            self.add(iri, person_role, self.entity_node(key, "Astronaut"))
        if base_type == "ChangeOfCommand":
            self.add(iri, SKG.outgoingCommander, self.entity_node(event.from_, "Astronaut"))
            self.add(iri, SKG.incomingCommander, self.entity_node(event.to, "Astronaut"))
        else:
            self.add(iri, SKG.stationLeft, self.entity_node(event.from_, "SpaceStation"))
            self.add(iri, SKG.stationReached, self.entity_node(event.to, "SpaceStation"))
        place_role = {"Launch": SKG.launchSite, "Landing": SKG.landingSite}.get(base_type, SKG.place)
        place_type = "SpaceStation" if base_type == "ChangeOfCommand" else "Place"
        self.add(iri, place_role, self.entity_node(event.place, place_type))
        self.add(iri, SKG.mission, self.entity_node(event.mission, "Mission"))
        if event.time is not None:
            time_node = self.add_time(event.time)
            g.add((iri, SKG.time, time_node))
            if event.time.relative:
                g.add((time_node, SKG.resolvedAgainst, self.doc))
                if event.time.anchor:
                    g.add((time_node, SKG.anchor, Literal(event.time.anchor)))
        for evidence in event.evidence:
            self.add_annotation(iri, evidence.start, evidence.end, evidence.sentence, evidence.confidence,
                                OA.describing)
        return iri


def merge_duplicate_events(events: Iterable[Event], article_id: str) -> list[Event]:
    """Events of one article that mint the same IRI become one event (evidence and roles united).

    Without this, two sentences reporting the same landing would give one node two statuses and two
    confidences in the same graph.
    """
    merged: dict[URIRef, Event] = {}
    for event in events:
        iri = event_iri(event, article_id)
        if iri not in merged:
            merged[iri] = replace(event, participants=list(event.participants), evidence=list(event.evidence))
            continue
        kept = merged[iri]
        kept.participants.extend(p for p in event.participants if p not in kept.participants)
        kept.evidence.extend(e for e in event.evidence if e not in kept.evidence)
        kept.confidence = max(kept.confidence, event.confidence)
        for slot in ("from_", "to", "place", "mission", "count"):
            if getattr(kept, slot) is None and getattr(event, slot) is not None:
                setattr(kept, slot, getattr(event, slot))
    return list(merged.values())


def extraction_to_graph(extraction: Extraction, run_iri: URIRef | None = None) -> Graph:
    """The named graph for one article: article node, entities, events, times and evidence.

    ``run_iri``, when given, links the article to the run that generated it (``prov:wasGeneratedBy``);
    ingestion leaves it out and records the link in the runs graph instead, so that article graphs stay
    identical from run to run.
    """
    article = extraction.article
    graph = Graph(identifier=graph_iri(article.id))
    bind_prefixes(graph)
    builder = _Builder(extraction, graph, doc_iri(article.id))
    builder.add_article()
    if run_iri is not None:
        graph.add((builder.doc, PROV.wasGeneratedBy, run_iri))
    for entity in extraction.entities:
        builder.add_entity(entity)
    builder.add_agencies()
    for event in merge_duplicate_events(extraction.events, article.id):
        builder.add_event(event)
    return graph


# --------------------------------------------------------------------------- gazetteer


def gazetteer_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.jsonl")) if directory.is_dir() else []


def gazetteer_hash(files: Iterable[Path]) -> str:
    """One hash over the gazetteer files' names and bytes: a changed hash means reload the graph."""
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode("utf-8") + b"\x1f" + path.read_bytes() + b"\x1e")
    return h.hexdigest()


def gazetteer_graph(files: Iterable[Path]) -> Graph:
    """The curated reference data (``data/gazetteer/*.jsonl``) as its own named graph.

    Entities get the same IRIs as in article graphs (type + gazetteer id), so an article's mention of an
    astronaut meets the astronaut's Wikidata link and agency here even when the article gave neither.
    """
    from pipeline.gazetteer import load_records

    files = list(files)
    graph = Graph(identifier=GAZETTEER_GRAPH)
    bind_prefixes(graph)
    graph.add((GAZETTEER_GRAPH, RDF.type, PROV.Entity))
    graph.add((GAZETTEER_GRAPH, RDFS.label, Literal("spacekg gazetteer")))
    graph.add((GAZETTEER_GRAPH, SKG.contentHash, Literal(gazetteer_hash(files))))
    for path in files:
        graph.add((GAZETTEER_GRAPH, DCT.source, Literal(path.name)))
        for record in load_records(path):
            entity_type, key = record.get("type"), record.get("id")
            if entity_type not in ENTITY_CLASSES or not key:
                continue
            iri = entity_iri(entity_type, key)
            graph.add((iri, RDF.type, ENTITY_CLASSES[entity_type]))
            graph.add((iri, RDFS.label, Literal(record["name"])))
            for alias in record.get("aliases") or ():
                graph.add((iri, SKOS.altLabel, Literal(alias)))
            if record.get("wikidata"):
                graph.add((iri, SKOS.exactMatch, WD[str(record["wikidata"]).strip()]))
            if entity_type == "Astronaut" and record.get("agency"):
                graph.add((iri, SKG.memberOf, entity_iri("SpaceAgency", record["agency"])))
    return graph


# --------------------------------------------------------------------------- runs and serialisation


@dataclass
class RunInfo:
    """What an ingestion run did, for its ``prov:Activity`` record."""

    started: datetime
    ended: datetime
    inputs: list[str] = field(default_factory=list)
    articles_read: int = 0
    articles_stored: int = 0
    articles_skipped: int = 0
    articles_failed: int = 0
    quads: int = 0
    graphs: list[URIRef] = field(default_factory=list)
    version: str = __version__


def run_iri_for(started: datetime, inputs: Iterable[str] = ()) -> URIRef:
    return RES[f"run/{short_hash(utc_lexical(started), *sorted(inputs))}"]


def run_graph(info: RunInfo, run_iri: URIRef | None = None) -> Graph:
    """One ingestion run as a ``prov:Activity`` in the runs graph (the only place clocks are written)."""
    run = run_iri or run_iri_for(info.started, info.inputs)
    agent = software_agent_iri(info.version)
    graph = Graph(identifier=RUNS_GRAPH)
    bind_prefixes(graph)
    graph.add((run, RDF.type, PROV.Activity))
    graph.add((run, RDFS.label, Literal(f"{SOFTWARE_NAME} ingest at {utc_lexical(info.started)}")))
    graph.add((run, PROV.startedAtTime, datetime_literal(info.started)))
    graph.add((run, PROV.endedAtTime, datetime_literal(info.ended)))
    graph.add((run, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"{SOFTWARE_NAME} {info.version}")))
    graph.add((agent, SCHEMA.softwareVersion, Literal(info.version)))
    for source in sorted(set(info.inputs)):
        used = URIRef(Path(source).resolve().as_uri())
        graph.add((run, PROV.used, used))
        graph.add((used, RDF.type, PROV.Entity))
    for graph_node in info.graphs:
        graph.add((run, PROV.generated, graph_node))
    graph.add((run, SKG.articlesRead, Literal(info.articles_read)))
    graph.add((run, SKG.articlesStored, Literal(info.articles_stored)))
    graph.add((run, SKG.articlesSkipped, Literal(info.articles_skipped)))
    graph.add((run, SKG.articlesFailed, Literal(info.articles_failed)))
    graph.add((run, SKG.quadCount, Literal(info.quads)))
    return graph


def nt_term(term: Identifier) -> str:
    """A term in N-Triples syntax.

    ``Term.n3()`` writes a literal holding a line break as a Turtle long string (triple quotes), which
    is not valid N-Triples/N-Quads; evidence sentences often hold line breaks.
    """
    if isinstance(term, Literal):
        lexical = (str(term).replace("\\", "\\\\").replace('"', '\\"')
                   .replace("\n", "\\n").replace("\r", "\\r"))
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype is not None:
            return f'"{lexical}"^^<{term.datatype}>'
        return f'"{lexical}"'
    return term.n3()


def graph_to_nquads(graph: Graph, graph_name: URIRef | None = None) -> str:
    """The graph's triples as sorted N-Quads lines in ``graph_name`` (default: the graph's identifier).

    Sorted lines make the text byte-stable, which is what golden files and diffs need.
    """
    name = graph_name if graph_name is not None else URIRef(str(graph.identifier))
    lines = sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {nt_term(name)} .\n" for s, p, o in graph)
    return "".join(lines)


def graph_to_ntriples(graph: Graph) -> str:
    """Sorted N-Triples lines (for a SPARQL ``INSERT DATA`` block or a diff)."""
    return "".join(sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in graph))


def graphs_to_dataset(graphs: Iterable[Graph]) -> Dataset:
    """Named graphs gathered into one rdflib Dataset (for TriG and JSON-LD files)."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for graph in graphs:
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
    return dataset


__all__ = [
    "GAZETTEER_GRAPH",
    "RUNS_GRAPH",
    "RunInfo",
    "annotation_iri",
    "doc_iri",
    "entity_iri",
    "event_iri",
    "extraction_to_graph",
    "gazetteer_graph",
    "graph_iri",
    "graph_to_nquads",
    "graph_to_ntriples",
    "graphs_to_dataset",
    "run_graph",
    "run_iri_for",
    "time_iri",
]
