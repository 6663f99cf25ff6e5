"""The ``spacekg`` command line: thin Typer wrappers over the library's functions.

Each command group lives in its own module and registers itself on ``app``; this module only
configures logging and dispatches. Library code logs; only the command line sets up handlers.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from enum import Enum

import typer

app = typer.Typer(
    name="spacekg",
    help="Turn space-flight news into a knowledge graph that answers SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class LogFormat(str, Enum):
    text = "text"
    json = "json"


class _JsonFormatter(logging.Formatter):
    """One JSON object per log record, for machines reading batch logs."""

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        extra = getattr(record, "counts", None)
        if extra:
            payload["counts"] = extra
        return json.dumps(payload, ensure_ascii=False)


def configure_logging(verbose: int = 0, quiet: bool = False, log_format: LogFormat = LogFormat.text) -> None:
    """Send log records to stderr at the requested level and format."""
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    if log_format is LogFormat.json:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("trafilatura", "htmldate", "urllib3", "distributed", "asyncio"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def _print_version(value: bool) -> None:
    if value:
        from pipeline import __version__

        typer.echo(f"spacekg {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv for debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only warnings and errors."),
    log_format: LogFormat = typer.Option(LogFormat.text, "--log-format", help="text, or json for machines."),
) -> None:
    configure_logging(verbose, quiet, log_format)


# Command modules register themselves on `app` when imported.
from pipeline.cli import commands  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    app()
