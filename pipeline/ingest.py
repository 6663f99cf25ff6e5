"""Ingestion: read -> extract -> RDF -> store, one named graph per article, with a run report.

``ingest`` is a plain function over a ``GraphStore`` so the command line, notebooks, schedulers and
distributed runners share it. Each article's graph is replaced whole and atomically, so running the
same input twice leaves the store as it was, and a changed article loses its old facts.

Bad input never stops a batch: reader errors and articles whose extraction or storing fails are
counted, logged and listed in the report; everything else is stored.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph, URIRef
from tqdm import tqdm

from pipeline.model import Article, Extraction
from pipeline.paths import DATA_DIR
from pipeline.rdf import (
    GAZETTEER_GRAPH,
    RUNS_GRAPH,
    RunInfo,
    extraction_to_graph,
    gazetteer_files,
    gazetteer_graph,
    gazetteer_hash,
    graph_iri,
    run_graph,
    run_iri_for,
)
from pipeline.readers import ReadError, iter_articles
from pipeline.report import Failure
from pipeline.store import GraphStore
from pipeline.workers import ArticleResult

log = logging.getLogger(__name__)

#: Turns a stream of articles into a stream of extractions, in order (``pipeline.extract.extract_many``),
#: or of ``ArticleResult``s (graphs already built, or the reason an article failed).
Extractor = Callable[[Iterable[Article]], Iterator[Extraction | ArticleResult]]


@dataclass
class RunReport:
    """What one ingestion run did; ``exit_code`` is what the command line returns."""

    started: datetime
    ended: datetime | None = None
    inputs: list[str] = field(default_factory=list)
    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    quads_written: int = 0
    quads_total: int = 0
    stored_ids: list[str] = field(default_factory=list)
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    pruned: int = 0
    failure_records: list[Failure] = field(default_factory=list)

    def fail(self, source: str | None, reason: str, line: int | None = None, id: str | None = None,
             stage: str = "read") -> None:
        """Count and name one input that was not stored (the batch goes on)."""
        failure = Failure(source=source or "", reason=reason, line=line, id=id, stage=stage)
        self.failed += 1
        self.failure_records.append(failure)

    @property
    def failures(self) -> list[str]:
        """Each failure as one readable line (source:line [id]: reason)."""
        return [failure.describe() for failure in self.failure_records]

    def counts(self) -> dict[str, int]:
        """The run's counts under the names of the run report (``--report``) and the final log record."""
        return {"read": self.read, "stored": self.stored, "skipped_unchanged": self.skipped,
                "failed": self.failed, "pruned": self.pruned}

    def report_dict(self) -> dict:
        """The ``--report`` JSON: run id, start and end, counts, and every failure by source/line/id."""
        return {
            "run_id": self.run_id, "started": self.started.isoformat(),
            "ended": self.ended.isoformat() if self.ended else None, "inputs": self.inputs,
            "counts": self.counts(), "quads_written": self.quads_written, "quads_total": self.quads_total,
            "failures": [asdict(f) for f in self.failure_records],
        }

    @property
    def exit_code(self) -> int:
        """0 when every article was stored (or unchanged), 1 when some failed."""
        return 1 if self.failed else 0

    def summary(self) -> str:
        parts = [f"{self.stored} article(s) stored", f"{self.skipped} unchanged", f"{self.failed} failed",
                 f"{self.pruned} pruned", f"{self.quads_total:,} quads in store"]
        return ", ".join(parts)

    def as_dict(self) -> dict:
        return {
            "started": self.started.isoformat(), "ended": self.ended.isoformat() if self.ended else None,
            "inputs": self.inputs, "read": self.read, "stored": self.stored, "skipped": self.skipped,
            "failed": self.failed, "quads_written": self.quads_written, "quads_total": self.quads_total,
            "failures": self.failures,
        }


def default_extractor() -> Extractor:
    """The spaCy pipeline in this process, chunk by chunk with ``nlp.pipe``; an article whose extraction
    raises becomes a failed ``ArticleResult`` and the batch goes on (``pipeline.workers.run_local``)."""
    from pipeline.workers import run_local

    return run_local


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    *,
    extractor: Extractor | None = None,
    skip_unchanged: bool = True,
    record_run: bool = True,
    progress: bool | None = None,
    gazetteer_dir: Path | None = DATA_DIR / "gazetteer",
    workers: int = 1,
    dask: str | None = None,
    prune: bool = False,
) -> RunReport:
    """Ingest every article under ``paths`` into ``store``; returns the run's report.

    ``skip_unchanged``: an article whose stored content hash equals its current one is not extracted
    again (the operator's "new and changed articles only"). ``record_run``: describe the run as a
    ``prov:Activity`` in the runs graph, but only when it changed something, so a re-run over unchanged
    input leaves the store exactly as it was. ``progress``: a tqdm bar (None: only on a terminal).
    ``gazetteer_dir``: the curated reference data, kept in its own graph and reloaded only when it
    changed (None: leave the gazetteer graph alone).
    ``workers``: extraction processes on this machine; ``dask``: ``"local"`` or a scheduler address to
    extract on a Dask cluster instead (``pipeline.distributed``); either way this process alone writes.
    Without a custom ``extractor``, one article's exception fails that article only. ``prune``: drop the
    graphs of stored articles that are no longer in the input (never after an interrupted read).
    """
    inputs = [str(p) for p in paths]
    report = RunReport(started=_now(), inputs=inputs)
    known = store.document_hashes() if (skip_unchanged or prune) else {}
    extract = extractor or default_extractor()
    seen_ids: set[str] = set()  # ids present in the input (also unreadable ones), for --prune
    reading_done = False

    def articles_to_extract() -> Iterator[Article]:
        nonlocal reading_done
        for item in iter_articles(inputs):
            if isinstance(item, ReadError):
                if item.id is not None:
                    seen_ids.add(item.id)
                report.fail(item.source, item.reason, line=item.line, id=item.id)
                log.warning("skipped bad input %s", item.describe())
                continue
            report.read += 1
            seen_ids.add(item.id)
            if skip_unchanged and known.get(item.id) == item.content_hash:
                report.skipped += 1
                log.debug("%s unchanged; skipped", item.id)
                continue
            yield item
        reading_done = True

    disable = None if progress is None else not progress  # None: tqdm shows a bar only on a terminal
    if extractor is None and (workers > 1 or dask):
        from pipeline.distributed import run_results

        stream: Iterable[Extraction | ArticleResult] = run_results(articles_to_extract(), workers, dask)
    else:
        stream = extract(articles_to_extract())
    extractions = tqdm(stream, desc="ingest", unit="article", disable=disable, leave=False)
    graphs_written = []
    try:
        for extraction in extractions:
            if isinstance(extraction, ArticleResult):
                article_id, source = extraction.article_id, extraction.source
                if not extraction.ok:
                    report.fail(source, extraction.error or "failed", id=article_id, stage=extraction.stage)
                    continue
            else:
                article_id, source = extraction.article.id, extraction.article.source
            try:
                if (isinstance(extraction, ArticleResult) and extraction.graph is None
                        and hasattr(store, "replace_graph_nquads")):
                    report.quads_written += store.replace_graph_nquads(extraction.graph_iri,
                                                                       extraction.nquads or "")
                    written = URIRef(extraction.graph_iri)
                else:
                    if isinstance(extraction, ArticleResult):
                        graph = extraction.to_graph()
                    else:
                        graph = extraction_to_graph(extraction)
                    report.quads_written += store.replace_graph(graph.identifier, graph)
                    written = graph.identifier
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch
                report.fail(source, f"{type(err).__name__}: {err}", id=article_id, stage="store")
                log.error("could not store %s: %s", article_id, err)
                continue
            report.stored += 1
            report.stored_ids.append(article_id)
            log.debug("stored %s", article_id)
            graphs_written.append(written)
    except Exception as err:  # noqa: BLE001 - an extractor crash ends the batch, but what is stored stays
        report.fail(", ".join(inputs), f"extraction stopped: {type(err).__name__}: {err}", stage="extract")
        log.exception("extraction stopped after %d article(s)", report.stored)

    if prune and reading_done:
        for article_id in sorted(set(known) - seen_ids):
            store.drop_graph(graph_iri(article_id))
            report.pruned += 1
            log.info("pruned %s (no longer in the input)", article_id)
    elif prune:
        log.warning("not pruning: the input was not read to the end")

    if gazetteer_dir is not None and sync_gazetteer(store, gazetteer_dir):
        graphs_written.append(GAZETTEER_GRAPH)
    report.ended = _now()
    if record_run and (report.stored or report.failed or report.pruned):
        info = RunInfo(started=report.started, ended=report.ended, inputs=inputs, articles_read=report.read,
                       articles_stored=report.stored, articles_skipped=report.skipped,
                       articles_failed=report.failed, quads=report.quads_written, graphs=graphs_written)
        # Two runs can start within the same second: the run's own id keeps their records apart.
        add_run_record(store, run_graph(info, run_iri_for(report.started, [*inputs, report.run_id])))
    report.quads_total = store.quad_count()
    log.info("ingest run %s finished: %s", report.run_id, report.summary(), extra={"counts": report.counts()})
    return report


def sync_gazetteer(store: GraphStore, directory: Path) -> bool:
    """Load the gazetteer into its graph when its files changed since the last load; True if written."""
    files = gazetteer_files(Path(directory))
    if not files:
        return False
    wanted = gazetteer_hash(files)
    rows = store.query(
        f"SELECT ?hash WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ <{GAZETTEER_GRAPH}> "
        f"<https://w3id.org/spacekg/ontology#contentHash> ?hash }} }}"
    ).rows
    if rows and str(rows[0]["hash"]) == wanted:
        return False
    try:
        graph = gazetteer_graph(files)
        store.replace_graph(GAZETTEER_GRAPH, graph)
    except (OSError, ValueError) as err:
        log.error("gazetteer not loaded: %s", err)
        return False
    log.info("gazetteer graph loaded: %d triples from %d file(s)", len(graph), len(files))
    return True


def add_run_record(store: GraphStore, run: Graph) -> None:
    """Add a run's triples to the runs graph, keeping earlier runs (read, union, replace atomically)."""
    existing = store.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{RUNS_GRAPH}> {{ ?s ?p ?o }} }}"
    ).graph or Graph()
    for triple in run:
        existing.add(triple)
    store.replace_graph(RUNS_GRAPH, existing)
