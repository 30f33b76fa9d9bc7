"""Code input files into an event table: read lazily, code in batches (in worker processes when asked),
write through one Parquet writer, account for every article.

Output order and content do not depend on the number of workers: batches are formed in input order
and their results written in that order.
"""
from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .articles import read_articles
from .records import Article, Reject
from .writer import EventWriter, check_output, write_rejects


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

    def line(self) -> str:
        return (f"articles read {self.read}, coded {self.coded}, with no events {self.no_events}, "
                f"rejected {self.rejected}; events written {self.events} -> {self.output}")


# ---- worker side ---------------------------------------------------------------------------------
_CODER = None


def _init_worker(actor_files: tuple[str, ...]) -> None:
    global _CODER
    from .coder import Coder
    _CODER = Coder(actor_files)


def code_batch(articles: list[Article], actor_files: tuple[str, ...] = ()) -> tuple[list[dict], int, int]:
    """Rows of a batch of articles, and how many articles had events / none. Builds the coder once
    per process."""
    if _CODER is None:
        _init_worker(actor_files)
    rows: list[dict] = []
    with_events = 0
    for a in articles:
        r = _CODER.rows(a)
        with_events += bool(r)
        rows.extend(r)
    return rows, with_events, len(articles) - with_events


def batches(items: Iterable[Article | Reject], size: int, summary: Summary) -> Iterator[list[Article]]:
    """Articles in input-order batches; rejects are counted and kept on the way."""
    batch: list[Article] = []
    for item in items:
        summary.read += 1
        if isinstance(item, Reject):
            summary.rejected += 1
            summary.rejects.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(work: Iterator[list[Article]], workers: int, actor_files: tuple[str, ...]):
    """(rows, with_events, without) per batch, in order; at most 2 x workers batches in flight."""
    if workers <= 1:
        for b in work:
            yield code_batch(b, actor_files)
        return
    import multiprocessing as mp
    ctx = mp.get_context("spawn" if os.name == "nt" else "forkserver")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(actor_files,)) as pool:
        pending: deque = deque()
        for b in work:
            pending.append(pool.apply_async(code_batch, (b, actor_files)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def code_files(inputs: list[str], output: str | Path, overwrite: bool = False, actor_files: tuple[str, ...] = (),
               workers: int | None = None, batch_size: int = 32, progress: bool = False) -> Summary:
    """Code every article of `inputs` into the Parquet file `output` (and its .rejects.parquet)."""
    output = Path(output)
    check_output(output, overwrite)
    workers = workers or default_workers()
    from .coder import Coder
    version = Coder.versions(actor_files)
    s = Summary(output=str(output))
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", dynamic_ncols=True, leave=False)
    with EventWriter(output, version) as w:
        for rows, yes, no in _results(batches(read_articles(inputs), batch_size, s), workers, actor_files):
            s.coded += yes
            s.no_events += no
            w.write(rows)
            if bar is not None:
                bar.update(yes + no)
                bar.set_postfix(events=w.count + len(w._buffer), rejected=s.rejected, refresh=False)
    if bar is not None:
        bar.close()
    s.events = w.count
    s.rejects_output = str(write_rejects(output, s.rejects))
    return s
