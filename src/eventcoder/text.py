"""Text normalization and the one tokenizer used for both text and dictionary phrases."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": " -- ", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "\u200b": "", "\ufeff": "",
})
_SPACES = re.compile(r"[ \t\f\v]+")


def normalize(text: str) -> str:
    """Unicode NFC, straight quotes and dashes, single spaces (newlines kept)."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = text.replace("''", '"')
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# Numbers with thousands separators or decimals (13,000; 1.3), dotted abbreviations (U.S., U.N.), "n't",
# possessive 's, words (letters and digits), any other single non-space character. No nested quantifiers:
# linear time on any input.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w|,\d)|\d+\.\d+(?!\w|\.\d)|--+|(?:[A-Za-z]\.){2,}|n't\b|'s\b"
                    r"|[^\W_]+(?=n't\b)|[^\W_]+|\S")


class Token(NamedTuple):
    """One token (immutable; a named tuple, the cheapest record to build once per word)."""
    text: str
    norm: str
    start: int
    end: int


@lru_cache(maxsize=262144)
def fold(word: str) -> str:
    """The matching form of a token: lower case, accents removed."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets into `text`.

    No token spans white space, and the pattern's look-aheads see white space as they see the end of the
    text, so the text is cut at white space first: a piece of letters and digits only is one token (most
    words); the pattern reads the others. In text of single spaces (normalized text) each piece starts
    one character after the one before; elsewhere it is searched for."""
    out = []
    pieces = text.split()
    spaced = " ".join(pieces) == text
    find = text.find
    end = -1 if spaced else 0
    for piece in pieces:
        start = end + 1 if spaced else find(piece, end)
        end = start + len(piece)
        if piece.isalnum():
            low = piece.lower()
            out.append(_new(Token, (piece, low if low.isascii() else fold(piece), start, end)))
            continue
        word = piece[:-1]
        if word.isalnum():
            # a word and one mark after it ("week,", "said."): what the pattern gives such a piece
            low = word.lower()
            out.append(_new(Token, (word, low if low.isascii() else fold(word), start, end - 1)))
            mark = piece[-1]
            out.append(_new(Token, (mark, fold(mark), end - 1, end)))
            continue
        for m in _TOKEN.finditer(piece):
            word = m.group()
            a, b = m.span()
            norm = fold(word)
            if word[:1].isdigit() and len(word) > 1 and not word.isdigit():
                norm = word.replace(",", "").replace(".", "")     # a number reads as its digits: "13,000" -> 13000
            out.append(_new(Token, (word, norm, start + a, start + b)))
    return out


_new = tuple.__new__    # Token(...) without NamedTuple's Python-level __new__


@lru_cache(maxsize=65536)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A dictionary phrase as the tuple of matching forms of its tokens."""
    return tuple(t.norm for t in tokenize(normalize(phrase)))


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()
