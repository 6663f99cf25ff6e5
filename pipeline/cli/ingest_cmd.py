"""``spacekg ingest PATH...``: articles into the store (or a file), one named graph per article.

Exit codes: 0 every article stored (or unchanged), 1 some input failed, 2 usage error (no such path,
unknown format, the store cannot be opened or is locked by another writer, the endpoint is unreachable).
Operations (scheduling, locking, reports, workers, Dask, remote stores): ``docs/operations.md``.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import typer

from pipeline.cli import app
from pipeline.ingest import ingest
from pipeline.locking import StoreLockedError, WriterLock, is_lock_error, locked_message
from pipeline.paths import DATA_DIR
from pipeline.store import FileFormat, FileStore, GraphStore, default_store_dir, open_store

log = logging.getLogger(__name__)

STORE_HELP = "Store directory (default: $SPACEKG_STORE or ./spacekg-store)."


def fail_usage(message: str) -> typer.Exit:
    """Print a usage problem and return the exit (code 2) to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


def open_store_or_exit(store_dir: Path | None, read_only: bool = False) -> GraphStore:
    """The embedded store, or exit 2 with the reason (missing, locked by another process)."""
    directory = store_dir or default_store_dir()
    if read_only and not directory.exists():
        raise fail_usage(f"no store at {directory}; run `spacekg ingest` first or give --store")
    try:
        return open_store(directory, read_only=read_only)
    except OSError as err:
        if is_lock_error(err):
            raise fail_usage(locked_message(directory)) from None
        raise fail_usage(f"cannot open the store at {directory}: {err}") from None


@app.command("ingest")
def ingest_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.jsonl, .txt, .md, .html)."),
    store_dir: Path | None = typer.Option(None, "--store", help=STORE_HELP),
    out: Path | None = typer.Option(None, "--out", help="Write the graphs to this file instead of the store."),
    out_format: FileFormat | None = typer.Option(None, "--format", help="File format for --out (default: "
                                                 "from its suffix)."),
    force: bool = typer.Option(False, "--force", help="Re-extract articles even when they are unchanged."),
    as_json: bool = typer.Option(False, "--json", help="Print the run report as JSON."),
    with_gazetteer: bool = typer.Option(True, "--gazetteer/--no-gazetteer",
                                        help="Keep the gazetteer graph in step with data/gazetteer."),
    workers: int = typer.Option(1, "--workers", min=1, help="Extraction processes on this machine."),
    dask: str | None = typer.Option(None, "--dask", help="Extract on Dask: 'local' (a LocalCluster) or a "
                                    "scheduler address such as tcp://HOST:8786."),
    endpoint: str | None = typer.Option(None, "--endpoint", help="Write to a remote SPARQL 1.1 Graph Store "
                                        "Protocol URL (e.g. http://HOST:7878/store) instead of the store."),
    query_endpoint: str | None = typer.Option(None, "--query-endpoint", help="The SPARQL query URL that goes "
                                              "with --endpoint (default: derived from it)."),
    prune: bool = typer.Option(False, "--prune", help="Drop the graphs of articles no longer in the input."),
    report_path: Path | None = typer.Option(None, "--report", help="Write the run report (JSON) here."),
) -> None:
    """Read articles, extract entities, events and times, and store one named graph per article."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail_usage(f"no such file or folder: {', '.join(missing)}")
    if dask is not None and dask != "local" and "://" not in dask:
        raise fail_usage(f"--dask takes 'local' or a scheduler address like tcp://HOST:8786, got {dask!r}")
    if sum(x is not None for x in (out, endpoint, store_dir)) > 1:
        raise fail_usage("give only one of --store, --out and --endpoint")
    lock: WriterLock | None = None
    if endpoint is not None:
        from pipeline.remote_store import GraphStoreProtocolStore

        try:
            store: GraphStore = GraphStoreProtocolStore(endpoint, query_endpoint)
        except ValueError as err:
            raise fail_usage(str(err)) from None
    elif out is not None:
        try:
            store: GraphStore = FileStore(out, out_format)
        except ValueError as err:
            raise fail_usage(str(err)) from None
    else:
        if out_format is not None:
            raise fail_usage("--format goes with --out")
        lock = WriterLock(store_dir or default_store_dir())
        try:
            lock.acquire()  # one writer per store: a second scheduled run stops here with exit 2
        except StoreLockedError as err:
            raise fail_usage(str(err)) from None
        try:
            store = open_store_or_exit(store_dir)
        except BaseException:
            lock.release()
            raise
    from pipeline.distributed import DaskUnavailableError
    from pipeline.remote_store import RemoteStoreError

    try:
        report = ingest(paths, store, skip_unchanged=not force,
                        gazetteer_dir=DATA_DIR / "gazetteer" if with_gazetteer else None,
                        workers=workers, dask=dask, prune=prune)
    except (RemoteStoreError, DaskUnavailableError, OSError, TimeoutError) as err:
        raise fail_usage(f"ingestion could not run: {err}") from None
    finally:
        store.close()
        if lock is not None:
            lock.release()
    if report_path is not None:
        from pipeline.report import write_report

        write_report(report.report_dict(), report_path)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        for failure in report.failures[:20]:
            typer.echo(f"failed: {failure}", err=True)
        if len(report.failures) > 20:
            typer.echo(f"... and {len(report.failures) - 20} more failures", err=True)
        target = f" -> {out}" if out is not None else ""
        typer.echo(f"{report.summary()}{target}")
    raise typer.Exit(code=report.exit_code)
