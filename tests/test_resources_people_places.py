"""The people/places lexicons load strictly: unknown keys, bad codes and bad types fail loudly."""
from __future__ import annotations

import copy
import re

import pytest

from pipeline.gazetteer import Gazetteer, gazetteer
from pipeline.names import lexicon

FILES = ["titles.json", "surnames.json", "regions.json", "place_exclusions.json", "officeholders.json"]


@pytest.mark.parametrize("name", FILES)
def test_shipped_files_load(name):
    lexicon.parse(name, lexicon.load_json(name))


@pytest.mark.parametrize("name", FILES)
def test_unknown_top_level_key_rejected(name):
    data = copy.deepcopy(lexicon.load_json(name))
    data["typo_key"] = []
    with pytest.raises(ValueError, match="unknown keys"):
        lexicon.parse(name, data)


@pytest.mark.parametrize("name", FILES)
def test_missing_key_rejected(name):
    data = copy.deepcopy(lexicon.load_json(name))
    data.pop(next(k for k in data if k != "_doc"))
    with pytest.raises(ValueError, match="missing keys"):
        lexicon.parse(name, data)


def test_title_entry_with_unknown_key_rejected():
    data = copy.deepcopy(lexicon.load_json("titles.json"))
    data["offices"]["President"]["variant"] = ["Pres"]
    with pytest.raises(ValueError, match="offices.President"):
        lexicon.parse("titles.json", data)


def test_title_unknown_rank_rejected():
    data = copy.deepcopy(lexicon.load_json("titles.json"))
    data["offices"]["President"]["ranks"] = ["Sub"]
    with pytest.raises(ValueError, match="rank 'Sub'"):
        lexicon.parse("titles.json", data)


@pytest.mark.parametrize("key,value,match", [
    ("body_offices", {"offices": ["Grand Vizier"], "bodies": ["Service"]}, "body_offices: 'Grand Vizier'"),
    ("body_offices", {"offices": ["Head"], "body": ["Service"]}, "body_offices"),
    ("military_ranks", ["Corporal"], "military_ranks: 'Corporal'"),
])
def test_office_lists_must_name_known_offices(key, value, match):
    data = copy.deepcopy(lexicon.load_json("titles.json"))
    data[key] = value
    with pytest.raises(ValueError, match=match):
        lexicon.parse("titles.json", data)


def test_abbreviation_must_expand_to_known_title():
    data = copy.deepcopy(lexicon.load_json("titles.json"))
    data["abbreviations"]["XX"] = "Grand Vizier"
    with pytest.raises(ValueError, match="abbreviations.XX"):
        lexicon.parse("titles.json", data)


@pytest.mark.parametrize("name,path", [
    ("surnames.json", ("traditions", "korean", "countries")),
    ("regions.json", ("regions", "Siberia", "country")),
])
def test_bad_iso3_rejected(name, path):
    data = copy.deepcopy(lexicon.load_json(name))
    node = data
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = ["Korea"] if isinstance(node[path[-1]], list) else "Russia"
    with pytest.raises(ValueError, match="ISO alpha-3"):
        lexicon.parse(name, data)


def test_region_type_validated():
    data = copy.deepcopy(lexicon.load_json("regions.json"))
    data["extra_places"]["Davos"]["type"] = "village"
    with pytest.raises(ValueError, match="type must be"):
        lexicon.parse("regions.json", data)


def test_titles_expand_variants_and_abbreviations():
    t = lexicon.titles()
    assert t.forms["minister of foreign affairs"].role == "Foreign Minister"
    assert t.forms["vice minister for foreign affairs"].role == "Vice Foreign Minister"
    assert t.forms["deputy foreign minister"].base == "Foreign Minister"
    assert t.abbreviations["PM"].role == "Prime Minister"
    assert t.abbreviations["FM"].role == "Foreign Minister"
    assert t.abbreviations["NSA"].role == "National Security Advisor"


def test_surnames_have_no_duplicates_within_a_tradition():
    raw = lexicon.load_json("surnames.json")
    for name, spec in raw["traditions"].items():
        fams = spec["family_names"]
        assert all(re.fullmatch(r"[^\W\d_]+", f) for f in fams), name


def test_regions_do_not_shadow_countries():
    g = gazetteer()
    for name, (variants, _) in lexicon.regions().regions.items():
        for v in variants:
            assert g.country_code(v) is None, v


def test_countries_json_strict(monkeypatch):
    import pipeline.gazetteer as gz

    real = gz._load_json

    def fake(name):
        data = real(name)
        data["demonym"] = {}
        return data

    monkeypatch.setattr(gz, "_load_json", fake)
    with pytest.raises(ValueError, match="unknown keys"):
        Gazetteer()


def test_gazetteer_public_api():
    g = gazetteer()
    assert g.country_code("the ROK") == "KOR"
    assert g.country_code("Russia’s") == "RUS"
    assert g.demonym_code("South Korean") == "KOR"
    assert g.any_code("Russian") == "RUS"
    assert g.country_name("PRK") == "North Korea"
    assert g.capital_code("Pyongyang") == "PRK"
    assert g.place_type("TWN") == "region" and g.place_type("KOR") == "country"
    # a capital two geonames states share: the current state's ("CS", Serbia and Montenegro, is gone), the
    # sovereign state's before a territory's
    assert g.capital_code("Belgrade") == "SRB"
    assert g.capital_code("Kingston") == "JAM"


@pytest.mark.parametrize("name,code", [
    # ISO's inverted names read the natural way, and our canonical names are names too
    ("Democratic Republic of the Congo", "COD"), ("the Democratic Republic of the Congo", "COD"),
    ("Republic of the Congo", "COG"), ("Republic of Korea", "KOR"), ("Islamic Republic of Iran", "IRN"),
    ("United Republic of Tanzania", "TZA"), ("Bolivarian Republic of Venezuela", "VEN"),
    ("Congo-Kinshasa", "COD"), ("Congo-Brazzaville", "COG"),
    # the abbreviated saints of the Caribbean
    ("St Vincent and the Grenadines", "VCT"), ("St. Kitts and Nevis", "KNA"), ("St Lucia", "LCA"),
])
def test_country_names(name, code):
    assert gazetteer().country_code(name) == code


def test_democratic_republic_is_not_the_republic(run_doc):
    doc = run_doc("Talks between the Democratic Republic of the Congo and Rwanda resumed. "
                  "Congolese Foreign Minister Therese Wagner attended.", "2024-06-01")
    assert [(p.name, p.country) for p in doc._.places][:1] == [("Democratic Republic of the Congo", "COD")]
    assert {p.name: p.country for p in doc._.people}["Therese Wagner"] == "COD"


# ------------------------------------------------------------------ officeholders.json
def _oh_with(**change):
    data = copy.deepcopy(lexicon.load_json("officeholders.json"))
    entry = data["officeholders"][0]
    for k, v in change.items():
        if v is _DROP:
            entry.pop(k)
        else:
            entry[k] = v
    return data


_DROP = object()


@pytest.mark.parametrize("change,match", [
    ({"nmae": "x"}, "unknown keys"),
    ({"country": "Turkey"}, "ISO alpha-3"),
    ({"country": "tur"}, "ISO alpha-3"),
    ({"offices": ["Grand Vizier"]}, "unknown office"),
    ({"from": "2001"}, "from"),
    ({"from": 2010, "to": 2001}, "from"),
    ({"country": None}, "organisation"),
    ({"to": _DROP}, "missing keys"),
    ({"aliases": "Bush"}, "aliases"),
])
def test_officeholder_entry_validated(change, match):
    with pytest.raises(ValueError, match=match):
        lexicon.parse("officeholders.json", _oh_with(**change))


def test_officeholders_cover_many_states():
    oh = lexicon.officeholders()
    states = {e.country for e in oh.entries if e.country}
    assert len(states) >= 150
    for e in oh.entries:
        assert e.start >= 1940 and (e.end is None or e.end <= 2025), e


@pytest.mark.parametrize("written,year,states,country", [
    ("Recep Tayyip Erdoğan", None, None, "TUR"),
    ("Recep Tayyip Erdogan", None, None, "TUR"),
    ("Erdogan", None, {"TUR"}, "TUR"),
    ("Erdogan", None, {"GRC"}, None),  # a bare surname needs its state named in the document
    ("Kishida Fumio", None, None, "JPN"),
    ("Fumio Kishida", None, None, "JPN"),
    ("Mohammed bin Salman", None, None, "SAU"),
    ("Lula", None, {"BRA"}, "BRA"),
    ("Antony J. Blinken", None, None, "USA"),
    ("Abdel Fattah el-Sisi", None, None, "EGY"),
    ("Sergey Lavrov", None, None, "RUS"),
    ("Aliyev", 2024, {"AZE"}, "AZE"),
    ("Aliyev", None, {"AZE"}, None),  # Heydar or Ilham: two people, no date
    ("Kim", 2024, {"KOR", "PRK"}, None),  # family-first surnames are left to surnames.json
    ("Donald Tusk", 2024, None, "POL"),
    ("Jane Unknown", 2024, None, None),
])
def test_officeholder_lookup(written, year, states, country):
    e = lexicon.officeholders().lookup(written.split(), year, states)
    assert (e.country if e else None) == country


def test_officeholder_organisation_heads_are_stateless():
    e = lexicon.officeholders().lookup("António Guterres".split(), 2024)
    assert e is not None and e.country is None and e.organisation == "United Nations"


def test_titles_new_lists_load():
    t = lexicon.titles()
    assert "Reuters" in t.media_outlets
    assert "UN" in t.organisation_prefixes
    assert "Republic" in t.state_qualifiers
