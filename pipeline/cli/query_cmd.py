"""``spacekg query``, ``validate``, ``stats`` and ``export``: reading the store.

Exit codes: 0 success (validate: the data conforms), 1 validate found violations, 2 usage error or
a store/query that cannot be read.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from pipeline.cli import app
from pipeline.cli.ingest_cmd import STORE_HELP, fail_usage, open_store_or_exit
from pipeline.query import UnknownQuery, format_result, list_queries, run_query
from pipeline.store import FileFormat


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


def _parse_bindings(pairs: list[str]) -> dict[str, str]:
    bindings: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip().isidentifier():
            raise fail_usage(f"--param takes NAME=VALUE, got {pair!r}")
        bindings[name.strip()] = value
    return bindings


@app.command("query")
def query_command(
    query: str | None = typer.Argument(None, help="A named query (see --list), a FILE.rq, or SPARQL text."),
    store_dir: Path | None = typer.Option(None, "--store", help=STORE_HELP),
    output_format: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv, tsv or json "
                                               "(W3C SPARQL 1.1 Query Results JSON)."),
    params: list[str] = typer.Option([], "--param", "-p", help="Bind a variable: NAME=VALUE (repeatable)."),
    list_names: bool = typer.Option(False, "--list", help="List the named queries and what they return."),
) -> None:
    """Run SPARQL on the store and print the results."""
    if list_names:
        for name, description in list_queries().items():
            typer.echo(f"{name}\t{description}")
        return
    if not query:
        raise fail_usage("give a query name, a .rq file or SPARQL text (or --list)")
    bindings = _parse_bindings(params)
    store = open_store_or_exit(store_dir, read_only=True)
    try:
        result = run_query(store, query, **bindings)
    except UnknownQuery as err:
        raise fail_usage(str(err)) from None
    except (SyntaxError, ValueError, OSError) as err:
        raise fail_usage(f"query failed: {err}") from None
    finally:
        store.close()
    typer.echo(format_result(result, output_format.value), nl=False)
    if output_format in (OutputFormat.table, OutputFormat.json) or result.kind == "graph":
        typer.echo("")


@app.command("validate")
def validate_command(
    file: Path | None = typer.Argument(None, help="An RDF file to validate instead of the store."),
    store_dir: Path | None = typer.Option(None, "--store", help=STORE_HELP),
    show_warnings: bool = typer.Option(False, "--warnings", help="Also print warnings."),
) -> None:
    """Check the store (or a file) against the SHACL shapes; exit 1 on violations."""
    from pipeline.validate import validate_file, validate_store

    try:
        if file is not None:
            if not file.exists():
                raise fail_usage(f"no such file: {file}")
            report = validate_file(file)
        else:
            store = open_store_or_exit(store_dir, read_only=True)
            try:
                report = validate_store(store)
            finally:
                store.close()
    except typer.Exit:
        raise
    except Exception as err:  # noqa: BLE001 - unreadable RDF, bad shapes: an error, not a verdict
        typer.echo(f"error: validation could not run: {err}", err=True)
        raise typer.Exit(code=2) from None
    for result in report.violations:
        typer.echo(result.describe())
    if show_warnings:
        for result in report.warnings:
            typer.echo(result.describe())
    verdict = "conforms" if report.conforms else "does not conform"
    typer.echo(f"{verdict}: {report.graphs} graph(s), {len(report.violations)} violation(s), "
               f"{len(report.warnings)} warning(s)")
    raise typer.Exit(code=0 if report.conforms else 1)


@app.command("stats")
def stats_command(
    store_dir: Path | None = typer.Option(None, "--store", help=STORE_HELP),
    output_format: StatsFormat = typer.Option(StatsFormat.table, "--format", help="table or json."),
) -> None:
    """Counts: quads, named graphs, instances per class, quads per named graph."""
    store = open_store_or_exit(store_dir, read_only=True)
    try:
        stats = store.stats()
    finally:
        store.close()
    if output_format is StatsFormat.json:
        typer.echo(json.dumps(stats, indent=2))
        return
    typer.echo(f"quads  {stats['quads']:,}\nnamed graphs  {stats['graphs']:,}\n")
    typer.echo("instances per class")
    width = max([len(c) for c in stats["classes"]] + [5])
    for cls, count in stats["classes"].items():
        typer.echo(f"  {cls.ljust(width)}  {count:>8,}")
    typer.echo("\nquads per named graph")
    for graph, count in stats["quads_per_graph"].items():
        typer.echo(f"  {graph}  {count:>8,}")


@app.command("export")
def export_command(
    out: Path = typer.Argument(..., help="The file to write."),
    store_dir: Path | None = typer.Option(None, "--store", help=STORE_HELP),
    out_format: FileFormat | None = typer.Option(None, "--format", help="trig, nquads, turtle (graphs merged) "
                                                 "or jsonld; default from the file's suffix."),
) -> None:
    """Write the whole store to one RDF file."""
    try:
        fmt = out_format or FileFormat.from_path(out)
    except ValueError as err:
        raise fail_usage(str(err)) from None
    store = open_store_or_exit(store_dir, read_only=True)
    try:
        store.dump(out, fmt)
        quads = store.quad_count()
    finally:
        store.close()
    typer.echo(f"wrote {quads:,} quads to {out} ({fmt.value})")
