"""Stage 5: time expressions -> ``doc._.times: list[TimeValue]`` (sorted by start offset).

Detection and normalisation are ``pipeline.timenorm`` (pure, no spaCy); this component adds what the
parse knows: the tense of the clause a yearless date or a weekday sits in ("will dock on Friday" looks
forward from the publication date, "docked on Friday" back), and it skips page furniture.

Anchor: ``doc._.published`` (date or datetime). Without it, expressions that need an anchor ("last
week", "Friday", "6 May", a bare clock time) cannot be resolved and are left out; absolute ones ("6 May
2020", "09:12 GMT, 6 February 2020") and durations are kept. Values the graph cannot use (PRESENT_REF,
centuries, vague durations such as "several days") are left out too; see ``timenorm.timex_to_time_value``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.extensions import in_furniture, register_extensions
from pipeline.model import TimeValue
from pipeline.timenorm import TimeGrammar, guess_tense, sentence_bounds, timex_to_time_value

log = logging.getLogger(__name__)

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# verbs (lemmas and participles: the lemmatiser may not have run) that put what they govern in the
# future: "is scheduled to dock on Friday", "was postponed until Saturday"
_FUTURE_VERBS = {"schedule", "scheduled", "plan", "planned", "slate", "slated", "set", "expect", "expected",
                 "target", "targeted", "aim", "aimed", "intend", "intended", "prepare", "postpone", "postponed",
                 "delay", "delayed", "reschedule", "rescheduled"}
# a present tense in a time clause speaks of the future: "until she returns in October"
_TIME_CLAUSE_MARKS = {"until", "till", "when", "after", "before", "once", "as soon as"}
# in a present-tense sentence, what these govern lies before the present
_BEFORE_NOW_MARKS = {"after", "since", "following"}


def clause_tense(doc: Doc, start_char: int, end_char: int) -> str | None:
    """"future" or "past" from the verbs governing the expression; None when the parse does not say.

    Walks up from the expression through its governing verbs; a conjunct's head lends its future
    auxiliary ("will launch and dock on Friday") but not its past tense ("launched and is due to dock").
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token: Token = span.root
    via_conj = False
    for _ in range(8):
        if token.tag_.startswith("VB") or token.lower_ == "due":
            children = list(token.children)
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in children):
                return "future"
            if any(c.dep_ == "aux" and c.lower_ == "going" for c in children):
                return "future"
            if token.lower_ == "due" and any(c.dep_ == "xcomp" for c in children):
                return "future"
            if not via_conj and any(c.dep_ == "aux" and c.lower_ == "had" for c in children):
                return "past"  # "had been delayed by a leak in late August": a plan of the past
            if (token.lemma_ or token.lower_).lower() in _FUTURE_VERBS or token.lower_ in _FUTURE_VERBS:
                # "lifted off as scheduled", "earlier than planned": a plan kept, not a future
                kept = any(c.lower_ in ("as", "than") for c in token.children) or \
                    (token.i > 0 and token.doc[token.i - 1].lower_ in ("as", "than"))
                if token.tag_ in ("VBN", "VBZ", "VBP", "VBG") and not kept:
                    return "future"
            if not via_conj:
                if token.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS for c in children):
                    return "future"
                if token.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children):
                    return "past"
                if token.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had") for c in children):
                    return "past"
        if token.dep_ == "conj":
            via_conj = True
        if token.head is token:
            break
        token = token.head
    return None


def sentence_tense(doc: Doc, start_char: int, end_char: int, text: str | None = None) -> str | None:
    """The tense of the sentence around an expression when its own clause does not say: "future" on a
    future cue, "past" when it has a past-tense verb, "present" when it has only present-tense or modal
    verbs or none at all (a heading, a schedule line, "Media may request interviews by May 16"), which
    ``timenorm`` reads as the nearest occurrence; None without sentence boundaries. ``text`` is
    ``doc.text`` when the caller has it (spaCy rebuilds it on every access)."""
    text = doc.text if text is None else text
    lo, hi = sentence_bounds(text, start_char, end_char)  # the parser may split after "p.m."
    sentence = doc.char_span(lo, min(hi, len(text)), alignment_mode="expand")
    if sentence is None or len(sentence) == 0:
        return None
    if guess_tense(sentence.text, 0, len(sentence.text)) == "future":
        return "future"
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is not None and len(span) > 0:
        # "is on its way after launching Friday", "since landing on Tuesday": before the present
        token = span.root
        for _ in range(6):
            if token.lower_ in _BEFORE_NOW_MARKS or any(
                    c.dep_ == "mark" and c.lower_ in _BEFORE_NOW_MARKS for c in token.children):
                return "past"
            if token.head is token:
                break
            token = token.head
    for token in sentence:
        if token.tag_ == "VBD":
            return "past"
        if token.tag_ == "VBN":
            auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
            # "has launched", "was launched", and a bare participle (the tagger's reading of many a
            # "launched" that is a past tense) tell the past; "is scheduled" does not
            if not auxiliaries or any(a in ("has", "have", "had", "was", "were") for a in auxiliaries):
                return "past"
    return "present"


class TimeNormalizer:
    """spaCy component: every time expression in the text, normalised against ``doc._.published``."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()
        self.grammar = TimeGrammar.load(data_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        anchor = doc._.published
        if isinstance(anchor, str):  # tolerate an ISO string from callers that skipped the reader
            try:
                anchor = datetime.fromisoformat(anchor.replace("Z", "+00:00"))
            except ValueError:
                log.warning("%s: unreadable publication date %r; relative times left out", doc._.doc_id, anchor)
                anchor = None
        has_parse = doc.has_annotation("DEP")

        def tense_of(start: int, end: int) -> str:
            tense = clause_tense(doc, start, end) if has_parse else None
            if tense is None and has_parse:
                tense = sentence_tense(doc, start, end, text)
            return tense or guess_tense(text, start, end)

        times: list[TimeValue] = []
        for timex in self.grammar.find(text, anchor, tense_of):
            if in_furniture(doc, timex.start, timex.end):
                continue
            value = timex_to_time_value(timex)
            if value is not None:
                times.append(value)
        times.sort(key=lambda t: (t.start, t.end))
        doc._.times = times
        log.debug("%s: %d time expressions", doc._.doc_id, len(times))
        return doc


@Language.factory("spacekg_times", assigns=["doc._.times"], default_config={"data_dir": None})
def make_time_normalizer(nlp: Language, name: str, data_dir: str | None) -> TimeNormalizer:
    return TimeNormalizer(data_dir)
