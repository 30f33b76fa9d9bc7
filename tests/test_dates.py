import datetime as dt

import pytest

from eventcoder.dates import ResolvedDate, event_date, header_date, parse_date

PUB = dt.date(2023, 9, 24)   # a Sunday


@pytest.mark.parametrize("sentence,expected,precision", [
    ("They met yesterday.", "2023-09-23", "day"),
    ("They met today.", "2023-09-24", "day"),
    ("They met on Sunday.", "2023-09-24", "day"),
    ("They met on Friday.", "2023-09-22", "day"),
    ("In November 2022, Zarepour met Shoitov.", "2022-11-01", "month"),
    ("In May, the aide emphasized cooperation.", "2023-05-01", "month"),
    ("In October, the aide emphasized cooperation.", "2022-10-01", "month"),
    ("The memorandum was signed on October 5 2010.", "2010-10-05", "day"),
    ("The memorandum was signed on 5 October 2010.", "2010-10-05", "day"),
    ("The memorandum was signed on Sept. 17, 2015.", "2015-09-17", "day"),
    ("The treaty was signed in 2019.", "2019-01-01", "year"),
    ("Troops clashed last week.", "2023-09-11", "week"),
    ("Troops clashed last month.", "2023-08-01", "month"),
    ("Troops clashed three days ago.", "2023-09-21", "day"),
    ("They met on September 20.", "2023-09-20", "day"),
    ("Ministers met in Moscow.", "2023-09-24", "day"),
])
def test_event_dates(sentence, expected, precision):
    r = event_date(sentence, PUB)
    assert (r.date.isoformat(), r.precision) == (expected, precision)


def test_future_weekday_looks_forward():
    r = event_date("Lipov will meet his Iranian counterpart on Monday.", PUB, future=True)
    assert r.date == dt.date(2023, 9, 25)


def test_past_weekday_on_publication_weekday_is_that_day():
    assert event_date("They met on Sunday.", PUB).date == PUB


def test_no_dates_at_all():
    r = event_date("Ministers met.", None)
    assert r.date is None and r.precision == "none"


def test_nearest_expression_wins():
    s = "The ministers met on Monday, after a summit in 2019."
    assert event_date(s, PUB, near=s.index("met")).date == dt.date(2023, 9, 18)


@pytest.mark.parametrize("lines,expected", [
    (["Moscow, September 18, 2015. -- The XIV session"], "2015-09-18"),
    (["6 October 2010"], "2010-10-06"),
    (["September 24, 2023"], "2023-09-24"),
    ([" date 2019-09-18 Home » Nation"], "2019-09-18"),
    (["By Chen Qingqing Source: Global Times Published: 2020/8/24 11:07:12"], "2020-08-24"),
])
def test_header_dates(lines, expected):
    assert header_date(lines)[0].isoformat() == expected


def test_parse_date_rejects_nonsense():
    assert parse_date("not a date at all") is None
    assert parse_date("2023-02-30") is None


def test_since_does_not_date_an_event():
    s = "Algeria reopened its airspace, closed to Moroccan aircraft since September 2021, on Saturday."
    r = event_date(s, dt.date(2023, 9, 11), near=s.index("reopened"))
    assert (r.date, r.precision) == (dt.date(2023, 9, 9), "day")


def test_month_of_last_year():
    s = "In October last year, Canada withdrew 41 diplomats from India."
    r = event_date(s, dt.date(2024, 10, 15), near=s.index("withdrew"))
    assert (r.date, r.precision) == (dt.date(2023, 10, 1), "month")


def test_future_event_dated_by_an_earlier_statement_date():
    s = "The UAE and Israel announced on August 13 that they would establish full diplomatic relations."
    r = event_date(s, dt.date(2020, 9, 16), near=s.index("establish"), future=True)
    assert r.date == dt.date(2020, 8, 13)
    s = "Lipov will also meet his Iranian counterpart on Monday."
    assert event_date(s, dt.date(2023, 9, 24), near=s.index("meet"), future=True).date == dt.date(2023, 9, 25)


# Dates that date no event of the sentence: (why, sentence, publication date, the event's word, the event's date;
# when that is the publication date, the sentence gave no date of its own)
UNDATING = [
    ("since earlier in the clause",
     "Kinshasa accuses Kigali of backing the rebels, who have seized territory since taking up arms in late 2021.",
     dt.date(2024, 7, 31), "accuses", dt.date(2024, 7, 31)),
    ("when something takes effect",
     "Congo and Rwanda have agreed to a ceasefire starting at midnight on Sunday.", dt.date(2024, 7, 31), "agreed",
     dt.date(2024, 7, 31)),
    ("when something takes effect, with another date",
     "The tariffs, effective from May 1, were announced by Beijing on Tuesday.", dt.date(2024, 4, 26), "announced",
     dt.date(2024, 4, 23)),
    ("since in the expression",
     "Yoon and Kishida agreed to resume shuttle diplomacy, which has been suspended since 2011.",
     dt.date(2023, 3, 16), "agreed", dt.date(2023, 3, 16)),
    ("by in the expression",
     "Modi held talks with Putin, and the two set a trade target of $100 billion by 2030.", dt.date(2024, 7, 9),
     "held", dt.date(2024, 7, 9)),
    ("after a possessive it dates the thing it names",
     "The OIC reminded India that its Aug 5, 2019, illegal action could not alter the status of Kashmir.",
     dt.date(2023, 8, 6), "reminded", dt.date(2023, 8, 6)),
    ("after a possessive, with another date",
     "Ukraine on Tuesday condemned Russia's March 2014 annexation of Crimea.", dt.date(2015, 3, 18), "condemned",
     dt.date(2015, 3, 17)),
]


@pytest.mark.parametrize("sentence,pub,word,expected", [r[1:] for r in UNDATING], ids=[r[0] for r in UNDATING])
def test_dates_that_date_no_event(sentence, pub, word, expected):
    r = event_date(sentence, pub, near=sentence.index(word))
    assert r.date == expected
    if expected == pub:
        assert r.text is None


def test_an_intention_is_dated_by_its_statement_not_the_intended_deed():
    s = "The ministers agreed to hold a further round of talks in Luanda on August 20."
    r = event_date(s, dt.date(2024, 7, 31), near=s.index("hold"), intent=True)
    assert r.date == dt.date(2024, 7, 31)
    s = "On Tuesday the ministers agreed to hold talks on August 20."
    assert event_date(s, dt.date(2024, 7, 31), near=s.index("hold"), intent=True).date == dt.date(2024, 7, 30)


def test_a_date_in_a_relative_clause_after_the_event_dates_that_clause():
    s = "Kishida met U.S. Speaker Nancy Pelosi in Tokyo, whose visit to Taiwan earlier this week angered Beijing."
    assert event_date(s, dt.date(2022, 8, 5), near=s.index("met")).text is None
    # the clause ends at its comma: a date after it is the event's again
    s = "Russia is ready to cooperate with China on 5G, which Moscow is developing, Interfax reported on Sunday."
    assert event_date(s, dt.date(2020, 8, 24), near=s.index("ready")).date == dt.date(2020, 8, 23)


def test_a_date_in_the_cause_an_event_answers_dates_the_cause():
    s = "Russia is suspending its mission to Nato in response to last week's expulsion of eight of its members."
    assert event_date(s, dt.date(2021, 10, 18), near=s.index("suspending")).date == dt.date(2021, 10, 18)


def test_weekends_are_dated_by_their_saturday_at_week_precision():
    s = "Trump had warned last weekend of severe punishment."
    r = event_date(s, dt.date(2018, 10, 20), near=s.index("warned"))        # said on a Saturday: the one before
    assert (r.date, r.precision) == (dt.date(2018, 10, 13), "week")
    s = "The two ministers met over the weekend."
    assert event_date(s, dt.date(2018, 10, 22), near=s.index("met")).date == dt.date(2018, 10, 20)
    s = "The two ministers will meet next weekend."
    assert event_date(s, dt.date(2018, 10, 22), near=s.index("meet"), future=True).date == dt.date(2018, 10, 27)


def test_days_told_from_the_day_reported_before():
    before = ResolvedDate(dt.date(2024, 1, 17), "day", "on Wednesday")
    s = "Later that day the foreign minister took a call from his Iranian counterpart."
    r = event_date(s, dt.date(2024, 1, 19), near=s.index("took"), before=before)
    assert (r.date, r.text) == (dt.date(2024, 1, 17), "Later that day")
    s = "Moscow retaliated the next day by expelling ten diplomats."
    assert event_date(s, dt.date(2021, 4, 18), near=s.index("retaliated"), before=before).date == dt.date(2024, 1, 18)
    s = "Two days later, Baghdad recalled its ambassador."
    assert event_date(s, dt.date(2024, 1, 19), near=s.index("recalled"), before=before).date == dt.date(2024, 1, 19)
    # with no day reported before, such words date nothing
    assert event_date(s, dt.date(2024, 1, 19), near=s.index("recalled")).text is None


def test_an_event_after_a_counted_interval_is_dated_back_from_the_other():
    s = "The air raid on Saturday came a day after Baghdad summoned Turkey's ambassador over an airstrike."
    r = event_date(s, dt.date(2018, 12, 17), near=s.index("summoned"))
    assert (r.date, r.precision) == (dt.date(2018, 12, 14), "day")
    s = "Pakistan launched missile strikes into Iran on Thursday after Iran carried out strikes in Pakistan late on Tuesday."
    assert event_date(s, dt.date(2024, 1, 19), near=s.index("carried")).date == dt.date(2024, 1, 16)
    assert event_date(s, dt.date(2024, 1, 19), near=s.index("launched")).date == dt.date(2024, 1, 18)


def test_a_report_date_after_the_event_does_not_date_it_when_another_does():
    s = ("The DPRK on Monday slammed the drills, and warned of possible retaliation, the official news agency "
         "reported on Tuesday.")
    assert event_date(s, dt.date(2021, 3, 16), near=s.index("warned")).date == dt.date(2021, 3, 15)


def test_a_date_in_the_background_an_event_happened_against_dates_the_background():
    s = "Israel struck Hamas sites on Saturday, the army said, despite a ceasefire that began two days ago."
    r = event_date(s, dt.date(2019, 11, 16), near=s.index("struck"))
    assert (r.date, r.text) == (dt.date(2019, 11, 16), "on Saturday")
