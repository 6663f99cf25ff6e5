"""TimeML for researchers: read TimeML/TIMEX2 documents, write predicted TIMEX3, score TempEval-3 style.

- ``read_timeml(path) -> TimeMLDocument``: the text inside ``<TEXT>`` with tags removed, the creation time
  (DCT: the TIMEX3 with ``functionInDocument="CREATION_TIME"``) and the gold TIMEX3 (or TIMEX2, for
  WikiWars' ``val``) as character offsets into that text.
- ``annotate(doc) -> list[GoldTimex]``: the system's predictions for a document (pipeline.timenorm).
- ``write_timeml(doc, predictions) -> str``: the document's text with predicted TIMEX3 tags.
- ``score(pairs) -> TempEvalScores``: TempEval-3 (UzZaman et al. 2013) timex measures: strict and relaxed
  span P/R/F1 (exact span / any overlap), attribute F1 for value and type (relaxed matches whose attribute
  is right, over system and gold counts: equal to attribute accuracy x relaxed F1), and attribute accuracy.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from pipeline.timenorm import TimeGrammar, default_grammar

log = logging.getLogger(__name__)

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:][-\w:.]*)\s*=\s*("[^"]*"|\'[^\']*\')')


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX (gold or predicted) by offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class TimeMLDocument:
    doc_id: str
    text: str
    dct: date | None
    timexes: list[GoldTimex] = field(default_factory=list)
    dct_value: str | None = None
    dct_text: str | None = None


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v[1:-1]) for k, v in _ATTR.findall(raw)}


def _parse_dct(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def parse_timeml(markup: str, doc_id: str = "") -> TimeMLDocument:
    """Parse TimeML (TIMEX3) or TIMEX2 inline markup into text, DCT and timexes."""
    dct_value = dct_text = None
    dct_m = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>(.*?)</TIMEX3>", markup, re.S)
    if dct_m:
        dct_value = _attrs(dct_m.group(0)).get("value")
        dct_text = html.unescape(dct_m.group(1))
    else:
        dt_m = re.search(r"<(?:DATETIME|DATE_TIME|DCT)>\s*(?:<TIMEX2[^>]*val=\"([^\"]+)\"[^>]*>)?(.*?)(?:</TIMEX2>)?\s*</(?:DATETIME|DATE_TIME|DCT)>", markup, re.S)
        if dt_m:
            dct_value = dt_m.group(1) or dt_m.group(2).strip()
            dct_text = html.unescape(dt_m.group(2).strip())
    id_m = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", markup, re.S)
    doc_id = id_m.group(1) if id_m else doc_id
    body_m = re.search(r"<TEXT>(.*)</TEXT>", markup, re.S)
    body = body_m.group(1) if body_m else markup
    text_parts: list[str] = []
    length = 0
    stack: list[tuple[str, int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        text_parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, raw_attrs, self_closing = m.group(1), m.group(2).upper(), m.group(3), m.group(4)
        if name not in ("TIMEX3", "TIMEX2"):
            continue
        if closing:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    _, start, attrs = stack.pop(i)
                    surface = "".join(text_parts)[start:length]
                    value = attrs.get("value") or attrs.get("val") or ""
                    ttype = attrs.get("type") or _timex2_type(value, attrs)
                    timexes.append(GoldTimex(start, length, surface, ttype, value, attrs.get("mod")))
                    break
        elif not self_closing:
            stack.append((name, length, _attrs(raw_attrs)))
    text_parts.append(html.unescape(body[pos:]))
    timexes.sort(key=lambda t: (t.start, t.end))
    return TimeMLDocument(doc_id, "".join(text_parts), _parse_dct(dct_value), timexes, dct_value, dct_text)


def _timex2_type(value: str, attrs: dict[str, str]) -> str:
    """TIMEX2 has no type: infer it from the value as TimeML converters do."""
    if attrs.get("set", "").upper() == "YES":
        return "SET"
    if value.startswith("P"):
        return "DURATION"
    if "T" in value and not value.startswith("PRESENT"):
        return "TIME"
    return "DATE"


def read_timeml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse_timeml(path.read_text(encoding="utf-8"), doc_id=path.name.split(".")[0])


def annotate(doc: TimeMLDocument, grammar: TimeGrammar | None = None, narrative: bool = False) -> list[GoldTimex]:
    """The system's TIMEX3 predictions for a document, resolved against its creation time."""
    grammar = grammar or default_grammar()
    return [GoldTimex(t.start, t.end, t.text, t.type, t.value, t.mod)
            for t in grammar.find(doc.text, doc.dct, narrative=narrative)]


def write_timeml(doc: TimeMLDocument, predictions: Iterable[GoldTimex]) -> str:
    """A TimeML document: DOCID, DCT and the text with predicted TIMEX3 tags (tids t1, t2, ...)."""
    out: list[str] = []
    pos = 0
    for i, t in enumerate(sorted(predictions, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue
        out.append(escape(doc.text[pos:t.start]))
        attrs = f'tid="t{i}" type={quoteattr(t.type)} value={quoteattr(t.value)}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        out.append(f"<TIMEX3 {attrs}>{escape(doc.text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(doc.text[pos:]))
    dct = ""
    if doc.dct_value:
        dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(doc.dct_value)} temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{escape(doc.dct_text or doc.dct_value)}</TIMEX3></DCT>\n\n')
    return ('<?xml version="1.0" ?>\n<TimeML>\n\n'
            f"<DOCID>{escape(doc.doc_id)}</DOCID>\n\n{dct}<TEXT>{''.join(out)}</TEXT>\n\n</TimeML>\n")


# ---------------------------------------------------------------------- scoring
@dataclass
class TempEvalScores:
    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    value_correct: int = 0
    type_correct: int = 0
    strict_precision: float = 0.0
    strict_recall: float = 0.0
    strict_f1: float = 0.0
    relaxed_precision: float = 0.0
    relaxed_recall: float = 0.0
    relaxed_f1: float = 0.0
    value_f1: float = 0.0
    type_f1: float = 0.0
    value_accuracy: float = 0.0
    type_accuracy: float = 0.0
    errors: list[dict] = field(default_factory=list)

    def as_dict(self, with_errors: bool = False) -> dict:
        d = asdict(self)
        if not with_errors:
            d.pop("errors")
        return d


def _prf(correct_sys: int, n_sys: int, correct_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = correct_sys / n_sys if n_sys else 0.0
    r = correct_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(gold: list[GoldTimex], system: list[GoldTimex]) -> list[tuple[GoldTimex, GoldTimex]]:
    """One-to-one relaxed matching: largest overlaps first."""
    pairs = []
    for g in gold:
        for s in system:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, g, s))
    pairs.sort(key=lambda p: -p[0])
    used_g: set[int] = set()
    used_s: set[int] = set()
    matched = []
    for _, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        matched.append((g, s))
    return matched


def score(pairs: Iterable[tuple[str, list[GoldTimex], list[GoldTimex]]]) -> TempEvalScores:
    """TempEval-3 timex scores over (doc id, gold, system) triples, micro-averaged."""
    s = TempEvalScores()
    for doc_id, gold, system in pairs:
        s.documents += 1
        s.gold += len(gold)
        s.system += len(system)
        matched = _match(gold, system)
        matched_ids = {id(g) for g, _ in matched} | {id(x) for _, x in matched}
        for g, x in matched:
            s.relaxed_matches += 1
            s.strict_matches += (g.start, g.end) == (x.start, x.end)
            s.value_correct += g.value == x.value
            s.type_correct += g.type == x.type
            if g.value != x.value or g.type != x.type:
                s.errors.append({"doc": doc_id, "kind": "attribute", "gold": asdict(g), "system": asdict(x)})
        for g in gold:
            if id(g) not in matched_ids:
                s.errors.append({"doc": doc_id, "kind": "missed", "gold": asdict(g)})
        for x in system:
            if id(x) not in matched_ids:
                s.errors.append({"doc": doc_id, "kind": "spurious", "system": asdict(x)})
    s.strict_precision, s.strict_recall, s.strict_f1 = _prf(s.strict_matches, s.system, s.strict_matches, s.gold)
    s.relaxed_precision, s.relaxed_recall, s.relaxed_f1 = _prf(s.relaxed_matches, s.system, s.relaxed_matches, s.gold)
    _, _, s.value_f1 = _prf(s.value_correct, s.system, s.value_correct, s.gold)
    _, _, s.type_f1 = _prf(s.type_correct, s.system, s.type_correct, s.gold)
    s.value_accuracy = s.value_correct / s.relaxed_matches if s.relaxed_matches else 0.0
    s.type_accuracy = s.type_correct / s.relaxed_matches if s.relaxed_matches else 0.0
    return s


def timeml_files(folder: str | Path) -> list[Path]:
    """TimeML/TIMEX2 files in a folder (.tml, .xml), sorted by name."""
    folder = Path(folder)
    return sorted(p for p in folder.iterdir() if p.suffix in (".tml", ".xml") and p.is_file())


def evaluate_folder(gold_dir: str | Path, pred_dir: str | Path | None = None,
                    narrative: bool = False) -> TempEvalScores:
    """Score predictions in ``pred_dir`` (same file names), or the system run on the fly, against gold."""
    triples = []
    for path in timeml_files(gold_dir):
        gold_doc = read_timeml(path)
        if pred_dir is not None:
            pred_path = Path(pred_dir) / path.name
            if not pred_path.exists():
                log.warning("no prediction for %s", path.name)
                predictions: list[GoldTimex] = []
            else:
                predictions = read_timeml(pred_path).timexes
        else:
            predictions = annotate(gold_doc, narrative=narrative)
        triples.append((gold_doc.doc_id, gold_doc.timexes, predictions))
    return score(triples)
