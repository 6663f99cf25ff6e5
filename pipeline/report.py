"""The run report of one ingestion: what was read, stored, skipped and pruned, and every failure by name.

Operators read it after an unattended run (``spacekg ingest --report FILE``), so a bad record is named
with its file, line, id and reason instead of stopping the batch. The report is also where the exit code
comes from: 0 when nothing failed, 1 when some articles failed.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


@dataclass
class Failure:
    """One input that did not become a stored graph, and why."""

    source: str
    reason: str
    line: int | None = None
    id: str | None = None
    stage: str = "read"  # "read", "extract", "rdf" or "store"

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        ident = f" [{self.id}]" if self.id else ""
        return f"{where}{ident}: {self.reason}"


@dataclass
class Counts:
    read: int = 0
    stored: int = 0
    skipped_unchanged: int = 0
    failed: int = 0
    pruned: int = 0


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class RunReport:
    """Counts and failures of one run; ``to_dict`` is the JSON written by ``--report``."""

    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: datetime = field(default_factory=_now)
    ended: datetime | None = None
    inputs: list[str] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    failures: list[Failure] = field(default_factory=list)
    words: int = 0  # words of the articles extracted (for throughput figures)
    quads: int = 0  # quads written

    def add_failure(self, source: str, reason: str, line: int | None = None, id: str | None = None,
                    stage: str = "read") -> Failure:
        failure = Failure(source=source, reason=reason, line=line, id=id, stage=stage)
        self.failures.append(failure)
        self.counts.failed += 1
        log.warning("skipped %s", failure.describe())
        return failure

    def finish(self) -> RunReport:
        self.ended = _now()
        return self

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.counts.failed else EXIT_OK

    @property
    def seconds(self) -> float:
        end = self.ended or _now()
        return (end - self.started).total_seconds()

    def counts_dict(self) -> dict[str, int]:
        return asdict(self.counts)

    def to_dict(self) -> dict:
        return {
            "run_id": self.run_id,
            "started": self.started.isoformat(),
            "ended": self.ended.isoformat() if self.ended else None,
            "seconds": round(self.seconds, 3),
            "inputs": list(self.inputs),
            "counts": self.counts_dict(),
            "quads": self.quads,
            "words": self.words,
            "failures": [asdict(f) for f in self.failures],
        }

    def write(self, path: str | Path) -> None:
        """Write the JSON atomically (temp file + rename): a reader never sees half a report."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.to_dict(), handle, ensure_ascii=False, indent=2)
                handle.write("\n")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def log_summary(self, logger: logging.Logger | None = None) -> None:
        """The final counts as one structured record (``--log-format json`` emits ``counts``)."""
        counts = self.counts_dict()
        (logger or log).info(
            "ingest run %s: read %d, stored %d, unchanged %d, failed %d, pruned %d in %.1f s",
            self.run_id, counts["read"], counts["stored"], counts["skipped_unchanged"], counts["failed"],
            counts["pruned"], self.seconds, extra={"counts": counts},
        )
