"""Every named query returns its expected rows on the analysts' golden dataset.

The dataset (``tests/golden/analyst-dataset.trig``) is built by ``test_named_queries_dataset.py``; the
expected rows are ``tests/golden/expected/CASE.csv`` (W3C SPARQL CSV, as ``spacekg query --format csv``
prints them). After a deliberate change, regenerate and REVIEW the diff:

    /work/venv/bin/python tests/test_named_queries_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.query import declared_parameters, format_result, list_queries, named_queries, run_query
from pipeline.store import OxigraphStore

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
DATASET_PATH = GOLDEN_DIR / "analyst-dataset.trig"
EXPECTED_DIR = GOLDEN_DIR / "expected"

# case name -> (named query, parameters). Each case's rows are in expected/<case>.csv.
CASES: dict[str, tuple[str, dict[str, object]]] = {
    "landings-2020": ("landings", {"year": 2020}),
    "landings-2021": ("landings", {"year": "2021"}),
    "landings-default": ("landings", {}),
    "command-handovers": ("command-handovers", {}),
    "command-handovers-iss-alias": ("command-handovers", {"station": "the station"}),
    "command-handovers-other-station": ("command-handovers", {"station": "Tiangong"}),
    "astronaut-timeline-pesquet": ("astronaut-timeline", {"astronaut": "Thomas Pesquet"}),
    "astronaut-timeline-cassidy-surface-form": ("astronaut-timeline", {"astronaut": "cassidy"}),
    "undockings-all": ("undockings", {}),
    "undockings-aug-to-oct-21": ("undockings", {"start": "2020-08-02", "end": "2020-10-21"}),
    "spacewalks-per-agency": ("spacewalks-per-agency", {}),
    "events-per-mission": ("events-per-mission", {}),
    "on-day-2020-08-02": ("on-day", {"day": "2020-08-02"}),
    "on-day-2020-10-22": ("on-day", {"day": "2020-10-22"}),
    "on-day-2021-09-12": ("on-day", {"day": "2021-09-12"}),
    "disagreements": ("disagreements", {}),
    "disagreements-same-day-only": ("disagreements", {"days": 0}),
    "spacecraft-articles-endeavour": ("spacecraft-articles", {"spacecraft": "Endeavour"}),
    "spacecraft-articles-soyuz": ("spacecraft-articles", {"spacecraft": "soyuz ms-16"}),
    "review-queue": ("review-queue", {}),
    "review-queue-0.75": ("review-queue", {"threshold": 0.75}),
    "crew": ("crew", {}),
    "events": ("events", {}),
    "entities-one-doc": ("entities", {"doc": "golden-soyuz-ms16-late"}),
}

MY_QUERIES = ("landings", "command-handovers", "astronaut-timeline", "undockings", "spacewalks-per-agency",
              "events-per-mission", "on-day", "disagreements", "spacecraft-articles", "review-queue", "crew")


@pytest.fixture(scope="module")
def golden_store():
    store = OxigraphStore(None)
    store.load_file(DATASET_PATH)
    yield store
    store.close()


def run_case(store: OxigraphStore, case: str) -> str:
    name, params = CASES[case]
    return format_result(run_query(store, name, **params), "csv")


@pytest.mark.parametrize("case", sorted(CASES))
def test_named_query_returns_expected_rows(golden_store, case: str):
    expected = (EXPECTED_DIR / f"{case}.csv").read_text(encoding="utf-8")
    actual = run_case(golden_store, case)
    assert actual.splitlines() == expected.splitlines()


@pytest.mark.parametrize("case, rows", [
    ("landings-2020", 3), ("landings-2021", 0), ("undockings-aug-to-oct-21", 1), ("disagreements", 3),
    ("disagreements-same-day-only", 2), ("command-handovers-other-station", 0), ("review-queue", 1),
    ("review-queue-0.75", 3), ("on-day-2020-10-22", 2), ("astronaut-timeline-pesquet", 3),
])
def test_expected_files_hold_the_reviewed_row_counts(case: str, rows: int):
    """Guards the expected files themselves: a careless regeneration cannot silently change them."""
    lines = (EXPECTED_DIR / f"{case}.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) - 1 == rows


def test_every_named_query_has_a_case_and_a_description():
    listed = list_queries()
    covered = {name for name, _ in CASES.values()}
    assert set(MY_QUERIES) <= set(named_queries())
    assert set(named_queries()) <= covered, f"no golden case for {set(named_queries()) - covered}"
    for name in MY_QUERIES:
        assert len(listed[name]) > 30 and "param:" not in listed[name] and "description:" not in listed[name]
        for parameter in declared_parameters(named_queries()[name].read_text(encoding="utf-8")):
            assert f" {parameter} (" in listed[name], f"{name}: describe parameter {parameter}"


@pytest.mark.parametrize("name, parameters", [
    ("landings", {"year": "2020"}), ("undockings", {"start": "1957-10-04", "end": "2100-12-31"}),
    ("astronaut-timeline", {"astronaut": None}), ("review-queue", {"threshold": "0.5"}),
])
def test_parameters_are_declared_with_their_defaults(name: str, parameters: dict):
    text = named_queries()[name].read_text(encoding="utf-8")
    assert declared_parameters(text) == parameters


def test_a_required_parameter_left_out_is_named_in_the_error(golden_store):
    with pytest.raises(ValueError, match="astronaut"):
        run_query(golden_store, "astronaut-timeline")


@pytest.mark.parametrize("hostile", ['Thomas" . } DROP ALL #', "O'Brien \\ \"x\"", "}} UNION {{ ?s ?p ?o }}"])
def test_parameter_values_are_escaped_as_literals(golden_store, hostile: str):
    result = run_query(golden_store, "astronaut-timeline", astronaut=hostile)
    assert result.kind == "select" and result.rows == []
    assert golden_store.quad_count() > 1000  # nothing was dropped


if __name__ == "__main__":
    EXPECTED_DIR.mkdir(parents=True, exist_ok=True)
    store = OxigraphStore(None)
    store.load_file(DATASET_PATH)
    for case in sorted(CASES):
        (EXPECTED_DIR / f"{case}.csv").write_text(run_case(store, case), encoding="utf-8", newline="")
        sys.stdout.write(f"wrote expected/{case}.csv\n")


def test_disagreements_list_articles_per_value_instead_of_pairs():
    """A second article repeating the wire story's version joins its side: still one row per value pair."""
    import dataclasses

    from test_named_queries_dataset import demo2_wire_extraction

    from pipeline.rdf import extraction_to_graph

    store = OxigraphStore(None)
    store.load_file(DATASET_PATH)
    wire = demo2_wire_extraction()
    copy = dataclasses.replace(wire, article=dataclasses.replace(wire.article, id="golden-demo2-wire-copy"))
    graph = extraction_to_graph(copy)
    store.replace_graph(graph.identifier, graph)
    rows = run_query(store, "disagreements").rows
    crew = [row for row in rows if str(row["aspect"]) == "crew"]
    assert len(rows) == 3 and len(crew) == 1
    assert str(crew[0]["docs_b"]) == "golden-demo2-wire; golden-demo2-wire-copy"
    assert str(crew[0]["docs_a"]) == "golden-demo2-splashdown"
