"""Dates: the publication date from an article's header, and event dates resolved from a sentence.

Event dates are resolved by hand-written rules (fast, deterministic, no per-sentence dateparser call):
explicit dates in common formats, month-year, month alone, year, weekdays, yesterday/today/tomorrow,
last/this/next week-month-year, weekends, "N days ago". dateparser (English only, configured once) reads
publication dates in header lines the rules do not know.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from .records import record

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3}

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Each rule: (kind, compiled regex). Ordered: more specific first; matches may not overlap.
_RULES = [
    ("iso", re.compile(r"\b" + _YEAR + r"[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)\b")),
    ("mdy", re.compile(r"\b" + _MON + r"\s+" + _DAY + r"(?:,|\s)\s*" + _YEAR + r"\b", re.I)),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + r"\b", re.I)),
    ("my", re.compile(r"\b" + _MON + r"\s+(?:of\s+)?" + _YEAR + r"\b", re.I)),
    ("md", re.compile(r"\b(?:on|since|by|from|until|till|before|after)\s+(?:the\s+)?(?:" + _MON + r"\s+" + _DAY +
                      r"|" + _DAY.replace("day>", "day2>") + r"\s+(?:of\s+)?" + _MON.replace("mon>", "mon2>") + r")\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("md_bare", re.compile(r"(?<![\w.])" + _MON + r"\s+" + _DAY + r"\b(?!\s*,?\s*(?:19|20)\d\d|\s*(?:percent|%|million|billion|people))")),
    ("mon", re.compile(r"\b(?P<pre>in|during|since|early|late|mid|by|last|next|this|until|through)[\s-]+(?:early\s+|late\s+|mid-?)?"
                       r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)", re.I)),
    ("year", re.compile(r"\b(?P<pre>in|during|since|by|until|of|through)\s+(?:early\s+|late\s+|mid-?)?" + _YEAR + r"\b(?![-/]\d)", re.I)),
    ("again", re.compile(r"\b(?:(?:later|earlier)\s+(?:that|the same)\s+day|(?:that|the same)\s+day|the\s+(?P<next>next|following)\s+day"
                         r"|the\s+(?P<prev>previous)\s+day|the\s+day\s+(?P<before>before)|(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?P<dir>later|earlier)"
                         r"|at\s+the\s+time)\b", re.I)),
    ("rel", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow|overnight|earlier\s+today|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<dir>last|next|this|on|on\s+the)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("weekend", re.compile(r"\b(?P<dir>last|this|next|past|previous|coming|over\s+the|at\s+the|on\s+the)\s+weekend\b", re.I)),
    ("period", re.compile(r"\b(?P<dir>last|this|next|past|previous|coming)\s+(?P<unit>week|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
]


_RULES_BY_KIND = dict(_RULES)

# What a rule's match must contain, to skip rules that cannot match a sentence: a digit (a day or a year),
# and, in lower case, one of a few words (a month's first letters, "day", "ago"...).
_NEEDS_DIGIT = {"iso", "mdy", "dmy", "my", "md", "md_bare", "year"}
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CUES = {"mdy": _MONTH_STEMS, "dmy": _MONTH_STEMS, "my": _MONTH_STEMS, "md": _MONTH_STEMS, "md_bare": _MONTH_STEMS,
         "mon": _MONTH_STEMS,
         "rel": ("yesterday", "today", "tonight", "tomorrow", "overnight", "morning", "afternoon", "evening"),
         "weekday": ("day",), "weekend": ("weekend",), "again": ("day", "time"), "period": ("week", "month", "year"), "ago": ("ago",)}
_CUE_WORDS = tuple(dict.fromkeys(w for words in _CUES.values() for w in words))
# (kind, regex, whether it needs a digit, its cue words or None)
_RULE_NEEDS = [(kind, rx, kind in _NEEDS_DIGIT, frozenset(_CUES[kind]) if kind in _CUES else None)
               for kind, rx in _RULES]
_DIGIT = re.compile(r"\d")


def cue_words(text: str) -> tuple[str, ...]:
    """The rules' cue words that occur in a text (lower-cased): a sentence cut from it holds no others, so
    an article's are looked for once and then only those in each of its sentences (`find_dates`)."""
    low = text.lower()
    return tuple(w for w in _CUE_WORDS if w in low)


def _rules_for(sentence: str, words: tuple[str, ...] = _CUE_WORDS) -> list[tuple[str, re.Pattern]]:
    """The rules that can match in the sentence, whose cue words are among `words`. The words are looked
    for only in ASCII text, where the rules' case-insensitive matching is plain lower-casing (and a digit is
    one of 0-9)."""
    if not sentence.isascii():
        digit = _DIGIT.search(sentence) is not None
        return [(kind, rx) for kind, rx, needs_digit, _ in _RULE_NEEDS if digit or not needs_digit]
    digit = any(d in sentence for d in "0123456789")
    low = sentence.lower()
    cues = {w for w in words if w in low}
    return [(kind, rx) for kind, rx, needs_digit, words in _RULE_NEEDS
            if (digit or not needs_digit) and (words is None or not words.isdisjoint(cues))]


@record
class DateMention:
    start: int            # character offsets in the sentence
    end: int
    text: str
    kind: str
    groups: tuple[tuple[str, str | None], ...]


@record
class ResolvedDate:
    date: dt.date | None
    precision: str        # day | week | month | year | none
    text: str | None      # the expression used; None when the publication date was used


def find_dates(sentence: str, words: tuple[str, ...] | None = None) -> list[DateMention]:
    """Temporal expressions in a sentence, left to right, not overlapping. `words`: the cue words of the
    text the sentence was cut from (`cue_words`), when known."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _rules_for(sentence, _CUE_WORDS if words is None else words):
        for m in rx.finditer(sentence):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(), kind, tuple(m.groupdict().items())))
    found.sort(key=lambda d: d.start)
    return found


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(mention: DateMention, pub: dt.date | None, future: bool = False) -> ResolvedDate | None:
    """The date a temporal expression stands for, relative to the publication date `pub`."""
    g = dict(mention.groups)
    k = mention.kind
    if k == "iso":
        d = _safe(int(g["year"]), int(g["m"]), int(g["d"]))
        return ResolvedDate(d, "day", mention.text) if d else None
    if k in ("mdy", "dmy"):
        d = _safe(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]))
        return ResolvedDate(d, "day", mention.text) if d else None
    if k == "my":
        return ResolvedDate(dt.date(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], 1), "month", mention.text)
    if k == "year":
        return ResolvedDate(dt.date(int(g["year"]), 1, 1), "year", mention.text)
    if pub is None:
        return None
    if k in ("md", "md_bare"):
        mon = g.get("mon") or g.get("mon2")
        day = g.get("day") or g.get("day2")
        month = MONTHS[mon.lower().rstrip(".")]
        d = _safe(pub.year, month, int(day))
        if d is None:
            return None
        if not future and d > pub + dt.timedelta(days=7):
            d = _safe(pub.year - 1, month, int(day)) or d
        elif future and d < pub - dt.timedelta(days=7):
            d = _safe(pub.year + 1, month, int(day)) or d
        return ResolvedDate(d, "day", mention.text)
    if k == "mon":
        month = MONTHS[g["mon"].lower()]
        pre = g["pre"].lower()
        year = pub.year
        if pre == "last" or (pre not in ("next", "this") and not future and month > pub.month):
            year -= 1
        elif (pre == "next" or future) and month < pub.month:
            year += 1
        return ResolvedDate(dt.date(year, month, 1), "month", mention.text)
    if k == "rel":
        w = g["word"].lower()
        if w == "yesterday":
            return ResolvedDate(pub - dt.timedelta(days=1), "day", mention.text)
        if w == "tomorrow":
            return ResolvedDate(pub + dt.timedelta(days=1), "day", mention.text)
        return ResolvedDate(pub, "day", mention.text)
    if k == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        direction = (g.get("dir") or "").lower()
        back = (pub.weekday() - wd) % 7
        if direction == "next" or (future and direction != "last"):
            fwd = (wd - pub.weekday()) % 7
            return ResolvedDate(pub + dt.timedelta(days=fwd or 7 if direction == "next" else fwd), "day", mention.text)
        if direction == "last" and back == 0:
            back = 7
        return ResolvedDate(pub - dt.timedelta(days=back), "day", mention.text)
    if k == "weekend":     # the Saturday of the weekend meant, precision week
        direction = g["dir"].lower().split()[0]
        if direction in ("next", "coming") or (future and direction in ("this", "over", "at", "on")):
            return ResolvedDate(pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7), "week", mention.text)
        back = (pub.weekday() - 5) % 7            # days since the last Saturday (0 on a Saturday)
        if direction in ("last", "past", "previous") and back < 2:
            back += 7                             # "last weekend" said on a weekend: the one before
        return ResolvedDate(pub - dt.timedelta(days=back), "week", mention.text)
    if k == "period":
        unit, direction = g["unit"].lower(), g["dir"].lower()
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[direction]
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            return ResolvedDate(monday, "week", mention.text)
        if unit == "month":
            m0 = pub.year * 12 + pub.month - 1 + step
            return ResolvedDate(dt.date(m0 // 12, m0 % 12 + 1, 1), "month", mention.text)
        return ResolvedDate(dt.date(pub.year + step, 1, 1), "year", mention.text)
    if k == "ago":
        n = g["n"].lower()
        n = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        unit = g["unit"].lower()
        if unit == "day":
            return ResolvedDate(pub - dt.timedelta(days=n), "day", mention.text)
        if unit == "week":
            d = pub - dt.timedelta(weeks=n)
            return ResolvedDate(d - dt.timedelta(days=d.weekday()), "week", mention.text)
        if unit == "month":
            m0 = pub.year * 12 + pub.month - 1 - n
            return ResolvedDate(dt.date(m0 // 12, m0 % 12 + 1, 1), "month", mention.text)
        return ResolvedDate(dt.date(pub.year - n, 1, 1), "year", mention.text)
    return None


def event_date(sentence: str, pub: dt.date | None, near: int = 0, future: bool = False,
               mentions: list[DateMention] | None = None, default: ResolvedDate | None = None,
               intent: bool = False, before: ResolvedDate | None = None) -> ResolvedDate:
    """The date of an event whose phrase starts at character `near` of the sentence.

    The temporal expression nearest to the phrase wins, except one that only says since when a state
    has lasted ("closed since September 2021"). A future event looks forward only from expressions after
    its phrase ("will meet him on Monday"); one before it dates the statement ("announced on August 13
    that they would"). An `intent` event is the statement of an intention: expressions after its phrase
    date the intended deed ("agreed to hold talks on August 20"), so only those before it count. An
    expression of when something takes effect ("a ceasefire starting at midnight on Sunday", "effective
    from May 1", "until Friday") dates no event. "In October last year" is a month of last year. With no
    expression: `default` (the article's lead date), else the publication date (precision day); with no
    publication date either, no date (precision none). "That day", "the next day", "two days later", "at the
    time" count from `before`, the day the article last put an event on (none without one).
    """
    cands = find_dates(sentence) if mentions is None else mentions
    cands = [m for m in cands if not bounding(sentence, m) and not (intent and m.start >= near)
             and not _aside_after(sentence, near, m.start) and not _cause_after(sentence, near, m.start)]
    cands, shift = _sequence(sentence, near, cands)
    later_report = [m for m in cands if m.start > near and "," in sentence[near:m.start]
                    and _REPORTED.search(sentence, max(0, m.start - 30), m.start)]
    if later_report and len(later_report) < len(cands):
        # "The DPRK on Monday slammed the drills, and warned of retaliation, KCNA reported on Tuesday": the
        # report's date is not the event's when the sentence gives another
        cands = [m for m in cands if m not in later_report]
    best = None
    for m in sorted(cands, key=lambda m: min(abs(m.start - near), abs(m.end - near))):
        r = _again(m, before) if m.kind == "again" else (
            _month_of_year(m, cands, sentence, pub) or resolve(m, pub, future and m.start >= near))
        if r is not None and r.date is not None:
            best = r
            break
    if best is not None and shift and best.date is not None and best.precision == "day":
        return ResolvedDate(best.date + dt.timedelta(days=shift), "day",
                            f"{best.text} ({-shift if shift < 0 else shift} day{'s' if abs(shift) > 1 else ''} "
                            f"{'before' if shift < 0 else 'after'})")
    if best is not None:
        return best
    if default is not None:
        return default
    if pub is not None:
        return ResolvedDate(pub, "day", None)
    return ResolvedDate(None, "none", None)


# "after"/"before" joining two events of one sentence, with the days between them when the text counts them
# ("The air raid on Saturday came a day after Baghdad summoned Turkey's ambassador"); not a time of day
# ("shortly after midnight on Sunday")
_SEQUENCE = re.compile(r"\b(?:(?P<n>a|an|one|two|three|four|five|six|\d+)\s+(?P<unit>days?|hours?)\s+)?"
                       r"(?P<rel>after|before)\b(?!\s+(?:midnight|noon|dawn|dusk|sunset|sunrise|dark|\d))", re.I)
_REPORTED = re.compile(r"\b(?:said|says|reported|reports|announced|told|stated|added|confirmed)\s+(?:on\s+|late\s+|early\s+)?$",
                       re.I)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _sequence(sentence: str, near: int, cands: list[DateMention]) -> tuple[list[DateMention], int | None]:
    """The expressions that may date an event whose phrase starts at `near` when "after"/"before" joins its
    clause to another event's: those on its own side of the connective. An event in the "after" clause
    with no expression of its own takes the other clause's date less the days the text counts ("came a day
    after X" -> a day before; "two days before X" -> two days after); with none counted, the other clause's
    expressions date it as before. Returns (expressions, days to add to the date found, or None)."""
    conns = [m for m in _SEQUENCE.finditer(sentence)]
    if not conns or not cands:
        return cands, None
    before = [m for m in conns if m.end() <= near]
    if before:          # the event stands in the clause the last connective before it opens
        c = before[-1]
        own = [m for m in cands if m.start >= c.end()]
        if own:
            return own, None
        other = [m for m in cands if m.end <= c.start()]
        if other and c.group("n"):
            n = _COUNT.get(c.group("n").lower()) or (int(c.group("n")) if c.group("n").isdigit() else 1)
            days = n if c.group("unit").lower().startswith("day") else 0
            return other, (-days if c.group("rel").lower() == "after" else days)
    return cands, None


_ONSET = re.compile(r"\b(?:starting|beginning|effective|until|till|by|as of|deadline of)"
                    r"(?:\s+(?:at|on|in|from))?(?:\s+(?:midnight|noon|dawn|the\s+end\s+of))?(?:\s+(?:on|of))?\s*$", re.I)


# an expression that carries its own "since", "by" or "until" bounds a state or sets a deadline
_BOUND = re.compile(r"(?:since|by|until|till)\b", re.I)

_AHEAD = re.compile(r"\b(?:will|shall|is due|are due|is set|are set|plans? to|scheduled)\b", re.I)

# a date after a possessive names a thing it dates ("its Aug 5, 2019, illegal action"), not the sentence's event
_OWNED = re.compile(r"(?:\b(?:its|their|his|her)|\w's|\w')\s+$", re.I)


_RELATIVE = re.compile(r"(?:,\s+|\s)(?:which|who|whose)\b", re.I)


def in_relative(sentence: str, start: int) -> bool:
    """Whether a date stands in a relative clause (", which began Monday"), before that clause's next comma."""
    return _aside_after(sentence, 0, start)


def _aside_after(sentence: str, near: int, start: int) -> bool:
    """Whether a date after an event's phrase lies in a relative clause that begins between them ("met
    Pelosi, whose visit to Taiwan earlier this week ..."), before the clause's next comma: it dates that
    clause, not the event."""
    if start <= near:
        return False
    opener = None
    for opener in _RELATIVE.finditer(sentence, near, start):
        pass
    return opener is not None and "," not in sentence[opener.end():start]


_CAUSE = re.compile(r"\b(?:in response to|in retaliation for|in reaction to|in revenge for|despite|in spite of|amid)\b",
                    re.I)


def _cause_after(sentence: str, near: int, start: int) -> bool:
    """Whether a date after an event's phrase stands in the cause it answers ("is suspending its mission in
    response to last week's expulsion") or the background it happened against ("despite a ceasefire that began
    two days ago", "amid protests that erupted last week"): it dates that, not the event."""
    return start > near and _CAUSE.search(sentence, near, start) is not None


def bounding(sentence: str, mention: DateMention) -> bool:
    """Whether an expression dates no event: it bounds a state or sets a deadline (`bounds`: "since 2011",
    "by 2030"), has "since" earlier in its clause ("the first since the inaugural session in April 2022"), or
    says when something takes effect (`onset`: "starting at midnight on Sunday"), or follows a possessive and
    dates the thing named after it ("its Aug 5, 2019, illegal action", "Russia's March 2014 annexation")."""
    return bounds(mention) or _since(sentence, mention.start) or onset(sentence, mention.start) \
        or _OWNED.search(sentence[max(0, mention.start - 20):mention.start]) is not None


def bounds(mention: DateMention) -> bool:
    """Whether an expression carries its own "since", "by" or "until": it bounds a state ("suspended since
    2011") or sets a deadline ("by 2030"), and dates no event."""
    return _BOUND.match(mention.text) is not None


def ahead(sentence: str, start: int) -> bool:
    """Whether words just before a date put it in the future ("will hold talks in Malaysia on Monday")."""
    return _AHEAD.search(sentence[max(0, start - 80):start]) is not None


@lru_cache(maxsize=4096)     # asked for each event of a sentence about each of its dates
def onset(sentence: str, start: int) -> bool:
    """Whether a date says when something takes effect or ends, not when an event happened ("starting at
    midnight on Sunday", "effective from May 1", "until Friday", "by the end of March")."""
    return _ONSET.search(sentence[max(0, start - 40):start]) is not None


@lru_cache(maxsize=4096)
def _since(sentence: str, start: int) -> bool:
    """Whether a date only says since when a state has lasted: "since" earlier in its clause ("closed since
    September 2021", "since taking up arms again in late 2021")."""
    head = sentence[:start]
    cut = max(head.rfind(c) for c in ",;:(")
    return _SINCE.search(head[cut + 1:]) is not None


_SINCE = re.compile(r"\bsince\b", re.I)


def _again(m: DateMention, before: ResolvedDate | None) -> ResolvedDate | None:
    """A day told from the day of the event reported before ("later that day", "the next day", "two days
    later", "at the time"), at that day's precision."""
    if before is None or before.date is None:
        return None
    g = dict(m.groups)
    if g.get("next"):
        step = 1
    elif g.get("prev") or g.get("before"):
        step = -1
    elif g.get("n"):
        n = g["n"].lower()
        step = (int(n) if n.isdigit() else NUMBERS.get(n, 1)) * (1 if g["dir"].lower() == "later" else -1)
    else:
        step = 0
    if step and before.precision != "day":
        return None
    return ResolvedDate(before.date + dt.timedelta(days=step), before.precision, m.text)


def _month_of_year(m: DateMention, cands: list[DateMention], sentence: str,
                   pub: dt.date | None) -> ResolvedDate | None:
    """ "In October last year", "in February this year": a month and a year period written together."""
    if pub is None or m.kind not in ("mon", "period"):
        return None
    for a in cands:
        for b in cands:
            if a.kind == "mon" and b.kind == "period" and 0 <= b.start - a.end <= 1 and m in (a, b):
                g, h = dict(a.groups), dict(b.groups)
                if h["unit"].lower() != "year":
                    return None
                step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[h["dir"].lower()]
                return ResolvedDate(dt.date(pub.year + step, MONTHS[g["mon"].lower()], 1), "month",
                                    sentence[a.start:b.end])
    return None


# ---- publication dates -------------------------------------------------------------------------

_HEADER_DATE = re.compile(
    r"(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d"
    r"|\b[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b"
    r"|" + _MON.replace("(?P<mon>", "(?:") + r"\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|[0-3]?\d(?:st|nd|rd|th)?\s+" + _MON.replace("(?P<mon>", "(?:") + r",?\s+(?:19|20)\d\d", re.I)


@cache
def _dateparser():
    import dateparser  # slow import, done once and only when needed
    return dateparser.DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                                 "REQUIRE_PARTS": ["day", "month", "year"]})


def parse_date(text: str) -> dt.date | None:
    """A date written in any common English format (ISO, 'September 24, 2023', '6 October 2010', '2020/8/24')."""
    text = text.strip()
    if not text:
        return None
    m = re.match(r"^((?:19|20)\d\d)[-/.]([01]?\d)[-/.]([0-3]?\d)", text)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^([0-3]?\d)[./]([01]?\d)[./]((?:19|20)\d\d)$", text)
    if m:   # 28.09.2023: day first, as written outside the US
        return _safe(int(m[3]), int(m[2]), int(m[1]))
    for dm in find_dates(text):
        if dm.kind in ("mdy", "dmy", "iso"):
            r = resolve(dm, None)
            if r and r.date:
                return r.date
    try:
        got = _dateparser().get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return got.date_obj.date() if got and got.date_obj else None


# The latest day a dateline without a year ("MANILA, July 8 (Kyodo) --") may stand for: the date of the
# dictionaries (people.tsv's terms run to it), so that the same text always gets the same date.
DATELINE_HORIZON = dt.date(2026, 12, 31)
_MONTH_DAY = re.compile(r"^\s*" + _MON + r"\s+" + _DAY + r"\s*[.,]?\s*$", re.I)
_LATE = re.compile(r"\b(?:late|night|overnight|evening)\b[^.]{0,12}$", re.I)
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def dateline_date(rest: str, text: str, lead: str = "") -> dt.date | None:
    """The publication date of a dateline that gives a month and a day but no year ("Bogota, Jan 27 (EFE).-",
    "MANILA, July 8 (Kyodo) --"). The year: the latest (up to DATELINE_HORIZON, not before any year the
    text names) in which the weekday of the lead's news ("signed ... on Monday") is the dateline's day, or the
    day before for news of the night ("late on Sunday") or when no such year is left; with no weekday in the
    lead (`lead`: the text from the dateline on, its first 600 characters), the latest year. When the text
    gives a full date ("took office on June 30, 2016"), the earliest such year on or after the latest one it
    gives instead: a story is dated near the days it tells of. None when `rest` is not a month and a day."""
    m = _MONTH_DAY.match(rest or "")
    if not m:
        return None
    month, day = MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day"))
    years = [int(y) for y in _YEAR_WORD.findall(text) if int(y) <= DATELINE_HORIZON.year]
    first = max(years, default=DATELINE_HORIZON.year - 30)
    cands = [d for y in range(DATELINE_HORIZON.year, first - 1, -1)
             if (d := _safe(y, month, day)) is not None and d <= DATELINE_HORIZON]
    if not cands:
        return None
    # a full date the text gives ("took office on June 30, 2016") puts the story on or after it: then the
    # earliest such year, else the latest
    days = [d for full in _HEADER_DATE.finditer(text) if (d := parse_date(full.group())) is not None
            and d <= DATELINE_HORIZON]
    if days:
        after = [d for d in cands if d >= max(days)]
        cands = sorted(after) if after else cands
    lead = lead[:600]
    wd = next((w for w in _RULES_BY_KIND["weekday"].finditer(lead)), None)
    if wd is None:
        return cands[0]
    w = WEEKDAYS[wd.group("wd").lower()]
    order = (1, 0) if _LATE.search(lead[:wd.end()]) else (0, 1)
    for gap in order:
        hit = next((d for d in cands if (d.weekday() - w) % 7 == gap), None)
        if hit is not None:
            return hit
    return cands[0]


def header_date(lines: list[str]) -> tuple[dt.date | None, str | None]:
    """The first full date in an article's header lines, and the line it came from."""
    for line in lines:
        for m in _HEADER_DATE.finditer(line):
            d = parse_date(m.group())
            if d and dt.date(1900, 1, 1) <= d <= dt.date(2100, 1, 1):
                return d, line
    return None, None
