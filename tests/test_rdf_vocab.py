"""The ontology file and ``pipeline.vocab.SKG`` declare exactly the same terms."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from pipeline.paths import ONTOLOGY_DIR
from pipeline.vocab import SKG

DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                     OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "spacekg.ttl", format="turtle")


def _declared(ontology: Graph) -> set[str]:
    namespace = str(SKG._NS)
    return {
        str(s)[len(namespace):]
        for kind in DECLARATION_TYPES
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(namespace)
    }


def _in_code() -> set[str]:
    return set(SKG.__annotations__)


@pytest.mark.parametrize("direction", ["code-in-ontology", "ontology-in-code"])
def test_rdf_vocab_matches_ontology(ontology, direction):
    declared, coded = _declared(ontology), _in_code()
    assert len(declared) > 30
    missing = coded - declared if direction == "code-in-ontology" else declared - coded
    assert not missing, f"{direction}: {sorted(missing)}"


@pytest.mark.parametrize("term", ["Landing", "spacecraft", "confidence"])
def test_rdf_vocab_rejects_unknown_terms(term):
    assert str(getattr(SKG, term)).endswith("#" + term)
    with pytest.raises(AttributeError):
        getattr(SKG, term + "Typo")


@pytest.mark.parametrize("event_class", ["Launch", "Docking", "Undocking", "Landing", "ChangeOfCommand",
                                         "Spacewalk"])
def test_rdf_vocab_event_classes_are_sem_events(ontology, event_class):
    sem_event = "http://semanticweb.cs.vu.nl/2009/11/sem/Event"
    ancestors = {str(c) for c in ontology.transitive_objects(getattr(SKG, event_class),
                                                             __import__("rdflib").RDFS.subClassOf)}
    assert sem_event in ancestors
