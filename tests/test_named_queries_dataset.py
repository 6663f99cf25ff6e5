"""The analysts' golden dataset: hand-made extractions written through the project's own RDF stage.

``tests/golden/analyst-dataset.trig`` is what ``build_dataset()`` writes; the named-query tests load the
file, and the test here keeps it equal to what ``pipeline.rdf`` makes of the extractions today.
Regenerate after a deliberate modelling change (then review the diff and the expected rows):

    /work/venv/bin/python tests/test_named_queries_dataset.py

SOURCE: the facts are public mission history (NASA, ESA, Roscosmos, JAXA releases): the SpX Demo-2
undocking (1 Aug 2020, 23:35 UTC) and splashdown (2 Aug 2020, 18:48 UTC, Gulf of Mexico off Pensacola);
the Expedition 63 change of command (Cassidy to Ryzhikov) and the Soyuz MS-16 undocking and landing
(21-22 Oct 2020); the Pesquet-Kimbrough spacewalk of 16 June 2021 and the Hoshide-Pesquet one of
September 2021; Hoshide handing command to Pesquet (4 Oct 2021). The sentences were written for these
tests. Two reports are wrong on purpose (a crew member left out, a landing day off by one) so that the
disagreement query has something to find, and some facts carry low confidence for the review queue.
"""

from __future__ import annotations

import calendar
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from golden.seed_facts import sentence_of, spans_of
from pipeline.model import Article, Entity, Event, Extraction, TimeValue

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
DATASET_PATH = GOLDEN_DIR / "analyst-dataset.trig"


# --------------------------------------------------------------------------- helpers (offsets computed)


def _minute(text: str, phrase: str, moment: datetime) -> TimeValue:
    at = text.index(phrase)
    return TimeValue(moment.strftime("%Y-%m-%dT%H:%M:00Z"), "minute", "time", moment,
                     moment + timedelta(seconds=59), phrase, at, at + len(phrase))


def _day(text: str, phrase: str, day: date) -> TimeValue:
    at = text.index(phrase)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return TimeValue(day.isoformat(), "day", "date", start, start + timedelta(hours=23, minutes=59, seconds=59),
                     phrase, at, at + len(phrase))


def _month(text: str, phrase: str, year: int, month: int) -> TimeValue:
    at = text.index(phrase)
    last = calendar.monthrange(year, month)[1]
    return TimeValue(f"{year:04d}-{month:02d}", "month", "date", datetime(year, month, 1, tzinfo=UTC),
                     datetime(year, month, last, 23, 59, 59, tzinfo=UTC), phrase, at, at + len(phrase))


def _entity(text: str, key: str, type_: str, label: str, *forms: str, **extra) -> Entity:
    return Entity(key, type_, label, spans_of(text, *(forms or (label,))), **extra)


# --------------------------------------------------------------------------- the articles

DEMO2_TEXT = (
    "NASA astronauts Bob Behnken and Doug Hurley undocked from the International Space Station aboard "
    "the SpaceX Crew Dragon Endeavour at 23:35 UTC on 1 August 2020. Endeavour splashed down in the Gulf "
    "of Mexico at 18:48 UTC on 2 August 2020, ending the Demo-2 mission."
)
DEMO2_WIRE_TEXT = (
    "Crew Dragon Endeavour carrying Doug Hurley splashed down off Pensacola at 18:48 UTC on 2 August 2020. "
    "The next crewed flight, Crew-1, could launch aboard Crew Dragon Resilience in October 2020."
)
MS16_TEXT = (
    "Chris Cassidy handed command of the International Space Station to Roscosmos cosmonaut Sergey "
    "Ryzhikov on 20 October 2020. Soyuz MS-16 undocked from the station at 23:32 UTC on 21 October 2020 "
    "with Cassidy, Anatoly Ivanishin and Ivan Vagner aboard, ending Expedition 63. The capsule landed in "
    "Kazakhstan at 02:54 UTC on 22 October 2020."
)
MS16_LATE_TEXT = "Soyuz MS-16 landed on 23 October 2020 after 196 days in space."
PESQUET_TEXT = (
    "ESA astronaut Thomas Pesquet and NASA astronaut Shane Kimbrough ventured outside the International "
    "Space Station at 11:42 UTC on 16 June 2021 during the Alpha mission. In September 2021, Pesquet and "
    "JAXA astronaut Akihiko Hoshide went on a spacewalk to prepare the station for new solar arrays. "
    "Pesquet took command of the station from Hoshide on 4 October 2021."
)


def demo2_extraction() -> Extraction:
    text = DEMO2_TEXT
    article = Article("golden-demo2-splashdown", text, date(2020, 8, 3), "Demo-2 crew splashes down",
                      "https://example.org/news/demo-2-splashdown")
    iss = "international-space-station"
    entities = [
        _entity(text, "bob-behnken", "Astronaut", "Bob Behnken", agency="nasa", source="gazetteer"),
        _entity(text, "doug-hurley", "Astronaut", "Doug Hurley", agency="nasa", source="gazetteer"),
        _entity(text, iss, "SpaceStation", "International Space Station", wikidata="Q25271", source="gazetteer"),
        _entity(text, "crew-dragon-endeavour", "Spacecraft", "Crew Dragon Endeavour", "Crew Dragon Endeavour",
                "Endeavour", source="gazetteer"),
        _entity(text, "gulf-of-mexico", "Place", "Gulf of Mexico", "Gulf of Mexico", source="gazetteer"),
        _entity(text, "demo-2", "Mission", "Demo-2", source="pattern"),
        _entity(text, "nasa", "SpaceAgency", "NASA", wikidata="Q23548", source="gazetteer"),
        _entity(text, "spacex", "SpaceAgency", "SpaceX", source="gazetteer"),
    ]
    undock = _minute(text, "23:35 UTC on 1 August 2020", datetime(2020, 8, 1, 23, 35, tzinfo=UTC))
    land = _minute(text, "18:48 UTC on 2 August 2020", datetime(2020, 8, 2, 18, 48, tzinfo=UTC))
    crew = ["bob-behnken", "doug-hurley"]
    events = [
        Event("Undocking", spacecraft="crew-dragon-endeavour", participants=crew, from_=iss, mission="demo-2",
              time=undock, evidence=[sentence_of(text, "undocked", 0.95)], confidence=0.95, trigger="undocked"),
        Event("Splashdown", spacecraft="crew-dragon-endeavour", participants=crew, place="gulf-of-mexico",
              mission="demo-2", time=land, evidence=[sentence_of(text, "splashed down", 0.95)], confidence=0.95,
              trigger="splashed down"),
    ]
    return Extraction(article, entities, events, [undock, land])


def demo2_wire_extraction() -> Extraction:
    text = DEMO2_WIRE_TEXT
    article = Article("golden-demo2-wire", text, date(2020, 8, 2), "Dragon back in the Gulf")
    entities = [
        _entity(text, "doug-hurley", "Astronaut", "Doug Hurley", source="gazetteer"),
        _entity(text, "crew-dragon-endeavour", "Spacecraft", "Crew Dragon Endeavour", source="gazetteer"),
        _entity(text, "pensacola", "Place", "Pensacola", confidence=0.6, source="context"),
        _entity(text, "crew-1", "Mission", "Crew-1", source="pattern"),
        _entity(text, "crew-dragon-resilience", "Spacecraft", "Crew Dragon Resilience", source="gazetteer"),
    ]
    land = _minute(text, "18:48 UTC on 2 August 2020", datetime(2020, 8, 2, 18, 48, tzinfo=UTC))
    october = _month(text, "October 2020", 2020, 10)
    events = [
        Event("Splashdown", spacecraft="crew-dragon-endeavour", participants=["doug-hurley"], place="pensacola",
              time=land, evidence=[sentence_of(text, "splashed down", 0.9)], confidence=0.9, trigger="splashed down"),
        Event("Launch", "planned", spacecraft="crew-dragon-resilience", mission="crew-1", time=october, evidence=[sentence_of(text, "could launch", 0.45)],
              confidence=0.45, trigger="launch"),
    ]
    return Extraction(article, entities, events, [land, october])


def ms16_extraction() -> Extraction:
    text = MS16_TEXT
    article = Article("golden-soyuz-ms16-return", text, date(2020, 10, 22), "Soyuz MS-16 crew returns")
    iss = "international-space-station"
    crew = ["chris-cassidy", "anatoly-ivanishin", "ivan-vagner"]
    entities = [
        _entity(text, "chris-cassidy", "Astronaut", "Chris Cassidy", "Chris Cassidy", "Cassidy", agency="nasa",
                source="gazetteer"),
        _entity(text, "sergey-ryzhikov", "Astronaut", "Sergey Ryzhikov", agency="roscosmos", source="gazetteer"),
        _entity(text, "anatoly-ivanishin", "Astronaut", "Anatoly Ivanishin", agency="roscosmos", source="gazetteer"),
        _entity(text, "ivan-vagner", "Astronaut", "Ivan Vagner", agency="roscosmos", source="gazetteer"),
        _entity(text, iss, "SpaceStation", "International Space Station", "International Space Station",
                "the station", wikidata="Q25271", source="gazetteer"),
        _entity(text, "soyuz-ms-16", "Spacecraft", "Soyuz MS-16", source="pattern"),
        _entity(text, "kazakhstan", "Place", "Kazakhstan", source="gazetteer"),
        _entity(text, "expedition-63", "Mission", "Expedition 63", source="pattern"),
        _entity(text, "roscosmos", "SpaceAgency", "Roscosmos", source="gazetteer"),
    ]
    handover = _day(text, "20 October 2020", date(2020, 10, 20))
    undock = _minute(text, "23:32 UTC on 21 October 2020", datetime(2020, 10, 21, 23, 32, tzinfo=UTC))
    land = _minute(text, "02:54 UTC on 22 October 2020", datetime(2020, 10, 22, 2, 54, tzinfo=UTC))
    events = [
        Event("ChangeOfCommand", from_="chris-cassidy", to="sergey-ryzhikov", place=iss, time=handover,
              evidence=[sentence_of(text, "handed command", 0.9)], confidence=0.9, trigger="handed"),
        Event("Undocking", spacecraft="soyuz-ms-16", participants=crew, from_=iss, mission="expedition-63",
              time=undock, evidence=[sentence_of(text, "undocked", 0.9)], confidence=0.9, trigger="undocked"),
        Event("Landing", spacecraft="soyuz-ms-16", participants=crew, place="kazakhstan", mission="expedition-63",
              time=land, evidence=[sentence_of(text, "landed", 0.9)], confidence=0.9, trigger="landed"),
    ]
    return Extraction(article, entities, events, [handover, undock, land])


def ms16_late_extraction() -> Extraction:
    text = MS16_LATE_TEXT
    article = Article("golden-soyuz-ms16-late", text, date(2020, 11, 5))
    entities = [_entity(text, "soyuz-ms-16", "Spacecraft", "Soyuz MS-16", source="pattern")]
    day = _day(text, "23 October 2020", date(2020, 10, 23))
    events = [Event("Landing", spacecraft="soyuz-ms-16", time=day, evidence=[sentence_of(text, "landed", 0.7)],
                    confidence=0.7, trigger="landed")]
    return Extraction(article, entities, events, [day])


def pesquet_extraction() -> Extraction:
    text = PESQUET_TEXT
    article = Article("golden-pesquet-alpha", text, date(2021, 10, 5), "Pesquet's Alpha mission")
    iss = "international-space-station"
    entities = [
        _entity(text, "thomas-pesquet", "Astronaut", "Thomas Pesquet", "Thomas Pesquet", "Pesquet", agency="esa",
                source="gazetteer"),
        _entity(text, "shane-kimbrough", "Astronaut", "Shane Kimbrough", agency="nasa", source="gazetteer"),
        _entity(text, "akihiko-hoshide", "Astronaut", "Akihiko Hoshide", "Akihiko Hoshide", "Hoshide",
                agency="jaxa", source="gazetteer"),
        _entity(text, iss, "SpaceStation", "International Space Station", "International Space Station",
                "the station", wikidata="Q25271", source="gazetteer"),
        _entity(text, "alpha", "Mission", "Alpha", "Alpha mission", source="context", confidence=0.8),
        _entity(text, "esa", "SpaceAgency", "ESA", wikidata="Q42262", source="gazetteer"),
        _entity(text, "nasa", "SpaceAgency", "NASA", wikidata="Q23548", source="gazetteer"),
        _entity(text, "jaxa", "SpaceAgency", "JAXA", source="gazetteer"),
    ]
    june = _minute(text, "11:42 UTC on 16 June 2021", datetime(2021, 6, 16, 11, 42, tzinfo=UTC))
    september = _month(text, "September 2021", 2021, 9)
    october = _day(text, "4 October 2021", date(2021, 10, 4))
    events = [
        Event("Spacewalk", participants=["thomas-pesquet", "shane-kimbrough"], place=iss, mission="alpha", time=june,
              evidence=[sentence_of(text, "ventured outside", 0.9)], confidence=0.9, trigger="ventured outside"),
        Event("Spacewalk", participants=["akihiko-hoshide", "thomas-pesquet"], place=iss, mission="alpha",
              time=september, evidence=[sentence_of(text, "went on a spacewalk", 0.8)], confidence=0.8,
              trigger="spacewalk"),
        Event("ChangeOfCommand", from_="akihiko-hoshide", to="thomas-pesquet", place=iss, time=october,
              evidence=[sentence_of(text, "took command", 0.85)], confidence=0.85, trigger="took command"),
    ]
    return Extraction(article, entities, events, [june, september, october])


def golden_extractions() -> list[Extraction]:
    return [demo2_extraction(), demo2_wire_extraction(), ms16_extraction(), ms16_late_extraction(),
            pesquet_extraction()]


def build_dataset_trig() -> str:
    """The golden dataset as TriG text, one named graph per article, written through ``pipeline.rdf``."""
    from pipeline.rdf import extraction_to_graph, graphs_to_dataset

    dataset = graphs_to_dataset(extraction_to_graph(extraction) for extraction in golden_extractions())
    return dataset.serialize(format="trig")


def _quads(trig: str) -> set[str]:
    """The dataset's quads as sorted N-Quads lines (blank-node free, so a set compares exactly)."""
    import pyoxigraph as ox

    quads = ox.parse(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return {str(quad) for quad in quads}


# --------------------------------------------------------------------------- tests


def test_golden_dataset_matches_what_the_rdf_stage_writes_today():
    assert DATASET_PATH.exists(), "run: python tests/test_named_queries_dataset.py"
    committed = _quads(DATASET_PATH.read_text(encoding="utf-8"))
    rebuilt = _quads(build_dataset_trig())
    only_committed, only_rebuilt = committed - rebuilt, rebuilt - committed
    assert not only_committed and not only_rebuilt, (
        f"{len(only_committed)} quads only in the file, {len(only_rebuilt)} only in a rebuild; "
        "regenerate it (python tests/test_named_queries_dataset.py) and review the expected rows"
    )


def test_golden_dataset_conforms_to_the_shapes():
    """The analysts' data is what a correct extraction would store (the SHACL contract)."""
    from pipeline.validate import validate_file

    report = validate_file(DATASET_PATH)
    assert report.conforms, [result.describe() for result in report.violations]
    assert report.graphs == len(golden_extractions())


@pytest.mark.parametrize("extraction", golden_extractions(), ids=lambda e: e.article.id)
def test_golden_offsets_point_at_their_text(extraction: Extraction):
    text = extraction.article.text
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text
    for event in extraction.events:
        for evidence in event.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence
        assert event.time is None or text[event.time.start:event.time.end] == event.time.text


if __name__ == "__main__":
    DATASET_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATASET_PATH.write_text(build_dataset_trig(), encoding="utf-8")
    sys.stdout.write(f"wrote {DATASET_PATH}\n")
