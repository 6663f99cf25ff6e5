"""The run report's parts: a failure named by source, line, id and reason, and the atomic JSON writer.

Operators read the report after an unattended run (``spacekg ingest --report FILE``), so a bad record is
named instead of stopping the batch. ``pipeline.ingest.RunReport`` collects the run's counts and these
``Failure`` records; ``write_report`` puts its JSON where a monitoring job can read it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

#: Keys of the ``counts`` object in the report and in the final log record, in this order.
COUNT_KEYS: tuple[str, ...] = ("read", "stored", "skipped_unchanged", "failed", "pruned")


@dataclass(frozen=True)
class Failure:
    """One input that did not become a stored graph, and why."""

    source: str
    reason: str
    line: int | None = None
    id: str | None = None
    stage: str = "read"  # "read", "extract", "rdf", "worker" or "store"

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        ident = f" [{self.id}]" if self.id else ""
        return f"{where}{ident}: {self.reason}"


def write_report(document: dict, path: str | Path) -> None:
    """Write a report as JSON atomically (temp file + rename): a reader never sees half of one."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2, default=str)
            handle.write("\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.debug("run report written to %s", target)
