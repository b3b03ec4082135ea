"""Places: canonical names, types, aliases, metonymy, exclusions (SPEC.md, Places)."""
from __future__ import annotations

import pytest


def _places(run_doc, text):
    return {(p.name, p.type, p.country) for p in run_doc(text)._.places}


# (sentence, expected place set)
CASES = [
    ("The ROK and Russia agreed to meet again.", {("South Korea", "country", "KOR"), ("Russia", "country", "RUS")}),
    ("The Republic of Korea-Russia strategic dialogue was held.", {("South Korea", "country", "KOR"), ("Russia", "country", "RUS")}),
    ("The DPRK fired a missile.", {("North Korea", "country", "PRK")}),
    ("They discussed North Korea’s sixth nuclear test.", {("North Korea", "country", "PRK")}),
    ("The forthcoming US-North Koreas summit meeting would be successful.", {("United States", "country", "USA"), ("North Korea", "country", "PRK")}),
    ("The U.S.-ROK alliance is the linchpin of peace.", {("United States", "country", "USA"), ("South Korea", "country", "KOR")}),
    ("The PRC and the U.S. resumed military talks.", {("China", "country", "CHN"), ("United States", "country", "USA")}),
    ("The dialogue has been held five times in Seoul and Moscow.", {("Seoul", "city", "KOR"), ("Moscow", "city", "RUS")}),
    ("The two leaders met in Hamburg in July.", {("Hamburg", "city", "DEU")}),
    ("South Korea agreed to resume the stalled talks with Pyongyang.", {("South Korea", "country", "KOR"), ("North Korea", "country", "PRK")}),
    ("Seoul believes that Moscow could wield some influence.", {("South Korea", "country", "KOR"), ("Russia", "country", "RUS")}),
    ("Seoul’s top diplomat said Wednesday that talks went well.", {("South Korea", "country", "KOR")}),
    ("Putin's visit to Seoul will be arranged at an early date.", {("Seoul", "city", "KOR")}),
    ("South Korea wants to revive talks with the North at the earliest.", {("South Korea", "country", "KOR"), ("North Korea", "country", "PRK")}),
    ("The six party talks involved China, Japan, the US and the two Koreas.",
     {("China", "country", "CHN"), ("Japan", "country", "JPN"), ("United States", "country", "USA"),
      ("South Korea", "country", "KOR"), ("North Korea", "country", "PRK")}),
    ("They discussed peace on the Korean Peninsula and in entire Northeast Asia.",
     {("Korean Peninsula", "region", None), ("Northeast Asia", "region", None)}),
    ("Freedom of navigation in the South China Sea and a free and open Indo-Pacific.",
     {("South China Sea", "region", None), ("Indo-Pacific", "region", None)}),
    ("Beijing regards Taiwan as part of its territory, and Hong Kong protests continued.",
     {("China", "country", "CHN"), ("Taiwan", "region", "TWN"), ("Hong Kong", "region", "CHN")}),
    # first-level subdivisions of frequently covered states (regions.json extra_places)
    ("Aid will reach schools in Borno and Yobe states.", {("Borno", "region", "NGA"), ("Yobe", "region", "NGA")}),
    ("The satellite will be launched from California.", {("California", "region", "USA")}),
    ("Investors in Johor welcomed the decision taken in Putrajaya.",
     {("Johor", "region", "MYS"), ("Putrajaya", "city", "MYS")}),
    ("The leaders last met in St Petersburg.", {("St Petersburg", "city", "RUS")}),
    ("They welcomed the plans of Lao PDR to host the meeting.", {("Laos", "country", "LAO")}),
    # contested: the administering state (README, regions.json)
    ("Patrol ships entered waters around the Senkaku Islands.", {("Senkaku Islands", "region", "JPN")}),
    ("The delegation arrived in Tokyo from Washington.", {("Tokyo", "city", "JPN"), ("Washington", "city", "USA")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_places(run_doc, text, expected):
    assert _places(run_doc, text) == expected


@pytest.mark.parametrize("text", [
    "The meeting of the Far East and Siberia Subcommittee was held last week.",
    "They met on the sidelines of an East Asia Summit meeting.",
    "The President visited the third Eastern Economic Forum.",
    "The ministers met on the sidelines of a G20 summit at the UN.",
    "Russian and South Korean diplomats agreed; the inter-Korean summit was welcomed.",
    "The Paris Agreement and the Seoul National University report were discussed.",
    "A statement was released by the White House and the Kremlin.",
    "Chairman Kim Jong-un (of the Workers’ Party of {North} Korea) received the letter.",
    "He studied at the University of Tokyo and worked for the Bank of Korea.",
])
def test_not_places(run_doc, text):
    assert _places(run_doc, text) == set()


def test_mentions_and_ids(run_doc):
    text = "Russia and the ROK met in Moscow. Russia’s hope was noted by the ROK."
    places = run_doc(text)._.places
    assert [p.id for p in places] == ["l1", "l2", "l3"]
    assert [p.name for p in places] == ["Russia", "South Korea", "Moscow"]
    assert [m.text for m in places[0].mentions] == ["Russia", "Russia"]
    for p in places:
        assert p.rule
        for m in p.mentions:
            assert text[m.start:m.end] == m.text


def test_capital_rule_recorded(run_doc):
    places = run_doc("Seoul believes the plan will work.")._.places
    assert places[0].name == "South Korea" and places[0].rule == "capital_metonymy"


def test_person_name_is_not_a_place(run_doc):
    text = "Foreign Minister Chung Eui-yong visited Moscow. Chung’s Moscow visit was brief. Jordan Peterson spoke."
    names = {p.name for p in run_doc(text)._.places}
    assert names == {"Moscow"}
