"""Ingest: encodings, front matter, JSONL records, and bad input as error values."""
from __future__ import annotations

import codecs
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import IngestError, RawDocument, decode, read_all, split_front_matter

KOREAN = "외교부 차관은 러시아 외무차관과 전략대화를 가졌다."
ENGLISH = "Vice Foreign Minister Lim held talks with his Russian counterpart in Seoul on June 1."


@pytest.mark.parametrize(
    "data, expected_text, encoding",
    [
        (ENGLISH.encode("utf-8"), ENGLISH, "utf-8"),
        (codecs.BOM_UTF8 + KOREAN.encode("utf-8"), KOREAN, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"), KOREAN, "utf-16"),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16"),
        ((KOREAN + " " + KOREAN).encode("cp949"), KOREAN + " " + KOREAN, "cp949"),
        ("Caf\u00e9 talks \u2013 the minister\u2019s \u201cvisit\u201d".encode("cp1252"), "Caf\u00e9 talks \u2013 the minister\u2019s \u201cvisit\u201d", None),
    ],
)
def test_decode_detects_encodings(data, expected_text, encoding):
    text, enc = decode(data)
    assert text == expected_text
    if encoding:
        assert enc == encoding


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"\x00" * 64, "NUL"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 100, "binary"),
        ("\ufffd".encode("utf-8") * 20, "binary"),  # replacement characters only: a mis-decoded file
    ],
)
def test_decode_refuses_unusable_bytes(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode(data)


def test_front_matter_is_metadata():
    text = "---\ntitle: Talks in Moscow\ndate: 2021-11-24\nauthor: [A. Writer]\n---\nBody text here.\n"
    meta, end = split_front_matter(text)
    assert meta == {"title": "Talks in Moscow", "date": "2021-11-24", "author": "A. Writer"}
    assert text[end:] == "Body text here.\n"


def test_front_matter_absent_or_broken():
    assert split_front_matter("Just text\n---\nmore") == ({}, 0)
    assert split_front_matter("---\n: [unclosed\n---\nbody") == ({}, 0)


def test_read_all_mixed_folder(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("---\ntitle: T\n---\n" + ENGLISH, encoding="utf-8")
    (tmp_path / "c.html").write_text(f"<html><head><title>T</title></head><body><p>{ENGLISH}</p></body></html>")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    recs = [
        {"id": "r1", "text": ENGLISH, "date": "2021-11-24"},
        {"id": "r2", "html": f"<p>{ENGLISH}</p>"},
        {"id": "r3"},
        "not an object",
    ]
    lines = [json.dumps(r) for r in recs] + ["{broken json"]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    items = list(read_all([tmp_path]))
    by_id = {i.doc_id: i for i in items}
    assert isinstance(by_id["a"], RawDocument) and by_id["a"].text == ENGLISH
    assert by_id["b"].meta["title"] == "T" and by_id["b"].front_matter_end > 0
    assert by_id["c"].html is not None
    assert isinstance(by_id["empty"], IngestError) and "empty" in by_id["empty"].reason
    assert by_id["r1"].meta["date"] == "2021-11-24"
    assert by_id["r2"].html is not None
    assert isinstance(by_id["r3"], IngestError) and "no text" in by_id["r3"].reason
    errors = [i for i in items if isinstance(i, IngestError)]
    assert any("not an object" in e.reason for e in errors)
    assert any("malformed JSON" in e.reason for e in errors)
    assert "ignored" not in by_id


def test_duplicate_stems_get_unique_ids(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text(ENGLISH)
    ids = [i.doc_id for i in read_all([tmp_path])]
    assert ids == ["same", "same-2"]


def test_source_records_hash_size_and_encoding(tmp_path):
    p = tmp_path / "k.txt"
    data = KOREAN.encode("cp949") * 3
    p.write_bytes(data)
    (item,) = read_all([p])
    import hashlib

    assert item.source.sha256 == hashlib.sha256(data).hexdigest()
    assert item.source.bytes == len(data)
    assert item.source.encoding == "cp949"
    assert item.text == KOREAN * 3


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".tml", ".html", ".jsonl"]))
def test_any_bytes_give_a_document_or_an_error(tmp_path_factory, data, suffix):
    p = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    p.write_bytes(data)
    items = list(read_all([p]))
    assert len(items) >= 1 if suffix == ".jsonl" else len(items) == 1  # a blank file is an error too
    for item in items:
        assert isinstance(item, (RawDocument, IngestError))
        if isinstance(item, RawDocument):
            assert (item.text or item.html or "").strip()


@settings(max_examples=60, deadline=None)
@given(
    # (not U+FFFD: a text made of replacement characters is what a mis-decoded binary file looks like, and is
    # refused as one — see test_decode_refuses_unusable_bytes)
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff\ufffd"),
            min_size=1, max_size=500)
    .filter(lambda s: s.strip())
)
def test_utf8_text_round_trips(text):
    decoded, enc = decode(text.encode("utf-8"))
    assert decoded == text and enc == "utf-8"


TIMEML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>envoy_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TITLE>Envoys meet in Geneva</TITLE>
<TEXT>
GENEVA &#8212; The two envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> &amp; agreed to meet again <TIMEX3 tid="t2" type="DATE" value="2013-04">next month</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.mark.parametrize("data", [b"", b"\n\n", b"  \r\n "])
def test_blank_jsonl_is_an_error_row(tmp_path, data):
    (tmp_path / "batch.jsonl").write_bytes(data)
    (err,) = list(read_all([tmp_path]))
    assert isinstance(err, IngestError)


def test_timeml_file_gives_its_text_and_creation_time(tmp_path):
    (tmp_path / "envoy.tml").write_text(TIMEML, encoding="utf-8")
    (doc,) = list(read_all([tmp_path]))
    assert isinstance(doc, RawDocument) and doc.body_only
    assert doc.text == ("\nGENEVA \u2014 The two envoys met Wednesday & agreed to meet again next month.\n")
    assert doc.meta == {"date": "2013-03-22", "title": "Envoys meet in Geneva"}
    assert doc.source.format == "timeml"


@pytest.mark.parametrize("content, reason", [
    ("<TimeML><TEXT>unclosed</TimeML>", "malformed TimeML"),
    ("<TimeML><DCT>2013-03-22</DCT></TimeML>", "without a <TEXT>"),
    ("<TimeML><TEXT>  </TEXT></TimeML>", "TEXT> is empty"),
])
def test_bad_timeml_is_an_error_value(tmp_path, content, reason):
    (tmp_path / "bad.tml").write_text(content, encoding="utf-8")
    (err,) = list(read_all([tmp_path]))
    assert isinstance(err, IngestError) and reason in err.reason
