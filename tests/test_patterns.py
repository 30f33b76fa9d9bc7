import pytest

from eventcoder.errors import DictionaryError
from eventcoder.patterns import NO_EVENT, expand_classes, inflect, load_rules, parse_pattern


def coded(code, text, date="2023-09-24"):
    """(source, target, code) of each event coded from `text`; an international actor counts by its code's
    first three letters (IGO, NGO), as the scorer reads it."""
    return {(r["source_country"] or r["source_actor"][:3], r["target_country"] or r["target_actor"][:3], r["cameo_code"])
            for r in code(text, date=date)}


def test_inflect_regular_and_irregular():
    assert {"meet", "meets", "met", "meeting"} <= set(inflect("meet"))
    assert {"visit", "visits", "visited", "visiting"} <= set(inflect("visit"))
    assert {"ban", "bans", "banned", "banning"} <= set(inflect("ban"))
    assert {"criticize", "criticizes", "criticized", "criticizing"} <= set(inflect("criticize"))
    assert {"rally", "rallies", "rallied", "rallying"} <= set(inflect("rally"))
    assert {"seize", "seized"} <= set(inflect("seize"))


def test_parse_pattern_segments():
    segs = parse_pattern("{sign} ... (agreement|memorandum of understanding)")
    assert ("signed",) in segs[0]
    assert ("memorandum", "of", "understanding") in segs[1]
    with pytest.raises(ValueError):
        parse_pattern("... with")
    with pytest.raises(ValueError):
        parse_pattern("{meet} ...")


def test_longest_match_wins_and_gap(tmp_path):
    f = tmp_path / "root99.tsv"
    f.write_text("rule_id\tcode\tpattern\tflags\tnote\n"
                 "04.901\t040\t{meet}\tsym\t\n"
                 "05.901\t057\t{sign} ... agreement\tsym\t\n"
                 "05.902\t050\t{sign}\t\t\n")
    d = load_rules([f])
    norms = "iran and russia signed a trade agreement and met".split()
    found = [(e.code, e.rule_id) for e in d.find(norms)]
    assert found == [("057", "05.901"), ("040", "04.901")]


def test_a_verb_phrase_governs_the_event_noun_it_ends_with(tmp_path):
    f = tmp_path / "root99.tsv"
    f.write_text("rule_id\tcode\tpattern\tflags\tnote\n"
                 "08.901\t087\t{halt} ... attacks on\t\t\n"
                 "19.901\t195\tdrone and missile attacks on\t\t\n"
                 "18.901\t1832\texplosives - laden car\t\t\n"
                 "18.902\t180\t{ram} ... car into\t\t\n")
    d = load_rules([f])
    # the halt of the attacks, not the attacks, though the noun phrase holds more words
    norms = "they would halt drone and missile attacks on saudi arabia".split()
    assert [e.rule_id for e in d.find(norms)] == ["08.901"]
    # a noun phrase inside the gap that is not the verb's object keeps its words
    norms = "a bomber rammed an explosives - laden car into a convoy".split()
    assert [e.rule_id for e in d.find(norms)] == ["18.901"]


def test_a_phrase_class_stands_for_its_phrases():
    classes = {"deliver": ("{send}", "{hand} over"), "arms": ("tanks", "armoured vehicles")}
    assert expand_classes("@deliver ... @arms to", classes) == "({send}|{hand} over) ... (tanks|armoured vehicles) to"
    assert expand_classes("(@arms|jets) to", classes) == "(tanks|armoured vehicles|jets) to"
    with pytest.raises(ValueError, match="unknown phrase class @guns"):
        expand_classes("{sell} @guns", classes)


def test_a_class_pattern_matches_every_member_and_is_a_verb_phrase(tmp_path):
    f = tmp_path / "root99.tsv"
    f.write_text("rule_id\tcode\tpattern\tflags\tnote\n07.901\t072\t@deliver ... @arms to\t\t\n")
    d = load_rules([f])
    for text in ("australia will send 20 bushmaster armoured vehicles to ukraine",
                 "moscow ferried tanks to syria", "they rushed artillery shells to kyiv"):
        found = d.find(text.split())
        assert [e.rule_id for e in found] == ["07.901"] and "verb" in found[0].flags, text
    f.write_text("rule_id\tcode\tpattern\tflags\tnote\n07.901\t072\t{sell} @guns to\t\t\n")
    with pytest.raises(DictionaryError, match="unknown phrase class @guns"):
        load_rules([f])


def test_a_gap_spans_the_words_of_names_beyond_its_length(tmp_path):
    f = tmp_path / "root99.tsv"
    f.write_text("rule_id\tcode\tpattern\tflags\tnote\n05.901\t057\t{sign} ... agreements\tsym\t\n")
    d = load_rules([f])
    norms = "they signed two defense technology and trade initiative ( dtti ) agreements".split()
    assert d.find(norms) == []                      # eight words between: too far for a plain gap
    names = frozenset({3, 4, 6, 7, 8, 9, 10})       # Defense Technology, Trade Initiative, (DTTI)
    assert [e.rule_id for e in d.find(norms, names)] == ["05.901"]
    # the object's name may stand in the first gap only where it is an actor's
    assert d.find(norms, frozenset(), names) and not d.find(norms, frozenset(), frozenset())


def test_bad_rows_reported_together(tmp_path):
    f = tmp_path / "bad.tsv"
    f.write_text("rule_id\tcode\tpattern\tflags\tnote\n"
                 "1\t999\tfoo\t\t\n"
                 "2\t040\t... bar\t\t\n"
                 "3\t040\tbaz\tweird\t\n"
                 "4\t166\tqux\town=9999\t\n")
    with pytest.raises(DictionaryError) as e:
        load_rules([f])
    msg = str(e.value)
    assert "bad.tsv:2" in msg and "bad.tsv:3" in msg and "bad.tsv:4" in msg
    assert "bad.tsv:5: own code '9999'" in msg


def test_shipped_dictionary_loads_and_covers_every_root():
    d = load_rules()
    roots = {r.code[:2] for r in d.rules if r.code != NO_EVENT}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_passive_forms_of_verb_object_patterns():
    from eventcoder.patterns import passive_forms
    assert passive_forms("{impose} sanctions on") == [
        "sanctions ... (is|are|was|were|been|being|be) ... (imposed) on",
        "sanctions ... (is|are|was|were|been|being|be) ... (imposed)"]
    assert passive_forms("({give}|{extend}) ... (loan|loans) to")[0].startswith("(loan|loans) ...")
    assert passive_forms("{meet} with") == [] and passive_forms("{accuse} ... of") == []
    assert passive_forms("{give} up") == []


def test_passive_form_phrase_is_the_participle_only():
    from eventcoder.patterns import load_rules
    from eventcoder.text import tokenize
    d = load_rules()
    norms = [t.norm for t in tokenize("Sanctions were imposed on Russian oligarchs by Britain.")]
    hits = [(norms[e.start], e.code) for e in d.find(norms)]
    assert ("imposed", "163") in hits or any(n == "imposed" for n, _ in hits)


def test_quotation_marks_inside_a_phrase_are_skipped(code):
    rows = code('The United States said it was "deeply concerned" about the election in Belarus.')
    assert ("USA", "BLR", "012") in {(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows}


def test_possessive_determiners_are_skipped_like_articles(code):
    rows = code("Turkey and Armenia pledged to normalize their relations.", date="2023-02-15")
    assert {("TUR", "ARM", "037"), ("ARM", "TUR", "037")} <= {(r["source_actor"], r["target_actor"], r["cameo_code"])
                                                              for r in rows}


def test_a_day_named_inside_a_phrase_is_skipped_like_articles(code):
    rows = code("Russian President Vladimir Putin called late on Thursday for a ceasefire in Gaza.", date="2023-10-20")
    got = {(r["source_country"], r["target_country"], r["cameo_code"]) for r in rows}
    assert ("RUS", "PSE", "0256") in got and not any(c.startswith("08") for _, _, c in got)
    assert {str(r["event_date"]) for r in rows} == {"2023-10-19"}     # the day still dates the event


def test_calling_a_truce_declares_it_and_calling_for_one_appeals(code):
    assert {r["cameo_code"] for r in code("The rebels called a unilateral ceasefire with the army.")} <= {"0871"}
    assert "0256" in {r["cameo_code"] for r in code("France called for a ceasefire in Gaza.")}


def test_a_phrase_that_is_no_event_takes_its_words_and_codes_nothing():
    d = load_rules()
    assert not d.find("he acted in order to safeguard national interests".split())
    assert [e.rule_id for e in d.find("the president ordered the army to withdraw".split())] == ["10.007"]


def test_a_participle_after_a_hyphen_inside_a_word_is_an_adjective(code):
    rows = code("North Korea offered to resume long-suspended talks with Japan on normalisation of relations.")
    assert rows and not any(r["cameo_code"].startswith("16") for r in rows)
    # a dash between words is no hyphen: the verb after it still codes
    rows = code("The Security Council - at a meeting on Wednesday - condemned Russia.")
    assert ("IGO", "RUS", "11") in {(r["source_actor"][:3], r["target_country"], r["cameo_root"]) for r in rows}


def test_class_rules_of_coercion_assault_fighting_and_mass_violence(code):
    """Session 12 (roots 17-20): a verb class joined to an object class codes the phrasings of many stories."""
    cases = [
        ("Chinese hackers had knocked out power to thousands of homes in Taiwan.", ("CHN", "TWN", "176")),
        ("Ethiopian authorities shut off mobile phone services in the Amhara region.", ("ETH", "ETH", "1721")),
        ("Israeli troops tore down the family home of a Palestinian militant in Nablus.", ("ISR", "PSE", "1712")),
        ("Nicaragua's electoral council disqualified opposition leader Felix Maradiaga from running for president.",
         ("NIC", "NIC", "1722")),
        ("Libyan coast guards beat Sudanese migrants at a detention centre in Tripoli.", ("LBY", "SDN", "182")),
        ("Gunmen in Mexico opened fire on the mayor of Chilpancingo in an attempted assassination.",
         ("MEX", "MEX", "185")),
        ("Russia used kamikaze drones to strike power stations across Ukraine.", ("RUS", "UKR", "1952")),
        ("Sudanese soldiers chased thousands of Eritrean refugees across the border into Ethiopia.",
         ("SDN", "ERI", "201")),
    ]
    for text, want in cases:
        got = coded(code, text, date="2023-06-01")
        assert want in got, (text, got)


def test_rules_of_sieges_house_arrest_coercion_bombings_and_attacks_on_worshippers(code):
    cases = [
        ("Militants killed nine people in an attack on a mosque in northern Mali.", ("MLI", "MLI", "180")),
        ("Egypt's government kept the former president under house arrest in Cairo.", ("EGY", "EGY", "173")),
        ("Moscow pressured Belarus into accepting a Russian air base.", ("RUS", "BLR", "170")),
        ("Israel cut off food and water to the northern Gaza Strip for a second week.", ("ISR", "PSE", "191")),
        ("Three Kenyan soldiers were killed by an al Shabaab roadside bomb in Lamu county.", ("SOM", "KEN", "1833")),
        ("Al Shabaab killed ten soldiers with a car bomb in Mogadishu.", ("SOM", "SOM", "1832")),
    ]
    for text, want in cases:
        got = coded(code, text, date="2023-06-01")
        assert want in got, (text, got)


def test_session12_fb_class_rules_for_roots_06_to_10(code):
    """Verb classes joined to object classes (roots 06-10): each sentence is coded (source, target, code)."""
    cases = [
        ("Seoul demanded that Tokyo scrap its plan to release treated water into the sea.", ("KOR", "JPN", "1042")),
        ("The United States demanded that Iran reopen schools for girls in the province.", ("USA", "IRN", "1043")),
        ("Egypt said it would restore full ties only after Qatar lifted its sanctions on Egyptian firms.",
         ("EGY", "QAT", "1054")),
        ("Chad deployed 800 soldiers to Niger on Tuesday to help Niamey fight jihadist groups.", ("TCD", "NER", "074")),
        ("Jordan flew planes loaded with food and medicine into Gaza.", ("JOR", "PSE", "073")),
        ("Chinese military trainers arrived in Tanzania to train the country's navy.", ("CHN", "TZA", "062")),
        ("Turkey and Azerbaijan jointly built a railway to Nakhchivan.", ("TUR", "AZE", "060")),
        ("Kenyan police questioned the Ugandan opposition leader for six hours on Monday.", ("KEN", "UGA", "091")),
        ("The Netherlands sent air-defence batteries to Poland.", ("NLD", "POL", "072")),
        ("Colombia's government removed the FARC from its list of terrorist groups.", ("COL", "COL", "0812")),
    ]
    for text, want in cases:
        got = coded(code, text, date="2020-01-01")
        assert want in got, (text, got)


def test_session12_fc_phrasings_of_roots_11_to_16(code):
    # sentences written for the rules of session 12 helper fc (not from any data set)
    cases = [
        ("Chile's president said on Monday she would not resign despite the corruption scandal.", ("CHL", "CHL", "1231")),
        ("The Serbian prime minister refused to withdraw the new labour law despite weeks of strikes.", ("SRB", "SRB", "1232")),
        ("Tokyo lodged solemn representations with Seoul over the islands on Tuesday.", ("JPN", "KOR", "114")),
        ("Canada barred Chinese firms from supplying equipment for its power grid.", ("CAN", "CHN", "1211")),
        ("Belarus will not grant visas to members of an OSCE observer mission.", ("BLR", "IGO", "1245")),
        ("Sweden announced the suspension of development aid to Zimbabwe on Friday.", ("SWE", "ZWE", "1621")),
        ("Poland dismissed as a witch hunt a European Parliament resolution on the rule of law.", ("POL", "IGO", "120")),
        ("Russia branded a British diplomat a spy and ordered him to leave.", ("RUS", "GBR", "1125")),
    ]
    for text, want in cases:
        got = coded(code, text, date="2023-05-02")
        assert want in got, (text, got)


@pytest.mark.parametrize("text,want", [
    ("The Kremlin said it had nothing to add on the British report about the poisoning.", ("RUS", "GBR", "011")),
    ("The Pentagon would not comment on the Chinese statement.", ("USA", "CHN", "011")),
    ("Germany remained noncommittal on the request from Ukraine.", ("DEU", "UKR", "011")),
    ("France said it was in full agreement with Germany on the need for a common asylum policy.",
     ("FRA", "DEU", "019")),
    ("India's prime minister said his thoughts were with the people of Nepal after the earthquake.",
     ("IND", "NPL", "018")),
    ("Canada's prime minister said the thoughts and prayers of all Canadians were with the people of Turkey.",
     ("CAN", "TUR", "018")),
    ("The German chancellor laid a wreath at the Warsaw Ghetto memorial in Warsaw.", ("DEU", "POL", "017")),
    ("Pakistan rejected India's claim that it had sheltered the militants.", ("PAK", "IND", "016")),
    ("Kenya denied sending troops into Somalia.", ("KEN", "SOM", "016")),
])
def test_session12_fa_statement_phrasings(code, text, want):
    """Root 01 phrasings: nothing to add, would not comment (a refusal of 010 is 011), noncommittal, in full
    agreement with, thoughts are with, a wreath laid at a place, rejecting a claim, denying sending troops."""
    assert want in {(r["source_country"], r["target_country"], r["cameo_code"]) for r in code(text)}


@pytest.mark.parametrize("text,want", [
    ("The United States urged Myanmar to grant citizenship to the Rohingya.", ("USA", "MMR", "0243")),
    ("Ukraine urged Germany to supply more air-defence systems.", ("UKR", "DEU", "0232")),
    ("Iran proposed a joint investigation into the incident with the United States.", ("IRN", "USA", "0313")),
    ("South Korea proposed holding military talks with North Korea.", ("KOR", "PRK", "036")),
    ("Russia promised to drastically scale back military activity around Kyiv.", ("RUS", "UKR", "0356")),
    ("Biden and Xi shook hands at the start of the summit.", ("USA", "CHN", "044")),
    ("Ethiopia and Egypt wrapped up talks on the dam without a deal.", ("ETH", "EGY", "046")),
    ("Israel sat down for talks with the Palestinians in Cairo.", ("ISR", "PSE", "046")),
])
def test_session12_fa_appeal_intent_and_meeting_phrasings(code, text, want):
    assert want in {(r["source_country"], r["target_country"], r["cameo_code"]) for r in code(text)}


def test_session12_fa_a_bare_handshake_needs_two_parties(code):
    # "shaking hands" has no object of its own: one party alone shakes hands with no one
    rows = code("The president said he was confident, a day after shaking hands with a rebel commander in Havana.")
    assert not any(r["cameo_code"] == "044" for r in rows)


@pytest.mark.parametrize("text,want", [
    ("Iran acknowledged that it had shot down the Ukrainian airliner by mistake.", ("IRN", "UKR", "015")),
    ("Turkey pledged to reduce military operations in northern Iraq.", ("TUR", "IRQ", "0356")),
    ("The U.N. envoy urged Syria to end the bloodshed.", ("IGO", "SYR", "0256")),
    ("Ukrainian and Russian delegations met for a fresh round of negotiations in Belarus.", ("UKR", "RUS", "046")),
    ("Nicaragua's bishops chaired a national dialogue between the government and the opposition.",
     ("NIC", "NIC", "045")),
    ("Greece appealed to Germany for closer economic cooperation.", ("GRC", "DEU", "0211")),
    ("The Philippines asked Japan for closer defence cooperation.", ("PHL", "JPN", "0212")),
    ("Ukraine appealed to the European Union for political support.", ("UKR", "IGO", "022")),
])
def test_session12_fa_admissions_pledges_negotiations_and_appeals_for(code, text, want):
    """An admission by the doer of its deed is its claim (015); pledges to curb a fight take its place;
    meeting for negotiations is negotiating (046); chairing talks between two parties mediates (045);
    appeals "for" a kind of cooperation take its code."""
    got = coded(code, text)
    assert want in got


def test_session12_fa_guarantors_of_resumed_talks_are_no_party_to_them(code):
    rows = code("Colombia's government and the ELN rebels resumed peace negotiations in Caracas on Monday, "
                "with Venezuela, Cuba and Norway acting as guarantors.")
    assert not any(r["cameo_code"] == "046" and "VEN" in (r["source_country"], r["target_country"]) for r in rows)


def test_session12_fa_accepting_a_peace_deal_expresses_intent_to_settle(code):
    rows = code("Ethiopia's ruling coalition said it would fully accept and implement the peace deal with Eritrea.")
    assert ("ETH", "ERI", "037") in {(r["source_country"], r["target_country"], r["cameo_code"]) for r in rows}


@pytest.mark.parametrize("text,want", [
    ("The rebels admitted they were behind the ambush on a Nigerian army convoy.", ("NGA", "NGA", "015")),
    ("Cairo said the chances of an agreement with Ethiopia remained slim.", ("EGY", "ETH", "012")),
    ("Moscow denied that soldiers had crossed into Georgia.", ("RUS", "GEO", "016")),
    ("The German president bowed his head at the memorial in Warsaw.", ("DEU", "POL", "017")),
    ("Japan's condolence message to Turkey was read out at the ceremony.", ("JPN", "TUR", "018")),
    ("Ukraine's plea to Germany for a ceasefire went unheeded.", ("UKR", "DEU", "0256")),
    ("Sudan agreed to let the World Food Programme deliver aid to Darfur.", ("SDN", "IGO", "0355")),
    ("Kosovo gained recognition from Israel.", ("ISR", "XKX", "054")),
    ("Spain's formal recognition of Palestine angered Israel.", ("ESP", "PSE", "054")),
    ("Britain's endorsement of the Moroccan plan was welcomed in Rabat.", ("GBR", "MAR", "051")),
    ("Australia's promise of aid to Tonga came within hours.", ("AUS", "TON", "033")),
    ("Qatar's offer of mediation between Israel and Hamas was welcomed.", ("QAT", "ISR", "039")),
    ("Pakistan will repeal the colonial-era sedition law, the law minister said.", ("PAK", "PAK", "0342")),
])
def test_session12_ga_claims_doubts_denials_gestures_and_event_nouns(code, text, want):
    """A group saying it was behind a deed claims it (015); dim prospects are pessimism (012); denying
    that agents did a deed denies it (016); bowing at a memorial is symbolic (017); event nouns of
    condolence, appeal, recognition, endorsement, promise and offer of mediation take their verbs' codes;
    an intention of home policy change targets the state itself."""
    got = coded(code, text)
    assert want in got


def test_session12_ga_recognition_noun_needs_its_owner(code):
    rows = code("Serbia opposes recognition of Kosovo's independence.")
    assert not any(r["cameo_code"] == "054" for r in rows)


@pytest.mark.parametrize("text,want", [
    ("The Kremlin repeated its denial of any role in the poisoning in Britain.", ("RUS", "GBR", "016")),
    ("North Korea's offer of talks to South Korea came as a surprise.", ("PRK", "KOR", "036")),
    ("Canada's expression of sympathy for Turkey was appreciated.", ("CAN", "TUR", "018")),
    ("Turkey's backing for Azerbaijan was decisive.", ("TUR", "AZE", "051")),
    ("Belgium's acknowledgement of its role in the Congo massacres was welcomed.", ("BEL", "COD", "015")),
    ("Sudan's military government began drafting a new constitution.", ("SDN", "SDN", "0344")),
    ("The United States urged China to reconsider its rules on foreign companies.", ("USA", "CHN", "0242")),
])
def test_session12_ga_owned_event_nouns_and_charter_drafting(code, text, want):
    """An event noun owned by a country ("X's denial of any role", "X's offer of talks") is X's deed;
    beginning to draft a new constitution is an intention to change institutions at home (0344)."""
    got = coded(code, text)
    assert want in got


def test_session12_ga_unowned_proposal_for_talks_is_not_the_rejecters(code):
    rows = code("India rejected the proposal for talks with Pakistan.")
    assert not any(r["cameo_code"] == "036" for r in rows)


@pytest.mark.parametrize("text,want", [
    ("Egypt dispatched its intelligence chief to Israel for talks.", ("EGY", "ISR", "042")),
    ("The United States sent its special envoy to Khartoum for consultations on the crisis.", ("USA", "SDN", "042")),
    ("China and the Philippines initialled a code of conduct.", ("CHN", "PHL", "057")),
])
def test_session12_ga_emissaries_sent_for_talks_and_initialled_codes(code, text, want):
    """Sending one's own emissary abroad for talks is a visit by the sender (042); initialling a code of
    conduct signs an accord (057)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("The Foreign Office was tight-lipped about the talks with Iran.", ("GBR", "IRN", "011")),
    ("Britain echoed Washington's concerns about the Chinese law.", ("GBR", "USA", "019")),
])
def test_session12_ga_tight_lipped_and_echoing(code, text, want):
    """Keeping tight-lipped declines comment (011); echoing another state's call or concerns is accord with it (019)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Colombian troops killed eight FARC rebels in a firefight near the Venezuelan border.", ("COL", "COL", "193")),
    ("Two Pakistani soldiers were killed in an American drone strike in North Waziristan.", ("USA", "PAK", "1952")),
    ("Syrian forces killed dozens of civilians in a chlorine gas attack on Douma.", ("SYR", "SYR", "2041")),
    ("Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu.", ("SOM", "SOM", "1832")),
    ("A roadside bomb tore through a Syrian army bus in Damascus.", ("SYR", "SYR", "1833")),
    ("Boko Haram fighters bombed a crowded market in Maiduguri.", ("NGA", "NGA", "1834")),
    ("Serbian police set up checkpoints along the border with Kosovo.", ("SRB", "XKX", "191")),
    ("Russian troops invaded Georgia in August 2008.", ("RUS", "GEO", "190")),
])
def test_session12_gd_attack_weapon_bomb_and_barrier_phrasings(code, text, want):
    """Killing people "in" a gunfight, drone strike or gas attack takes the attack's weapon code; a vehicle or
    roadside bomb outranks the place it struck; bombing a market is a location bombing (1834); setting up
    checkpoints restricts movement (191); an invasion is the use of military force (190)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("The presidents of Kenya and Uganda broke ground on a new oil refinery near the border.", ("KEN", "UGA", "061")),
    ("Japan gave Laos a new aid package after talks in Vientiane.", ("JPN", "LAO", "070")),
    ("A Saudi official brought $20 million in cash into Yemen to pay soldiers.", ("SAU", "YEM", "071")),
    ("Nigerian-led peacekeepers flew into Monrovia on Friday.", ("NGA", "LBR", "074")),
    ("The World Food Programme distributed food to displaced families in Sudan.", ("IGO", "SDN", "073")),
    ("China financed the construction of a new port in Sri Lanka.", ("CHN", "LKA", "071")),
])
def test_session12_gb_aid_phrasings(code, text, want):
    """Breaking ground together is economic cooperation (bare, two subjects); aid packages (070), cash brought
    in (071), peacekeepers flying in (074), relief handed out (073), projects financed abroad (071)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Japan will provide an additional $5.5 billion to Ukraine, Prime Minister Fumio Kishida said.", ("JPN", "UKR", "0331")),
    ("The United States sent $300 million to Ukraine on Friday.", ("USA", "UKR", "071")),
    ("Tens of thousands rallied in Kiev's Independence Square on Sunday.", ("UKR", "UKR", "141")),
    ("Thousands of protesters rallied in Kiev on Sunday.", ("UKR", "UKR", "141")),
    ("Twenty-two Indian policemen were killed in a gunbattle with Maoist rebels in Chhattisgarh.", ("IND", "IND", "193")),
])
def test_session15_money_sent_and_crowds_counted(code, text, want):
    """An amount of money right after the verb is economic aid (071; future: 0331); a crowd counted by its size
    that rallies or marches in a place protests there (141), and so do protesters who rally or march; the dead
    of a gunbattle "with" a party were killed by it (193)."""
    assert want in coded(code, text)


@pytest.mark.parametrize("text", [
    "Shares rallied in Tokyo on hopes of a rate cut.",
    "South Korea provided emergency assistance worth $2 million to Bangladesh.",
    "A Jewish extremist assassinated the prime minister at a peace rally in Tel Aviv.",
])
def test_session15_markets_rally_and_rallies_held(code, text):
    """Markets that rally are no crowd; relief worth an amount stays relief (073); a rally as a noun is
    where something happened, not a protest."""
    got = coded(code, text)
    assert not any(c == "071" or c.startswith("14") for *_, c in got)


@pytest.mark.parametrize("text,want", [
    ("The Turkish foreign minister said Greece must hand over the coup suspects.", ("TUR", "GRC", "1013")),
    ("Britain's defence secretary said Iran must act against the militias.", ("GBR", "IRN", "1012")),
    ("Spanish police began investigating the fire at the refinery.", ("ESP", "ESP", "090")),
    ("Russia allowed the Red Cross to visit Ukrainian prisoners of war.", ("RUS", "NGO", "086")),
    ("The Kyrgyz opposition leader has been given refuge in Kazakhstan.", ("KAZ", "KGZ", "075")),
    ("Colombian rebels handed in their weapons to UN monitors.", ("COL", "IGO", "0873")),
])
def test_session12_gb_demands_probes_and_access(code, text, want):
    """"X must hand over the suspects" said by another state demands extradition (1013), "X must act against"
    military cooperation (1012); an investigation with no party named stays at home (090); outside bodies let in
    to visit detainees are allowed involvement (086); asylum given "in" a state is that state's (075); weapons
    handed in are demobilization (0873)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Australia launched a WTO challenge against China over barley tariffs.", ("AUS", "CHN", "115")),
    ("Norway warned it would abandon its role as mediator between Colombia and the ELN.", ("NOR", "COL", "135")),
    ("Ethiopia threatened to expel British aid agencies.", ("ETH", "GBR", "136")),
    ("Turkey gave Greece a week to withdraw the troops or face consequences.", ("TUR", "GRC", "139")),
    ("The U.S. Navy conducted a freedom of navigation operation near Chinese-held islands.", ("USA", "CHN", "150")),
    ("Ukraine announced a general mobilisation in response to the Russian invasion.", ("UKR", "RUS", "154")),
    ("China cut off military-to-military communication with the United States.", ("CHN", "USA", "160")),
])
def test_session12_gc_legal_challenges_threats_shows_of_force_and_cut_channels(code, text, want):
    """A WTO challenge against a state is legal action (115); threats to end mediation (135) or to
    expel aid agencies (136); a deadline "or" else is an ultimatum (139); freedom-of-navigation operations
 show force (150); a general mobilisation mobilises (154);
    cutting military channels reduces relations (160)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Guyana condemned Venezuela's refusal to accept the ruling of the World Court.", ("VEN", "IGO", "128")),
    ("Egypt's mobilisation of troops on the border with Libya worried Turkey.", ("EGY", "LBY", "154")),
    ("Germany's suspension of development aid to Niger angered the junta.", ("DEU", "NER", "1621")),
    ("Washington's freeze of military aid to Kyiv was criticized.", ("USA", "UKR", "1622")),
    ("Thousands of Slovaks marched in Bratislava on Friday in one of the biggest protests in years "
     "against the government's media law.", ("SVK", "SVK", "1412")),
])
def test_session12_gc_event_nouns_of_defiance_drills_mobilisation_and_aid_cuts(code, text, want):
    """Event nouns take their possessive owner as source: a refusal to accept a ruling defies it (128),
    a mobilisation of troops on a border (154), a suspension of aid of a kind
    (162x); a march "in one of the biggest protests" against a law is a protest for policy change (1412)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Canada pledged C$2 million in emergency relief for Haiti after the hurricane.", ("CAN", "HTI", "0333")),
    ("Japan pledged $75 million to the Philippines.", ("JPN", "PHL", "0331")),
    ("Indonesia and Malaysia vowed to step up maritime security cooperation in the Strait of Malacca.", ("IDN", "MYS", "0312")),
    ("Britain and France agreed at a summit in Paris to step up intelligence sharing on smuggling gangs.", ("GBR", "FRA", "0314")),
    ("Kenya said it would seek closer trade ties with India.", ("KEN", "IND", "0311")),
    ("Egypt and Turkey agreed on Tuesday to restore full diplomatic relations.", ("EGY", "TUR", "050")),
    ("Lebanon formally lodged a request with France for the extradition of the banker.", ("LBN", "FRA", "0213")),
    ("Armenia and Azerbaijan resumed negotiations in Washington on a peace treaty.", ("ARM", "AZE", "046")),
])
def test_session13_ha_pledges_intents_and_talks(code, text, want):
    """Money pledged "in relief" is humanitarian aid (0333), bare money pledged to a state economic aid
    (0331); vows and agreements with a gap to step up security or intelligence cooperation (0312, 0314);
    seeking closer trade ties is an intention (0311), not an appeal; agreeing to restore relations is
    diplomatic cooperation (050); a request lodged for an extradition (0213); resumed negotiations
    "on a treaty" are talks (046)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("The World Bank president said Lebanon was sliding deeper into economic collapse.", ("IGO", "LBN", "012")),
    ("Tunisia's president said he would not seek a second term.", ("TUN", "TUN", "0341")),
    ("Nepal voiced its gratitude to China for the vaccines.", ("NPL", "CHN", "051")),
    ("Jordan appealed to Israel to allow fuel into the West Bank.", ("JOR", "ISR", "0255")),
    ("Pakistan's prime minister said he looked forward to Washington lifting the restrictions.", ("PAK", "USA", "013")),
    ("Putin and Lukashenko held a closed-door meeting in Minsk.", ("RUS", "BLR", "040")),
    ("Peru's president pledged to give up his emergency powers.", ("PER", "PER", "0344")),
])
def test_session13_ha_judgements_office_thanks_and_meetings(code, text, want):
    """A speaker's judgement that a state slides into collapse is pessimism (012, eval); saying he would
    not seek another term gives up office at home (0341); voiced gratitude praises (051); urging to let
    fuel in allows relief (0255); looking forward to a deed is optimism (013); a closed-door meeting
    meets (040); pledging to give up powers is institutional reform (0344)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("The opposition leader charged that the finance minister had embezzled millions from the pension fund of Zambia.",
     ("ZMB", "ZMB", "1121")),
    ("Britain is lobbying European governments to impose sanctions on Iran's Revolutionary Guards.", ("GBR", "IRN", "113")),
    ("Seoul cited allegations linking North Korean hackers to the cyberattack on its banks.", ("KOR", "PRK", "112")),
    ("EU leaders agreed to roll over sanctions on Russia for another six months.", ("IGO", "RUS", "1244")),
    ("Myanmar's junta refused to let the ASEAN envoy meet Aung San Suu Kyi.", ("MMR", "IGO", "1245")),
    ("North Korea said it had no intention of sitting down for talks with South Korea.", ("PRK", "KOR", "125")),
    ("Vietnam threatened to cut off all economic aid to Laos over the dam.", ("VNM", "LAO", "1311")),
])
def test_session13_hc_graft_lobbying_links_rollover_access_and_aid_threats(code, text, want):
    """Charging that an official embezzled is an accusation of corruption (1121); lobbying others to sanction
    a state rallies opposition against it (113); allegations linking agents to an attack accuse (112); rolling
    over sanctions refuses to ease them (1244); refusing to let an envoy meet a prisoner refuses outside
    involvement (1245); "no intention of sitting down for talks" refuses talks (125); a threat to cut all
    aid of a kind to a state (1311)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Junior doctors in Chile began a five-day walkout on Monday.", ("CHL", "CHL", "143")),
    ("Protesters forced their way into the parliament building in Tbilisi.", ("GEO", "GEO", "145")),
    ("Peru deployed police and soldiers onto the streets of Lima after the riots.", ("PER", "PER", "153")),
    ("China fired ballistic missiles into waters around Taiwan during the drills.", ("CHN", "TWN", "150")),
    ("The Security Council voted on Thursday to end the peacekeeping mission in Haiti.", ("IGO", "HTI", "1661")),
    ("Azerbaijan suspended its friendship treaty with Russia.", ("AZE", "RUS", "160")),
    ("Burundi ordered the U.N. human rights mission out of the country.", ("BDI", "IGO", "1662")),
    ("Israel recalled its negotiating team from the talks with Hamas in Doha.", ("ISR", "PSE", "164")),
    ("Thousands of Malians took to the streets of Bamako to demand a return to civilian rule.", ("MLI", "MLI", "1414")),
    ("Thousands of Peruvians rallied in Lima on Sunday, demanding that President Dina Boluarte quit.",
     ("PER", "PER", "1411")),
])
def test_session13_hc_walkouts_break_ins_deployments_drills_and_withdrawals(code, text, want):
    """A walkout of some days is a strike (143); forcing one's way into parliament is a riot (145); police
    sent with soldiers onto the streets is a police deployment (153); missiles fired into the waters around a
    state show force (150); voting to end a peacekeeping mission withdraws peacekeepers (1661); suspending a
    friendship treaty reduces relations (160); ordering a rights mission out expels observers (1662);
    recalling negotiators from talks with a party halts the talks (164); crowds demanding civilian rule (1414)
    or that a leader quit (1411)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Vietnam suspended visa services for Chinese nationals after the dispute.", ("VNM", "CHN", "172")),
    ("Moscow placed the Russian unit of France's Danone under temporary state management.", ("RUS", "FRA", "1711")),
    ("Turkey removed three pro-Kurdish mayors from office on Monday.", ("TUR", "TUR", "1722")),
    ("Gunmen stormed a church in northern Burkina Faso during Sunday mass.", ("BFA", "BFA", "180")),
    ("Jihadists herded villagers into a mosque to shield themselves from Malian troops.", ("MLI", "MLI", "184")),
    ("FARC dissidents bombed an oil pipeline in Colombia's Norte de Santander province.", ("COL", "COL", "1834")),
    ("An Italian man struck a Danish journalist in the face in Copenhagen.", ("ITA", "DNK", "182")),
    ("Turkish troops took full control of the Syrian town of Afrin.", ("TUR", "SYR", "192")),
    ("Pakistan pushed tens of thousands of Afghans back across the border.", ("PAK", "AFG", "201")),
    ("Russian warships blocked Ukraine's ports.", ("RUS", "UKR", "191")),
    ("A gunman shot nine worshippers at a church in Charleston.", ("USA", "USA", "180")),
])
def test_session13_hd_visa_seizure_ban_storming_shield_pipeline_and_control(code, text, want):
    """Halting visa services is an administrative sanction (172); placing a foreign firm's unit under temporary
    state management confiscates it (1711); removing mayors from office bans politicians (1722); storming a
    church is violence against unarmed people (180); herding villagers to shield fighters is a human shield
    (184); bombing a pipeline is a location bombing (1834); a blow in the face is a physical assault (182);
    taking full control of a town occupies it (192)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text", [
    "Morocco battled past Spain on penalties to reach the quarter-finals.",
    "Speedboats of Iran's Revolutionary Guards blew up a mock U.S. aircraft carrier in naval war games.",
    "Israel braced for an expected retaliatory attack by Iran.",
])
def test_session13_hd_games_drills_and_expected_attacks_are_no_fighting(code, text):
    """A sports result, a war-game target and an attack still to come are no use of force (roots 18-19)."""
    got = coded(code, text)
    assert not any(c.startswith(("18", "19")) for _, _, c in got)



@pytest.mark.parametrize("text,want", [
    ("Germany offered refuge to the Afghan interpreters.", ("DEU", "AFG", "075")),
    ("Spain dispatched two water bombers to Portugal on Sunday.", ("ESP", "PRT", "073")),
    ("Japan released the Chinese trawler captain.", ("JPN", "CHN", "0841")),
    ("China funded a new deep-sea port in Sri Lanka.", ("CHN", "LKA", "071")),
    ("Israel reopened the Erez checkpoint to aid trucks bound for Gaza.", ("ISR", "PSE", "0863")),
])
def test_session13_hb_asylum_aid_release_and_access(code, text, want):
    """Granting refuge to a person is asylum (075); firefighting planes sent abroad are humanitarian aid (073);
    freeing a person named by trade releases him (0841); financing a port abroad is economic aid (071);
    reopening a checkpoint to aid trucks allows humanitarian access (0863)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("The Netherlands deported three Belgian drug suspects to Brussels.", ("NLD", "BEL", "063")),
    ("Italy approved a bid by a Chinese firm for a stake in the port of Trieste.", ("ITA", "CHN", "061")),
    ("The United States pressed Pakistan on Monday to take decisive action against the Haqqani network.",
     ("USA", "PAK", "1012")),
    ("Amnesty International is looking into allegations of torture by police in Egypt.", ("NGO", "EGY", "092")),
    ("Dutch investigators are looking into the downing of the Malaysian airliner.", ("NLD", "MYS", "093")),
])
def test_session13_hb_deportation_stakes_demands_and_probes(code, text, want):
    """Suspects deported to the state that wants them are judicial cooperation (063); approving a foreign bid
    for a stake is economic cooperation (061); pressing a state to act against militants demands military
    cooperation (1012); looking into allegations of torture investigates abuses (092), and into the downing
    of an airliner a military act (093)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("The German chancellor threatened on Friday to withhold development aid to Mali.", ("DEU", "MLI", "1311")),
    ("Washington threatened on Monday to impose sanctions on Turkey over the missile purchase.",
     ("USA", "TUR", "1312")),
    ("China's ambassador warned that Chinese consumers could shun Australian wine and beef.", ("CHN", "AUS", "1312")),
    ("The United States suspended intelligence sharing with Ukraine.", ("USA", "UKR", "160")),
    ("The Netherlands halted some intelligence sharing with Israel.", ("NLD", "ISR", "160")),
    ("Britain announced the suspension of intelligence sharing with Colombia.", ("GBR", "COL", "160")),
])
def test_session13_ic_threats_with_a_date_and_intelligence_cut_off(code, text, want):
    """A threat with a day or adverb between 'threatened' and 'to' still threatens to cut aid (1311) or to
    sanction (1312); a warning that consumers could shun a state's goods threatens a boycott (1312);
    suspending intelligence sharing with a state reduces relations (160), not shares intelligence (064)."""
    got = coded(code, text)
    assert want in got


def test_session13_ic_restoring_intelligence_sharing_is_no_cut(code):
    got = coded(code, "The two countries ended the dispute and restored intelligence sharing with each other.")
    assert not any(g[2] == "160" for g in got)


@pytest.mark.parametrize("text,want", [
    ("France announced the withdrawal of its ambassador from Niger.", ("FRA", "NER", "161")),
    ("China warned Taiwan that independence means war.", ("CHN", "TWN", "138")),
])
def test_session13_ic_envoy_withdrawal_noun_and_warning_of_war(code, text, want):
    """The withdrawal of a state's own ambassador reduces relations (161); warning that a step means war
    threatens military force (138)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("China refused to be drawn on the Japanese proposal.", ("CHN", "JPN", "011")),
    ("Pope Francis prayed for peace in Ukraine.", ("VAT", "UKR", "017")),
    ("The Indian prime minister led prayers for the victims of the attack in Kabul.", ("IND", "AFG", "017")),
    ("Afghan President Ashraf Ghani signed a decree paving the way for the release of 1,500 Taliban prisoners.",
     ("AFG", "AFG", "0353")),
    ("The Security Council vote cleared the way for the lifting of U.N. sanctions on Libya.", ("IGO", "LBY", "0354")),
])
def test_session13_ia_no_comment_prayers_and_paving_the_way(code, text, want):
    """Declining to be drawn on a matter is no comment (011); praying or leading prayers for a place's
    people is a symbolic act (017); a step that paves or clears the way for a release of prisoners or a
    lifting of sanctions is an intent to yield (0353, 0354)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Nigeria asked the United States for intelligence help against Boko Haram.", ("NGA", "USA", "0214")),
    ("The EU promised 500 million euros in financial assistance for Tunisia.", ("IGO", "TUN", "0331")),
    ("Israel accepted responsibility for the air strike on a school in Gaza.", ("ISR", "PSE", "015")),
    ("Iran expressed readiness for talks with Saudi Arabia.", ("IRN", "SAU", "036")),
    ("Turkey voiced openness to a meeting with Syrian President Bashar al-Assad.", ("TUR", "SYR", "036")),
])
def test_session13_ia_intel_help_money_in_aid_own_up_and_readiness_for_talks(code, text, want):
    """Asking a state for intelligence help is an appeal for intelligence cooperation (0214); money
    pledged "in aid" or "in financial assistance" to a state is economic aid (0331);
    taking or accepting responsibility for a strike in a place owns up to it (015); readiness or openness
    voiced for talks with a party is an intent to meet (036)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("China held joint naval patrols with Russia near Alaska.", ("CHN", "RUS", "062")),
    ("Kenya launched a joint offensive with Somalia against al Shabaab militants.", ("KEN", "SOM", "062")),
    ("Russia and China held joint naval patrols in the Pacific.", ("RUS", "CHN", "062")),
    ("Egypt demanded that Israel open the border crossing for aid.", ("EGY", "ISR", "1055")),
    ("The United Nations pressed Syria to reopen border crossings for aid convoys.", ("IGO", "SYR", "1055")),
    ("Japan pressed for the early release of a businessman detained by China.", ("JPN", "CHN", "1053")),
    ("Israel deployed an interceptor battery to help defend the United Arab Emirates.", ("ISR", "ARE", "074")),
    ("Russia is harbouring the toppled Syrian leader.", ("RUS", "SYR", "075")),
])
def test_session13_ib_joint_patrols_aid_crossings_and_release(code, text, want):
    """A joint patrol or offensive flown or launched by two states together (or with a named partner) is
    military cooperation (062); demanding that a state open crossings for aid demands humanitarian access
    (1055); pressing for someone's release demands a release (1053); deploying air defences or troops to help
    defend a state gives it military protection (074); sheltering an ousted leader is asylum (075)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("Russia placed the Russian units of Finland's Fortum and Germany's Uniper under temporary state management.",
     ("RUS", "DEU", "1711")),
    ("A Cambodian court banned opposition leader Kem Sokha and 118 other party officials from politics for five years.",
     ("KHM", "KHM", "1722")),
    ("Chinese coast guard ships blocked two Philippine resupply boats near the shoal on Tuesday.",
     ("CHN", "PHL", "191")),
    ("Israeli naval commandos intercepted a Turkish aid flotilla bound for Gaza.", ("ISR", "TUR", "191")),
    ("Malian soldiers killed 30 villagers in a massacre in central Mali.", ("MLI", "MLI", "202")),
])
def test_session13_id_several_owners_several_banned_resupply_and_massacres(code, text, want):
    """Property of two named owners put under state management is seized (1711); banning a leader 'and'
    others from politics bans the opposition (1722); blocking or intercepting supply boats or an aid
    flotilla is a blockade (191); killing people 'in a massacre' is a mass killing (202)."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("A car bomb exploded outside a crowded hotel in Mogadishu, killing Somali soldiers.", ("SOM", "SOM", "1832")),
    ("A Syrian car bomb exploded near the Turkish embassy.", ("SYR", "TUR", "1832")),
])
def test_session13_id_car_bomb_at_a_place_is_vehicular_bombing(code, text, want):
    """A car bomb going off at a named place is vehicular bombing (1832), not the location bombing (1834)
    that the noun 'bomb' read as the verb {bomb} with a place gives."""
    got = coded(code, text)
    assert want in got


@pytest.mark.parametrize("text,want", [
    ("A Russian man shoved the Georgian ambassador outside the embassy in Moscow.", ("RUS", "GEO", "182")),
    ("An Armenian man slapped the Azerbaijani envoy at the conference.", ("ARM", "AZE", "182")),
])
def test_session13_id_a_lone_assailant_assaults(code, text, want):
    """'A man shoved/slapped/struck X' is a physical assault (182)."""
    got = coded(code, text)
    assert want in got


def test_session13_id_ban_on_the_opposition_is_a_party_ban(code):
    """'X's ban on the opposition ...' bans a party (1722), not an embargo (163)."""
    assert ("KHM", "KHM", "1722") in coded(code, "Cambodia's ban on the opposition CNRP was condemned.")


def test_a_later_gap_spans_the_names_of_actors_too(code):
    rows = code("Sudan ordered 13 aid agencies, including Oxfam and Doctors Without Borders, to leave the country.",
                date="2009-03-05")
    assert any(r["source_country"] == "SDN" and r["cameo_root"] == "16" for r in rows)
