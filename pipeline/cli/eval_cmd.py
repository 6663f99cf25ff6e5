"""``spacekg eval GOLD.json``: score extraction against a gold file.

Exit codes: 0 when scoring ran (whatever the scores), 2 when the gold file (or an article it names)
cannot be read.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli import app


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., metavar="GOLD.json", help="Gold file (format: shared/docs/gold-format.md)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON for machines."),
    max_findings: int = typer.Option(200, "--max-findings", help="Misses/spurious finds listed per kind."),
) -> None:
    """Score entities, events, roles and times against GOLD.json: precision, recall, F1."""
    from pipeline.evaluate import GoldFormatError, evaluate, format_report

    try:
        report = evaluate(gold)
    except GoldFormatError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=2) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, max_findings=max_findings))
