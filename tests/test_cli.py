"""The command line through its real entry point: exit codes, messages, files."""
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

EC = [sys.executable, "-m", "eventcoder.cli"]


def run(*args, cwd=None):
    return subprocess.run(EC + list(args), capture_output=True, text=True, cwd=cwd)


@pytest.fixture()
def articles(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a1.txt").write_text("Iran and Russia talk\n\nSeptember 24, 2023\n\n"
                              "Iran and Russia discussed cooperation in telecommunications on Sunday.\n")
    (d / "a2.txt").write_text("Weather\n\nMay 1, 2023\n\nIt rained all day in the capital.\n")
    (d / "bad.txt").write_bytes(b"\x00\x00\x00")
    return d


def test_code_writes_events_rejects_and_summary(articles, tmp_path):
    out = tmp_path / "ev.parquet"
    r = run("code", str(articles), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "articles read 3, coded 1, with no events 1, rejected 1" in r.stdout
    t = pq.read_table(out)
    assert t.num_rows >= 2
    meta = t.schema.metadata
    assert b"eventcoder.coder_version" in meta and b"eventcoder.dictionary_version" in meta
    rej = pq.read_table(tmp_path / "ev.rejects.parquet").to_pylist()
    assert len(rej) == 1 and "binary" in rej[0]["reason"]


def test_refuses_to_overwrite(articles, tmp_path):
    out = tmp_path / "ev.parquet"
    out.write_text("old")
    r = run("code", str(articles), "-o", str(out))
    assert r.returncode == 2 and "--overwrite" in r.stderr and "Traceback" not in r.stderr
    assert out.read_text() == "old"
    assert run("code", str(articles), "-o", str(out), "--overwrite").returncode == 0


def test_missing_input_is_usage_error(tmp_path):
    r = run("code", str(tmp_path / "nope"), "-o", str(tmp_path / "x.parquet"))
    assert r.returncode == 2 and "no such file" in r.stderr and "Traceback" not in r.stderr


def test_unwritable_output_folder(articles, tmp_path):
    r = run("code", str(articles), "-o", str(tmp_path / "no" / "dir" / "x.parquet"))
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_explain_shows_actors_rule_and_date():
    r = run("explain", "Iran and Russia discussed cooperation on Sunday.", "--date", "2023-09-26")
    assert r.returncode == 0
    assert "IRN -> RUS" in r.stdout and "rule 04." in r.stdout and "2023-09-24" in r.stdout


def test_summary(articles, tmp_path):
    out = tmp_path / "ev.parquet"
    run("code", str(articles), "-o", str(out))
    r = run("summary", str(out))
    assert r.returncode == 0 and "04" in r.stdout and "IRN -> RUS" in r.stdout


@pytest.mark.parametrize("cmd", ["code", "explain", "summary", "schema", "evaluate", "export", "import", "merge", "aggregate", "report"])
def test_every_command_has_help_with_example(cmd):
    r = run(cmd, "--help")
    assert r.returncode == 0 and "Example:" in r.stdout


def test_schema_doc_is_current():
    r = run("schema", "--markdown")
    doc = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
    assert doc.read_text() == r.stdout, "regenerate with: eventcoder schema --markdown > docs/schema.md"
