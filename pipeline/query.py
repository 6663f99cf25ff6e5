"""Stage 10: SPARQL in, rows out.

A query is a named query shipped in ``pipeline/queries/NAME.rq`` (its leading ``#`` comment lines are its
description), a path to an ``.rq`` file, or SPARQL text. ``run_query`` binds variables by appending a
SPARQL ``VALUES`` clause, so a named query can be narrowed (``doc="004_..."``) without editing its text
and without string splicing into the query body.

Results are written as a plain table, CSV, TSV or W3C SPARQL 1.1 Query Results JSON.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Mapping
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from pipeline.paths import QUERY_DIR
from pipeline.store import GraphStore, QueryResult

log = logging.getLogger(__name__)

OUTPUT_FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")


class UnknownQuery(ValueError):
    """Neither a named query, nor an existing ``.rq`` file, nor SPARQL text."""


def named_queries(directory: Path = QUERY_DIR) -> dict[str, Path]:
    """Query name -> ``.rq`` file, for every query shipped with the package."""
    return {path.stem: path for path in sorted(directory.glob("*.rq"))}


def query_description(path: Path) -> str:
    """The leading ``#`` comment lines of a query file, joined into one paragraph."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        text = stripped.lstrip("#").strip()
        if not text.lower().startswith("param:"):  # parameter lines are not prose
            lines.append(text.removeprefix("description:").strip())
    return " ".join(part for part in lines if part)


def list_queries(directory: Path = QUERY_DIR) -> dict[str, str]:
    """Query name -> description."""
    return {name: query_description(path) for name, path in named_queries(directory).items()}


_SPARQL_KEYWORDS = ("select", "construct", "ask", "describe", "prefix", "base")


def resolve_query(name_or_text: str, directory: Path = QUERY_DIR) -> str:
    """The SPARQL text for a query name, an ``.rq`` path, or SPARQL given inline."""
    named = named_queries(directory)
    if name_or_text in named:
        return named[name_or_text].read_text(encoding="utf-8")
    candidate = Path(name_or_text)
    if name_or_text.endswith(".rq") or (len(name_or_text) < 512 and candidate.is_file()):
        if not candidate.is_file():
            raise UnknownQuery(f"no such query file: {name_or_text}")
        return candidate.read_text(encoding="utf-8")
    lowered = " ".join(line for line in name_or_text.lower().splitlines() if not line.strip().startswith("#"))
    if any(keyword in lowered for keyword in _SPARQL_KEYWORDS):
        return name_or_text
    raise UnknownQuery(
        f"{name_or_text!r} is not a named query ({', '.join(named) or 'none'}), an .rq file or SPARQL"
    )


def to_term(value: object) -> Node:
    """A Python value as an RDF term for a binding: IRIs for http(s)/urn strings, literals otherwise."""
    if isinstance(value, Node):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    return Literal(value)


_PARAM_LINE = re.compile(r"^[ \t]*#[ \t]*param:[ \t]*(?P<name>[A-Za-z_]\w*)(?:[ \t]+(?P<default>\S.*?))?[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
_OUTER_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def declared_parameters(sparql: str) -> dict[str, str | None]:
    """``# param: NAME default`` header lines: parameter name -> default lexical form (None: required)."""
    return {m["name"]: m["default"] for m in _PARAM_LINE.finditer(sparql)}


def _inline_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """Declared parameters as a ``VALUES`` block at the top of the outer ``WHERE`` group.

    Unlike a trailing ``VALUES``, an inline one is in scope for that group's ``FILTER``s, so a
    parameter can bound a range (``?earliest <= ?dayEnd``); defaults fill what the caller left out.
    """
    declared = declared_parameters(sparql)
    missing = [name for name, default in declared.items() if default is None and name not in bindings]
    if missing:
        raise ValueError(f"missing query parameter(s): {', '.join(missing)}")
    values = {name: bindings.get(name, default) for name, default in declared.items()}
    without_comments = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), sparql)
    where = _OUTER_WHERE.search(without_comments)
    if where is None:
        raise ValueError("a query with '# param:' lines needs a 'WHERE {' for its parameters")
    block = (f"\n  VALUES ({' '.join('?' + n for n in values)}) "
             f"{{ ({' '.join(to_term(v).n3() for v in values.values())}) }}\n")
    return sparql[: where.end()] + block + sparql[where.end():]


def with_bindings(sparql: str, bindings: Mapping[str, object]) -> str:
    """The query with its declared parameters bound inline, others fixed by a trailing ``VALUES``."""
    declared = declared_parameters(sparql)
    if declared:
        sparql = _inline_values(sparql, bindings)
        bindings = {name: value for name, value in bindings.items() if name not in declared}
    if not bindings:
        return sparql
    names = list(bindings)
    variables = " ".join(f"?{name}" for name in names)
    values = " ".join(to_term(bindings[name]).n3() for name in names)
    return f"{sparql.rstrip()}\nVALUES ({variables}) {{ ({values}) }}\n"


def run_query(store: GraphStore, name_or_text: str, **bindings: object) -> QueryResult:
    """Run a named query, an ``.rq`` file or SPARQL text, with optional variable bindings."""
    sparql = with_bindings(resolve_query(name_or_text), bindings)
    return store.query(sparql)


# --------------------------------------------------------------------------- output


def plain_value(term: Node | None) -> str:
    """What a cell shows: an IRI or a literal's lexical form; empty when unbound."""
    return "" if term is None else str(term)


def term_to_json(term: Node) -> dict[str, str]:
    """One RDF term in the W3C SPARQL 1.1 Query Results JSON form."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = str(term.datatype)
    return out


def result_to_json(result: QueryResult) -> dict:
    if result.kind == "ask":
        return {"head": {}, "boolean": bool(result.boolean)}
    if result.kind != "select":
        raise ValueError("a CONSTRUCT or DESCRIBE result is a graph: write it as RDF, not as JSON results")
    bindings = [
        {name: term_to_json(term) for name, term in row.items() if term is not None} for row in result.rows
    ]
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def _cells(result: QueryResult) -> list[list[str]]:
    return [[plain_value(row.get(name)) for name in result.variables] for row in result.rows]


def format_table(result: QueryResult, max_width: int = 60) -> str:
    """An aligned text table for a terminal; long cells are cut with an ellipsis."""
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    header = list(result.variables)
    flat = [[" ".join(cell.split()) for cell in row] for row in _cells(result)]  # one line per row
    rows = [[cell if len(cell) <= max_width else cell[: max_width - 1] + "…" for cell in row] for row in flat]
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_delimited(result: QueryResult, delimiter: str) -> str:
    """CSV (W3C SPARQL CSV: header of variable names, plain values) or tab-separated values."""
    buffer = io.StringIO()
    if delimiter == "\t":
        clean = [[cell.replace("\t", " ").replace("\n", " ") for cell in row] for row in _cells(result)]
        buffer.write("\t".join(result.variables) + "\n")
        buffer.writelines("\t".join(row) + "\n" for row in clean)
    else:
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows(_cells(result))
    return buffer.getvalue()


def format_result(result: QueryResult, output_format: str = "table") -> str:
    """The result as text in one of ``OUTPUT_FORMATS`` (a graph result is written as Turtle)."""
    if result.kind == "graph":
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if output_format == "json":
        return json.dumps(result_to_json(result), ensure_ascii=False, indent=2)
    if result.kind == "ask" and output_format in ("csv", "tsv"):
        return ("true" if result.boolean else "false") + "\n"
    if output_format == "csv":
        return format_delimited(result, ",")
    if output_format == "tsv":
        return format_delimited(result, "\t")
    if output_format == "table":
        return format_table(result)
    raise ValueError(f"unknown output format {output_format!r}; use one of {', '.join(OUTPUT_FORMATS)}")


def result_to_dataframe(result: QueryResult):
    """The rows as a pandas DataFrame of plain strings (None where unbound), for notebooks."""
    import pandas as pd

    return pd.DataFrame([[row.get(n) and str(row[n]) for n in result.variables] for row in result.rows],
                        columns=result.variables)
