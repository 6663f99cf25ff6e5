"""``spacekg serve``, ``spacekg export-graphml``, ``spacekg export-jsonld`` and ``spacekg docs``.

Thin wrappers: the endpoint is ``pipeline.serve``, the exports ``pipeline.exports``, the crew network
``pipeline.network`` and the ontology pages ``scripts/build_ontology_docs.py``'s function.
"""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli import app

STORE_HELP = "Store directory (default: $SPACEKG_STORE or ./spacekg-store)."


def _store_dir(store: Path | None) -> Path:
    from pipeline.store import default_store_dir

    return store if store is not None else default_store_dir()


@app.command("serve")
def serve(
    store: Path | None = typer.Option(None, "--store", help=STORE_HELP),
    port: int = typer.Option(7878, "--port", help="TCP port (0 picks a free one)."),
    bind: str = typer.Option("127.0.0.1", "--bind", help="Address to listen on (loopback by default)."),
    timeout: float = typer.Option(30, "--timeout", help="Query timeout in seconds (0: none)."),
    cors: bool = typer.Option(False, "--cors", help="Allow cross-origin requests (browser pages elsewhere)."),
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (GET/POST /query; updates refused)."""
    from pipeline.serve import Endpoint, ServeError, check_store_dir, free_port, serve_forever

    try:
        store_dir = check_store_dir(_store_dir(store))
        if port == 0:
            port = free_port(bind)
        endpoint = Endpoint(bind, port)
        typer.echo(f"SPARQL endpoint: {endpoint.query_url}   query page: {endpoint.base_url}/   (Ctrl-C stops)")
        code = serve_forever(store_dir, bind, port, timeout or None, cors)
    except ServeError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    raise typer.Exit(code)


@app.command("export-graphml")
def export_graphml(
    out: Path = typer.Argument(..., help="GraphML file to write."),
    store: Path | None = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """Write the crew network (people, spacecraft, missions; who flew with whom) as GraphML."""
    from pipeline.api import open_store
    from pipeline.exports import write_graphml

    with open_store(_store_dir(store), read_only=True) as kg:
        network = kg.crew_network()
    write_graphml(network, out)
    typer.echo(f"{out}: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges")


@app.command("export-jsonld")
def export_jsonld(
    out: Path = typer.Argument(..., help="JSON-LD file to write."),
    store: Path | None = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """Write the whole store as JSON-LD compacted with ontologies/spacekg-context.jsonld."""
    from pipeline.api import open_store
    from pipeline.exports import write_jsonld

    with open_store(_store_dir(store), read_only=True) as kg:
        count = write_jsonld(kg.store, out)
    typer.echo(f"{out}: {count} quads")


@app.command("docs")
def docs(
    out: Path = typer.Option(None, "--out", help="HTML file (default: docs/ontology.html)."),
) -> None:
    """Regenerate the human-readable ontology documentation (pyLODE) from ontologies/spacekg.ttl."""
    from pipeline.exports import build_ontology_docs

    written = build_ontology_docs(out)
    typer.echo(str(written))
