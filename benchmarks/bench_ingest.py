"""Ingestion benchmark: throughput, parallel speed-up, incremental re-runs, memory, bulk load and query.

Run from the repository root (needs ``../shared``; skips with a message without it)::

    python benchmarks/bench_ingest.py                 # 1,000 NASA articles, 1,000,000 synthetic triples
    python benchmarks/bench_ingest.py --limit 100 --synthetic-triples 200000 --json
    python benchmarks/bench_ingest.py --limit 80 --synthetic-triples 0 --no-articles --profile-components

Everything is measured side by side in one run:

- words per second of the full ingestion (read, NLP, RDF, store; one worker) against bare
  ``en_core_web_sm`` ``nlp.pipe`` over the same texts (ratio; the bar is >= 0.75);
- the speed-up of ``--workers 2`` over one worker (bar: >= 1.6 on two free cores), worker start-up
  (each loads the pipeline) included;
- an unchanged re-run against the first run (ratio of wall time; bar: <= 0.05);
- peak memory (``ru_maxrss`` of this process, and of its children for the worker pool; bar: 1.5 GB);
- bulk-load triples per second into the project's store (Oxigraph);
- the ``events`` query on a synthetic store of a million triples: Oxigraph against rdflib's in-memory
  engine (ratio). rdflib runs in a child process with a time limit, since it can take minutes;
- with ``--profile-components``, the seconds (and share) each spaCy component of the full pipeline
  spends over the sample, one document at a time: where a fall of ``ingest_over_bare`` comes from.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_DIR.parent / "shared" / "data" / "nasa-news-2024" / "nasa_articles.jsonl"

log = logging.getLogger("bench_ingest")


# --------------------------------------------------------------------------- helpers


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """High-water resident memory in MB (Linux reports ru_maxrss in KB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants now (Linux /proc), in MB.

    Worker processes are grandchildren (children of the fork server), which ``RUSAGE_CHILDREN`` never
    sees, so the tree is walked instead.
    """
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    total_kb = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total_kb / 1024


class TreeMemorySampler:
    """Peak of (this process + its descendants)' resident memory while the ``with`` block runs."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval, self.peak_mb = interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, _tree_rss_mb(os.getpid()))
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def write_sample(corpus: Path, limit: int | None, target: Path) -> tuple[int, int]:
    """The first ``limit`` good articles of ``corpus`` as a JSON Lines file; returns (articles, words)."""
    from pipeline.readers import iter_articles

    count = words = 0
    with target.open("w", encoding="utf-8") as out:
        for item in iter_articles([corpus]):
            if not hasattr(item, "text"):
                continue
            record = {"id": item.id, "text": item.text, "title": item.title, "url": item.url,
                      "published": item.published.isoformat() if item.published else None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            words += len(item.text.split())
            if limit and count >= limit:
                break
    return count, words


def bare_spacy_seconds(sample: Path) -> float:
    """Bare ``en_core_web_sm`` over the same texts (all its components, default ``nlp.pipe``)."""
    import spacy

    from pipeline.nlp import find_base_model
    from pipeline.readers import iter_articles

    nlp = spacy.load(find_base_model())
    texts = [a.text for a in iter_articles([sample]) if hasattr(a, "text")]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def timed_ingest(sample: Path, store_dir: Path, workers: int) -> tuple[float, dict, float]:
    """Seconds, counts and peak memory (MB, this process + workers) of one ``ingest`` run."""
    from pipeline.ingest import ingest
    from pipeline.store import OxigraphStore

    store = OxigraphStore(store_dir)
    try:
        with TreeMemorySampler() as memory:
            start = time.perf_counter()
            report = ingest([sample], store, workers=workers, progress=False)
            seconds = time.perf_counter() - start
    finally:
        store.close()
    return seconds, report.counts(), memory.peak_mb


# --------------------------------------------------------------------------- synthetic store


def synthetic_nquads(target: Path, triples: int, seed: int = 7) -> int:
    """N-Quads of made-up articles built by the real RDF stage, until ``triples`` are written."""
    from pipeline.model import Article, Entity, Event, Evidence, Extraction, Span, TimeValue
    from pipeline.rdf import extraction_to_graph, graph_to_nquads

    rng = random.Random(seed)
    people = [f"Astronaut {i}" for i in range(400)]
    craft = [f"Capsule {i}" for i in range(60)]
    stations = ["International Space Station", "Tiangong", "Gateway"]
    types = ["Launch", "Docking", "Undocking", "Landing", "Spacewalk", "ChangeOfCommand"]
    written = 0
    n = 0
    base = datetime(2000, 1, 1, tzinfo=UTC)
    with target.open("w", encoding="utf-8") as out:
        while written < triples:
            n += 1
            text = " ".join(f"Sentence {k} of synthetic article {n}." for k in range(12))
            names = rng.sample(people, 3) + [rng.choice(craft), rng.choice(stations)]
            kinds = ["Astronaut"] * 3 + ["Spacecraft", "SpaceStation"]
            entities = [Entity(key=name.lower().replace(" ", "-"), type=kind, label=name,
                               mentions=[Span(10 * i, 10 * i + 5, name)])
                        for i, (name, kind) in enumerate(zip(names, kinds, strict=True))]
            events = []
            for k in range(3):
                moment = base + timedelta(days=rng.randrange(9000), minutes=rng.randrange(1440))
                value = moment.strftime("%Y-%m-%dT%H:%MZ")
                event_type = rng.choice(types)
                events.append(Event(
                    type=event_type, spacecraft=entities[3].key, participants=[e.key for e in entities[:3]],
                    to=entities[4].key if event_type == "Docking" else None,
                    time=TimeValue(value=value, precision="minute", kind="time", earliest=moment,
                                   latest=moment + timedelta(minutes=1), text=value),
                    evidence=[Evidence(sentence=f"Sentence {k} of synthetic article {n}.", start=0, end=30)]))
            article = Article(id=f"synthetic-{n}", text=text, published=base.date())
            graph = extraction_to_graph(Extraction(article=article, entities=entities, events=events))
            out.write(graph_to_nquads(graph))
            written += len(graph)
    return written


def rdflib_child(nquads: str, sparql_file: str) -> int:
    """``--rdflib-child``: load the N-Quads into rdflib, say so, then time the query (one JSON line each)."""
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    print(json.dumps({"loaded": len(dataset)}), flush=True)
    start = time.perf_counter()
    rows = len(list(dataset.query(Path(sparql_file).read_text(encoding="utf-8"))))
    print(json.dumps({"seconds": time.perf_counter() - start, "rows": rows}), flush=True)
    return 0


def query_comparison(nquads: Path, store_dir: Path, rdflib_timeout: float) -> dict:
    """Bulk-load rate into Oxigraph; the ``events`` query there and in rdflib."""
    from pipeline.query import resolve_query
    from pipeline.store import OxigraphStore

    sparql = resolve_query("events")
    store = OxigraphStore(store_dir)
    start = time.perf_counter()
    store.load_file(nquads)
    load_seconds = time.perf_counter() - start
    triples = store.quad_count()
    start = time.perf_counter()
    oxigraph_rows = len(store.query(sparql).rows)
    oxigraph_seconds = time.perf_counter() - start
    store.close()

    sparql_file = nquads.with_suffix(".rq")
    sparql_file.write_text(sparql, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--rdflib-child", str(nquads),
                              str(sparql_file)], stdout=subprocess.PIPE, text=True)
    child.stdout.readline()  # parsing into rdflib is not timed; only the query is
    try:
        out, _ = child.communicate(timeout=rdflib_timeout)
        answer = json.loads(out.strip().splitlines()[-1])
        rdflib_seconds, rdflib_rows = answer["seconds"], answer["rows"]
    except (subprocess.TimeoutExpired, ValueError, IndexError):
        child.kill()
        child.wait()
        rdflib_seconds, rdflib_rows = None, None
    return {
        "synthetic_triples": triples,
        "bulk_load_triples_per_s": round(triples / load_seconds),
        "events_query_oxigraph_s": round(oxigraph_seconds, 3),
        "events_query_rows": oxigraph_rows,
        "events_query_rdflib_s": None if rdflib_seconds is None else round(rdflib_seconds, 3),
        "events_query_rdflib_rows": rdflib_rows,
        "rdflib_timeout_s": rdflib_timeout,
        # When rdflib runs out of time, the ratio is a lower bound (timeout / Oxigraph's time).
        "rdflib_over_oxigraph": round((rdflib_seconds or rdflib_timeout) / max(oxigraph_seconds, 1e-6), 1),
        "rdflib_over_oxigraph_is_lower_bound": rdflib_seconds is None,
    }


# --------------------------------------------------------------------------- per-component profile


def component_profile(sample: Path) -> dict:
    """Seconds each spaCy component of the full pipeline spends over the sample (one document at a time,
    so batching is off: compare the shares, not the totals, with ``nlp.pipe``), plus the tokenizer and the
    context ``make_doc`` attaches; to see which stage a speed regression lives in."""
    from pipeline.extract import make_doc
    from pipeline.nlp import shared_nlp
    from pipeline.readers import iter_articles

    nlp = shared_nlp()
    articles = [a for a in iter_articles([sample]) if hasattr(a, "text")]
    seconds: dict[str, float] = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for article in articles:
        start = time.perf_counter()
        doc = make_doc(nlp, article)
        seconds["make_doc"] += time.perf_counter() - start
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - start
    total = sum(seconds.values())
    return {f"component_{name}_s": f"{value:.2f} ({value / total:.0%})" for name, value in seconds.items()}


# --------------------------------------------------------------------------- main


def run(args: argparse.Namespace) -> dict:
    results: dict = {"limit": args.limit, "machine_cores": mp.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="spacekg-bench-") as tmp:
        tmpdir = Path(tmp)
        if args.profile_components:
            sample = tmpdir / "profile-sample.jsonl"
            write_sample(args.corpus, args.limit, sample)
            results.update(component_profile(sample))
        if args.articles:
            sample = tmpdir / "sample.jsonl"
            articles, words = write_sample(args.corpus, args.limit, sample)
            results.update(articles=articles, words=words)
            bare = bare_spacy_seconds(sample)
            from pipeline.nlp import shared_nlp

            shared_nlp()  # loaded before timing, as bare spaCy is (a worker pool's start-up is timed)
            one, counts_one, _ = timed_ingest(sample, tmpdir / "store1", workers=1)
            rss_one_worker = peak_rss_mb()  # high-water mark of this process: bare spaCy + one full run
            rerun, counts_rerun, _ = timed_ingest(sample, tmpdir / "store1", workers=1)
            two, counts_two, rss_two_workers = timed_ingest(sample, tmpdir / "store2", workers=2)
            results.update({
                "bare_spacy_words_per_s": round(words / bare),
                "ingest_words_per_s": round(words / one),
                "ingest_over_bare": round(bare / one, 3),
                "ingest_1_worker_s": round(one, 2),
                "ingest_2_workers_s": round(two, 2),
                "speedup_2_workers": round(one / two, 2),
                "unchanged_rerun_s": round(rerun, 2),
                "rerun_over_first": round(rerun / one, 4),
                "peak_rss_mb_one_worker": round(rss_one_worker),
                "peak_rss_mb_2_workers_total": round(rss_two_workers),
                "counts_first_run": counts_one,
                "counts_rerun": counts_rerun,
                "counts_two_workers": counts_two,
            })
        if args.synthetic_triples:
            nquads = tmpdir / "synthetic.nq"
            synthetic_nquads(nquads, args.synthetic_triples)
            results.update(query_comparison(nquads, tmpdir / "synthetic-store", args.rdflib_timeout))
    return results


BARS = {"ingest_over_bare": (">=", 0.75), "speedup_2_workers": (">=", 1.6), "rerun_over_first": ("<=", 0.05),
        "peak_rss_mb_one_worker": ("<=", 1536)}


def print_table(results: dict) -> None:
    for key, value in results.items():
        bar = BARS.get(key)
        verdict = ""
        if bar is not None and isinstance(value, int | float):
            op, limit = bar
            met = value >= limit if op == ">=" else value <= limit
            verdict = f"   (bar {op} {limit}: {'met' if met else 'NOT met'})"
        print(f"{key:32} {value}{verdict}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--rdflib-child"]:
        return rdflib_child(argv[1], argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--synthetic-triples", type=int, default=1_000_000,
                        help="Size of the synthetic store for the query comparison (0 to skip).")
    parser.add_argument("--rdflib-timeout", type=float, default=600.0, help="Seconds allowed to rdflib.")
    parser.add_argument("--no-articles", dest="articles", action="store_false",
                        help="Skip the ingestion measurements.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    parser.add_argument("--profile-components", action="store_true",
                        help="Also time each spaCy component over the sample (one document at a time).")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.articles and not args.corpus.exists():
        print(f"skipped: corpus {args.corpus} not found (../shared is absent beside this checkout)")
        return 0
    results = run(args)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
