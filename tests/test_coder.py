"""The coder end to end on sentences written for each structural rule."""
import datetime as dt

import pytest

from conftest import triples


def story(title: str, publisher: str, published: str, body: str) -> str:
    """An article's text as a file holds it: headline, "Publisher | Published DATE" line, body."""
    return f"{title}\n\n{publisher} | Published {published}\n\n{body}"


def article_triples(coder, text: str) -> set[tuple]:
    """(source country, target country, root) of the events of an article written as text."""
    from eventcoder.articles import article_from_text
    return {(r["source_country"], r["target_country"], r["cameo_root"]) for r in coder.rows(article_from_text("t", text))}

def test_symmetric_meeting_yields_both_directions(code):
    assert triples(code("Iran and Russia discussed cooperation in telecommunications.")) >= {
        ("IRN", "RUS", "04"), ("RUS", "IRN", "04")}


def test_subject_object_meeting(code):
    rows = code("The Iranian telecoms minister met the Russian ambassador on Sunday.")
    assert ("IRN", "RUS", "04") in triples(rows)


def test_passive_voice_swaps(code):
    rows = code("Russia was accused by the United States of cyberattacks.")
    assert triples(rows) == {("USA", "RUS", "11")}


def test_negation_suppresses(code):
    assert code("The Chinese foreign minister did not meet his Japanese counterpart.") == []


def test_future_becomes_intent(code):
    rows = code("The French president will visit India next month.")
    assert {(r["source_country"], r["target_country"], r["cameo_code"]) for r in rows} >= {("FRA", "IND", "036")}
    assert all(r["cameo_root"] == "03" for r in rows)


def test_metonym_capital_is_government(code):
    rows = code("Moscow condemned Washington for the new sanctions.")
    assert ("RUSGOV", "USAGOV") in {(r["source_actor"], r["target_actor"]) for r in rows}


def test_coreference_of_introduced_name(code):
    text = ("Chinese Premier Li Keqiang arrived in Moscow on Monday.\n"
            "Li criticized Japan over its defence budget.")
    assert ("CHN", "JPN", "11") in triples(code(text, date="2019-09-18"))


def test_conditional_suppresses(code):
    assert code("If Turkey attacks Greece, the alliance will respond.") == []


def test_location_is_not_target(code):
    rows = code("Iranian and Russian ministers met in Beijing.")
    assert all(r["target_country"] != "CHN" for r in rows)


def test_dates_resolved_against_publication(code):
    rows = code("China and Russia yesterday agreed to strengthen cooperation.", date="2019-09-18")
    assert rows and {str(r["event_date"]) for r in rows} == {"2019-09-17"}


def test_dedup_counts_mentions(code):
    rows = code("Iran criticized Israel. Iran also criticized Israel again.")
    r = [r for r in rows if r["source_country"] == "IRN" and r["target_country"] == "ISR"]
    assert len(r) == 1 and r[0]["mentions"] == 2


def test_rows_fit_schema(code):
    from eventcoder.schema import validate_row
    for r in code("Japan signed a trade agreement with Vietnam on October 5 2010."):
        validate_row(r)
        assert r["rule_id"] and r["event_text"] and r["coder_version"]


def test_quotation_speaker_after_the_quote(coder):
    from eventcoder.articles import article_from_text
    text = ("China sanctions US arms makers\n\n"
            "BEIJING, June 21, 2024 (AFP) - China on Friday announced sanctions on US arms makers.\n\n"
            "The foreign ministry said the measures were a response to the decision.\n\n"
            '"We urge the US to immediately stop arming Taiwan," ministry spokesman Lin Jian said.\n')
    art = article_from_text("q", text)
    assert art.dateline == "Beijing"
    rows = coder.rows(art)
    assert ("CHNGOV", "USA", "020") in {(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows}
    # the demand's content ("stop arming Taiwan") is not a deed
    assert all(r["cameo_code"] != "1622" for r in rows)


def test_undated_sentences_take_the_lead_date(coder):
    from eventcoder.articles import article_from_text
    text = ("September 16, 2020\n\n"
            "Israel and the United Arab Emirates signed an agreement at the White House on Tuesday.\n\n"
            "Netanyahu and Sheikh Abdullah bin Zayed signed the documents on the South Lawn.\n")
    rows = coder.rows(article_from_text("lead", text))
    assert rows and {str(r["event_date"]) for r in rows} == {"2020-09-15"}


def test_background_date_carries_to_the_next_sentence_of_its_paragraph(coder):
    from eventcoder.articles import article_from_text
    text = ("October 15, 2024\n\n"
            "India expelled six Canadian diplomats on Monday.\n\n"
            "Ties nosedived in September 2023, when Canada expelled an Indian diplomat. "
            "India denounced Canada over the expulsion.\n")
    rows = coder.rows(article_from_text("bg", text))
    dates = {(r["source_country"], r["target_country"], r["cameo_root"]): (str(r["event_date"]), r["date_precision"])
             for r in rows}
    assert dates[("IND", "CAN", "17")] == ("2024-10-14", "day")
    assert dates[("IND", "CAN", "11")] == ("2023-09-01", "month")


def test_title_is_the_line_after_a_leading_publication_line_and_the_lead_date_is_found(coder):
    from eventcoder.articles import article_from_text
    text = ("Published: 2024/07/31 10:52\n\n"
            "Congo, Rwanda agree ceasefire\n\n"
            "LUANDA (AFP) - Congo and Rwanda have agreed to a ceasefire starting at midnight on Sunday.\n\n"
            "The truce was reached on Tuesday at a meeting of the two ministers.\n")
    art = article_from_text("t", text)
    assert art.title == "Congo, Rwanda agree ceasefire"
    rows = coder.rows(art)
    assert rows and {str(r["event_date"]) for r in rows} == {"2024-07-30"}


def test_words_about_a_deed_reported_before_go_to_its_doer(code):
    text = ("North Korea fired an intercontinental ballistic missile into the sea on Thursday. "
            "In Washington, a White House spokesperson condemned the launch as a brazen violation.")
    from conftest import triples
    assert ("USA", "PRK", "11") in triples(code(text, date="2023-03-16"))
    # with no deed reported before, the condemnation has no target
    assert not code("In Washington, a White House spokesperson condemned the launch.", date="2023-03-16")


def test_a_lone_office_beside_a_state_government_gets_no_country_from_it(code):
    from conftest import triples
    rows = code("Donald Trump imposed sanctions on the court on Thursday.", date="2025-02-07")
    assert ("USA", "USA", "16") not in triples(rows)
    rows = code("Peruvian prosecutors opened an investigation into the president on Monday.", date="2023-01-10")
    assert ("PER", "PER", "09") in triples(rows)


def test_a_news_outlet_told_or_written_for_lends_no_country(code):
    rows = code("The opposition leader told the BBC that soldiers had beaten protesters in the capital.", date="2021-03-02")
    assert not any(r["source_country"] == "GBR" or r["target_country"] == "GBR" for r in rows)
    rows = code("A critic of the government who wrote for the Washington Post said police had arrested activists.",
                date="2019-05-02")
    assert not any("USA" in (r["source_country"], r["target_country"]) for r in rows)


def test_a_venue_is_no_party_and_no_home(code):
    # the capital where the sides met is neither the target nor the home of the separatists, who are named
    # with (and so of the state of) the government, even with a "pro-" leaning
    rows = code("Ukraine's government and pro-Russian separatists have signed a ceasefire agreement at talks in the "
                "Belarusian capital, Minsk.", date="2014-09-05")
    assert triples(rows) and not any("BLR" in (r["source_country"], r["target_country"]) for r in rows)
    assert ("UKR", "UKR", "08") in triples(rows)


def test_the_speaker_of_a_free_relative_is_no_target(code):
    rows = code("China's military launched large-scale drills around Taiwan on Monday in what Beijing called a stern "
                "warning.", date="2024-10-14")
    assert ("CHN", "TWN", "15") in triples(rows) and ("CHN", "CHN", "15") not in triples(rows)


def test_a_deed_noun_after_another_phrase_is_not_its_subjects_deed(code):
    rows = code("The United States condemned the killing of a journalist in Mexico.", date="2022-01-20")
    assert ("USA", "MEX", "11") in triples(rows) and ("USA", "MEX", "19") not in triples(rows)
    rows = code("The United States vetoed a Security Council resolution demanding a ceasefire in Gaza.", date="2024-02-20")
    assert not any(r["cameo_root"] == "10" for r in rows)


def test_a_day_still_to_come_in_the_lead_is_not_the_lead_date(coder):
    from eventcoder.articles import article_from_text
    text = ("Published On 27 Jul 2025\n\n"
            "Thailand and Cambodia will hold talks in Malaysia on Monday, officials said.\n\n"
            "Cambodia accused Thailand of firing first.\n")
    rows = coder.rows(article_from_text("t", text))
    assert rows and all(str(r["event_date"]) != "2025-07-21" for r in rows)


def test_a_lead_on_the_day_of_publication_leaves_undated_sentences_on_that_day(coder):
    from eventcoder.articles import article_from_text
    text = ("2023-03-16\n\n"
            "North Korea fired a missile into the sea on Thursday, the military said.\n\n"
            "The launch came during the allies' drills, which began Monday. "
            "Japan lodged a strong protest with North Korea.\n")
    rows = coder.rows(article_from_text("t", text))
    protest = [r for r in rows if (r["source_country"], r["target_country"]) == ("JPN", "PRK")]
    assert protest and {str(r["event_date"]) for r in protest} == {"2023-03-16"}


def test_a_time_stamp_on_the_day_of_publication_does_not_hide_the_lead_date(coder):
    from eventcoder.articles import article_from_text
    text = ("India expels six Canadian diplomats\n\n"
            "News Desk / Updated: Oct 15, 2024, 07:40 IST\n\n"
            "NEW DELHI: India on Monday expelled six Canadian diplomats.\n\n"
            "Canada denounced India over the expulsions.\n")
    rows = coder.rows(article_from_text("t", text))
    assert rows and {str(r["event_date"]) for r in rows} == {"2024-10-14"}


def test_a_sentence_read_again_keeps_the_references_known_at_its_place(coder):
    from eventcoder.articles import article_from_text
    # "Min" is only placed by the last sentence, so the second is read again: "the North" must still be known
    text = ("2020-06-16\n\nNorth Korea blew up the liaison office on Tuesday.\n\n"
            "Min denounced the North over the blast.\n\n"
            "South Korean Unification Minister Park Min resigned.\n")
    rows = coder.rows(article_from_text("t", text))
    assert any((r["source_country"], r["target_country"], r["cameo_root"]) == ("KOR", "PRK", "11") for r in rows)


def test_the_foreign_office_under_another_states_dateline_is_that_states(coder):
    from eventcoder.articles import article_from_text
    text = ("Pakistan recalls envoy\n\nISLAMABAD: The Foreign Office announced on Wednesday it was recalling its "
            "ambassador from Tehran.\n")
    rows = coder.rows(article_from_text("t", text))
    assert {(r["source_country"], r["target_country"], r["cameo_root"]) for r in rows} == {("PAK", "IRN", "16")}
    text = ("Britain recalls envoy\n\nLONDON: The Foreign Office announced on Wednesday it was recalling its "
            "ambassador from Tehran.\n")
    rows = coder.rows(article_from_text("t", text))
    assert {(r["source_country"], r["target_country"], r["cameo_root"]) for r in rows} == {("GBR", "IRN", "16")}


def test_a_date_in_a_relative_clause_or_a_present_perfect_sentence_is_no_background(coder):
    from eventcoder.articles import article_from_text
    text = ("Wednesday, January 15, 2025\n\n"
            "Israel and Hamas agreed to a ceasefire on Wednesday.\n\n"
            "Algeria, which cut diplomatic ties with Rabat in August 2021, offered aid to Morocco on Saturday. "
            "Algiers also said it was ready to send rescue teams to Morocco.\n\n"
            "The war began with the Hamas attack on Israel on Oct. 7, 2023. "
            "Israel's military campaign has killed more than 46,700 Palestinians in Gaza.\n")
    rows = coder.rows(article_from_text("t", text))
    dates = {(r["source_country"], r["target_country"], r["cameo_root"]): str(r["event_date"]) for r in rows}
    assert dates[("DZA", "MAR", "03")] == "2025-01-11"
    assert dates[("ISR", "PSE", "19")] == "2025-01-15"


def test_a_past_date_that_dates_no_event_starts_no_background(coder):
    from eventcoder.articles import article_from_text
    text = ("2024-07-08\n\nThe ministers held their second dialogue, the first since the inaugural session in "
            "April 2022. In a joint statement Japan and the Philippines expressed serious concern over China's "
            "actions.\n")
    rows = coder.rows(article_from_text("t", text))
    concern = [r for r in rows if r["target_country"] == "CHN"]
    assert concern and all(str(r["event_date"]) == "2024-07-08" for r in concern)


def test_later_that_day_counts_from_the_day_the_story_last_named(coder):
    from eventcoder.articles import article_from_text
    text = ("2024-01-19\n\nPakistan struck targets in Iran on Thursday.\n\n"
            "Islamabad's reaction on Wednesday was the sharpest in memory. Later that day Pakistani Foreign "
            "Minister Jalil Abbas Jilani took a telephone call from his Iranian counterpart.\n")
    rows = coder.rows(article_from_text("t", text))
    call = [r for r in rows if r["cameo_root"] == "04"]
    assert call and {str(r["event_date"]) for r in call} == {"2024-01-17"}


def test_a_past_day_carries_to_the_next_sentences_of_its_paragraph(coder):
    from eventcoder.articles import article_from_text
    text = ("2024-01-19\n\nPakistan struck targets in Iran on Thursday.\n\n"
            "Islamabad's reaction on Wednesday was the sharpest in memory. The Foreign Office announced it "
            "was recalling its ambassador from Tehran.\n\nIran condemned the strikes.\n")
    rows = coder.rows(article_from_text("t", text))
    dates = {r["cameo_root"]: str(r["event_date"]) for r in rows}
    assert dates["16"] == "2024-01-17" and dates["11"] == "2024-01-18"


def test_the_ministry_under_a_dateline_is_the_datelines_states_whatever_place_it_names(coder):
    text = ("Turkey condemns attacks\n\nNovember 14, 2019\n\nANKARA-Anadolu Agency\n\n"
            "Turkey on Wednesday denounced Israeli attacks on Gaza.\n\n"
            "The ministry called on Israel to end its occupation in Palestine.\n\n"
            "The ministry called on the international community to protect civilians in Palestine.\n")
    got = article_triples(coder, text)
    assert ("TUR", "ISR", "02") in got and not any(s == "PSE" or t == "PSE" and r == "02" for s, t, r in got)


def test_this_is_a_violation_judges_the_doer_of_the_deed_reported_before_not_its_speaker(coder):
    text = ("Mexico cuts ties with Ecuador\n\nApril 7, 2024\n\n"
            "QUITO: Ecuadoran police stormed the Mexican embassy in Quito on Friday to arrest Jorge Glas.\n\n"
            "Mexican President Andres Manuel Lopez Obrador said authorities forcibly entered the building.\n\n"
            "\"This is a flagrant violation of international law,\" he said.\n")
    assert ("MEX", "ECU", "11") in article_triples(coder, text)


def test_police_take_no_country_from_the_dateline(coder):
    from eventcoder.articles import article_from_text
    text = ("Kenya condemns attack\n\nNAIROBI, Jan 28 (Nation) - Protesters attacked embassies in the Congolese "
            "capital on Tuesday. Police fired tear gas to disperse the crowds.\n")
    rows = coder.rows(article_from_text("t", text))
    assert not any(r["source_country"] == "KEN" and r["cameo_root"] == "17" for r in rows)


def test_a_transnational_armed_group_takes_the_country_where_the_sentence_places_it(code):
    rows = code("The United States launched an air strike against an Islamic State target southwest of Baghdad on "
                "Monday.", date="2014-09-16")
    strike = [r for r in rows if r["cameo_root"] == "19"]
    assert strike and strike[0]["target_actor"] == "IMGMUSISI" and strike[0]["target_country"] == "IRQ"


def test_it_after_a_thing_subject_is_that_thing_and_a_clock_is_no_actor(coder):
    from eventcoder.articles import article_from_text
    text = ("China sends relief to Vanuatu\n\nJanuary 2, 2025\n\n"
            "The flight left the southern Chinese city of Shenzhen at 7:18 p.m. Beijing time. It is expected to "
            "arrive in Port Vila on Thursday.\n")
    rows = coder.rows(article_from_text("t", text))
    assert not any(r["cameo_root"] in ("03", "04") for r in rows)


def test_a_known_office_holder_is_remembered_by_first_name_too(coder):
    text = ("India hands over two ships to Maldives\n\nMay 3, 2023\n\n"
            "Defence Minister Rajnath Singh today handed over two ships to the Maldives.\n\n"
            "Rajnath is on a three-day visit to the Maldives.\n")
    assert {("IND", "MDV", "07"), ("IND", "MDV", "04")} <= article_triples(coder, text)


def test_armed_forces_are_where_the_sentence_puts_them_not_where_they_strike(coder):
    from eventcoder.articles import article_from_text
    text = ("Truce\n\nNovember 3, 2022\n\n"
            "The Ethiopian government and Tigrayan forces signed a cessation of hostilities in Pretoria on Wednesday.\n")
    rows = coder.rows(article_from_text("t", text))
    assert not any("ZAF" in (r["source_actor"] + r["target_actor"]) for r in rows)


def test_a_states_warring_sides_agree_with_each_other_at_home(code):
    rows = code("Sudan's warring sides have agreed on a nationwide ceasefire.", date="2023-06-10")
    assert ("SDN", "SDN", "08") in triples(rows)


def test_what_someone_is_suspected_of_is_no_event(code):
    rows = code("Chinese authorities arrested two Japanese men on suspicion of violating security laws.",
                date="2017-10-13")
    assert {r["cameo_code"][:2] for r in rows} == {"17"}


def test_a_missile_launch_at_no_one_is_a_display_of_force_and_a_protest_over_it_answers_its_doer(coder):
    text = story("North Korea fires missile", "Reuters", "November 28, 2017",
                 "North Korea has fired a ballistic missile, South Korean officials said. "
                 "Tokyo has also expressed a strong protest over the launch.")
    found = article_triples(coder, text)
    assert ("JPN", "PRK", "11") in found
    assert not any(s == "PRK" and r == "19" for s, _, r in found)


def test_condemning_the_move_answers_the_maker_of_the_last_act_and_names_learned_with_a_country(coder):
    text = story("Solomons switch", "AP", "September 16, 2019",
                 "Taiwan says the Solomon Islands has switched diplomatic recognition to China. "
                 "Taiwan's Foreign Minister Joseph Wu condemned the move Monday.")
    assert ("TWN", "SLB", "11") in article_triples(coder, text)


def test_charged_with_a_task_is_no_accusation(code):
    rows = code("Ethiopia said African leaders charged with mediating with Eritrea will meet in Ouagadougou.",
                date="1998-07-01")
    assert all(r["cameo_root"] != "17" for r in rows)
    assert any(r["cameo_code"] == "1125" for r in code("Kenya charged the Somali envoy with spying.", date="1998-07-01"))


def test_both_sides_after_a_mediators_sentence_are_the_two_states(coder):
    text = story("Border talks", "Reuters", "July 1, 1998",
                 "Ethiopia and Eritrea have fought over their border since May. "
                 "An OAU committee met Ethiopia on Monday. "
                 "Both sides accused the other of expelling thousands of citizens.")
    found = article_triples(coder, text)
    assert {("ETH", "ERI", "11"), ("ERI", "ETH", "11")} <= found
    assert not any("IGO" in (s or "") + (t or "") for s, t, r in found if r == "11")


def test_explain_reads_typographic_quotes_as_articles_are_read(coder):
    out = coder.explain("\u201cWe call on Armenia to stop its provocations,\u201d said Foreign Minister Jeyhun Bayramov.",
                        dt.date(2023, 8, 16))
    assert [(e["source"], e["target"]) for e in out["sentences"][0]["events"]] == [("AZEGOV", "ARM")]


# Article-level rules, each on a story written for it: (story, triples that must be found, triples that must not,
# and optionally countries that must not appear at all)
ARTICLE_CASES = {
    "a denial of doing something answers the accuser, not the object": (
        ("Chad breaks ties with Sudan", "Reuters", "April 14, 2006",
         "Chad broke off diplomatic relations with Sudan on Friday. Chad accused Sudan of arming the "
         "rebels who attacked N'Djamena. Chad said Sudan wanted to topple its government. Chad will expel "
         "Sudanese diplomats. Sudan denies backing the rebels."),
        {("SDN", "TCD", "01")}, {("SDN", "SDN", "01")}),
    "opening fire at no one named answers the attack before": (
        ("Clash on border", "Reuters", "June 11, 2021", "Azerbaijani forces shelled Armenian positions "
         "on Thursday. Armenian troops were forced to open fire after being shelled, the ministry said."),
        {("ARM", "AZE", "19")}, set()),
    "a government speaker speaks for the state whose deed it reports and is remembered": (
        ("Sanctions for firms", "Xinhua", "July 15, 2019",
         "CHINA will impose sanctions on US companies involved in arms sales to Taiwan, foreign ministry "
         "spokesperson Geng Shuang said on Friday. The arms sales to Taiwan by the United States are serious "
         "violations of the international law, Geng said."),
        {("CHN", "USA", "11"), ("CHN", "USA", "16")}, set()),   # (the violation he reports is his accusation)
    "'them' after 'they' and a verb is the group named before": (
        ("Officers missing", "AP", "June 14, 2023",
         "Kosovo police have reported that three officers patrolling a northern area are missing. "
         "Serbian authorities said Wednesday that they arrested them inside Serbia near the border."),
        {("SRB", "XKX", "17")}, {("SRB", "SRB", "17")}),
    "an officer named after his body's title is remembered": (
        ("US asks Russia", "News18", "April 11, 2023",
         "The formal decision was swift, State Department spokesman Vedant Patel said. "
         '"We call for the Russian Federation to immediately release Mr. Gershkovich," Patel said in a '
         'statement.'),
        {("USA", "RUS", "10")}, set()),
    "saying there is no evidence denies the accusation of the country the article is about": (
        ("Bangladesh accuses Myanmar", "AP", "September 16, 2017",
         "Bangladesh accused Myanmar of violating its airspace. Bangladesh summoned Myanmar's envoy. "
         "Bangladesh said Myanmar drones flew over its territory three times. Bangladesh protested. "
         "Myanmar's presidential spokesman on Saturday said there's no evidence of any trespassing."),
        {("MMR", "BGD", "01")}, set()),
    "mediators in the sentence of a domestic agreement mediate between that state's sides": (
        ("Sudan ceasefire", "Reuters", "June 10, 2023",
         "Saudi Arabia and the U.S. who have been brokering talks said in a joint statement that Sudan's "
         "warring sides have agreed on a nationwide ceasefire."),
        {("SAU", "SDN", "04"), ("USA", "SDN", "04"), ("SDN", "SDN", "08")}, set()),
    "'it' aimed at in an after-clause is the main clause's subject": (
        ("Gaza strikes", "AFP", "November 16, 2019",
         "GAZA CITY, Nov 16, 2019 (AFP) - Israel carried out fresh strikes on Gaza targeting Hamas early "
         "Saturday after rockets were fired towards it from the Palestinian enclave, the army said."),
        {("ISR", "PSE", "19"), ("PSE", "ISR", "19")}, set()),
    "a quotation over two sentences is its named speaker's": (
        ("Azerbaijan condemns", "Trend", "August 16, 2023",
         "Azerbaijan's foreign ministry issued a statement.\n\n"
         '"We condemn the provocations. We call on Armenia to stop its provocations," Foreign Minister '
         "Jeyhun Bayramov said."),
        {("AZE", "ARM", "02")}, set()),
    "names learned with a country are remembered by surname": (
        ("Talks resume", "UPI", "February 6, 2011",
         "India's Nirupama Rao and Pakistan's Salman Bashir held talks in Thimphu. "
         "Rao and Bashir also met to discuss another meeting."),
        {("IND", "PAK", "04")}, set(), {"SDN"}),
    "a city named after a first name or a learned title is a surname": (
        ("Chile meets China", "People's Daily", "September 26, 2000",
         "Chilean President Ricardo Lagos met with visiting Chinese Foreign Minister Tang Jiaxuan on Monday. "
         "Tang described his conversation with President Lagos as very friendly."),
        {("CHN", "CHL", "01")}, set(), {"NGA"}),
    "a statement no one is named for is the lead's state's": (
        ("Azerbaijan denounces provocations", "Trend", "August 16, 2023",
         "The Ministry of Foreign Affairs of Azerbaijan strongly condemned the provocations on Wednesday.\n\n"
         '"We condemn the provocations. We urge Armenia to stop its provocations," said the statement.'),
        {("AZE", "ARM", "02")}, set()),
    "a deed reported by a speaker whose name runs on is not the speaker's": (
        ("India launches strikes", "MINA", "May 7, 2025",
         "India confirmed on Tuesday night that it launched missile strikes on Pakistani cities. Pakistan's military "
         "spokesperson Lt. Gen. Ahmed Sharif Chaudhry said the attacks killed at least eight people.\n\n"
         "Pakistan's Prime Minister Shehbaz Sharif condemned the strikes as a cowardly attack."),
        {("PAK", "IND", "11")}, set()),
    "words about deeds are not about the speaker's own retaliation": (
        ("India strikes Pakistan", "MINA", "May 7, 2025",
         "India launched missile strikes on Pakistani cities on Tuesday night.\n\nPakistan had begun retaliatory "
         "strikes on Indian positions on Wednesday.\n\nPakistan's Prime Minister Shehbaz Sharif condemned the "
         "strikes."),
        {("PAK", "IND", "11")}, {("PAK", "PAK", "11")}),
    "'the insurgents' are the armed group the article named before, not the party facing them": (
        ("Hostages freed", "AP", "August 30, 2007",
         "The Taliban kidnapped 23 South Korean aid workers in July. The hostages were freed after negotiations "
         "between the insurgents and South Korean negotiators."),
        {("AFG", "KOR", "04"), ("KOR", "AFG", "04")}, set()),
    "a name learned after a capitalized title is the person's, not a town of that name": (
        ("Bolivia protests", "AFP", "June 1, 2005",
         "Bolivian protesters rallied against the government of President Carlos Mesa. Mesa's government "
         "criticized the protesters."),
        {("BOL", "BOL", "11")}, set(), {"USA"}),
    "readiness to observe a ceasefire with no party named is towards the country the story is about": (
        ("Ethiopia bombs port", "AFP", "June 6, 1998",
         "Ethiopian jets bombed the Eritrean port of Assab on Friday. Eritrea said the plant had not been hit. "
         "Eritrea condemned the raid. Eritrean officials said three people died. "
         'But an Ethiopian official said his country was "ready to observe a ceasefire."'),
        {("ETH", "ERI", "03")}, set()),
}


@pytest.mark.parametrize("case", list(ARTICLE_CASES))
def test_article_rules(coder, case):
    parts, found_, not_found, *absent = ARTICLE_CASES[case]
    found = article_triples(coder, story(*parts))
    assert found_ <= found
    assert not (not_found & found)
    assert not any(c in (s, t) for s, t, _ in found for c in (absent[0] if absent else ()))   # countries never named


def test_a_role_named_with_an_actor_by_and_is_of_that_actors_state(coder):
    from eventcoder.articles import article_from_text
    text = ("Sudan criticizes visa denial\n\nMOSCOW (Sputnik) - Sudan's foreign minister criticized the United States "
            "on Monday. The United States earlier denied visas to Sudanese Interior Minister Asmuth Rahman and the "
            "delegation escorting him. He said the crown prince and Erdogan had discussed the visas.\n")
    rows = coder.rows(article_from_text("t", text))
    visas = {(r["source_country"], r["target_country"]) for r in rows if r["cameo_root"] == "17"}
    assert ("USA", "SDN") in visas and ("USA", "RUS") not in visas
    assert not any(r["source_country"] == "TUR" and r["target_country"] == "TUR" for r in rows)


def test_the_datelines_state_places_no_role_in_a_story_that_never_names_it(coder):
    from eventcoder.articles import article_from_text
    text = ("Burundi army chiefs sacked\n\nLONDON, Aug 23 1996 (IPS) - Burundi's president Pierre Buyoya dismissed "
            "three army commanders on Tuesday. The junta's spokesman Godfrey Byaruhanga accused Rwanda of arming "
            "rebels.\n")
    rows = coder.rows(article_from_text("t", text))
    assert not any("GBR" in (r["source_country"], r["target_country"]) for r in rows)


def test_a_group_named_with_a_government_is_of_its_state(code):
    rows = code("President Nicolas Maduro's government and the opposition signed an agreement in Barbados on Tuesday.",
                date="2023-10-18")
    assert {(r["source_country"], r["target_country"]) for r in rows} == {("VEN", "VEN")}

def test_the_words_of_an_amount_do_not_count_toward_a_phrases_gap(code):
    rows = code("Norway withheld 120 million crowns ($12 million) in aid to Malawi on Monday.", date="2021-03-01")
    assert ("NOR", "MWI", "16") in triples(rows)
    rows = code("It briefly suspended its participation in late October 2022 following a drone attack on the fleet.",
                date="2023-07-18")
    assert not any(r["cameo_code"] == "087" for r in rows)    # a year is no amount


def test_a_game_is_no_violence_but_harm_at_a_game_is(code):
    rows = code("Senegal battled past Egypt on penalties to win the Africa Cup of Nations.", date="2022-02-07")
    assert not rows
    rows = code("Rebels attacked fans watching the Champions League final in Kampala, killing 12.", date="2010-07-12")
    assert any(r["cameo_root"] in ("18", "19", "20") for r in rows)
