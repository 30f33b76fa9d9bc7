import shutil

import pytest

from eventcoder.errors import DictionaryError
from eventcoder.lexicon import load_grammar
from eventcoder.resources import data_dir


def test_grammar_word_classes_hold_single_words():
    g = load_grammar()
    # an apostrophe or a hyphen is no word of a class ("'ll" is kept as its "ll")
    assert "ll" in g["future"] and "'" not in g["future"]
    assert "-" not in g["compass"] and "-" not in g["affair"]


def test_a_phrase_in_a_single_word_class_is_refused_on_load(tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    with open(copy / "grammar.tsv", "a", encoding="utf-8") as f:
        f.write("\nfuture\tis going to\n")
    monkeypatch.setenv("EVENTCODER_DATA_DIR", str(copy))
    data_dir.cache_clear()      # (the folder is looked up once per process)
    try:
        with pytest.raises(DictionaryError, match="single words"):
            load_grammar()
    finally:
        monkeypatch.delenv("EVENTCODER_DATA_DIR")
        data_dir.cache_clear()
