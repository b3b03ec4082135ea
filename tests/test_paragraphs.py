"""Sentence boundaries at paragraph breaks (set before the parser)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, first_sentence",
    [
        ("Minister Chung speaks at a press event (Ministry of Foreign Affairs)\n\nSouth Korea and Russia agreed to talk.",
         "Minister Chung speaks at a press event (Ministry of Foreign Affairs)"),
        ("Talks in Seoul\nThe two sides agreed to meet.", "Talks in Seoul"),
        ("The ministers met on Monday.\nThey agreed to talk again.", "The ministers met on Monday."),
        # a hard-wrapped sentence is not cut at the wrap
        ("The minister met with the\nRussian Foreign Minister in Moscow on Monday.",
         "The minister met with the\nRussian Foreign Minister in Moscow on Monday."),
        ("Japan and India agreed to expand defence ties,\nofficials said on Friday.",
         "Japan and India agreed to expand defence ties,\nofficials said on Friday."),
    ],
)
def test_sentence_starts_at_paragraphs(nlp, text, first_sentence):
    doc = nlp(text)
    assert next(doc.sents).text.strip() == first_sentence
