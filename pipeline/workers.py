"""Turning articles into named graphs, in this process or in a pool of worker processes.

The unit of work is one article -> one ``ArticleResult``: the article's named graph as N-Quads text (what
crosses a process or network boundary cheaply and loses nothing), or the reason it failed. One article's
exception never stops the batch: it becomes a failed result and the stream goes on.

Memory stays flat however large the corpus: input is consumed lazily, at most ``max_pending`` chunks are
in flight, and results are yielded as they arrive. Each worker process loads the spaCy pipeline once (in
its initializer) and exits by itself if the parent dies, so a killed run leaves no orphans behind.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from rdflib import Graph

from pipeline.model import Article, Extraction

log = logging.getLogger(__name__)

#: Articles per task sent to a worker: big enough to amortise pickling, small enough to balance load.
DEFAULT_CHUNK_SIZE = 8


@dataclass
class ArticleResult:
    """What became of one article: its graph as N-Quads, or the reason it failed."""

    article_id: str
    content_hash: str
    source: str | None
    graph_iri: str
    nquads: str | None = None
    triples: int = 0
    words: int = 0
    error: str | None = None
    stage: str = "extract"
    graph: Graph | None = None  # in-process runs keep the graph itself and skip the N-Quads round trip

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_graph(self) -> Graph:
        """The article's named graph (parsed back from N-Quads when it crossed a process boundary)."""
        if self.graph is not None:
            return self.graph
        return nquads_to_graph(self.nquads or "", self.graph_iri)


# --------------------------------------------------------------------------- N-Quads that round-trip
# Written by the RDF stage's strict N-Quads writer (a literal with a line break is escaped) and parsed by
# Oxigraph, so literals keep their exact lexical form on the way back (rdflib's parser would rewrite
# some, e.g. a dateTime's "Z").


def graph_to_nquads_text(graph: Graph, graph_name: str | None = None) -> str:
    """Strict N-Quads of a graph in ``graph_name`` (default: its identifier); N-Triples when ``""``."""
    from rdflib import URIRef

    from pipeline.rdf import graph_to_nquads, graph_to_ntriples

    if graph_name == "":
        return graph_to_ntriples(graph)
    return graph_to_nquads(graph, URIRef(graph_name) if graph_name else None)


def nquads_to_graph(text: str, graph_name: str) -> Graph:
    """The triples of one named graph in N-Quads text, as an rdflib ``Graph`` with that identifier."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from pipeline.store import to_rdflib

    graph = Graph(identifier=URIRef(graph_name))
    for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == graph_name:
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def _word_count(text: str) -> int:
    return len(text.split())


def extraction_to_result(extraction: Extraction, as_text: bool = True) -> ArticleResult:
    """The RDF stage for one extraction, with its failure caught; ``as_text``: N-Quads, else the Graph."""
    from pipeline.rdf import extraction_to_graph, graph_iri

    article = extraction.article
    result = ArticleResult(article.id, article.content_hash, article.source, str(graph_iri(article.id)),
                           words=_word_count(article.text))
    try:
        graph = extraction_to_graph(extraction)
        if as_text:
            result.nquads = graph_to_nquads_text(graph)
        else:
            result.graph = graph
        result.triples = len(graph)
    except Exception as err:  # noqa: BLE001 - one article's bug must not stop the batch
        log.debug("RDF failed for %s", article.id, exc_info=True)
        result.error, result.stage = f"{type(err).__name__}: {err}", "rdf"
    return result


def failed_result(article: Article, err: BaseException, stage: str = "extract") -> ArticleResult:
    from pipeline.rdf import graph_iri

    return ArticleResult(article.id, article.content_hash, article.source, str(graph_iri(article.id)),
                         words=_word_count(article.text), error=f"{type(err).__name__}: {err}", stage=stage)


def process_articles(articles: list[Article], nlp=None, as_text: bool = True) -> list[ArticleResult]:
    """Extract and build graphs for a chunk of articles; a failing article is retried alone, then reported.

    The chunk goes through ``nlp.pipe`` together (faster); only if that raises are its articles run one by
    one, so that a single bad article fails alone.
    """
    from pipeline.extract import extract, extract_many
    from pipeline.nlp import shared_nlp

    nlp = nlp or shared_nlp()
    try:
        return [extraction_to_result(x, as_text)
                for x in extract_many(articles, nlp=nlp, batch_size=len(articles) or 1)]
    except Exception:  # noqa: BLE001 - fall back to one at a time to isolate the bad one
        log.debug("chunk failed; retrying its %d articles one by one", len(articles), exc_info=True)
    results = []
    for article in articles:
        try:
            results.append(extraction_to_result(extract(article, nlp=nlp), as_text))
        except Exception as err:  # noqa: BLE001
            log.warning("extraction failed for %s: %s", article.id, err)
            results.append(failed_result(article, err))
    return results


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` items, consuming the input lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# --------------------------------------------------------------------------- worker processes

def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_parent(parent_pid: int) -> None:
    """Exit when the ingesting process is gone (it was killed): a worker must not outlive its run.

    Workers are children of the fork server, not of the ingesting process, so its pid is watched directly.
    """
    while True:
        if not _process_alive(parent_pid):
            os._exit(0)
        time.sleep(1.0)


def _init_worker(parent_pid: int, log_level: int) -> None:
    logging.getLogger().setLevel(log_level)
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True, name="parent-watch").start()
    from pipeline.nlp import shared_nlp

    shared_nlp()  # load the pipeline once per worker, before the first task


def _worker_task(articles: list[Article]) -> list[ArticleResult]:
    return process_articles(articles)


def run_local(articles: Iterable[Article], chunk_size: int = 16,
              processor: Callable[[list[Article]], list[ArticleResult]] | None = None
              ) -> Iterator[ArticleResult]:
    """Process in this process, chunk by chunk (the ``--workers 1`` path)."""
    def in_process(chunk: list[Article]) -> list[ArticleResult]:
        return process_articles(chunk, as_text=False)

    process = processor or in_process
    for chunk in chunked(articles, chunk_size):
        yield from process(chunk)


def run_pool(articles: Iterable[Article], workers: int, chunk_size: int = DEFAULT_CHUNK_SIZE,
             max_pending: int | None = None, ordered: bool = True) -> Iterator[ArticleResult]:
    """Process in ``workers`` processes with at most ``max_pending`` chunks in flight.

    ``ordered`` yields results in input order (reproducible logs); otherwise as chunks finish.
    """
    max_pending = max_pending or workers * 2
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.workers", "pipeline.extract", "pipeline.rdf", "pipeline.worker_preload"])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(os.getpid(), logging.getLogger().level))
    finished = False
    try:
        pending: deque[tuple[list[Article], Future]] = deque()
        chunks = chunked(articles, chunk_size)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < max_pending:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_worker_task, chunk)))
            if not pending:
                break
            if ordered:
                index = 0
            else:
                index = _first_done(pending)
            chunk, future = pending[index]
            del pending[index]
            yield from _chunk_results(chunk, future)
        finished = True
    finally:
        # Interrupted (Ctrl-C, an error in the writer): drop queued chunks instead of finishing them.
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _first_done(pending: deque[tuple[list[Article], Future]]) -> int:
    from concurrent.futures import FIRST_COMPLETED, wait

    wait([f for _, f in pending], return_when=FIRST_COMPLETED)
    return next(i for i, (_, f) in enumerate(pending) if f.done())


def _chunk_results(chunk: list[Article], future: Future) -> list[ArticleResult]:
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - a dead worker fails its chunk, not the run
        log.error("a worker failed on a chunk of %d articles: %s", len(chunk), err)
        return [failed_result(article, err, stage="worker") for article in chunk]


def run_articles(articles: Iterable[Article], workers: int = 1, chunk_size: int = DEFAULT_CHUNK_SIZE,
                 ordered: bool = True) -> Iterator[ArticleResult]:
    """Results for a stream of articles, in this process (``workers <= 1``) or in a process pool."""
    if workers <= 1:
        return run_local(articles)
    return run_pool(articles, workers, chunk_size=chunk_size, ordered=ordered)
