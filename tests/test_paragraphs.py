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


@pytest.mark.parametrize("text, second_sentence", [
    # the word opening a paragraph after a caption is not a sentence on its own
    ("Lars Berg (right) welcomed He Wei at the Finance Ministry on Thursday\n\nGermany and China agreed on Thursday "
     "to revive their financial dialogue.",
     "Germany and China agreed on Thursday to revive their financial dialogue."),
    ("Talks in Seoul\n\nYes. The two sides agreed to meet.", "Yes."),
])
def test_a_paragraph_does_not_open_with_a_one_word_sentence(nlp, text, second_sentence):
    doc = nlp(text)
    assert list(doc.sents)[1].text.strip() == second_sentence


def test_a_caption_closed_by_its_credit_ends_its_sentence(nlp):
    # a long caption line with no full stop: its credit ends it, and the next line opens a sentence
    doc = nlp("The two governors shake hands at the Government Palace on Wednesday. Photo courtesy of the Office of "
              "the Governor\nThe two governors agreed to lead a trade mission.")
    assert list(doc.sents)[-1].text.strip() == "The two governors agreed to lead a trade mission."
