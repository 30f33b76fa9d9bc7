"""Code input files into an event table: read lazily, code in batches (in worker processes or on a Dask
cluster when asked), write, and account for every article.

How a run is written, so that it can be killed and resumed:
* results go, in input order, into numbered part files in a work folder beside the output
  (`.NAME.work/`), each part closed and then recorded in `checkpoint.json` with the number of input
  records it covers;
* at the end the parts are merged, in order, into the output (one Parquet file, or a hive-partitioned
  dataset with `partition_by`), written under a temporary name and renamed into place; the work folder
  is removed. A killed run leaves the old output (or none) and its work folder; `resume=True` skips the
  records the checkpoint covers and gives exactly the rows of an uninterrupted run.
Output order and content do not depend on the number of workers or the engine.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .articles import MAX_CHARS, read_articles
from .errors import UsageError
from .records import Article, Reject


@dataclass
class Summary:
    read: int = 0
    coded: int = 0          # articles with at least one event
    no_events: int = 0
    rejected: int = 0
    events: int = 0
    output: str = ""
    rejects_output: str = ""
    rejects: list[Reject] = field(default_factory=list)
    worker_peak_rss_mb: float = 0.0     # the largest peak memory any coding process reported

    def line(self) -> str:
        return (f"articles read {self.read}, coded {self.coded}, with no events {self.no_events}, "
                f"rejected {self.rejected}; events written {self.events} -> {self.output}")


# ---- worker side ---------------------------------------------------------------------------------
_CODERS: dict = {}


def code_batch(articles: list[Article], actor_files: tuple[str, ...] = ()) -> tuple[list[dict], int, int, float]:
    """Rows of a batch of articles, how many articles had events / none, and the process's peak memory
    (MB). Builds the coder once per process (and per set of user dictionaries)."""
    coder = _CODERS.get(actor_files)
    if coder is None:
        from .coder import Coder
        from .places import default_gazetteer
        coder = _CODERS[actor_files] = Coder(actor_files)
        default_gazetteer()
        # the dictionaries live as long as the process: out of the collector's way (its full passes would
        # otherwise walk their millions of objects again and again)
        gc.freeze()
    rows: list[dict] = []
    with_events = 0
    for a in articles:
        r = coder.rows(a)
        with_events += bool(r)
        rows.extend(r)
    return rows, with_events, len(articles) - with_events, _peak_rss_mb()


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB (0 where the platform cannot tell)."""
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except (ImportError, OSError):
        return 0.0


_INIT_ERROR: BaseException | None = None


def _init_worker(actor_files: tuple[str, ...]) -> None:
    """Build the coder once per worker process. A failure is kept and raised by the worker's first task
    (an initializer that raises makes multiprocessing start new workers for ever instead of failing)."""
    global _INIT_ERROR
    try:
        code_batch([], actor_files)
    except Exception as e:      # noqa: BLE001 - re-raised in the parent through the first task
        _INIT_ERROR = e


def _code_in_worker(articles: list[Article], actor_files: tuple[str, ...]):
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    return code_batch(articles, actor_files)


# ---- engines -------------------------------------------------------------------------------------
def _local(work: Iterator[tuple[list[Article], list[Reject], int]], workers: int, actor_files: tuple[str, ...]):
    if workers <= 1:
        for arts, rej, n in work:
            yield code_batch(arts, actor_files), rej, n
        return
    import multiprocessing as mp
    ctx = mp.get_context("forkserver" if os.name != "nt" else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(actor_files,)) as pool:
        pending: deque = deque()
        for arts, rej, n in work:
            pending.append((pool.apply_async(_code_in_worker, (arts, actor_files)), rej, n))
            if len(pending) >= 2 * workers:
                f, r, k = pending.popleft()
                yield f.get(), r, k
        while pending:
            f, r, k = pending.popleft()
            yield f.get(), r, k


def _dask(work, workers: int, actor_files: tuple[str, ...], scheduler: str | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask is a dependency
        raise UsageError("--engine dask needs the dask[distributed] package") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        limit = 2 * max(workers, len(client.scheduler_info().get("workers", {})) or 1)
        pending: deque = deque()
        for arts, rej, n in work:
            pending.append((client.submit(code_batch, arts, actor_files, pure=False), rej, n))
            if len(pending) >= limit:
                f, r, k = pending.popleft()
                yield f.result(), r, k
        while pending:
            f, r, k = pending.popleft()
            yield f.result(), r, k
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _batches(items: Iterable[Article | Reject], size: int, skip: int) -> Iterator[tuple[list[Article], list[Reject], int]]:
    """(articles, rejects, records consumed) in input order, after skipping `skip` records."""
    arts: list[Article] = []
    rej: list[Reject] = []
    n = 0
    for i, item in enumerate(items):
        if i < skip:
            continue
        n += 1
        if isinstance(item, Reject):
            rej.append(item)
        else:
            arts.append(item)
        if len(arts) >= size:
            yield arts, rej, n
            arts, rej, n = [], [], 0
    if n:
        yield arts, rej, n


# ---- the run -------------------------------------------------------------------------------------
class _WorkDir:
    """Numbered part files and the checkpoint of a run."""

    def __init__(self, output: Path, resume: bool, fingerprint: dict):
        self.path = output.with_name(f".{output.name}.work")
        self.ckpt = self.path / "checkpoint.json"
        self.fingerprint = fingerprint
        self.state = {"fingerprint": fingerprint, "records": 0, "parts": 0, "read": 0, "coded": 0,
                      "no_events": 0, "rejected": 0, "events": 0}
        if resume and self.ckpt.exists():
            state = json.loads(self.ckpt.read_text())
            if state.get("fingerprint") != fingerprint:
                raise UsageError(f"{self.path} belongs to a run with other inputs or options; "
                                 "run without --resume (and with --overwrite) to start again")
            self.state = state
            for p in self.path.glob("part-*.tmp"):
                p.unlink()
        else:
            if self.path.exists():
                shutil.rmtree(self.path)
            self.path.mkdir(parents=True)

    def part(self, k: int, kind: str) -> Path:
        return self.path / f"{kind}-{k:06d}.parquet"

    def commit(self) -> None:
        tmp = self.ckpt.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state))
        os.replace(tmp, self.ckpt)


def _write_part(path: Path, rows: list[dict], schema) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    table = pa.Table.from_pylist(rows, schema=schema)
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def code_files(inputs: list[str], output: str | Path, overwrite: bool = False, actor_files: tuple[str, ...] = (),
               workers: int | None = None, batch_size: int = 32, progress: bool = False, engine: str = "local",
               scheduler: str | None = None, partition_by: tuple[str, ...] = (), resume: bool = False,
               max_chars: int = MAX_CHARS, part_rows: int = 5_000) -> Summary:
    """Code every article of `inputs` into `output` (a Parquet file, or a hive-partitioned dataset folder
    with `partition_by`), with the rejected records in `output`'s .rejects.parquet."""
    from .coder import Coder
    from .schema import arrow_schema
    from .writer import REJECT_SCHEMA, check_output, finish, rejects_path
    output = Path(output)
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r} (local or dask)")
    bad = [p for p in partition_by if p not in ("year", "month")]
    if bad or (partition_by and partition_by[0] != "year"):
        raise UsageError("--partition-by takes year or year,month")
    if not resume:
        check_output(output, overwrite)
    else:
        check_output(output, True)
    workers = workers or default_workers()
    part_rows = int(os.environ.get("EVENTCODER_TEST_PART_ROWS", part_rows))
    version = Coder.versions(actor_files)
    fingerprint = {"inputs": [str(Path(p).resolve()) for p in inputs], "actors": list(actor_files),
                   "dictionary_version": version, "batch_size": batch_size, "max_chars": max_chars}
    wd = _WorkDir(output, resume, fingerprint)
    st = wd.state
    schema = arrow_schema()
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", dynamic_ncols=True, leave=False, initial=st["read"])
    work = _batches(read_articles(inputs, max_chars=max_chars), batch_size, st["records"])
    results = _local(work, workers, actor_files) if engine == "local" else _dask(work, workers, actor_files, scheduler)
    rows: list[dict] = []
    rejects: list[Reject] = []
    peak = 0.0
    pending = {"records": 0, "read": 0, "coded": 0, "no_events": 0, "rejected": 0}

    def flush() -> None:
        if not pending["records"]:
            return
        k = st["parts"]
        _write_part(wd.part(k, "events"), rows, schema)
        _write_part(wd.part(k, "rejects"), [r.__dict__ for r in rejects], REJECT_SCHEMA)
        st["parts"] = k + 1
        st["events"] += len(rows)
        for key, v in pending.items():
            st[key] += v
            pending[key] = 0
        wd.commit()
        rows.clear()
        rejects.clear()

    for (batch_rows, yes, no, rss), rej, n in results:
        peak = max(peak, rss)
        rows.extend(batch_rows)
        rejects.extend(rej)
        pending["records"] += n
        pending["read"] += n
        pending["coded"] += yes
        pending["no_events"] += no
        pending["rejected"] += len(rej)
        if bar is not None:
            bar.update(n)
            bar.set_postfix(events=st["events"] + len(rows), rejected=st["rejected"] + pending["rejected"],
                            refresh=False)
        if len(rows) >= part_rows:
            flush()
    flush()
    if bar is not None:
        bar.close()
    s = Summary(read=st["read"], coded=st["coded"], no_events=st["no_events"], rejected=st["rejected"],
                events=st["events"], output=str(output), worker_peak_rss_mb=round(peak, 1))
    parts = [wd.part(k, "events") for k in range(st["parts"])]
    rparts = [wd.part(k, "rejects") for k in range(st["parts"])]
    s.rejects = finish(output, parts, rparts, schema, version, partition_by)
    s.rejects_output = str(rejects_path(output))
    shutil.rmtree(wd.path, ignore_errors=True)
    return s
