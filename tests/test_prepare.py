"""Document preparation: metadata precedence for title/author/doc_date across formats."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import from_text, read_all
from pipeline.process import normalise_date, prepare

DATA = Path(__file__).parent / "data"
BODY = ("Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta on Tuesday.\n\n"
        "The two ministers agreed to strengthen maritime cooperation, the ministry said in a statement.\n")


def test_html_page_keeps_title_author_date_and_drops_menus():
    (raw,) = read_all([DATA / "page.html"])
    p = prepare(raw)
    assert p.cleaned.title == "Japan, Philippines agree to boost defence ties"
    assert p.cleaned.author == "Maria Santos"
    assert (p.doc_date.value, p.doc_date.source) == ("2023-11-04", "metadata")
    body = p.cleaned.body
    assert body.startswith("Japanese Prime Minister Fumio Kishida")  # dateline "MANILA (AP) —" removed
    for chrome in ("Home", "Politics", "All rights reserved", "By Maria Santos"):
        assert chrome not in body


def test_front_matter_feeds_metadata_and_is_recorded_as_removed():
    text = "---\ntitle: Wong visits Jakarta\ndate: 2024-02-13\nauthor: Desk\n---\n" + BODY
    p = prepare(from_text(text, doc_id="x", fmt="md"))
    assert p.cleaned.title == "Wong visits Jakarta"
    assert p.cleaned.author == "Desk"
    assert (p.doc_date.value, p.doc_date.source) == ("2024-02-13", "metadata")
    assert p.cleaned.removed[0].reason == "front_matter"
    assert "title:" not in p.cleaned.body


@pytest.mark.parametrize(
    "meta_date, cli_date, text_head, expected",
    [
        ("2024-02-13", "2020-01-01", "", ("2024-02-13", "metadata")),
        (None, "2020-01-01", "", ("2020-01-01", "metadata")),
        (None, None, "Published : 2021-11-24 17:43\n", ("2021-11-24", "dateline")),
        (None, None, "", (None, "none")),
    ],
)
def test_doc_date_precedence(meta_date, cli_date, text_head, expected):
    meta = {"date": meta_date} if meta_date else None
    p = prepare(from_text("Wong in Jakarta talks\n" + text_head + "\n" + BODY, doc_id="x", meta=meta), doc_date=cli_date)
    assert (p.doc_date.value, p.doc_date.source) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-11-24T17:43:00+09:00", "2021-11-24"),
        ("2021-11", "2021-11"),
        ("Nov 24, 2021", "2021-11-24"),
        ("24 November 2021", "2021-11-24"),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalise_metadata_dates(value, expected):
    assert normalise_date(value) == expected
