"""Actor recognition in a sentence: dictionary pieces -> noun-phrase mentions -> CAMEO actor codes.

Pieces are dictionary phrases (countries, demonyms, capitals, organizations, people, role nouns) and
runs of capitalized words (names). Adjacent pieces, glued by determiners, possessives, "of" and short
modifiers, form one mention ("The head of Russian telecoms regulator agency Roskomnadzor" -> RUSGOV).
Names introduced with a role are remembered for the article ("Chinese Premier Li Keqiang" ... "Li");
appositives attach ("Alexander Shoitov, the Russian Deputy Minister"); pronouns and "the two sides"
resolve to earlier actors; mentions joined by "and" or commas form coordination groups.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from operator import itemgetter

from .lexicon import Entry, Lexicon
from .patterns import past_tenses
from .records import ActorMention, evolve
from .text import Token

INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS")
_STOP_CAPS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "as", "by", "to", "with", "from", "after",
    "before", "during", "since", "while", "when", "if", "it", "its", "this", "that", "these", "those", "there",
    "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "also", "later", "earlier",
    "meanwhile", "however", "under", "among", "both", "all", "some", "many", "most", "more", "other", "such",
    "according", "members", "member", "head", "heads", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "deputy",
    "secretary", "general", "foreign", "chairman", "premier", "vice", "state", "federal", "republic", "official",
    "officials", "government", "ministry", "news", "agency", "reports", "report", "statement", "committee",
    "commission", "council", "office", "department", "union", "party", "front", "forces", "army", "final",
    "first", "second", "new", "one", "two", "three", "faced", "breaking", "within", "among", "making", "making",
    "local", "some", "western", "eastern", "northern", "southern", "central", "international", "global", "world",
    "national", "regional", "no", "not", "yes", "we", "our", "us", "evidence", "opponents", "insurgents",
    "hundreds", "thousands", "dozens", "four", "five", "six", "ten", "twelve", "children", "civilians", "year", "years",
}
# among dictionary phrases of equal span, the kind preferred
_PREFERENCE = {"block": 0, "person": 1, "org": 2, "metonym": 3, "country": 4, "capital": 5, "demonym": 6, "role": 7,
               "region": 8}
# time words between a told party and "that" ("warned Stockholm earlier in the day that it would")
_WHEN_WORDS = {"on", "in", "the", "day", "earlier", "later", "this", "last", "week", "month", "morning", "evening",
               "night", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "yesterday", "today", ","}
_CONJUNCTIONS = {"and", "or", "but", "as", "while", "when", "whereas", "because", "if", "than", "so", "yet"}
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})     # the pronouns `pieces` takes
_GLUE_DET = {"the", "a", "an", "his", "her", "its", "their", "our", "both", "top", "senior", "former", "new",
             "chief", "then", "acting", "veteran", "visiting", "outgoing", "incoming", "then-"}

_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "for", "to", "in", "on", "at", "by", "from", "with"})
ARMED = ("REB", "INS", "SEP", "UAF")     # the sectors of armed groups that are not a state's forces
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Z]{0,2}")     # a model: Su-24, F-16, MiG-29, Tu-160
_LED = frozenset({"led", "dominated", "run", "controlled"})    # "army-led government": the government's


@dataclass
class Context:
    """What the article has said so far: remembered names and recent actors for pronouns."""
    names: dict[tuple[str, ...], tuple[str, str | None]] = field(default_factory=dict)
    last_person: ActorMention | None = None
    last_actor: ActorMention | None = None
    last_pair: tuple[ActorMention, ActorMention] | None = None
    last_person_pair: tuple[ActorMention, ActorMention] | None = None   # the last two people of two countries
    last_state_pair: tuple[ActorMention, ActorMention] | None = None    # the last two parties of two states
    article_countries: list[str] = field(default_factory=list)
    heads: dict[str, tuple[str, str | None]] = field(default_factory=dict)   # "council" -> the UN Security Council
    # "north" -> ("North", the entry of North Korea): the states' references (countries.tsv), last named first
    refs: dict[str, tuple[str, Entry]] = field(default_factory=dict)
    home: str | None = None     # the country of the dateline's capital ("ISLAMABAD:" -> PAK)
    thing_subject: bool = False     # the last sentence's subject was a thing, no actor ("The flight left at 7 p.m.")
    # the last armed group named with its country ("the Taliban", "Syrian rebels"), for "the insurgents" later
    armed: ActorMention | None = None
    # how often and how recently (a running count) each country was named: "the tiny nation" is the one named most
    named: dict[str, tuple[int, int]] = field(default_factory=dict)
    ticks: int = 0      # countries named so far, counted: the order of naming for `named`

    def remember(self, name_tokens: tuple[str, ...], code: str, country: str | None) -> None:
        if not name_tokens or not code:
            return
        self.names.setdefault(name_tokens, (code, country))
        if len(name_tokens) > 1:
            self.names.setdefault(name_tokens[-1:], (code, country))

    def placed(self, before: list[ActorMention], after: list[ActorMention], tokens: list[Token],
               titles: frozenset[str] = frozenset()) -> None:
        """Names learned with a role of no country that the sentence then gave one ("foreign ministry spokesperson
        Geng Shuang" -> CHN: later "Geng said" is Chinese): `before`, `after` are the sentence's mentions as
        found and as placed; `titles` one-word titles a name may follow ("the government of President Carlos
        Mesa")."""
        for a, b in zip(before, after):
            if a.code == b.code or not a.code.startswith("---") or not b.country or a.anaphor:
                continue
            k = a.end
            while k > a.start and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text.isalpha() \
                    and tokens[k - 1].norm not in titles:
                k -= 1
            if a.start < k < a.end and tokens[k - 1].norm in titles and tokens[k - 1].text[:1].isupper():
                # the name after a capitalized title: "the government of President Carlos Mesa" ... "Mesa's"
                self.remember(tuple(t.norm for t in tokens[k:a.end]), b.code, b.country)
                continue
            if a.start < k < a.end and tokens[k - 1].text.islower() and tokens[k - 1].norm not in _FUNCTION_WORDS:
                # the capitalized name after a role in lower case: "foreign ministry spokesperson Geng Shuang"
                name = tuple(t.norm for t in tokens[k:a.end])
                self.remember(name, b.code, b.country)
                if len(name) == 2:      # "Geng Shuang" ... "Geng": a surname may come first
                    self.remember(name[:1], b.code, b.country)

    def see(self, mentions: list[ActorMention], tokens: list[Token] | None = None) -> None:
        """Update pronoun antecedents after a sentence (with its tokens: whether its subject was a thing)."""
        if tokens is not None:
            thing = len(tokens) > 2 and not any(m.start <= 1 and m.code for m in mentions) and (
                (tokens[0].norm in ("the", "a", "an") and tokens[1].text.isalpha() and tokens[1].text.islower())
                or (tokens[0].norm == "it" and self.thing_subject))     # (the same thing again: "It sets out ...")
            self.thing_subject = thing
        coded = [m for m in mentions if m.code and not m.anaphor]
        if not coded:
            return
        for m in coded:
            if m.country and m.country not in self.article_countries:
                self.article_countries.append(m.country)
            if m.code[3:6] in ARMED and m.country and "no country" not in m.why:
                self.armed = m
            if m.country:
                n, _ = self.named.get(m.country, (0, 0))
                self.ticks += 1
                self.named[m.country] = (n + 1, self.ticks)
        persons = [m for m in coded if m.person]
        if persons:
            self.last_person = persons[0]
        people = [m for m in persons if m.country and not m.code.startswith("---")]
        other = next((m for m in people[1:] if m.country != people[0].country), None) if people else None
        if other is not None:
            self.last_person_pair = (people[0], other)
        self.last_actor = next((m for m in coded if not m.why.startswith("region")), self.last_actor)
        groups: dict[int, list[ActorMention]] = {}
        # a pair is of parties with a country, not news media ("Ceuta/Madrid, May 19 (EFE)")
        coded = [m for m in coded if not m.code.startswith("---") and m.code[3:6] != "MED"]
        for m in coded:
            groups.setdefault(m.group, []).append(m)
        for g in groups.values():
            countries = {x.country or x.code for x in g}
            if len(countries) >= 2:
                self.last_pair = (g[0], next(x for x in g if (x.country or x.code) != (g[0].country or g[0].code)))
                self._state_pair(g)
                return
        distinct = []
        # parties: persons, states and their governments and forces, organizations (not "a hospital in Kyiv")
        parties = [m for m in coded if m.person or len(m.code) == 3 or m.code[3:6] in ("GOV", "MIL") or m.code[:3] == "IGO"]
        for m in parties:
            key = m.country or m.code
            if key not in [d.country or d.code for d in distinct]:
                distinct.append(m)
        if len(distinct) >= 2:
            self.last_pair = (distinct[0], distinct[1])
            self._state_pair(distinct)

    def _state_pair(self, ms: list[ActorMention]) -> None:
        """The first two parties of two different states among ms, if any, become the last state pair."""
        states: list[ActorMention] = []
        for m in ms:
            if m.country and not m.code.startswith(("IGO", "NGO")) and m.country not in {x.country for x in states}:
                states.append(m)
        if len(states) >= 2:
            self.last_state_pair = (states[0], states[1])


@dataclass
class _Piece:
    start: int
    end: int
    kind: str              # country demonym capital metonym org person role name block anaphor
    entry: Entry | None = None
    code: str | None = None
    country: str | None = None


# words that keep an organization's name international after a demonym ("the Russian UN mission")
_INTERNATIONAL = frozenset({"un", "u.n.", "united", "nations", "international", "world", "european", "eu", "global"})


class ActorFinder:
    """Finds actor mentions in tokenized sentences."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.regions_seen: frozenset[str] = frozenset()     # set by find
        g = lex.grammar
        self.determiners = g["determiner"] | _GLUE_DET
        self.he = g["he"]
        self.they = g["they"]
        self.pairs = g["pair"]
        self.pair_index: dict[str, list[tuple[str, ...]]] = {}
        for pair in sorted(self.pairs, key=len, reverse=True):
            self.pair_index.setdefault(pair[0], []).append(pair)
        self.pair_ends = frozenset(pair[-1] for pair in self.pairs)
        self.locative = g["locative"]
        self.preps = g["prep"] | g["locative"]
        # words that open a clause: never inside an actor's phrase ("Kenya after the Red Cross", "Gaza unless Hamas")
        self.clause_words = g["subordinate"] | g["conditional"] | g["boundary"]
        self.pasts = past_tenses() - g["maker"]
        # one-word titles ("President", "Minister"): a name learned after one does not include it
        self.titles = frozenset(e.orig[0].lower() for e in lex.entries if e.kind == "role" and len(e.orig) == 1)
        # the head nouns an organization's names end in ("International Criminal Court" -> "court"), by code
        self.org_heads: dict[str, set[str]] = {}
        for e in lex.entries:
            if e.kind == "org" and e.orig and e.orig[-1].lower() in g["org_head"]:
                self.org_heads.setdefault(e.code, set()).add(e.orig[-1].lower())
        for code in {e.code for e in lex.entries if e.kind == "org" and e.code.startswith("IGO")}:
            self.org_heads.setdefault(code, set()).update(g["org_generic"])

    def name_tokens(self, tokens: list[Token], hits: list[tuple[int, int, int]] | None = None) -> set[int]:
        """Tokens inside multi-word proper names (countries, organizations, people) or capitalized
        mid-sentence runs: an event phrase never takes them ("United States", "Free Tibet")."""
        out: set[int] = set()
        lex = self.lex
        for s, e, i in (self.hits(tokens) if hits is None else hits):
            if e - s > 1 and lex.entries[i].kind in ("country", "org", "person"):
                # the name's own words, not a common noun it ends in ("U.N. peacekeepers" leaves "sent
                # peacekeepers" its phrase)
                out.update(k for k in range(s, e) if not tokens[k].text[:1].islower())
        for k in range(1, len(tokens) - 1):
            if (tokens[k].text[:1].isupper() and tokens[k + 1].text[:1].isupper()
                    and tokens[k - 1].norm not in (".", '"', ":", "--")):
                out.update((k, k + 1))
        landmark = lex.grammar["landmark"]
        # the noun a place's name ends in is still its noun ("stormed the Hayat Hotel": a hotel stormed)
        return {k for k in out if not (tokens[k].norm in landmark and k + 1 not in out)}

    # ---- pieces ----------------------------------------------------------------------------
    def _case_ok(self, e: Entry, toks: list[Token]) -> bool:
        if e.case == "cs":
            return tuple(t.text for t in toks) == e.orig
        if e.case in ("cap", "alone"):
            for t, o in zip(toks, e.orig):
                if o[:1].isupper() and not t.text[:1].isupper() and t.text.islower():
                    return False   # "iSrael" is a typo for a name, "georgia" in lower case is not one
        return True

    def hits(self, tokens: list[Token], norms: list[str] | None = None) -> list[tuple[int, int, int]]:
        """The actor dictionary's matches in a sentence, as (start, end, entry index), written in the case
        their entries require (computed once per sentence). `norms`: the tokens' matching forms, when at hand."""
        entries = self.lex.entries
        return [(s, e, i) for s, e, ids in self.lex.matcher.find([t.norm for t in tokens] if norms is None else norms)
                for i in ids if self._case_ok(entries[i], tokens[s:e])
                and (entries[i].case != "alone" or self._alone(tokens, s, e))]

    @staticmethod
    def _alone(tokens: list[Token], s: int, e: int) -> bool:
        """No capitalized word right before or after: "in Peshawar", not the "David" of "General David
        Petraeus" or the "San" of "San Francisco" (a sentence's first word may stand before)."""
        def name(t: Token) -> bool:
            return t.text[:1].isupper() and t.text.isalpha()
        return not ((s > 1 and name(tokens[s - 1])) or (e < len(tokens) and name(tokens[e])))

    def pieces(self, tokens: list[Token], day: dt.date | None, ctx: Context | None,
               blocked: set[int], hits: list[tuple[int, int, int]] | None = None) -> list[_Piece]:
        entries = self.lex.entries
        # longest first over the whole sentence, so "South China Sea" beats "China"; then leftmost; among
        # equal spans prefer people valid on the day, then orgs, then others
        cands: list[tuple[tuple, int, int, Entry]] = []
        for s, e, i in (self.hits(tokens) if hits is None else hits):
            ent = entries[i]
            valid = ent.valid_on(day)
            if not valid and ent.kind == "org" and day is not None:
                continue    # an organization is what its dated rows say only while they say it ("the Khmer
                #             Rouge" in a 2019 story is history, not an actor)
            key = (s - e, s, 0 if valid else 1, _PREFERENCE.get(ent.kind, 9), -ent.rank)
            cands.append((key, s, e, ent))
        cands.sort(key=itemgetter(0))
        out: list[_Piece] = []
        taken = [False] * len(tokens)
        # pair phrases: resolved to the article's last pair, or to a pair named earlier in the sentence
        norms = [t.norm for t in tokens] if ctx is not None else []
        if not self.pair_ends.isdisjoint(norms):
            for k, first in enumerate(norms):
                for pair in self.pair_index.get(first, ()):
                    L = len(pair)
                    if tuple(norms[k:k + L]) == pair and not any(taken[k:k + L]):
                        out.append(_Piece(k, k + L, "pair", None, None, None))
                        taken[k:k + L] = [True] * L
        if ctx is not None and "two" in norms:
            # "The two reportedly agreed to ...", "the two also discussed ...": the pair as a bare subject
            g = self.lex.grammar
            for k in range(len(norms) - 2):
                nxt = tokens[k + 2]
                if norms[k] == "the" and norms[k + 1] == "two" and not any(taken[k:k + 2]) and nxt.text.islower() \
                        and (nxt.norm in g["be"] or nxt.norm in g["future"] or nxt.norm in g["pair_verb"]
                             or nxt.norm.endswith("ly")):
                    out.append(_Piece(k, k + 2, "pair", None, None, None))
                    taken[k:k + 2] = [True] * 2
        if ctx is not None and ctx.heads and not ctx.heads.keys().isdisjoint(norms):
            # "the council", "the bloc", "Council members": the organization of that kind named before
            for k in range(len(tokens)):
                h = ctx.heads.get(norms[k])
                if h and ((k and norms[k - 1] == "the") or tokens[k].text[:1].isupper()) and k not in blocked and (
                        k + 1 == len(tokens) or not tokens[k + 1].text[:1].isupper()) \
                        and not any(s <= k < e and e - s > 1 for _, s, e, _ in cands):
                    # (not the last word of a longer name: "African Union troops" after "the UN Charter")
                    out.append(_Piece(k, k + 1, "org", None, h[0], h[1]))
                    taken[k] = True
        if ctx is not None and ctx.refs and not ctx.refs.keys().isdisjoint(norms):
            # "the North", "the kingdom": the state of that reference named before in the article
            for k in range(1, len(tokens) - 1):
                r = ctx.refs.get(norms[k])
                if r and norms[k - 1] == "the" and not taken[k] and k not in blocked \
                        and (r[0].islower() or tokens[k].text[:1].isupper()) \
                        and not tokens[k + 1].text[:1].isupper() and tokens[k + 1].norm != "-":
                    out.append(_Piece(k, k + 1, "country", r[1], r[1].code, r[1].country))
                    taken[k] = True
        instrument = self.lex.grammar["instrument"]
        covered = {k for _, s, e, _ in cands for k in range(s, e)}
        stranger: set[int] = set()
        for _, s, e, ent in cands:
            if any(taken[s:e]):
                continue
            if not blocked.isdisjoint(range(s, e)):
                if ent.kind == "role" and s in blocked and e - 1 not in blocked:
                    for k in range(s, e):   # "close Iran's consulate generals": the event took "consulate"; the
                        taken[k] = True     # rest of that word is no role of its own (not "generals")
                continue
            if ent.kind == "capital" and e < len(tokens) and tokens[e].norm in instrument:
                continue    # a city naming a treaty or a process: "the Vienna Convention", "the Minsk agreements"
            if ent.kind == "person" and (e - s == 1 or ent.surname) and s > 1 and tokens[s - 1].text[:1].isupper() \
                    and tokens[s - 1].text.isalpha() and s - 1 not in covered:
                stranger.update(range(s, e))
                continue    # a surname after another first name is someone else: "Pakistan's Salman Bashir"
            if ent.kind == "person" and s in stranger:
                continue    # nor is the end of that surname ("Maliki" of "Turki al-Maliki")
            if ent.kind in ("region", "capital") and e - s == 1 and s > 1 and tokens[s - 1].text[:1].isupper() \
                    and tokens[s - 1].text.rstrip(".").isalpha() and (
                        s - 1 not in covered or (ctx is not None and (tokens[s].norm,) in ctx.names)):
                continue    # a surname after a first name ("President Ricardo Lagos") or, once learned, after a
                            # title ("President Lagos"): the person, not the city
            if ent.kind in ("region", "capital") and e - s == 1 and ctx is not None and (tokens[s].norm,) in ctx.names \
                    and not (s > 0 and (tokens[s - 1].norm in self.preps or tokens[s - 1].norm in self.determiners)):
                continue    # a surname the article learned, as a subject or owner: "President Carlos Mesa" ...
                            # "Mesa's government" is his, not the Arizona town's
            if ent.kind == "person" and e - s == 1 and ctx is not None and ctx.names:
                known = ctx.names.get((tokens[s].norm,))
                if known is not None and known[0] != ent.code:
                    continue    # "Murillo" after "Foreign Minister Luis Gilberto Murillo": the article's own
            taken[s:e] = [True] * (e - s)
            if ent.kind == "person" and not ent.valid_on(day):
                # an office holder outside their term: same country, elite sector
                out.append(_Piece(s, e, "person", ent, (ent.code[:3] + "ELI") if ent.country else ent.code,
                                  ent.country))
                continue
            out.append(_Piece(s, e, ent.kind, ent, ent.code, ent.country))
        # names: runs of capitalized tokens not covered by a dictionary phrase
        nameable = [t.text[:1].isupper() and not taken[k] and k not in blocked and self._name_token(tokens, k)
                    for k, t in enumerate(tokens)]
        particles = self.lex.grammar["name_particle"]
        i = 0
        n = len(tokens)
        while i < n:
            if not nameable[i]:
                i += 1
                continue
            j = i
            while j < n and (nameable[j] or (
                    # a hyphen written inside a name joins it ("Tamim bin Hamad Al-Thani")
                    tokens[j].text == "-" and j > i and j + 1 < n and nameable[j + 1]
                    and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start) or (
                    # and so does a particle before the next part ("Ayman al-Zawahiri", "Hamad bin Jassim")
                    j > i and tokens[j].norm in particles and not taken[j] and j + 1 < n and (
                        nameable[j + 1] or (j + 2 < n and tokens[j + 1].text == "-" and nameable[j + 2]
                                            and tokens[j].end == tokens[j + 1].start
                                            and tokens[j + 1].end == tokens[j + 2].start)))):
                j += 1
            key = tuple(t.norm for t in tokens[i:j])
            hit = None
            if ctx is not None:
                # a remembered surname after another first name is someone else ("Javier Gonzalez" then
                # "Edmundo Gonzalez")
                hit = ctx.names.get(key) or (ctx.names.get(key[-1:]) if len(key) == 1 or i == 0 or any(
                    len(k) > 1 and k[0] == key[0] and k[-1] == key[-1] for k in ctx.names) else None)
            if hit:
                out.append(_Piece(i, j, "person", None, hit[0], hit[1]))
            else:
                out.append(_Piece(i, j, "name"))
            taken[i:j] = [True] * (j - i)
            i = j
        # subject pronouns: resolved once the sentence's other mentions are known
        if ctx is not None and not _PRONOUNS.isdisjoint(norms):
            for k, t in enumerate(tokens):
                if t.norm == "it" and self._expletive(tokens, k):
                    continue        # "it does seem like he has been released": no actor
                if t.norm in ("he", "she", "it", "they") and not taken[k] and (
                        k + 1 == len(tokens) or tokens[k + 1].norm not in ("is", "was") or t.norm != "it"
                        or (k + 2 < len(tokens) and tokens[k + 2].norm in self.lex.grammar["intent"])
                        or not any(x.norm in ("to", "that") for x in tokens[k + 2:k + 5])):
                    # "it is important to" is no actor; "it is ready to", "it was deeply concerned about" are
                    out.append(_Piece(k, k + 1, "pron", None, t.norm, None))
                elif t.norm in ("him", "her") and not taken[k] and k > 0 and (
                        t.norm == "him" or k + 1 == len(tokens) or not tokens[k + 1].text.isalpha() or tokens[k + 1].norm in self.preps
                        or tokens[k + 1].norm in ("and", "that", "to", "too", "again", "also", "back", "as")
                        or tokens[k + 1].norm.endswith("ly")):
                    # an object pronoun ("congratulated him on his re-election", "granted him asylum"), not a
                    # possessive ("her visit")
                    out.append(_Piece(k, k + 1, "pron", None, t.norm, None))
                elif t.norm == "them" and not taken[k] and k > 0 and k - 1 in blocked:
                    # right after an event phrase's word: the parties addressed ("spoke to Qureshi and Swaraj
                    # ... and urged them to"), resolved as "they"
                    out.append(_Piece(k, k + 1, "pron", None, "they", None))
        out.sort(key=lambda p: p.start)
        return out

    def _name_token(self, tokens: list[Token], i: int) -> bool:
        t = tokens[i]
        if not t.text[:1].isupper() or not t.text[:1].isalpha():
            return False
        if t.norm in _STOP_CAPS or t.norm in self.preps:
            return False
        if t.text.isupper() and len(t.text) > 1 and i + 1 < len(tokens) and tokens[i + 1].text.isupper():
            return False   # headline in capitals
        if len(t.text) <= 3 and i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 2].text[:1].isdigit() \
                and tokens[i + 1].start == t.end:
            return False   # a model's designation: "a C-17", "B-52 bombers", "Su-25 jets"
        return True

    # ---- mentions --------------------------------------------------------------------------
    def _expletive(self, tokens: list[Token], k: int) -> bool:
        """Whether "it" at k is the empty subject of a verb of seeming ("it seems", "it does seem like",
        "it appears that")."""
        j = k + 1
        while j < len(tokens) and tokens[j].norm in ("does", "did", "also", "now", "still"):
            j += 1
        if j >= len(tokens):
            return False
        w = tokens[j].norm
        return w in self.lex.grammar["seeming"] or (
            w in ("appears", "appeared") and j + 1 < len(tokens) and tokens[j + 1].norm in ("that", "like", "as"))

    def find(self, tokens: list[Token], day: dt.date | None, ctx: Context | None,
             stop: set[int] = frozenset(), blocked: set[int] = frozenset(),
             learn: bool = True, hits: list[tuple[int, int, int]] | None = None) -> list[ActorMention]:
        """Actor mentions in a sentence. `stop` token indices (event phrases, reporting verbs) end a
        mention; `blocked` ones are never part of an actor."""
        self.unresolved = False   # set when a name-like chunk got no code (a later-learned name may give it one)
        pieces = self.pieces(tokens, day, ctx, set(blocked) | set(stop), hits)
        pieces = [p for p in pieces if p.kind != "block" and not (
            p.kind in ("demonym", "country") and p.start >= 2 and tokens[p.start - 1].text == "-"
            and tokens[p.start - 2].norm in self.lex.grammar["stance"] and tokens[p.start - 2].end == tokens[p.start - 1].start)]
        # (a state in a stance is no party: "pro-Russian separatists", "anti-Japanese protesters" are of where
        # they stand, not of the state they are for or against)
        # the countries of the regions the sentence names, places or not ("in the forests of Chhattisgarh's
        # Kanker district"): where a sentence that names no state happens
        self.regions_seen = frozenset(p.entry.country for p in pieces if p.kind == "region" and p.entry is not None
                                      and p.entry.country)
        chunks: list[list[_Piece]] = []
        for p in pieces:
            if chunks and self._glued(tokens, chunks[-1][-1], p, stop):
                chunks[-1].append(p)
            else:
                chunks.append([p])
        mentions: list[ActorMention] = []
        for ch in chunks:
            m = self._mention(tokens, ch, day, ctx, learn)
            if isinstance(m, ActorMention) and not m.code and m.why == "unknown name":
                self.unresolved = True
            if m is not None:
                mentions.extend(m if isinstance(m, list) else [m])
        # "7:18 p.m. Beijing time": a clock, not an actor; "a Russian-style bill": a likeness, not an actor
        mentions = [m for m in mentions if not (m.end < len(tokens) and tokens[m.end].norm == "time"
                                                and m.why.startswith(("capital", "country")) and m.end - m.start <= 2)
                    and not (m.end + 1 < len(tokens) and tokens[m.end].norm == "-"
                             and tokens[m.end + 1].norm in self.lex.grammar["likeness"])]
        member = self.lex.grammar["member"]
        for i in range(len(mentions) - 2, -1, -1):
            m, st = mentions[i], mentions[i + 1]
            if m.code.startswith("IGO") and len(st.code) == 3 and 0 < st.start - m.end <= 2 \
                    and all(t.norm in member for t in tokens[m.end:st.start]):
                # "fellow GCC state Qatar", "NATO member Turkey": the state, a member of the organization
                mentions[i:i + 2] = [evolve(st, start=m.start, text=" ".join(t.text for t in tokens[m.start:st.end]))]
        unknown = [m.start for m in mentions if m.why == "unknown name"]
        mentions = self._appositives(tokens, mentions, ctx, learn, set(stop))
        unknown = [k for k in unknown if not any(m.start <= k < m.end for m in mentions)]
        mentions = self._epithets(tokens, mentions, ctx, set(stop))
        mentions = self._groups(tokens, mentions)
        return self._congresses(self._possessed(self._counterparts(
            self._resolve_pairs(self._resolve_pronouns(mentions, ctx, tokens, unknown), tokens), ctx, tokens), ctx, tokens),
            ctx, tokens)

    def _epithets(self, tokens: list[Token], ms: list[ActorMention], ctx: Context | None,
                  stop: set[int]) -> list[ActorMention]:
        """A state named by a description ("the tiny nation", "the small gas-rich state", "the country's
        military"): in a sentence that names no other state, the country the article has named most so far (the
        latest named of those tied); in one that names one, its own after "'s" ("Saudi Arabia said the kingdom's
        security ...") or after a word of scope (grammar class `scope`: "declared a state of emergency across the
        country"), else the one named most before but for it ("Kuwait sent aid to the Gulf nation"); none in
        a sentence that names more. Grammar class `epithet`: the head nouns; "state" needs a word before it (not "the
        state"), and the head is no modifier of a noun after it ("the state media")."""
        heads = self.lex.grammar["epithet"]
        if not any(t.norm in heads for t in tokens):
            return ms
        taken = {k for m in ms for k in range(m.start, m.end)}
        here = {m.country for m in ms if m.country}
        out = list(ms)
        for h, t in enumerate(tokens):
            if t.norm not in heads or not t.text.islower() or h in taken or h in stop:
                continue
            k = h - 1
            while k >= 0 and h - k <= 5 and tokens[k].norm != "the" and k not in taken and k not in stop and (
                    tokens[k].norm == "-" or (tokens[k].text.replace("-", "").isalpha() and tokens[k].norm not in self.preps
                                              and tokens[k].norm not in _CONJUNCTIONS and tokens[k].norm not in self.pasts
                                              and not tokens[k].norm.endswith("ing"))):
                k -= 1
            if k < 0 or tokens[k].norm != "the" or (t.norm == "state" and k == h - 1):
                continue
            nxt = tokens[h + 1] if h + 1 < len(tokens) else None
            if nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in self.preps \
                    and nxt.norm not in self.determiners and nxt.norm not in _CONJUNCTIONS \
                    and nxt.norm not in self.lex.grammar["be"] and not nxt.norm.endswith(("ed", "s")) \
                    and nxt.norm not in self.lex.grammar["future"] and nxt.norm not in self.lex.grammar["doubt"] \
                    and nxt.norm not in ("which", "that", "who", "where", "whose", "can"):
                continue    # a modifier: "the state media", "the country director"
            if nxt is not None and nxt.norm == "of":
                continue    # "the state of emergency"
            if len(here) > 1:
                continue    # which of the sentence's states? ("calling on the country to stop", after Israel and Gaza)
            cands = [(n, last, c) for c, (n, last) in (ctx.named if ctx else {}).items() if c not in here]
            if here and nxt is not None and nxt.norm == "'s":
                country = next(iter(here))      # "Saudi Arabia said the kingdom's security ...": its own
            elif here and k > 0 and tokens[k - 1].norm in self.lex.grammar["scope"]:
                country = next(iter(here))      # "Traore declared a state of emergency across the country": his own
            elif cands:
                _, _, country = max(cands)      # "Kuwait sent aid to the Gulf nation": the one named before
            else:
                continue
            cameo = self.lex.country_codes.get(country, country)
            text = " ".join(x.text for x in tokens[k + 1:h + 1]).replace(" - ", "-")
            owned = next((m for m in out if nxt is not None and nxt.norm == "'s" and m.start in (h + 2, h + 3)
                          and m.code.startswith("---")), None)
            if owned is not None:
                # "the country's military": its own forces
                out[out.index(owned)] = evolve(owned, start=k + 1, text=text + "'s " + owned.text, code=cameo + owned.code[3:],
                                               country=country, why=f"{owned.why}; country from the epithet -> {cameo}")
            else:
                out.append(ActorMention(k + 1, h + 1, text, cameo, country, f"epithet -> {cameo}", anaphor=True))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def _congresses(self, ms: list[ActorMention], ctx: Context | None, tokens: list[Token]) -> list[ActorMention]:
        """A bare "Congress" (grammar class `congress`) is the US Congress unless the story is another state's
        whose legislature is a congress (class `congress_state`: Peru, Guatemala, the Philippines...): under
        its dateline, or that state named more often than the US (the latest named of several such states), in
        the story so far and this sentence before it ("Peru's President Pedro Castillo tried to dissolve
        Congress"; not "Lavrov and Tillerson met in Manila ... since Congress approved new sanctions")."""
        words, states = self.lex.grammar["congress"], self.lex.grammar["congress_state"]
        if not any(m.end - m.start == 1 and tokens[m.start].norm in words and m.why.startswith("organization")
                   for m in ms):
            return ms
        out = []
        for i, m in enumerate(ms):
            if not (m.end - m.start == 1 and tokens[m.start].norm in words and m.why.startswith("organization")
                    and m.country):
                out.append(m)
                continue
            named = dict(ctx.named) if ctx is not None else {}
            for x in ms[:i]:
                if x.country and not x.anaphor:
                    n, last = named.get(x.country, (0, 0))
                    named[x.country] = (n + 1, (ctx.ticks if ctx else 0) + 1 + x.start)
            home = ctx.home if ctx is not None else None
            local = None
            if home and home.lower() in states:
                local = home
            elif home != m.country:
                cands = [(n, last, c) for c, (n, last) in named.items() if c.lower() in states]
                if cands and max(cands)[0] > named.get(m.country, (0, 0))[0]:
                    local = max(cands)[2]
            if local is None:
                out.append(m)
                continue
            out.append(evolve(m, code=self.lex.country_codes.get(local, local) + m.code[3:], country=local,
                              why=f"{m.why}; the story's state with a congress, {local}"))
        return out

    def _possessed(self, ms: list[ActorMention], ctx: Context | None, tokens: list[Token]) -> list[ActorMention]:
        """A role of no country after "his"/"her"/"its" (or "his country's", "its nation's": grammar class
        `epithet`) belongs to that owner's state ("Trump ... his administration" -> USAGOV; "Russia ... its
        military" -> RUSMIL; "Barrot said the fire at his country's embassy" -> FRAGOV): the last person named
        (this sentence first) for his/her, the last state for its."""
        owners = ("his", "her", "its")
        heads = self.lex.grammar["epithet"]

        def owner_word(m: ActorMention) -> str:
            # "his administration"; "his country's embassy", "her nation's army": the owner's own
            k = m.start - 1
            if k >= 2 and tokens[k].norm == "'s" and tokens[k - 1].norm in heads:
                k -= 2
            return tokens[k].norm if k >= 0 else ""

        if not any(m.code.startswith("---") and owner_word(m) in owners for m in ms):
            return ms
        out: list[ActorMention] = []
        for m in ms:
            w = owner_word(m)
            if not (m.code.startswith("---") and w in owners) \
                    or tokens[m.end - 1].norm in self.lex.grammar["counterpart"]:    # "his counterpart" is the other side
                out.append(m)
                continue
            before = [x for x in out if x.code and x.country and not x.code.startswith(("---", "IGO", "NGO"))]
            if w == "its":
                owner = next((x for x in reversed(before) if not x.person), None) or (
                    ctx.last_actor if ctx and ctx.last_actor and not ctx.last_actor.person else None)
            else:
                # a person of an international organization counts ("Guterres ... his spokesman")
                people = [x for x in out if x.person and x.code and (x.country or x.code.startswith("IGO"))]
                owner = people[-1] if people else (ctx.last_person if ctx else None)
                if owner is not None and owner.code.startswith("IGO") and not owner.country:
                    out.append(evolve(m, code=owner.code, country=None, anaphor=True,
                                      why=f"{m.why}; '{w}' -> {owner.text}"))
                    continue
            if owner is None or not owner.country or owner.code.startswith(("---", "IGO", "NGO")):
                out.append(m)
                continue
            out.append(evolve(m, code=owner.code[:3] + m.code[3:], country=owner.country, anaphor=True,
                               why=f"{m.why}; '{w}' -> {owner.text}"))
        return out

    def _counterparts(self, ms: list[ActorMention], ctx: Context | None, tokens: list[Token]) -> list[ActorMention]:
        """"his counterpart" with no country of its own is the other party of the pair last named: the last
        actor before it of another country than the nearest one ("Biden met Xi ... Biden later called his
        counterpart a dictator" -> Xi), else the other of the article's last pair."""
        words = self.lex.grammar["counterpart"]
        if not any(m.code.startswith("---") and tokens[m.end - 1].norm in words for m in ms):
            return ms
        out: list[ActorMention] = []
        for m in ms:
            if not (m.code.startswith("---") and tokens[m.end - 1].norm in words):
                out.append(m)
                continue
            before = [x for x in out if x.code and x.country and not x.code.startswith("---")]
            partner = None
            if before:
                own = before[-1].country
                partner = next((x for x in reversed(before) if x.country != own), None)
                if partner is None and ctx and ctx.last_pair:
                    partner = next((x for x in ctx.last_pair if x.country and x.country != own), None)
            if partner is None:
                out.append(m)
                continue
            out.append(evolve(m, code=partner.code, country=partner.country, anaphor=True,
                               why=f"counterpart -> {partner.text}", person=partner.person))
        return out

    def _resolve_pairs(self, ms: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
        """"The two leaders" after two parties named in the same sentence are those two (a coordinated pair
        first; "Trump hosted Netanyahu, where the two leaders praised each other"), not the last pair of
        earlier sentences."""
        if not any(m.why.startswith("pair ->") for m in ms):
            return ms
        out: list[ActorMention] = []
        k = 0
        while k < len(ms):
            m = ms[k]
            if not m.why.startswith("pair ->"):
                out.append(m)
                k += 1
                continue
            span = [x for x in ms[k:] if (x.start, x.end) == (m.start, m.end)]
            earlier = [x for x in out if x.code and not x.code.startswith("---")
                       and (not x.anaphor or x.why.startswith("pronoun 'he'") or x.why.startswith("pronoun 'she'"))
                       and x.end <= m.start and x.code[3:6] != "MED"]    # not the news agency of a dateline
            # ("He last met Erdogan in Istanbul, when the two leaders discussed ...": "he" counts)
            groups = [[x for x in earlier if x.group == g] for g in dict.fromkeys(x.group for x in earlier)]
            groups = [g for g in groups if len({x.country or x.code for x in g}) >= 2]
            before: list[ActorMention] = []
            if groups:          # "Congo and Rwanda agreed ..., after talks between the two countries' ministers"
                before = [groups[-1][0], next(x for x in groups[-1] if (x.country or x.code)
                                              != (groups[-1][0].country or groups[-1][0].code))][::-1]
            else:     # the last two parties named before it in this sentence, else the article's last pair
                for x in reversed([x for x in earlier if not self._in_pp_simple(tokens, x)]):
                    if (x.country or x.code) not in {(b.country or b.code) for b in before}:
                        before.append(x)
                    if len(before) == 2:
                        break
            j = m.start - 1
            while j >= 0 and tokens[j].norm in ("the", "both", "two", "all"):
                j -= 1
            g = self.lex.grammar
            if groups and len(before) == 2 and tokens[m.end - 1].norm in g["sides"] and j >= 0 and tokens[j].text.isalpha() \
                    and tokens[j].text.islower() and tokens[j].norm not in g["reporting"] \
                    and tokens[j].norm not in self.preps and tokens[j].norm not in _CONJUNCTIONS \
                    and tokens[j].norm not in ("that", "where") \
                    and all(x.end <= j for x in before) and span[0].code:
                # "The United Nations and Trump have urged both sides to show restraint": the sides a pair of
                # parties acts on are not those parties, but the sides the article named before
                before = []
            if len(before) == 2:
                out.extend(evolve(m, code=x.code, country=x.country, why=f"pair -> {x.text}", person=x.person)
                           for x in reversed(before))
            else:
                out.extend(span)
            k += len(span)
        return out

    def _resolve_pronouns(self, ms: list[ActorMention], ctx: Context | None,
                          tokens: list[Token] = (), unknown: list[int] = ()) -> list[ActorMention]:
        """he/she -> the last person named (this sentence first, then earlier ones); him/her -> the same,
        but not the one acting on them, and none after a name the dictionaries do not know (`unknown`:
        where such names start); it -> the last state or organization; they -> the last group of two or
        more, else the last actor."""
        if not any(m.why.startswith("pron:") for m in ms):
            return ms
        out: list[ActorMention] = []
        for i, m in enumerate(ms):
            if not m.why.startswith("pron:"):
                out.append(m)
                continue
            word = m.why[5:]
            before = [x for x in out if x.code and not x.anaphor]
            if word != "they" and tokens:
                # an aside between commas does not hold the antecedent ("Algeria, which cut ties with Rabat,
                # said it would ...", "France, home to a large Moroccan diaspora, said it was ready")
                main = [x for x in before if not self._in_aside(tokens, x, m.start, out)]
                before = main or before
            if word in ("it", "he", "she") and m.start > 1 and tokens[m.start - 1].norm == "," \
                    and tokens[0].norm in self.lex.grammar["fronting"]:
                # the subject after a fronted phrase does not refer into it ("In August 2022, following a visit
                # to Taipei by Pelosi, it held larger drills": "it" is the actor of the sentences before)
                before = []
            ante: list[ActorMention] = []
            j = m.start - 1 - (m.start > 0 and tokens[m.start - 1].norm == "that")
            t = j
            while t > 0 and j - t < 5 and (tokens[t].norm in _WHEN_WORDS or tokens[t].norm.isdigit()):
                t -= 1      # "warned Stockholm earlier in the day that it would"
            told = next((x for x in before if x.end == j + 1), None) or next(
                (x for x in before if x.end == t + 1 and t < j), None)
            v = told.start - 1 if told is not None else -1
            while v > 0 and tokens[v].norm in self.determiners:
                v -= 1
            if v >= 0 and tokens[v].norm in self.lex.grammar["telling"]:
                # "Ukraine told the EU it would carry out reforms": the teller speaks of itself
                ante = [x for x in out if x.code and x.end <= v][-1:]     # the teller may be a pronoun itself
            if ante:
                pass
            elif word in ("he", "she"):
                # a person of no known country ("the crown prince") is passed over for one of a known country
                ante = ([x for x in before if x.person and not x.code.startswith("---")][-1:]
                        or [x for x in before if x.person][-1:]
                        or ([ctx.last_person] if ctx and ctx.last_person else []))
                r = j if j >= 0 and tokens[j].norm in self.lex.grammar["reporting"] else -1
                persons = [x for x in before if x.person]
                if r > 0 and len(persons) > 1 and tokens[r - 1].norm in ("and", "but") \
                        and not any(x.end == r for x in persons):
                    # "Putin congratulated Lukashenko ... and said he hoped": the speaker, the sentence's subject
                    ante = persons[:1]
            elif word in ("him", "her"):
                # the last person named, but not the one doing it to "him" ("Macron said Putin had called him",
                # "during which Xi held talks with him": the first person of the pronoun's clause)
                persons = [x for x in before if x.person] or ([ctx.last_person] if ctx and ctx.last_person else [])
                if m.start >= 2 and tokens[m.start - 1].norm.endswith("ing") and tokens[m.start - 2].norm == ",":
                    # ", accusing him of ...": the participle's doer is the sentence's subject
                    local = next((x for x in before if x.start < m.start), None)
                else:
                    local = self._clause_subject(tokens, m.start, before) or self._clause_first_person(tokens, m.start, before)
                ante = [x for x in persons if x is not local][-1:]
                if ante and any(k < m.start and (ante[0] not in before or ante[0].end <= k)
                                and not (k > 0 and tokens[k - 1].norm in ("a", "an")) for k in unknown):
                    ante = []       # "summoned Wheeler and told him": a person the dictionaries do not know
                    #               (not a name after "a"/"an", an adjective: "an East African mediation effort")
                if not ante and local is not None and ctx and ctx.last_person \
                        and ctx.last_person.code != local.code:
                    ante = [ctx.last_person]
            elif word == "it":
                if m.start > 0 and tokens[m.start - 1].norm in self.lex.grammar["solving"]:
                    out.append(m)       # "offered to help resolve it": a problem, not a party
                    continue
                if ctx is not None and ctx.thing_subject and (m.start == 0 or any(
                        x.start == 0 and x.why == "pron:it" for x in out)):
                    out.append(m)       # "The flight left at 7 p.m. It is expected to arrive ...": the thing
                    continue            # (and "It will take effect once it has been ratified": the same)
                own = self._object_of_own_subject(tokens, m.start, before)
                ante = self._aimed_at_subject(tokens, m.start, before) or [
                    x for x in before if not x.person and not x.code.startswith("---")
                    and not x.why.startswith("region") and x is not own
                    and not self._qualifier(tokens, x)][-1:] or (   # (a place never acts: "in Sochi")
                    [ctx.last_actor] if ctx and ctx.last_actor and not ctx.last_actor.person
                    and not (own is not None and ctx.last_actor.code == own.code) else [])
            else:
                subject = next((x for x in out if x.end == m.start - 1), None) \
                    if tokens and tokens[m.start].norm == "them" and m.start >= 2 else None
                if subject is not None and ctx and ctx.last_actor and before and before[-1].code == subject.code \
                        and ctx.last_actor.code != subject.code:
                    # "Serbian authorities said that they arrested them": the object of a verb is not its
                    # subject's group, but the actor the sentence before named first
                    ante = [ctx.last_actor]
                elif before:
                    g = before[-1].group
                    ante = [x for x in before if x.group == g]
                elif ctx and ctx.last_pair:
                    ante = list(ctx.last_pair)
                elif ctx and ctx.last_actor:
                    ante = [ctx.last_actor]
            for a in ante:
                out.append(evolve(m, code=a.code, country=a.country, why=f"pronoun '{word}' -> {a.text}",
                                   person=a.person, anaphor=True))
        return out

    def _qualifier(self, tokens: list[Token], x: ActorMention) -> bool:
        """Whether a mention is a demonym alone that qualifies the noun after it ("near the Syrian border"):
        no antecedent of "it"."""
        return x.why.startswith("demonym") and x.end - x.start == 1 and x.code == self.lex.country_codes.get(
            x.country, x.country) and self._noun_at(tokens, x.end)

    def _noun_at(self, tokens: list[Token], k: int) -> bool:
        """Whether token k is a lower-case word a demonym before it qualifies, not a preposition, conjunction,
        verb or clause word ("the Syrian border", "two Japanese patrol vessels"; not "Rohingya in Rakhine")."""
        if k >= len(tokens) or not tokens[k].text.isalpha() or not tokens[k].text.islower():
            return False
        n = tokens[k].norm
        return n not in self.preps and n not in _CONJUNCTIONS and n not in self.pasts \
            and n not in self.lex.grammar["be"] and n not in self.clause_words

    def _object_of_own_subject(self, tokens: list[Token], k: int, before: list[ActorMention]) -> ActorMention | None:
        """The subject of the clause of "it" at k when "it" is a verb's object there: no antecedent ("China
        firmly opposes this and strongly condemns it": the thing condemned, not China)."""
        if k == 0:
            return None
        v = tokens[k - 1]
        g = self.lex.grammar
        if not (v.text.isalpha() and v.text.islower() and v.norm not in self.preps and v.norm not in self.determiners
                and v.norm not in _CONJUNCTIONS and v.norm not in g["reporting"] and v.norm not in g["be"]
                and v.norm not in ("that", "to", "of", "for")):
            return None
        b = k - 1
        while b >= 0 and tokens[b].norm not in g["boundary"] and tokens[b].norm not in g["reporting"] \
                and tokens[b].text != ",":
            b -= 1
        return next((x for x in before if b < x.start and x.end <= k and self._in_pp_simple(tokens, x) is None
                     and not (x.end < len(tokens) and tokens[x.end].norm == "'s")), None)

    def _aimed_at_subject(self, tokens: list[Token], k: int, before: list[ActorMention]) -> list[ActorMention]:
        """"it" aimed at in a clause that names no actor of its own, after a subordinating word, is the main
        clause's subject ("Israel carried out strikes on Gaza after rockets were fired towards it": Israel)."""
        g = self.lex.grammar
        if not tokens or k < 2 or tokens[k - 1].norm not in g["aimed"]:
            return []
        sub = next((j for j in range(k - 2, -1, -1) if tokens[j].norm in g["subordinate"]), None)
        if sub is None or any(sub < x.start for x in before):
            return []
        # the main clause starts after the last mark before it (a dateline's dash, a quote, a colon)
        start = next((j for j in range(sub - 1, -1, -1) if tokens[j].norm in g["boundary"]
                      and not tokens[j].norm.isalpha()), -1)
        main = [x for x in before if start < x.start and x.end <= sub and not x.person and not x.code.startswith("---")
                and not x.why.startswith("region") and self._in_pp_simple(tokens, x) is None]
        return main[:1]

    def _clause_first_person(self, tokens: list[Token], k: int, before: list[ActorMention]) -> ActorMention | None:
        """The first person named in the clause that token k is in (after its last boundary or verb of saying)."""
        g = self.lex.grammar
        b = k - 1
        while b >= 0 and tokens[b].norm not in g["boundary"] and tokens[b].norm not in g["reporting"]:
            b -= 1
        return next((x for x in before if x.person and b < x.start and x.end <= k), None)

    def _clause_subject(self, tokens: list[Token], k: int, before: list[ActorMention]) -> ActorMention | None:
        """The actor that stands, with nothing but verbs and their helpers between, before token k in its
        clause ("Putin had called him" -> Putin; "Putin met Xi and told him" -> none)."""
        j = k - 1
        while j >= 0:
            hit = next((x for x in before if x.start <= j < x.end), None)
            if hit is not None:
                return hit if self._in_pp_simple(tokens, hit) is None else None
            n = tokens[j].norm
            if not tokens[j].text.isalpha() or n in ("and", "but", "or", "that", "which", "who") \
                    or n in self.preps or n in self.lex.grammar["reporting"]:
                return None
            j -= 1
        return None

    def _in_pp_simple(self, tokens: list[Token], x: ActorMention) -> str | None:
        """The preposition right before mention x (past determiners), if any."""
        j = x.start - 1
        while j >= 0 and tokens[j].norm in self.determiners:
            j -= 1
        return tokens[j].norm if j >= 0 and tokens[j].norm in self.preps else None

    @staticmethod
    def _in_aside(tokens: list[Token], x: ActorMention, upto: int, ms: list[ActorMention]) -> bool:
        """Whether mention x stands in a comma-delimited aside that closes before token `upto` and follows
        another actor ("X, which cut ties with Y, ..."); a list of actors ("X, Y and Z") is no aside."""
        k = x.start - 1
        while k >= 0 and tokens[k].text not in (",", ";", "(", ")"):
            k -= 1
        j = k + 1
        while j < x.start and tokens[j].norm in ("the", "a", "an"):
            j += 1      # "Egypt, the United Arab Emirates and Bahrain": a list
        if k < 1 or tokens[k].text != "," or not any(o.end == k for o in ms if o is not x and o.code) \
                or any(o.start == j for o in ms):
            return False
        close = next((j for j in range(x.end, upto) if tokens[j].text == ","), None)
        return close is not None

    def _glued(self, tokens: list[Token], a: _Piece, b: _Piece, stop: set[int]) -> bool:
        if a.kind in ("pair", "pron") or b.kind in ("pair", "pron"):
            return False
        gap = tokens[a.end:b.start]
        if any(a.end + k in stop for k in range(len(gap))):
            return False
        if not gap:
            # two country names side by side are two actors ("Russia China"), anything else glues, but for
            # the name of an envoy after the state he is sent to ("ambassador to Libya Chris Stevens")
            if a.kind == "country" and b.kind == "name" and a.start >= 2 and tokens[a.start - 1].norm == "to" \
                    and tokens[a.start - 2].norm in self.lex.grammar["envoy"]:
                return False
            return not (a.kind == "country" and b.kind == "country")
        norms = [t.norm for t in gap]
        if len(gap) > 3:
            return False
        if norms[0] == "-" and len(norms) == 2 and norms[1] in _LED \
                and a.kind == "role" and b.kind == "role":
            return True     # "Sudan's army-led government": the government, of that state
        if a.kind in ("demonym", "country") and b.kind == "role" \
                and _DESIGNATION.fullmatch("".join(t.text for t in gap)):
            return True     # "a Russian Su-24 warplane", "Turkish F-16 fighter jets": a model between them
        if any(n in ("and", ",", "or", "&", "-", "--", ";", ":", "(", ")", '"') for n in norms):
            return False
        if norms[0] == "'s" and len(gap) <= 3 and all(self._modifier(t) for t in gap[1:]):
            return b.kind in ("role", "org", "name", "person")
        if norms in (["in"], ["in", "the"]) and a.kind == "role" and b.kind in ("country", "capital", "region"):
            return True    # "a court in Guyana", "the embassy in Kabul"
        if norms in (["to"], ["to", "the"]) and a.kind == "role" and tokens[a.end - 1].norm in self.lex.grammar["aide"] \
                and b.kind in ("role", "person"):
            return True    # "Aide to the President of the Russian Federation", "adviser to President Putin"
        if norms == ["of"] or norms[:2] == ["of", "the"] or (norms[0] == "of" and len(norms) <= 3):
            # "head of the Russian agency", "Minister of Telecom of Russia"
            return a.kind in ("role", "name", "org") and all(self._modifier(t) for t in gap[1:])
        if all(n in self.determiners for n in norms):
            # "called his counterpart a dictator": an indefinite article after a role starts another phrase
            return not (a.kind == "role" and ("a" in norms or "an" in norms))
        if all(n in self.determiners or self._modifier(t) for n, t in zip(norms, gap)):
            # "Russian telecoms regulator", "Chinese tech giant Huawei": modifiers lead to a role or organization
            return b.kind in ("role", "org") and not any(n.endswith("ed") or n in self.pasts for n in norms)
        return False

    def _modifier(self, t: Token) -> bool:
        """A short modifier allowed between pieces of one actor phrase ("telecoms", "national security")."""
        return (t.norm.isalpha() and t.norm not in self.preps and t.norm not in _CONJUNCTIONS
                and t.norm not in self.clause_words
                and len(t.norm) > 1 and not (t.norm.endswith("ing") and t.text.islower()
                                             and t.norm not in self.lex.grammar["modifier_ing"])) or t.norm in self.determiners
        # (not a verb in -ing: "strikes on Gaza targeting Hamas" are two actors)

    def _mention(self, tokens: list[Token], ch: list[_Piece], day, ctx: Context | None, learn: bool):
        start, end = ch[0].start, ch[-1].end
        text = " ".join(t.text for t in tokens[start:end]).replace(" 's", "'s").replace(" - ", "-")
        if ch[0].kind == "pair" and all(p.kind == "role" for p in ch[1:]):
            # "the two sides", "the two countries' foreign ministers": the parties themselves
            if ctx is None or ctx.last_pair is None:    # perhaps two parties named earlier in this sentence
                return ActorMention(start, end, text, "", None, "pair -> ?", anaphor=True)
            a, b = ctx.last_pair
            if ctx.last_person_pair is not None and tokens[end - 1].norm in self.lex.grammar["leaders"] \
                    and not (a.person and b.person):
                a, b = ctx.last_person_pair     # "Both leaders pledged ...": the two people named last
            elif ctx.last_state_pair is not None and tokens[end - 1].norm in self.lex.grammar["sides"] \
                    and (a.code.startswith(("IGO", "NGO")) or b.code.startswith(("IGO", "NGO"))):
                a, b = ctx.last_state_pair      # "both sides" after a mediator's sentence: the two states
            return [ActorMention(start, end, text, a.code, a.country, f"pair -> {a.text}", a.person, anaphor=True),
                    ActorMention(start, end, text, b.code, b.country, f"pair -> {b.text}", b.person, anaphor=True)]
        if len(ch) == 1 and ch[0].kind == "pron":
            return ActorMention(start, end, text, "", None, "pron:" + ch[0].code, anaphor=True)
        person = org = country = region = None          # the first of each kind
        roles: list[_Piece] = []
        names: list[_Piece] = []
        for p in ch:
            if p.kind == "person":
                person = person or p
            elif p.kind == "org":
                org = org or p
            elif p.kind in ("country", "demonym", "capital", "metonym"):
                country = country or p
            elif p.kind == "region":
                region = region or p
            elif p.kind == "role":
                roles.append(p)
            elif p.kind == "name":
                names.append(p)
        landmark = self.lex.grammar["landmark"]
        names = [n for n in names if tokens[n.end - 1].norm not in landmark]
        # ("Kiev's Independence Square", "Cairo's Tahrir Square": a place in the city, no person of it)
        roles = [r for r in roles if not (r.end + 1 < len(tokens) and tokens[r.end].norm == "-"
                                          and tokens[r.end + 1].norm in _LED
                                          and any(o.start > r.end for o in roles))] or roles
        # ("army-led government": the government)
        roles.sort(key=lambda p: -p.entry.rank)
        if org is not None and org.end - org.start == 1 and (org.code or "").endswith("BUS") \
                and any(p.kind == "name" and p.end == org.start for p in ch):
            org = None      # a one-word company name ending a person's name is a surname ("Tarek William Saab")
        if region is not None and country is None and person is None and org is None:
            # a region is a place: it stands only after a locative preposition ("in Borno state") or as the
            # place of a role ("police in Xinjiang"); it never acts
            k = region.start - 1
            while k >= 0 and (tokens[k].norm in self.determiners or tokens[k].norm in self.lex.grammar["place_adjective"]):
                k -= 1
            of_place = k > 0 and tokens[k].norm == "of" and (tokens[k - 1].norm in self.lex.grammar["place_noun"]
                                                             or tokens[k - 1].norm == "out")   # ("pulled out of")
            struck = k >= 0 and tokens[k].norm in self.lex.grammar["striking"] and tokens[k].text.islower()
            # ("Russian forces shelled Kharkiv", "troops raided Jenin": a place attacked is its state's)
            visited = k >= 0 and tokens[k].norm in self.lex.grammar["visiting"] and tokens[k].text.islower()
            # ("the first sitting U.S. president to visit Hiroshima": a place visited is its state's)
            # ("seven Mumbai commuter trains", "a Karachi market": a town that qualifies a thing is where it is)
            qualifies = region.end < len(tokens) and tokens[region.end].text.isalpha() \
                and tokens[region.end].text.islower() and k == region.start - 1 and k > 0 \
                and (tokens[k].norm in self.determiners or tokens[k].norm.isdigit()
                     or tokens[k].norm in self.lex.grammar["numeral"])
            if not roles and not of_place and not struck and not visited and not qualifies and not (k >= 0 and (
                    tokens[k].norm in self.locative or tokens[k].norm in self.lex.grammar["direction"])):
                return None
            country = region
        why = []
        code = ctry = None
        # a head role in the singular is a person ("the premier"); plural roles are groups ("separatist forces")
        # capitalized words before a place are no person ("Neighbouring Algeria", "Landlocked Mali")
        named = [n for n in names if roles or person or org or country is None or n.start > country.start]
        is_person = bool(person or named or (any(r.entry.rank >= 7 and tokens[r.end - 1].norm not in
                                                 self.lex.grammar["institution"] for r in roles)
                                             and not tokens[end - 1].norm.endswith("s")))
        if person is not None:
            code, ctry = person.code, person.country
            why.append(f"person {person.entry.source if person.entry else 'remembered name'}")
        elif org is not None:
            code, ctry = org.code, org.country
            why.append(f"organization {org.entry.source}" if org.entry else
                       f"'the {tokens[org.start].text}': the organization named before")
            if ctx is not None and ctx.home and ctry and ctry != ctx.home and country is None \
                    and tuple(t.norm for t in tokens[org.start:org.end]) in self.lex.grammar["shared_org"]:
                # "the Foreign Office" under an ISLAMABAD dateline: the name its press gives its own institution
                code, ctry = self.lex.country_codes.get(ctx.home, ctx.home) + code[3:], ctx.home
                why.append(f"under the dateline of {ctx.home}")
            if learn and ctx is not None and org.entry is not None:
                for head in self.org_heads.get(org.code, ()):     # "ICC" ... "the court"; "the EU" ... "the bloc"
                    ctx.heads[head] = (org.code, org.country)
            envoys = [r for r in roles if tokens[r.end - 1].norm in self.lex.grammar["envoy"]]
            if country is not None and not org.country and country.start < org.start and not envoys and (
                    (country.kind == "country" and [t.norm for t in tokens[country.end:org.start]] == ["'s"])
                    or (country.kind == "demonym" and country.end == org.start and org.code.startswith("IGO")
                        and org.end - org.start > 1 and not _INTERNATIONAL.intersection(
                            t.norm for t in tokens[org.start:org.end]))):
                # "Armenia's Security Council", "the Tajik Security Council": the state's own body of that name
                code, ctry = country.code + "GOV", country.country
                why.append(f"{country.kind} {country.entry.source}; its own body of that name")
            elif country is not None and org.country and country.country != org.country and country.start < org.start:
                # "the Peruvian Congress": the named country's institution of that kind
                code, ctry = country.code + org.code[3:], country.country
                why.append(f"{country.kind} {country.entry.source}")
            elif country is not None and not org.country and org.code.startswith("NGO") and (
                    country.end == org.start or (country.start > org.start and tokens[country.start - 1].norm == "of")):
                # "the Vanuatu Red Cross", "the Red Cross Society of China": the country's own society
                code, ctry = country.code + "NGO", country.country
                why.append(f"{country.kind} {country.entry.source}; its own society of that name")
            elif country is not None and not org.country and country.start < org.start and any(
                    r.start > org.start for r in envoys):
                # "Palestinian UN envoy Riyad Mansour": a state's envoy to the organization
                code, ctry = country.code + "GOV", country.country
                why.append(f"{country.kind} {country.entry.source}; its envoy to {org.code}")
        elif country is not None:
            base = country.code
            ctry = country.country
            if learn and ctx is not None:
                for w, ent in self.lex.country_refs.get(ctry, ()):
                    ctx.refs[w.lower()] = (w, ent)
            sector = next((r.entry.code for r in roles if r.entry.code), "")
            if not sector and country.kind in ("capital", "metonym"):
                sector = "GOV"
            elif not sector and country.kind == "demonym" and country.end == end and (
                    (tokens[end - 1].norm.endswith("s") and tokens[country.start - 1 if country.start > 0 else 0].norm != "the")
                    or (country.start > 0 and (tokens[country.start - 1].norm == "of"
                                               or tokens[country.start - 1].norm in self.lex.grammar["numeral"]
                                               or tokens[country.start - 1].norm.isdigit())
                        and not self._noun_at(tokens, end))):
                sector = "CVL"  # "Indigenous Australians", "thousands of Israelis", "hundreds of Rohingya": a people
                #                 named as such (not "the Russians", often a side; not "two Japanese patrol vessels")
            code = base + sector
            why.append(f"{country.kind} {country.entry.source}")
            if roles and sector:
                why.append(f"role '{tokens[roles[0].start].text}' {roles[0].entry.source}")
        elif roles:
            sector = next((r.entry.code for r in roles if r.entry.code), "")
            if not sector:
                return None
            if sector == "GOV" and len(roles) == 1 and tokens[roles[0].start].norm == "leader" \
                    and any(n.end == roles[0].start for n in names) and any(n.start == roles[0].end for n in names):
                sector = "OPP"  # "Renamo leader Afonso Dhlakama": the leader of a movement unknown to us, not a government
            elif sector == "MIL" and len(roles) == 1 and any(n.end == roles[0].start for n in names) \
                    and tokens[roles[0].start - 1].text[:1].isupper() and tokens[roles[0].start].text.islower():
                sector = "REB"  # "Tigrayan forces": forces named by a people or region we know no state of are no army
            code, ctry = "---" + sector, None
            why.append(f"role {roles[0].entry.source} (no country)")
        else:
            # bare unknown names make no actor
            return ActorMention(start, end, text, "", None, "unknown name", True) if names else None
        person_role = any((r.entry.rank >= 5 or tokens[r.end - 1].norm in self.lex.grammar["counterpart"])
                          and r.entry.code in ("GOV", "MIL", "JUD", "LEG", "COP", "SPY", "ELI", "")
                          for r in roles) or (org is not None and any(
                              t.norm == "'s" for t in tokens[org.end:names[-1].start])) or (
                              org is not None and roles and names[-1].start == roles[-1].end
                              and roles[-1].start >= org.end) if names else False
        # ("State Department spokesman Vedant Patel": the body's officer named after his title)
        owned_name = country is not None and names and not roles and org is None and person is None \
            and country.end < len(tokens) and tokens[country.end].norm == "'s" and names[0].start == country.end + 1
        # ("Pakistan's Salman Bashir" ... "Bashir": the country's person, for this article)
        if learn and ctx is not None and names and code and not code.startswith("---") and (person_role or owned_name):
            for nm in names:
                key = tuple(t.norm for t in tokens[nm.start:nm.end])
                ctx.remember(key, code, ctry)
                if len(key) == 2 and key[0].isalpha() and len(key[0]) > 2:
                    ctx.remember(key[:1], code, ctry)     # "Wang Wenbin" ... "Wang said": a surname may come first
        if learn and ctx is not None and person is not None and person.entry is not None and code:
            # "Chinese Premier Li Keqiang" ... "Li": the surname of a known office holder, for this article
            words = [t.norm for t in tokens[person.start:person.end] if t.norm.isalpha()]
            keys = words[-1:] + (words[:1] if len(words) > 1 else [])  # Li Keqiang -> Li, Rajnath Singh -> Rajnath
            for w in keys:
                if len(w) > 1:
                    ctx.remember((w,), code, ctry)
        site = next((p for p in ch if p.kind in ("country", "capital", "region") and p is not country
                     and p.start >= 2 and tokens[p.start - 1].norm in ("in", "the")
                     and "in" in (tokens[p.start - 1].norm, tokens[p.start - 2].norm)), None)
        if site is not None and site.country and site.country != ctry:
            why.append(f"located in {site.country}")    # "the Indian embassy in Kabul": where it is
        return ActorMention(start, end, text, code, ctry, "; ".join(why), is_person)

    def _appositives(self, tokens: list[Token], ms: list[ActorMention], ctx: Context | None,
                     learn: bool, stop: set[int] = frozenset()) -> list[ActorMention]:
        """"X, the Russian minister," and "his Russian counterpart, Dmitry Medvedev," become one mention."""
        out: list[ActorMention] = []
        i = 0
        while i < len(ms):
            a = ms[i]
            # a place after "in" is where, not who: "In Washington, U.S. President Barack Obama said"
            where = a.start > 0 and tokens[a.start - 1].norm in ("in", "at", "from") and not a.person
            if i + 1 < len(ms) and not a.anaphor and not ms[i + 1].anaphor and not where:
                b = ms[i + 1]
                gap = [t.norm for t in tokens[a.end:b.start]]
                after = tokens[b.end].norm if b.end < len(tokens) else "."
                loose = (not a.code and gap[:1] == [","] and len(gap) <= 7 and "," not in gap[1:]
                         and b.code and not b.code.startswith("---") and after in (",", ".", "--", ";")
                         and not any(k in stop for k in range(a.end, b.start)))
                if loose or gap in ([","], [",", "the"], [",", "a"], [",", "his"], [",", "her"]) and after in (",", ".", "--", ";", '"', "who") \
                        or (gap in ([","], [",", "the"], [",", "a"]) and b.end < len(tokens) and tokens[b.end].norm not in ("and",)
                            and not b.code == "" and a.code == "" and (b.person or len(b.code) > 3)):
                    # (a name, then a person or a body: "Robert Wood, the US deputy ambassador to the UN"; not a
                    # name, then a state that opens the next clause: "According to Dube, Kenya has interfered")
                    merged = self._merge(a, b, ctx, tokens, learn)
                    if merged is not None:
                        out.append(merged)
                        i += 2
                        continue
            if a.code or a.why.startswith(("pron:", "pair -> ?")):     # (pairs resolved in the sentence later)
                out.append(a)
            i += 1
        return out

    def _merge(self, a: ActorMention, b: ActorMention, ctx, tokens, learn) -> ActorMention | None:
        text = a.text + ", " + b.text
        if not a.code and b.code:          # name, role phrase
            if learn and ctx is not None and not b.code.startswith("---"):
                ctx.remember(tuple(t.norm for t in tokens[a.start:a.end]), b.code, b.country)
            return ActorMention(a.start, b.end, text, b.code, b.country, f"appositive: {b.why}", True)
        if a.code and not b.code:          # role phrase, name
            if learn and ctx is not None and not a.code.startswith("---"):
                ctx.remember(tuple(t.norm for t in tokens[b.start:b.end]), a.code, a.country)
            return ActorMention(a.start, b.end, text, a.code, a.country, f"{a.why}; appositive name", True)
        if a.code and b.code and a.country and a.country == b.country and (a.person or b.person):
            best = a if len(a.code) >= len(b.code) else b
            return ActorMention(a.start, b.end, text, best.code, a.country, f"{a.why}; appositive {b.why}", True)
        if a.code and b.code and a.code.startswith("---") and b.country:
            return ActorMention(a.start, b.end, text, b.country and (b.code[:3] + a.code[3:]), b.country,
                                f"{a.why}; appositive {b.why}", True)
        return None

    @staticmethod
    def _in_relative(tokens: list[Token], m: ActorMention) -> bool:
        """Whether m stands inside a relative aside opened by ", which/who/whose" with no comma since."""
        for k in range(m.start - 1, 0, -1):
            n = tokens[k].norm
            if n == ",":
                return False
            if n in ("which", "who", "whose") and tokens[k - 1].norm == ",":
                return True
        return False

    def _named_rest(self, gap: list[Token]) -> bool:
        """Whether the words between a demonym's mention and the next one are the rest of a named person's
        phrase and a list's joint: a noun or two, a name, then commas, "and" and determiners ("economist Sean
        Turnell, former")."""
        cut = next((k for k, t in enumerate(gap) if t.norm in (",", "and")), None)
        if not cut:
            return False
        head, tail = gap[:cut], gap[cut:]
        lower = 0
        while lower < len(head) and head[lower].text.isalpha() and head[lower].text.islower():
            lower += 1
        name = head[lower:]
        return 0 < lower <= 2 and bool(name) and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                                                      for t in name) \
            and all(t.norm in (",", "and") or t.norm in self.determiners for t in tail)

    def _groups(self, tokens: list[Token], ms: list[ActorMention]) -> list[ActorMention]:
        """Give mentions joined by "and" / commas / "as well as" the same group id."""
        gids: list[int] = []
        gid = -1
        for k, m in enumerate(ms):
            if k:
                prev = ms[k - 1]
                gap = [t.norm for t in tokens[prev.end:m.start]]
                leaning = {i + d for i in range(len(gap) - 2) if gap[i] in self.lex.grammar["stance"]
                           and gap[i + 1] == "-" for d in range(3)}   # ("and pro-Russian separatists")
                content = [g for i, g in enumerate(gap) if g not in (",", "and", "&", "as", "well", "or")
                           and g not in self.determiners and not g.isdigit() and g not in self.lex.grammar["numeral"]
                           and i not in leaning]
                # ("Two Taliban leaders and four ... officials")
                if content and gap[0] in ("and", "or") and all(g in self.lex.grammar["list_adjective"] for g in content):
                    content = []    # "Sudan's ruling generals and the main opposition coalition"
                if content and prev.why.startswith("demonym") and self._named_rest(tokens[prev.end:m.start]):
                    content = []    # "freed Australian economist Sean Turnell, former British ambassador Vicky
                    #                 Bowman and Japanese filmmaker Toru Kubota": the rest of each one's name
                listed = False
                if gap == [","]:
                    for j in range(k + 1, len(ms)):
                        between = [t.norm for t in tokens[ms[j - 1].end:ms[j].start]]
                        if ms[j].anaphor or not between or not all(b in (",", "and", "or") for b in between):
                            break
                        if "and" in between or "or" in between:
                            listed = True
                            break
                # ("which has asked Australia, New Zealand, Malaysia and Portugal": a list goes on inside the aside)
                if "," in gap and self._in_relative(tokens, prev) and not listed:
                    # "Iran, which has supported Russia in its invasion of Ukraine, and Saudi Arabia": the comma
                    # closes the aside; the list is Iran's
                    ante = next((j for j in range(k - 1, -1, -1) if ms[j].end < prev.start
                                 and [t.norm for t in tokens[ms[j].end:ms[j].end + 2]] in ([",", "which"], [",", "who"],
                                                                                           [",", "whose"])), None)
                    if ante is not None and gap[-1] == "and" and all(g in (",", "and") for g in gap) and not m.anaphor:
                        gids.append(gids[ante])
                        continue
                    content = [","]
                joining = self.lex.grammar["joining"]
                if content and not m.anaphor and all(g in joining for g in content) and (
                        "including" in content or "along" in content or "together" in content):
                    gids.append(gids[-1])   # "Saudi Arabia and allies including the UAE", "Russia, along with China"
                    continue
                if (gap and not content and any(g in (",", "and", "&", "or") for g in gap) and not m.anaphor) or (
                        not gap and m.start == prev.start):   # a list, or the two halves of a pair phrase
                    gids.append(gids[-1])
                    continue
            gid += 1
            gids.append(gid)
        # commas alone make an appositive or an aside, not a list: a group needs "and"/"or" somewhere
        groups: dict[int, list[int]] = {}
        for k, g in enumerate(gids):
            groups.setdefault(g, []).append(k)
        order: list[int] = []
        next_id = gid + 1
        for members in groups.values():
            first, last = ms[members[0]], ms[members[-1]]
            joined = any(t.norm in ("and", "or", "&", "including", "along", "together") for t in tokens[first.end:last.start])
            if len(members) > 1 and not joined and first.start != last.start:
                for k in members[1:]:
                    gids[k] = next_id
                    next_id += 1
            order.extend(members)
        order.sort(key=lambda k: (ms[k].start, ms[k].end))
        return [evolve(ms[k], group=gids[k]) for k in order]
