"""Code input files into an event table: read, code, write, account for every article."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .articles import read_articles
from .coder import Coder
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


def code_files(inputs: list[str], output: str | Path, overwrite: bool = False, actor_files: tuple[str, ...] = (),
               batch_size: int = 200, progress: Callable[[Summary], None] | None = None) -> Summary:
    """Code every article of `inputs` into the Parquet file `output` (and its .rejects.parquet)."""
    output = Path(output)
    check_output(output, overwrite)
    coder = Coder(actor_files)
    s = Summary(output=str(output))
    with EventWriter(output, coder.dictionary_version) as w:
        batch: list[dict] = []
        for item in read_articles(inputs):
            if isinstance(item, Reject):
                s.read += 1
                s.rejected += 1
                s.rejects.append(item)
                continue
            s.read += 1
            rows = coder.rows(item)
            if rows:
                s.coded += 1
            else:
                s.no_events += 1
            batch.extend(rows)
            if len(batch) >= batch_size:
                w.write(batch)
                batch = []
                if progress:
                    progress(s)
        w.write(batch)
    s.events = w.count
    s.rejects_output = str(write_rejects(output, s.rejects))
    return s
