"""``spacekg timeml`` and ``spacekg eval-time``: TIMEX3 tagging and TempEval-3 scoring for researchers.

Exit codes: 0 on success, 2 when an input file or folder cannot be read.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import typer

from pipeline.cli import app

log = logging.getLogger(__name__)


@app.command("timeml")
def timeml_command(
    inputs: list[Path] = typer.Argument(..., help="TimeML (.tml) files or folders of them."),
    out: Path = typer.Option(..., "--out", help="Folder for the predicted .tml files (same names)."),
    narrative: bool = typer.Option(False, "--narrative", help="History writing: yearless dates follow the "
                                   "last date the text gave, not the creation time."),
) -> None:
    """Tag time expressions with TIMEX3 (type, value) against each document's creation time (DCT)."""
    from pipeline.timeml import annotate, read_timeml, timeml_files, write_timeml

    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files.extend(timeml_files(path))
        elif path.is_file():
            files.append(path)
        else:
            typer.echo(f"error: no such file or folder: {path}", err=True)
            raise typer.Exit(code=2)
    out.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            doc = read_timeml(path)
        except (OSError, UnicodeDecodeError) as err:
            typer.echo(f"error: cannot read {path}: {err}", err=True)
            raise typer.Exit(code=2) from None
        if doc.dct is None:
            log.warning("%s: no creation time (DCT); relative expressions stay unresolved", path.name)
        predictions = annotate(doc, narrative=narrative)
        (out / path.name).write_text(write_timeml(doc, predictions), encoding="utf-8")
        typer.echo(f"{path.name}: {len(predictions)} TIMEX3")


@app.command("eval-time")
def eval_time_command(
    gold_dir: Path = typer.Argument(..., help="Folder of gold TimeML (.tml) or TIMEX2 (.xml) files."),
    pred: Path | None = typer.Option(None, "--pred", help="Folder of predicted .tml files with the same "
                                     "names; without it the system runs on the gold texts."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON for machines."),
    errors: bool = typer.Option(False, "--errors", help="List misses, spurious finds and wrong values."),
    narrative: bool = typer.Option(False, "--narrative", help="As for `timeml` (when run on the fly)."),
) -> None:
    """TempEval-3 timex scores: strict/relaxed span P/R/F1, value and type F1, attribute accuracy."""
    from pipeline.timeml import evaluate_folder

    if not gold_dir.is_dir() or (pred is not None and not pred.is_dir()):
        typer.echo(f"error: not a folder: {gold_dir if not gold_dir.is_dir() else pred}", err=True)
        raise typer.Exit(code=2)
    scores = evaluate_folder(gold_dir, pred, narrative=narrative)
    if as_json:
        typer.echo(json.dumps(scores.as_dict(with_errors=errors), indent=2, ensure_ascii=False))
        return
    typer.echo(f"documents {scores.documents}  gold {scores.gold}  system {scores.system}")
    typer.echo(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
    typer.echo(f"{'strict':10}{scores.strict_precision:8.3f}{scores.strict_recall:8.3f}{scores.strict_f1:8.3f}")
    typer.echo(f"{'relaxed':10}{scores.relaxed_precision:8.3f}{scores.relaxed_recall:8.3f}{scores.relaxed_f1:8.3f}")
    typer.echo(f"value F1 {scores.value_f1:.3f}  type F1 {scores.type_f1:.3f}  "
               f"value accuracy {scores.value_accuracy:.3f}  type accuracy {scores.type_accuracy:.3f}")
    if errors:
        for e in scores.errors:
            g, s = e.get("gold"), e.get("system")
            left = f"{g['text']!r} {g['type']} {g['value']}" if g else ""
            right = f"{s['text']!r} {s['type']} {s['value']}" if s else ""
            typer.echo(f"{e['kind']:9} {e['doc']}: {left} | {right}")
