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


@pytest.fixture(autouse=True, scope="session")
def _build_cache(tmp_path_factory):
    """The build cache (eventcoder.buildcache) of the test session: its own folder, not the user's."""
    import os
    if "EVENTCODER_CACHE_DIR" not in os.environ:
        os.environ["EVENTCODER_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
