"""Ingestion beyond one machine, on Dask (``dask.distributed``).

The client reads and filters the input (unchanged articles never leave it), sends shards of articles to
the cluster, and gets back one ``ArticleResult`` per article with its named graph as N-Quads text; the
client alone writes to the store, so the store's one-writer rule and its per-article transactions hold
exactly as on one machine, and the stored graphs are the same.

Each Dask worker process loads the spaCy pipeline once (``shared_nlp`` is cached per process). At most
``max_pending`` shards are in flight, so memory on the client stays flat whatever the corpus size.

``address`` is ``"local"`` (a ``LocalCluster`` on this machine, for trying things out and for tests) or a
scheduler address such as ``tcp://10.0.0.5:8786`` started with ``dask scheduler`` / ``dask worker``;
the workers need spacekg installed in the same version as the client.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from pipeline.model import Article
from pipeline.workers import ArticleResult, chunked, failed_result, process_articles

log = logging.getLogger(__name__)

DEFAULT_SHARD_SIZE = 16
LOCAL = "local"


class DaskUnavailableError(RuntimeError):
    """dask.distributed is not installed (``pip install 'spacekg[distributed]'``)."""


def _import_distributed():
    try:
        import distributed
    except ImportError as err:  # pragma: no cover - exercised only without the extra
        raise DaskUnavailableError("--dask needs dask.distributed: pip install 'spacekg[distributed]'") from err
    return distributed


def process_shard(articles: list[Article]) -> list[ArticleResult]:
    """What runs on a Dask worker: one shard of articles -> their graphs as N-Quads (or failures)."""
    return process_articles(articles)


@contextmanager
def dask_client(address: str = LOCAL, n_workers: int = 2, threads_per_worker: int = 1):
    """A connected ``distributed.Client``: a fresh ``LocalCluster`` for ``"local"``, else the scheduler's."""
    distributed = _import_distributed()
    if address == LOCAL:
        cluster = distributed.LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker,
                                           processes=True, dashboard_address=None, host="127.0.0.1")
        client = distributed.Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()
        return
    client = distributed.Client(address, timeout="30s")
    try:
        yield client
    finally:
        client.close()


def run_dask(articles: Iterable[Article], client, shard_size: int = DEFAULT_SHARD_SIZE,
             max_pending: int | None = None) -> Iterator[ArticleResult]:
    """Results for a stream of articles processed in shards on a Dask cluster (unordered)."""
    distributed = _import_distributed()
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    max_pending = max_pending or 2 * n_workers
    shards = chunked(articles, shard_size)
    submitted: dict = {}
    done_queue = distributed.as_completed()

    def submit_next() -> bool:
        shard = next(shards, None)
        if shard is None:
            return False
        # pure=False: the same shard submitted twice (a retry) must run again, not come from a cache.
        future = client.submit(process_shard, shard, pure=False)
        submitted[future.key] = shard
        done_queue.add(future)
        return True

    for _ in range(max_pending):
        if not submit_next():
            break
    for future in done_queue:
        shard = submitted.pop(future.key)
        try:
            results = future.result()
        except Exception as err:  # noqa: BLE001 - a lost shard fails its articles, not the run
            log.error("a Dask task failed on a shard of %d articles: %s", len(shard), err)
            results = [failed_result(article, err, stage="worker") for article in shard]
        future.release()
        submit_next()
        yield from results


def run_results(articles: Iterable[Article], workers: int = 1, dask: str | None = None,
                dask_workers: int = 2) -> Iterator[ArticleResult]:
    """The results of a stream of articles: on Dask when ``dask`` is given, else in ``workers`` processes."""
    if not dask:
        from pipeline.workers import run_articles

        yield from run_articles(articles, workers=workers)
        return
    with dask_client(dask, n_workers=max(workers, dask_workers)) as client:
        yield from run_dask(articles, client)
