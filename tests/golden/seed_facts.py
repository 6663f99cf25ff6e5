"""Hand-built extractions that mirror facts of the two ESA seed articles (see README.md here).

The texts are written for these tests (the facts come from the seeds, the sentences do not), so the RDF
stage can be checked without the NLP stages: offsets are computed from the texts, never typed in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.model import Article, Entity, Event, Evidence, Extraction, Span, TimeValue

LANDING_TEXT = (
    "Luca Parmitano handed command of the International Space Station to Oleg Skripochka. "
    "The Soyuz MS-13 spacecraft carrying Parmitano, Christina Koch and Alexander Skvortsov touched down "
    "on the Kazakh Steppe at 09:12 UTC on 6 February 2020. Luca, an ESA astronaut, had left the Station "
    "hours earlier."
)
UNDOCKING_TEXT = (
    "Cargo Dragon CRS-23 undocked from the International Space Station on 30 September 2021. "
    "SpaceX built the Dragon."
)


def spans_of(text: str, *forms: str) -> list[Span]:
    """Every occurrence of each surface form in the text, as spans."""
    spans: list[Span] = []
    for form in forms:
        start = text.find(form)
        while start != -1:
            spans.append(Span(start, start + len(form), form))
            start = text.find(form, start + len(form))
    if not spans:
        raise ValueError(f"none of {forms} occurs in the text")
    return spans


def _span_in(text: str, context: str, form: str) -> Span:
    """The span of ``form`` inside the first occurrence of ``context`` (to pick one of several)."""
    start = text.index(context) + context.index(form)
    return Span(start, start + len(form), form)


def sentence_of(text: str, fragment: str, confidence: float = 1.0) -> Evidence:
    """The sentence of ``text`` containing ``fragment``, with its offsets."""
    at = text.index(fragment)
    start = text.rfind(". ", 0, at)
    start = 0 if start == -1 else start + 2
    end = text.find(". ", at)
    end = len(text) if end == -1 else end + 1
    return Evidence(text[start:end], start, end, confidence)


def landing_extraction() -> Extraction:
    """The Soyuz MS-13 landing with its crew of three, and the change of command before it."""
    text = LANDING_TEXT
    article = Article(id="seed-landing-2020", text=text, published=date(2020, 2, 6),
                      title="Soyuz MS-13 lands", url="https://example.org/news/soyuz-ms-13-lands")
    entities = [
        Entity("luca-parmitano", "Astronaut", "Luca Parmitano", [*spans_of(text, "Luca Parmitano"), _span_in(text, "carrying Parmitano", "Parmitano"),
                _span_in(text, "Luca, an", "Luca")],
               wikidata="Q294", agency="european-space-agency", source="gazetteer"),
        Entity("oleg-skripochka", "Astronaut", "Oleg Skripochka", spans_of(text, "Oleg Skripochka"),
               source="gazetteer"),
        Entity("christina-koch", "Astronaut", "Christina Koch", spans_of(text, "Christina Koch"), source="gazetteer"),
        Entity("alexander-skvortsov", "Astronaut", "Alexander Skvortsov", spans_of(text, "Alexander Skvortsov"),
               source="gazetteer"),
        Entity("soyuz-ms-13", "Spacecraft", "Soyuz MS-13", spans_of(text, "Soyuz MS-13"), source="pattern"),
        Entity("international-space-station", "SpaceStation", "International Space Station",
               [*spans_of(text, "International Space Station"), _span_in(text, "the Station hours", "Station")], wikidata="Q25271",
               source="gazetteer"),
        Entity("european-space-agency", "SpaceAgency", "European Space Agency", spans_of(text, "ESA"),
               wikidata="Q42262", source="gazetteer"),
        Entity("kazakh-steppe", "Place", "Kazakh Steppe", spans_of(text, "Kazakh Steppe"), confidence=0.8,
               source="context"),
    ]
    landing_time = TimeValue(
        value="2020-02-06T09:12:00Z", precision="minute", kind="time",
        earliest=datetime(2020, 2, 6, 9, 12, tzinfo=UTC), latest=datetime(2020, 2, 6, 9, 12, 59, tzinfo=UTC),
        text="09:12 UTC on 6 February 2020", start=text.index("09:12"),
        end=text.index("09:12") + len("09:12 UTC on 6 February 2020"),
    )
    events = [
        Event("Landing", "occurred", spacecraft="soyuz-ms-13",
              participants=["luca-parmitano", "christina-koch", "alexander-skvortsov"],
              from_="international-space-station", place="kazakh-steppe", time=landing_time,
              evidence=[sentence_of(text, "touched down", 0.9)], confidence=0.9, trigger="touched down"),
        Event("ChangeOfCommand", "occurred", from_="luca-parmitano", to="oleg-skripochka",
              place="international-space-station", evidence=[sentence_of(text, "handed command", 0.85)],
              confidence=0.85, trigger="handed"),
    ]
    return Extraction(article, entities, events, [landing_time])


def undocking_extraction() -> Extraction:
    """The Cargo Dragon CRS-23 undocking from the ISS on 30 September 2021 (a day-precision time)."""
    text = UNDOCKING_TEXT
    article = Article(id="seed-undocking-2021", text=text, published=date(2021, 10, 6))
    entities = [
        Entity("cargo-dragon-crs-23", "Spacecraft", "Cargo Dragon CRS-23", spans_of(text, "Cargo Dragon CRS-23")),
        Entity("international-space-station", "SpaceStation", "International Space Station",
               spans_of(text, "International Space Station"), wikidata="Q25271", source="gazetteer"),
        Entity("spacex", "SpaceAgency", "SpaceX", spans_of(text, "SpaceX"), source="gazetteer"),
    ]
    day = TimeValue(
        value="2021-09-30", precision="day", kind="date",
        earliest=datetime(2021, 9, 30, tzinfo=UTC), latest=datetime(2021, 9, 30, 23, 59, 59, tzinfo=UTC),
        text="30 September 2021", start=text.index("30 September"), end=text.index("30 September") + 17,
    )
    events = [
        Event("Undocking", "occurred", spacecraft="cargo-dragon-crs-23", from_="international-space-station",
              time=day, evidence=[sentence_of(text, "undocked")], confidence=0.95, trigger="undocked"),
    ]
    return Extraction(article, entities, events, [day])


def seed_extractions() -> list[Extraction]:
    return [landing_extraction(), undocking_extraction()]
