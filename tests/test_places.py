"""eventcoder.places: the gazetteer and each rule of `locate`, on sentences written for the tests (the seeds'
cases are written again in the same shape)."""
import pytest

from eventcoder import schema
from eventcoder.errors import DictionaryError
from eventcoder.places import NOWHERE, Gazetteer, Location, default_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.fixture(scope="module")
def loc(gaz):
    def run(sentence, countries=(), dateline=None, actors=(), article_place=None):
        return gaz.locate(sentence, list(countries), dateline, actors, article_place)
    return run


def where(location):
    return location.location, location.location_country, location.geo_precision, location.location_source


# -- the seeds' cases, as sentences of the same shape --------------------------------------------------

def test_agreement_in_moscow(loc):
    got = loc("CHINA and Russia yesterday agreed in Moscow to strengthen cooperation in innovation.", ["CHN", "RUS"])
    assert where(got) == ("Moscow", "RUS", 1, "sentence")
    assert got.latitude == pytest.approx(55.75, abs=0.05) and got.longitude == pytest.approx(37.62, abs=0.05)
    assert got.admin1 is None


def test_conference_underway_in_guadalajara(loc):
    s = ("Within the framework of the conference underway in Guadalajara, the Russian delegation is planning "
         "to hold negotiations.")
    assert where(loc(s, ["RUS", "MEX"])) == ("Guadalajara", "MEX", 1, "sentence")


def test_meeting_in_tehran(loc):
    got = loc("He made the remarks in a meeting in Tehran on Monday with the vice president.", ["RUS", "IRN"])
    assert where(got) == ("Tehran", "IRN", 1, "sentence")


def test_no_place_falls_back_to_dateline(loc):
    s = "The head of the Russian regulator met the Iranian telecoms minister on Sunday."
    assert where(loc(s, ["RUS", "IRN"], dateline="Tehran")) == ("Tehran", "IRN", 1, "dateline")


def test_no_place_and_no_dateline_is_none(loc):
    got = loc("The head of the Russian regulator met the Iranian telecoms minister on Sunday.", ["RUS", "IRN"])
    assert got == NOWHERE
    assert got.location_source == "none"
    assert all(v is None for k, v in got.row().items() if k != "location_source")


def test_caption_place_is_the_captions(loc):
    s = "Huawei displays 5G technology at the 2018 Mobile World Congress in Barcelona, Spain, Feb 26, 2018."
    assert where(loc(s, ["CHN"])) == ("Barcelona", "ESP", 1, "sentence")


# -- rule 1: a place the sentence introduces ------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Officials met at Geneva on Monday.", "Geneva"),
    ("The Tehran-based agency said it would block the sites.", "Tehran"),
    ("Diplomats praised the Geneva summit.", "Geneva"),
    ("Leaders left yesterday's Vienna talks early.", "Vienna"),
    ("Li praised the visit to Beijing of the Russian premier.", "Beijing"),
    ("The premier visited Hanoi on Tuesday.", "Hanoi"),
    ("Ministers met in the southern city of Basra.", "Basrah"),   # the GeoNames name
    ("Police dispersed protesters in downtown Kyiv.", "Kyiv"),
    ("Talks resumed in Beijing Tuesday.", "Beijing"),
])
def test_location_cues(loc, sentence, place):
    got = loc(sentence)
    assert got.location == place and got.geo_precision == 1 and got.location_source == "sentence"


def test_country_after_preposition_is_precision_3_at_its_capital(loc, gaz):
    got = loc("Protests were held in Syria on Friday.")
    assert where(got) == ("Syria", "SYR", 3, "sentence")
    damascus = gaz.lookup("Damascus")
    assert (got.latitude, got.longitude) == (damascus.latitude, damascus.longitude)


def test_near_a_town_is_precision_2(loc):
    assert where(loc("Rebels attacked a convoy near Aleppo.")) == ("Aleppo", "SYR", 2, "sentence")
    assert where(loc("Shells fell 20 km north of Kharkiv.")) == ("Kharkiv", "UKR", 2, "sentence")


def test_the_more_precise_place_wins(loc):
    assert loc("Russian troops in Syria attacked rebels near Aleppo.").location == "Aleppo"


def test_a_preposition_beats_based(loc):
    assert loc("The Moscow-based firm signed a contract in Beijing.").location == "Beijing"


def test_capital_as_actor_is_no_location(loc):
    assert loc("Moscow said it would respond to Washington.", ["RUS", "USA"]) == NOWHERE
    assert loc("Tehran, Moscow discuss telecom cooperation.") == NOWHERE
    assert where(loc("Moscow said it would respond.", dateline="Moscow")) == ("Moscow", "RUS", 1, "dateline")


def test_actor_spans(loc):
    s = "Moscow said in Beijing that it would respond."
    assert loc(s, actors=[(0, 6)]).location == "Beijing"
    s = "Talks in Moscow ended."
    assert loc(s, actors=[(9, 15)]).location == "Moscow"        # a preposition makes the actor a place
    s = "The Moscow summit ended."
    assert loc(s).location == "Moscow"
    assert loc(s, actors=[(4, 10)]) == NOWHERE                   # an actor, and no preposition


def test_places_joined_by_and(loc):
    assert loc("Restrictions were imposed in Iran and Russia.") == NOWHERE   # no one place
    assert where(loc("Protests spread in Moscow and St. Petersburg.")) == ("Russia", "RUS", 3, "sentence")


@pytest.mark.parametrize("sentence", [
    "Russia condemned the war in Ukraine.",
    "China announced new investment in Kenya.",
    "Iran accused the US of interference in Syria.",
    "The envoy arrived at Beijing's request.",
    "The talks will resume in March.",                   # GeoNames has a town March
    "The ministers met in May.",
    "Clashes erupted in Latin America.",                 # not America
    "Riots broke out in Northern Ireland.",              # not Ireland
    "Officials met in New Mexico.",                      # a US state alone, not Mexico
    "Fighting resumed in Congo.",                        # which Congo is not said
    "Russia and China Discussed Collaboration in Spheres of ICT and Communications.",
    "Operators invested in mobile networks.",            # Mobile, Alabama only when capitalized
    "They told us in a statement.",                      # US only as written
    "The plan was reported in the Washington Post.",     # a longer name
    "Huawei showed its phones at Mobile World Congress.",
    "The minister was quoted in China Daily.",
])
def test_never_guess(loc, sentence):
    assert loc(sentence) == NOWHERE


def test_unknown_dateline_is_none(loc):
    assert loc("Officials met on Sunday.", dateline="Persian News") == NOWHERE


# -- homonyms ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, countries, country, admin1", [
    ("Delegates met in Guadalajara.", [], "MEX", None),             # most populous
    ("Delegates met in Guadalajara.", ["RUS", "MEX"], "MEX", None),
    ("Delegates met in Guadalajara.", ["ESP"], "ESP", None),        # the article's country
    ("Delegates met in Cordoba.", ["MEX"], "MEX", None),
    ("Delegates met in Cordoba.", ["ESP", "MEX"], "ESP", None),     # the most populous in the article's countries
    ("Shelling was reported in Donetsk.", ["RUS", "UKR"], "UKR", None),
    ("Shelling was reported in Donetsk.", ["RUS"], "RUS", None),
    ("Students rallied in Moscow.", ["USA"], "RUS", None),          # a capital beats smaller homonyms...
    ("Students rallied in Moscow, Idaho.", ["USA"], "USA", "Idaho"),  # ...unless the state is said
    ("Students rallied in Moscow, Idaho.", [], "USA", "Idaho"),
    ("Leaders met in Paris.", ["USA", "FRA"], "FRA", None),
    ("Fans gathered in Paris, Texas.", ["USA"], "USA", "Texas"),
    ("Engineers met in San Jose.", ["USA"], "USA", "California"),   # a larger homonym than the capital
    ("Engineers met in San Jose.", ["CRI"], "CRI", None),
    ("Ministers met in Barcelona, Spain.", ["VEN"], "ESP", None),    # a country qualifier
    ("Ministers met in Barcelona.", ["VEN"], "VEN", None),
    ("He spoke in Washington.", ["GBR", "USA"], "USA", "District of Columbia"),
])
def test_homonyms(loc, sentence, countries, country, admin1):
    got = loc(sentence, countries)
    assert (got.location_country, got.admin1, got.geo_precision) == (country, admin1, 1)


def test_homonyms_in_datelines(loc):
    assert loc("Officials met.", ["USA"], dateline="Moscow").location_country == "RUS"
    assert loc("Officials met.", ["ESP"], dateline="Guadalajara").location_country == "ESP"


# -- aliases and names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place, country", [
    ("The minister arrived in Kiev.", "Kyiv", "UKR"),
    ("The minister arrived in Kyiv.", "Kyiv", "UKR"),
    ("Houthi officials met in Sana'a.", "Sanaa", "YEM"),
    ("Houthi officials met in Sanaa.", "Sanaa", "YEM"),
    ("Talks opened in Peking.", "Beijing", "CHN"),
    ("Traders protested in Bombay.", "Mumbai", "IND"),
    ("Envoys met in Teheran.", "Tehran", "IRN"),
    ("The court sat in the Hague.", "The Hague", "NLD"),
    ("Talks were held in Bogota.", "Bogotá", "COL"),             # accents folded
    ("Talks were held in Bogotá.", "Bogotá", "COL"),
    ("Militants were driven out of Fallujah and later fought in Basra.", "Basrah", "IRQ"),
    ("Shelling was reported near Zaporizhzhia.", "Zaporizhzhya", "UKR"),
    ("Troops entered Jenin after a raid in Jenin.", "Janīn", "PSE"),
    ("He lives in the U.S.", "United States", "USA"),
    ("Troops were deployed in the Netherlands.", "The Netherlands", "NLD"),
])
def test_aliases(loc, sentence, place, country):
    got = loc(sentence)
    assert (got.location, got.location_country) == (place, country)


def test_gazetteer_lookups(gaz):
    assert gaz.get("Nowhereville") is None
    with pytest.raises(LookupError):
        gaz.lookup("Nowhereville")
    assert gaz.get("March") is None                      # not_place
    valletta = gaz.lookup("Valletta")                    # a capital of fewer than 15,000 people is kept
    assert valletta.capital and valletta.country == "MLT"
    assert gaz.lookup("Pristina").country == "XKX"
    assert gaz.country("RUS").latitude == gaz.lookup("Moscow").latitude
    assert all(p.country and len(p.country) == 3 and p.country.isupper() for p in gaz.places)


# -- rule 3: the article's one town ------------------------------------------------------------------------

def test_article_location(gaz, loc):
    sents = ["Russia and Mexico signed a memorandum on October 5 2010.",
             "The ministers noted the opportunities in Russia.",
             "The conference underway in Guadalajara brought together 2,000 delegates."]
    art = gaz.article_location(sents, ["RUS", "MEX"])
    assert where(art) == ("Guadalajara", "MEX", 1, "article")
    assert where(loc(sents[0], ["RUS", "MEX"], article_place=art)) == ("Guadalajara", "MEX", 1, "article")
    assert loc(sents[0], ["RUS", "MEX"], dateline="Moscow", article_place=art).location_source == "dateline"
    assert loc("They met in Cancun.", ["RUS", "MEX"], article_place=art).location == "Cancún"


def test_no_article_location_from_a_caption_or_two_towns(gaz):
    caption = ["Huawei displays 5G technology at the Mobile World Congress in Barcelona, Spain.",
               "Russia is ready to cooperate with China on 5G."]
    assert gaz.article_location(caption, ["CHN", "RUS", "USA", "ESP"]) is None
    two = ["The ministers met in Moscow.", "They met again in Beijing."]
    assert gaz.article_location(two, ["RUS", "CHN"]) is None


# -- data and schema -------------------------------------------------------------------------------------

def test_bad_place_data_is_reported_with_file_and_line(tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("alias\tname\tcountry\nKiev\tKyiv\tUKR\nAtlantis\tAtlantis\tGRC\n", encoding="utf-8")
    words = tmp_path / "words.tsv"
    words.write_text("phrase\tkind\tprecision\nin\tbefore\t\nnear\tclose\t2\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as e:
        Gazetteer(aliases=aliases, words=words)
    assert f"{aliases}:3" in str(e.value) and "Atlantis" in str(e.value)
    assert f"{words}:3" in str(e.value) and "close" in str(e.value)


def test_location_fields_are_schema_columns():
    cols = {c.name: c for c in schema.columns()}
    names = [c.name for c in schema.columns()]
    start = names.index("location")
    assert names[start:start + 7] == list(Location().row())
    assert all(cols[n].nullable for n in Location().row())
    assert cols["geo_precision"].type == "int8" and cols["latitude"].type == "float64"
