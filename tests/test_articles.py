import datetime as dt
import gzip
import json

import pytest

from eventcoder.articles import article_from_text, read_articles
from eventcoder.records import Article, Reject


def test_header_title_date_dateline_and_boilerplate():
    raw = ("Iran and Russia discuss telecoms\n\nSeptember 24, 2023\n\nPersian News\n\n"
           "TEHRAN - Iran and Russia discussed cooperation.\n\nShare this\nblog comments powered by Disqus\n")
    a = article_from_text("x", raw)
    assert a.title == "Iran and Russia discuss telecoms"
    assert a.published == dt.date(2023, 9, 24) and a.published_source == "header"
    assert a.dateline == "Tehran"
    assert "Disqus" not in a.text and "Persian News" not in a.text
    assert "Iran and Russia discussed cooperation." in a.text and "TEHRAN" not in a.text


def test_publisher_and_published_line():
    raw = "China, Russia to form partnership\n\nBy Chen Qingqing Source: Global Times Published: 2020/8/24 11:07:12\n\nRussia is ready.\n"
    a = article_from_text("x", raw)
    assert a.publisher == "Global Times" and a.published == dt.date(2020, 8, 24)


def test_dateline_with_date():
    a = article_from_text("x", "Title here\n\nMoscow, September 18, 2015. — The session took place.\n")
    assert a.published == dt.date(2015, 9, 18) and a.dateline == "Moscow"
    assert a.text.endswith("The session took place.")


def test_tables_and_rejects(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Iran met Russia.", "date": "2023-01-02"}) + "\n{bad json\n"
        + json.dumps({"id": "j2", "text": "  "}) + "\n")
    (tmp_path / "b.csv").write_text('id,text,date,url\nc1,"Chile met Peru.",2020-05-01,http://x\n')
    with gzip.open(tmp_path / "c.txt.gz", "wt") as f:
        f.write("A title\n\n6 October 2010\n\nRussia and Mexico signed a memorandum.\n")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "x.docx").write_text("nope")
    items = list(read_articles([str(tmp_path)]))
    arts = {i.id: i for i in items if isinstance(i, Article)}
    rej = [i for i in items if isinstance(i, Reject)]
    assert set(arts) == {"j1", "c1", "c"}
    assert arts["j1"].published == dt.date(2023, 1, 2) and arts["j1"].record == "1"
    assert arts["c1"].url == "http://x"
    assert arts["c"].published == dt.date(2010, 10, 6)
    reasons = sorted(r.reason for r in rej)
    assert len(rej) == 5
    assert any("malformed JSON" in r for r in reasons)
    assert any("empty" in r for r in reasons)
    assert any("binary" in r for r in reasons)
    assert any("unknown input format" in r for r in reasons)


def test_duplicate_ids_rejected(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "A met B."}\n{"id": "1", "text": "Again."}\n')
    items = list(read_articles([str(tmp_path / "a.jsonl")]))
    assert isinstance(items[0], Article) and isinstance(items[1], Reject)
    assert items[1].reason == "duplicate article id"


def test_table_without_text_column_is_one_clear_reject(tmp_path):
    (tmp_path / "a.csv").write_text("id,body\n1,hello\n")
    items = list(read_articles([str(tmp_path / "a.csv")]))
    assert len(items) == 1 and "no 'text' column" in items[0].reason and "body" in items[0].reason


def test_cp1252_text_is_decoded_and_flagged(tmp_path):
    (tmp_path / "a.txt").write_bytes("Title\n\nThe caf\xe9 meeting in S\xe3o Paulo.\n".encode("cp1252"))
    (a,) = read_articles([str(tmp_path / "a.txt")])
    assert "café" in a.text and "decoded_cp1252" in a.flags


def test_missing_path_is_usage_error():
    from eventcoder.errors import UsageError
    with pytest.raises(UsageError):
        list(read_articles(["/no/such/path"]))


@pytest.mark.parametrize("line, place", [
    ("WOODSIDE, California, Nov 16, 2023 (Reuters) - U.S. President Joe Biden met Xi.", "Woodside"),
    ("MOSCOW, September 13. /TASS/. Armenia and Azerbaijan agreed to a ceasefire.", "Moscow"),
    ("Caracas, 30 Jul 2024 (EFE).- Venezuela's opposition said it had proof.", "Caracas"),
    ("MARRAKECH \u2014 Morocco has accepted offers of help.", "Marrakech"),
    ("LUANDA (AFP) - The Democratic Republic of Congo and Rwanda agreed.", "Luanda"),
    ("SEOUL, March 16 (Yonhap) -- North Korea fired a missile.", "Seoul"),
])
def test_datelines_with_agency_tags(line, place):
    a = article_from_text("d", "A title line here\n\n" + line + "\n")
    assert a.dateline == place
    assert not a.text.split("\n")[-1].startswith(place.upper()[:4])


def test_title_with_initial_is_not_a_dateline():
    a = article_from_text("d", "N. Korea fires ICBM as Yoon heads to Tokyo\n\nSEOUL, March 16 (Yonhap) -- It fired.\n")
    assert a.dateline == "Seoul"


def test_a_dateline_without_a_year_gets_one_from_the_leads_weekday():
    text = ("Japan, Philippines sign defense pact\n\n"
            "MANILA, July 8 (Kyodo) -- Japan and the Philippines signed an agreement on Monday, after a 2016 "
            "ruling.\n")
    a = article_from_text("k", text)
    assert (a.published, a.published_source, a.dateline) == (dt.date(2024, 7, 8), "dateline", "Manila")
    # news of the night is dated the day after it; the dateline is recognized by its agency tag
    text = ("Colombia and US step back\n\n"
            "Bogota, Jan 27 (EFE).- Colombia and the United States pulled back late on Sunday.\n")
    a = article_from_text("e", text)
    assert (a.published, a.dateline) == (dt.date(2025, 1, 27), "Bogota")
    assert a.text.split("\n")[-1].startswith("Colombia and the United States")
    # a full date in the text puts the story near it: July 12 was a Tuesday in 2016 and in 2022
    text = ("China rejects award\n\n"
            "BEIJING, July 12 (Xinhua) -- China on Tuesday rejected the award.\n\n"
            "Manila wants talks.\n\nPresident Rodrigo Duterte took office on June 30, 2016.\n")
    assert article_from_text("x", text).published == dt.date(2016, 7, 12)
    # a year-less dateline never overrides a header date
    text = "2019-01-27\n\nBogota, Jan 27 (EFE).- Colombia protested on Sunday.\n"
    assert article_from_text("h", text).published_source == "header"


def test_a_dateline_on_a_line_of_its_own_and_not_a_masthead():
    text = "Kenya condemns attack\n\nDaily Nation | Tuesday, January 28, 2025\n\nNAIROBI\n\nKenya on Tuesday condemned it.\n"
    assert article_from_text("n", text).dateline == "Nairobi"
    text = "Modi meets Putin\n\nPTI\n\nARAB NEWS\n\nModi met Putin in Moscow on Monday.\n"
    assert article_from_text("p", text).dateline is None
    text = "Turkey condemns attacks\n\nNovember 14, 2019\n\nANKARA-Anadolu Agency\n\nTurkey on Wednesday denounced them.\n"
    assert article_from_text("a", text).dateline == "Ankara"


def test_a_dateline_of_two_places_is_read_and_names_no_single_home():
    a = article_from_text("t", "Drills go on\n\nBEIJING / TAIPEI, May 24 - The army sent warships on Friday.\n")
    assert a.dateline == "Beijing / Taipei" and a.text.split("\n")[-1].startswith("The army sent")


def test_a_publisher_and_date_line_gives_the_publisher_and_is_not_a_sentence():
    text = ("China provides earthquake relief to Afghanistan\n\n"
            "China Radio International (via english.dbw.cn) | Published November 4, 2015\n\n"
            "China has provided aid to Afghanistan. Vice President Li Yuanchao made the announcement on Tuesday.\n")
    a = article_from_text("r", text)
    assert a.publisher == "China Radio International (via english.dbw.cn)"
    assert str(a.published) == "2015-11-04" and "Published" not in a.text


def test_a_dateline_with_a_region_and_a_slashed_agency():
    text = ("Israel strikes Gaza\n\nNov 16, 2019\n\n"
            "GAZA CITY, Palestinian Territories, Nov 16, 2019 (BSS/AFP) - Israel carried out fresh strikes on Gaza.\n")
    a = article_from_text("g", text)
    assert a.dateline == "Gaza City" and a.text.splitlines()[-1].startswith("Israel carried out")
