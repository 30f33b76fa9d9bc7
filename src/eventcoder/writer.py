"""Writing the event table and the rejects table: streamed through one ParquetWriter into a
temporary file that is renamed into place, stamped with coder, schema and dictionary versions."""
from __future__ import annotations

import os
from pathlib import Path

from . import __version__
from .errors import UsageError
from .records import Reject
from .schema import SCHEMA_VERSION, arrow_schema, column_names

REJECT_COLUMNS = ("input", "record", "article_id", "reason")


def rejects_path(output: Path) -> Path:
    name = output.name
    stem = name[:-len(".parquet")] if name.endswith(".parquet") else name
    return output.with_name(stem + ".rejects.parquet")


def check_output(output: Path, overwrite: bool) -> None:
    """Refuse an existing output without --overwrite, and an unwritable folder."""
    if output.exists() and not overwrite:
        raise UsageError(f"{output} exists; pass --overwrite to replace it")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.exists():
        raise UsageError(f"output folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"cannot write to {parent}")


class EventWriter:
    """Context manager: write row batches; on success the file appears atomically."""

    def __init__(self, output: Path, dictionary_version: str, row_group_size: int = 50_000):
        self.output = Path(output)
        self.tmp = self.output.with_name(f".{self.output.name}.{os.getpid()}.tmp")
        self.meta = {"eventcoder.coder_version": __version__, "eventcoder.schema_version": SCHEMA_VERSION,
                     "eventcoder.dictionary_version": dictionary_version}
        self.row_group_size = row_group_size
        self.count = 0
        self._writer = None
        self._buffer: list[dict] = []

    def __enter__(self) -> "EventWriter":
        import pyarrow.parquet as pq
        self.schema = arrow_schema(self.meta)
        self._writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        return self

    def write(self, rows: list[dict]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        if not self._buffer:
            return
        names = column_names()
        cols = {n: [r.get(n) for r in self._buffer] for n in names}
        table = pa.Table.from_pydict(cols, schema=self.schema)
        self._writer.write_table(table)
        self.count += len(self._buffer)
        self._buffer = []

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._flush()
            self._writer.close()
        finally:
            if exc_type is None:
                os.replace(self.tmp, self.output)
            elif self.tmp.exists():
                self.tmp.unlink()


def write_rejects(output: Path, rejects: list[Reject]) -> Path:
    """The rejects table beside the output (always written, empty when nothing was rejected)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    path = rejects_path(output)
    table = pa.table({c: pa.array([getattr(r, c) for r in rejects], pa.string()) for c in REJECT_COLUMNS})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path
