"""The coder: an article in, its dyadic CAMEO events out (as rows of the event schema).

Stages, each in its own module: articles (reading, cleaning) -> sentences -> text (tokens) ->
actors (mentions) -> patterns (event phrases) -> dyads (source/target, modality) -> dates -> rows.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import __version__, codebook
from .actors import ARMED, ActorFinder, Context
from .dates import WEEKDAYS, ResolvedDate, ahead, bounding, cue_words, event_date, find_dates, in_relative, resolve
from .dyads import NO_BACKDROP, Backdrop, DyadFinder, site_of
from .lexicon import Lexicon, default_lexicon
from .patterns import EventDictionary, load_rules, participles
from .resources import dictionary_version
from .schema import column_names
from .tables import annotate
from .records import ActorMention, Article, CodedEvent, EventMention, evolve
from .sentences import bounded, split_sentences
from .text import Token, normalize, tokenize

FOCUS_SENTENCES = 4     # an article this long or longer is about the countries it names most (Backdrop.focus)
FOCUS_MENTIONS = 4      # ... each named this often


# sectors whose members are usually of the country where they are (police, protesters, civilians...);
# companies, media and NGOs named "in X" are often foreign to X
# state institutions: a lone one in a story datelined in a capital is of that capital's state
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_LOCAL_SECTORS = {"COP", "CVL", "OPP", "REB", "INS", "SEP", "LAB", "EDU", "HLH", "REF", "JUD", "LEG", "GOV", "MIL",
                  "AGR", "CRM", "UAF"}


@dataclass
class Sentence:
    index: int
    text: str
    tokens: list[Token]
    events: list[EventMention]
    stop: set[int]
    hits: list[tuple[int, int, int]]
    paragraph: int = 0
    dates: list = field(default_factory=list)     # its temporal expressions (find_dates)
    marked: list[str] | None = None     # its norms with reporting words that report nothing marked (Coder.marked)


def paragraph_sentences(article: Article) -> list[tuple[int, int, str]]:
    """(sentence index, paragraph index, sentence) for an article's text."""
    out = []
    for p, para in enumerate(x for x in article.text.split("\n") if x.strip()):
        out.extend((p, s) for _, s in bounded(split_sentences(para)))
    return [(i, p, s) for i, (p, s) in enumerate(out)]


def sentences_of(article: Article) -> list[tuple[int, str]]:
    return [(i, s) for i, _, s in paragraph_sentences(article)]


_DAYS = frozenset(WEEKDAYS) | {"today", "yesterday"}


class Coder:
    """Builds the dictionaries once; codes any number of articles."""

    def __init__(self, actor_files: Iterable[str | Path] = ()):
        files = tuple(Path(f) for f in actor_files)
        if files:
            self.lex = Lexicon(files)
        else:
            self.lex = default_lexicon()
        self.rules: EventDictionary = load_rules()
        self.actors = ActorFinder(self.lex)
        self.dyads = DyadFinder(self.lex)
        self.reporting = self.lex.grammar["reporting"]
        self._sport_firsts = frozenset(p[0] for p in self.lex.grammar["sport"])
        # capitals by their matching forms, for datelines (a capital named by two countries is left out)
        caps: dict[tuple[str, ...], set[str]] = {}
        for e in self.lex.entries:
            if e.kind == "capital" and e.country:
                caps.setdefault(tuple(t.norm for t in tokenize(" ".join(e.orig))), set()).add(e.country)
        self._capitals = {k: v.pop() for k, v in caps.items() if len(v) == 1}
        self.dictionary_version = dictionary_version(files)
        self._blank_row = dict.fromkeys(column_names())     # every column, in order, None
        self._by_code: dict[str, dict] = {}

    @staticmethod
    def versions(actor_files: Iterable[str | Path] = ()) -> str:
        """The dictionary version a Coder with these user dictionaries would stamp, without building it."""
        return dictionary_version(tuple(actor_files))

    # -- one sentence ------------------------------------------------------------------------
    def _prepare(self, index: int, text: str, paragraph: int = 0, words: tuple[str, ...] | None = None) -> Sentence:
        """A sentence read: tokens, event phrases, actor dictionary hits, dates. `words`: the date rules' cue
        words of the article's text (dates.cue_words), when known."""
        tokens = tokenize(text)
        norms = [t.norm for t in tokens]
        hits = self.actors.hits(tokens, norms)
        # the words of names a phrase's gap may span: names of things ("signed two Defense Technology and Trade
        # Initiative (DTTI) agreements"), of its object ("pressed Egyptian President Abdel Fattah al-Sisi to") and
        # of those a later gap passes ("ordered aid agencies, including Oxfam and MSF, to leave")
        names = frozenset(i for i, t in enumerate(tokens) if i and (t.text[:1].isupper() or t.text in ("(", ")")))
        # and the words of amounts ("released 5 billion rupees in relief to"): they count as names do
        amount = self.lex.grammar["amount"]
        amounts = frozenset(i for i, n in enumerate(norms) if i and (n[:1].isdigit() and not (len(n) == 4 and n.isdigit())
                                                                 or n in amount))
        if amounts:
            names = names | amounts
        # hyphens inside a word ("long-suspended"), not dashes between words ("on Wednesday - condemned")
        joined = frozenset(i for i in range(1, len(tokens) - 1) if tokens[i].text == "-"
                           and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start)
        events = self.rules.find(norms, names, joined=joined)
        if events:
            inside = self.actors.name_tokens(tokens, hits)
            kept = [e for e in events if not inside.intersection(e.literal)]
            if len(kept) < len(events):
                # a phrase that took a word of a name ("summoned U.S. Ambassador Burns" for "summon ...
                # ambassador") may hide a shorter one: match again with the names' words masked
                masked = [n if i not in inside else "\x00" for i, n in enumerate(norms)]
                kept = [e for e in self.rules.find(masked, names, joined=joined) if not inside.intersection(e.literal)]
            events = kept
        violence = self.dyads.violence
        if events and any(e.code.startswith(violence) for e in events) and self._sporting(norms):
            events = [e for e in events if not e.code.startswith(violence)]
        stop = {i for e in events for i in e.literal}
        stop |= {i for i, n in enumerate(norms) if n in self.reporting and tokens[i].text[:1].islower()}
        events = [EventMention(e.start, e.end, e.anchor, e.code, e.rule_id,
                               text[tokens[e.literal[0]].start:tokens[e.literal[-1]].end], e.flags, e.literal)
                  for e in events]
        return Sentence(index, text, tokens, events, stop, hits, paragraph, find_dates(text, words))

    def _sporting(self, norms: list[str]) -> bool:
        """Whether a sentence tells of a game: a term of sport (grammar class `sport`: "World Cup",
        "semi-final", "on penalties") and no harm done (class `harm`). Its beating, crushing and battling
        past a side are no violence ("Morocco battled past Portugal 1-0 to reach a World Cup semi-final")."""
        g = self.lex.grammar
        if any(n in g["harm"] for n in norms):
            return False
        firsts = self._sport_firsts
        return any(norms[i:i + len(p)] == list(p) for i, n in enumerate(norms) if n in firsts
                   for p in g["sport"] if p[0] == n)

    def code_sentence_events(self, sent: Sentence, mentions: list[ActorMention], article_id: str,
                             pub: dt.date | None, lead: ResolvedDate | None = None,
                             dates: list | None = None, backdrop: Backdrop = NO_BACKDROP,
                             recent: ResolvedDate | None = None) -> list[CodedEvent]:
        """The sentence's dyadic events; `dates` (its find_dates) are the sentence's unless passed;
        `backdrop` is what the article reported before (see `code_article`); `recent` the day the article
        last put an event on ("later that day" counts from it)."""
        out: list[CodedEvent] = []
        if not sent.events or not mentions:
            return out
        dates = sent.dates if dates is None else dates
        main = self._main_subject(sent, mentions)
        norms = self.marked(sent)
        seen: set[tuple[str, str, str]] = set()
        for ev in sent.events:
            found = self.dyads.find(sent.tokens, ev, mentions, main, sent.events, norms, backdrop)
            accusations, stands = self.dyads.claims(sent.tokens, ev, mentions, found, norms)
            for d in (found if stands else []) + accusations:
                key = (d.source.code, d.target.code, d.code)
                if key in seen:
                    continue
                seen.add(key)
                rd = event_date(sent.text, pub, near=sent.tokens[ev.anchor].start, future=d.future, mentions=dates,
                                default=lead, intent="+intent" in d.rule_id, before=recent)
                flags: tuple[str, ...] = ()
                if rd.date and pub and rd.date > pub and rd.precision == "day" and not d.future \
                        and not d.rule_id.endswith("+intent") and "+intent+" not in d.rule_id:
                    rd, flags = ResolvedDate(pub, "day", None), ("date_after_publication",)
                out.append(CodedEvent(article_id, sent.index, d.source, d.target, d.code, d.rule_id, ev.text,
                                      sent.text, rd.date, rd.precision, rd.text, flags=flags))
        return out

    def marked(self, sent: Sentence) -> list[str]:
        """The sentence's norms as the dyad rules read them (DyadFinder.norms), built once per sentence."""
        if sent.marked is None:
            sent.marked = self.dyads.norms(sent.tokens)
        return sent.marked

    def localize(self, sent: Sentence, mentions: list[ActorMention], home: str | None = None,
                 armed: ActorMention | None = None, regions: frozenset[str] = frozenset()) -> list[ActorMention]:
        """Actors named only by their role ("police", "rioters", "civilians", "ministers") get a country from
        the sentence: the actor they are "from"/"of" ("ministers from the Georgian government"), else the
        actor they are named with by "and" ("the Sudanese minister and the delegation escorting him"), else the
        country where the sentence places them ("in Chile's capital"), else the one country every other
        actor of the sentence belongs to ("Myanmar security forces opened fire on protesters"), unless those
        are envoys (who are abroad: "the vice minister protested to the Chinese ambassador"). A single
        state institution ("the foreign ministry", "ministry spokesman Lin Jian") is else of the country of
        the dateline's capital (`home`: "BEIJING (AFP) -"); plural or qualified roles are not ("Western
        governments"), nor police or troops, who act where the story happens ("Police fired tear gas" in a
        NAIROBI story about Kinshasa). Otherwise they stay without a country (and out of dyadic events).
        A transnational armed group (IMG: "Islamic State", "al-Qaeda") keeps its code and takes the country
        where the sentence places it, or its one country, as its country ("an Islamic State target southwest
        of Baghdad" -> IRQ)."""
        if not any(m.code.startswith("---") or (m.code.startswith("IMG") and not m.country) for m in mentions):
            return mentions
        g = self.lex.grammar
        toks = sent.tokens
        place, place_at = None, -1
        norms = [t.norm for t in toks]
        for m in mentions:
            k = m.start - 1
            while k >= 0 and (toks[k].norm in g["determiner"] or toks[k].norm in g["place_adjective"]):
                k -= 1      # ("in central Mali")
            if (m.country and m.code[3:] in ("", "GOV") and k >= 0
                    and (toks[k].norm in ("in", "inside", "across", "throughout", "through")
                         or (toks[k].norm == "of" and self.dyads.of_place(norms, k)))
                    and not (k > 0 and toks[k - 1].norm in g["venue"])):
                # (not where the parties met: "signed a ceasefire at talks in the Belarusian capital, Minsk")
                place, place_at = m.country, m.start       # ("a target southwest of Baghdad")
                break
        from_site = False
        if place is None:
            # "Protesters rallied outside the Russian embassy in Kyiv": a mission's city is where those named
            # before it are (not those after: "A car bomber struck the Indian embassy in Kabul, killing 40 people")
            site = next(((site_of(m), m.start) for m in mentions if site_of(m)), None)
            if site is not None:
                (place, place_at), from_site = site, True
        opening = place is not None and all(        # the place opens the sentence: "In central Mali, ..."
            n in g["locative"] or n in g["determiner"] or n in g["place_adjective"] or n in g["place_noun"]
            or n in g["compass"] or n in ("of", "on") for n in norms[:place_at])
        # a news outlet a person speaks to or works for is no party of the sentence ("a critic of the crown
        # prince who wrote for the Washington Post", "the minister told the BBC")
        countries = {m.country for m in mentions if m.country and not self._outlet(toks, m)}
        only = next(iter(countries)) if len(countries) == 1 else None
        if only and all(any(t.norm in g["envoy"] for t in toks[m.start:m.end]) for m in mentions if m.country):
            only = None     # "Vice Foreign Minister Mori protested to the Chinese ambassador": envoys are foreign
        if not countries and len(regions) == 1:
            only = next(iter(regions))  # no state named, but a region of one ("Security forces killed 29 Maoist
            #                             rebels in the forests of Chhattisgarh's Kanker district")
        by_state = only is not None and all(m.code[3:6] in ("", "GOV") for m in mentions if m.country == only)
        marked = self.marked(sent)     # reporting words that report nothing marked ("the state of emergency")
        out = []
        for i, m in enumerate(mentions):
            if m.code.startswith("IMG") and not m.country:
                country = place or only
                out.append(evolve(m, country=country, why=f"{m.why}; country from the sentence") if country else m)
                continue
            if not (m.code.startswith("---") and m.code[3:6] in _LOCAL_SECTORS):
                out.append(m)
                continue
            if m.start > 0 and toks[m.start - 1].norm in g["multinational"]:
                out.append(m)   # "regional leaders", "world powers", "Western diplomats": of no one country
                continue
            if toks[m.start].norm in g["unknown"] or (m.start > 0 and toks[m.start - 1].norm in g["unknown"]):
                # "an unknown person threw a Molotov cocktail onto the grounds of the Russian embassy": of no
                # country the text knows, but the place where they acted ("Unidentified gunmen attacked two
                # villages in central Mali")
                out.append(evolve(m, code=self.lex.country_codes.get(place, place) + m.code[3:], country=place,
                                  why=f"{m.why}; country from the place named") if place and not from_site else m)
                continue
            country, why = None, ""
            if armed is not None and m.code[3:6] in ARMED and not m.person and m.start > 0 \
                    and toks[m.start - 1].norm in ("the", "these", "those"):
                # "The Taliban kidnapped 23 South Koreans ... negotiations between the insurgents and South Korean
                # negotiators": the armed group the article named before, not the party facing it
                country, why = armed.country, "the armed group named before"
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if country is None and nxt is not None and nxt.country and m.end < len(toks) and toks[m.end].norm in ("from", "of"):
                k = m.end + 1
                while k < nxt.start and toks[k].norm in g["determiner"]:
                    k += 1
                if k == nxt.start:
                    country, why = nxt.country, "the actor they are from"
            if country is None and (not m.person or m.code[3:6] not in ("GOV", "JUD", "LEG", "ELI", "MIL")):
                # "the Sudanese interior minister and the delegation escorting him": of the state of the actor
                # it is named together with by "and" (not a person: "the crown prince and Erdogan"; not across
                # a comma, which may join clauses: "to Nigeria, and the University of Aberdeen returned")
                partner = next((x for x in mentions if x.group == m.group and x is not m and x.country
                                and not x.anaphor and not x.code.startswith(("IGO", "NGO", "IMG"))
                                and "," not in norms[min(x.end, m.end):max(x.start, m.start)]), None)
                if partner is None and m.start >= 3 and toks[m.start - 1].norm == "by" \
                        and toks[m.start - 2].norm in g["support"]:
                    # "Kenyan troops backed by helicopter gunships": the support of a force is its own state's
                    partner = next((x for x in mentions if x.end == m.start - 2 and x.country
                                    and not x.code.startswith(("IGO", "NGO", "IMG"))), None)
                if partner is not None:
                    country, why = partner.country, "the actor named with it"
            if country is None and home and m.code[3:6] == "GOV" and m.start > 0 and toks[m.start - 1].norm == "the" \
                    and toks[m.end - 1].norm in g["home_body"]:
                # "the ministry called on the international community to protect civilians in Palestine": under
                # an ANKARA dateline, the Turkish ministry, whatever place its words name
                country, why = home, "the dateline's capital"
            if country is None and place and not (from_site and m.start > place_at) \
                    and not (m.code[3:6] == "MIL" and not 0 < place_at - m.end <= 3) \
                    and not ("," in norms[min(place_at, m.end):max(place_at, m.start)] and not opening
                             and not self._participle_after(norms, place_at, m.start)) \
                    and not (m.end <= place_at and any(marked[k] in self.reporting and toks[k].text.islower()
                                                       for k in range(m.end, place_at))):
                # (across a comma only from a place opening the sentence, "In Karachi, police ...", or into a
                # participle clause after it, "..., killing eight people": not "Speaking in Sochi ..., Putin
                # described the incident as a stab in the back by the accomplices of terrorists", nor "blew up
                # the office in its border town of Kaesong, the ministry said"), nor a speaker's place from what
                # it says ("A foreign ministry spokesperson said Pakistani strikes had hit hideouts in Iran")
                # (armed forces are where the sentence puts them, "the army in Gaza", not where they strike:
                # "The army said it was striking Hamas targets in Gaza")
                country, why = place, "the place named"
            if country is None and only and (m.code[3:6] not in ("GOV", "JUD", "LEG") or m.text.lower().endswith("s")
                                             or not by_state):
                # groups take it ("opened fire on protesters"); a lone office named beside a state or its
                # government does not ("Trump's sanctions on the court"), beside others it does ("judges
                # opened an inquiry into the president")
                country, why = only, "the sentence's one country"
            if country is None and home and m.code[3:6] in ("GOV", "LEG", "JUD") and not m.text.lower().endswith("s"):
                country, why = home, "the dateline's capital"
            if country is None and m.code[3:6] == "GOV" and not m.text.lower().endswith("s"):
                country = self._reported_state(norms, mentions, m)
                why = "the state whose deed it reports"
            if country is None:
                out.append(m)
                continue
            cameo = self.lex.country_codes.get(country, country)
            out.append(evolve(m, code=cameo + m.code[3:], country=country, why=f"{m.why}; country from {why}"))
        return out

    def _outlet(self, toks: list[Token], m: ActorMention) -> bool:
        """Whether a named news organization is spoken to or worked for: after a word of grammar class
        `addressed` ("told the BBC", "wrote for the Washington Post", "in an interview with CNN")."""
        if m.code[3:6] != "MED" or not m.why.startswith("organization"):
            return False
        k = m.start - 1
        while k >= 0 and toks[k].norm in self.lex.grammar["determiner"]:
            k -= 1
        return k >= 0 and toks[k].norm in self.lex.grammar["addressed"]

    def _reported_state(self, norms: list[str], mentions: list[ActorMention], m: ActorMention) -> str | None:
        """The state a government speaker of no known country speaks for: the subject of the clause it
        reports, when that is a state ("China will impose sanctions on US companies, foreign ministry
        spokesperson Geng Shuang said" -> CHN; "A ministry spokesman said Japan would ...")."""
        if m.end >= len(norms) or norms[m.end] not in self.reporting:
            return None
        if m.start >= 2 and norms[m.start - 1] == ",":
            first = mentions[0]     # the reported clause comes first: its subject opens the sentence
            if first is m or first.end > m.start:
                return None
        else:
            k = m.end + 1
            while k < len(norms) and (norms[k] in ("that", "on", "in", ",") or norms[k] in _DAYS):
                k += 1
            first = next((x for x in mentions if x.start == k or (x.start == k + 1 and norms[k] == "the")), None)
            if first is None:
                return None
        if first.country and first.code[3:] in ("", "GOV") and not first.anaphor \
                and not any(norms[j] in self.lex.grammar["envoy"] for j in range(first.start, first.end)):
            return first.country
        return None

    @staticmethod
    def _participle_after(norms: list[str], place_at: int, k: int) -> bool:
        """Token k follows the place in a participle clause after its last comma: "struck hideouts in
        Afghanistan's Khost province early on Monday, killing eight people"."""
        commas = [j for j in range(place_at, k) if norms[j] == ","]
        return bool(commas) and norms[commas[-1] + 1].endswith("ing")

    def capital_country(self, dateline: str | None) -> str | None:
        """The country whose capital the dateline names ("BEIJING" -> CHN), else None."""
        if not dateline:
            return None
        return self._capitals.get(tuple(t.norm for t in tokenize(dateline)))

    def quoted(self, sent: Sentence, mentions: list[ActorMention], owner: ActorMention | None = None
               ) -> list[ActorMention]:
        """A quotation followed by its speaker ('"We urge the US to ...," he said'): "we" and "I" inside it
        are the speaker."""
        toks = sent.tokens
        if not toks or toks[0].text != '"' or not mentions:
            return mentions
        close = next((k for k in range(1, len(toks)) if toks[k].text == '"'), None)
        if close is None:
            return mentions
        speaker = self._quote_speaker(toks, close, mentions, owner)
        return self._speaking(toks, 1, close, mentions, speaker) if speaker is not None else mentions

    def _quote_speaker(self, toks: list[Token], close: int, mentions: list[ActorMention],
                       owner: ActorMention | None = None) -> ActorMention | None:
        """The speaker named right after a quotation closing at token `close` ('"...," he said', '"...," the
        ministry said', '"...," said Lin Jian'), if it is an actor."""
        if close + 2 >= len(toks):
            return None
        k = close + 1 + (toks[close + 1].text == ",")
        rep = self.reporting
        speaker = None
        after = [m for m in mentions if m.start >= k]
        if after and (after[0].start == k or (after[0].start == k + 1 and toks[k].norm in ("the", "a", "an", "our")
                                              )) and after[0].end < len(toks) and toks[after[0].end].norm in rep:
            speaker = after[0]                        # '"...," he said' / '"...," the ministry said'
        elif k < len(toks) and toks[k].norm in rep and after and after[0].start <= k + 2:
            speaker = after[0]                        # '"...," said Lin Jian'
        if (speaker is None or not speaker.code) and owner is not None and not after:
            # '"We call on Armenia to ...," said the statement': a statement of no one named is the one the
            # story's lead reports (its first state actor: "The Ministry of Foreign Affairs of Azerbaijan
            # strongly condemned ...")
            words = [t.norm for t in toks[k:k + 4]]
            doc = self.lex.grammar["document"]
            if (words[:1] and words[0] in rep and any(w in doc for w in words[1:3])) or (
                    any(w in doc for w in words[:2]) and any(w in rep for w in words[1:3])):
                return owner
        return speaker if speaker is not None and speaker.code else None

    @staticmethod
    def _speaking(toks: list[Token], lo: int, hi: int, mentions: list[ActorMention],
                  speaker: ActorMention) -> list[ActorMention]:
        """The mentions with "we" and "I" among tokens lo..hi (a quotation) made the speaker."""
        mentions = [m for m in mentions if not (m.anaphor and lo <= m.start < hi and m.text.lower() in ("we", "i"))]
        # (a "we" read before as a pronoun of the last party is the speaker's)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        group = max((m.group for m in mentions), default=0) + 1
        extra = [ActorMention(i, i + 1, toks[i].text, speaker.code, speaker.country,
                              f"'{toks[i].text}' in a quotation by {speaker.text}", speaker.person, group + n, True)
                 for n, i in enumerate(i for i in range(lo, hi) if toks[i].norm in ("we", "i") and i not in taken)]
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    def continued_quotes(self, sents: list[Sentence], out: list[list[ActorMention]],
                         owner: ActorMention | None = None) -> list[list[ActorMention]]:
        """A quotation over several sentences of a paragraph whose speaker is named after it closes ('"We
        condemn ... . We call on Armenia to ...," the minister said'): "we" and "I" in each of them are the
        speaker."""
        out = list(out)
        for j, s in enumerate(sents):
            toks = s.tokens
            if not toks or toks[0].text == '"':
                continue
            close = next((k for k in range(len(toks)) if toks[k].text == '"'), None)
            if close is None:
                continue
            i = j - 1
            while i >= 0 and sents[i].paragraph == s.paragraph and not any(t.text == '"' for t in sents[i].tokens):
                i -= 1
            if i < 0 or sents[i].paragraph != s.paragraph or sents[i].tokens[0].text != '"' \
                    or sum(t.text == '"' for t in sents[i].tokens) != 1:
                continue
            speaker = self._quote_speaker(toks, close, out[j], owner)
            if speaker is None:
                continue
            out[j] = self._speaking(toks, 0, close, out[j], speaker)
            for k in range(i, j):
                out[k] = self._speaking(sents[k].tokens, 0, len(sents[k].tokens), out[k], speaker)
        return out

    def _main_subject(self, sent: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
        if not mentions:
            return []
        first = mentions[0]
        return [m for m in mentions if m.group == first.group]

    # -- one article -------------------------------------------------------------------------
    def read(self, article: Article, events_only: bool = False, home: str | None = ...
             ) -> tuple[list[Sentence], list[list[ActorMention]], list[str]]:
        """The article's sentences, the actors found in each, and the countries it mentions.

        A dateline's capital places roles of no country only in a story whose dictionary names that
        capital's state somewhere ("LONDON (IPS) - ... the junta" in a story about Burundi is not British).
        One reading in order learns the names introduced with a role; a sentence with a name it could not
        place yet is read again once the whole article is known ("Lipov and Zarepour discussed..." before
        "Roskomnadzor's Lipov"), with the pronoun antecedents it had then. With `events_only`, only the
        sentences with an event phrase are read again (the others' actors make no event)."""
        pub = article.published
        words = cue_words(article.text)
        sents = [self._prepare(i, s, p, words) for i, p, s in paragraph_sentences(article)]
        home = self.capital_country(article.dateline) if home is ... else home
        ctx = Context(home=home)
        first: list[tuple[list[ActorMention], tuple | None]] = []
        lead, lead_read = None, False   # the lead's first state actor: the owner of a statement no one is named for
        for s in sents:
            state = (ctx.last_person, ctx.last_actor, ctx.last_pair, list(ctx.article_countries),
                     dict(ctx.heads), dict(ctx.refs), ctx.thing_subject, ctx.last_person_pair, ctx.last_state_pair,
                     ctx.armed, dict(ctx.named), ctx.ticks)
            found = self.actors.find(s.tokens, pub, ctx, stop=s.stop, learn=True, hits=s.hits)
            placed = self.localize(s, found, home, ctx.armed, self.actors.regions_seen)
            ctx.placed(found, placed, s.tokens, self.actors.titles)
            mentions = self.quoted(s, placed, lead)
            if not lead_read and s.index > 0 and placed:
                # the first sentence after the headline that names actors; not a dateline's "BAKU, Azerbaijan,"
                lead_read = True
                lead = next((m for m in mentions if m.country and not m.anaphor and m.code[3:] in ("", "GOV")
                             and not (m.why.startswith("capital") and m.start == 0)), None)
            first.append((mentions, state if self.actors.unresolved else None))
            ctx.see(mentions, s.tokens)
        if home is not None and not any(m.country == home and ".tsv" in m.why and "no country" not in m.why
                                        and "dateline's capital" not in m.why and not m.anaphor
                                        for ms, _ in first for m in ms):
            # a story from a capital about other states ("LONDON - ... the junta"): the dateline's state is
            # no party of it unless the story names it
            return self.read(article, events_only, home=None)
        out: list[list[ActorMention]] = []
        for s, (mentions, state) in zip(sents, first):
            if state is not None and (s.events or not events_only):
                again = Context(names=ctx.names, home=home, last_person=state[0], last_actor=state[1], last_pair=state[2],
                                article_countries=state[3], heads=state[4], refs=state[5], thing_subject=state[6],
                                last_person_pair=state[7], last_state_pair=state[8], armed=state[9],
                                named=state[10], ticks=state[11])
                found = self.actors.find(s.tokens, pub, again, stop=s.stop, learn=False, hits=s.hits)
                mentions = self.quoted(s, self.localize(s, found, home, state[9], self.actors.regions_seen), lead)
            out.append(mentions)
        return sents, self.continued_quotes(sents, out, lead), list(ctx.article_countries)

    @staticmethod
    def lead_date(article: Article, sents: list[Sentence]) -> ResolvedDate | None:
        """The day the story's lead puts its news on ("... agreed on Tuesday"), when it is within the week
        before publication: sentences with no date of their own report that day's events. The headline
        (present tense by convention) is skipped, not a first line that ends in "." (the lead itself);
        the three first sentences are looked at."""
        pub = article.published
        if pub is None:
            return None
        headline = article.title and not article.title.rstrip().endswith(".")   # a first line ending in "." is the lead
        body = [s for s in sents if not (headline and s.index == 0
                                         and s.text.rstrip(".") == article.title.rstrip("."))]
        for s in body[:3]:
            for m in s.dates:
                if bounding(s.text, m) or ahead(s.text, m.start):
                    continue        # "will hold talks in Malaysia on Monday": a day still to come
                r = resolve(m, pub)
                if r and r.date and r.precision == "day":
                    if pub - dt.timedelta(days=7) <= r.date < pub:
                        return ResolvedDate(r.date, "day", f"{r.text} (the lead's date)")
                    if m.kind in ("weekday", "rel"):
                        return None     # the lead's news is of the day of publication, or of no recent day
                    # a written-out date may be a dateline or a time stamp ("Updated: Oct 15, 2024"): read on
        return None

    @staticmethod
    def own_day(s: Sentence, pub: dt.date | None) -> ResolvedDate | None:
        """The last day a sentence names for its news, in words of its own ("Islamabad's reaction on Wednesday
        was the sharpest in memory"), if any."""
        for m in reversed(s.dates):
            if m.kind != "again" and not bounding(s.text, m) and not ahead(s.text, m.start) \
                    and not in_relative(s.text, m.start):
                r = resolve(m, pub)
                if r is not None and r.date is not None and r.precision == "day":
                    return r
        return None

    @staticmethod
    def perfect(s: Sentence) -> bool:
        """Whether a sentence's first event is told in the present perfect ("Israel's campaign has killed
        more than 46,700 Palestinians", "Morocco has accepted offers of help"): news that runs up to the
        present, not the story of the sentence before's past date."""
        if not s.events:
            return False
        toks, first = s.tokens, min(ev.anchor for ev in s.events)
        parts = participles()
        for i in range(min(first + 1, len(toks) - 1)):
            if toks[i].norm in ("has", "have"):
                k = i + 1
                if k < len(toks) - 1 and (toks[k].norm.endswith("ly") or toks[k].norm in ("also", "already", "now")):
                    k += 1
                n = toks[k].norm
                if n == "been" or n.endswith("ed") or n in parts:
                    return True
        return False

    @staticmethod
    def background_date(text: str, ms: list, pub: dt.date | None) -> ResolvedDate | None:
        """A sentence's own date that puts it in the past: a written-out one more than a week before
        publication ("in September 2023", "on 9 November 2020"), else a past day ("on Wednesday", "on July
        17"): the next sentences of the paragraph that give no date of their own continue that story ("India
        dismissed the allegations...", "Islamabad's reaction on Wednesday was the sharpest in memory. The
        Foreign Office announced ..."). A sentence with no such date ends the background (returned as an
        empty ResolvedDate), and so does one whose date dates no event ("the first since the inaugural
        session in April 2022"). `ms`: the sentence's find_dates."""
        if not ms or pub is None:
            return None
        for m in ms:
            if m.kind in ("my", "mdy", "dmy", "iso") and not bounding(text, m) and not in_relative(text, m.start):
                r = resolve(m, pub)
                if r and r.date and r.date < pub - dt.timedelta(days=7):
                    return ResolvedDate(r.date, r.precision, f"{r.text} (from the sentence before)")
        for m in ms:
            if m.kind in ("weekday", "md", "md_bare") and not bounding(text, m) and not ahead(text, m.start) \
                    and not in_relative(text, m.start):
                r = resolve(m, pub)
                if r and r.date and r.date < pub:
                    return ResolvedDate(r.date, r.precision, f"{r.text} (from the sentence before)")
        return ResolvedDate(None, "none", None)

    def story_country(self, events: list[CodedEvent]) -> str | None:
        """The country the article's aid goes to: the receiver its aid events name most often (the first
        named of those tied)."""
        counts: dict[str, int] = {}
        for e in events:
            if e.code.startswith(self.dyads.to_story) and e.target.country and "+story" not in e.rule_id:
                counts[e.target.country] = counts.get(e.target.country, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _doer(self, sent: Sentence, mentions: list[ActorMention], found: list[CodedEvent]) -> str | None:
        """The country that did the last conflictual deed (code class `deed`) of a sentence: an event's
        source, else, for a deed phrase with no other party ("North Korea fired an ICBM into the sea"), the
        sentence's first actor of a known country."""
        deeds = [e for e in found if e.code.startswith(self.dyads.deeds) and "+reaction" not in e.rule_id]
        if deeds:
            return deeds[-1].source.country
        if any(ev.code.startswith(self.dyads.deeds) and "verb" in ev.flags for ev in sent.events):
            toks = sent.tokens
            first = next((m for m in mentions if m.code and m.country and not m.code.startswith("---")), None)
            at = min(ev.anchor for ev in sent.events)
            if first is not None and any(toks[k].norm in self.reporting and toks[k].text.islower()
                                         for k in range(first.end, min(at, first.end + 8))):
                return None     # "Lopez Obrador said authorities forcibly entered the building": the speaker did not
                #                 ("Pakistan's military spokesperson Lt. Gen. Ahmed Sharif Chaudhry said the attacks")
            if first is not None and first.start < min(ev.anchor for ev in sent.events):
                return first.country
        return None

    @staticmethod
    def focus_countries(mentions_of: list[list[ActorMention]]) -> tuple[str, ...]:
        """The countries an article is about: the two its actors name most, each at least FOCUS_MENTIONS
        times (the first named of those tied first); none in a text shorter than FOCUS_SENTENCES sentences."""
        if len(mentions_of) < FOCUS_SENTENCES:
            return ()
        counts: dict[str, int] = {}
        for ms in mentions_of:
            for m in ms:
                if m.country and not m.anaphor and not m.code.startswith(("IGO", "NGO")):
                    counts[m.country] = counts.get(m.country, 0) + 1
        ranked = sorted(counts, key=lambda c: -counts[c])      # stable: ties keep the order of first mention
        return tuple(c for c in ranked[:2] if counts[c] >= FOCUS_MENTIONS)

    @staticmethod
    def _sides(found: list[CodedEvent]) -> tuple[str, str] | None:
        """The two countries of a sentence's last mutual event ("Israel and Hamas agreed to a ceasefire"), not a
        meeting or a call (a mediator meets each side); a state's two sides at home are that state twice
        ("Sudan's warring sides have agreed on a ceasefire")."""
        for e in reversed(found):
            if any(m in e.rule_id for m in ("+mutual", "+sym", "+between")) and e.source.country \
                    and not e.code.startswith(("040", "041", "042", "043", "044")) \
                    and e.target.country and (e.source.country != e.target.country or "+domestic" in e.rule_id):
                return e.source.country, e.target.country
        return None

    def code_article(self, article: Article) -> list[CodedEvent]:
        """Every dyadic event of an article, one per sentence where it was found, with its location.
        A sentence may leave a party implied that the article named before (see dyads.Backdrop): aid with
        no receiver named goes to the receiver the article's other aid events name, words about a deed to
        its doer, mediation to the sides of the last mutual event."""
        sents, mentions_of, countries = self.read(article, events_only=True)
        lead = self.lead_date(article, sents)
        coded = []
        background, para = None, -1
        back = Backdrop(focus=self.focus_countries(mentions_of))
        recent = None       # the day the article last put an event on, in words of its own
        for s, mentions in zip(sents, mentions_of):
            if s.paragraph != para:
                background, para = None, s.paragraph
            dates = s.dates          # its background date and its events' dates
            own = self.background_date(s.text, dates, article.published)
            default = lead if background and self.perfect(s) else (background or lead)
            found = self.code_sentence_events(s, mentions, article.id, article.published, default, dates, back,
                                              recent)
            sides = self._sides(found)
            if sides and sides != back.sides and any(ev.code.startswith(self.dyads.to_sides) for ev in s.events):
                # "Saudi Arabia and the U.S. who have been brokering talks said Sudan's warring sides have
                # agreed on a ceasefire": mediation between the sides its own sentence names
                found = self.code_sentence_events(s, mentions, article.id, article.published, default, dates,
                                                  evolve(back, sides=sides), recent)
            coded.append((s, mentions, default, dates, found, back, recent))
            recent = next((ResolvedDate(e.date, e.precision, e.date_text) for e in reversed(found)
                           if e.date_text and not e.date_text.endswith(")")), None) or self.own_day(s, article.published) \
                or recent
            if own is not None:
                background = own if own.date else None
            doer = self._doer(s, mentions, found)
            mover = next((e.source.country for e in reversed(found) if e.source.country
                          and not e.code.startswith(self.dyads.words)), None)
            # (a move is an act, not words: "Biden condemned the move" after Russia's veto and Ukraine's protest)
            if doer or sides or mover:
                prior = back.doer if doer and back.doer and doer != back.doer else back.prior_doer
                back = evolve(back, doer=doer or back.doer, prior_doer=prior, sides=sides or back.sides,
                              mover=mover or back.mover)
        story = self.story_country([e for c in coded for e in c[4]])
        located = []
        for s, mentions, default, dates, found, before, recent in coded:
            if story and any(ev.code.startswith(self.dyads.to_story) for ev in s.events):
                found = self.code_sentence_events(s, mentions, article.id, article.published, default, dates,
                                                  evolve(before, aid_receiver=story), recent)
            if found:
                located.append((s, mentions, found))
        if not located:
            return []
        # where: the sentence's own place, else the dateline, else the article's one stated town
        from .places import default_gazetteer
        places = default_gazetteer().article_places([s.tokens for s in sents], countries, article.dateline)
        events: list[CodedEvent] = []
        for s, mentions, found in located:
            spans = [(s.tokens[m.start].start, s.tokens[m.end - 1].end) for m in mentions]
            loc = places.locate(s.index, spans)
            events.extend(evolve(e, location=loc.row()) for e in found)
        return events

    def explain(self, text: str, pub: dt.date | None = None) -> dict:
        """What the coder sees in a text: per sentence, actors, event phrases, dyads and dates. The text is
        normalized as an article's is when read (typographic quotes and dashes), so that it codes the same."""
        art = Article(id="explain", text=normalize(text), published=pub)
        sents, mentions_of, _ = self.read(art)
        out = []
        for s, mentions in zip(sents, mentions_of):
            evs = self.code_sentence_events(s, mentions, "explain", pub)
            out.append({"sentence": s.text,
                        "actors": [{"text": m.text, "code": m.code, "country": m.country, "why": m.why,
                                    "group": m.group} for m in mentions],
                        "phrases": [{"text": e.text, "code": e.code, "rule_id": e.rule_id,
                                     "flags": sorted(e.flags)} for e in s.events],
                        "events": [{"source": e.source.code, "target": e.target.code, "code": e.code,
                                    "rule_id": e.rule_id, "date": e.date.isoformat() if e.date else None,
                                    "precision": e.precision, "date_text": e.date_text} for e in evs]})
        return {"sentences": out}

    # -- rows --------------------------------------------------------------------------------
    def rows(self, article: Article) -> list[dict]:
        """The article's events as rows of the event schema, deduplicated within the article."""
        merged: dict[tuple, dict] = {}
        events = self.code_article(article)
        if article.title and events and events[0].sentence_index == 0 and events[0].sentence.rstrip(".") == article.title.rstrip("."):
            # a headline restates the story: its events count as mentions of the same events in the body
            body = {(e.source.code, e.target.code, e.code) for e in events if e.sentence_index > 0}
            head = [e for e in events if e.sentence_index == 0 and (e.source.code, e.target.code, e.code) in body]
            events = [e for e in events if not (e.sentence_index == 0 and (e.source.code, e.target.code, e.code) in body)] + head
        for e in events:
            key = (e.source.code, e.target.code, e.code, e.date, e.precision)
            if e.sentence_index == 0 and key not in merged:
                same = next((k for k in merged if k[:3] == key[:3]), None)
                key = same or key
            if key in merged:
                merged[key]["mentions"] += 1
                continue
            merged[key] = self._row(article, e)
        return list(merged.values())

    def _code_columns(self, code: str) -> dict:
        """The row's columns that follow from the CAMEO code (computed once per code)."""
        cols = self._by_code.get(code)
        if cols is None:
            c = codebook.lookup(code)
            cols = self._by_code[code] = {"cameo_code": code, "cameo_root": c.root,
                                          "event_type": codebook.root_name(c.root), "sub_event_type": c.name,
                                          "quad_class": c.quad_class, "goldstein": c.goldstein}
        return cols

    def _row(self, a: Article, e: CodedEvent) -> dict:
        eid = hashlib.sha1("|".join([a.id, str(e.sentence_index), e.source.code, e.target.code, e.code,
                                     e.date.isoformat() if e.date else ""]).encode()).hexdigest()[:16]
        row = self._blank_row.copy()
        row.update(self._code_columns(e.code))
        row.update({
            "event_id": eid, "article_id": a.id, "sentence_index": e.sentence_index,
            "event_date": e.date, "date_precision": e.precision, "date_text": e.date_text,
            "source_actor": e.source.code, "source_country": e.source.country, "source_text": e.source.text,
            "target_actor": e.target.code, "target_country": e.target.country, "target_text": e.target.text,
            "mentions": 1, "sentence": e.sentence, "event_text": e.event_text, "rule_id": e.rule_id,
            "article_title": a.title, "source_path": a.source_path, "record": a.record, "url": a.url,
            "publisher": a.publisher, "published_date": a.published,
            "published_date_source": a.published_source, "coder_version": __version__,
            "dictionary_version": self.dictionary_version,
        })
        if e.location:
            row.update(e.location)
        flags = a.flags + e.flags + (() if a.published else ("no_publication_date",))
        row["flags"] = ",".join(dict.fromkeys(flags)) or None
        annotate(row)
        return row


def code_texts(records: Iterable[dict], actor_files: Iterable[str] = ()) -> list[dict]:
    """Code in-memory articles ({id, text, date?, title?, url?, publisher?}) into event rows."""
    from .articles import _row_article
    coder = Coder(actor_files)
    out: list[dict] = []
    for i, r in enumerate(records, 1):
        a = _row_article(r, "<memory>", str(i))
        if isinstance(a, Article):
            out.extend(coder.rows(a))
    return out
