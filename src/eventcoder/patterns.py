"""Event phrases: the verb-phrase dictionary (data/verbs/*.tsv), compiled once into a matcher.

Pattern syntax (docs/dictionaries.md): plain words, `{verb}` for every inflection, `(a|b)` for
alternatives, `...` for a gap of 0-5 tokens.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import NamedTuple

from . import buildcache, codebook
from .errors import DictionaryError
from .matcher import PhraseMatcher
from .records import EventMention
from .resources import data_dir, package_dir, schema_dir
from .text import phrase_tokens
from .tsv import read_tsv, split_list

GAP = 5
NAME_GAP = 6      # words of proper names a gap may span beyond GAP
ARTICLES = frozenset({"the", "a", "an"})   # ignored in patterns and text: "announced (the) intentions"
# quotation marks are skipped in the text too: 'was "deeply concerned" about', 'called him "a terrorist"'
QUOTES = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "`", "``", "''"})
# possessive determiners are skipped in patterns and text alike: "pledged to normalize (their) relations"
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
_SKIPPED = ARTICLES | QUOTES | POSSESSIVES
MAX_EXPANSION = 2000
NO_EVENT = "none"     # the code of a phrase that holds an event word but is no event ("in order to"): it takes
#                       its words, as the longest match, and codes nothing
FLAGS = {"sym", "inv", "loc", "dobj", "eval", "bare", "back", "recv"}
_PIECE = re.compile(r"\([^()]*\)|\{[^{}]*\}|\.\.\.|[^\s(){}]+")
_VOWELS = set("aeiou")


@cache
def irregular() -> dict[str, tuple[str, ...]]:
    rows = read_tsv(data_dir() / "irregular_verbs.tsv", ["base", "third", "past", "participle", "ing"])
    out = {}
    for _, r in rows:
        forms = [r["base"], r["third"], *split_list(r["past"]), *split_list(r["participle"]), r["ing"]]
        out[r["base"]] = tuple(dict.fromkeys(forms))
    return out


@cache
def participles() -> frozenset[str]:
    rows = read_tsv(data_dir() / "irregular_verbs.tsv", ["base", "third", "past", "participle", "ing"])
    return frozenset(p for _, r in rows for p in split_list(r["participle"]))


@cache
def past_tenses() -> frozenset[str]:
    """Irregular simple pasts ("struck", "met", "told"): verbs, never modifiers inside an actor phrase."""
    rows = read_tsv(data_dir() / "irregular_verbs.tsv", ["base", "third", "past", "participle", "ing"])
    return frozenset(p for _, r in rows for p in split_list(r["past"]))


def inflect(base: str) -> tuple[str, ...]:
    """Every form of a verb: base, -s, past, past participle, -ing (irregulars from the table).

    For regular verbs both the plain and the doubled-consonant forms are produced (visited and
    visitted, banned and baned): the wrong one never occurs in text, so it costs nothing.
    """
    irr = irregular().get(base)
    if irr:
        return irr
    b = base
    forms = [b]
    if b.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.append(b + "es")
    elif b.endswith("y") and len(b) > 1 and b[-2] not in _VOWELS:
        forms.append(b[:-1] + "ies")
    else:
        forms.append(b + "s")
    if b.endswith("e"):
        forms.append(b + "d")
    elif b.endswith("y") and len(b) > 1 and b[-2] not in _VOWELS:
        forms.append(b[:-1] + "ied")
    else:
        forms.append(b + "ed")
    if b.endswith("ie"):
        forms.append(b[:-2] + "ying")
    elif b.endswith("e") and not b.endswith(("ee", "ye", "oe")):
        forms.append(b[:-1] + "ing")
    else:
        forms.append(b + "ing")
    if (len(b) >= 3 and b[-1] not in _VOWELS | {"w", "x", "y"} and b[-2] in _VOWELS
            and b[-3] not in _VOWELS):
        forms += [b + b[-1] + "ed", b + b[-1] + "ing"]
    if b.endswith("c"):
        forms += [b + "ked", b + "king"]
    return tuple(dict.fromkeys(forms))


_CLASS_NAME = re.compile(r"^[a-z][a-z_]*$")
_CLASS_REF = re.compile(r"@([a-z][a-z_]*)")


def load_phrase_classes(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Named phrase classes (data/phrase_classes.tsv): `@name` in a pattern stands for any of the class's
    phrases (words, or a `{verb}` and words), so one verb class meets one object class in one rule."""
    path = path or data_dir() / "phrase_classes.tsv"

    def check(r):
        if not _CLASS_NAME.match(r["class"]):
            return f"bad class name {r['class']!r} (lowercase letters and _)"
        if any(c in r["phrase"] for c in "()|@") or "..." in r["phrase"] or not r["phrase"].strip():
            return f"a class phrase is words, or a {{verb}} and words, not {r['phrase']!r}"
        return None
    out: dict[str, list[str]] = {}
    for _, r in read_tsv(path, ["class", "phrase"], [check]):
        out.setdefault(r["class"], []).append(r["phrase"].strip().lower())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def expand_classes(pattern: str, classes: dict[str, tuple[str, ...]]) -> str:
    """The pattern with each `@name` written out as the alternatives of its class (inside brackets, as more
    alternatives: `(@arms|tanks)`); an unknown class is a ValueError."""
    if "@" not in pattern:
        return pattern
    out, depth, k = [], 0, 0
    while k < len(pattern):
        ch = pattern[k]
        m = _CLASS_REF.match(pattern, k) if ch == "@" else None
        if m:
            if m[1] not in classes:
                raise ValueError(f"unknown phrase class @{m[1]}")
            alts = "|".join(classes[m[1]])
            out.append(alts if depth else f"({alts})")
            k = m.end()
            continue
        depth += ch == "("
        depth -= ch == ")"
        out.append(ch)
        k += 1
    return "".join(out)


def _slot(piece: str) -> list[tuple[str, ...]]:
    """The alternatives (token tuples) one pattern piece stands for."""
    if piece.startswith("(") and piece.endswith(")"):
        alts = [a.strip() for a in piece[1:-1].split("|")]
        out = []
        for a in alts:
            if not a:
                raise ValueError("empty alternative")
            parts = _PIECE.findall(a)
            if "..." in parts or any(p.startswith("(") for p in parts):
                raise ValueError(f"alternative {a!r} may not hold a gap or brackets")
            for prod in itertools.product(*(_slot(p) for p in parts)):
                out.append(tuple(t for part in prod for t in part))
        return out
    if "{" in piece or "}" in piece:
        if not (piece.startswith("{") and piece.endswith("}")) or piece.count("{") != 1:
            raise ValueError(f"bad verb piece {piece!r}")
        toks = phrase_tokens(piece[1:-1])
        if not toks:
            raise ValueError("empty verb")
        return [toks[:-1] + (form,) for form in inflect(toks[-1])]
    return [phrase_tokens(piece)]


def parse_pattern(pattern: str) -> list[list[tuple[str, ...]]]:
    """A pattern as its segments (split at gaps); each segment is the list of its token sequences."""
    pieces = _PIECE.findall(pattern)
    if not pieces or pieces[0] == "...":
        raise ValueError("a pattern must start with a word")
    if "".join(pieces).replace(" ", "") != pattern.replace(" ", ""):
        raise ValueError("unbalanced brackets")
    segments: list[list[list[tuple[str, ...]]]] = [[]]
    for p in pieces:
        if p == "...":
            if not segments[-1]:
                raise ValueError("two gaps in a row")
            segments.append([])
            continue
        segments[-1].append(_slot(p))
    if not segments[-1]:
        raise ValueError("a pattern must not end with a gap")
    out = []
    for seg in segments:
        combos = []
        for prod in itertools.product(*seg):
            combos.append(tuple(t for part in prod for t in part if t not in ARTICLES and t not in POSSESSIVES))
            if len(combos) > MAX_EXPANSION:
                raise ValueError(f"expands to over {MAX_EXPANSION} phrases")
        out.append([c for c in combos if c])
    return out


def _index(alternatives: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A segment's alternatives by their first token, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in sorted(set(alternatives), key=lambda t: (-len(t), t)):
        out.setdefault(t[0], []).append(t)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Rule:
    rule_id: str
    code: str
    pattern: str
    flags: frozenset[str]
    reverse_code: str | None
    tail: tuple[dict[str, tuple[tuple[str, ...], ...]], ...]   # later segments: first token -> alternatives, longest first
    literal_from: int = 0     # segments before this one are context, not part of the phrase (passive forms)


_BE = "(is|are|was|were|been|being|be)"
_PREPS = frozenset({"on", "to", "with", "against", "for", "from", "into", "at", "in", "over", "of", "by", "about",
                    "between", "toward", "towards", "upon", "onto", "up", "down", "out", "off", "back", "away",
                    "through", "around", "forward", "ahead", "that", "to"})


def _participles(base: str) -> tuple[str, ...]:
    irr = irregular().get(base)
    if irr:
        rows = [p for p in participles() if p in irr]
        return tuple(rows) or (irr[-2],)
    return tuple(f for f in inflect(base) if f.endswith("ed"))


def passive_forms(pattern: str) -> list[str]:
    """The passives of a verb + object pattern, with the object before the verb as context:
    "{impose} sanctions on" -> "sanctions ... (is|was|...) ... (imposed) on" ("Sanctions were imposed on X by
    Y"), and, when a single preposition follows the object, also without it ("Evidence against Russia was
    presented by the US"). None when the pattern has no object noun right after a one-word verb."""
    pieces = _PIECE.findall(pattern)
    if len(pieces) < 2:
        return []
    first = pieces[0]
    alts = first[1:-1].split("|") if first.startswith("(") else [first]
    if not all(a.startswith("{") and a.endswith("}") and " " not in a.strip("{}").strip() for a in alts):
        return []
    verbs = [a.strip("{}").strip() for a in alts]
    k = 2 if pieces[1] == "..." else 1
    lo = k
    while k < len(pieces) and pieces[k] != "..." and not pieces[k].startswith("{"):
        alts = pieces[k].strip("()").split("|") if pieces[k].startswith("(") else [pieces[k]]
        if any(a.split()[0] in _PREPS for a in alts if a.strip()):
            break
        k += 1
    nouns = [p for p in pieces[lo:k] if p.strip("()").lower() not in ARTICLES]
    if not nouns or all(p.startswith("(") and any(a in ARTICLES for a in p.strip("()").split("|")) for p in nouns):
        return []
    verb = "(" + "|".join(dict.fromkeys(f for v in verbs for f in _participles(v))) + ")"
    out = [" ".join(nouns + ["...", _BE, "...", verb] + pieces[k:])]
    if len(pieces) == k + 1:
        out.append(" ".join(nouns + ["...", _BE, "...", verb]))
    return out


class _Starts(NamedTuple):
    """The rules whose first segment is one token sequence, arranged to skip those that cannot match a
    sentence: rules with later segments are indexed by the first words of their first later segment."""
    bare: tuple[int, ...]                       # rules with no later segment (in rule order)
    firsts: frozenset[str]                      # every first word of a first later segment
    by_first: dict[str, tuple[int, ...]]        # such a word -> the rules it can continue


def _starts(ids: tuple[int, ...], rules: list[Rule]) -> _Starts:
    by_first: dict[str, list[int]] = {}
    for i in ids:
        if rules[i].tail:
            for w in rules[i].tail[0]:
                by_first.setdefault(w, []).append(i)
    return _Starts(tuple(i for i in ids if not rules[i].tail), frozenset(by_first),
                   {w: tuple(v) for w, v in by_first.items()})


class EventDictionary:
    """Compiled event phrases."""

    def __init__(self, rules: list[Rule], first_segments: list[list[tuple[str, ...]]]):
        self.rules = rules
        starts: dict[tuple[str, ...], list[int]] = {}
        for i, seg in enumerate(first_segments):
            for toks in seg:
                starts.setdefault(toks, []).append(i)
        m = PhraseMatcher()
        shared: dict[tuple[int, ...], _Starts] = {}       # the inflections of a verb start the same rules
        for toks, ids in starts.items():
            key = tuple(sorted(set(ids)))
            if key not in shared:
                shared[key] = _starts(key, rules)
            m.add(toks, shared[key])
        self.matcher = m.build()
        # each rule's segments after the first later one, as the sets of their first words: a quick test
        # that they can match
        self._more_words = [tuple(frozenset(seg) for seg in r.tail[1:]) for r in rules]
        self._flags = [r.flags | ({"rev=" + r.reverse_code} if r.reverse_code else set()) for r in rules]
        self.from_cache = False     # set by load_rules when it was loaded from the build cache

    def __len__(self) -> int:
        return len(self.rules)

    def find(self, norms: list[str], names: frozenset[int] = frozenset(),
             object_names: frozenset[int] = frozenset(), joined: frozenset[int] = frozenset()) -> list[EventMention]:
        """Event phrases in a sentence, overlaps resolved: the longest match wins. Articles (the, a, an)
        are skipped in the text as they are in the patterns, and so are quotation marks; positions are
        mapped back. `names`: positions of the words of proper names (capitalized inside the sentence,
        brackets) that any gap spans without counting them, up to NAME_GAP of them ("signed two Defense
        Technology and Trade Initiative (DTTI) agreements"); `object_names`: those the first gap spans, where
        the phrase's object stands (the same when not given: "pressed Egyptian President Abdel Fattah al-Sisi
        to improve"). A gap that spans a name does not cross into a subordinate clause (_CLAUSE_WORDS). `joined`:
        positions of hyphens inside words; a verb's participle after one is an adjective ("long-suspended")."""
        timed = _times(norms)
        keep = [i for i, n in enumerate(norms) if n not in _SKIPPED and i not in timed]
        full = norms
        norms = [full[i] for i in keep]
        free = frozenset(k for k, i in enumerate(keep) if i in names) if names else frozenset()
        free_first = frozenset(k for k, i in enumerate(keep) if i in object_names) if object_names else free
        present = set(norms)
        rules, more_words = self.rules, self._more_words
        cands = []
        for start, end, (starts,) in self.matcher.find(norms):
            ids = list(starts.bare)
            for w in starts.firsts.intersection(present):
                ids.extend(starts.by_first[w])
            if len(ids) > 1:
                ids = sorted(set(ids))
            for i in ids:
                for words in more_words[i]:
                    if words.isdisjoint(present):
                        break                   # a later segment's words are nowhere in the sentence
                else:
                    rule = rules[i]
                    literal = list(range(start, end)) if rule.literal_from == 0 else []
                    pos = _match_tail(rule.tail, norms, end, literal, rule.literal_from, free, free_first)
                    if pos is not None:
                        cands.append((-len(literal), literal[0] - pos, literal[0], rule.rule_id, pos, i,
                                      tuple(literal)))
        if len(cands) > 1:
            cands = _governing(cands, self._flags)
        cands.sort(key=_RANKING)
        taken: set[int] = set()
        out = []
        for _, _, start, _, end, i, literal in cands:
            if not taken.isdisjoint(literal):
                continue
            taken.update(literal)
            literal = tuple(keep[k] for k in literal)
            start, end = keep[start], keep[end - 1] + 1
            rule = rules[i]
            if rule.code == NO_EVENT:
                continue
            if start > 1 and start - 1 in joined and "verb" in self._flags[i] \
                    and full[start - 2] not in _VERB_PREFIXES and full[start - 2].isalpha() \
                    and (full[start].endswith("ed") or full[start] in participles()):
                continue    # a participle in a compound adjective: "long-suspended talks", "Saudi-led" (not a
                #             noun such as "hostage-taking")
            out.append(EventMention(start=start, end=end, anchor=start, code=rule.code, rule_id=rule.rule_id,
                                    text="", flags=self._flags[i], literal=literal))
        out.sort(key=_START)
        return out


_VERB_PREFIXES = frozenset({"re", "co", "pre", "counter", "over", "under", "out", "de", "un", "mis", "cross", "self"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon"})


def _times(norms: list[str]) -> frozenset[int]:
    """Positions of a day named inside a phrase, skipped in the text like articles: "called late on Thursday
    for a ceasefire", "met Monday with", "urged yesterday the United States to"."""
    if _WEEKDAYS.isdisjoint(norms) and "yesterday" not in norms and "today" not in norms:
        return frozenset()
    out = set()
    for i, n in enumerate(norms):
        if n in ("yesterday", "today"):
            out.add(i)
        elif n in _WEEKDAYS:
            out.add(i)
            k = i - 1
            if k >= 0 and norms[k] == "on":
                out.add(k)
                k -= 1
                if k >= 0 and norms[k] in ("late", "early"):
                    out.add(k)
            if i + 1 < len(norms) and norms[i + 1] in _DAY_PARTS:
                out.add(i + 1)
    return frozenset(out)


_CLAUSE_WORDS = frozenset({"if", "unless", "which", "who", "whom", "whose", "when", "while", "because",
                           "although", "though", "whereas", "after", "before", "until", "since", "where"})
_RANKING = itemgetter(0, 1, 2, 3)    # longest phrase, then widest span, then leftmost, then rule id


def _governing(cands: list[tuple], flags: list[set[str]]) -> list[tuple]:
    """A verb phrase that ends with an event noun phrase, its object, governs it: it ranks as long as the
    longest such noun phrase ("halted drone and missile attacks on" beats "drone and missile attacks on", which
    holds more of the sentence's words; but "rammed an explosives-laden car into" does not govern the car bomb)."""
    nouns: dict[int, list[tuple[int, int]]] = {}
    for c in cands:
        if "verb" not in flags[c[5]]:
            nouns.setdefault(c[6][-1], []).append((c[0], c[6][0]))
    if not nouns:
        return cands
    out = []
    for c in cands:
        key = c[0]
        ended = nouns.get(c[6][-1]) if "verb" in flags[c[5]] else None
        if ended:
            first = c[6][0]
            for k0, f0 in ended:
                if k0 < key and first < f0:
                    key = k0
        out.append(c if key == c[0] else (key,) + c[1:])
    return out


_START = attrgetter("start")


def _match_tail(tail: tuple[dict[str, tuple[tuple[str, ...], ...]], ...], norms: list[str], pos: int,
                literal: list[int], literal_from: int = 0, free: frozenset[int] = frozenset(),
                free_first: frozenset[int] = frozenset()) -> int | None:
    """Match a rule's later segments from token `pos` on, each within GAP tokens of the one before (words
    of names not counted, up to NAME_GAP more: `free_first` in the first gap, `free` in the others) and not
    across . ; : (longest alternative first); add the tokens of segments from `literal_from` on to `literal`
    and give the end, or None."""
    last = len(norms) - 1
    for n_seg, seg in enumerate(tail, 1):
        hit = None
        skipped = 0
        named = opened = False
        p = pos
        spanned = free_first if n_seg == 1 else free
        limit = min(pos + GAP + NAME_GAP, last) if spanned else min(pos + GAP, last)
        while p <= limit:
            word = norms[p]
            alternatives = seg.get(word)
            if alternatives:
                following = norms[p + 1] if p < last else None
                for toks in alternatives:
                    n = len(toks)
                    # (the first token is `word`; the second is compared before the rest is sliced)
                    if n == 1 or (toks[1] == following and tuple(norms[p:p + n]) == toks):
                        hit = (p, p + n)
                        break
                if hit:
                    break
            if word in (".", ";", ":"):
                break
            if p not in spanned:
                skipped += 1
                if skipped > GAP:
                    break
                opened = opened or word in _CLAUSE_WORDS
            else:
                named = True
            if named and opened:
                break       # a gap that spans a name stays in its clause ("pay the price if Pelosi went ahead with a visit")
            p += 1
        if hit is None:
            return None
        if n_seg >= literal_from:
            literal.extend(range(*hit))
        pos = hit[1]
    return pos


def load_rules(paths: list[Path] | None = None) -> EventDictionary:
    """Load and validate every event-phrase file; all bad rows are reported at once. The compiled
    dictionary is kept in the build cache (eventcoder.buildcache): a process whose files were compiled
    before loads it instead of expanding every pattern again (`from_cache` tells which)."""
    files = sorted(paths if paths is not None else (data_dir() / "verbs").glob("*.tsv"))
    if not files:
        raise DictionaryError(f"no event dictionaries in {data_dir() / 'verbs'}")
    digest = _cache_key(files)
    rules = buildcache.load("rules", digest) if digest else None
    if isinstance(rules, EventDictionary):
        rules.from_cache = True
        return rules
    rules = _compile(files)
    if digest:
        buildcache.store("rules", digest, rules)
    return rules


def _cache_key(files: list[Path]) -> str | None:
    """The build cache's key of the rules compiled from these files: the files, the verb table, the
    codebook they are checked against and the sources of the modules that compile them; None when a file
    cannot be read (compiling reports it)."""
    src = package_dir()
    try:
        return buildcache.key([*files, data_dir() / "irregular_verbs.tsv", data_dir() / "phrase_classes.tsv",
                               schema_dir() / "cameo_codes.tsv",
                               *(src / f"{m}.py" for m in ("patterns", "matcher", "text", "records", "tsv",
                                                           "codebook"))],
                              packages=("pyahocorasick",))
    except OSError:
        return None


def _compile(files: list[Path]) -> EventDictionary:
    """The rules of the event-phrase files, checked and compiled."""
    known = codebook.codes()
    rules: list[Rule] = []
    firsts: list[list[tuple[str, ...]]] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    try:
        classes = load_phrase_classes()
    except DictionaryError as e:
        errors.append(str(e))
        classes = {}
    for f in files:
        try:
            rows = read_tsv(f, ["rule_id", "code", "pattern", "flags"], optional=["note"])
        except DictionaryError as e:
            errors.append(str(e))
            continue
        for n, r in rows:
            where = f"{f}:{n}"
            rid, code = r["rule_id"], r["code"]
            if rid in seen:
                errors.append(f"{where}: rule_id {rid} also at {seen[rid]}")
                continue
            seen[rid] = where
            if code not in known and code != NO_EVENT:
                errors.append(f"{where}: {code!r} is not a CAMEO code (nor {NO_EVENT!r})")
                continue
            flags, rev = set(), None
            for fl in (x.strip() for x in r["flags"].split(",") if x.strip()):
                if fl.startswith("rev="):
                    rev = fl[4:]
                    if rev not in known:
                        errors.append(f"{where}: rev code {rev!r} is not a CAMEO code")
                elif fl.startswith("own="):
                    if fl[4:] not in known:
                        errors.append(f"{where}: own code {fl[4:]!r} is not a CAMEO code")
                    flags.add(fl)
                elif fl in FLAGS:
                    flags.add(fl)
                else:
                    errors.append(f"{where}: unknown flag {fl!r}")
            try:
                pattern = expand_classes(r["pattern"].lower(), classes)
                segs = parse_pattern(pattern)
            except ValueError as e:
                errors.append(f"{where}: pattern {r['pattern']!r}: {e}")
                continue
            if pattern.lstrip().startswith(("{", "({")):
                flags.add("verb")      # the phrase starts with a verb (not a noun such as "slaying of")
            rules.append(Rule(rid, code, r["pattern"], frozenset(flags), rev,
                              tuple(_index(s) for s in segs[1:])))
            firsts.append(segs[0])
            for passive in passive_forms(pattern) if "inv" not in flags else ():
                segs = parse_pattern(passive)
                rules.append(Rule(rid, code, passive, frozenset(flags), rev, tuple(_index(s) for s in segs[1:]),
                                  literal_from=2))
                firsts.append(segs[0])
    if errors:
        raise DictionaryError("event dictionary errors:\n" + "\n".join(errors))
    return EventDictionary(rules, firsts)
