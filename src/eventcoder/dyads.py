"""Who did what to whom: source and target actors for each event phrase, from the sentence's shape.

Clause boundaries come from punctuation and subordinators; the source is the subject (the nearest
actor left of the phrase in its clause that is not inside a prepositional phrase), the target the
first actor after the phrase's first token (not a place after "in"/"at"). Passive voice swaps them,
negation, doubt and conditionals suppress, intent and future map the code to 03x/13x.
"""
from __future__ import annotations


from .actors import ARMED, INTERNATIONAL
from .dates import MONTHS, WEEKDAYS
from .lexicon import Lexicon
from .patterns import participles
from .records import ActorMention, EventMention, evolve, record
from .text import Token

_ADVERB_SKIP = {"also", "reportedly", "already", "jointly", "formally", "officially", "recently", "again",
                "finally", "further", "still", "just", "now", "then", "later", "allegedly", "repeatedly",
                "previously", "subsequently", "immediately", "quickly", "constantly", "strongly", "publicly",
                "yesterday", "today", "swiftly", "firmly", "sharply", "fiercely", "personally", "separately", "both"}


# a time expression between an intention and its "to" ("promised on Sunday to provide aid")
_DURATION = {"hours", "days", "weeks", "months", "years", "decades", "day", "week", "month", "year", "decade"}
_TIME_WORDS = {"on", "in", "at", "this", "last", "next", "week", "month", "year", "today", "yesterday", "tomorrow",
               "morning", "evening", "night", "earlier", "late", "early", ","} | set(MONTHS) | set(WEEKDAYS)
# codes of asking for people to be freed (appeals 0253, demands 1053): addressed to those holding them
_FOR_RELEASE = ("0253", "1053")
_REDUCED_NEXT = {"in", "by", "at", "on", "for", "over", "during", "after", "since", "near", "last", "earlier"}
_ASKED_GAP = {"to", "stop", "halt", "cease", "end", "immediately", "not", "also"}     # between an appeal and its content
_OBJECT_PREPS = {"with", "to", "against", "toward", "towards"}
_STATE_SECTORS = {"", "GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# what may stand between "was" and its judgement in an evaluative phrase, besides -ly adverbs
_EVAL_GAP = {"so", "very", "too", "quite", "just", "both", "all", "the", "a", "an", '"', "'", "also", "still"}
_QUANTITY = {"over", "about", "nearly", "some", "more", "than", "at", "least", "dozens", "hundreds", "thousands",
             "of", "around", "almost", "up", "to", "all", "one", "two", "three", "four", "five", "six", "seven",
             "eight", "nine", "ten", "several", "many", "scores"}


def site_of(m: ActorMention) -> str | None:
    """The country a mention is located in when its text names it ("the Indian embassy in Kabul" -> AFG)."""
    k = m.why.find("located in ")
    return m.why[k + 11:k + 14] if k >= 0 else None


@record
class Dyad:
    source: ActorMention
    target: ActorMention
    code: str
    rule_id: str
    future: bool


_FAULT_ROOTS = frozenset({"10", "11", "12", "13", "16", "17"})
_AUX = frozenset({"has", "have", "had", "did", "does", "can", "could", "may", "might", "must", "should"})


def _age_word(norms: list[str], k: int) -> bool:
    """Token k is part of an age before a noun ("a 71 - year - old man")."""
    return norms[k] in ("-", "year", "years", "old") or (norms[k].isdigit() and norms[k + 1:k + 2] == ["-"])


def _hyphenated(norms: list[str], k: int) -> bool:
    """Whether token k is part of a hyphenated compound ("quake-hit", "war-torn")."""
    return norms[k] == "-" or (k + 1 < len(norms) and norms[k + 1] == "-") or (k > 0 and norms[k - 1] == "-")


@record
class Backdrop:
    """What the article reported before a sentence, for the parties a sentence leaves implied."""
    aid_receiver: str | None = None        # the receiver of the article's aid (class to_story: `+story`)
    doer: str | None = None                # whose conflictual deed was reported last (class deed: `+reaction`)
    prior_doer: str | None = None          # whose deed was reported before that one, by another country
    sides: tuple[str, str] | None = None   # the two parties of the last mutual event (class to_sides: `+sides`)
    focus: tuple[str, ...] = ()            # the countries the article names most, most first (class to_focus: `+focus`)
    mover: str | None = None               # whose act (class words excluded) was reported last ("condemned the move")


NO_BACKDROP = Backdrop()


def usable(m: ActorMention) -> bool:
    """An actor that can stand in an event: known country, or an international actor."""
    return bool(m.code) and (m.country is not None or m.code.startswith(INTERNATIONAL))


class DyadFinder:
    def __init__(self, lex: Lexicon):
        g = lex.grammar
        self.g = g
        self.intent_map = lex.intent_map
        self.refusal_map = lex.refusal_map
        classes = lex.code_classes      # data/code_classes.tsv
        self.home_codes, self.violence, self.about_place, self.to_story, self.one_way, self.deeds = (
            classes["home"], classes["violence"], classes["about_place"], classes["to_story"], classes["one_way"],
            classes["deed"])
        self.to_sides, self.to_focus, self.civil = classes["to_sides"], classes["to_focus"], classes["civil"]
        self.reported, self.decided = classes["reported"], classes["decided"]
        self.denial, self.breach, self.words = classes["denial"], classes["breach"], classes["words"]
        self.armed_threat = classes["armed_threat"]
        self.sides_act, self.sides_talk = classes["sides_act"], classes["sides_talk"]
        self.from_agent = classes["from_agent"]
        self.boundary = g["boundary"] | g["reporting"] | g["conditional"]
        self.preps = g["prep"] | g["locative"]
        self.participles = participles()
        self.nontarget = g["locative"] | g["topic"]
        self.cameo = lex.country_codes
        self.function = (g["determiner"] | g["prep"] | g["locative"] | g["be"] | g["boundary"] | g["negation"]
                         | g["future"] | g["he"] | g["they"] | {"that", "it", "this", "on", "to"})

    def clause(self, norms: list[str], lo: int, hi: int) -> tuple[int, int]:
        """The clause around tokens lo..hi: (first token, one past the last). Capitalized reporting words
        inside names ("Islamic State", "State Department") have been marked with a leading '^'."""
        s = lo
        while s > 0 and norms[s - 1] not in self.boundary:
            s -= 1
        e = hi
        while e < len(norms) and norms[e] not in self.boundary:
            e += 1
        return s, e

    def norms(self, tokens: list[Token]) -> list[str]:
        """Matching forms, with reporting words that do not report kept from ending clauses: capitalized
        ones inside names ("Islamic State") and participles used as adjectives ("extradited alleged drug
        lord X", "into reported abuses") and nouns ("the claims were baseless")."""
        rep = self.g["reporting"]
        out = []
        for i, t in enumerate(tokens):
            n = t.norm
            if n in rep and (i > 0 or (len(tokens) > 1 and tokens[1].text[:1].isupper())) and (t.text[:1].isupper() or (
                    (n.endswith("ed") or n == "state") and i + 1 < len(tokens) and tokens[i + 1].text.isalpha()
                    and tokens[i + 1].text.islower() and tokens[i + 1].norm not in self.function)):
                n = "^" + n
            elif n in rep and 0 < i < len(tokens) - 1 and (tokens[i - 1].norm in ("the", "'s", "these", "those", "such",
                                                                                  "a", "an")
                                                            or tokens[i + 1].norm in self.g["be"]):
                n = "^" + n      # a noun: "the American claims were baseless", "Japan's reports", "a state of
                #                  emergency"
            elif n == "state" and 0 < i < len(tokens) - 1 and tokens[i + 1].text[:1].isupper() and (
                    tokens[i - 1].text[:1].isupper() or tokens[i - 1].norm in self.g["member"]
                    or tokens[i - 1].norm in self.g["determiner"]):
                n = "^" + n      # a noun before a name: "fellow GCC state Qatar", "member state Hungary"
            elif n in ("however", "meanwhile", "though") and 0 < i < len(tokens) - 1 and tokens[i - 1].norm == "," \
                    and tokens[i + 1].norm == ",":
                n = "^" + n      # "Putin, however, congratulated Lukashenko": an aside, not a new clause
            elif n == '"' and 0 < i < len(tokens) - 1 and tokens[i - 1].text.isalnum() \
                    and tokens[i + 1].text.isalnum():
                n = "^" + n      # scare quotes inside a clause ('said he was "disappointed" by') do not end it
            elif n == "as" and ((i + 1 < len(tokens) and tokens[i + 1].norm in ("many", "much", "few", "little"))
                                 or (i > 0 and tokens[i - 1].norm in ("many", "much", "few", "little"))):
                n = "^" + n      # "deport as many as 10,000 Haitians": a quantity, not a clause
            elif n == "as" and i > 0 and tokens[i - 1].norm in self.g["naming"] \
                    and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
                n = "^" + n      # "the drug lord known as Otoniel": a name, not a clause
            out.append(n)
        for i, n in enumerate(out):
            if n == "," and 0 < i < len(out) - 2 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.isalpha() \
                    and out[i + 1] in ("on", "in", "during", "at", "after", "before", "for"):
                # "Buhari, on his first trip abroad since taking office, pressed Issoufou": an aside between a
                # name and its verb does not end the clause
                close = next((j for j in range(i + 2, min(len(out) - 1, i + 16)) if out[j] in (",", ";", ":", '"')),
                             None)
                if close is not None and out[close] == "," and tokens[close + 1].text.isalpha() \
                        and not any(x in rep or x in ("that", "which", "who", "whom", "where") for x in out[i + 1:close]) \
                        and tokens[close + 1].text.islower() and out[close + 1].endswith(("ed", "s")) \
                        and out[close + 1] not in self.preps and out[close + 1] not in self.function:
                    out[i], out[close] = "^,", "^,"
                    for j in range(i + 1, close):
                        if out[j] in self.boundary:
                            out[j] = "^" + out[j]       # ("since taking office")
            if n == "(" and i > 0 and tokens[i - 1].text[:1].isupper():     # (after a name: not "(AP) -")
                close = next((j for j in range(i + 1, min(len(out), i + 5)) if out[j] == ")"), None)
                if close is not None and close > i + 1 and all(t.text[:1].isupper() or t.text.isdigit()
                                                               for t in tokens[i + 1:close]) \
                        and not (close + 1 < len(out) and out[close + 1] in ("-", "--", ":")):
                    # (not an agency's credit after a dateline: "Tehran (KNA) - Turkish warplanes ...")
                    out[i], out[close] = "^(", "^)"     # a name's acronym, "(DPRK)", does not end its clause
        return out

    def _in_pp(self, norms: list[str], m: ActorMention, clause_start: int,
               own: frozenset[int] | set[int] = frozenset()) -> str | None:
        """The preposition that governs mention m, if any (a preposition of the event phrase itself,
        as in "fired at", does not count)."""
        k = m.start - 1
        while k >= clause_start and (norms[k] in self.g["determiner"] or norms[k] in self.g["place_adjective"]
                                     or norms[k] == "'s" or _age_word(norms, k)):
            k -= 1      # ("by a 71-year-old Slovak man")
        if k > clause_start + 1 and norms[k] == "of" and norms[k - 1] in self.g["collective"] \
                and (norms[k - 2] == "by" or (norms[k - 2] in self.g["determiner"] and norms[k - 3] == "by")):
            return "by"     # "killed by a group of gunmen": the agent is the gunmen
        if k > clause_start and norms[k] == "," and norms[k - 1] in self.g["place_noun"]:
            # "at talks in the Belarusian capital, Minsk": a place named after the noun it names is in its phrase
            j = k - 2
            while j >= clause_start and k - j <= 5 and norms[j] not in self.preps:
                j -= 1
            if j >= clause_start and norms[j] in self.g["locative"] and j not in own:
                return norms[j]
        if k >= clause_start and norms[k] in self.preps and k not in own:
            if norms[k] == "in" and k > 0 and (norms[k - 1] in self.g["amount"] or norms[k - 1][:1].isdigit()) \
                    and m.why.startswith("demonym") and m.end - m.start == 1 and m.end < len(norms) \
                    and norms[m.end].isalpha() and norms[m.end] not in self.preps:
                return None     # "unfroze $6 billion in Iranian assets": what the amount is of, not a place
            return norms[k]
        return None

    def _sides_at_home(self, code: str, parties: list[ActorMention]) -> bool:
        """Whether parties of one state are two sides acting with each other at home: fighting, or talks and
        agreements when one side is its rebels or opposition ("Colombia's government and the ELN rebels
        resumed peace talks"), not civilians, media or business."""
        return len({x.code for x in parties}) >= 2 and code.startswith(self.sides_act + self.sides_talk) \
            and all(x.country == parties[0].country and x.code[3:6] not in ("CVL", "MED", "EDU", "HLH", "BUS")
                    for x in parties) \
            and (code.startswith(self.sides_act) or any(x.code[3:6] in ("REB", "SEP", "OPP", "IRG") for x in parties))

    def _where(self, norms: list[str], m: ActorMention) -> bool:
        """Whether m names where something happened: "near Goma", "in the town of Goma", "in eastern Congo"."""
        k = m.start - 1
        while k > 0 and (norms[k] in self.g["determiner"] or norms[k] in self.g["place_adjective"]
                         or norms[k] in self.g["place_noun"] or norms[k] in self.g["compass"] or norms[k] == "of"):
            k -= 1
        return k >= 0 and norms[k] in self.g["locative"]

    def _placed_in(self, norms: list[str], parties: list[ActorMention], sources: list[ActorMention],
                   cs: int) -> list[ActorMention]:
        """The parties after a locative preposition of the clause from cs, none of the sources': where the clause
        puts an event that stays at home ("staged a protest in Beijing")."""
        codes = {s.code for s in sources}
        return [m for m in parties if m.code not in codes and usable(m) and self._in_pp(norms, m, cs) in self.g["locative"]]

    def _posted_in(self, norms: list[str], m: ActorMention) -> bool:
        """Whether m is where a mission is posted, and so its host: "evacuating personnel from its embassy in
        the Georgian capital", "closed its embassy in Kabul"."""
        k = m.start - 1
        while k > 0 and (norms[k] in self.g["determiner"] or norms[k] in self.g["place_adjective"]):
            k -= 1
        return k > 0 and norms[k] == "in" and norms[k - 1] in self.g["envoy"]

    def _sponsor(self, norms: list[str], m: ActorMention, visit: bool = False) -> bool:
        """Whether m sponsors or hosts what the clause reports ("under the auspices of the African Union"), or
        only says where it happened ("in Naivasha, 100 kilometers west of the capital Nairobi")."""
        k = m.start - 1
        while k > 0 and (norms[k] in self.g["determiner"] or norms[k] in self.g["place_noun"]):
            k -= 1
        return k > 0 and norms[k] == "of" and (norms[k - 1] in self.g["auspices"]
                                               or (not visit and self.of_place(norms, k)))

    def modality(self, norms: list[str], ev: EventMention, cs: int) -> tuple[bool, bool, bool, bool]:
        """(suppress, intent, future tense, refusal) for an event phrase from the words before it in its
        clause. A negated intention ("will not meet", "refused to lift") is a refusal; a negated deed
        ("did not meet") is no event."""
        window = norms[max(cs, ev.anchor - 4):ev.anchor]
        g = self.g
        if cs > 0 and norms[cs - 1] in g["conditional"]:
            return True, False, False, False
        for k in range(ev.anchor - 1, max(cs, ev.anchor - 7) - 1, -1):
            if norms[k] in (",", ";", "and", "but"):
                break
            if norms[k] in g["helping"] and k < ev.anchor - 1 and "verb" in ev.flags \
                    and not norms[ev.anchor].endswith(("ed", "ing")):
                return True, False, False, False   # "a mission to help the nation's police fight gangs": a purpose
        if ev.code[:2] in ("18", "19", "20"):
            k, other = ev.anchor - 1, 2
            while k > max(cs, ev.anchor - 7) and (norms[k] in g["determiner"] or norms[k] == "of" or norms[k].isdigit()
                                                  or norms[k] in _DURATION or (other and norms[k].isalpha()
                                                                               and norms[k] not in self.preps
                                                                               and norms[k] not in g["solving"]
                                                                               and norms[k] not in g["ending"])):
                if not (norms[k] in g["determiner"] or norms[k] == "of" or norms[k].isdigit() or norms[k] in _DURATION):
                    other -= 1
                k -= 1
            if k >= cs and (norms[k] in g["solving"] or norms[k] in g["ending"]):
                return True, False, False, False   # "a deal to end weeks of fierce clashes": a fight to be ended
        if cs > 1 and norms[cs - 1] == "that":
            k = cs - 2
            while k > 0 and (norms[k] in _TIME_WORDS or norms[k].isdigit()):
                k -= 1
            if norms[k] in g["demanding"]:
                return True, False, False, False     # "demanded that Maduro give up power": what is demanded
        if any(w in g["doubt"] for w in window[-3:]):
            return True, False, False, False
        if len(window) >= 2 and window[-1] in ("of", "with") and window[-2] in g["suspicion"]:
            return True, False, False, False     # "detained on suspicion of violating security laws": alleged
        if ev.anchor >= 2 and norms[ev.anchor - 1] == "be" and norms[ev.anchor - 2] in ("or", "and") \
                and any(w in g["doubt"] for w in norms[cs:ev.anchor]):
            return True, False, False, False     # "must abide by the laws or be prosecuted": one modal for both
        w = norms[ev.anchor]
        if w.endswith("ing") and "verb" in ev.flags and ev.anchor - 1 > cs and (
                norms[ev.anchor - 1] in g["weighing"] or norms[ev.anchor - 2:ev.anchor] == ["rule", "out"]):
            # "is considering freezing aid", "could not rule out reducing its aid": an act weighed, not done
            if norms[ev.anchor - 1] != "out" and any(x in g["negation"] for x in window[-3:]):
                return True, False, False, False
            return False, True, False, False
        if w.endswith("ing") and "verb" in ev.flags and ev.anchor - 2 >= cs and norms[ev.anchor - 1] == "against" \
                and norms[ev.anchor - 2] in g["deciding"]:
            return False, False, False, True     # "has decided against supplying Ukraine with missiles": a refusal
        tense = any(w in g["future"] for w in window)
        if cs > 0 and norms[cs - 1] in ("before", "until") and "verb" in ev.flags and w.endswith("s") \
                and not w.endswith(("ss", "us", "is")):
            tense = True    # "a day before Sarkozy heads to Beijing": a present tense there is still to come
        intent = tense
        if "to" in window:
            k = len(window) - 1 - window[::-1].index("to")
            before = window[max(0, k - 2):k]
            if before and before[-1] in g["compelled"]:
                pass        # "Armenian troops were forced to open fire": they did
            elif any(w in g["intent"] or w in g["be"] or w in g["negation"] for w in before):
                intent = True
            else:
                j, skipped = ev.anchor - len(window) + k - 1, 0
                while j > cs and skipped < 6 and (norms[j] in _TIME_WORDS or norms[j].isdigit()
                                                  or norms[j] in _ADVERB_SKIP):
                    j, skipped = j - 1, skipped + 1
                if skipped and j >= cs and norms[j] in g["intent"]:
                    intent = True
                to = ev.anchor - len(window) + k
                if not intent and any(norms[p] in g["locative"] and p - 1 >= cs and norms[p - 1] in g["intent"]
                                      for p in range(max(cs, to - 4), to)):
                    intent = True   # "agreed in Yaounde to pool intelligence": a place between the intent and "to"
        negated = any(w in g["negation"] for w in window[-3:]) or (
            window and window[-1] in ("or", "nor") and any(w in g["negation"] for w in norms[max(cs, ev.anchor - 7):ev.anchor]))
        # ("has no intention of attacking or invading North Korea": the negation covers both)
        if negated:
            return (not intent), False, tense, intent
        return False, intent, tense, False

    def intent_code(self, code: str) -> str | None:
        return self._prefix_map(self.intent_map, code)

    @staticmethod
    def _prefix_map(mapping: dict[str, str], code: str) -> str | None:
        for n in range(len(code), 1, -1):
            hit = mapping.get(code[:n])
            if hit:
                return hit
        return None

    def _despite_truce(self, norms: list[str]) -> bool:
        """Whether the sentence says its fighting went on despite a ceasefire or truce (grammar class truce)."""
        return any(n == "despite" and not self.g["truce"].isdisjoint(norms[k + 1:k + 5]) for k, n in enumerate(norms))

    def _by_weapon(self, d: Dyad, norms: list[str], ev: EventMention) -> Dyad:
        """Fighting (190) named with its weapons in the doer or the phrase is coded by them: aircraft and missiles
        195, drones 1952, artillery and tanks 194 ("Turkish warplanes struck Kurdish militant targets", "Russia
        launched missile strikes on Kyiv", "exchanged heavy artillery fire")."""
        if d.code != "190":
            return d
        words = set(d.source.text.lower().split()) | {norms[k] for k in range(ev.anchor, ev.end)
                                                        if not (k and norms[k - 1] == "-")} | set(
            norms[d.source.end:d.source.end + 2])
        # (not "anti-aircraft batteries"; the doer's own weapons after its name: "Israeli aircraft struck",
        # "killed in a U.S. drone strike")
        for code, weapons in (("1952", self.g["drone"]), ("195", self.g["air_weapon"]), ("194", self.g["artillery"])):
            if not words.isdisjoint(weapons):
                return evolve(d, code=code, rule_id=d.rule_id + "+weapon")
        return d

    def _riot(self, d: Dyad) -> Dyad:
        """Violence, seizure or destruction by protesters is a violent protest (145): "angry protesters storming the
        government headquarters", "The Russian building was demolished by a Ukrainian protestor"; not with heavy
        weapons or bombs ("demonstrators launched missiles at the government" is fighting)."""
        if not (d.code[:2] in ("18", "19") or d.code.startswith("171")) \
                or d.code.startswith(("194", "195", "1831", "1832")) \
                or not any(w in self.g["protesters"] for w in d.source.text.lower().split()):
            return d
        return evolve(d, code="145", rule_id=d.rule_id + "+riot")

    def _mass_killing(self, d: Dyad, norms: list[str], ev: EventMention) -> Dyad:
        """Killing a hundred people or more, or hundreds or thousands, by gun, blade or hand (not by bombs,
        shells or aircraft, which keep their codes) is mass killing (202): "Serbian forces killed 8,000 Bosniak
        men in Srebrenica", "gunmen massacred 45 Tzotzil Indians" stays what its phrase says."""
        if d.code not in ("180", "190", "193", "1823") or norms[ev.anchor] not in self.g["killing"] \
                or any(n in self.g["striking"] or n in self.g["air_weapon"] or n in self.g["artillery"]
                       or n in self.g["affair"] or n in self.g["toll"]
                       for n in norms[max(0, ev.anchor - 8):ev.anchor]):
            return d    # ("Israeli strikes killed 200 people", "a truck bomb ... killed", "a conflict that has
            #             killed 30,000": the toll of a bombing or a war)
        for k in range(ev.anchor + 1, min(len(norms), ev.anchor + 4)):
            n = norms[k]
            if (n.isdigit() and int(n) >= 100) or n in ("hundreds", "thousands"):
                return evolve(d, code="202", rule_id=d.rule_id + "+mass")
            if n not in _QUANTITY and not n.isdigit():
                break
        return d

    def _captor(self, out: list[Dyad], norms: list[str], ev: EventMention, mentions: list[ActorMention],
                ce: int) -> list[Dyad]:
        """An appeal or demand for the release of people "held by" a party is addressed to their captor, not to
        them: "Canada demanded the release of two Canadians held by China" CAN->CHN."""
        k = next((k for k in range(ev.end, min(ce, ev.end + 8) - 1) if norms[k] in self.g["held"] and norms[k + 1] == "by"), None)
        if k is None:
            return out
        j = k + 2
        while j < ce and norms[j] in self.g["determiner"]:
            j += 1
        captor = next((m for m in mentions if m.start == j and usable(m) and m.country), None)
        if captor is None:
            return out
        kept = [d for d in out if d.source.country != captor.country]
        sources = list(dict.fromkeys(d.source for d in kept))
        return [Dyad(src, captor, kept[0].code, kept[0].rule_id + "+captor", kept[0].future) for src in sources] or out

    def _assassination(self, d: Dyad, norms: list[str], ev: EventMention) -> Dyad:
        """Violence against a named leader, sitting or former, by no agent of a state is an assassination (186)
        when it kills, else an attempt (185) unless it is a blow (182): "Rabin was shot dead by a law student", "Fico was shot several
        times by a 71-year-old man"."""
        if not (d.code[:2] in ("18", "19") and d.target.person and d.target.code[3:6] in ("GOV", "ELI")
                and ("person" in d.target.why or "role" in d.target.why)   # (not "Bangkok's Suvarnabhumi airport")
                and d.source.code[3:6] not in ("GOV", "MIL", "COP", "SPY") and not d.code.startswith(("185", "186"))):
            return d
        killed = any(n in ("dead", "killed", "kill", "kills", "killing", "assassinated", "assassinate")
                     for n in norms[ev.anchor:ev.end + 2])
        if d.code.startswith("182") and not killed and norms[ev.anchor] in self.g["blow"]:
            return d    # a blow is an assault, no attempt on a life: "a man struck the prime minister in the face"
        return evolve(d, code="186" if killed else "185", rule_id=d.rule_id + "+leader")

    def passive(self, tokens: list[Token], ev: EventMention, cs: int,
                mentions: list[ActorMention] = (), others: list[EventMention] | None = None) -> bool:
        w = tokens[ev.anchor].norm
        if not (w.endswith(("ed", "en")) or w in self.participles) or "inv" in ev.flags:
            return False    # (an inverted phrase names its doer after it already: "was extradited from France")
        if len(ev.literal) > 1 and tokens[ev.literal[-1]].norm == "by":
            return False    # the phrase takes its "by" as its object: "has long been frustrated by Mexico's reluctance"
        nxt = tokens[ev.end].norm if ev.end < len(tokens) else ""
        if ev.end == ev.anchor + 1 and nxt == "by" and any(m.start == ev.end + 1 or (
                m.start == ev.end + 2 and tokens[ev.end + 1].norm in self.g["determiner"]) for m in mentions):
            return True   # "victims killed by the crash", "a ship seized by Iran"
        head = ev.anchor - 1 if ev.anchor > 0 and tokens[ev.anchor - 1].text.isalpha() \
            and tokens[ev.anchor - 1].text.islower() and tokens[ev.anchor - 1].norm not in self.preps else ev.anchor
        if ev.end == ev.anchor + 1 and nxt in _REDUCED_NEXT and any(m.end in (ev.anchor, head) for m in mentions):
            # a reduced relative ("two Canadians detained in China were released", "a member of the Hamas
            # movement jailed a year ago") modifies a noun whose own verb comes later, or an object of an earlier verb
            _, ce = self.clause([t.norm for t in tokens], ev.anchor, ev.end)
            later = any(tokens[k].norm in self.g["be"] for k in range(ev.end, ce)) or any(
                o.anchor > ev.anchor for o in (others or ()) if o.anchor < ce)
            earlier = any(cs <= o.anchor < ev.anchor for o in (others or ()) if o is not ev)
            there = any(tokens[k].norm == "there" and tokens[k + 1].norm in self.g["be"]
                        for k in range(cs, ev.anchor - 1))   # "There were ten soldiers killed in Ukraine"
            if later or earlier or there:
                return True
        k = ev.anchor - 1
        while k >= cs and (tokens[k].norm in _ADVERB_SKIP | {"not", "n't", "been", "being"} or (
                tokens[k].norm in ("and", "or") and k - 1 > cs and (tokens[k - 1].norm.endswith(("ed", "en"))
                                                                    or tokens[k - 1].norm in self.participles))):
            if tokens[k].norm in ("been", "being"):
                return True
            k -= 2 if tokens[k].norm in ("and", "or") else 1     # "was shot and killed": both passive
        return k >= cs and tokens[k].norm in self.g["be"] and tokens[k].norm not in ("get", "gets")

    def find(self, tokens: list[Token], ev: EventMention, mentions: list[ActorMention],
             main_subject: list[ActorMention] | None = None,
             others: list[EventMention] | None = None, norms: list[str] | None = None,
             backdrop: Backdrop = NO_BACKDROP) -> list[Dyad]:
        """The dyads of one event phrase. `norms` (self.norms(tokens)) may be passed in once per sentence;
        `backdrop` is what the article reported before (the receiver of its aid, the doer of its last deed,
        the two sides of its last mutual event), for parties the sentence leaves implied."""
        norms = self.norms(tokens) if norms is None else norms
        mentions = [m for m in mentions
                    if not (m.end + 1 < len(norms) and norms[m.end] == "-" and (norms[m.end + 1] in self.g["maker"] or (
                        norms[m.end + 1] in ("led", "backed", "dominated") and any(
                            x.start == m.end + 2 and x.code.startswith("IGO") for x in mentions))))]
        # (a maker named in a compound adjective is no party: "Iranian-designed drones", "an EU-funded school";
        # but "a U.S.-drafted resolution", "the Saudi-led coalition", "a British-flagged tanker" name one, and
        # so does a backer: "Iranian-backed militants"; but not the leader of an international organization named
        # after it: "the Russian-led Collective Security Treaty Organization" is the organization)
        if self.adjectival(norms, ev, mentions, others):
            return []
        cs, ce = self.clause(norms, ev.anchor, ev.end)
        if cs > 1 and norms[cs - 1] in ("which", "who") and norms[cs - 2] == "," and "," not in norms[cs:ev.anchor]:
            # "Qatar, which will host the World Cup, imports ... with Saudi Arabia": the aside ends at its comma
            ce = next((k for k in range(ev.end, ce) if norms[k] == ","), ce)
        w = norms[ev.anchor]
        if cs == ev.anchor and cs > 1 and norms[cs - 1] in ("which", "who") and norms[cs - 2] == "," \
                and "verb" in ev.flags and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return []   # "The Netherlands, which hosts the court": a standing state, not an event
        if "verb" in ev.flags and w.endswith("s") and not w.endswith(("ss", "us", "is")) and ev.anchor > 0 \
                and (norms[ev.anchor - 1] in self.g["determiner"] or norms[ev.anchor - 1].isdigit()):
            return []   # "transferred 72 objects to Nigeria", "its attacks": a noun, not the verb
        if ev.code[:2] not in ("02", "10", "11") and any(
                o is not ev and o.code[:2] in ("02", "10") and cs <= o.anchor < ev.anchor and o.end <= ev.start
                and all(n in _ASKED_GAP or any(m.start <= k < m.end for m in mentions)
                        for k, n in enumerate(norms[o.end:ev.start], o.end))
                and any(o.anchor < m.start and m.end <= ev.start for m in mentions) for o in (others or ())):
            return []   # "called on the US to stop providing arms to Taiwan", "demand Australia apologizes":
            #             what is asked of another is no deed
        if ev.code[:2] not in ("02", "10", "11") and any(
                o is not ev and o.code.startswith("112") and norms[o.literal[-1]] == "of" and o.end <= ev.start
                and "," not in norms[o.end:ev.start] for o in (others or ())):
            return []   # "accusing it of fomenting violence and intimidating civilians": the accused's, if anyone's
        if ev.code.startswith(self.violence) and norms[ev.anchor].endswith("ing") and ev.anchor == ev.start \
                and ev.start > 0 and norms[ev.start - 1] == "," and "verb" in ev.flags and any(
                    o is not ev and o.code.startswith(self.violence) and o.end < ev.start
                    and not (ev.code[:2] == "20" and o.code[:2] == "19") for o in (others or ())):
            return []   # "A suicide bomber struck a checkpoint in Baghdad, killing 15 people": the attack's toll
            #             (but a mass killing is more than the armed force before it: "troops opened fire on the
            #             camp, killing thousands of people" is 202; a bombing's dead stay its toll)
        whose = next((k for k in range(max(cs, ev.anchor - 6), ev.anchor) if norms[k] == "whose"), None)
        if whose is not None:
            # "Rafiq Hariri, whose killing was widely blamed on Syria": the one before "whose" owns the deed
            # noun; he did not kill or blame. The deed is against him, by the party it is blamed on, if any
            owner = next((m for m in mentions if m.end in (whose, whose - 1) and usable(m)), None)
            blamed = self._blamed(norms, ev, mentions) if ev.code.startswith(self.violence) else None
            if owner is not None and blamed is not None and blamed.country != owner.country:
                return [Dyad(blamed, owner, ev.code, ev.rule_id + "+blamed", False)]
            if owner is not None:
                return []
        suppress, intent, future, refusal = self.modality(norms, ev, cs)
        if suppress:
            return []
        code, rule = ev.code, ev.rule_id
        own = next((f[4:] for f in ev.flags if f.startswith("own=")), None)
        if own and any(norms[k] in self.g["own"] for k in range(ev.anchor + 1, ev.end) if k not in ev.literal):
            code, rule = own, rule + "+own"     # "ordered its troops to withdraw": its own forces (0874), not
            #                                     another's ordered out (166)
        if refusal:
            rc = self._prefix_map(self.refusal_map, code)
            if rc is None:
                return []
            code, rule = rc, rule + "+refusal"
        decision = future or any(norms[k] in self.g["deciding"] for k in range(max(cs, ev.anchor - 4), ev.anchor)) \
            or (ev.anchor >= 2 and norms[ev.anchor - 1] == "to" and norms[ev.anchor - 2] in ("is", "are"))
        # ("the Chinese government is to impose countermeasures": a decision announced)
        if intent and decision and code.startswith(self.decided) and not refusal and not any(
                w in self.g["threatening"] for w in norms[max(0, cs - 4):ev.anchor]) and not (
                ce < len(norms) and norms[ce] in self.g["conditional"]):
            rule = rule + "+decided"    # "Canada said it would impose sanctions": the decision is the deed
        elif intent:
            ic = self.intent_code(code)
            if ic:
                code, rule = ic, rule + "+intent"
        if code.startswith("042") and norms[ev.literal[-1]] == "in" and norms[ev.end:ev.end + 2] == ["front", "of"]:
            return []   # "They arrived in front of the embassy": a position, not a visit to a state
        if code.startswith("04") and ("verb" not in ev.flags or (ev.anchor > 0 and (
                norms[ev.anchor - 1] in self.g["determiner"] or norms[ev.anchor - 1] == "'s"))):
            after = norms[ev.end:ev.end + 7]
            for j, w in enumerate(after):
                if w in (",", ";", "and", "but") or w in self.g["reporting"]:
                    break
                if j and after[j - 1] in self.g["be"] and w in self.g["called_off"]:
                    return []   # "after the meeting was postponed", "the visit to Washington would be postponed"
                if j and after[j - 1] in self.g["be"] and w in self.g["planned"] and not intent:
                    ic = self.intent_code(code)
                    if ic:      # "The foreign minister's visit had been planned earlier": an intention
                        code, rule, intent = ic, rule + "+intent", True
                    break
        if code.startswith("042") and ev.literal == (ev.anchor,) and norms[ev.anchor] == "visiting" \
                and ev.anchor > cs and not intent and norms[ev.anchor - 1] not in self.g["be"] \
                and norms[ev.anchor - 1] not in self.g["subordinate"] \
                and norms[ev.anchor - 1] not in ("by", "and", "or", "but", "'s", ",") \
                and not any(m.end == ev.anchor for m in mentions):
            # (the adjective, not the verb: "Putin is visiting China", "while visiting Beijing")
            guest = next((m for m in mentions if m.start == ev.anchor + 1 and usable(m) and m.country), None)
            if guest is not None:
                # "talks in Colombo with visiting Chinese Foreign Minister Wang Yi": the guest visits the host,
                # the clause's first party of another state (else the place named), who receives the guest
                others_ = [m for m in mentions if cs <= m.start < ce and usable(m) and m.country
                           and m.country != guest.country and m.group != guest.group]
                host = next((m for m in others_ if m.start < ev.anchor and self._in_pp(norms, m, cs) is None), None) \
                    or next((m for m in others_ if self._in_pp(norms, m, cs) in self.g["locative"]), None)
                if host is None:
                    return []
                guests = [m for m in self._group(mentions, guest) if m.start > ev.anchor and m.country != host.country]
                return [Dyad(g, host, "042", rule + "+guest", future) for g in guests] + \
                    [Dyad(host, g, "043", rule + "+guest", future) for g in guests]
        if code.startswith("04") and norms[0] in ("at", "during") and ev.anchor < 10:
            comma = next((k for k in range(ev.end, min(len(norms), ev.end + 8)) if norms[k] == ","), None)
            if comma is not None and "," not in norms[:ev.anchor] and any(
                    o.anchor > comma for o in (others or ()) if o is not ev):
                return []   # "At an emergency Security Council meeting on Sunday, the US called on ...": a venue
        if "eval" in ev.flags:
            return self._evaluation(norms, ev, mentions, cs, ce, code, rule, future, backdrop.focus, backdrop.doer)
        g = self.g
        to = ev.anchor - 1
        while to > cs and norms[to] in _ADVERB_SKIP:     # "urge the US to immediately stop arming Taiwan"
            to -= 1
        j = to - 1
        while j > cs and (norms[j] in _TIME_WORDS or norms[j].isdigit() or norms[j] in _ADVERB_SKIP):
            j -= 1      # "threatened on Thursday to impose sanctions"
        if to > cs and norms[to] == "to" and not any(
                norms[k] in g[c] for c in ("intent", "be", "negation", "future") for k in (to - 1, j)) and any(
                o.anchor < ev.anchor and o.anchor >= cs and o is not ev for o in (others or ())):
            return []   # "met X on Monday to discuss Y": the purpose of the event before, not an event
        literal = set(ev.literal)
        inside = [m for m in mentions if not (set(range(m.start, m.end)) & literal)]
        left = [m for m in inside if cs <= m.start and m.end <= ev.anchor and m.code]
        # the objects end where "and" brings in another verb ("met Arab leaders and called for a front against Iran")
        stop = next((o.anchor for o in (others or ()) if o.anchor > ev.end and o.anchor < ce and "verb" in o.flags
                     and self._after_and(norms, o.anchor)), ce)
        # ... or where "and" brings in a verb in the past of the same subject ("asked officials to remain on
        # standby and directed the ministry to ...")
        stop = next((k for k in range(ev.end, stop - 1) if norms[k] == "and" and norms[k + 1].endswith("ed")
                     and norms[k + 1].isalpha() and len(norms[k + 1]) > 4 and k + 2 < len(norms)
                     and norms[k + 2] in ("the", "a", "an", "his", "her", "its", "their", "to", "that")), stop)
        # ... or where ", and" brings in another subject and its verb ("flew in 120 rescuers, and the UN released")
        stop = next((m.start for m in mentions if ev.end < m.start < stop and self._new_subject(norms, m)), stop)
        # "..., the government said", "..., Amnesty International and Human Rights Watch said": the speakers
        said_by = next((m for m in inside if m.end == ce and ce < len(norms) and norms[ce] in self.g["reporting"]), None)
        tellers: list[ActorMention] = []
        if said_by is not None:
            comma = max((k for k in range(ev.end, said_by.start) if norms[k] == ","), default=None)
            if comma is not None:
                tellers = [m for m in inside if m.group == said_by.group and m.start > comma]
                if not tellers or any(norms[k] not in self.g["determiner"] for k in range(comma + 1, tellers[0].start)):
                    tellers = []
        right = [m for m in inside if m.start > ev.anchor and m.end <= stop and m.code and m not in tellers]
        denied = code.startswith(self.denial) and (norms[ev.literal[-1]].endswith("ing") or norms[ev.literal[-1]] in ("of", "that"))
        if denied:
            # "Sudan denies backing the rebels": what it denies doing names no party to the denial (that is its
            # accuser, named before); but a foreign party harmed by the deed denied is its target ("Rwanda denied
            # backing the M23 rebels fighting Congolese troops", "rejected any involvement in the attack on ...
            # in the English city of Salisbury")
            own = {x.country for x in left} | {x.country for x in (main_subject or ())}
            right = [m for m in right if m.start < ev.end] or [
                m for m in right if usable(m) and m.country and m.country not in own and m.start < ce][:1]
        passive = self.passive(tokens, ev, cs, mentions, others)
        home = False
        if passive:
            agents = [m for m in right if self._in_pp(norms, m, ev.anchor) == "by"
                      and not self._nearer_noun(tokens, norms, ev, m, others)
                      and not any(n in g["disaster"] for n in norms[m.end:m.end + 4])]
            # (nor a name before a disaster noun: "killed by the Malaysia Airlines flight MH17 crash")
            subj = [m for m in left if self._in_pp(norms, m, cs) is None]
            if not agents and code.startswith(self.from_agent):
                # "a mortar bomb was fired at it from the Gaza Strip": fire comes from where it was fired;
                # "officers had been expelled from the Netherlands": by the state they had to leave
                agents = [m for m in right if self._in_pp(norms, m, ev.anchor) == "from" and usable(m)]
            if not agents:
                return self._unknown_agent(code, rule, future, norms, ev, subj, right, mentions)
            sources = self._group(mentions, agents[0])
            if subj:
                targets = self._group(mentions, subj[-1])
            else:
                # "A loan was extended to Sri Lanka by China"; "An agreement was signed by China and Australia"
                objs = [m for m in right if m.start < agents[0].start and m not in sources
                        and self._in_pp(norms, m, ev.anchor + 1, literal) not in self.nontarget]
                if not objs:
                    # "Two rockets were fired from the Gaza Strip towards Israeli territory"
                    objs = [m for m in right if m.start > agents[0].start and m not in sources and usable(m)
                            and self._in_pp(norms, m, ev.anchor + 1, literal) in ("towards", "toward", "at", "into",
                                                                                  "against")]
                if not objs:
                    # the thing acted on carries its party: "An invitation to talks from Washington was
                    # rebuffed by Tehran", "Evidence against Russia was presented by the US"
                    objs = [m for m in left if self._in_pp(norms, m, cs) not in (None, *self.nontarget)]
                targets = self._group(mentions, objs[-1] if objs and not right else objs[0]) if objs else []
                if not targets and self._home(code, sources[-1]):
                    # "Schoolgirls were abducted from their dormitories in Chibok by Boko Haram militants": no
                    # party suffered it but the state where it happened (the place named, else the doers' own)
                    where = [m for m in self._placed_in(norms, left + right, sources, cs) if m.country]
                    first = where[0] if where else sources[-1]
                    targets = [self._state(first.country, first)]
            rule += "+passive"
        else:
            # a name inside a compound modifier ("the one-China policy", "anti-US protests") is no subject
            # nor is the place a visiting verb takes as its object ("visited Riyadh for talks with Y")
            subj = [m for m in left if self._in_pp(norms, m, cs) is None and not (m.start > 1 and norms[m.start - 1] == "-" and norms[m.start - 2].isalnum())
                    and not (m.start > cs and norms[m.start - 1] in g["visiting"] and m.start - 1 not in literal)]
            borrowed = False   # the source is not the clause's own subject (a modifier, a main clause, a speaker)
            if norms[ev.anchor] in ("during", "at", "in") and "verb" not in ev.flags and len(subj) > 1 \
                    and code.startswith("04"):
                # "Rajapaksa asked Beijing to help, during talks with Wang Yi": the talks are the subject's, not
                # the object's
                subj = self._group(mentions, subj[0])
            if cs > 1 and norms[cs - 1] in ("which", "who") and norms[cs - 2] == "," and "verb" in ev.flags:
                close = next((k for k in range(cs, ev.anchor) if norms[k] == ","), None)
                ante = [m for m in mentions if m.end == cs - 2 and m.code]
                if close is not None and ante and close + 1 < ev.anchor:
                    # "Wang Yi, who met Swaraj on Wednesday, also spoke to Qureshi": the verb after the aside
                    # is its antecedent's
                    subj = self._group(mentions, ante[-1])
            # "Anwar Ibrahim, whose country holds the chairmanship of ASEAN (ASEAN), will host ...": the
            # verb after a relative aside is its antecedent's, whatever marks and actors stand inside it
            j = ev.anchor - 1
            while j > 0 and (norms[j] in g["future"] or norms[j] in _AUX or norms[j] in g["be"]
                             or norms[j] in _ADVERB_SKIP):
                j -= 1
            if norms[j] == ",":
                w = next((i for i in range(j - 1, 1, -1) if norms[i] in ("who", "which", "whose", ",")), None)
                if w is not None and norms[w] != "," and norms[w - 1] == ",":
                    ante = [m for m in mentions if m.end == w - 1 and usable(m)]
                    if ante:
                        subj, borrowed = self._group(mentions, ante[-1]), False
            if ev.anchor > 1 and norms[ev.anchor - 1] == "to" and any(
                    m.end == ev.anchor - 1 and not any(norms[k] in self.g["ordinal"] for k in range(max(cs, m.start - 3), m.end))
                    for m in subj):
                # headline future: "Swiss foreign minister to visit Beijing" (not "became the first sitting U.S.
                # president to visit Hiroshima": a deed)
                if not intent:
                    intent = True
                    ic = self.intent_code(code)
                    if ic:
                        code, rule = ic, rule + "+intent"
            j = ev.anchor - 1
            while j > cs and norms[j] in _ADVERB_SKIP:
                j -= 1
            w = norms[ev.anchor]
            if j > cs and norms[j] == "," and "verb" in ev.flags and w.endswith("s") and not w.endswith("ss") \
                    and main_subject and subj and others and any(
                        o is not ev and "verb" in o.flags and main_subject[-1].end <= o.anchor < j
                        and norms[o.anchor].endswith("s") for o in others):
                # a headline's second verb after a comma: "Turkey ignores Iraqi protests, attacks PKK again"
                subj = main_subject
            if j > cs and norms[j] in ("and", "but", "then") and others:
                # coordinated verbs share the first verb's subject: "X arrested Y and accused him of spying"
                prev = [o for o in others if cs <= o.anchor < j and o is not ev]
                if prev:
                    first = [m for m in subj if m.end <= prev[-1].anchor]
                    if not first and main_subject and main_subject[-1].end <= prev[-1].anchor and not any(
                            norms[k] in g["reporting"] for k in range(main_subject[-1].end, prev[-1].anchor)):
                        # "The DPRK on Monday slammed the exercises held by South Korea and the United States,
                        # and warned of possible retaliation": the first verb's subject opens the sentence
                        first = main_subject
                    if first:
                        subj = first
                    else:
                        # the first verb's subject stands before the reporting verb that opened the clause:
                        # "the ministry stressed the need to end the Israeli aggression and called for ..."
                        said = self.speaker(norms, cs, mentions)
                        if said is not None:
                            subj, borrowed = [said[0]], True
                elif "verb" in ev.flags and (norms[j - 1] == '"' or any(norms[k] in g["future"] for k in range(cs, j))):
                    # a verb after the quoted or future words of a reporting verb's clause is the speaker's:
                    # 'Yoon said the North would "pay a clear price" and called for ...'
                    said = self.speaker(norms, cs, mentions)
                    if said is not None:
                        subj, borrowed = [said[0]], True
            k = ev.anchor - 1
            # an event noun may follow adjectives: "sought in the brutal slaying of two missionaries"
            nominal = "verb" not in ev.flags or norms[ev.anchor].endswith("ing")
            adjectives = 2 if nominal else 0
            while k >= cs:
                within = next((m for m in left if m.start <= k < m.end), None)
                if within is not None:
                    k = within.start - 1        # "militants in the Gaza Strip fired"
                elif norms[k] in self.g["determiner"]:
                    k -= 1
                elif adjectives and tokens[k].text.isalpha() and tokens[k].text.islower() \
                        and norms[k] not in self.preps and norms[k] not in self.g["be"] \
                        and not any(m.start <= k < m.end for m in mentions) \
                        and not any(k in o.literal and (k == o.anchor or ("verb" in ev.flags
                                                                          and norms[ev.anchor].endswith("ing")))
                                    for o in (others or ()) if o is not ev):
                    # (another phrase's verb is no adjective: "condemned the killing of a journalist"; nor is the
                    # resolution another phrase vetoed the source of what it demands: "vetoed a resolution
                    # demanding a ceasefire"; "deepen defence cooperation during talks" still skips its nouns)
                    adjectives -= 1
                    k -= 1
                else:
                    break
            skipped = adjectives < (2 if nominal else 0)
            in_phrase = False   # an event noun inside a prepositional phrase ("an impact on the fight against X")
            purpose = k >= cs and norms[k] == "for" and k not in literal and self._purpose(norms, k, cs, left)
            visited = None      # "X is in Afghanistan for a state visit": the place the visit is to
            if code.startswith("042"):
                f, words = ev.anchor - 1, 0
                while f > cs and (norms[f] in self.g["determiner"] or (
                        words < 2 and tokens[f].text.isalpha() and tokens[f].text.islower() and norms[f] not in self.preps)):
                    words += norms[f] not in self.g["determiner"]
                    f -= 1
                if norms[f] == "for" and f not in literal and self._purpose(norms, f, cs, left):
                    j = f - 1
                    while j > cs and (norms[j] in _TIME_WORDS or norms[j].isdigit()):
                        j -= 1
                    visited = next((m for m in left if m.end == j + 1 and m.country), None)
            own_meeting = code.startswith("04") and k > cs and norms[k] in ("in", "during", "at") \
                and "sym" in ev.flags and norms[ev.literal[-1]] == "with"
            if own_meeting:
                # "Zelenskiy sought India's backing in a telephone call with Modi": a meeting "with" someone in a
                # phrase of the clause is its subject's own
                subj = [m for m in left if m.start >= cs and m.end <= k and self._in_pp(norms, m, cs) is None][:1] \
                    or subj
            if k >= cs and norms[k] in self.preps and norms[k] != "to" and k not in literal \
                    and not (skipped and norms[k] == "of") \
                    and not purpose \
                    and not (norms[k] == "at" and k > 0 and norms[k - 1] in ("speaking", "appearing", "talking")
                             and norms[ev.literal[-1]] == "with") \
                    and not (code.startswith("04") and norms[k] in ("in", "during") and k > cs
                             and norms[k - 1].endswith("ed") and norms[k - 1].isalpha()) \
                    and not own_meeting \
                    and not (code.startswith("042") and norms[k] in ("during", "on") and "to" in norms[ev.anchor:ev.end + 1]) \
                    and not (norms[k] in ("by", "against") and "verb" in ev.flags and norms[ev.anchor].endswith("ing")
                             and k == ev.anchor - 1 and (norms[k] == "by" or norms[k - 1] in self.g["deciding"])):
                # ("retaliated by expelling ten diplomats", "decided against supplying Ukraine with missiles")
                # an event noun inside a prepositional phrase ("killed in Israeli tank shelling"): only
                # its own modifiers can be its source, not the clause's subject (nor an embassy before it, which
                # is what was attacked: "over Russian embassy attacks in Ottawa")
                subj = [m for m in left if m.start > k and not (code.startswith(self.violence) and any(
                    norms[j] in self.g["envoy"] for j in range(m.start, m.end)))]
                # a verb's subject may stand after a quantity ("Tens of thousands of Serbs marched"): its own
                borrowed = nominal or norms[k] != "of"
                in_phrase = True
            elif k >= cs and (k < ev.anchor - 1 and norms[k + 1] in ("the", "a", "an", "this", "these", "its", "their")
                              or (k == ev.anchor - 1 and norms[k] != "to")) \
                    and any(k in o.literal and o.anchor < ev.anchor for o in (others or ()) if o is not ev):
                # the object of another event phrase is a deed noun, not this clause's deed: "X condemned the
                # attack on Israel" (X did not attack); only its own modifiers are its source ("the Israeli attack"),
                # nor is it its speaker's ("prosecutors say they are taking over the investigation of a slaying")
                subj = [m for m in left if m.start > k]
                borrowed = in_phrase = True
            if nominal and "verb" not in ev.flags:
                # "did not meet Israeli officials during his two-day trip to the UAE": "his" is the last single
                # person named before ("officials" are several)
                j = ev.anchor - 1
                while j > max(cs, ev.anchor - 6) and (norms[j] == "-" or norms[j].isdigit() or tokens[j].text.islower()) \
                        and norms[j] not in ("his", "her"):
                    j -= 1
                if j >= cs and norms[j] in ("his", "her"):
                    owner = [m for m in mentions if m.person and m.end <= j and usable(m)
                             and not tokens[m.end - 1].norm.endswith("s")]
                    if owner:
                        subj, borrowed = owner[-1:], True
            if not any(usable(m) for m in subj):
                # a document speaks for its author or the place it comes from: "A report by UN experts said",
                # "A report released in the Rwandan capital alleged that France ..."
                doc = next((k for k in range(max(0, cs - 1), ev.anchor) if norms[k] in g["document"]), None)
                if doc is not None:     # ("report" is also a verb of saying, so it may end the clause before)
                    authors = [m for m in inside if doc < m.start and m.end <= ev.anchor and usable(m)
                               and self._in_pp(norms, m, doc) in ("by", "from", "of", "in")]
                    if authors:
                        subj = [authors[0]]
            noun = ev.anchor > 0 and norms[ev.anchor - 1] in ("a", "an", "the", "this", "that")
            if not any(usable(m) for m in subj) or noun:
                # a nominal event and its agent: "an attack on Israeli troops by Hezbollah fighters", "It
                # followed a visit to Riyadh by Trump"
                comma = next((k for k in range(ev.end, len(norms)) if norms[k] == ","), len(norms))
                by = [m for m in right if self._in_pp(norms, m, ev.anchor + 1, literal) == "by" and usable(m)
                      and m.start < comma       # the noun's own agent, not one of a later clause
                      and not self._nearer_noun(tokens, norms, ev, m, others)]
                if by:
                    subj, borrowed = [by[0]], False
                elif noun and code.startswith("04") and ev.end < len(norms) and norms[ev.end] == "of":
                    # "The visit of Indian Prime Minister Manmohan Singh to Dhaka": the one "of" a visit or
                    # meeting makes it, when a party follows it ("to Dhaka", "with Hasina")
                    k = ev.end + 1
                    while k < len(norms) and norms[k] in g["determiner"]:
                        k += 1
                    of = next((m for m in right if m.start == k and usable(m)), None)
                    if of is not None and any(m.start > of.end and usable(m) and m.code != of.code and m.start < comma
                                              and self._in_pp(norms, m, of.end) in ("to", "with") for m in right):
                        subj, borrowed = [of], False
            if not subj and cs > 0 and norms[cs - 1] == "but" and main_subject:
                # "Xi told Biden that ..., but pressed Washington to": the sentence's subject goes on
                subj, borrowed = main_subject, True
            if not subj and nominal and code.startswith("04") and main_subject and cs > 0 and ev.anchor - cs <= 3 \
                    and norms[cs - 1] in ("after", "before", "during", "following", "ahead"):
                # "Kishida spoke to reporters after a breakfast meeting with Pelosi": the subject's own meeting
                subj, borrowed = main_subject, True
            if not subj and cs > 1 and norms[cs - 1] in ("that", "which") and main_subject \
                    and norms[cs - 2] in self.g["move"]:
                # "South Korea will terminate the pact, a move that drew a swift protest from Tokyo": the
                # deed named again is the sentence subject's
                subj, borrowed = main_subject, True
            if not subj and in_phrase and ev.anchor > 0 and norms[ev.anchor - 1] in ("its", "their") and left:
                # "Iran, which has supported Russia in its invasion of Ukraine": "its" is the actor just named
                subj, borrowed = self._group(mentions, left[-1]), True
            if not subj and cs > 0 and norms[cs - 1] in ("which", "who"):
                before = [m for m in mentions if m.end <= cs - 1 and m.code]
                if before and all(n.lstrip("^") in (",", '"', "'", "--", "-", "(") for n in norms[before[-1].end:cs - 1]):
                    subj = [before[-1]]     # the noun the relative pronoun follows, if an actor: not "..., said
                    #                         Safi Shangwe, who was heading to Goma" -> an actor named before
            p_at, echo = ev.anchor, None
            if ev.anchor > 1 and norms[ev.anchor - 1] == "and" and norms[ev.anchor].endswith("ing") and not subj:
                # ", denouncing the move and calling on Syria to ...": the second participle of the pair
                p_at = next((o.anchor for o in (others or ()) if o.anchor < ev.anchor and o.anchor > 1
                             and norms[o.anchor - 1] == "," and norms[o.anchor].endswith("ing")
                             and "," not in norms[o.anchor:ev.anchor]), ev.anchor)
            if p_at > 2 and norms[p_at - 1] in g["subordinate"] and norms[p_at - 2] == "," \
                    and p_at == ev.anchor and norms[ev.anchor].endswith("ing") and not subj:
                p_at -= 1   # ", after signing a treaty in Tashkent": the participle after a conjunction, too
            if p_at > 1 and norms[p_at - 1] == "," and norms[ev.anchor].endswith("ing") \
                    and "verb" in ev.flags and (subj or main_subject or p_at != ev.anchor):
                # ", drawing a rebuke from Beijing": the participle's subject is the subject of the clause
                # before it ("Biden called Xi a dictator, drawing ..." -> Biden, not Xi), else the sentence's
                pcs, _ = self.clause(norms, p_at - 2, p_at - 2)
                before = [m for m in mentions if pcs <= m.start and m.end <= p_at - 1 and usable(m)
                          and self._in_pp(norms, m, pcs) is None]
                subj = self._group(mentions, before[0]) if before else main_subject
                said = self.speaker(norms, pcs, mentions)
                j = p_at - 2
                while j > pcs and (norms[j] in _TIME_WORDS or norms[j] in ("on", "in")):
                    j -= 1
                told = [m for m in mentions if m.end == j and usable(m)] \
                    if j > pcs and norms[j] in g["reporting"] and "verb" in ev.flags else []
                if told and code.startswith(self.words):
                    # "A Chinese ship sank a Vietnamese boat, Hanoi said, lodging a protest with Beijing": the
                    # words after an inverted speaker are the speaker's
                    subj = self._group(mentions, told[-1])
                elif said is not None and usable(said[0]):
                    # "Hayashi said the Chinese action violated international law, describing the ships'
                    # intrusion as unacceptable": the clause before is reported; the speaker describes
                    subj = self._group(mentions, said[0])
                elif before and any(norms[k] in g["disaster"] for k in range(pcs, before[0].start)):
                    subj = []     # "A massive earthquake struck Afghanistan, killing 115 people": no actor did it
                elif before and any(o is not ev and pcs <= o.anchor < before[0].start
                                    for o in (others or ()) if o.anchor < p_at):
                    subj = []     # "Suicide bombers attacked the UN's office, killing 22": the object did not kill
                borrowed = True   # borrowed from the main clause: its other party may be there
            elif "verb" in ev.flags and norms[ev.anchor].endswith("ing") and code.startswith(self.words) and others:
                direct = next((m for m in mentions if m.end == ev.anchor and usable(m)), None)
                prior = [o for o in others if o is not ev and "verb" in o.flags and direct is not None
                         and cs <= o.anchor and o.end <= direct.start and "," not in norms[o.end:direct.start]
                         and norms[direct.start - 1] != "by"]
                # (not after a comma, ", with Poland's prime minister warning that", nor an agent: "protests
                # organized by the opposition demanding the resignation of")
                before = [m for m in mentions if prior and cs <= m.start and m.end <= prior[-1].anchor and usable(m)
                          and self._in_pp(norms, m, cs) is None]
                if before and before[0].code != direct.code:
                    # "Somalia cut ties with Kenya accusing her of meddling": words in a participle right after
                    # a verb's object (no comma) are the verb's subject's, and a pronoun they take is that object
                    subj, borrowed = self._group(mentions, before[0]), True
                    if ev.anchor + 1 < len(norms) and norms[ev.anchor + 1] in ("her", "him", "it", "them"):
                        echo = direct
            speaker = self.speaker(norms, cs, mentions)
            if not subj and speaker is not None and (not in_phrase or norms[ev.anchor - 1] in ("its", "his", "her", "their")):
                # (an event noun in a phrase is the speaker's only when it is its own: "made possible by its
                # mediation", not "an impact on the fight against IS")
                # "X emphasized the need to expand cooperation with Y", "X said it was ready to ...":
                # with no subject of its own, the clause speaks for the subject of its reporting verb
                subj = [speaker[0]]
                borrowed = True
            subj = [m for m in subj if usable(m)] or subj
            sources = self._group(mentions, subj[-1]) if subj else []
            if code.startswith(("042", "043")) and sources and all(
                    x.code[3:6] in ("MIL", "REB", "IRG") and not x.person and x.text.lower().endswith("s")
                    for x in sources):
                return []   # "Russian paratroopers began arriving in Kazakhstan": troops deploy, they do not visit
            if "sym" in ev.flags and norms[ev.literal[-1]] == "between":
                sources = []    # "a meeting between Jadhav and his family": its parties follow "between", no others
            if not any(usable(m) for m in sources) and code.startswith("18") and "verb" not in ev.flags:
                return self._unattributed(norms, ev, mentions, cs, code, rule, future)
            objs = [m for m in right if (self._in_pp(norms, m, ev.anchor + 1, literal) not in self.nontarget
                                         or self._posted_in(norms, m))
                    and not (m.end < len(norms) and norms[m.end] in g["reporting"] and m.start > 0
                             and norms[m.start - 1] == ",")   # (", Human Rights Watch said": the reporter)
                    and not self._sponsor(norms, m, code.startswith(("042", "036")))
                    # ("under the auspices of the African Union"; a place is where a visit goes)
                    and not (code.startswith(self.to_story) and self._in_pp(norms, m, ev.anchor + 1, literal) == "from")
                    # (aid "from the Red Cross Society of China to the Vanuatu Red Cross": from a giver)
                    and m.code not in {s.code for s in sources}
                    and not (m.anaphor and m.country in {s.country for s in sources})]   # "its military offensive"
            if echo is not None:
                objs = [echo]
            if not any(usable(m) for m in objs) and "verb" in ev.flags and others \
                    and code.startswith(self.words + ("03", "04", "05", "06", "07", "08")):
                # a second verb with no object of its own acts on the first one's: "China summoned the U.S.
                # ambassador and demanded an explanation", "met Modi and signed three agreements"
                k = ev.anchor - 1
                while k > cs and norms[k] in _ADVERB_SKIP:
                    k -= 1
                prev = [o for o in others if o is not ev and "verb" in o.flags and cs <= o.anchor < k] \
                    if k > cs and norms[k] == "and" else []
                if prev and not any(n in ("to", "that") for n in norms[prev[-1].anchor:k]) \
                        and not any(n == "that" or n in g["reporting"] for n in norms[max(0, cs - 1):prev[-1].anchor]):
                    # (not inside what the first verb asks or says: "called on Iran to show flexibility and
                    # make concessions"; nor after a first verb that is itself reported: "determined that Russia
                    # had wrongfully detained Gershkovich and urged his immediate release")
                    shared = [m for m in mentions if prev[-1].anchor < m.start and m.end <= k and usable(m)
                              and m.code not in {x.code for x in sources}
                              and self._in_pp(norms, m, prev[-1].anchor + 1, prev[-1].literal) is None]
                    objs = shared[:1] or objs
            if not any(usable(m) for m in objs) and ev.end < len(norms) and norms[ev.end] == "and" and others \
                    and ("verb" in ev.flags or norms[ev.anchor].endswith("ed")) and not norms[ev.anchor].endswith("ing") \
                    and not (ev.anchor > 0 and norms[ev.anchor - 1] in g["determiner"]):   # (not "about the fighting")
                # a first verb with no object of its own acts on the second one's: "fired on and seized three
                # Ukrainian naval vessels", "intercepted and downed a Houthi missile"
                nxt = next((o for o in others if o is not ev and "verb" in o.flags and o.anchor == ev.end + 1), None)
                if nxt is not None:
                    shared = [m for m in mentions if nxt.anchor < m.start and m.start <= nxt.end + 1 and usable(m)
                              and m.code not in {x.code for x in sources} and "one country" not in m.why
                              and self._in_pp(norms, m, nxt.anchor + 1, nxt.literal) is None]
                    objs = shared[:1] or objs
            # the speaker of a free relative is no object ("drills around Taiwan ... in what Beijing called a
            # stern warning")
            objs = [m for m in objs if not (m.start > 0 and norms[m.start - 1] == "what")]
            if code[:2] in ("03", "04", "05", "06") and not code.startswith("035"):
                # cooperation "against North Korea's missile development" is not with North Korea (but yielding
                # is to the party it was against: "offered to suspend their protests against the government")
                objs = [m for m in objs if self._in_pp(norms, m, ev.anchor + 1, literal) != "against"]
            if code[:2] in ("04", "05", "06"):
                # "discussed the Kosovo crisis", "talks on the Ukraine war": the affair named after a country is
                # what is talked about, not a party
                objs = [m for m in objs if not (len(m.code) == 3 and not m.person and m.start > 0 and (
                    (norms[m.start - 1] == "the" and self._affair_after(norms, m.end))
                    or (norms[m.start - 1].lstrip("^") == "(" and m.end < len(norms) and norms[m.end].lstrip("^") == ")"
                        and self._affair_after(norms, m.end + 1))))]
            owned = next((k for k in range(ev.anchor + 1, ev.end) if norms[k] in ("its", "their")
                          and k not in literal), None)
            if owned is not None and not any(m.start < owned for m in objs):
                # "an attack on its embassy in Kinshasa by demonstrators": the owner of the thing acted on
                owner = [m for m in mentions if m.end <= ev.anchor and usable(m)
                         and (len(m.code) == 3 or m.code[3:6] == "GOV") and m.country]
                if owner and owner[-1].country not in {s.country for s in sources}:
                    objs = owner[-1:]       # (not "Hungary dropped its objections": its own)
            if code[:2] in _FAULT_ROOTS:
                # "ordered sanctions over Gustavo Petro's refusal to let US aircraft land": the party whose
                # conduct is the reason is the target, before anything named inside that conduct
                cause = next((m for m in right if m.start > 0 and norms[m.start - 1] in ("over", "for")
                              and m.end < len(norms) and norms[m.end] == "'s" and usable(m)
                              and m.code not in {s.code for s in sources}), None)
                if cause is not None and (not objs or objs[0].start > cause.start):
                    objs = [cause] + objs
            if "dobj" in ev.flags:
                # the target must be the phrase's direct object ("released the mayor of Nablus"), not a
                # country adjective of a thing ("received Chinese aid")
                objs = [m for m in objs if all(n in self.g["determiner"] or n.isdigit() or n in _QUANTITY
                                               or (n.endswith("ed") and n.isalpha())   # "the exiled dissidents"
                                               or _hyphenated(norms, k)                # "quake-hit Myanmar"
                                               for k, n in enumerate(norms[ev.end:m.start], ev.end))
                        and not (len(m.code) == 3 and not m.person and m.end < len(norms)
                                 and tokens[m.end].text.isalpha() and tokens[m.end].text.islower()
                                 and norms[m.end] not in self.preps and norms[m.end] not in ("and", "or", "but", "as"))]
                # ("received Chinese aid": a country's adjective; not "defended Pakistan on Tuesday")
            # a noun ("the 1994 genocide of Tutsis") does not say its source acted at home
            k = ev.anchor - 1
            while k > cs and norms[k] in _ADVERB_SKIP:
                k -= 1
            coordinated = norms[k] == "and" if k > cs else False
            home = bool(sources) and not borrowed and "verb" in ev.flags and self._home(code, sources[-1]) \
                and not any(sources[-1].end <= o.anchor < ev.anchor and not self._after_prep(norms, o.anchor, left)
                            and not (coordinated and o.end <= k and "verb" in o.flags
                                     and not any(o.anchor < m.start < k for m in mentions))
                            for o in (others or ()) if o is not ev) \
                and not any(cs <= o.anchor < sources[-1].start and "verb" in o.flags
                            and not self.adjectival(norms, o, mentions, others)
                            for o in (others or ()) if o is not ev)   # the source is another verb's object
            # (a verb coordinated with one before it shares its subject: "Pinera backed down on Saturday and
            # suspended a rise in metro fares")
            if not objs and home:
                # where the clause puts it ("staged a protest in Beijing, unfurling banners")
                objs = self._placed_in(norms, left + right, sources, cs)
            if not any(usable(m) for m in objs) and ("loc" in ev.flags or home):
                # protests: the place protested in stands for its government ("a protest in Beijing"); past
                # an object of no country ("sent fighter jets into the skies around Taiwan")
                objs = [m for m in objs if usable(m)] + \
                    [m for m in right if m.code not in {s.code for s in sources} and m not in objs] or objs
            if not objs and code.startswith(self.about_place) and sources:
                # "demanded the release of a journalist in Turkey", "concerned about the situation in Myanmar":
                # words about what happens in another state are addressed to it
                objs = [m for m in right if m.country and m.code[3:] in ("", "GOV") and usable(m)
                        and (m.country not in {s.country for s in sources}
                             or (code.startswith("018") and m.why.startswith("region")))
                        and self._in_pp(norms, m, ev.anchor + 1, literal) in self.g["locative"]]
                # (sympathy for a region's people is for them, at home too: "Merkel expressed condolences over
                # the floods in Bavaria")
                if objs and (len(ev.literal) == 1 or code.startswith("01")) and ev.end < objs[0].start \
                        and norms[ev.end] in self.g["locative"] \
                        and all(n in self.g["determiner"] for n in norms[ev.end + 1:objs[0].start]):
                    objs = []   # "made his remarks in Doha", "demanded in New York that": where, not what about
                                # (but "demanding a ceasefire in Gaza")
            if objs and code.startswith(("09", "01")) and objs[0].end + 1 < len(norms) \
                    and norms[objs[0].end] in ("allegations", "reports", "claims", "accusations") \
                    and norms[objs[0].end + 1] == "that":
                # "an inquiry into U.S. allegations that a Russian cargo ship loaded weapons": into what is alleged
                alleged = [m for m in mentions if m.start > objs[0].end + 1 and usable(m)
                           and m.country not in {s.country for s in sources}][:1]
                objs = alleged or objs
            te = ce + 1 if ce + 1 < len(norms) and norms[ce] in ("reports", "claims") and norms[ce + 1] == "that" \
                else ce     # "declined to comment on reports that ...": "reports" is also a verb of saying
            if not objs and te < len(norms) and (
                    (code.startswith(("09", "01")) and norms[te] == "that" and norms[te - 1] in
                     ("reports", "allegations", "claims", "accusations", "suggestions", "evidence"))
                    or (code.startswith("13") and norms[te] in ("if", "unless"))
                    or (code.startswith("10") and norms[te] == "that" and all(
                        n in _TIME_WORDS or n.isdigit() for n in norms[ev.end:te]))):
                # "demanded on Monday that Venezuela's Maduro give up power": the demand is made of the that
                # clause's subject;
                # "investigating reports that Myanmar's military had committed abuses": what is investigated;
                # "would not hesitate to impose sanctions if Moscow and Pyongyang concluded an arms deal": a
                # threat is addressed to the subject of its condition
                _, ne = self.clause(norms, te + 1, te + 1)
                objs = [m for m in mentions if te < m.start and m.end <= ne and usable(m)
                        and self._in_pp(norms, m, te + 1) is None
                        and m.country not in {s.country for s in sources}][:1]
            if not objs and sources and code[:2] in ("09", "15", "16") and not code.startswith("151") and "verb" in ev.flags:
                # "South Korea raised its military alert level after North Korea said it had tested a hydrogen
                # bomb": a posture taken against the party whose act it answers (not a police alert at home);
                # "opened a war crimes investigation after a video appeared to show Russian soldiers ..."
                cause = next((k for k in range(ev.end, len(norms)) if norms[k] in ("after", "following", "amid")), None)
                if cause is not None:
                    objs = [m for m in mentions if m.start > cause and usable(m) and m.country
                            and m.country not in {s.country for s in sources}][:1]
            if objs and not usable(objs[0]) and norms[ev.literal[-1]] in _OBJECT_PREPS and objs[0].start >= ev.end \
                    and all(n in g["determiner"] for n in norms[ev.end:objs[0].start]):
                # "talks with the king and the crown prince, and went on to Ankara, where he met Erdogan": the
                # phrase's own object is its party, even unnamed; not an actor of a later clause
                objs = objs[:1]
            if "bare" in ev.flags:
                objs = []   # "Saudi Arabia and Iran have agreed to ..., according to a statement issued by China":
                            # a bare intention has no object of its own; its parties are its subjects
            if norms[ev.literal[-1]] == "as" and len(ev.literal) > 1 and norms[ev.anchor] != "as":
                # "described X as ...": X, the one between the verb and "as"; with none ("in what officials
                # described as the heaviest shelling by Indian forces"), no one named after it
                objs = [m for m in objs if m.end <= ev.literal[-1]]
            if code[:2] in ("02", "10"):
                objs = self._addressed(norms, ev, objs, ce)
            if objs and not usable(objs[0]):
                # "Iran arrested the journalist, accusing him of spying for Israel": a party of no known country
                # is still the object; one named in the participle clause after it is not
                cut = next((k for k in range(objs[0].end, len(norms) - 1) if norms[k] == ","
                            and norms[k + 1].endswith("ing") and norms[k + 1].isalpha()
                            and norms[k + 1] not in self.preps and norms[k + 1] not in self.g["ing_prep"]), None)
                if cut is not None:
                    objs = [m for m in objs if m.start < cut]
            objs = [m for m in objs if usable(m)] or objs
            if len(objs) > 1 and len(objs[0].code) == 3 and not objs[0].person \
                    and objs[0].country in {s.country for s in sources} and objs[1].start - objs[0].end <= 3 \
                    and objs[1].country not in {s.country for s in sources}:
                # the other of two countries side by side ("for Russian-Turkish relations", "on India's relations with China")
                objs = objs[1:]
            last = ev.literal[-1]
            if len(ev.literal) > 1 and norms[last] in _OBJECT_PREPS and last != ev.anchor:
                # "shared intelligence on North Korea with Japan": the phrase's own final preposition
                # introduces the target; an actor inside the gap is the topic
                after = [m for m in objs if m.start > last]
                if after and after[0].start <= last + 3:
                    objs = after
            elif len(ev.literal) > 1 and last != ev.anchor and objs and objs[0].end <= last \
                    and not objs[0].person and objs[0].code[3:6] in ("", "GOV", "MIL") \
                    and objs[0].country in {s.country for s in sources}:
                # "Abdel Aaty reaffirmed Egypt's support for the Syrian people", "apologised for atrocities
                # committed by German colonial troops in Tanzania": the speaker's own state or its forces inside
                # the phrase are no target; the party after the phrase is
                after = [m for m in objs if m.start > last]
                if after and after[0].start <= last + 3:
                    objs = after
            if "recv" in ev.flags and len(objs) > 1:
                # "extradited arms dealer Viktor Bout to the United States": the one handed over moves; the
                # receiver after "to" is the target
                to = [m for m in objs if m.start > objs[0].start and usable(m)
                      and self._in_pp(norms, m, ev.anchor + 1, literal) == "to"]
                if to:
                    objs = to
            targets = self._group(mentions, objs[0]) if objs else []
            targets = [t for t in targets if t.code not in {s.code for s in sources} and t not in tellers]
            if not targets and code.startswith("13") and sources and "verb" in ev.flags:
                # "China warned that 'Taiwan independence means war'": a warning is to the party its clause
                # opens with
                j = ev.end
                while j < len(norms) and (norms[j] in _TIME_WORDS or norms[j] in ("on", "in", ",")):
                    j += 1
                if j < len(norms) and norms[j] == "that":
                    k = j + 1
                    while k < len(norms) and norms[k].lstrip("^") in ('"', "'", "the"):
                        k += 1
                    first = next((m for m in mentions if m.start == k and usable(m)
                                  and m.country not in {x.country for x in sources}), None)
                    if first is not None:
                        targets = self._group(mentions, first)
            if not targets and visited is not None and visited.country not in {s.country for s in sources}:
                targets = [visited]
            if not targets and sources and ev.end < len(norms) and norms[ev.end] in g["reflexive"]:
                # "Iraq had attacked themselves"
                return [Dyad(s, s, code, rule + "+reflexive", future) for s in sources if usable(s)]
            if code.startswith("14") and not any(usable(s) for s in sources) and targets and targets[0].country \
                    and "inv" not in ev.flags and not passive \
                    and not any(n in g["celebrants"] for n in norms[cs:ev.anchor]):
                # (not "Jubilant fans poured into the streets of Abidjan")
                # "an anti-government demonstration in the Algerian capital", "Thousands rallied in Tbilisi
                # against Russia": a crowd of the people of the place where it happens
                where = next((m for m in mentions if cs <= m.start < ce and m.country and m.code[3:] in ("", "GOV")
                              and self._place(m) and self._in_pp(norms, m, cs) in g["locative"]), None)
                t0 = targets[0]
                home_of = where if where is not None else (
                    t0 if t0.code[3:] in ("", "GOV") and self._place(t0) else None)
                if home_of is not None:
                    crowd = ActorMention(home_of.start, home_of.end, "", self.cameo.get(home_of.country, home_of.country)
                                         + "OPP", home_of.country, "the crowd of the place protested in, implied")
                    return [Dyad(crowd, t, code, rule + "+crowd", future) for t in targets if usable(t)]
        if "inv" in ev.flags:
            sources, targets = targets, sources
        out: list[Dyad] = []
        each = any(norms[k:k + 2] in (["each", "other"], ["one", "another"], ["the", "other"]) for k in range(ev.anchor, ce - 1))
        # ("both sides accuse the other of ...": each accuses the other)
        # "Russia and Ukraine each concluding separate agreements with Turkey": not with each other
        apart = not each and (any(n in ("separate", "separately", "respective") for n in norms[ev.anchor:ev.end + 3])
                              or (ev.anchor > 0 and norms[ev.anchor - 1] == "each"))
        # cooperation by several parties is with each other unless it has an object of its own ("Spain,
        # Ireland and Norway recognised a Palestinian state")
        mutual = not apart and ("sym" in ev.flags or each or (code[:2] in ("03", "04", "05", "06")
                                               and not code.startswith(self.one_way) and not any(
            self._in_pp(norms, t, ev.anchor, literal) is None for t in targets)) or (
            code.startswith("087") and not targets))   # "Indian and Chinese troops began pulling back"
        src_keys = {s.country or s.code for s in sources}
        if code.startswith("150") and len(src_keys) >= 2 and not apart \
                and any(norms[k] in g["drill"] for k in range(ev.anchor, ev.end)) \
                and not any(norms[k] in ("against", "targeting", "simulating") for k in range(ev.anchor, ev.end)):
            # "Cambodian and Chinese troops launched their annual exercise": exercises held together are
            # military cooperation between the two (062)
            code, rule, mutual = "062", rule + "+joint", True
        if len(src_keys) >= 2 and mutual:
            # "X and Y agreed / met / co-chaired": each with the other
            for a in sources:
                for b in sources:
                    if (a.country or a.code) != (b.country or b.code):
                        out.append(Dyad(a, b, code, rule + "+mutual", future))
            # with both parties in the subject, a later actor is a party only as the phrase's own object
            # ("X and Y held talks with Z"), not inside another phrase ("talks in Moscow on Ukraine", "met on the
            # sidelines of the G20 summit", "saw eye to eye on the need to reform the UN")
            last = norms[ev.literal[-1]]
            targets = [t for t in targets if (t.country or t.code) not in src_keys
                       and self._in_pp(norms, t, ev.anchor, literal) is None
                       and (last in _OBJECT_PREPS or last not in self.preps)
                       and all(n in self.g["determiner"] for n in norms[ev.end:t.start])]
        elif len(src_keys) == 1 and mutual and sources[0].country and not [
                t for t in targets if not (t.country == sources[0].country and self._where(norms, t))] and (
                (norms[sources[0].end - 1] in self.g["sides"] and (
                    "'s" in norms[sources[0].start:sources[0].end] or "two" in norms[max(0, sources[0].start - 2):sources[0].end]))
                or self._sides_at_home(code, sources)):
            # (talks or agreements at home are between a state and its rebels or opposition: "Colombia's
            # government and the ELN rebels resumed peace talks")
            # "Sudan's warring sides have agreed on a ceasefire", "The two Libyan delegations signed a
            # ceasefire", "the Ethiopian defense force and the forces of Tigray region are fighting": two
            # sides within one state
            # (a place in that state is where they act, not a party: "M23 rebels and Congolese troops fought
            # near Goma")
            s0 = sources[0]
            out.append(Dyad(s0, self._state(s0.country, s0), code, rule + "+mutual+domestic", future))
            targets = []
        elif not sources and len({t.country or t.code for t in targets}) >= 2 and "sym" in ev.flags \
                and not (norms[ev.literal[-1]] == "between" and not all(
                    n in self.g["determiner"] for n in norms[ev.end:min(t.start for t in targets)])):
            # (the parties follow "between" at once: not "cooperation between their countries ... to respond
            # to North Korea and Russia's military cooperation")
            # "talks between X and Y"
            for a in targets:
                for b in targets:
                    if (a.country or a.code) != (b.country or b.code):
                        out.append(Dyad(a, b, code, rule + "+between", future))
            targets = []
        elif not sources and "sym" in ev.flags and targets and targets[0].country \
                and self._sides_at_home(code, targets) and (
                    (norms[ev.literal[-1]] == "between"
                     and all(n in self.g["determiner"] for n in norms[ev.end:targets[0].start]))
                    or (ev.end < targets[0].start and norms[ev.end] == "between"
                        and all(n in self.g["determiner"] for n in norms[ev.end + 1:targets[0].start]))):
            # "fighting between Congolese troops and M23 rebels": two sides within one state
            t0 = targets[0]
            out.append(Dyad(t0, self._state(t0.country, t0), code, rule + "+between+domestic", future))
            targets = []
        pair = {m.country for m in mentions if m.why.startswith("pair ->") and any(t.start == m.start for t in targets)}
        for s in sources:
            for t in targets:
                if s.code == t.code or (s.start == t.start and s.end == t.end):
                    continue
                if s.country in pair and t.why.startswith("pair ->"):
                    continue   # "Li called on the two sides to ...": one side speaking to both is no dyad
                if s.country and s.country == t.country and (len(s.code) == 3 or len(t.code) == 3) \
                        and (s.code[3:6] or t.code[3:6]) in _STATE_SECTORS \
                        and not ((code[:2] in ("18", "19", "20") or code.startswith("018")) and t.why.startswith("region")):
                    continue   # "Chinese officials ... China": no dyad between a state and its own agents
                    #          (but "forces carried out ethnic cleansing in western Tigray" is a domestic one,
                    #          and so is "Merkel expressed condolences over the floods in Bavaria")
                out.append(Dyad(s, t, code, rule, future))
                if "sym" in ev.flags and not intent and not refusal:   # an intention (or refusal) is its speaker's alone
                    out.append(Dyad(t, s, code, rule + "+sym", future))
                elif not refusal:
                    for f in ev.flags:
                        if f.startswith("rev="):
                            rc = self.intent_code(f[4:]) if intent else f[4:]
                            out.append(Dyad(t, s, rc or f[4:], rule + "+rev", future))
        out = [d for d in out if usable(d.source) and usable(d.target)
               and not (d.code[:2] == "04" and "people" in (d.source.text.lower(), d.target.text.lower()))
               # ("I have met people I wanted to meet": no party)
               and not (d.code[:3] in ("042", "043") and d.source.country == d.target.country
                        and "country from the place named" in d.source.why)   # "rescuers arrived in Adiyaman"
               and not (d.code[:2] == "04" and "MED" in (d.source.code[3:6], d.target.code[3:6]))]
        # (talking to reporters is no consultation: "Putin spoke to reporters in Moscow")
        out = [evolve(d, code=self._by_state(d.code), rule_id=d.rule_id + "+state") if self._civil_by_state(
            d.code, d.source, itself=d.source.end >= len(norms) or norms[d.source.end] not in ("and", ",", "-"))
               else d for d in out]
        # ("Japan protests China drone flight": the state's official protest; not "US and British activists")
        out = [evolve(d, code="1831", rule_id=d.rule_id + "+suicide") if d.code.startswith("19")
               and not self.g["suicide"].isdisjoint(d.source.text.lower().split()) else d for d in out]
        # ("A suicide bomber on a motorcycle struck a checkpoint": a suicide bombing, whatever the verb)
        out = [self._mass_killing(self._riot(self._assassination(self._by_weapon(d, norms, ev), norms, ev)), norms, ev)
               for d in out]
        if out and code.startswith(_FOR_RELEASE):
            out = self._captor(out, norms, ev, mentions, ce)
        if any(d.code.startswith("19") for d in out) and self._despite_truce(norms):
            # "kept shelling the town despite a ceasefire that took effect at midnight": a ceasefire violation
            out = [evolve(d, code="196", rule_id=d.rule_id + "+truce") if d.code.startswith("19") else d for d in out]
        if any(d.code == "040" for d in out):
            # "Trump and Putin met in Helsinki": a meeting in a state neither party belongs to is at a third
            # location (044)
            third = {m.country for m in mentions if cs <= m.start < ce and m.country and m.start > ev.anchor
                     and self._in_pp(norms, m, cs) in ("in", "at") and (len(m.code) == 3 or m.why.startswith(("capital", "town", "region")))}
            out = [evolve(d, code="044", rule_id=d.rule_id + "+third")
                   if d.code == "040" and third and d.source.country and d.target.country
                   and not third & {d.source.country, d.target.country} else d for d in out]
        if out:
            also = self._also_did(norms, ev, mentions, others)
            if also:
                # "Xi sent a message of congratulations, as did Tokayev": the same event by another source
                targets_of = [d for d in out if d.source.code in {s.code for s in sources}]
                out += [Dyad(a, d.target, d.code, d.rule_id + "+as_did", d.future) for a in also for d in targets_of
                        if usable(a) and a.country != d.target.country and a.code != d.source.code]
        if not out and not passive and home and "inv" not in ev.flags \
                and not any(norms[k] in self.g["envoy"] for k in (*literal, *range(ev.end, min(ce, ev.end + 6)))):
            # ("expels European diplomats", "revoked the visa of the Venezuelan ambassador")
            # a domestic event with no other party named: the source's own country
            out = [Dyad(s, self._state(s.country, s), code, rule + "+domestic", future)
                   for s in sources if s.country and not self._civil_by_state(code, s, itself=True)]
            # ("Japan protests as China ships approach": a state does not protest against itself)
        implied = not out and not targets and "inv" not in ev.flags
        b = backdrop
        if implied and not passive and "back" in ev.flags:
            # "North Korea fired shells into the island and the South Korean Navy returned fire": at the doer
            # of the deed before it in its sentence, else of the one the article reported last
            before = [o for o in (others or ()) if o is not ev and o.anchor < ev.start and o.code.startswith(self.deeds)]
            doer = next((m.country for m in mentions if before and m.end <= before[-1].anchor and usable(m)
                         and m.country not in {s.country for s in sources}), None) or b.doer
            out = self._to_implied(sources, doer, code, rule + "+back", future, "the doer of the deed before")
        if implied and not passive and b.doer and code.startswith(self.about_place) and self._deed_object(norms, ev):
            # "Washington condemned the launch": words about a deed reported before are addressed to its doer;
            # a state's words about deeds are not about its own retaliation but the deed before it ("Pakistan had
            # begun retaliatory strikes. Pakistan's prime minister condemned the strikes")
            doer = b.prior_doer if b.doer in {s.country for s in sources} and code[:2] in ("10", "11", "12", "13") \
                else b.doer
            out = self._to_implied(sources, doer, code, rule + "+reaction", future, "the doer of the deed reported before")
        if implied and not passive and not out and b.mover and code.startswith(self.about_place) \
                and self._deed_object(norms, ev, self.g["move"]):
            # "Taiwan says the Solomon Islands has switched diplomatic recognition to China. Foreign Minister
            # Joseph Wu condemned the move": words about the move reported before are addressed to its maker
            out = self._to_implied(sources, b.mover, code, rule + "+reaction", future, "the maker of the move reported before")
        if implied and not passive and not out and b.aid_receiver and ev.code.startswith(self.to_story) \
                and not any(usable(m) and m.country not in {s.country for s in sources} for m in right) \
                and not (code.startswith("072") and all(s.code[3:6] == "MIL" for s in sources)):
            # (armed forces "sending warplanes" into an area are on operations, not giving military aid)
            # aid with no receiver named goes where the story is ("Qatar sent an 87-member rescue team")
            out = self._to_implied(sources, b.aid_receiver, code, rule + "+story", future,
                                   "the receiver of the article's aid")
        if implied and not out and b.sides and code.startswith(self.to_sides) \
                and not any(s.country in b.sides for s in sources):
            # "talks mediated by Qatar, Egypt and the US": mediation between the sides the article is about
            for side in b.sides:
                out += self._to_implied(sources, side, code, rule + "+sides", future,
                                        "a side of the mutual event reported before")
        if implied and not passive and not out and b.focus and code.startswith(self.to_focus) \
                and not any(usable(m) for m in right) and (denied or self._affair_object(norms, ev.end, ce)):
            # "Western capitals voiced doubts", "condemned the violence against protesters": a reaction to
            # the affairs of the country the article is about
            for src in sources:
                out += self._to_implied([src], self._focus_for(b.focus, src), code, rule + "+focus", future,
                                        "the country the article is about")
        if implied and not passive and not out and code.startswith(self.to_focus) \
                and not any(usable(m) for m in right) and self._affair_object(norms, ev.end, ce):
            # "Belarus's opposition rejected the election results": a country's own groups about its own
            # affairs address their state
            out = [Dyad(src, self._state(src.country, src), code, rule + "+domestic", future) for src in sources
                   if src.country and src.code[3:6] in ("OPP", "REB", "SEP", "CVL", "EDU", "LAB", "REL", "JUD", "LEG")]
        return out

    @staticmethod
    def _focus_for(focus: tuple[str, ...], source: ActorMention) -> str | None:
        """The country the article is about, for a source: the one it names most, or the next one for a
        source of that country (a story on two states: each reacts to the other)."""
        return next((c for c in focus if c != source.country), None)

    def _affair_object(self, norms: list[str], k: int, ce: int) -> bool:
        """Whether the words from k on name no object, or a country's own affairs (grammar class affair:
        "the vote", "the conduct of the election", "the violence against protesters")."""
        while k < ce and norms[k].lstrip("^") in ('"', "'", "on", "about", "over", "at", "of", "to", "with", "for"):
            k += 1
        if k >= ce or norms[k] in (".", ",", ";"):
            return True
        for _ in range(4):
            if k >= ce:
                return False
            if norms[k] in self.g["affair"]:
                return True
            if not (norms[k] in self.g["determiner"] or (norms[k].isalpha() and norms[k] not in self.function)):
                return False
            k += 1
        return False

    def _after_and(self, norms: list[str], k: int) -> bool:
        """Whether "and" brings in the verb at k, past auxiliaries and adverbs ("and had already spoken to")."""
        j = k - 1
        while j > 0 and k - j <= 3 and (norms[j] in _AUX or norms[j] in self.g["be"] or norms[j] in _ADVERB_SKIP
                                        or norms[j] in ("already", "also", "then", "later", "since")):
            j -= 1
        return norms[j] == "and"

    def _new_subject(self, norms: list[str], m: ActorMention) -> bool:
        """Whether an actor after ", and" / ", but" / ", while" is the subject of a clause of its own: a verb
        follows it ("..., and the UN released $5 million")."""
        k = m.start - 1
        while k > 0 and norms[k] in self.g["determiner"]:
            k -= 1
        if k < 1 or norms[k] not in ("and", "but", "while", "whereas") or norms[k - 1] != "," or m.end >= len(norms):
            return False
        w = norms[m.end]
        return w in self.g["reporting"] or w in self.g["be"] or w in self.g["future"] or w in _AUX \
            or (w.endswith("ed") and w.isalpha() and len(w) > 3)

    def _also_did(self, norms: list[str], ev: EventMention, mentions: list[ActorMention],
                  others: list[EventMention] | None) -> list[ActorMention]:
        """The actors of ", as did X" (", as has X", "and so did X") after an event phrase, with no other event
        phrase between them; it repeats the sentence's first event phrase only ("condemned the attack on
        Israel, and so did Britain": the condemnation)."""
        if any(o.anchor < ev.anchor for o in (others or ()) if o is not ev):
            return []
        for k in range(ev.end, len(norms) - 2):
            if norms[k] in ("as", "so") and norms[k - 1] in (",", "and") \
                    and norms[k + 1] in ("did", "has", "have", "had", "does", "do", "was", "were"):
                if any(ev.end <= o.anchor < k for o in (others or ()) if o is not ev):
                    return []
                first = next((m for m in mentions if m.start in (k + 2, k + 3) and m.code), None)
                return self._group(mentions, first) if first is not None else []
        return []

    def _evaluation(self, norms: list[str], ev: EventMention, mentions: list[ActorMention], cs: int, ce: int,
                    code: str, rule: str, future: bool, focus: tuple[str, ...] = (), doer: str | None = None) -> list[Dyad]:
        """An evaluative predicate (flag `eval`: "... were baseless", "... was 'extremely wrong'") is the
        speaker's judgement of the clause's subject: "China said Japan's remarks were extremely wrong",
        "Japan's remarks were extremely wrong, China said" -> CHN 111 JPN. The subject's actor may be its
        owner ("Japan's remarks"), a modifier ("the American claims") or inside it ("the elections in
        Belarus"). With no speaker, or anything but adverbs inside the phrase ("was not illegal"), nothing is
        coded. A subject with no actor that is a country's own affair ("the elections had been neither free
        nor fair") is the affair of the country the article is about (`focus`); "this" or "it" is the deed the
        article reported before, its `doer`'s."""
        literal = set(ev.literal)
        if not all(norms[k].endswith("ly") or norms[k].lstrip("^") in _EVAL_GAP or norms[k] in self.g["determiner"]
                   or (norms[k] == "'s" and k > ev.anchor) or any(m.start <= k < m.end for m in mentions)
                   or (k + 1 < ev.end and norms[k + 1] == "'s")      # an owner: "demonstrates the West's refusal"
                   for k in range(ev.anchor, ev.end) if k not in literal):
            return []       # only adverbs between the verb and the judgement ("was 'extremely wrong'"), no "not"
        said = self.speaker(norms, cs, mentions) or self._speaker_after(norms, ce, mentions)
        if said is None or not usable(said[0]):
            return []
        source = said[0]
        about = [m for m in mentions if cs <= m.start and m.end <= ev.anchor and usable(m) and m is not source]
        if any(m.country == source.country for m in about if m.why.startswith("pair ->")):
            return []       # "Xi said the two countries should be partners": the speaker's own side among them
        if ev.end < len(norms) and norms[ev.end] == "that" and all(norms[k] in ('"', "it") for k in range(cs, ev.anchor)):
            # "said it was unacceptable that Iraqi security forces had not acted": the that-clause's subject
            after = next((m for m in mentions if m.start > ev.end and usable(m)), None)
            about = [after] if after is not None and all(
                norms[k] in self.g["determiner"] for k in range(ev.end + 1, after.start)) else []
        agents = [m for m in about if self._in_pp(norms, m, cs) == "by"]   # "the attack on X by Y was ..."
        if not about and self._focus_for(focus, source) and any(norms[k] in self.g["affair"] for k in range(cs, ev.anchor)) \
                and self._affair_object(norms, cs, ev.anchor):
            return self._to_implied([source], self._focus_for(focus, source), code, rule + "+speaker+focus", future,
                                    "the country the article is about")
        if not about and doer and all(norms[k] in ('"', "this", "it", "that") for k in range(cs, ev.anchor)):
            # '"This is a flagrant violation of international law," he said': the deed reported before
            return self._to_implied([source], doer, code, rule + "+speaker+reaction", future,
                                    "the doer of the deed reported before")
        if not about or (agents or about)[0].country == source.country:
            return []       # "Russia said its actions were legal": no judgement of another party
        return [Dyad(source, t, code, rule + "+speaker", future) for t in self._group(mentions, (agents or about)[0])
                if usable(t) and t.country != source.country]

    def _speaker_after(self, norms: list[str], ce: int, mentions: list[ActorMention]) -> tuple[ActorMention, str] | None:
        """The speaker of a clause whose reporting verb follows it: "..., China said" or "..., said China"."""
        j = ce
        while j < len(norms) and norms[j] in (",", '"'):
            j += 1
        if j > ce and j < len(norms):
            # '"This is a flagrant violation of international law," he said', '"...," the ministry said'
            who = next((m for m in mentions if (m.start == j or (m.start == j + 1 and norms[j] == "the")) and m.code),
                       None)
            if who is not None and who.end < len(norms) and norms[who.end] in self.g["reporting"]:
                return who, norms[who.end]
        if ce >= len(norms) or norms[ce] not in self.g["reporting"]:
            return None
        before = next((m for m in mentions if m.end == ce and m.code), None)
        if before is not None and before.start > 0 and norms[before.start - 1] in (",", "the"):
            return before, norms[ce]
        after = next((m for m in mentions if m.start in (ce + 1, ce + 2) and m.code), None)
        if after is not None and ce > 0 and norms[ce - 1] == "," and (
                after.end >= len(norms) or norms[after.end] in (".", ",")):
            return after, norms[ce]
        return None

    def _to_implied(self, sources: list[ActorMention], country: str | None, code: str, rule: str, future: bool,
                    why: str) -> list[Dyad]:
        """Dyads from each source of another country to a state the text leaves implied."""
        if not country:
            return []
        return [Dyad(s, self._state(country, s, why), code, rule, future)
                for s in sources if usable(s) and s.country != country]

    def adjectival(self, norms: list[str], ev: EventMention, mentions: list[ActorMention],
                   others: list[EventMention] | None) -> bool:
        """A participle describing the actor after it, not an event: "free five detained U.S. citizens",
        "meet detained leader Aung San Suu Kyi", "the jailed activist"; the second half of a compound adjective
        ("an EU-funded school", "Iranian-designed drones"); a word in -ing before a noun of class attributive
        ("opposing sides")."""
        w = norms[ev.anchor]
        if ev.anchor > 1 and norms[ev.anchor - 1] == "-" and norms[ev.anchor - 2].isalnum() and w in self.g["maker"]:
            return True
        if w.endswith("ing") and ev.end == ev.anchor + 1 and ev.end < len(norms) and norms[ev.end] in self.g["attributive"]:
            return True     # "backed opposing sides in conflicts"
        if w.endswith("ing") and ev.end == ev.anchor + 1 and any(m.start == ev.end for m in mentions) and any(
                ev.anchor - 1 in o.literal and o is not ev and norms[ev.anchor - 1].endswith("ing")
                for o in (others or ())):
            return True     # "executing surrendering Ukrainian troops": the troops who surrendered
        if ev.end != ev.anchor + 1 or not (w.endswith("ed") or w in self.participles):
            return False
        if not any(m.start == ev.end for m in mentions):
            return False
        if ev.anchor == 0:
            return True     # "Jailed Kremlin critic Alexei Navalny went on hunger strike"
        prev = norms[ev.anchor - 1]
        if prev == "both" and any(m.end == ev.anchor - 1 for m in mentions):
            return False    # "Annan both condemned Israel's assault and called for ...": the subject's verb
        if any(m.end == ev.anchor for m in mentions) and not prev.isdigit():
            return False    # "UN chief condemned Israel": "chief" ends the subject, no determiner of a participle
        return (prev in self.g["determiner"] or prev.isdigit() or prev in _QUANTITY
                or any(ev.anchor - 1 in o.literal for o in (others or ()) if o is not ev))

    def _affair_after(self, norms: list[str], k: int) -> bool:
        """An affair noun at k, past a bracketed acronym and up to two adjectives ("the North Korean (DPRK)
        nuclear crisis")."""
        if k + 2 < len(norms) and norms[k].lstrip("^") == "(" and norms[k + 2].lstrip("^") == ")":
            k += 3
        for _ in range(3):
            if k >= len(norms):
                return False
            if norms[k] in self.g["affair"]:
                return True
            if not norms[k].isalpha() or norms[k] in self.function:
                return False
            k += 1
        return False

    def _deed_object(self, norms: list[str], ev: EventMention, nouns: set[str] | None = None) -> bool:
        """Whether the phrase's object is a deed referred back to ("condemned the launch", "rejected this
        move", "denounced the latest strikes as ...", "dismissed the warnings"); `nouns`: the class of the
        deed nouns (grammar class deed unless given)."""
        deed = self.g["deed"] if nouns is None else nouns
        if norms[ev.literal[-1]] in deed and len(ev.literal) > 1:
            return True     # the phrase ends with the deed noun itself
        k = ev.end
        if k + 1 < len(norms) and norms[k] == "that" and norms[k + 1] in ("the", "this", "these", "such", "its", "their"):
            k += 1      # "warning that the exercises risked escalation"
        if k < len(norms) and norms[k] in ("the", "this", "that", "these", "those", "such", "its", "their"):
            k += 1
            for _ in range(2):
                if k < len(norms) and norms[k] not in deed and norms[k].isalpha() \
                        and norms[k] not in self.function:
                    k += 1      # "the latest strikes", "the illegal annexation"
            return k < len(norms) and norms[k] in deed
        return False

    @staticmethod
    def _addressed(norms: list[str], ev: EventMention, objs: list[ActorMention], ce: int) -> list[ActorMention]:
        """The one an appeal or demand is addressed to stands before the "to" of what is asked, named or not
        ("called on the international community to protect civilians in Palestine", "urged ... to"): the gap
        between "on" (or the verb) and "to" inside the phrase, else what follows a final "on" up to "to"."""
        lit = sorted(ev.literal)
        gap = next(((a, b) for a, b in zip(lit, lit[1:]) if b > a + 1
                    and not all(n in _TIME_WORDS for n in norms[a + 1:b])), None)
        # (not a day the phrase skips: "appealed on Thursday to the United Nations for food")
        if gap is not None and (gap[0] == ev.anchor or norms[gap[0]] in ("on", "upon")) and norms[gap[1]] == "to":
            return [m for m in objs if gap[0] < m.start and m.end <= gap[1]]
        if norms[lit[-1]] in ("on", "upon"):
            to = next((k for k in range(ev.end, ce) if norms[k] == "to"), None)
            if to is not None:
                return [m for m in objs if m.start < to]
        return objs

    @staticmethod
    def _place(m: ActorMention) -> bool:
        """Whether a mention names a place (a country, capital, region or city), not a body in it."""
        return m.why.startswith(("capital", "country", "region", "city")) and "role" not in m.why

    def _civil_by_state(self, code: str, source: ActorMention, itself: bool = False) -> bool:
        """Whether a crowd's act (code class `civil`: protests, riots) is done by a state's agents (or, with
        `itself`, by the state named as such: "Japan protests")."""
        return code.startswith(self.civil) and (source.code[3:6] in ("GOV", "MIL", "COP", "SPY") or (
            itself and len(source.code) == 3 and source.why.startswith(("country", "capital"))))

    @staticmethod
    def _by_state(code: str) -> str:
        """What a crowd's act is when a state's agents do it: storming a building is seizing it (171), a
        protest is an official complaint (114): "police stormed the Mexican embassy", "the army had also
        protested, using its own channels"."""
        return "171" if code.startswith("145") else "114"

    def _nearer_noun(self, tokens: list[Token], norms: list[str], ev: EventMention, agent: ActorMention,
                     others: list[EventMention] | None) -> bool:
        """Whether a "by" agent after an event phrase belongs to another event noun between them ("a strong
        protest was lodged over unprovoked ceasefire violations by Pakistani forces"): a phrase used as a noun,
        after a determiner or preposition and up to two adjectives."""
        for o in others or ():
            if o is ev or not (ev.end <= o.anchor < agent.start):
                continue
            k, words = o.anchor - 1, 0
            while k > ev.anchor and words < 2 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                    and norms[k] not in self.g["determiner"] and norms[k] not in self.preps:
                k, words = k - 1, words + 1
            if norms[k] in self.g["determiner"] or norms[k] in self.preps:
                return True
        return False

    def _purpose(self, norms: list[str], k: int, cs: int, left: list[ActorMention]) -> bool:
        """Whether "for" at k gives the purpose of being, coming or visiting somewhere ("X was in Tbilisi for
        talks with Y", "X arrived in Beijing on Monday for a state visit", "X visited Riyadh for talks"), so the event noun after it is the
        clause subject's own."""
        j = k - 1
        for _ in range(3):
            while j > cs and (norms[j] in _TIME_WORDS or norms[j].isdigit()):
                j -= 1
            place = next((m for m in left if m.end == j + 1), None)
            if place is None:
                break
            j = place.start - 1
            while j > cs and (norms[j] in self.g["determiner"] or norms[j] in self.g["place_adjective"]):
                j -= 1
            if j >= cs and norms[j] in self.g["visiting"]:
                return True     # "X visited Riyadh on Tuesday for talks with Y"
            if norms[j] not in self.g["locative"] and norms[j] not in self.g["direction"]:
                return False
            j -= 1
        return j >= cs and (norms[j] in self.g["be"] or norms[j] in self.g["arrival"])

    def _after_prep(self, norms: list[str], k: int, mentions: list[ActorMention]) -> bool:
        """Whether token k stands in a prepositional phrase ("in Israeli jails"): a preposition before it,
        past determiners and actor names."""
        k -= 1
        while k >= 0:
            within = next((m for m in mentions if m.start <= k < m.end), None)
            if within is not None:
                k = within.start - 1
            elif norms[k] in self.g["determiner"]:
                k -= 1
            else:
                break
        return k >= 0 and norms[k] in self.preps

    def _home(self, code: str, source: ActorMention) -> bool:
        """Whether an event with this code and source and no target named stays in the source's country."""
        if not source.country:
            return False
        return code.startswith(self.home_codes) or (code.startswith(self.violence + self.armed_threat)
                                                and source.code[3:6] not in _STATE_SECTORS)

    def _state(self, country: str, near: ActorMention, why: str = "domestic event") -> ActorMention:
        """The state of a country as an implicit party (no text of its own), positioned at `near`."""
        return ActorMention(near.start, near.end, "", self.cameo.get(country, country), country,
                            f"the country itself, implied ({why})")

    def _unknown_agent(self, code: str, rule: str, future: bool, norms: list[str], ev: EventMention,
                       subj: list[ActorMention], right: list[ActorMention],
                       mentions: list[ActorMention]) -> list[Dyad]:
        """A passive with no agent named: a mutual event between the parties named ("An agreement was
        signed between X and Y"); for domestic codes the state where it happened acted ("Protesters were
        arrested in Minsk" BLR -> BLROPP); for violence against one state's people in another state, that
        other state; otherwise nothing is coded."""
        between = [m for m in right if self._in_pp(norms, m, ev.anchor) == "between" and usable(m)]
        if "sym" in ev.flags and between:
            parties = [m for m in self._group(mentions, between[0]) if usable(m)]
            return [Dyad(a, b, code, rule + "+passive+between", future) for a in parties for b in parties
                    if (a.country or a.code) != (b.country or b.code)]
        if not subj or not subj[-1].country:
            return []
        blamed = self._blamed(norms, ev, mentions)
        if blamed is not None and code.startswith(self.deeds):
            # "Haniyeh was assassinated in Tehran in a strike that Hamas and Iran blamed on Israel"
            return [Dyad(blamed, t, code, rule + "+passive+blamed", future)
                    for t in self._group(mentions, subj[-1]) if usable(t) and t.country != blamed.country]
        if subj[-1].code[3:6] in ("MIL", "COP") and not code.startswith(self.violence):
            # "French troops were deployed to Mali": forces sent somewhere are their state's act
            dest = [m for m in right if usable(m) and m.country != subj[-1].country
                    and self._in_pp(norms, m, ev.anchor + 1, set(ev.literal)) in (None, "to", "into")]
            if dest:
                return [Dyad(s, dest[0], code, rule + "+passive+sent", future)
                        for s in self._group(mentions, subj[-1]) if usable(s)]
        targets = [t for t in self._group(mentions, subj[-1]) if t.country]
        where = [m for m in right if m.country and m.code[3:] in ("", "GOV")
                 and self._in_pp(norms, m, ev.anchor) in self.g["locative"]]
        if code.startswith(self.violence):
            # "There were ten Russian soldiers killed in Ukraine": the country where forces of another were
            # killed fought them
            if "by" in norms[ev.end:(where[0].start if where else ev.end) + 8]:
                return []      # "blown up over Ukraine by a missile fired by rebels": an agent is named
            if where and where[0].country != targets[0].country:
                state = self._state(where[0].country, where[0])
                return [Dyad(state, t, code, rule + "+passive+place", future) for t in targets
                        if t.country != state.country]
            if not all(t.person and t.code[3:6] not in (*ARMED, "MIL", "COP", "CVL") for t in targets):
                return []      # "37 people were killed in missile attacks": casualties, not an act at home
            # "Former prime minister Shinzo Abe was shot dead in Nara": a named person attacked at home by
            # no one named is an act within the state (as a domestic arrest is)
        elif not code.startswith(self.home_codes):
            return []
        party = next((m for m in mentions if m.end == ev.anchor), None)
        k = party.start - 1 if party is not None else -1
        while k > 0 and (norms[k] in self.g["determiner"] or norms[k].isdigit()):
            k -= 1
        if k > 0 and (norms[k] == "," or self._in_pp(norms, party, 0) not in (None, "with")):
            return []   # a reduced relative on a party named in passing is background, not news: "in exchange for
            # an Iranian diplomat jailed in Belgium", "..., the two Canadians detained in China last month"
        if any(norms[k] in self.g["envoy"] for k in range(subj[-1].start, subj[-1].end)):
            return []   # "The employees of the embassy have been ordered to leave": a foreign state's people
        if not where and any(m.country and m.country != targets[0].country for m in mentions):
            return []   # another state is named: it may be the one that acted ("Israel released X, jailed ...")
        country = where[0].country if where else targets[0].country
        state = self._state(country, where[0] if where else targets[0])
        out = [Dyad(state, t, code, rule + "+passive+domestic", future) for t in targets if t.code != state.code]
        return [self._assassination(d, norms, ev) for d in out] if code.startswith(self.violence) else out

    def _unattributed(self, norms: list[str], ev: EventMention, mentions: list[ActorMention], cs: int,
                      code: str, rule: str, future: bool) -> list[Dyad]:
        """A bombing no one is named for ("A roadside bomb killed five Malian soldiers", "Two car bombs
        exploded in Mogadishu, killing more than 100 people"): by the party it is blamed on, else by an
        unknown actor of the state where it happened (the place named, else the victims' country), against
        its victims."""
        blamed = self._blamed(norms, ev, mentions) or next(
            (m for m in mentions if ev.anchor < m.start < ev.end and norms[m.start - 1] == "by" and usable(m)), None)
        # ("a bomb attack by Pakistani militants on a bus": the agent named inside the phrase)
        ce = self.clause(norms, ev.anchor, ev.end)[1]
        where = [m for m in mentions if usable(m) and m.country and m.start < ce and self._located(norms, m, cs)]
        # (in its own clause)
        victims = [m for m in mentions if usable(m) and m.country and m.start > ev.anchor and m not in where
                   and m is not blamed and (m.code[3:6] != "GOV" or site_of(m))]
        # (a mission abroad is a victim: "A suicide car bomber struck the Indian embassy in Kabul")
        if blamed is not None:
            source = blamed
        elif where or victims:
            first = (where or victims)[0]
            source = self._state(first.country if where else (site_of(first) or first.country), first)
        else:
            return []
        places = where or [v for v in victims if v.why.startswith("region")]
        targets = [v for v in victims if v.code != source.code] or (
            [self._state(places[0].country, places[0])] if places else [])
        # (with no victims named, against the state where it struck: "A car bomb exploded in Peshawar" PAK->PAK,
        # "Bombs ripped through seven Mumbai commuter trains" IND->IND)
        return [Dyad(source, t, code, rule + "+unattributed", future) for t in targets]

    def _located(self, norms: list[str], m: ActorMention, cs: int) -> bool:
        """Whether mention m is a place where something happened: after a locative preposition ("in
        Peshawar"), or after "of" and a place noun or direction so placed ("on the outskirts of Peshawar",
        "in the city of Derna", "southwest of Baghdad")."""
        pp = self._in_pp(norms, m, cs)
        if pp in self.g["locative"]:
            return True
        if pp != "of":
            return False
        k = m.start - 1
        while k > cs and norms[k] != "of":
            k -= 1
        return self.of_place(norms, k, cs)

    def of_place(self, norms: list[str], k: int, lo: int = 0) -> bool:
        """Whether the "of" at k names a place: after a direction ("southwest of Baghdad") or after a place
        noun a locative preposition places ("on the outskirts of Peshawar", "in the city of Derna"; not
        "taken the city of Mosul"); lo: where to stop looking back."""
        k -= 1
        if k < lo:
            return False
        if norms[k] in self.g["compass"]:
            return True
        if norms[k] not in self.g["place_noun"]:
            return False
        k -= 1
        while k >= lo and (norms[k] in self.g["determiner"] or norms[k] in self.g["place_adjective"]):
            k -= 1
        return k >= lo and (norms[k] in self.g["locative"] or norms[k] == "on")

    @staticmethod
    def _blamed(norms: list[str], ev: EventMention, mentions: list[ActorMention]) -> ActorMention | None:
        """The party a deed is blamed on later in its sentence ("in a strike that Iran blamed on Israel",
        "an attack attributed to Russia", "an attack claimed by the Baloch Liberation Army"), if any."""
        for k in range(ev.end, len(norms) - 1):
            if (norms[k] in ("blamed", "blames", "attributed", "pinned") and norms[k + 1] in ("on", "to")) \
                    or (norms[k] == "claimed" and norms[k + 1] == "by"):
                j = k + 2
                while j < len(norms) and norms[j] in ("the", "a", "an"):
                    j += 1
                return next((m for m in mentions if m.start in (k + 2, j) and usable(m)), None)
        return None

    def speaker(self, norms: list[str], cs: int, mentions: list[ActorMention]) -> tuple[ActorMention, str] | None:
        """The subject of the reporting verb that introduces the clause starting at cs, and the verb."""
        if cs <= 0:
            return None
        k = cs - 1
        while k > 0 and norms[k] in ('"', ":", ","):     # 'Zakharova said: "We call on the sides ..."'
            k -= 1
        vow = False
        if norms[k] == "that" and k > 0:
            k -= 1
            j = k
            while j > 0 and k - j < 6 and (norms[j] in _TIME_WORDS or norms[j].isdigit() or norms[j] in _ADVERB_SKIP
                                           or norms[j] in self.g["determiner"] or norms[j] in self.g["statement"]):
                j -= 1      # "said on Thursday that", "said in a joint statement on Wednesday that"
            told = next((m for m in mentions if m.end == j + 1 and m.start > 0), None)
            if told is not None:
                t = told.start - 1
                while t > 0 and norms[t] in self.g["determiner"]:
                    t -= 1
                if norms[t] in self.g["telling"]:
                    j = t   # "told the Security Council that": the teller speaks, not the one told
            # ("vowed that Israel would face harsh punishment": a vow's subject speaks for its "that" clause)
            vow = norms[j] in self.g["vow"]
            if norms[j] in self.g["reporting"] or norms[j] in self.g["claim"] or vow:
                k = j
        if norms[k] not in self.g["reporting"] and norms[k] not in self.g["claim"] and not vow:
            return None
        rs, _ = self.clause(norms, k, k)
        verb = norms[k]
        if k > 0 and norms[k - 1] == ",":
            # "Egypt, which has long accused Doha of ..., said": the speaker stands before the aside
            w = next((j for j in range(k - 2, max(0, k - 40), -1) if norms[j] in ("which", "who")
                      and norms[j - 1] == ","), None)
            if w is not None:
                rs, _ = self.clause(norms, w - 2, w - 2)
                k = w - 1
        cand = [m for m in mentions if rs <= m.start and m.end <= k and m.code and self._in_pp(norms, m, rs) is None]
        cand = [m for m in cand if usable(m)] or cand
        return (cand[-1], verb) if cand else None

    def claims(self, tokens: list[Token], ev: EventMention, mentions: list[ActorMention],
               dyads: list[Dyad], norms: list[str] | None = None) -> tuple[list[Dyad], bool]:
        """"X said/claimed that Y attacked Z": X accuses Y (112). Returns the accusations and whether
        the reported event itself stands (not when the verb contests it: claim, allege)."""
        if not ev.code.startswith(self.reported):
            return [], True
        norms = self.norms(tokens) if norms is None else norms
        cs, ce = self.clause(norms, ev.anchor, ev.end)
        sp = self.speaker(norms, cs, mentions) or (None if dyads else self._speaker_after(norms, ce, mentions))
        # (a speaker after the clause only for a deed with no target: "..., China said")
        if sp is None or not usable(sp[0]):
            return [], True
        speaker, verb = sp
        if not dyads:
            # "Israel alleges the Islamic Republic launched the assault": a deed with no target named is still
            # an accusation of its doer, when the speaker contests or alleges it, or when the deed needs no
            # target ("China said the United States violated international law": 128)
            doer = next((m for m in mentions if cs <= m.start and m.end <= ev.anchor and usable(m)
                         and self._in_pp(norms, m, cs) in (None, "by")), None)
            if (verb in self.g["claim"] or ev.code.startswith(self.breach)) and doer is not None and doer.country \
                    and doer.country != speaker.country:
                return [Dyad(speaker, doer, "112", ev.rule_id + "+reported", False)], True
            return [], True
        out, seen = [], set()
        for d in dyads:
            if d.future:
                continue
            if "+unattributed" in d.rule_id or "+place" in d.rule_id:
                continue        # a deed no one is named for is no one's claim or accusation
            if d.source.code == speaker.code or (d.source.country == speaker.country and (
                    len(d.source.code) == 3 or d.source.code[3:6] in _STATE_SECTORS)):
                # (a state's own forces: "A foreign ministry spokesperson said Pakistani strikes had hit ...")
                # "The US claimed that they had attacked Iraq": the speaker claims the deed as its own (a
                # violent one; "Canada said it had expelled six diplomats" is an announcement, no claim)
                if d.target.code != speaker.code and "claim" not in seen and ev.code.startswith(self.violence) \
                        and not ev.code.startswith("191") \
                        and d.target.country != speaker.country and "sym" not in ev.flags:
                    # ("said it was closing its airspace": no deed to claim; "the army said jet strikes killed 22
                    # militants in North Waziristan": a state's account of its operations at home is no claim of
                    # responsibility; "said border guards exchanged fire": a clash is no one's deed to claim)
                    seen.add("claim")
                    out.append(Dyad(speaker, d.target, "015", ev.rule_id + "+claimed", False))
                continue
            if d.source.code in seen:
                continue
            seen.add(d.source.code)
            out.append(Dyad(speaker, d.source, "112", ev.rule_id + "+reported", False))
        return out, verb not in self.g["claim"]

    def _group(self, mentions: list[ActorMention], m: ActorMention) -> list[ActorMention]:
        return [x for x in mentions if x.group == m.group and x.code] if m.group >= 0 else [m]
