"""Without a parse (TimeML documents), the tense of a yearless date or weekday is read from its own clause
(between commas, "that" and the sentence's ends) before the sentence: "the minister said late Thursday" in a
sentence about what "will" happen is a past Thursday; ", announced March 15," a past March 15."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import default_grammar


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The bank will close for two weeks, the finance minister said late Thursday.", "Thursday", "2013-03-21"),
        ("The deal, announced March 15, closes by the second half of next year.", "March 15", "2013-03-15"),
        ("The bank will reopen on Thursday, officials said.", "Thursday", "2013-03-28"),
        ("Talks, which are scheduled for March 29, were delayed.", "March 29", "2013-03-29"),
    ],
)
def test_timenorm_clause_tense_without_parse(text, expression, value):
    timexes = {t.text: t.value for t in default_grammar().find(text, date(2013, 3, 22))}
    assert timexes[expression] == value


def test_timenorm_clause_ends_at_paragraph_break():
    """A future word in the next paragraph ("Next story") does not make "Launched in October" future, and a
    month and a number in different paragraphs are not one date."""
    timexes = default_grammar().find("Launched in October\n\n12 | Next story", date(2024, 5, 1))
    assert [(t.text, t.value) for t in timexes] == [("October", "2023-10")]
