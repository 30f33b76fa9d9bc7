"""export, import, merge, aggregate and report as commands: help with an example, one-line errors, files.

They run through a click group like `eventcoder`'s (cli._Group, which turns EventCoderError into one line
and an exit code) with cli_data.register, so they test the same way whether or not cli.py has wired them.
"""
import click
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from _events import SHARED, sample_rows, write
from eventcoder.cli import _Group
from eventcoder.cli_data import COMMANDS, register


@pytest.fixture(scope="module")
def group():
    @click.group(cls=_Group)
    def g():
        """test group"""
    return register(g)


def run(group, *args):
    return CliRunner().invoke(group, [str(a) for a in args])


@pytest.mark.parametrize("cmd", [c.name for c in COMMANDS])
def test_every_command_has_help_with_example(group, cmd):
    r = run(group, cmd, "--help")
    assert r.exit_code == 0 and "Example: eventcoder " + cmd in r.output


def test_five_commands_from_events_to_panel(group, tmp_path):
    """The README's walk: export ICEWS, import it back, merge, aggregate, report."""
    ev = write(sample_rows(), tmp_path / "events.parquet")
    r = run(group, "export", ev, "--format", "icews", "-o", tmp_path / "events.tab")
    assert r.exit_code == 0 and "10 events written" in r.output, r.output
    r = run(group, "import", tmp_path / "events.tab", "--format", "icews", "-o", tmp_path / "icews.parquet")
    assert r.exit_code == 0 and "10 imported" in r.output and "0 rejected" in r.output, r.output
    r = run(group, "merge", ev, tmp_path / "icews.parquet", "-o", tmp_path / "all.parquet")
    assert r.exit_code == 0 and "20 events from 2 tables" in r.output and "10 flagged" in r.output, r.output
    assert {x["dataset"] for x in pq.read_table(tmp_path / "all.parquet").to_pylist()} == {"eventcoder", "icews"}
    r = run(group, "aggregate", tmp_path / "all.parquet", "--freq", "month", "-o", tmp_path / "panel.parquet")
    assert r.exit_code == 0 and "(18 events)" in r.output and "2 without COW codes" in r.output, r.output
    assert pq.read_table(tmp_path / "panel.parquet").column_names[:4] == ["ccode1", "ccode2", "year", "month"]
    r = run(group, "report", tmp_path / "all.parquet", "-o", tmp_path / "report.html")
    assert r.exit_code == 0 and (tmp_path / "report.html").read_text().count("<svg") == 3


def test_errors_are_one_line(group, tmp_path):
    ev = write(sample_rows(), tmp_path / "events.parquet")
    (tmp_path / "out.tab").write_text("old")
    r = run(group, "export", ev, "--format", "icews", "-o", tmp_path / "out.tab")
    assert r.exit_code == 2 and "--overwrite" in r.output and "Traceback" not in r.output
    assert (tmp_path / "out.tab").read_text() == "old"
    r = run(group, "export", ev, "--format", "cameo", "-o", tmp_path / "x")
    assert r.exit_code == 2 and "Traceback" not in r.output
    r = run(group, "merge", ev, "-o", tmp_path / "m.parquet")
    assert r.exit_code == 2 and "at least two" in r.output
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet")
    r = run(group, "aggregate", bad, "-o", tmp_path / "p.parquet")
    assert r.exit_code == 2 and "not a Parquet events table" in r.output
    r = run(group, "import", tmp_path / "out.tab", "--format", "icews", "-o", tmp_path / "i.parquet")
    assert r.exit_code == 2 and "not a file in the icews layout" in r.output


@pytest.mark.skipif(not (SHARED / "icews_events_2018_sample.tab").exists(), reason="../shared/reference not present")
def test_import_icews_sample(group, tmp_path):
    r = run(group, "import", SHARED / "icews_events_2018_sample.tab", "-f", "icews", "-o", tmp_path / "i.parquet")
    assert r.exit_code == 0 and "3705 icews rows: 3705 imported" in r.output
