"""Namespaces and the spacekg ontology's terms as code.

``SKG`` is a ``DefinedNamespace`` generated from ``ontologies/spacekg.ttl``: a mistyped term is an
``AttributeError`` instead of a silent new IRI. A test keeps this class and the ontology file equal.
The resource namespace ``RES`` holds the minted instance IRIs (see ``pipeline.rdf``).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace


class SKG(DefinedNamespace):
    """The spacekg ontology, ``https://w3id.org/spacekg/ontology#``."""

    _NS = Namespace("https://w3id.org/spacekg/ontology#")
    _fail = True

    # Classes: things named in the news
    Astronaut: URIRef
    Spacecraft: URIRef
    SpaceStation: URIRef
    Mission: URIRef
    SpaceAgency: URIRef
    Place: URIRef
    Article: URIRef
    # Classes: events
    SpaceflightEvent: URIRef
    Launch: URIRef
    Docking: URIRef
    Undocking: URIRef
    Landing: URIRef
    Splashdown: URIRef
    ChangeOfCommand: URIRef
    Spacewalk: URIRef
    # Role properties
    spacecraft: URIRef
    participant: URIRef
    crewMember: URIRef
    spacewalker: URIRef
    stationReached: URIRef
    stationLeft: URIRef
    outgoingCommander: URIRef
    incomingCommander: URIRef
    place: URIRef
    launchSite: URIRef
    landingSite: URIRef
    mission: URIRef
    time: URIRef
    memberOf: URIRef
    resolvedAgainst: URIRef
    # Data properties
    status: URIRef
    confidence: URIRef
    count: URIRef
    trigger: URIRef
    mention: URIRef
    contentHash: URIRef
    timeValue: URIRef
    precision: URIRef
    earliest: URIRef
    latest: URIRef
    anchor: URIRef
    articlesRead: URIRef
    articlesStored: URIRef
    articlesSkipped: URIRef
    articlesFailed: URIRef
    quadCount: URIRef


#: The ontology document's own IRI.
ONTOLOGY_IRI = URIRef("https://w3id.org/spacekg/ontology")
#: Minted instances: entities, events, documents, graphs, runs, annotations, times.
RES = Namespace("https://w3id.org/spacekg/resource/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = SDO
DCT = DCTERMS

#: Prefix bindings used when serialising, so files read well.
PREFIXES: dict[str, Namespace] = {
    "skg": Namespace(str(SKG._NS)),
    "res": RES,
    "sem": SEM,
    "time": TIME,
    "prov": PROV,
    "oa": OA,
    "schema": SCHEMA,
    "dct": DCT,
    "skos": SKOS,
    "foaf": FOAF,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
    "wdt": WDT,
}

#: Entity type names (as in ``pipeline.model.ENTITY_TYPES``) to their classes.
ENTITY_CLASSES: dict[str, URIRef] = {
    "Astronaut": SKG.Astronaut,
    "Spacecraft": SKG.Spacecraft,
    "SpaceStation": SKG.SpaceStation,
    "Mission": SKG.Mission,
    "SpaceAgency": SKG.SpaceAgency,
    "Place": SKG.Place,
}
#: Event type names (as in ``pipeline.model.EVENT_TYPES``) to their classes.
EVENT_CLASSES: dict[str, URIRef] = {
    "Launch": SKG.Launch,
    "Docking": SKG.Docking,
    "Undocking": SKG.Undocking,
    "Landing": SKG.Landing,
    "ChangeOfCommand": SKG.ChangeOfCommand,
    "Spacewalk": SKG.Spacewalk,
}


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on an rdflib Graph or Dataset (for readable output)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
