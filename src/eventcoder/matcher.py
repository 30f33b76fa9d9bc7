"""Multi-pattern matching of token sequences with an Aho-Corasick automaton (pyahocorasick).

Phrases and text are both sequences of matching forms (eventcoder.text.fold); a phrase matches
only on whole tokens. Building is done once per dictionary; matching is linear in the text.
"""
from __future__ import annotations

from typing import Any, Iterable

import ahocorasick


class PhraseMatcher:
    """Finds every occurrence of any of many token phrases in a token sequence."""

    def __init__(self) -> None:
        self._keys: dict[str, list[Any]] = {}
        self._automaton = None
        self._size = 0

    def add(self, tokens: Iterable[str], payload: Any) -> None:
        if self._automaton is not None:
            raise RuntimeError("PhraseMatcher.add() after build()")
        tokens = tuple(tokens)
        if not tokens or any(not t or " " in t for t in tokens):
            raise ValueError(f"bad phrase {tokens!r}")
        self._keys.setdefault(" " + " ".join(tokens) + " ", []).append(payload)

    def __len__(self) -> int:
        return len(self._keys) if self._automaton is None else self._size

    def build(self) -> "PhraseMatcher":
        """Compile the phrases; they then live in the automaton only (the matcher takes no more)."""
        if self._automaton is not None:
            return self
        a = ahocorasick.Automaton()
        for key, payloads in self._keys.items():
            a.add_word(key, (key.count(" ") - 1, tuple(payloads)))
        if len(a):
            a.make_automaton()
        self._automaton = a
        self._size = len(self._keys)
        self._keys = {}
        return self

    def find(self, norms: list[str]) -> list[tuple[int, int, tuple[Any, ...]]]:
        """(start token, end token, payloads) for every match: the payloads of all the phrases added
        with those tokens, in the order added."""
        a = self._automaton
        if a is None:
            raise RuntimeError("PhraseMatcher.build() not called")
        if not norms or not len(a):
            return []
        hay = " " + " ".join(norms) + " "
        if hay.count(" ") == len(norms) + 1:
            # no token holds a space: a match ending at character c ends after the token whose trailing
            # space is the c-th space of the haystack
            out = []
            for end_char, (n, payloads) in a.iter(hay):
                end = hay.count(" ", 0, end_char)
                out.append((end - n, end, payloads))
            return out
        # character position of the space after token k -> k + 1
        ends: dict[int, int] = {}
        pos = 0
        for k, t in enumerate(norms):
            pos += 1 + len(t)
            ends[pos] = k + 1
        return [(end - n, end, payloads) for end_char, (n, payloads) in a.iter(hay)
                if (end := ends.get(end_char)) is not None]
