"""An article without a publication date is anchored on the date its text pins down."""

from datetime import date

import pytest

from pipeline.model import Article
from pipeline.time_anchor import infer_anchor

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew launched on March 3, 2023, and docked the next day.", date(2023, 3, 3)),
        ("Docked on 12 August 2014 at 15:30 CEST after launching on 29 July 2014.", date(2014, 8, 12)),
        ("Filed 2021-09-16. The capsule splashed down.", date(2021, 9, 16)),
        # a weekday fixes the year: Wednesday, May 22 fell in 2019 and 2024; the latest one before now
        ("The town hall is at 1 p.m. EDT Wednesday, May 22, in the auditorium.", date(2024, 5, 22)),
        # ... or the one nearest to a year the text names
        ("Since 2018 the lab has flown 40 experiments. Briefing: Wednesday, May 22.", date(2019, 5, 22)),
        ("Coverage begins Tuesday, Nov. 18, and continues Thursday, Nov. 20.", date(2025, 11, 20)),
        # dates far in the future are plans, not the writing date
        ("Artemis will land on Sept. 1, 2040. The rocket rolled out on Jan. 4, 2022.", date(2022, 1, 4)),
    ],
)
def test_infer_anchor(text: str, expected: date) -> None:
    assert infer_anchor(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crew launched on Wednesday and docked a day later.",  # a weekday alone fits every year
        "The station has been crewed since 2000.",  # a year alone is no date
        "Launch is set for May 22.",  # a day without weekday or year fits every year
        "On Friday, Feb. 30 nothing happened.",  # no such date
    ],
)
def test_no_anchor_without_a_date(text: str) -> None:
    assert infer_anchor(text, today=TODAY) is None


def test_undated_article_gets_times_but_no_publication_date(nlp) -> None:
    from rdflib.namespace import DCTERMS

    from pipeline.extract import extract
    from pipeline.rdf import extraction_to_graph

    article = Article(id="undated", text=(
        "NASA astronaut Jessica Meir returned to Earth.\n\n"
        "The Soyuz MS-15 spacecraft landed in Kazakhstan at 5:12 a.m. EDT Friday, April 17, 2020."))
    extraction = extract(article, nlp)
    assert extraction.article.published is None
    landing = next(e for e in extraction.events if e.type == "Landing")
    assert landing.time is not None and landing.time.value.startswith("2020-04-17T09:12")
    assert not list(extraction_to_graph(extraction).triples((None, DCTERMS.issued, None)))


def test_anchor_dates_a_weekday_in_an_undated_article(nlp) -> None:
    from pipeline.extract import extract

    article = Article(id="undated-weekday", text=(
        "Soyuz MS-25 is set to land Saturday, April 6, 2024. NASA astronaut Loral O'Hara "
        "undocked from the International Space Station on Friday at 11:54 p.m. EDT aboard Soyuz MS-24."))
    extraction = extract(article, nlp)
    assert any(t.value.startswith("2024-04-0") for t in extraction.times if t.text.startswith("Friday"))
