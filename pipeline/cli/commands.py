"""Import every command module so that each registers its commands on the Typer app."""

from pipeline.cli import eval_cmd, ingest_cmd, query_cmd, serve_cmd, time_cmd  # noqa: F401
