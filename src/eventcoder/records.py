"""The records passed between pipeline stages. All frozen."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

R = TypeVar("R")


def evolve(record: R, **changes) -> R:
    """A copy of a frozen record with some fields changed: `dataclasses.replace` without its per-call
    field inspection, for the hot path (the records here have no __post_init__ and no init=False fields)."""
    new = object.__new__(type(record))
    fields = new.__dict__
    fields.update(record.__dict__)
    fields.update(changes)
    return new


@dataclass(frozen=True)
class Article:
    """One news article, as read from its input."""
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: str = "none"        # metadata | header | none
    publisher: str | None = None
    url: str | None = None
    source_path: str | None = None
    record: str | None = None               # line/row within source_path
    dateline: str | None = None             # place named in the dateline ("Moscow")
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reject:
    """An input record that could not be coded, and why."""
    input: str
    record: str | None
    article_id: str | None
    reason: str


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence: token span, CAMEO code, and why it got that code."""
    start: int                # token index (inclusive)
    end: int                  # token index (exclusive)
    text: str
    code: str                 # CAMEO actor code (RUSGOV, IGOUNO, CHN)
    country: str | None       # ISO alpha-3, None for international actors
    why: str                  # the dictionary entries that made the code
    person: bool = False
    group: int = -1           # coordination group id within the sentence
    anaphor: bool = False


@dataclass(frozen=True)
class EventMention:
    """An event phrase matched in a sentence."""
    start: int                # first literal token
    end: int                  # one past the last literal token
    anchor: int               # token index of the first token of the phrase
    code: str
    rule_id: str
    text: str
    flags: frozenset[str] = field(default_factory=frozenset)
    literal: tuple[int, ...] = ()


@dataclass(frozen=True)
class CodedEvent:
    """A dyadic event found in one sentence, before per-article deduplication."""
    article_id: str
    sentence_index: int
    source: ActorMention
    target: ActorMention
    code: str
    rule_id: str
    event_text: str
    sentence: str
    date: dt.date | None
    precision: str
    date_text: str | None
    location: dict | None = None            # the location columns (eventcoder.places.Location.row())
    flags: tuple[str, ...] = ()
