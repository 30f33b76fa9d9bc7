"""Whole tables: older tables are read into the current schema with their derived columns filled."""
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from _events import event, sample_rows, table
from eventcoder import tables
from eventcoder.errors import InputError, UsageError
from eventcoder.schema import column_names


def test_annotate_fills_derived_columns_and_dataset():
    row = dict.fromkeys(column_names())
    row.update(cameo_code="042", source_country="DEU", target_country="SRB", event_date=None,
               published_date=__import__("datetime").date(1985, 5, 1))
    tables.annotate(row)
    assert (row["source_cow"], row["source_gw"], row["target_cow"], row["target_gw"]) == (260, 260, 345, 345)
    assert (row["penta_class"], row["plover_type"], row["plover_mode"], row["dataset"]) == (1, "CONSULT", "visit", "eventcoder")
    row2 = {"cameo_code": "010", "source_country": None, "target_country": "HKG", "event_date": None}
    tables.annotate(row2, dataset="icews")
    assert row2["source_cow"] is None and row2["target_gw"] is None and row2["plover_type"] is None
    assert row2["dataset"] == "icews" and row2["duplicate_of"] is None


def test_old_tables_are_conformed(tmp_path):
    """A table written before the derived columns existed (and with a column we do not know) still reads."""
    t = table(sample_rows())
    old = t.drop_columns(["source_cow", "target_cow", "source_gw", "target_gw", "penta_class", "plover_type",
                          "plover_mode", "dataset", "duplicate_of"]).append_column("extra", pa.array(["x"] * 10))
    pq.write_table(old, tmp_path / "old.parquet")
    got = tables.read_events(tmp_path / "old.parquet")
    assert got.column_names[:len(column_names())] == column_names() and got.column_names[-1] == "extra"
    rows = got.to_pylist()
    assert rows[0]["source_cow"] == 365 and rows[0]["target_gw"] == 369 and rows[0]["plover_type"] == "ACCUSE"
    assert {r["dataset"] for r in rows} == {"eventcoder"}


def test_partitioned_folder_reads(tmp_path):
    d = tmp_path / "events"
    d.mkdir()
    pq.write_table(table(sample_rows()[:4]), d / "part-0.parquet")
    pq.write_table(table(sample_rows()[4:]), d / "part-1.parquet")
    assert tables.read_events(d).num_rows == 10


def test_bad_inputs(tmp_path):
    with pytest.raises(UsageError):
        tables.read_events(tmp_path / "missing.parquet")
    pq.write_table(pa.table({"a": [1]}), tmp_path / "other.parquet")
    with pytest.raises(InputError):
        tables.read_events(tmp_path / "other.parquet")
    t = table([event("RUSGOV", "UKRGOV", "111", "2018-06-01")])
    wrong = t.set_column(t.column_names.index("mentions"), "mentions", pa.array(["many"]))
    with pytest.raises(InputError):
        tables.conform(wrong)
