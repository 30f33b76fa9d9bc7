"""Writing the event table and the rejects table: merged from a run's part files through one
ParquetWriter (bounded row groups) into a temporary file or folder renamed into place, stamped with
coder, schema and dictionary versions."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from . import __version__
from .errors import UsageError
from .records import Reject
from .schema import SCHEMA_VERSION

REJECT_COLUMNS = ("input", "record", "article_id", "reason")


def _reject_schema():
    import pyarrow as pa
    return pa.schema([pa.field(c, pa.string()) for c in REJECT_COLUMNS])


def __getattr__(name):  # REJECT_SCHEMA built on first use, so importing this module loads no pyarrow
    if name == "REJECT_SCHEMA":
        return _reject_schema()
    raise AttributeError(name)


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


def metadata(dictionary_version: str) -> dict[str, str]:
    return {"eventcoder.coder_version": __version__, "eventcoder.schema_version": SCHEMA_VERSION,
            "eventcoder.dictionary_version": dictionary_version}


def _replace(tmp: Path, final: Path) -> None:
    if final.is_dir() and not final.is_symlink():
        old = final.with_name(f".{final.name}.old.{os.getpid()}")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        if final.exists() and tmp.is_dir():
            final.unlink()
        os.replace(tmp, final)


def finish(output: Path, parts: list[Path], reject_parts: list[Path], schema, dictionary_version: str,
           partition_by: tuple[str, ...] = (), row_group_size: int = 100_000) -> list[Reject]:
    """Merge the run's parts, in order, into `output` (atomically) and write the rejects table."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = schema.with_metadata(metadata(dictionary_version))
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    if tmp.exists():
        shutil.rmtree(tmp) if tmp.is_dir() else tmp.unlink()
    if not partition_by:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
            for p in parts:
                t = pq.read_table(p, schema=schema.remove_metadata())
                if t.num_rows:
                    w.write_table(t.replace_schema_metadata(schema.metadata), row_group_size=row_group_size)
    else:
        tmp.mkdir()
        writers: dict[tuple, pq.ParquetWriter] = {}
        try:
            for p in parts:
                t = pq.read_table(p, schema=schema.remove_metadata())
                if not t.num_rows:
                    continue
                dates = t.column("event_date").to_pylist()
                keys = [(("year", d.year), ("month", f"{d.month:02d}"))[:len(partition_by)] if d else
                        (("year", "unknown"), ("month", "unknown"))[:len(partition_by)] for d in dates]
                order: dict[tuple, list[int]] = {}
                for i, k in enumerate(keys):
                    order.setdefault(k, []).append(i)
                for k, idx in order.items():
                    w = writers.get(k)
                    if w is None:
                        d = tmp.joinpath(*[f"{name}={val}" for name, val in k])
                        d.mkdir(parents=True, exist_ok=True)
                        w = writers[k] = pq.ParquetWriter(d / "part-0.parquet", schema, compression="zstd")
                    w.write_table(t.take(pa.array(idx)).replace_schema_metadata(schema.metadata),
                                  row_group_size=row_group_size)
        finally:
            for w in writers.values():
                w.close()
    _replace(tmp, output)
    rejects: list[Reject] = []
    rschema = _reject_schema()
    tables = [pq.read_table(p, schema=rschema) for p in reject_parts]
    table = pa.concat_tables(tables) if tables else rschema.empty_table()
    for r in table.to_pylist():
        rejects.append(Reject(**r))
    write_rejects(output, rejects, dictionary_version)
    return rejects


def write_rejects(output: Path, rejects: list[Reject], dictionary_version: str | None = None) -> Path:
    """The rejects table beside `output` (OUT.rejects.parquet), written atomically; always written, empty
    when nothing was rejected."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    path = rejects_path(Path(output))
    table = pa.table({c: pa.array([getattr(r, c) for r in rejects], pa.string()) for c in REJECT_COLUMNS},
                     schema=_reject_schema())
    if dictionary_version:
        table = table.replace_schema_metadata(metadata(dictionary_version))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
