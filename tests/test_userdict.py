"""User actor dictionaries: this project's TSV and the PETRARCH/Phoenix .actors.txt format."""
import datetime as dt

import pytest

from eventcoder.coder import Coder
from eventcoder.errors import DictionaryError
from eventcoder.records import Article
from eventcoder.userdict import parse_petrarch

ACTORS_TXT = """\
# a small user dictionary in the PETRARCH actors format
ZORAN_VELKOVSKI  # an invented defence minister
+MINISTER_VELKOVSKI
+VELKOVSKI
[MKDELI 20100101-20151231]
[MKDGOV 20160101-20201231]
ORDO_FRATRUM [NGORLG]
"""


def test_parse_blocks_synonyms_and_dated_codes():
    blocks = parse_petrarch(ACTORS_TXT)
    phrases, codes, _ = blocks[0]
    assert phrases == ["ZORAN VELKOVSKI", "MINISTER VELKOVSKI", "VELKOVSKI"]
    assert codes == [("MKDELI", dt.date(2010, 1, 1), dt.date(2015, 12, 31)),
                     ("MKDGOV", dt.date(2016, 1, 1), dt.date(2020, 12, 31))]
    assert blocks[1][0] == ["ORDO FRATRUM"] and blocks[1][1] == [("NGORLG", None, None)]


def test_bad_lines_reported_with_line_numbers():
    with pytest.raises(DictionaryError) as e:
        parse_petrarch("+SYNONYM_FIRST\nNO_CODE_ACTOR\n[USAGOV 2019XXXX]\n", "bad.actors.txt")
    msg = str(e.value)
    assert "bad.actors.txt:1" in msg and "no code" in msg


@pytest.mark.parametrize("day,code", [("2018-05-01", "MKDGOV"), ("2012-05-01", "MKDELI")])
def test_date_restricted_codes_pick_by_article_date(tmp_path, day, code):
    f = tmp_path / "mine.actors.txt"
    f.write_text(ACTORS_TXT)
    coder = Coder([str(f)])
    rows = coder.rows(Article(id="a", text="Velkovski accused Serbia of provocations.",
                              published=dt.date.fromisoformat(day)))
    assert {(r["source_actor"], r["target_country"]) for r in rows} == {(code, "SRB")}
    assert rows[0]["source_country"] == "MKD"


def test_project_tsv_format(tmp_path):
    f = tmp_path / "people.tsv"
    f.write_text("names\tcode\tstart\tend\trole\nAnna Kowalczyk|Kowalczyk\tPOLGOV\t2020-01-01\t\tMinister\n")
    rows = Coder([str(f)]).rows(Article(id="a", text="Kowalczyk met the Czech prime minister.",
                                        published=dt.date(2021, 3, 1)))
    assert ("POLGOV", "CZE") in {(r["source_actor"], r["target_country"]) for r in rows}


def test_cli_accepts_actors(tmp_path):
    import subprocess, sys
    f = tmp_path / "mine.actors.txt"
    f.write_text(ACTORS_TXT)
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "1", "text": "Velkovski accused Serbia of provocations.", "date": "2018-05-01"}\n')
    r = subprocess.run([sys.executable, "-m", "eventcoder.cli", "code", str(src), "-o", str(tmp_path / "o.parquet"),
                        "--actors", str(f)], capture_output=True, text=True)
    assert r.returncode == 0 and "events written 1" in r.stdout, r.stderr
