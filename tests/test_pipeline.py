"""Streaming runs: the same rows whatever the workers or engine; kill and resume; partitioned output."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from eventcoder.pipeline import code_files
from eventcoder.synthetic import write_jsonl

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    write_jsonl(d / "synth.jsonl", 300, seed=7)
    return d / "synth.jsonl"


def inputs(corpus):
    return [str(corpus)] + ([str(SEEDS)] if SEEDS.exists() else [])


def test_workers_and_dask_agree(corpus, tmp_path):
    one = code_files(inputs(corpus), tmp_path / "one.parquet", workers=1)
    two = code_files(inputs(corpus), tmp_path / "two.parquet", workers=2)
    dsk = code_files(inputs(corpus), tmp_path / "dask.parquet", workers=2, engine="dask")
    a, b, c = (pq.read_table(tmp_path / f"{n}.parquet") for n in ("one", "two", "dask"))
    assert a.num_rows > 100 and one.events == a.num_rows
    assert a.equals(b) and a.equals(c)
    assert (one.read, one.coded, one.no_events) == (two.read, two.coded, two.no_events) == (dsk.read, dsk.coded, dsk.no_events)


def test_partitioned_dataset(corpus, tmp_path):
    flat = code_files([str(corpus)], tmp_path / "flat.parquet", workers=1)
    code_files([str(corpus)], tmp_path / "parts", workers=1, partition_by=("year", "month"))
    t = ds.dataset(tmp_path / "parts", partitioning="hive").to_table()
    assert t.num_rows == flat.events
    assert {p.name.split("=")[0] for p in (tmp_path / "parts").iterdir()} == {"year"}
    assert sorted(t.column("event_id").to_pylist()) == sorted(
        pq.read_table(tmp_path / "flat.parquet").column("event_id").to_pylist())


def test_killed_run_leaves_no_output_and_resumes_exactly(tmp_path):
    src = write_jsonl(tmp_path / "big.jsonl", 3000, seed=3)
    clean = tmp_path / "clean.parquet"
    code_files([str(src)], clean, workers=1)
    out = tmp_path / "run.parquet"
    cmd = [sys.executable, "-m", "eventcoder.cli", "code", str(src), "-o", str(out), "--workers", "1", "--quiet"]
    env = dict(os.environ, EVENTCODER_TEST_PART_ROWS="2000")
    p = subprocess.Popen(cmd, env=env)
    ckpt = tmp_path / ".run.parquet.work" / "checkpoint.json"
    deadline = time.time() + 120
    while time.time() < deadline and not ckpt.exists() and p.poll() is None:
        time.sleep(0.05)
    assert p.poll() is None, "the run finished before it could be killed"
    p.send_signal(signal.SIGKILL)
    p.wait()
    assert not out.exists()
    r = subprocess.run(cmd + ["--resume"], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    a, b = pq.read_table(out), pq.read_table(clean)
    assert [c for c in a.column_names if not a.column(c).equals(b.column(c))] == [] and a.num_rows == b.num_rows
    assert not (tmp_path / ".run.parquet.work").exists()


def test_resume_refuses_other_inputs(tmp_path):
    from eventcoder.errors import UsageError
    a = write_jsonl(tmp_path / "a.jsonl", 5, seed=1)
    b = write_jsonl(tmp_path / "b.jsonl", 5, seed=2)
    work = tmp_path / ".o.parquet.work"
    work.mkdir()
    (work / "checkpoint.json").write_text('{"fingerprint": {"inputs": ["x"]}}')
    with pytest.raises(UsageError):
        code_files([str(a), str(b)], tmp_path / "o.parquet", resume=True)


def test_a_worker_that_cannot_build_its_coder_fails_its_tasks(monkeypatch):
    # multiprocessing restarts workers whose initializer raises, for ever: the error must reach the parent
    from eventcoder import pipeline

    def broken(articles, actor_files=()):
        raise RuntimeError("dictionary bug")
    monkeypatch.setattr(pipeline, "code_batch", broken)
    monkeypatch.setattr(pipeline, "_INIT_ERROR", None)
    pipeline._init_worker(())
    with pytest.raises(RuntimeError, match="dictionary bug"):
        pipeline._code_in_worker([], ())
