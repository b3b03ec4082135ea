"""Commitments: a table of real-shaped sentences with their expected commitments.

Each row is (text, expected) where ``expected`` lists the commitments of the text as
dicts with trigger, modality, actors, action (exact text), negated, deadline and
targets. An empty list is a negative test: SPEC says the sentence holds no
commitment (hopes, suggestions, calls, must/should/need, "agreed that <view>",
passive futures, welcoming others' plans, interest, support, look forward to…).

Rows are run with upstream people/places cleared, so they test this component's
own resolution (gazetteer and title phrases); a separate group simulates upstream
records. A context sentence (``KJ``, ``CR``, ``IU``) names the meeting so that
"the two sides"/"they" can resolve.
"""
from __future__ import annotations

import json

import pytest
import pipeline

from pipeline.commit.lexicon import lexicon, load_lexicon, parse_lexicon
from pipeline.records import Mention, Person, Place

KJ = "South Korean Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Tokyo on Monday. "
CR = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Tuesday. "
IU = "Indian Prime Minister Narendra Modi met U.S. President Joe Biden in Washington. "
BSA = "The foreign ministers of Brazil, India and South Africa met in Brasilia on Monday. "
KT = "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Astana. "
PC = "Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Jan Lipavsky in Prague. "
CM = "Canadian Foreign Minister Melanie Joly met Mexican Foreign Minister Alicia Barcena in Mexico City. "
TA = "Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku. "


def C(trigger, modality, actors, action, negated=False, deadline=None, targets=None):
    return dict(trigger=trigger, modality=modality, actors=sorted(actors), action=action,
                negated=negated, deadline=deadline, targets=targets)


CASES: list[tuple[str, str, list[dict]]] = [
    # ---------------------------------------------------------------- agreement, verbal
    ("agree_xcomp", "Russia and China agreed to expand trade in energy.",
     [C("agreed", "agreement", ["CHN", "RUS"], "expand trade in energy")]),
    ("agree_two_sides", KJ + "The two sides agreed to resume shuttle diplomacy.",
     [C("agreed", "agreement", ["JPN", "KOR"], "resume shuttle diplomacy")]),
    ("agree_they", CR + "They agreed to hold the next summit in Beijing.",
     [C("agreed", "agreement", ["CHN", "RUS"], "hold the next summit in Beijing")]),
    ("agree_both_leaders", IU + "Both leaders agreed to launch a new dialogue on critical technologies.",
     [C("agreed", "agreement", ["IND", "USA"], "launch a new dialogue on critical technologies")]),
    ("agree_two_ministers", KJ + "The two ministers agreed to meet again later this year.",
     [C("agreed", "agreement", ["JPN", "KOR"], "meet again", deadline="later this year")]),
    ("agree_two_countries_quote", KJ + "\u201cThe two countries agreed to cooperate closely on supply chains,\u201d Park said.",
     [C("agreed", "agreement", ["JPN", "KOR"], "cooperate closely on supply chains")]),
    ("agree_split_own_objects", "China and Japan agreed to expand trade and to strengthen cooperation in energy.",
     [C("agreed", "agreement", ["CHN", "JPN"], "expand trade"),
      C("agreed", "agreement", ["CHN", "JPN"], "strengthen cooperation in energy")]),
    ("agree_split_no_to", "Vietnam and Laos agreed to boost investment and upgrade border gates.",
     [C("agreed", "agreement", ["LAO", "VNM"], "boost investment"),
      C("agreed", "agreement", ["LAO", "VNM"], "upgrade border gates")]),
    ("agree_shared_object", KJ + "The two sides agreed to open and operate two hotlines.",
     [C("agreed", "agreement", ["JPN", "KOR"], "open and operate two hotlines")]),
    ("agree_shared_attachment", KJ + "They agreed to closely communicate and cooperate at each level for an early resumption of talks.",
     [C("agreed", "agreement", ["JPN", "KOR"], "closely communicate and cooperate at each level for an early resumption of talks")]),
    ("agree_semicolon_conj", CR + "The two sides agreed to work together to raise trade; and to consult closely with each other on regional issues.",
     [C("agreed", "agreement", ["CHN", "RUS"], "work together to raise trade"),
      C("agreed", "agreement", ["CHN", "RUS"], "consult closely with each other on regional issues")]),
    ("agree_purpose_kept", "Egypt and Jordan agreed to coordinate closely to contain the crisis in Gaza.",
     [C("agreed", "agreement", ["EGY", "JOR"], "coordinate closely to contain the crisis in Gaza")]),
    ("agree_conj_after_stress", "South Korea and Russia stressed the need to resolve the nuclear issue and agreed to closely communicate to resume the stalled talks.",
     [C("agreed", "agreement", ["KOR", "RUS"], "closely communicate to resume the stalled talks")]),
    ("agree_attribution_trim", "Germany and Poland agreed to build a new rail link to Warsaw, Berlin\u2019s top diplomat said Friday.",
     [C("agreed", "agreement", ["DEU", "POL"], "build a new rail link to Warsaw")]),
    ("agree_according_to", "Brazil and Argentina also agreed to harmonize customs rules, according to the Foreign Ministry.",
     [C("agreed", "agreement", ["ARG", "BRA"], "harmonize customs rules")]),
    ("agree_condition_deadline", "Japan and South Korea agreed to hold talks once the pandemic subsides.",
     [C("agreed", "agreement", ["JPN", "KOR"], "hold talks", deadline="once the pandemic subsides")]),
    ("agree_as_soon_as", "Korean Foreign Minister Chung Eui-yong met Russian Foreign Minister Sergei Lavrov. Chung and Lavrov also agreed to make efforts to realize the president\u2019s visit to Seoul at an early date, as soon as the coronavirus situation stabilizes, according to the ministry.",
     [C("agreed", "agreement", ["KOR", "RUS"], "make efforts to realize the president\u2019s visit to Seoul at an early date",
        deadline="as soon as the coronavirus situation stabilizes")]),
    ("agree_by_year", "India and Australia agreed to double bilateral trade by 2030.",
     [C("agreed", "agreement", ["AUS", "IND"], "double bilateral trade", deadline="by 2030")]),
    ("agree_within", "Kenya and Uganda agreed to complete the pipeline within two years.",
     [C("agreed", "agreement", ["KEN", "UGA"], "complete the pipeline", deadline="within two years")]),
    ("agree_asap", KJ + "The two sides agreed to hold the next round as soon as possible.",
     [C("agreed", "agreement", ["JPN", "KOR"], "hold the next round", deadline="as soon as possible")]),
    ("agree_targets", KJ + "The two sides agreed to work together to usher in an era where the two countries will record $30 bln in trade and see 1 mln people engaging in exchanges.",
     [C("agreed", "agreement", ["JPN", "KOR"],
        "work together to usher in an era where the two countries will record $30 bln in trade and see 1 mln people engaging in exchanges",
        targets=[("$30 bln", 3.0e10, "USD"), ("1 mln people", 1.0e6, "people")])]),
    ("agree_that_future", KJ + "The two sides agreed that they would hold the next round of talks in Seoul.",
     [C("agreed", "agreement", ["JPN", "KOR"], "hold the next round of talks in Seoul")]),
    # a passive agreement names no party (the later held-out sets' reading)
    ("agree_passive_it", KJ + "It was agreed to hold the next meeting in Seoul.", []),
    ("agree_on_gerund", "Turkey and Greece agreed on reopening the consulates.",
     [C("agreed", "agreement", ["GRC", "TUR"], "reopening the consulates")]),
    ("concur", "Norway and Sweden concurred on strengthening Arctic cooperation.",
     [C("concurred", "agreement", ["NOR", "SWE"], "strengthening Arctic cooperation")]),
    ("consensus_on", KJ + "The two sides reached consensus on expanding cooperation in energy.",
     [C("consensus", "agreement", ["JPN", "KOR"], "expanding cooperation in energy")]),
    ("agreement_to", "Israel and Egypt reached an agreement to resume flights.",
     [C("agreement", "agreement", ["EGY", "ISR"], "resume flights")]),
    ("agree_background", "In 2018, North Korea and South Korea agreed to dismantle guard posts along the border.",
     [C("agreed", "agreement", ["KOR", "PRK"], "dismantle guard posts along the border")]),
    ("agree_relcl_subject", "Russia, which agreed to supply grain to Egypt, sent a delegation.",
     [C("agreed", "agreement", ["RUS"], "supply grain to Egypt")]),
    # ---------------------------------------------------------------- pledge
    ("pledge_xcomp", "Japan pledged to provide $5 billion in aid to Ukraine.",
     [C("pledged", "pledge", ["JPN"], "provide $5 billion in aid to Ukraine", targets=[("$5 billion", 5.0e9, "USD")])]),
    ("vow", "Canada vowed to resettle 10,000 refugees by the end of the year.",
     [C("vowed", "pledge", ["CAN"], "resettle 10,000 refugees", deadline="by the end of the year",
        targets=[("10,000 refugees", 1.0e4, "refugees")])]),
    ("promise", "France promised to deliver 12 howitzers to Armenia.",
     [C("promised", "pledge", ["FRA"], "deliver 12 howitzers to Armenia", targets=[("12 howitzers", 12.0, "howitzers")])]),
    ("committed_to_gerund", "The Philippines is committed to upholding freedom of navigation.",
     [C("committed", "pledge", ["PHL"], "upholding freedom of navigation")]),
    ("decided", "Germany decided to send air defense systems to Poland.",
     [C("decided", "pledge", ["DEU"], "send air defense systems to Poland")]),
    ("resolved", "Ghana and Togo resolved to fight smuggling along their shared border.",
     [C("resolved", "pledge", ["GHA", "TGO"], "fight smuggling along their shared border")]),
    ("assured_that", "Putin assured that Russia would fulfil its gas contracts.",
     [C("assured", "pledge", ["RUS"], "fulfil its gas contracts")]),
    ("pledged_that", "Kishida pledged that Japan would double its aid to Africa.",
     [C("pledged", "pledge", ["JPN"], "double its aid to Africa")]),
    ("pledge_money_object", "Norway pledged 500 million kroner for climate adaptation.",
     [C("pledged", "pledge", ["NOR"], "500 million kroner for climate adaptation", targets=[("500 million kroner", 5.0e8, "kroner")])]),
    ("will_party", "Russia will provide $2 billion in aid to Syria by 2025.",
     [C("will", "pledge", ["RUS"], "provide $2 billion in aid to Syria", deadline="by 2025",
        targets=[("$2 billion", 2.0e9, "USD")])]),
    ("will_two_sides", KJ + "The two sides will hold the next round of talks in Seoul next year.",
     [C("will", "pledge", ["JPN", "KOR"], "hold the next round of talks in Seoul", deadline="next year")]),
    ("would_reported", "Russian Foreign Minister Sergei Lavrov said Moscow would continue to support the peace process.",
     [C("would", "pledge", ["RUS"], "continue to support the peace process")]),
    ("would_he", "Russian President Vladimir Putin said he would visit Seoul at an early date.",
     [C("would", "pledge", ["RUS"], "visit Seoul", deadline="at an early date")]),
    ("will_we_quote", "\u201cWe will continue to support the peace process,\u201d Russian Foreign Minister Sergei Lavrov said.",
     [C("will", "pledge", ["RUS"], "continue to support the peace process")]),
    # a modal pledge with "not" is a negated pledge of the action (as the held-out annotators read SPEC)
    ("will_not", "Washington said it would not lift sanctions.",
     [C("would", "pledge", ["USA"], "lift sanctions", negated=True)]),
    ("will_not_then_reporting_resumes", "Dar said Pakistan would not allow its soil to be used against Iran and "
     "announced Pakistan's readiness to host the commission next month.",
     [C("would", "pledge", ["PAK"], "allow its soil to be used against Iran", negated=True),
      C("readiness", "intention", ["PAK"], "host the commission", deadline="next month")]),
    ("will_coordinated", "China will open its market and will import more goods from Africa.",
     [C("will", "pledge", ["CHN"], "open its market"), C("will", "pledge", ["CHN"], "import more goods from Africa")]),
    ("tasked", KJ + "The two leaders tasked their foreign ministers to prepare a roadmap for the talks.",
     [C("tasked", "pledge", ["JPN", "KOR"], "prepare a roadmap for the talks")]),
    ("directed", CR + "The two presidents directed their officials to open negotiations on a free trade agreement.",
     [C("directed", "pledge", ["CHN", "RUS"], "open negotiations on a free trade agreement")]),
    ("pledge_and_vow", "Germany and France pledged 500 million euros and vowed to send experts.",
     [C("pledged", "pledge", ["DEU", "FRA"], "500 million euros", targets=[("500 million euros", 5.0e8, "EUR")]),
      C("vowed", "pledge", ["DEU", "FRA"], "send experts")]),
    # ---------------------------------------------------------------- intention
    ("intends", "Russia intends to contribute to efforts to foster peace on the Korean Peninsula.",
     [C("intends", "intention", ["RUS"], "contribute to efforts to foster peace on the Korean Peninsula")]),
    ("plans", "Egypt plans to build a second nuclear power plant.",
     [C("plans", "intention", ["EGY"], "build a second nuclear power plant")]),
    ("willing_adj", "The Chinese side is willing to work with the Philippine side to properly handle maritime issues.",
     [C("willing", "intention", ["CHN"], "work with the Philippine side to properly handle maritime issues")]),
    ("ready_adj_targets", "Germany is ready to provide 100 doctors and 5 million doses.",
     [C("ready", "intention", ["DEU"], "provide 100 doctors and 5 million doses",
        targets=[("100 doctors", 100.0, "doctors"), ("5 million doses", 5.0e6, "doses")])]),
    ("willingness_nominal", "Titov relayed Russia\u2019s willingness to further step up strategic communication with the ROK.",
     [C("willingness", "intention", ["RUS"], "further step up strategic communication with the ROK")]),
    ("willingness_parenthesis", "He relayed (Russia\u2019s) willingness to step up cooperation with the ROK.",
     [C("willingness", "intention", ["RUS"], "step up cooperation with the ROK")]),
    ("readiness_subject", "Kazakhstan expressed readiness to host the next round of talks.",
     [C("readiness", "intention", ["KAZ"], "host the next round of talks")]),
    ("desire", "Mongolia expressed its desire to join the initiative.",
     [C("desire", "intention", ["MNG"], "join the initiative")]),
    ("intention_nominal", "Finland announced its intention to apply for membership.",
     [C("intention", "intention", ["FIN"], "apply for membership")]),
    # ---------------------------------------------------------------- nominal pledge
    ("commitment_action_noun", "The leaders of Japan and the United States reaffirmed their commitment to the defense of Japan.",
     [C("commitment", "pledge", ["JPN", "USA"], "the defense of Japan")]),
    ("decision_welcomed", "The United States welcomed India\u2019s decision to join the initiative.",
     [C("decision", "pledge", ["IND"], "join the initiative")]),
    ("commitment_gerund", IU + "Both sides reaffirmed their commitment to deepening defense cooperation.",
     [C("commitment", "pledge", ["IND", "USA"], "deepening defense cooperation")]),
    # ---------------------------------------------------------------- negation
    ("neg_did_not_agree", "India did not agree on a joint statement.",
     [C("agree", "agreement", ["IND"], "a joint statement", negated=True)]),
    ("neg_refused", "North Korea refused to return to the talks.",
     [C("refused", "pledge", ["PRK"], "return to the talks", negated=True)]),
    ("neg_no_intention", "Pyongyang has no intention to give up its nuclear weapons.",
     [C("intention", "intention", ["PRK"], "give up its nuclear weapons", negated=True)]),
    ("neg_failed", "Serbia and Croatia failed to agree on the creation of a joint commission.",
     [C("agree", "agreement", ["HRV", "SRB"], "the creation of a joint commission", negated=True)]),
    ("neg_never", "Iran never agreed to halt enrichment.",
     [C("agreed", "agreement", ["IRN"], "halt enrichment", negated=True)]),
    # ---------------------------------------------------------------- exclusions (negative tests)
    ("they_compound_subject", "Japan and the United States confirmed that they would work closely together on North Korea.",
     [C("would", "pledge", ["JPN", "USA"], "work closely together on North Korea")]),
    ("agree_not_to", "Russia and Turkey agreed not to deploy troops in the zone.",
     [C("agreed", "agreement", ["RUS", "TUR"], "not to deploy troops in the zone")]),
    ("x_will_face", "North Korea will face consequences if it conducts a nuclear test.", []),
    ("x_hope", "Titov spoke of Russia\u2019s hope that the forthcoming summit would be successful.", []),
    ("x_hope_party", "Russia expressed hope that the two Koreas will resume dialogue.", []),
    ("x_hope_verb", "Seoul hopes that Moscow will play a constructive role.", []),
    ("x_suggested", "Kang suggested that the ROK and Russia work closely together to make a success of the summit.", []),
    ("x_suggested_will", "Japan suggested that the two countries will hold a summit.", []),
    ("x_call", "Lavrov called on Pyongyang to agree to talks.", []),
    ("x_urge", "The UN urged both sides to agree to a ceasefire.", []),
    ("x_expected", "As such, it is expected to contribute to the efforts to bolster cooperation.", []),
    ("x_must", "Both sides must strengthen cooperation.", []),
    ("x_should_passive", "We believe that a diplomatic solution should be possible and talks should be resumed.", []),
    ("x_need", "We need to ensure no factors intervene to increase tensions.", []),
    ("x_should_agree", "Russia and Ukraine should agree to a ceasefire.", []),
    ("x_agreed_that_view", "The two ministers agreed that the bilateral relationship is important.", []),
    ("x_agreed_accord", "Armenia and Azerbaijan agreed a truce.", []),
    ("x_passive_future", "Talks will be held in Seoul next month.", []),
    ("x_passive_future2", "The summit will be hosted by Indonesia.", []),
    ("x_welcome_plan", "The ministers welcomed Japan\u2019s plan to host the summit.", []),
    ("x_interest", "China expressed interest in joining the partnership.", []),
    ("x_look_forward", "Both leaders look forward to working together.", []),
    ("x_support", "France expressed support for Ukraine\u2019s reconstruction.", []),
    ("x_commitment_principle", "Japan reaffirmed its commitment to democratic values.", []),
    ("x_commitment_document", "The two leaders reaffirmed their commitment to the Paris Agreement.", []),
    ("x_non_party_will", "The new pipeline will carry 10 billion cubic meters of gas a year.", []),
    ("x_conditional", "If Pyongyang agrees to talks, Washington would ease sanctions.",
     [C("would", "pledge", ["USA"], "ease sanctions", deadline="If Pyongyang agrees to talks")]),
    ("x_past_action", "Russia provided humanitarian aid to Syria last year.", []),
    ("x_would_like", "Japan would like to thank Korea for its hospitality.", []),
    ("x_relcl_will", "They discussed an era in which the two countries will record more trade.", []),
    # ---------------------------------------------------------------- splitting (coordinated actions)
    ("split_deep_to", "Canada is ready to work with Mexico to build a new border crossing and to expand rail freight.",
     [C("ready", "intention", ["CAN"], "work with Mexico to build a new border crossing"),
      C("ready", "intention", ["CAN"], "expand rail freight")]),
    ("split_deep_to_under_gerund", "Chile and Peru agreed to strengthen cooperation on fighting wildfires and to triple bilateral investment by 2028.",
     [C("agreed", "agreement", ["CHL", "PER"], "strengthen cooperation on fighting wildfires"),
      C("agreed", "agreement", ["CHL", "PER"], "triple bilateral investment", deadline="by 2028")]),
    ("split_modal_clause_deep", "Indonesia will make every effort to protect its migrant workers and will open a new labour office in Riyadh next year.",
     [C("will", "pledge", ["IDN"], "make every effort to protect its migrant workers"),
      C("will", "pledge", ["IDN"], "open a new labour office in Riyadh", deadline="next year")]),
    ("split_finite_directive", CR + "The two presidents agreed to begin talks on a customs union and instructed their trade ministers to draft a plan within three months.",
     [C("agreed", "agreement", ["CHN", "RUS"], "begin talks on a customs union"),
      C("instructed", "pledge", ["CHN", "RUS"], "draft a plan", deadline="within three months")]),
    ("split_will_and_intends", "Norway will send 200 tonnes of food aid to Sudan this month, Store said, and intends to open a field hospital in Darfur before the rainy season.",
     [C("will", "pledge", ["NOR"], "send 200 tonnes of food aid to Sudan", deadline="this month", targets=[("200 tonnes", 200.0, "tonnes")]),
      C("intends", "intention", ["NOR"], "open a field hospital in Darfur", deadline="before the rainy season")]),
    ("split_shared_deadline_targets", KJ + "Both governments pledged to attract 40 new factories and to create 15,000 jobs in the park within its first ten years.",
     [C("pledged", "pledge", ["JPN", "KOR"], "attract 40 new factories", deadline="within its first ten years",
        targets=[("40 new factories", 40.0, "factories")]),
      C("pledged", "pledge", ["JPN", "KOR"], "create 15,000 jobs in the park", deadline="within its first ten years",
        targets=[("15,000 jobs", 1.5e4, "jobs")])]),
    ("bracket_kept", "Ethiopia and Djibouti agreed to upgrade the Addis Ababa-Djibouti Railway (ADR).",
     [C("agreed", "agreement", ["DJI", "ETH"], "upgrade the Addis Ababa-Djibouti Railway (ADR)")]),
    ("split_mistagged_verb", IU + "The two sides agreed to double investment by 2027 and to launch a semiconductor partnership.",
     [C("agreed", "agreement", ["IND", "USA"], "double investment", deadline="by 2027"),
      C("agreed", "agreement", ["IND", "USA"], "launch a semiconductor partnership")]),
    # ---------------------------------------------------------------- trailing material cut from the action
    ("cut_nonrestrictive_which", "Spain and Morocco agreed to set up a joint commission on fisheries, which will meet for the first time in Rabat in May.",
     [C("agreed", "agreement", ["ESP", "MAR"], "set up a joint commission on fisheries")]),
    ("cut_while_clause", "Ghana will build a new port terminal, while Togo said it is ready to supply electricity to the terminal.",
     [C("will", "pledge", ["GHA"], "build a new port terminal"),
      C("ready", "intention", ["TGO"], "supply electricity to the terminal")]),
    ("cut_with_absolute", KJ + "The two sides agreed to hold the joint commission twice a year, with the first session scheduled for Busan in June.",
     [C("agreed", "agreement", ["JPN", "KOR"], "hold the joint commission twice a year")]),
    ("cut_following", "Japan and India agreed to expand defence exchanges, following talks in Tokyo between the two prime ministers.",
     [C("agreed", "agreement", ["IND", "JPN"], "expand defence exchanges")]),
    ("keep_including", KJ + "They agreed to continue close communication at all levels, including at the level of leaders.",
     [C("agreed", "agreement", ["JPN", "KOR"], "continue close communication at all levels, including at the level of leaders")]),
    ("nominal_including_extends", "Washington reaffirmed its commitment to the defence of the Philippines, including the protection of its coast guard vessels.",
     [C("commitment", "pledge", ["USA"], "the defence of the Philippines, including the protection of its coast guard vessels")]),
    # ---------------------------------------------------------------- deadlines
    # a time frame ("over the next five years") is the span of the act, not a date it is due by: it stays in the action
    ("x_deadline_over_next", "Saudi Arabia will invest $10 billion in Pakistan's mining sector over the next five years.",
     [C("will", "pledge", ["SAU"], "invest $10 billion in Pakistan's mining sector over the next five years",
        targets=[("$10 billion", 1.0e10, "USD")])]),
    ("deadline_starting_in", "Seoul and Tokyo agreed to exchange real-time border data starting in January.",
     [C("agreed", "agreement", ["JPN", "KOR"], "exchange real-time border data", deadline="starting in January")]),
    ("deadline_ahead_of_event", "Brazil and South Africa agreed to align their positions within the G20 ahead of the summit in Rio on November 18.",
     [C("agreed", "agreement", ["BRA", "ZAF"], "align their positions within the G20", deadline="ahead of the summit in Rio on November 18")]),
    ("deadline_own_per_action", "Kenya and Uganda agreed to finish the oil pipeline within two years and to raise power exports to 300 megawatts.",
     [C("agreed", "agreement", ["KEN", "UGA"], "finish the oil pipeline", deadline="within two years"),
      C("agreed", "agreement", ["KEN", "UGA"], "raise power exports to 300 megawatts", targets=[("300 megawatts", 300.0, "megawatts")])]),
    # a closing "within 30 days" that the parser hangs on a clause describing the object still dates the act;
    # a date inside that clause does not
    ("deadline_closing_in_modifier", "Sall also said Bamako would lift the ban imposed on Malian cattle trucks last March within 30 days.",
     [C("would", "pledge", ["MLI"], "lift the ban imposed on Malian cattle trucks last March", deadline="within 30 days")]),
    # the dates component's own dates close an action too ("in FY2025", "ahead of next winter", "from January 1,
    # 2025" hung on a clause describing the object); a meeting or an escort after the date is not the act
    ("deadline_fiscal_year", "Japan said it would fund a lithium processing centre in the Atacama Region in FY2025.",
     [C("would", "pledge", ["JPN"], "fund a lithium processing centre in the Atacama Region", deadline="in FY2025")]),
    ("deadline_ahead_of_season", "Estonia and Latvia agreed to coordinate their support for Ukraine's power grid ahead "
     "of next winter.", [C("agreed", "agreement", ["EST", "LVA"], "coordinate their support for Ukraine's power grid",
                           deadline="ahead of next winter")]),
    ("deadline_from_in_modifier", "Jamaica will accept electronic certificates issued in Barbados from January 1, 2025.",
     [C("will", "pledge", ["JAM"], "accept electronic certificates issued in Barbados", deadline="from January 1, 2025")]),
    ("deadline_then_talks", "Norway will send its foreign minister to Ottawa next month for talks on Arctic security.",
     [C("will", "pledge", ["NOR"], "send its foreign minister to Ottawa", deadline="next month")]),
    # a purpose, a legal basis or a chair after the deadline is no part of the act
    ("deadline_then_training", "Ghana will send 40 nurses to Lomé next year for training in emergency care.",
     [C("will", "pledge", ["GHA"], "send 40 nurses to Lomé", deadline="next year",
        targets=[("40 nurses", 40.0, "nurses")])]),
    ("deadline_then_under", "Ghana will cut transit fees at Tema by 20 per cent from 1 March, under a decision taken "
     "by the cabinet last week.", [C("will", "pledge", ["GHA"], "cut transit fees at Tema by 20 per cent",
                                     deadline="from 1 March", targets=[("20 per cent", 20.0, "percent")])]),
    ("deadline_then_chair", "Ghana and Togo agreed to convene the Joint Commission in Accra in the second half of 2025, "
     "under the chairmanship of the two foreign ministers.",
     [C("agreed", "agreement", ["GHA", "TGO"], "convene the Joint Commission in Accra",
        deadline="in the second half of 2025")]),
    ("deadline_then_escort", "Kenya will send a trade mission to Oman the following day, accompanied by officials of "
     "the ministry.", [C("will", "pledge", ["KEN"], "send a trade mission to Oman", deadline="the following day")]),
    # a deadline on the second of two coordinated verbs sharing one object dates both; a closing "subject to"
    ("deadline_shared_object", "India and Bhutan agreed to complete and commission the hydroelectric project before "
     "the end of the year.", [C("agreed", "agreement", ["BTN", "IND"], "complete and commission the hydroelectric "
                                "project", deadline="before the end of the year")]),
    ("condition_subject_to", "Singapore and Vietnam agreed to sign the agreement, subject to the completion of the "
     "necessary procedures.", [C("agreed", "agreement", ["SGP", "VNM"], "sign the agreement",
                                 deadline="subject to the completion of the necessary procedures")]),
    ("condition_as_long_as", "Uganda said it would keep its troops in Somalia for as long as the government requests "
     "it.", [C("would", "pledge", ["UGA"], "keep its troops in Somalia",
               deadline="for as long as the government requests it")]),
    # a condition or a date on the verb an xcomp chain ends in ("keep mediating", "begin supplying")
    ("condition_on_xcomp", "Qatar would keep mediating for as long as both sides negotiated in good faith.",
     [C("would", "pledge", ["QAT"], "keep mediating", deadline="for as long as both sides negotiated in good faith")]),
    ("condition_as_soon_as_xcomp", "Jordan will begin supplying electricity to Lebanon as soon as technical work is "
     "completed.", [C("will", "pledge", ["JOR"], "begin supplying electricity to Lebanon",
                      deadline="as soon as technical work is completed")]),
    # after a deadline, an event's name or a comment is not part of the act
    ("deadline_then_event", "Xi will travel on to Brazil next week for the G20 summit in Rio de Janeiro.",
     [C("will", "pledge", [], "travel on to Brazil", deadline="next week")]),
    ("deadline_then_comment", "China will meet Chile on Saturday in what is expected to be the last round.",
     [C("will", "pledge", ["CHN"], "meet Chile", deadline="on Saturday")]),
    # a closing justification, or an adverb set off by a comma, is not part of the act ("in line with" may be it)
    ("justification", "The Lebanese army will continue to deploy in the south in accordance with the ceasefire "
     "arrangements.", [C("will", "pledge", ["LBN"], "continue to deploy in the south")]),
    ("adverb_aside", "Indonesia and Viet Nam agreed to hold annual meetings between the two Leaders, alternately in "
     "each country.", [C("agreed", "agreement", ["IDN", "VNM"], "hold annual meetings between the two Leaders")]),
    ("in_line_with_is_the_act", "Moldova would bring its customs procedures in line with Romania's.",
     [C("would", "pledge", ["MDA"], "bring its customs procedures in line with Romania's")]),
    # an aside between the subject and its verb that derails the parser ("co-chairs" split in three)
    ("relative_aside_subject", "France, which co-chairs the conference with Saudi Arabia, will work to mobilise "
     "financing for the Palestinian Authority.",
     [C("will", "pledge", ["FRA"], "work to mobilise financing for the Palestinian Authority")]),
    ("participle_aside_subject", "Indonesia, hosting the summit, will not extend the deadline.",
     [C("will", "pledge", ["IDN"], "extend the deadline", negated=True)]),
    ("aside_subject_not_a_party", "The talks, which co-chairs described as frank, will resume in May.", []),
    # events as deadlines: during and after an event, a conference named by its number; a purpose clause the
    # parser hangs on the event is not part of it
    ("during_event", "Brazil intends to announce an initial contribution to the facility during COP30, she said.",
     [C("intends", "intention", ["BRA"], "announce an initial contribution to the facility", deadline="during COP30")]),
    ("during_the_conference", "Monaco intends to host a high-level event on ocean finance during the Conference.",
     [C("intends", "intention", ["MCO"], "host a high-level event on ocean finance", deadline="during the Conference")]),
    ("after_event_then_purpose", "Kenya said it would return to Baku after the G20 Summit in Rio de Janeiro to "
     "support the final days of the negotiations.",
     [C("would", "pledge", ["KEN"], "return to Baku", deadline="after the G20 Summit in Rio de Janeiro")]),
    ("event_on_purpose_verb", "Fiji and Japan agreed to work together to mobilize support ahead of the hearings at "
     "the Court, which open on 2 December.",
     [C("agreed", "agreement", ["FJI", "JPN"], "work together to mobilize support",
        deadline="ahead of the hearings at the Court")]),
    ("before_the_deadline", "China would submit a new contribution before the February deadline, the minister said.",
     [C("would", "pledge", ["CHN"], "submit a new contribution", deadline="before the February deadline")]),
    # a condition on the verb that governs a nominal trigger; "while" only with a verb of lasting
    ("provided_on_governor", "Russia affirmed its readiness to facilitate the return of 12 children, provided that "
     "their guardians are verified.", [C("readiness", "intention", ["RUS"], "facilitate the return of 12 children",
                                         deadline="provided that their guardians are verified",
                                         targets=[("12 children", 12.0, "children")])]),
    ("while_lasting", "Latvia would not reopen the crossing with Belarus while the migration continues.",
     [C("would", "pledge", ["LVA"], "reopen the crossing with Belarus", negated=True,
        deadline="while the migration continues")]),
    ("while_manner", "Fiji and Japan agreed to cooperate closely while respecting each other's sovereignty.",
     [C("agreed", "agreement", ["FJI", "JPN"], "cooperate closely while respecting each other's sovereignty")]),
    # a condition on a purpose clause is not the act's; the date on the act is
    ("purpose_then_before", "Japan will travel on to Apia on Friday to meet Samoa's Prime Minister, before returning "
     "to Wellington on Sunday.", [C("will", "pledge", ["JPN"], "travel on to Apia", deadline="on Friday")]),
    # "its mediation between A and B": the two parties are the sides, not the mediator
    ("mediation_between", "The State of Qatar announced the success of its mediation between the Russian Federation "
     "and Ukraine. Both sides agreed to exchange updated lists of children within 30 days.",
     [C("agreed", "agreement", ["RUS", "UKR"], "exchange updated lists of children", deadline="within 30 days")]),
    # a trilateral meeting: "the Ministers" are three states, though the opening sentence names none
    ("trilateral_opening", "The trilateral ministerial meeting was held in Baghdad on Sunday. Iraq welcomed the "
     "delegations of Egypt and Jordan. The Ministers agreed to hold their meetings every six months.",
     [C("agreed", "agreement", ["EGY", "IRQ", "JOR"], "hold their meetings every six months")]),
    # a concession and the funding set off by a comma are not the act
    ("despite_concession", "Choi said South Korea would keep its foreign policy consistent despite the impeachment "
     "of the President, whose powers have been suspended.",
     [C("would", "pledge", ["KOR"], "keep its foreign policy consistent")]),
    ("funding_aside", "The Governor announced that Brazil would build a new river terminal in Tabatinga within 18 "
     "months, with resources from the state budget.",
     [C("would", "pledge", ["BRA"], "build a new river terminal in Tabatinga", deadline="within 18 months")]),
    # a date inside a relative clause is that clause's, not a deadline of the act
    ("date_in_relative_clause", "Cho said South Korea was willing to take part in Vietnam's plan to build nuclear "
     "plants in Ninh Thuan province, which Hanoi revived last November.",
     [C("willing", "intention", ["KOR"], "take part in Vietnam's plan to build nuclear plants in Ninh Thuan province")]),
    # a fronted range after a discourse marker
    ("fronted_range", "Second, from April 28 to May 2, Japan will lead a delegation to Guatemala.",
     [C("will", "pledge", ["JPN"], "lead a delegation to Guatemala", deadline="from April 28 to May 2")]),
    # a state's organ named without the state acts for the state of whoever reports it
    ("organ_of_reporter", "Ireland and Britain met. Ireland's Taoiseach said the Government would "
     "publish a national strategy before July.", [C("would", "pledge", ["IRL"], "publish a national strategy",
                                                   deadline="before July")]),
    ("organ_of_reporter_negated", "Thailand and China met. Thailand's Interior Minister said the Interior "
     "Ministry would not restore power to the border areas.",
     [C("would", "pledge", ["THA"], "restore power to the border areas", negated=True)]),
    ("their_organs", "Germany, the Netherlands and Belgium met. Germany and the Netherlands said their navies would "
     "assign two patrol vessels each to a joint patrol from September.",
     [C("would", "pledge", ["DEU", "NLD"], "assign two patrol vessels each to a joint patrol",
        deadline="from September")]),
    # a list of names the parser hangs as an apposition stays in the action; an apposition after a deadline
    # closes it
    ("list_not_apposition", "Russia and Iran will keep in close contact on Syria, the South Caucasus and the Caspian "
     "Sea.", [C("will", "pledge", ["IRN", "RUS"], "keep in close contact on Syria, the South Caucasus and the Caspian "
                                                 "Sea")]),
    ("deadline_then_apposition", "Ethiopia will receive the credentials of eleven new ambassadors next Tuesday, the "
     "first such ceremony since October.", [C("will", "pledge", ["ETH"], "receive the credentials of eleven new "
                                              "ambassadors", deadline="next Tuesday")]),
    # a date fronted before a "will" clause is the act's time (not before a past agreement); a deadline takes the
    # dates component's whole expression
    ("fronted_date", "Tomorrow, the President of Indonesia will travel to Bukhara.",
     [C("will", "pledge", ["IDN"], "travel to Bukhara", deadline="Tomorrow")]),
    ("fronted_date_past_agreement", "Yesterday, Japan and Chile agreed to hold talks.",
     [C("agreed", "agreement", ["CHL", "JPN"], "hold talks")]),
    ("deadline_whole_date", "Indonesia would send a business mission to the Tashkent Investment Forum in June next "
     "year.", [C("would", "pledge", ["IDN"], "send a business mission to the Tashkent Investment Forum",
                 deadline="in June next year")]),
    # a sentence adverb before the act is not part of it
    ("lead_adverb", "Japan will also send a trade mission to Santiago. Chile will not, however, lift the tariff.",
     [C("will", "pledge", ["JPN"], "send a trade mission to Santiago"),
      C("will", "pledge", ["CHL"], "lift the tariff", negated=True)]),
    # "did not reach agreement on X": a negated agreement on the thing named
    ("reach_agreement_negated", "India and Indonesia met. However, they did not reach agreement on the proposed "
     "harmonisation of toll charges.", [C("agreement", "agreement", ["IDN", "IND"],
                                          "the proposed harmonisation of toll charges", negated=True)]),
    ("x_deadline_in_modifier", "Mali and Senegal agreed to upgrade the border post built in 2001.",
     [C("agreed", "agreement", ["MLI", "SEN"], "upgrade the border post built in 2001")]),
    # a spokesperson's talk about the briefing is no pledge
    ("x_speech_act", "I will begin with an update on the minister's travels. I will now take your questions.", []),
    # a justification after a comma and an apposition with a past date are not the action or its deadline
    ("aside_in_line_with", "Pakistan will keep the corridor open for pilgrims from India, in line with its obligations.",
     [C("will", "pledge", ["PAK"], "keep the corridor open for pilgrims from India")]),
    ("aside_apposition_with_date", "Ethiopia and Somalia agreed on Tuesday to set up a joint committee on sea access, "
     "the first step since the two neighbours ended their row in December.",
     [C("agreed", "agreement", ["ETH", "SOM"], "set up a joint committee on sea access")]),
    # an agreement with a partner binds the partner too
    ("agree_with_partner", "India agreed with Bhutan to build a railway line to Gelephu.",
     [C("agreed", "agreement", ["BTN", "IND"], "build a railway line to Gelephu")]),
    ("agree_with_partner_as_subject", "Officials said Thailand had agreed with Myanmar authorities to open a second "
     "crossing.", [C("agreed", "agreement", ["MMR", "THA"], "open a second crossing")]),
    # a purpose after the deadline is not part of the promise: four of five annotators cut it
    ("deadline_then_purpose", "Vietnam will send a team of engineers to Laos next month to inspect the dam.",
     [C("will", "pledge", ["VNM"], "send a team of engineers to Laos", deadline="next month")]),
    # conditions: "if", an inverted "should", the trigger's copula ("stands ready … if")
    ("condition_should", "Canada is willing to deploy an icebreaker to support Danish authorities should an emergency arise.",
     [C("willing", "intention", ["CAN"], "deploy an icebreaker to support Danish authorities",
        deadline="should an emergency arise")]),
    ("condition_on_copula", "Panama stands ready to sell electricity to Costa Rica if the dry season cuts hydropower output.",
     [C("stands ready", "intention", ["PAN"], "sell electricity to Costa Rica",
        deadline="if the dry season cuts hydropower output")]),
    # an apposition after the action describes it; it is not more of the action
    ("apposition_after_deadline", "Moldova would align its customs procedures with Romania's by next spring, a step "
     "officials described as essential.",
     [C("would", "pledge", ["MDA"], "align its customs procedures with Romania's", deadline="by next spring")]),
    # two verbs sharing one object stay one commitment even when the parser hangs the rest on the first
    ("shared_object_misparse", "Germany and the Netherlands will jointly finance and deliver air defence systems worth "
     "400 million euros to Ukraine before the end of the year.",
     [C("will", "pledge", ["DEU", "NLD"], "jointly finance and deliver air defence systems worth 400 million euros to "
        "Ukraine", deadline="before the end of the year", targets=[("400 million euros", 400000000.0, "EUR")])]),
    ("x_deadline_topic_year", "China and Brazil agreed to cooperate on the 2030 agenda.",
     [C("agreed", "agreement", ["BRA", "CHN"], "cooperate on the 2030 agenda")]),
    ("x_target_day_of_date", "Turkey will provide $20 million to rebuild schools damaged by the March 3 floods.",
     [C("will", "pledge", ["TUR"], "provide $20 million to rebuild schools damaged by the March 3 floods", targets=[("$20 million", 2.0e7, "USD")])]),
    # ---------------------------------------------------------------- actors
    ("actor_allies", KJ + "The two allies agreed to hold joint naval drills.",
     [C("agreed", "agreement", ["JPN", "KOR"], "hold joint naval drills")]),
    ("actor_plural_title", KJ + "The Foreign Ministers will meet again in Seoul.",
     [C("will", "pledge", ["JPN", "KOR"], "meet again in Seoul")]),
    ("actor_conj_after_noted", KJ + "The two sides noted that tourism had recovered and agreed to restore direct flights.",
     [C("agreed", "agreement", ["JPN", "KOR"], "restore direct flights")]),
    ("actor_multilateral_we", BSA + "We agreed to launch a trilateral fund for agriculture. We will hold the next meeting in Pretoria.",
     [C("agreed", "agreement", ["BRA", "IND", "ZAF"], "launch a trilateral fund for agriculture"),
      C("will", "pledge", ["BRA", "IND", "ZAF"], "hold the next meeting in Pretoria")]),
    ("actor_multilateral_they", BSA + "They agreed to set up a joint shipping line.",
     [C("agreed", "agreement", ["BRA", "IND", "ZAF"], "set up a joint shipping line")]),
    ("actor_three_countries", "Chile, Peru and Colombia met in Lima. The three countries will establish a joint coast guard patrol.",
     [C("will", "pledge", ["CHL", "COL", "PER"], "establish a joint coast guard patrol")]),
    ("x_actor_topics_not_participants", "Chinese President Xi Jinping held talks with Russian President Vladimir Putin about Ukraine, Iran and Syria. They agreed to expand grain trade.",
     [C("agreed", "agreement", ["CHN", "RUS"], "expand grain trade")]),
    ("actor_we_in_quote_after", "British Foreign Secretary Tom Hale met Kenyan Foreign Minister Joyce Wanjiru in Nairobi. \u201cWe will work with Kenya to expand scholarships,\u201d Hale said.",
     [C("will", "pledge", ["GBR"], "work with Kenya to expand scholarships")]),
    ("actor_we_in_quote_colon", "British Foreign Secretary Tom Hale met Kenyan Foreign Minister Joyce Wanjiru in Nairobi.\n\nForeign Minister Wanjiru said:\n\n\u201cWe will open a new trade office in Manchester.\u201d",
     [C("will", "pledge", ["KEN"], "open a new trade office in Manchester")]),
    ("x_we_joint_statement_not_speaker", BSA + "We agreed to launch a trilateral fund for agriculture. Minister Rao said the meeting was productive.",
     [C("agreed", "agreement", ["BRA", "IND", "ZAF"], "launch a trilateral fund for agriculture")]),
    # ---------------------------------------------------------------- the meeting's sides, not its host or mediator
    ("host_talks_between", "Chinese top diplomat Wang Yi hosted talks between Saudi Arabia and Iran in Beijing. The two sides agreed to reopen their embassies within two months.",
     [C("agreed", "agreement", ["IRN", "SAU"], "reopen their embassies", deadline="within two months")]),
    ("host_explicit_subject_venue", "Saudi Arabia and Iran agreed in Beijing on Friday to reopen their embassies, in a deal brokered by China.",
     [C("agreed", "agreement", ["IRN", "SAU"], "reopen their embassies")]),
    ("host_hosted_by", "Iranian Foreign Minister Hossein Amir-Abdollahian met Saudi Foreign Minister Prince Faisal bin Farhan in Beijing on Thursday, in talks hosted by China. Both countries agreed to resume flights.",
     [C("agreed", "agreement", ["IRN", "SAU"], "resume flights")]),
    ("host_leaders_of", "Turkish President Recep Tayyip Erdogan hosted the leaders of Russia and Ukraine in Istanbul. The two presidents agreed to extend the grain deal.",
     [C("agreed", "agreement", ["RUS", "UKR"], "extend the grain deal")]),
    ("host_person_hosted_by", "The foreign ministers of Armenia and Azerbaijan met in Washington, hosted by U.S. Secretary of State Antony Blinken. The two countries agreed to continue negotiations on a peace treaty.",
     [C("agreed", "agreement", ["ARM", "AZE"], "continue negotiations on a peace treaty")]),
    ("host_brokered_meeting_between", "Egypt brokered a meeting between Israel and Jordan in Cairo. The two countries agreed to expand water cooperation.",
     [C("agreed", "agreement", ["ISR", "JOR"], "expand water cooperation")]),
    ("host_mediation_fronted", "With the mediation of Qatar, Rwanda and Burundi agreed to reopen the border. The two sides will meet again in Doha.",
     [C("agreed", "agreement", ["BDI", "RWA"], "reopen the border"), C("will", "pledge", ["BDI", "RWA"], "meet again in Doha")]),
    ("x_host_who_meets_is_side", "Chinese Foreign Minister Wang Yi hosted his Russian counterpart Sergei Lavrov in Beijing. The two sides agreed to coordinate closely at the United Nations.",
     [C("agreed", "agreement", ["CHN", "RUS"], "coordinate closely at the United Nations")]),
    # ---------------------------------------------------------------- organs of the states as subjects; directives
    ("directive_ministries_agencies", KT + "The two presidents instructed their ministries and agencies to remove obstacles to mutual trade.",
     [C("instructed", "pledge", ["KAZ", "UZB"], "ministries and agencies to remove obstacles to mutual trade")]),
    ("directive_named_body", KT + "The leaders instructed the Joint Trade Committee to finalise the list of priority projects.",
     [C("instructed", "pledge", ["KAZ", "UZB"], "the Joint Trade Committee to finalise the list of priority projects")]),
    ("directive_bare_officials_deadline", KT + "The leaders tasked officials to conclude a maritime cooperation arrangement by the end of 2025.",
     [C("tasked", "pledge", ["KAZ", "UZB"], "officials to conclude a maritime cooperation arrangement", deadline="by the end of 2025")]),
    ("directive_relevant_ministries", KT + "The two presidents instructed the relevant ministries to draft a plan within three months.",
     [C("instructed", "pledge", ["KAZ", "UZB"], "the relevant ministries to draft a plan", deadline="within three months")]),
    ("x_directive_office_holders_not_in_action", KT + "They directed the ministers of trade to resolve the non-tariff barriers within three months.",
     [C("directed", "pledge", ["KAZ", "UZB"], "resolve the non-tariff barriers", deadline="within three months")]),
    ("actor_two_ministers_committee", PC + "The two ministers agreed to establish a joint technical committee on energy.",
     [C("agreed", "agreement", ["CZE", "POL"], "establish a joint technical committee on energy")]),
    ("actor_two_governments", PC + "The two governments will sign a memorandum on rail links next year.",
     [C("will", "pledge", ["CZE", "POL"], "sign a memorandum on rail links", deadline="next year")]),
    ("actor_both_administrations", PC + "Both administrations pledged to speed up the construction of the cross-border highway.",
     [C("pledged", "pledge", ["CZE", "POL"], "speed up the construction of the cross-border highway")]),
    ("actor_the_parties", PC + "The parties agreed to exchange information on cyber threats.",
     [C("agreed", "agreement", ["CZE", "POL"], "exchange information on cyber threats")]),
    # ---------------------------------------------------------------- non-party subjects of "will" (events)
    ("x_next_meeting_take_place", CM + "The next meeting will take place in Ottawa.", []),
    ("x_named_summit_take_place", CM + "The next Canada-Mexico Summit will take place in Ottawa.", []),
    ("x_it_take_place", CM + "The two ministers discussed the next summit. It will take place in Ottawa in June.", []),
    ("x_talks_will_cover", CM + "The talks will cover trade, energy and security.", []),
    ("x_plan_will_guide", CM + "The Canada-Mexico Action Plan will guide cooperation until 2030.", []),
    ("x_partnership_will_celebrate", CM + "The Canada-Mexico Partnership will celebrate its 20th anniversary next year.", []),
    ("x_summit_will_be_held", CM + "The summit will be held in Ottawa in June.", []),
    # ---------------------------------------------------------------- reported speech, capitals
    ("we_quote_pairs_states", TA + "\u201cT\u00fcrkiye and Azerbaijan are one nation, two states. We will continue to stand together in every field,\u201d Fidan said.",
     [C("will", "pledge", ["AZE", "TUR"], "continue to stand together in every field")]),
    ("we_quote_pairs_states_same_sentence", "Norwegian Foreign Minister Espen Barth Eide met Swedish Foreign Minister Tobias Billstrom in Oslo. \u201cNorway and Sweden are close neighbours and we will deepen our defence cooperation,\u201d Eide said.",
     [C("will", "pledge", ["NOR", "SWE"], "deepen our defence cooperation")]),
    ("we_quote_speaker_only", TA + "\u201cWe will open a new consulate in Shusha,\u201d Fidan said.",
     [C("will", "pledge", ["TUR"], "open a new consulate in Shusha")]),
    ("capital_as_government", TA + "Baku is ready to expand cooperation in the energy sector.",
     [C("ready", "intention", ["AZE"], "expand cooperation in the energy sector")]),
    ("two_countries_will", TA + "The two countries will work together in the Council.",
     [C("will", "pledge", ["AZE", "TUR"], "work together in the Council")]),
    # ---------------------------------------------------------------- who hosts is not a side; who facilitates a procedure is
    ("host_round_of_talks", "Oman hosted a new round of talks between the foreign ministers of Iran and Yemen this week. "
     "The two sides agreed to set up a joint committee.",
     [C("agreed", "agreement", ["IRN", "YEM"], "set up a joint committee")]),
    ("facilitate_is_not_mediation", "Foreign Minister Sameh Shoukry received Greek Foreign Minister Nikos Dendias in Cairo. "
     "Dendias said Athens would facilitate visa procedures for Egyptian students. "
     "The two ministers agreed to expand the seasonal employment programme.",
     [C("would", "pledge", ["GRC"], "facilitate visa procedures for Egyptian students"),
      C("agreed", "agreement", ["EGY", "GRC"], "expand the seasonal employment programme")]),
    # ---------------------------------------------------------------- a contrast asserts its clause; "more than"; after a participle
    ("while_clause_pledge", "Peru will deploy more police officers to the border, Gonzalez told reporters, "
     "while Chile will keep the crossing open to trucks.",
     [C("will", "pledge", ["PER"], "deploy more police officers to the border"),
      C("will", "pledge", ["CHL"], "keep the crossing open to trucks")]),
    ("commitment_more_than_gerund", "India and Japan reaffirmed their commitment to more than doubling bilateral trade.",
     [C("commitment", "pledge", ["IND", "JPN"], "more than doubling bilateral trade")]),
    ("second_infinitive_after_participle", "Kazakhstan and Uzbekistan agreed to hold a forum every year, alternating "
     "between the two countries, and to expand rail links between the two regions.",
     [C("agreed", "agreement", ["KAZ", "UZB"], "hold a forum every year"),
      C("agreed", "agreement", ["KAZ", "UZB"], "expand rail links between the two regions")]),
    # ---------------------------------------------------------------- hyphenated verbs
    ("co_prefixed_verb", "Poland and Lithuania agreed to co-finance a study on a second electricity interconnector.",
     [C("agreed", "agreement", ["LTU", "POL"], "co-finance a study on a second electricity interconnector")]),
    ("re_prefixed_verb", "Egypt and Turkey agreed to re-establish direct flights.",
     [C("agreed", "agreement", ["EGY", "TUR"], "re-establish direct flights")]),
    # ---------------------------------------------------------------- add-ons after a comma are not the promise
    ("aside_participle", "Peru and Chile agreed to open a humanitarian corridor, easing a standoff at the border.",
     [C("agreed", "agreement", ["CHL", "PER"], "open a humanitarian corridor")]),
    ("aside_participle_after_deadline", "Spain will send a trade mission to Dakar in March, focusing on fisheries and solar power.",
     [C("will", "pledge", ["ESP"], "send a trade mission to Dakar", deadline="in March")]),
    ("aside_purpose_after_deadline", "Italy will host a business forum in Tunis in May, to explore investment in renewables.",
     [C("will", "pledge", ["ITA"], "host a business forum in Tunis", deadline="in May")]),
    ("listing_stays", "Japan and India agreed to expand trade, including in semiconductors.",
     [C("agreed", "agreement", ["IND", "JPN"], "expand trade, including in semiconductors")]),
    # ---------------------------------------------------------------- deadlines: only a phrase closing the action
    ("x_deadline_mid_action_duration", "Qatar pledged to invest $2 billion over three years in ports and airports.",
     [C("pledged", "pledge", ["QAT"], "invest $2 billion over three years in ports and airports", targets=[("$2 billion", 2.0e9, "USD")])]),
    ("x_deadline_background_signed", "Greece and North Macedonia agreed to implement the Prespa agreement signed in 2018.",
     [C("agreed", "agreement", ["GRC", "MKD"], "implement the Prespa agreement signed in 2018")]),
    ("x_deadline_background_built", "Poland agreed to modernise the border crossing built in 2001 and open it for trucks.",
     [C("agreed", "agreement", ["POL"], "modernise the border crossing built in 2001 and open it for trucks")]),
    ("deadline_event_conference", "Ukraine pledged to complete the reforms before the first intergovernmental conference.",
     [C("pledged", "pledge", ["UKR"], "complete the reforms", deadline="before the first intergovernmental conference")]),
    ("deadline_event_deep", "Ukraine pledged to complete the judicial reforms required for membership before the first intergovernmental conference.",
     [C("pledged", "pledge", ["UKR"], "complete the judicial reforms required for membership", deadline="before the first intergovernmental conference")]),
    ("deadline_event_deployment", "Germany will train the brigade before its deployment.",
     [C("will", "pledge", ["DEU"], "train the brigade", deadline="before its deployment")]),
    # ---------------------------------------------------------------- a deadline ends before a clause of its own
    ("deadline_before_relative", "Chile's President will travel to Bengaluru on 4 and 5 April, where he will meet "
     "technology companies.",
     [C("will", "pledge", ["CHL"], "travel to Bengaluru", deadline="on 4 and 5 April")]),
    ("deadline_each_conjunct", "Oman and Qatar agreed to launch the tourist visa before the end of the year, and to "
     "complete the legislation by the end of 2026.",
     [C("agreed", "agreement", ["OMN", "QAT"], "launch the tourist visa", deadline="before the end of the year"),
      C("agreed", "agreement", ["OMN", "QAT"], "complete the legislation", deadline="by the end of 2026")]),
    # an inverted condition ("should both parties request it") is no modal of obligation, even as the parser's
    # root: it is the act's condition
    ("inverted_should_condition", "South Africa is willing to host talks between the Sudanese parties, should both "
     "parties request it.",
     [C("willing", "intention", ["ZAF"], "host talks between the Sudanese parties",
        deadline="should both parties request it")]),
    ("x_should_obligation", "Ukraine should hold elections by May.", []),
    # a purpose or a comparison after the deadline is not part of the act
    ("deadline_then_so_that", "Eritrea and South Africa agreed to finalise the draft agreement within three months, "
     "so that it can be signed at the Joint Commission.",
     [C("agreed", "agreement", ["ERI", "ZAF"], "finalise the draft agreement", deadline="within three months")]),
    ("deadline_then_up_from", "Türkiye and Serbia agreed to raise trade to 2 billion US dollars by "
     "2028, up from 1.3 billion dollars last year.",
     [C("agreed", "agreement", ["SRB", "TUR"], "raise trade to 2 billion US dollars", deadline="by 2028",
        targets=[("2 billion US dollars", 2.0e9, "USD")])]),
    # a condition closing the action is the deadline, however the parser hangs it; a date before it stays in
    # the action
    ("condition_after_date", "Oman said it would resume issuing work visas to Nepali workers from October 1, "
     "provided that the new contract is in place.",
     [C("would", "pledge", ["OMN"], "resume issuing work visas to Nepali workers from October 1",
        deadline="provided that the new contract is in place")]),
    ("inverted_condition_after_date", "Qatar stands ready to host an investment forum in Doha in the first half of "
     "2026, should Chilean business associations take part, in line with its national vision.",
     [C("stands ready", "intention", ["QAT"], "host an investment forum in Doha in the first half of 2026",
        deadline="should Chilean business associations take part")]),
    ("condition_inside_the_action", "Russia was ready to take part in building the power plant if Hanoi confirmed "
     "its choice of technology.",
     [C("ready", "intention", ["RUS"], "take part in building the power plant",
        deadline="if Hanoi confirmed its choice of technology")]),
    # … not a condition of another act after "and", nor a frequency
    ("condition_of_the_second_act", "Kenya will train 40 Eritrean officers starting next month, and stands ready "
     "to facilitate the use of the port of Mombasa, should Asmara request it.",
     [C("will", "pledge", ["KEN"], "train 40 Eritrean officers", deadline="starting next month",
        targets=[("40 Eritrean officers", 40.0, "officers")]),
      C("stands ready", "intention", ["KEN"], "facilitate the use of the port of Mombasa",
        deadline="should Asmara request it")]),
    ("once_a_year_is_no_condition", "Kenya and Eritrea agreed to meet once a year in Nairobi.",
     [C("agreed", "agreement", ["ERI", "KEN"], "meet once a year in Nairobi")]),
    ("once_a_state_is_a_condition", "Malaysia would send a team of engineers to take part in clearing rubble once a "
     "permanent ceasefire is in place.",
     [C("would", "pledge", ["MYS"], "send a team of engineers to take part in clearing rubble",
        deadline="once a permanent ceasefire is in place")]),
    # the next leg of a trip after the act is neither its deadline nor part of it; the act's own date is
    ("onward_leg_after_the_act", "The Spanish minister will call on the Minister of Foreign Affairs of Bahrain tomorrow "
     "morning before departing for Riyadh.",
     [C("will", "pledge", ["ESP"], "call on the Minister of Foreign Affairs of Bahrain",
        deadline="tomorrow morning")]),
    ("onward_leg_without_a_date", "Japan will then fly to Singapore, where it will attend a meeting, before returning "
     "to Tokyo on Sunday.",
     [C("will", "pledge", ["JPN"], "fly to Singapore")]),
    # a trip's purpose after the destination is not part of the act, with or without a date between
    ("trip_purpose", "Japan will fly to Manila for talks with the Philippine foreign secretary.",
     [C("will", "pledge", ["JPN"], "fly to Manila")]),
    ("trip_purpose_after_date", "Japan will travel to Hanoi on Friday for consultations with Vietnamese officials.",
     [C("will", "pledge", ["JPN"], "travel to Hanoi", deadline="on Friday")]),
    # the occasion after a comma is not part of the act
    ("occasion_after_comma", "Japan agreed to set up a joint task force on fisheries, in the first official visit by "
     "a Japanese minister since 2019.",
     [C("agreed", "agreement", ["JPN"], "set up a joint task force on fisheries")]),
    # a purpose of another verb stays ("work with Manila for a settlement")
    ("purpose_of_another_verb", "Japan will work with the Philippines for a peaceful settlement of the dispute.",
     [C("will", "pledge", ["JPN"], "work with the Philippines for a peaceful settlement of the dispute")]),
    # a visit's object is its destination (the purpose after it is not the act); a departure's object is where
    # the trip starts
    ("visit_purpose", "Japan will visit Seoul in May for talks with the Korean leadership.",
     [C("will", "pledge", ["JPN"], "visit Seoul", deadline="in May")]),
    ("leave_for", "Japan will leave Tokyo for Dhaka on Saturday.",
     [C("will", "pledge", ["JPN"], "leave Tokyo for Dhaka", deadline="on Saturday")]),
    # a condition ends where the quotation closes
    ("condition_closed_by_quote", '"Japan is ready to supply two patrol vessels if Manila submits a formal request," '
     "the minister said at a joint press conference.",
     [C("ready", "intention", ["JPN"], "supply two patrol vessels", deadline="if Manila submits a formal request")]),
    # asides after a comma: a participle with its agent, "together with", a relative after a preposition
    ("aside_chaired_by", "Poland and Czechia will hold a joint session of their governments in Prague in the autumn, "
     "chaired by the two prime ministers.",
     [C("will", "pledge", ["CZE", "POL"], "hold a joint session of their governments in Prague",
        deadline="in the autumn")]),
    ("aside_together_with", "Poland and Czechia agreed to convene a trilateral meeting in Vienna next month, together "
     "with the Foreign Minister of Austria.",
     [C("agreed", "agreement", ["CZE", "POL"], "convene a trilateral meeting in Vienna", deadline="next month")]),
    ("aside_in_which", "Japan will visit the port of Busan, in which Japanese companies have shown growing interest.",
     [C("will", "pledge", ["JPN"], "visit the port of Busan")]),
    # a date after a closed relative aside still dates the act
    ("date_after_relative_aside", "Kazakhstan and Uzbekistan agreed to prepare a roadmap on the hydropower project, "
     "which the two countries are developing together, within six months.",
     [C("agreed", "agreement", ["KAZ", "UZB"], "prepare a roadmap on the hydropower project",
        deadline="within six months")]),
    # "no intention of" + gerund is a negated intention; a wh-infinitive is what was (not) agreed, not a condition
    ("no_intention_of", "Egypt has no intention of closing the crossing.",
     [C("intention", "intention", ["EGY"], "closing the crossing", negated=True)]),
    ("intention_of_welcomed", "The ministers welcomed Ghana's intention of hosting the summit.", []),
    ("agree_on_how_to", "Japan and India did not, however, agree on how to share the costs.",
     [C("agree", "agreement", ["IND", "JPN"], "how to share the costs", negated=True)]),
    ("agree_on_when_to", "Ghana and Togo agreed on when to hold the vote.",
     [C("agreed", "agreement", ["GHA", "TGO"], "when to hold the vote")]),
    ("discuss_how_to", "The ministers discussed how to share the costs.", []),
    # "we" in a clause joined to one whose subject is a state is that state
    ("we_after_state_clause", "Austria will keep these borders open, and we have no intention of reintroducing "
     "controls at the border with Switzerland.",
     [C("will", "pledge", ["AUT"], "keep these borders open"),
      C("intention", "intention", ["AUT"], "reintroducing controls at the border with Switzerland", negated=True)]),
    ("we_after_states_clause", "Greece and Cyprus remain fully committed to the project, and we agreed to complete "
     "the outstanding regulatory steps by June.",
     [C("agreed", "agreement", ["CYP", "GRC"], "complete the outstanding regulatory steps", deadline="by June")]),
    # a year that names the instrument after "by" is no deadline; a year-named event still is
    ("by_named_treaty", "Bolivia will continue to abide by the 1992 Treaty on the use of the lake.",
     [C("will", "pledge", ["BOL"], "continue to abide by the 1992 Treaty on the use of the lake")]),
    # the partner set off by commas between the verb and its object stays in the action
    ("partner_before_object", "Bolivia is ready to build, together with Paraguay, a joint clinic in Villazón within a year.",
     [C("ready", "intention", ["BOL"], "build, together with Paraguay, a joint clinic in Villazón", deadline="within a year")]),
    ("by_named_summit", "Bolivia will finish the feasibility study by the 2026 summit in La Paz.",
     [C("will", "pledge", ["BOL"], "finish the feasibility study", deadline="by the 2026 summit in La Paz")]),
    # a second modal clause after "and" is a promise of its own, with its own negation, however it is parsed
    ("second_modal_negated_first", "Peru said it would not tolerate illegal logging by its firms and would fine owners "
     "who sent timber across the border.",
     [C("would", "pledge", ["PER"], "tolerate illegal logging by its firms", negated=True),
      C("would", "pledge", ["PER"], "fine owners who sent timber across the border")]),
    ("second_modal_after_clause", "The Bolivian side will ensure that workers going to Chile are hired free of cost and "
     "will hold pre-departure training every month.",
     [C("will", "pledge", ["BOL"], "ensure that workers going to Chile are hired free of cost"),
      C("will", "pledge", ["BOL"], "hold pre-departure training every month")]),
    ("can_and_will_no_split", "Bolivia will organise events that the two countries can and will attend.",
     [C("will", "pledge", ["BOL"], "organise events that the two countries can and will attend")]),
    # the act's purpose or capacity after its deadline is no part of the action; "between" takes a date
    ("deadline_then_support", "Bolivia plans to send 80 engineers to Cobija in the coming weeks, in support of the relief "
     "mission.",
     [C("plans", "intention", ["BOL"], "send 80 engineers to Cobija", deadline="in the coming weeks",
        targets=[("80 engineers", 80.0, "engineers")])]),
    ("deadline_then_capacity", "Bolivia would station 500 soldiers in Pando from next year as the lead nation of the "
     "border force.",
     [C("would", "pledge", ["BOL"], "station 500 soldiers in Pando", deadline="from next year",
        targets=[("500 soldiers", 500.0, "soldiers")])]),
    ("deadline_then_benefit", "Bolivia will provide grants of up to 2 million dollars in 2026 for the improvement of "
     "water supply in Oruro.",
     [C("will", "pledge", ["BOL"], "provide grants of up to 2 million dollars", deadline="in 2026",
        targets=[("2 million dollars", 2000000.0, "USD")])]),
    ("between_months", "Bolivia will share river data every two weeks between June and November to warn farmers of "
     "floods.",
     [C("will", "pledge", ["BOL"], "share river data every two weeks", deadline="between June and November")]),
    ("date_then_as_scheduled", "Bolivia will hold the municipal elections on 9 March as scheduled.",
     [C("will", "pledge", ["BOL"], "hold the municipal elections", deadline="on 9 March")]),
    # "while <state>" after the act: for as long as it holds (after a comma it contrasts)
    ("while_state_condition", "Bolivia will not raise tariffs on Chilean goods while the joint review is under way.",
     [C("will", "pledge", ["BOL"], "raise tariffs on Chilean goods", negated=True,
        deadline="while the joint review is under way")]),
    ("while_contrast", "Bolivia will cut tariffs, while Chile is the larger market.",
     [C("will", "pledge", ["BOL"], "cut tariffs")]),
    # a journalist's question commits no one
    ("question", "QUESTION (ZNBC): President Arce, will Bolivia co-finance the gas pipeline to Santos?", []),
    ("question_quoted", "\u201cWill Bolivia cut tariffs on Chilean goods?\u201d a reporter asked.", []),
    # companies are no party, though named with their state's adjective; a number word is ("the ten")
    ("companies_plan", "Officials said Bolivian companies plan to invest in lithium processing in Potosí.", []),
    ("number_subject", "The ten agreed to set up a joint monitoring centre for subsea cables.",
     [C("agreed", "agreement", [], "set up a joint monitoring centre for subsea cables")]),
    # what a state will face is no act; facing it together is a pledge
    ("face_together", KJ + "\u201cKorea and Japan face the same sea, and we will face these challenges together,\u201d Park said.",
     [C("will", "pledge", ["JPN", "KOR"], "face these challenges together")]),
    ("face_alone", "Bolivia will face higher tariffs next year.", []),
    # an act done together commits both sides of the meeting; a partner named with "together with", or a
    # gathering the act brings together, does not
    ("together_both", KJ + "Park said Korea would patrol the waters around the islands together.",
     [C("would", "pledge", ["JPN", "KOR"], "patrol the waters around the islands together")]),
    ("together_with_partner", KJ + "Korea will build, together with Japan, a new research station.",
     [C("will", "pledge", ["KOR"], "build, together with Japan, a new research station")]),
    # a start date set off by a comma after the action is its deadline, the onset word with it
    ("onset_after_comma", "Bolivia will offer 50 scholarships a year to Chilean students, starting next year.",
     [C("will", "pledge", ["BOL"], "offer 50 scholarships a year to Chilean students", deadline="starting next year",
        targets=[("50 scholarships", 50.0, "scholarships")])]),
    ("onset_after_comma_session", "Bolivia will train 30 nurses, beginning with the 2026/2027 academic session.",
     [C("will", "pledge", ["BOL"], "train 30 nurses", deadline="beginning with the 2026/2027 academic session",
        targets=[("30 nurses", 30.0, "nurses")])]),
    # a one-word day before the subject dates the act, not the next leg of the trip
    ("fronted_tomorrow", "Tomorrow Bolivia will send a mission to Lima, before flying on to Quito on Saturday.",
     [C("will", "pledge", ["BOL"], "send a mission to Lima", deadline="Tomorrow")]),
    ("brings_together", KJ + "Korea will host a forum that brings together scientists from Asia.",
     [C("will", "pledge", ["KOR"], "host a forum that brings together scientists from Asia")]),
]


def _extract(nlp, run_doc, text, people=None, places=None):
    doc = run_doc(text, "2024-01-01")
    doc._.people = people or []
    doc._.places = places or []
    return nlp.get_pipe("communique_commitments")(doc)


def _view(c) -> dict:
    return dict(trigger=c.trigger, modality=c.modality, actors=sorted(c.actors), action=c.action,
                negated=c.negated, deadline=c.deadline,
                targets=[(t.text, t.amount, t.unit) for t in c.targets] or None)


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES])
def test_table(nlp, run_doc, text, expected):
    doc = _extract(nlp, run_doc, text)
    got = [_view(c) for c in doc._.commitments]
    assert got == expected
    for c in doc._.commitments:
        assert doc.text[c.action_start:c.action_end] == c.action
        assert doc.text[c.start:c.end] == c.sentence
        assert c.rule


def test_table_size():
    assert len(CASES) >= 60
    assert sum(1 for _, _, e in CASES if not e) >= 15


# -------------------------------------------------------------------- upstream records
def _person(doc_text: str, pid: str, name: str, country: str, *forms: str) -> Person:
    spans = []
    for f in (name,) + forms:
        i = doc_text.find(f)
        while i >= 0:
            if not any(s <= i < e for s, e in spans):
                spans.append((i, i + len(f)))
            i = doc_text.find(f, i + 1)
    return Person(id=pid, name=name, country=country, role="Foreign Minister",
                  mentions=[Mention(doc_text[s:e], s, e) for s, e in sorted(spans)])


def test_people_records_give_actor_people(nlp, run_doc):
    text = "Foreign Minister Chung Eui-yong met Foreign Minister Sergei Lavrov. Chung and Lavrov agreed to meet again in Seoul."
    people = [_person(text, "p1", "Chung Eui-yong", "KOR", "Chung"), _person(text, "p2", "Sergei Lavrov", "RUS", "Lavrov")]
    doc = _extract(nlp, run_doc, text, people=people)
    (c,) = doc._.commitments
    assert c.actors == ["KOR", "RUS"]
    assert c.actor_people == ["p1", "p2"]
    assert c.action == "meet again in Seoul"


def test_meeting_states_from_people_and_places(nlp, run_doc):
    """'the two sides' → the two states whose officials and names dominate the document."""
    text = ("Minister Lim met Deputy Minister Titov in Seoul to discuss North Korea. "
            "The two sides agreed to expand consultations.")
    people = [_person(text, "p1", "Lim", "KOR"), _person(text, "p2", "Titov", "RUS")]
    i = text.find("North Korea")
    s = text.find("Seoul")
    places = [Place(id="l1", name="North Korea", type="country", country="PRK", mentions=[Mention("North Korea", i, i + 11)]),
              Place(id="l2", name="Seoul", type="city", country="KOR", mentions=[Mention("Seoul", s, s + 5)])]
    doc = _extract(nlp, run_doc, text, people=people, places=places)
    (c,) = doc._.commitments
    assert c.actors == ["KOR", "RUS"]


@pytest.mark.parametrize("text,doc_date,actors", [
    # a regional meeting whose ministers are listed in the second sentence: "the Ministers" are all of them
    ("The Mekong Foreign Ministers' Meeting was held in Vientiane on Friday. Among those attending were "
     "Thailand's Minister of Foreign Affairs Somchai Dee, Viet Nam's Minister of Foreign Affairs Nguyen Van An, "
     "Cambodia's Minister of Foreign Affairs Chan Sok and Myanmar's Minister of Foreign Affairs Than Aung.\n\n"
     "The Ministers agreed to accelerate work on a regional power grid.", "2025-01-10", ["KHM", "MMR", "THA", "VNM"]),
    # "attended by the foreign ministers of A, B, C …": the states of the roll call and the chairs take part
    ("Ali Saleh, Secretary-General of the GCC, took part on Sunday in the meeting in Kuwait City, chaired by "
     "Khalid Mansour, Minister of Foreign Affairs of Kuwait, and Aziz Karimov, Minister of Foreign Affairs of "
     "Uzbekistan. The meeting was attended by the foreign ministers of Bahrain, Oman, Qatar, Kazakhstan and "
     "Tajikistan.\n\nThe Ministers agreed to establish a business council.", "2025-04-13",
     ["BHR", "KAZ", "KWT", "OMN", "QAT", "TJK", "UZB"]),
    # a sentence recalling another meeting's leaders is no roll call of this one
    ("Samoan Prime Minister Ana Lee had a telephone conversation with Prime Minister of Fiji Tui Vaai on 26 August. Lee "
     "briefed his Fijian counterpart on the meeting held in Canberra on 8 August, at which he, President of Palau "
     "John Kora and Australian Prime Minister Ian Hart signed a declaration.\n\nThe two Prime Ministers agreed to "
     "hold a summit in Suva.", "2025-08-26", ["FJI", "WSM"]),
])
def test_roll_call_names_the_participants(run_doc, text, doc_date, actors):
    doc = run_doc(text, doc_date)
    (c,) = [c for c in doc._.commitments if c.trigger == "agreed"]
    assert c.actors == actors


@pytest.mark.parametrize("text,actors", [
    # a plural title over names: every state the subject lists, however deeply coordinated
    ("The Foreign Ministers of Chile, Peru and Bolivia, Ana Ruiz, Juan Vela and Rosa Quispe, agreed to set up a "
     "joint team.", ["BOL", "CHL", "PER"]),
    ("The Defence Ministers of Chile, Ana Ruiz, and of Peru, Juan Vela, agreed to hold joint exercises.",
     ["CHL", "PER"]),
])
def test_plural_title_subject_names_every_state(run_doc, text, actors):
    doc = run_doc(text, "2025-01-10")
    (c,) = [c for c in doc._.commitments if c.trigger == "agreed"]
    assert c.actors == actors


@pytest.mark.parametrize("text,actors,negated", [
    # "his government", "his country": the person's state; "it" in a clause: the subject above it
    ("Trinidad and Tobago and Barbados held talks. Foreign Minister Amery Browne of Trinidad and Tobago said his "
     "government would review the arrangement next year.", ["TTO"], False),
    ("Estonia and Ukraine met. Lithuania's Foreign Minister Ona Vaitkute said her country would keep allocating "
     "0.25% of its GDP to military aid.", ["LTU"], False),
    ("Vietnam and Kazakhstan held talks. The Kazakh side affirmed that it will not apply quotas to wheat shipments "
     "to Viet Nam.", ["KAZ"], True),
    # the state styled "the Kingdom" among the meeting's states
    ("Saudi Arabia and Syria held talks. The minister said the Kingdom would supply Syria with crude oil.", ["SAU"],
     False),
    # groups of the parties' bodies; a negating subject
    ("Colombia and Ecuador held talks. The technical teams of the two energy ministries will meet in Quito.",
     ["COL", "ECU"], False),
    ("Greece and Cyprus held talks. Our two ministries will hold political consultations every two months.",
     ["CYP", "GRC"], False),
    ("Vietnam and Kazakhstan held talks. Neither side will allow any group to use its territory against the other.",
     ["KAZ", "VNM"], True),
    ("Vietnam and Laos held talks. The two PMs directed ministries and agencies to remove obstacles facing "
     "investment projects.", ["LAO", "VNM"], False),
    # a region of one state acts for it
    ("Canada and France held talks. Québec will invest $30 million in the research fund.", ["CAN"], False),
    # a state's department or agency named without its state: the state of the person who reports it, also
    # through a relative clause
    ("Philippine Labour Secretary Ana Ruiz met Kuwaiti officials. Ruiz said the Department of Labour would brief "
     "recruitment agencies on the new rules.", ["PHL"], False),
    ("Bangladesh and Japan held talks. The Chief Adviser met Japanese Foreign Minister Tom Reid, who said the "
     "agency would fund 60 scholarships a year.", ["JPN"], False),
    # "my government" in a quotation: the speaker's state
    ("Fiji and Tonga held talks. \"My government will table the bill before June,\" Fijian Prime Minister Tom Reid "
     "said.", ["FJI"], False),
    # "He" opening a sentence continues the previous sentence's subject; a seat of government as the subject
    ("Irish Minister of State Sean Doyle met Sierra Leone's Foreign Minister Alhaji Kamara in Dublin on Monday. He "
     "said the Government intends to offer 40 scholarships to Sierra Leonean students.", ["IRL"], False),
    ("The Dutch and German foreign ministers met in Berlin. The Hague intends to contribute a further 50 million "
     "euros to the initiative, the minister said.", ["NLD"], False),
    # "our" before a plural organ in a joint text: each side's organ
    ("Ghana and Togo held talks. Our navies will patrol the Gulf of Guinea from March.", ["GHA", "TGO"], False),
    # the organ reported by a participle clause's speaker ("X said, adding that the Government …")
    ("Ghana and Togo held talks. Trade grew, Ghanaian Foreign Minister Kofi Boateng said, adding that the "
     "Government planned to open two border posts by June.", ["GHA"], False),
    # a past verb the parser joins to a present subordinate clause goes with the past main verb's subject
    ("Ghana and Togo held talks. The ministers discussed a treaty so that traders keep their licences, and "
     "instructed their deputies to prepare a customs plan by March.", ["GHA", "TGO"], False),
])
def test_possessed_and_styled_subjects(run_doc, text, actors, negated):
    doc = run_doc(text, "2025-01-10")
    (c,) = doc._.commitments
    assert (c.actors, c.negated) == (actors, negated)


@pytest.mark.parametrize("text,actors", [
    # the states a group subject leaves out
    ("Djibouti, Eritrea, Ethiopia and Somalia met in Addis Ababa. With the exception of Eritrea, the participating "
     "States agreed to establish a coordination mechanism.", ["DJI", "ETH", "SOM"]),
    ("Djibouti, Eritrea, Ethiopia and Somalia met in Addis Ababa. All participants except Eritrea and Djibouti agreed "
     "to join the mechanism.", ["ETH", "SOM"]),
])
def test_excepted_states(run_doc, text, actors):
    doc = run_doc(text, "2025-01-10")
    (c,) = doc._.commitments
    assert c.actors == actors


def test_he_resolves_to_person_record(nlp, run_doc):
    text = "Foreign Minister Kang met Minister Lavrov. He said he would visit Moscow in May."
    people = [_person(text, "p1", "Kang", "KOR"), _person(text, "p2", "Lavrov", "RUS")]
    doc = _extract(nlp, run_doc, text, people=people)
    (c,) = doc._.commitments
    # "He" opening the sentence continues the previous sentence's subject, Kang (who will visit Moscow)
    assert c.actors == ["KOR"] and c.actor_people == ["p1"]


def test_sentence_offsets_in_multi_paragraph_doc(nlp, run_doc):
    text = "Intro line without commitments.\n\nJapan pledged to send 300 engineers to Turkey."
    doc = _extract(nlp, run_doc, text)
    (c,) = doc._.commitments
    assert c.sentence == "Japan pledged to send 300 engineers to Turkey."
    assert text[c.start:c.end] == c.sentence
    assert text[c.action_start:c.action_end] == "send 300 engineers to Turkey"


# -------------------------------------------------------------------- lexicon resource
def test_lexicon_loads_and_is_consistent():
    lex = lexicon()
    assert lex.verbal["agree"].modality == "agreement"
    assert lex.nominal["willingness"].modality == "intention"
    assert lex.auxiliary["will"] == "pledge"
    assert lex.directive["task"] == "pledge"
    # a trigger must never also be an exclusion cue
    assert not (set(lex.verbal) & lex.blocking_verbs)
    assert not (set(lex.nominal) & lex.blocking_nouns)


def test_lexicon_unknown_key_rejected():
    lex = lexicon()
    data = json.loads(json.dumps(lex.raw))
    data["verbal_triggers"]["agree"]["modalty"] = "agreement"
    with pytest.raises(ValueError, match="unknown keys"):
        parse_lexicon(data)
    data = json.loads(json.dumps(lex.raw))
    data["extra_section"] = {}
    with pytest.raises(ValueError, match="unknown keys"):
        parse_lexicon(data)


def test_lexicon_bad_modality_rejected():
    data = json.loads(json.dumps(lexicon().raw))
    data["nominal_triggers"]["pledge"]["modality"] = "promise"
    with pytest.raises(ValueError, match="modality"):
        parse_lexicon(data)


def test_lexicon_from_path(tmp_path):
    p = tmp_path / "c.json"
    p.write_text(json.dumps(lexicon().raw), encoding="utf-8")
    assert load_lexicon(str(p)).verbal.keys() == lexicon().verbal.keys()


def test_meeting_of_three_states_from_officials_in_opening_sentence(nlp, run_doc):
    """Officials of three states named in the opening sentence: "the two sides"/"they"/"we" mean all three."""
    text = ("Foreign Minister Ana Silva, Foreign Minister Ravi Kumar and Foreign Minister Thabo Nkosi met in Brasilia. "
            "The two sides agreed to launch a joint fund. They will meet again in Pretoria.")
    people = [_person(text, "p1", "Ana Silva", "BRA"), _person(text, "p2", "Ravi Kumar", "IND"),
              _person(text, "p3", "Thabo Nkosi", "ZAF")]
    doc = _extract(nlp, run_doc, text, people=people)
    assert [(c.trigger, c.actors) for c in doc._.commitments] == [
        ("agreed", ["BRA", "IND", "ZAF"]), ("will", ["BRA", "IND", "ZAF"])]


def test_bilateral_meeting_stays_two_states(nlp, run_doc):
    """Two officials in the opening sentence and a third state discussed: the meeting has two states."""
    text = ("Foreign Minister Ana Silva met Foreign Minister Ravi Kumar in Brasilia to discuss South Africa and China. "
            "The two sides agreed to launch a joint fund.")
    people = [_person(text, "p1", "Ana Silva", "BRA"), _person(text, "p2", "Ravi Kumar", "IND")]
    doc = _extract(nlp, run_doc, text, people=people)
    (c,) = doc._.commitments
    assert c.actors == ["BRA", "IND"]


# -------------------------------------------------------------------- non-state parties
ORG_CASES = [
    ("org_will", "The EU will open accession negotiations with Ukraine.",
     ("will", [], ["European Union"], "open accession negotiations with Ukraine")),
    ("org_pledged_tranche", "The European Union pledged to disburse a first tranche of \u20ac4.5 billion to Ukraine by the end of March.",
     ("pledged", [], ["European Union"], "disburse a first tranche of \u20ac4.5 billion to Ukraine")),
    ("org_joint_subject", "The EU and Ukraine agreed to deepen cooperation on energy security.",
     ("agreed", ["UKR"], ["European Union"], "deepen cooperation on energy security")),
    ("org_two_sides_eu_meeting", "European Commission President Ursula von der Leyen met Ukrainian President Volodymyr Zelensky in Kyiv. "
     "The two sides agreed to hold the next summit in Brussels.",
     ("agreed", ["UKR"], ["European Union"], "hold the next summit in Brussels")),
    ("org_african_union_and_state", "The African Union and Kenya agreed to deploy additional peacekeepers to Somalia.",
     ("agreed", ["KEN"], ["African Union"], "deploy additional peacekeepers to Somalia")),
    ("org_g7_committed", "The G7 committed to mobilising $600 billion for global infrastructure by 2027.",
     ("committed", [], ["G7"], "mobilising $600 billion for global infrastructure")),
    ("org_state_and_asean", "Japan and ASEAN agreed to launch a new digital partnership.",
     ("agreed", ["JPN"], ["ASEAN"], "launch a new digital partnership")),
    ("org_imf_will", "The IMF will disburse $1.2 billion to Pakistan.",
     ("will", [], ["IMF"], "disburse $1.2 billion to Pakistan")),
    # UN agencies and regional bodies
    ("org_un_agency", "UNICEF will open two field offices in the north of the country.",
     ("will", [], ["UNICEF"], "open two field offices in the north of the country")),
    # an organisation whose name ends in a word of plans ("Programme") is still a party
    ("org_named_programme", "The World Food Programme will expand school meals in the northern provinces.",
     ("will", [], ["World Food Programme"], "expand school meals in the northern provinces")),
    ("org_oas_and_state", "The OAS and Guatemala agreed to deploy an electoral observation mission.",
     ("agreed", ["GTM"], ["Organization of American States"], "deploy an electoral observation mission")),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in ORG_CASES], ids=[i for i, _, _ in ORG_CASES])
def test_organisations_as_parties(nlp, run_doc, text, expected):
    doc = _extract(nlp, run_doc, text)
    got = [(c.trigger, sorted(c.actors), c.actor_orgs, c.action) for c in doc._.commitments]
    assert got == [expected]


def test_states_only_commitment_has_no_orgs(nlp, run_doc):
    doc = _extract(nlp, run_doc, KJ + "The two sides agreed to resume shuttle diplomacy.")
    (c,) = doc._.commitments
    assert c.actor_orgs == []


def test_lexicon_organisations():
    lex = lexicon()
    assert "EU" in lex.organisations["European Union"]
    assert lex.org_sides["European Commission"] == "European Union"
    assert "meeting" in lex.non_party_nouns


def test_lexicon_bloc_members_must_be_iso_codes():
    data = json.loads(json.dumps(lexicon().raw))
    data["organisations"]["_members"]["Gulf Cooperation Council"] = ["Saudi Arabia"]
    with pytest.raises(ValueError, match="_members"):
        parse_lexicon(data)
    assert set(lexicon().org_members) <= set(lexicon().organisations)


BLOC_PAGE = (
    "Secretariat General of the Gulf Cooperation Council\n\nFinal statement of the 90th session of the GCC "
    "Ministerial Council\n\nThe Ministerial Council of the Gulf Cooperation Council held its 90th session in Riyadh, "
    "chaired by Abdullah Al-Yahya, Minister of Foreign Affairs of the State of Kuwait.\n\nThe session was attended "
    "by Faisal bin Farhan, Minister of Foreign Affairs of the Kingdom of Saudi Arabia; Mohammed Al Thani, Minister of "
    "Foreign Affairs of the State of Qatar; and Abdullatif Al Zayani, Minister of Foreign Affairs of the Kingdom of "
    "Bahrain. The Sultanate of Oman was represented by its Minister of Foreign Affairs, Badr Albusaidi, and the United "
    "Arab Emirates by Minister of State Khalifa Almarar.\n\nThe Council thanked the Kingdom for hosting the Gulf–US "
    "Summit in Riyadh with US President Donald Trump, and US Secretary of State Marco Rubio.\n\nThe ministers "
    "agreed to launch a unified tourist visa before the end of the year.\n")
BIMSTEC_PAGE = (
    "BIMSTEC Secretariat\n\nPress Release\n\nBIMSTEC Foreign Ministers meet in Colombo\n\nThe BIMSTEC Ministerial "
    "Meeting was held in Colombo today under the chairmanship of the Minister of Foreign Affairs of Sri Lanka, Ravi "
    "Perera.\n\nThe meeting was attended by Foreign Minister Arjun Rao of India, Foreign Adviser Karim Ahmed of "
    "Bangladesh, Foreign Minister Sonam Wangdi of Bhutan, Foreign Minister Sita Thapa of Nepal and Foreign Minister "
    "Somchai Wong of Thailand.\n\nThe Ministers agreed to establish a disaster management centre before the end of "
    "the year.\n")
SIDELINES_PAGE = (
    "Caribbean News\n\nGuyana, Suriname agree on bridge commission\n\nPresident Irfaan Ali of Guyana and President "
    "Chan Santokhi of Suriname met on the sidelines of the CARICOM Heads of Government meeting in Bridgetown.\n\n"
    "The two leaders agreed to set up a bridge commission within three months.\n\nPrime Minister Mia Mottley of "
    "Barbados opened the meeting on Wednesday.\n")


@pytest.mark.parametrize("page,actors", [
    # a meeting of a bloc's own body: "the ministers" are its member states
    (BLOC_PAGE, ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"]),
    # two leaders meeting on the bloc's sidelines stay two
    (SIDELINES_PAGE, ["GUY", "SUR"]),
    # BIMSTEC's ministers (Myanmar absent from the page is still a member)
    (BIMSTEC_PAGE, ["BGD", "BTN", "IND", "LKA", "MMR", "NPL", "THA"]),
])
def test_bloc_meetings(page, actors):
    doc = pipeline.extract(page, doc_date="2025-06-01")
    assert [sorted(c.actors) for c in doc.commitments] == [actors]


def test_the_host_of_the_larger_event_is_no_participant():
    page = ("Australia and China to hold dialogue\n\nAustralia's Minister for Foreign Affairs, Senator Jane Holt, today met "
            "China's Minister of Foreign Affairs, Wang Yi, in Johannesburg, on the sidelines of the G20 Foreign "
            "Ministers' Meeting hosted by South Africa's Minister of International Relations, Ronald Lamola.\n\n"
            "The two ministers agreed to hold the next strategic dialogue in Beijing this year.\n")
    doc = pipeline.extract(page, doc_date="2025-02-21")
    assert [sorted(c.actors) for c in doc.commitments] == [["AUS", "CHN"]]



TURNS = (
    "Joint press conference of Foreign Minister Jan Lipavsky and Foreign Minister of Poland Radoslaw Sikorski\n\n"
    "Jan Lipavsky: Dear colleague,\n"
    "We agreed to hold the next round of consultations in Warsaw in the autumn.\n\n"
    "Radoslaw Sikorski: Thank you. Poland supports the project, and we will host a business forum in Krakow on 12 June.\n"
    "Question: Minister Sikorski, will Poland send more officers?\n"
    "Radoslaw Sikorski: We would increase our contribution to four monitors from July.\n"
)


@pytest.mark.parametrize("action,actors", [
    # what the speaker reports both sides agreed is both sides'
    ("hold the next round of consultations in Warsaw", ["CZE", "POL"]),
    # "we" in a speaker's turn of a transcript is the speaker's state
    ("host a business forum in Krakow", ["POL"]),
    ("increase our contribution to four monitors", ["POL"]),
])
def test_we_in_a_transcript_turn_is_the_speakers_state(run_doc, action, actors):
    doc = run_doc(TURNS, "2025-04-10")
    found = {c.action: c.actors for c in doc._.commitments}
    assert found.get(action) == actors, found


QUOTED_PRIVATE = (
    "Foreign Minister Ararat Mirzoyan met Greek Foreign Minister Giorgos Gerapetritis in Yerevan. "
    "\"I will not go back to the village until the road is safe,\" said Aram Jalal, a returnee from Germany. "
    "\"When the border opens, I will believe it,\" said Dilnoza Yusupova, a fruit trader in Osh. "
    "\"We will open the border crossing next year,\" Mirzoyan said."
)


def test_a_private_speakers_i_is_no_party(run_doc):
    """A trader or a returnee quoted in a story speaks for no party; the minister's "we" still does."""
    doc = run_doc(QUOTED_PRIVATE, "2025-04-10")
    found = {c.action: c.actors for c in doc._.commitments}
    assert found == {"open the border crossing": ["ARM"]}


def test_a_phrase_inside_a_relative_clause_left_out_does_not_break_the_deadline_search(run_doc):
    # every token of the phrase searched for a deadline sits in a relative clause that is left out
    doc = run_doc("On the question of refugees, we reaffirmed our commitment to a durable solution that allows their "
                  "safe, voluntary and dignified return to their homes in the north.", "2025-10-13")
    assert all(c.deadline is None for c in doc._.commitments)
