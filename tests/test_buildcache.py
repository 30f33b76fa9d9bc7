"""eventcoder.buildcache and its users (the gazetteer, the event rules): built once, then loaded; built again
when an input changed or the entry cannot be read; never in the way (caching off, an unwritable folder)."""
import os

import pytest

from eventcoder import buildcache
from eventcoder.patterns import load_rules
from eventcoder.places import Gazetteer
from eventcoder.resources import data_dir


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(folder))
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    return folder


def _entries(folder, kind="gazetteer"):
    return sorted(folder.glob(f"{kind}-*.pickle")) if folder.exists() else []


def _same(a: Gazetteer, b: Gazetteer) -> None:
    assert a.places == b.places
    for s in ("China and Russia yesterday agreed in Moscow to strengthen cooperation.",
              "Talks were held in Moscow, Idaho, on Monday.", "Police fired tear gas at protesters in Kiev."):
        assert a.sentence_location(s) == b.sentence_location(s)


def test_the_gazetteer_is_built_once_then_loaded(cache):
    first = Gazetteer()
    assert not first.from_cache and len(_entries(cache)) == 1
    second = Gazetteer()
    assert second.from_cache and len(_entries(cache)) == 1
    _same(first, second)
    assert Gazetteer(cache=False).from_cache is False


def test_a_changed_input_builds_again(cache, tmp_path):
    Gazetteer()
    words = tmp_path / "place_words.tsv"
    words.write_text(data_dir().joinpath("place_words.tsv").read_text(encoding="utf-8") + "amid\tbefore\t\n",
                     encoding="utf-8")
    changed = Gazetteer(words=words)
    assert not changed.from_cache and len(_entries(cache)) == 2
    assert changed.sentence_location("Protests amid Paris.") is not None   # the new cue is used
    assert Gazetteer(words=words).from_cache


def test_an_unreadable_entry_is_built_again_and_replaced(cache):
    built = Gazetteer()
    [entry] = _entries(cache)
    for broken in (b"", b"not a pickle", entry.read_bytes()[:1000]):
        entry.write_bytes(broken)
        again = Gazetteer()
        assert not again.from_cache
        _same(built, again)
        assert Gazetteer().from_cache          # written anew


def test_an_entry_of_another_key_is_not_used(cache):
    Gazetteer()
    [entry] = _entries(cache)
    digest = entry.name[len("gazetteer-"):-len(".pickle")]
    assert buildcache.load("gazetteer", digest + "0" * 32) is None      # the stored key must match in full


def test_caching_off_or_unwritable_never_fails(cache, monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTCODER_NO_CACHE", "1")
    assert not Gazetteer().from_cache and not _entries(cache)
    monkeypatch.delenv("EVENTCODER_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(blocker / "cache"))     # under a file: cannot be made
    assert not Gazetteer().from_cache
    assert buildcache.store("x", "0" * 64, 1) is None


def test_the_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTCODER_NO_CACHE", raising=False)
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path / "c"))
    assert buildcache.folder() == tmp_path / "c"
    monkeypatch.delenv("EVENTCODER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert buildcache.folder() == tmp_path / "x" / "eventcoder"
    monkeypatch.setenv("EVENTCODER_NO_CACHE", "1")
    assert buildcache.folder() is None


_RULE_FILE = ("rule_id\tcode\tpattern\tflags\tnote\n"
              "04.901\t040\t{meet}\tsym\t\n"
              "05.901\t057\t{sign} ... agreement\tsym\t\n")


def _found(rules, text="iran and russia signed a trade agreement and met"):
    return [(e.start, e.end, e.code, e.rule_id, e.flags, e.literal) for e in rules.find(text.split())]


def test_the_event_rules_are_compiled_once_then_loaded(cache):
    first = load_rules()
    assert not first.from_cache and len(_entries(cache, "rules")) == 1
    second = load_rules()
    assert second.from_cache and len(_entries(cache, "rules")) == 1
    assert [r.rule_id for r in first.rules] == [r.rule_id for r in second.rules]
    for text in ("iran and russia signed a trade agreement and met", "sanctions were imposed on russia by britain",
                 "the minister did not meet his counterpart"):
        assert _found(first, text) == _found(second, text)


def test_changed_rule_files_compile_again(cache, tmp_path):
    f = tmp_path / "root99.tsv"
    f.write_text(_RULE_FILE)
    assert not load_rules([f]).from_cache and load_rules([f]).from_cache
    f.write_text(_RULE_FILE + "05.902\t050\tsigned\t\t\n")
    changed = load_rules([f])
    assert not changed.from_cache and len(_entries(cache, "rules")) == 2
    assert ("050", "05.902") in {(e.code, e.rule_id) for e in changed.find(["signed"])}
