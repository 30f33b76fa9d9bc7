"""The optional compiled modules (eventcoder.accel): used only when built from the current sources, and
giving the same rows as the pure-Python modules."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder import accel

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(accel, "FOLDER", tmp_path)
    monkeypatch.setattr(accel, "MANIFEST", tmp_path / "manifest.json")
    monkeypatch.delenv("EVENTCODER_PURE", raising=False)
    return tmp_path


def _manifest(folder: Path, digest: str) -> None:
    (folder / "manifest.json").write_text(json.dumps({"modules": {"text": digest}}))


def test_a_compiled_module_built_from_the_current_source_is_used(folder):
    _manifest(folder, accel.source_digest("text"))
    accel.extension_path("text").write_bytes(b"")
    spec = accel._Finder().find_spec("eventcoder.text")
    assert spec is not None and spec.origin == str(accel.extension_path("text"))


def test_a_stale_or_missing_build_is_not_used(folder, monkeypatch):
    accel.extension_path("text").write_bytes(b"")
    _manifest(folder, "0" * 64)                          # built from another text of text.py
    assert accel._Finder().find_spec("eventcoder.text") is None
    _manifest(folder, accel.source_digest("text"))
    accel.extension_path("text").unlink()                # no extension for this Python
    assert accel._Finder().find_spec("eventcoder.text") is None
    assert accel._Finder().find_spec("eventcoder.cli") is None      # not a compiled module
    accel.extension_path("text").write_bytes(b"")
    monkeypatch.setenv("EVENTCODER_PURE", "1")
    assert accel._Finder().find_spec("eventcoder.text") is None


def _code(tmp_path: Path, name: str, pure: bool) -> list:
    env = dict(os.environ)
    env.pop("EVENTCODER_PURE", None)
    if pure:
        env["EVENTCODER_PURE"] = "1"
    out = tmp_path / f"{name}.json"
    script = ("import json, sys\nfrom eventcoder import accel\nfrom eventcoder.pipeline import code_files\n"
              "import pyarrow.parquet as pq\n"
              f"code_files([{str(ROOT / 'examples')!r}], sys.argv[1] + '.parquet', overwrite=True, workers=1)\n"
              "rows = pq.read_table(sys.argv[1] + '.parquet').to_pylist()\n"
              "json.dump({'compiled': accel.compiled(), 'rows': sorted(rows, key=lambda r: r['event_id'])},"
              " open(sys.argv[1], 'w'), default=str)\n")
    subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=tmp_path)
    return json.loads(out.read_text())


@pytest.mark.skipif(not accel.MANIFEST.is_file(), reason="no compiled modules built (make accel)")
def test_compiled_and_pure_modules_give_the_same_rows(tmp_path):
    compiled, pure = _code(tmp_path, "compiled", False), _code(tmp_path, "pure", True)
    assert pure["compiled"] == [] and compiled["compiled"]
    assert compiled["rows"] == pure["rows"] and pure["rows"]
