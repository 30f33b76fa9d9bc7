"""Benchmark of eventcoder.places: gazetteer build time and time per sentence (not a test: prints numbers).

    .venv/bin/python scripts/bench_places.py [TEXT_FILES...]

Sentences come from the text files given (e.g. ../shared/seeds/*.txt), else from a few written here.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from eventcoder.places import Gazetteer
from eventcoder.sentences import split_sentences
from eventcoder.text import normalize, tokenize

WRITTEN = [
    "China and Russia yesterday agreed in Moscow to strengthen cooperation in scientific innovation.",
    "Within the framework of the conference underway in Guadalajara, the delegation held negotiations.",
    "The head of the Russian regulator met the Iranian telecoms minister on Sunday, discussing the internet.",
    "Moscow said it would respond to Washington after talks in Geneva and a visit to Beijing.",
    "Russian troops in Syria attacked rebels near Aleppo, the Tehran-based agency reported.",
]


def main(paths: list[str]) -> None:
    t0 = time.perf_counter()
    gaz = Gazetteer()
    build = time.perf_counter() - t0
    sents = [s for p in paths for para in normalize(Path(p).read_text(encoding="utf-8")).split("\n")
             for _, s in split_sentences(para)] or WRITTEN
    toks = [tokenize(s) for s in sents]
    rounds = max(1, 20000 // len(sents))
    t0 = time.perf_counter()
    for _ in range(rounds):
        for s in sents:
            gaz.locate(s, ["RUS", "CHN"], "Moscow")
    per = (time.perf_counter() - t0) / (rounds * len(sents))
    t0 = time.perf_counter()
    for _ in range(rounds):
        for s, tk in zip(sents, toks):
            gaz.locate(s, ["RUS", "CHN"], "Moscow", tokens=tk)
    per_tok = (time.perf_counter() - t0) / (rounds * len(sents))
    print(f"gazetteer: {len(gaz.places)} places, built in {build:.2f} s ({gaz.build_seconds:.2f} s in Gazetteer())")
    print(f"locate: {per * 1e6:.0f} us per sentence ({per_tok * 1e6:.0f} us given tokens), {len(sents)} sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
