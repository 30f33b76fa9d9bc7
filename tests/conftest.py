import datetime as dt

import pytest


@pytest.fixture(scope="session")
def coder():
    from eventcoder.coder import Coder
    return Coder()


@pytest.fixture(scope="session")
def code(coder):
    """Code one text (with a publication date) into event rows."""
    from eventcoder.records import Article

    def run(text, date="2023-09-24"):
        d = dt.date.fromisoformat(date) if date else None
        return coder.rows(Article(id="t", text=text, published=d, published_source="metadata"))
    return run


def triples(rows):
    return {(r["source_country"] or r["source_actor"][:3], r["target_country"] or r["target_actor"][:3],
             r["cameo_root"]) for r in rows}
