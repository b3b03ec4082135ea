"""The people/places lexicons load strictly: unknown keys, bad codes and bad types fail loudly."""
from __future__ import annotations

import copy
import re

import pytest

from pipeline.gazetteer import Gazetteer, gazetteer
from pipeline.names import lexicon

FILES = ["titles.json", "surnames.json", "regions.json", "place_exclusions.json"]


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
