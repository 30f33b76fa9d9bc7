"""Sentence splitting for news text: abbreviations, initials, decimals and quotes handled."""
from __future__ import annotations

import re

# Words after which a period does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen",
    "rep", "pres", "rev", "st", "sr", "jr", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig",
    "univ", "assn", "bros", "messrs", "hon", "amb", "brig", "gens", "sec", "min", "u.s", "u.k", "u.n", "e.g", "i.e",
}
# A candidate boundary: . ! ? (with closing quotes/brackets) followed by space(s) and an opening character.
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9\u0400-\u04FF])")
_LAST_WORD_REVERSED = re.compile(r"[A-Za-z.]+")    # matched on the reversed text: the last word, in one pass


def split_sentences(paragraph: str) -> list[tuple[int, str]]:
    """Sentences of one paragraph as (offset, text)."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        end = m.end()
        before = paragraph[max(start, m.start() - 40):m.start()]   # bounded: linear on any input
        w = _LAST_WORD_REVERSED.match(before[::-1])
        if m.group()[0] == "." and w:
            word = w.group()[::-1].lower().rstrip(".")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or "." in word:
                continue
        _add(out, paragraph[start:end], start)
        start = end
    _add(out, paragraph[start:], start)
    return out


def _add(out: list[tuple[int, str]], piece: str, offset: int) -> None:
    """Append a piece of a paragraph (at `offset`) as a sentence, without its surrounding space, unless blank."""
    seg = piece.strip()
    if seg:
        out.append((offset + len(piece) - len(piece.lstrip()), seg))


MAX_SENTENCE = 3000   # characters; longer "sentences" (tables, lists, run-on text) are cut at spaces


def bounded(sentences: list[tuple[int, str]], limit: int = MAX_SENTENCE) -> list[tuple[int, str]]:
    """Sentences no longer than `limit` characters, so that per-sentence work stays bounded."""
    out: list[tuple[int, str]] = []
    for off, s in sentences:
        while len(s) > limit:
            cut = s.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
            out.append((off, s[:cut]))
            off, s = off + cut, s[cut:].lstrip()
        if s:
            out.append((off, s))
    return out
