from eventcoder.text import normalize, phrase_tokens, tokenize


def test_normalize_quotes_dashes_spaces():
    assert normalize("“Hi”  —  it’s\u00a0here") == '"Hi" -- it\'s here'


def test_tokenize_possessive_abbreviation_negation():
    toks = [t.norm for t in tokenize("The U.S. didn't meet Russia's envoy.")]
    assert toks == ["the", "u.s.", "did", "n't", "meet", "russia", "'s", "envoy", "."]


def test_offsets_point_into_text():
    text = "Iran and Russia met."
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


def test_phrase_tokens_fold_accents_and_hyphens():
    assert phrase_tokens("Élysée") == ("elysee",)
    assert phrase_tokens("al-Shabab") == ("al", "-", "shabab")


def test_numbers_with_separators_or_decimals_are_one_token():
    toks = tokenize("killing 1,200 people and $1.3 billion in 2023, 13,000. Then 3.5.")
    assert [t.text for t in toks] == ["killing", "1,200", "people", "and", "$", "1.3", "billion", "in", "2023", ",",
                                      "13,000", ".", "Then", "3.5", "."]
    assert [t.norm for t in toks if t.text[:1].isdigit()] == ["1200", "13", "2023", "13000", "35"]
