from eventcoder.sentences import split_sentences


def texts(p):
    return [s for _, s in split_sentences(p)]


def test_abbreviations_and_initials_do_not_split():
    p = "Gen. David Petraeus met Mr. Suleiman in Beirut. The U.S. envoy left on Sept. 17 for J. F. Kennedy airport."
    assert texts(p) == ["Gen. David Petraeus met Mr. Suleiman in Beirut.",
                        "The U.S. envoy left on Sept. 17 for J. F. Kennedy airport."]


def test_quotes_close_sentences():
    p = '"We are ready to cooperate." Lavrov said so on Monday. Talks resume today!'
    assert texts(p) == ['"We are ready to cooperate."', "Lavrov said so on Monday.", "Talks resume today!"]


def test_decimal_numbers():
    assert texts("Growth was 2.5 percent in 2019. Exports fell.") == ["Growth was 2.5 percent in 2019.", "Exports fell."]
