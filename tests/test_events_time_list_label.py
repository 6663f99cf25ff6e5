"""A line of a list or timeline labelled with a day ("- Wednesday: Tom handed the keys of the station to
...") is dated by its label, a verbless sentence that is one date and a colon; a label that is more than a
date, or a sentence with a verb, is not one."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.events_time import EventTimer, TimeIndex
from test_events_support import time_value


@pytest.mark.parametrize(("words", "pos", "expected"), [
    (["Wednesday", ":", "Tom", "handed", "over", "command", "."],
     ["PROPN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"], "2022-05-04"),
    # more than a date in the label
    (["After", "the", "Wednesday", "briefing", ":", "Tom", "handed", "over", "command", "."],
     ["ADP", "DET", "PROPN", "NOUN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"], None),
    # a sentence with a verb of its own
    (["It", "was", "Wednesday", ":", "Tom", "handed", "over", "command", "."],
     ["PRON", "AUX", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"], None),
])
def test_events_time_list_label_dates_its_line(nlp, words, pos, expected):
    label_end = words.index(":") + 1
    sent_starts = [i in (0, label_end) for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=sent_starts)
    times = [time_value(doc.text, "Wednesday", "2022-05-04")]
    index = TimeIndex(doc, times)
    value = EventTimer._time_of_label(index.sents[1], index)
    assert (value.value if value else None) == expected
