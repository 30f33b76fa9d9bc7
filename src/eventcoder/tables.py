"""Whole event tables: read one into the current schema (columns it lacks added as nulls, derived columns
filled), and write one atomically with its version stamp. Used by export, import, merge, aggregate, report.

Derived columns follow from other columns of the row: COW and GW codes from the ISO countries and the
date (schema/country_codes.tsv), PentaClass and PLOVER type and mode from the CAMEO code.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from . import __version__, crosswalk
from .errors import InputError, UsageError
from .schema import SCHEMA_VERSION, arrow_schema, column_names

DERIVED = ("source_cow", "target_cow", "source_gw", "target_gw", "penta_class", "plover_type", "plover_mode")


def derive(row: dict) -> dict:
    """The derived columns of one event row (a dict with cameo_code, source/target_country and dates)."""
    day = row.get("event_date") or row.get("published_date")
    src, tgt = row.get("source_country"), row.get("target_country")
    # the crosswalk row of each country on the day gives both its COW and its GW code
    sp = crosswalk.period(src, day) if src else None
    tp = crosswalk.period(tgt, day) if tgt else None
    out = {"source_cow": sp.cow if sp else None,
           "target_cow": tp.cow if tp else None,
           "source_gw": sp.gw if sp else None,
           "target_gw": tp.gw if tp else None}
    out.update(_code_columns(row.get("cameo_code")))
    return out


@lru_cache(maxsize=4096)
def _code_columns(code: str | None) -> dict:
    """The derived columns that follow from the CAMEO code alone (all None for no code or a non-CAMEO one)."""
    from . import classes, codebook
    if code and codebook.get(code) is not None:
        return {"penta_class": classes.penta_class(code), "plover_type": classes.plover_type(code),
                "plover_mode": classes.plover_mode(code)}
    return {"penta_class": None, "plover_type": None, "plover_mode": None}


def annotate(row: dict, dataset: str = "eventcoder") -> dict:
    """Add the derived columns, `dataset` and `duplicate_of` to an event row (in place; returns it)."""
    row.update(derive(row))
    if row.get("dataset") is None:
        row["dataset"] = dataset
    row.setdefault("duplicate_of", None)
    return row


def conform(table, dataset: str = "eventcoder"):
    """The table with the schema's columns in order (missing ones null), types cast to the schema, derived
    columns filled where null, `dataset` filled where null; columns the schema lacks are kept at the end."""
    import pyarrow as pa
    schema = arrow_schema()
    n = table.num_rows
    arrays, fields = [], []
    for f in schema:
        if f.name in table.column_names:
            col = table.column(f.name)
            if col.type != f.type:
                try:
                    col = col.cast(f.type)
                except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
                    raise InputError(f"column {f.name} is {col.type}, not {f.type}: {e}") from e
        else:
            col = pa.nulls(n, f.type)
        arrays.append(col)
        fields.append(f)
    extra = [c for c in table.column_names if c not in schema.names]
    for c in extra:
        arrays.append(table.column(c))
        fields.append(pa.field(c, table.schema.field(c).type))
    out = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
    return _fill_derived(out, dataset)


def _fill_derived(table, dataset: str):
    import pyarrow as pa
    import pyarrow.compute as pc
    if table.num_rows == 0:
        return table
    need = [c for c in DERIVED if table.column(c).null_count == table.num_rows]
    partial = [c for c in DERIVED if c not in need and table.column(c).null_count > 0]
    if need or partial:
        keys = ("cameo_code", "source_country", "target_country", "event_date", "published_date")
        cols = {k: table.column(k).to_pylist() for k in keys}
        got = {c: table.column(c).to_pylist() for c in need + partial}
        cache: dict[tuple, dict] = {}
        for i in range(table.num_rows):
            if not any(got[c][i] is None for c in got):
                continue
            key = tuple(cols[k][i] for k in keys)
            d = cache.get(key)
            if d is None:
                d = cache[key] = derive(dict(zip(keys, key)))
            for c in got:
                if got[c][i] is None:
                    got[c][i] = d[c]
        for c, values in got.items():
            idx = table.column_names.index(c)
            table = table.set_column(idx, table.schema.field(c), pa.array(values, table.schema.field(c).type))
    ds = table.column("dataset")
    if ds.null_count:
        idx = table.column_names.index("dataset")
        table = table.set_column(idx, table.schema.field("dataset"), pc.fill_null(ds, dataset))
    return table


def read_events(events, dataset: str = "eventcoder"):
    """An events table (a Parquet path, a pyarrow Table or a pandas DataFrame), conformed to the schema."""
    import pyarrow as pa
    if isinstance(events, pa.Table):
        return conform(events, dataset)
    if hasattr(events, "to_parquet") and hasattr(events, "columns"):
        return conform(pa.Table.from_pandas(events, preserve_index=False), dataset)
    path = Path(events)
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    import pyarrow.parquet as pq
    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as e:
        raise InputError(f"{path}: not a Parquet events table: {e}") from e
    missing = [c for c in ("event_id", "cameo_code", "source_actor", "target_actor") if c not in table.column_names]
    if missing:
        raise InputError(f"{path}: not an events table (no {', '.join(missing)})")
    return conform(table, dataset)


def check_output(out, overwrite: bool) -> Path:
    """The output path; raises UsageError when it exists (without overwrite) or its folder is missing."""
    from .writer import check_output as check
    out = Path(out)
    check(out, overwrite)
    return out


def write_events(table, out, overwrite: bool = False, meta: dict | None = None) -> Path:
    """Write an events table to Parquet atomically (temporary file renamed into place), stamped with the
    coder and schema versions."""
    import pyarrow.parquet as pq
    out = check_output(out, overwrite)
    stamp = {"eventcoder.coder_version": __version__, "eventcoder.schema_version": SCHEMA_VERSION,
             **{f"eventcoder.{k}": str(v) for k, v in (meta or {}).items()}}
    old = table.schema.metadata or {}
    table = table.replace_schema_metadata({**{k.decode(): v.decode() for k, v in old.items()
                                              if not k.startswith(b"pandas")}, **stamp})
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def write_rejects(output: Path, rejects: list) -> Path:
    """The rejects table beside OUTPUT (OUT.rejects.parquet; always written, empty when nothing was rejected)."""
    from .writer import write_rejects as write
    return write(Path(output), rejects)


def atomic_text(out: Path):
    """A context manager writing a text file atomically: yields an open file; renames it into place on success."""
    from contextlib import contextmanager

    @contextmanager
    def cm():
        tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                yield f
            os.replace(tmp, out)
        finally:
            if tmp.exists():
                tmp.unlink()
    return cm()


def blank_row() -> dict:
    """A row dict with every schema column set to None."""
    return dict.fromkeys(column_names())
