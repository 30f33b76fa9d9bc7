"""Every CAMEO code has a pattern that fires, in the intended direction, on a sentence written for it."""
import csv
from pathlib import Path

from eventcoder import codebook

HERE = Path(__file__).parent / "data" / "cameo_sentences"


def load():
    rows = []
    for f in sorted(HERE.glob("root*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"):
                rows.append(r)
    return rows


SENTENCES = load()


def test_every_code_has_a_sentence():
    have = {r["code"] for r in SENTENCES}
    want = {c for c in codebook.codes() if len(c) >= 3}
    assert not sorted(want - have)


def _side(row, side):
    return row[f"{side}_country"] or row[f"{side}_actor"][:3]


def test_every_code_fires_on_its_sentences(code):
    """Each code must be found (source, target, code) on at least one of its sentences."""
    missing = []
    by_code: dict[str, list] = {}
    for r in SENTENCES:
        by_code.setdefault(r["code"], []).append(r)
    for c, rows in sorted(by_code.items()):
        ok = False
        for r in rows:
            got = {(_side(e, "source"), _side(e, "target"), e["cameo_code"]) for e in code(r["sentence"])}
            if (r["source"], r["target"], c) in got:
                ok = True
                break
        if not ok:
            missing.append(c)
    assert not missing, f"{len(missing)} codes not coded on their sentences: {missing}"


def test_root_recall_on_written_sentences(code):
    """Per-root recall > 0 at dyad+root on the sentences written for the root."""
    hits: dict[str, list] = {}
    for r in SENTENCES:
        got = {(_side(e, "source"), _side(e, "target"), e["cameo_root"]) for e in code(r["sentence"])}
        hits.setdefault(r["code"][:2], []).append((r["source"], r["target"], r["code"][:2]) in got)
    assert {root: any(v) for root, v in hits.items()} == {f"{i:02d}": True for i in range(1, 21)}
