"""The optional compiled modules: the coder's hot modules built into C extensions by Cython
(`make accel`, which runs scripts/build_accel.py), loaded instead of their .py files.

They are plain builds of the .py files (no separate source), kept in eventcoder/_compiled/ beside a
manifest of the SHA-256 of each source they were built from. A compiled module is used only while its
.py file is unchanged since the build, so an edit never runs stale code; EVENTCODER_PURE=1 turns them all
off. The results are the same either way (the tests run both ways). Nothing is read until one of these
modules is first imported.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

PACKAGE = "eventcoder"
MODULES = ("text", "sentences", "matcher", "patterns", "actors", "dyads", "dates", "places", "coder", "records",
           "lexicon", "crosswalk", "tables")
FOLDER = Path(__file__).with_name("_compiled")
MANIFEST = FOLDER / "manifest.json"


def source_digest(module: str) -> str:
    """The SHA-256 of a module's .py file."""
    return hashlib.sha256(Path(__file__).with_name(module + ".py").read_bytes()).hexdigest()


def extension_path(module: str) -> Path:
    """Where the compiled module is (or would be) for this Python."""
    return FOLDER / (module + importlib.machinery.EXTENSION_SUFFIXES[0])


class _Finder:
    """A meta-path finder that gives the compiled build of a hot module when it matches its source."""

    def __init__(self) -> None:
        self._manifest: dict[str, str] | None = None

    def _built(self) -> dict[str, str]:
        if self._manifest is None:
            try:
                self._manifest = json.loads(MANIFEST.read_text())["modules"]
            except (OSError, ValueError, KeyError, TypeError):
                self._manifest = {}
        return self._manifest

    def find_spec(self, fullname: str, path=None, target=None):
        package, _, module = fullname.rpartition(".")
        if package != PACKAGE or module not in MODULES or os.environ.get("EVENTCODER_PURE"):
            return None
        digest = self._built().get(module)
        ext = extension_path(module)
        if digest is None or not ext.is_file() or source_digest(module) != digest:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(ext))
        return importlib.util.spec_from_file_location(fullname, ext, loader=loader)


def install() -> None:
    """Put the finder in front of the import system (once per process)."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def compiled() -> list[str]:
    """The hot modules imported so far from their compiled build."""
    return [m for m in MODULES if getattr(sys.modules.get(f"{PACKAGE}.{m}"), "__file__", "").startswith(str(FOLDER))]
