"""Writers: CSV tables load with plain ``pd.read_csv``, JSON round-trips, writes are atomic."""
from __future__ import annotations

import json
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import (
    Commitment,
    DateMention,
    DocDate,
    Document,
    Mention,
    Person,
    Place,
    Removed,
    Source,
    Target,
)
from pipeline.writers import TABLES, TableWriter, atomic_write_bytes, document_json, load_tables, read_json, write_json

cell_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=40)


def make_doc(doc_id: str = "d1", name: str = "Lim Sung-nam", action: str = "expand trade") -> Document:
    return Document(
        doc_id=doc_id,
        source=Source(path="x.txt", sha256="ab", bytes=10, encoding="utf-8", format="txt"),
        title="Talks",
        doc_date=DocDate("2021-11-24", "metadata"),
        author="A. Writer",
        notes=["unofficial translation"],
        text=f"{name} met. They agreed to {action}.",
        removed=[Removed(0, 4, "Menu", "navigation")],
        people=[Person(id="p1", name=name, family_name="Lim", given_name="Sung-nam", role="Vice Foreign Minister",
                       country="KOR", mentions=[Mention(name, 0, len(name))], evidence={"role": "title_before"})],
        places=[Place(id="l1", name="Seoul", type="city", country="KOR", mentions=[Mention("Seoul", 1, 6)], rule="gazetteer")],
        dates=[DateMention("June 1", 3, 9, "2018-06-01", "DATE", "year_inferred", True, "month_day")],
        commitments=[Commitment(actors=["KOR", "RUS"], modality="agreement", trigger="agreed", action=action,
                                sentence=f"They agreed to {action}.", start=0, end=10, actor_people=["p1"],
                                targets=[Target("$30 bln", 3.0e10, "USD")], rule="verb_xcomp")],
        pipeline_version="test",
    )


@settings(max_examples=40, deadline=None)
@given(name=cell_text.filter(lambda s: s.strip()), action=cell_text)
def test_tables_load_with_plain_read_csv(tmp_path_factory, name, action):
    out = tmp_path_factory.mktemp("out")
    w = TableWriter(out)
    w.add(make_doc(name=name, action=action))
    w.close()
    tables = load_tables(out)
    assert set(tables) == set(TABLES)
    for table, cols in TABLES.items():
        assert list(tables[table].columns) == [c for c, _ in cols]
    people = pd.read_csv(out / "people.csv", keep_default_na=False, dtype=str)
    assert people.loc[0, "name"] == name
    com = pd.read_csv(out / "commitments.csv", keep_default_na=False, dtype=str)
    assert com.loc[0, "action"] == action
    assert com.loc[0, "actors"] == "KOR; RUS"
    assert com.loc[0, "actor_countries"] == "South Korea; Russia"
    assert com.loc[0, "actor_people"] == name.strip() or com.loc[0, "actor_people"] == name
    assert com.loc[0, "targets"] == "30000000000 USD"


@settings(max_examples=40, deadline=None)
@given(name=cell_text.filter(lambda s: s.strip()), action=cell_text)
def test_json_round_trip(tmp_path_factory, name, action):
    out = tmp_path_factory.mktemp("out")
    doc = make_doc(name=name, action=action)
    path = write_json(doc, out)
    again = read_json(path)
    assert again == doc
    assert document_json(again) == path.read_bytes()


def test_every_row_carries_doc_id(tmp_path):
    w = TableWriter(tmp_path)
    w.add(make_doc("a"))
    w.add(make_doc("b"))
    w.close()
    for table, df in load_tables(tmp_path).items():
        assert df.columns[0] == "doc_id"
        if table != "errors":
            assert set(df["doc_id"]) == {"a", "b"}


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "f.json"
    atomic_write_bytes(path, b"old")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_aborted_tables_leave_no_temp_files(tmp_path):
    w = TableWriter(tmp_path)
    w.add(make_doc())
    w.abort()
    assert list(tmp_path.iterdir()) == []


def test_json_is_utf8_not_escaped(tmp_path):
    path = write_json(make_doc(name="김정은"), tmp_path)
    raw = path.read_bytes().decode("utf-8")
    assert "김정은" in raw
    assert json.loads(raw)["people"][0]["name"] == "김정은"


@settings(max_examples=60, deadline=None)
@given(name=cell_text.filter(lambda s: s.strip()), action=cell_text,
       amount=st.one_of(st.integers(min_value=0, max_value=10**15),
                        st.floats(min_value=0, max_value=1e15).map(lambda x: round(x, 2))))
def test_json_bytes_match_the_stdlib_encoder(name, action, amount):
    """The fast writer produces exactly what json.dumps(to_dict(), indent=2) would for
    every amount a text can state (tiny floats differ only in exponent spelling: 1e-7)."""
    doc = make_doc(name=name, action=action)
    doc.commitments[0].targets[0].amount = amount
    expected = (json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert document_json(doc) == expected


@settings(max_examples=40, deadline=None)
@given(amount=st.floats(allow_nan=False, allow_infinity=False))
def test_json_keeps_any_float_value(amount):
    doc = make_doc()
    doc.commitments[0].targets[0].amount = amount
    assert json.loads(document_json(doc)) == doc.to_dict()
