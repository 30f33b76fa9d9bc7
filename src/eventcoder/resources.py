"""Where package data and the schema files live (found lazily, never at import)."""
from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def package_dir() -> Path:
    """The folder of the package's sources (eventcoder/)."""
    return Path(str(resources.files("eventcoder")))


@cache
def data_dir() -> Path:
    """The dictionaries: $EVENTCODER_DATA_DIR when set (a full copy of the data folder, edited), else the
    ones shipped with the package (src/eventcoder/data)."""
    override = os.environ.get("EVENTCODER_DATA_DIR")
    if override:
        return Path(override)
    return Path(str(resources.files("eventcoder") / "data"))


@cache
def schema_dir() -> Path:
    """The schema/ folder: packaged as eventcoder/_schema in a wheel, the repository's schema/ in a checkout."""
    packaged = Path(str(resources.files("eventcoder"))) / "_schema"
    if packaged.is_dir():
        return packaged
    repo = Path(__file__).resolve().parents[2] / "schema"
    if repo.is_dir():
        return repo
    from .errors import SchemaError
    raise SchemaError("cannot find the schema folder (eventcoder/_schema or the repository's schema/)")


def dictionary_version(extra: tuple[str | Path, ...] = ()) -> str:
    """A content hash of every dictionary file (and any user dictionaries): the dictionary version."""
    import hashlib
    h = hashlib.sha1()
    root = data_dir()
    for f in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".tsv", ".txt", ".json")):
        h.update(str(f.relative_to(root)).encode())
        h.update(f.read_bytes())
    for f in extra:
        h.update(Path(f).read_bytes())
    return h.hexdigest()[:12]
