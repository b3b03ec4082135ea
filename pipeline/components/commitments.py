"""The commitments component: writes ``doc._.commitments`` (list of ``Commitment``).

Runs last, after people, places and dates, because it reads them: subjects inside a
person or place mention resolve to that record's country (actors), and deadlines
take the normalised value of an overlapping date. When those lists are empty the
component falls back on the gazetteer and on title phrases in the doc, so it also
works alone (see :mod:`pipeline.commit.actors`).

The rules are data (``resources/commitments.json``) and tree walks
(:mod:`pipeline.commit.extract`); every record's ``rule`` names the pattern that fired.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..commit.extract import Extractor
from ..commit.lexicon import Lexicon, lexicon, load_lexicon


@Language.factory("communique_commitments", default_config={"lexicon_path": None})
def make_commitments(nlp: Language, name: str, lexicon_path: Optional[str] = None) -> "CommitmentsComponent":
    return CommitmentsComponent(load_lexicon(lexicon_path) if lexicon_path else lexicon())


class CommitmentsComponent:
    """Find commitments (agreements, pledges, intentions) with actors, action, targets, deadline."""

    def __init__(self, lex: Optional[Lexicon] = None) -> None:
        self.extractor = Extractor(lex or lexicon())

    def __call__(self, doc: Doc) -> Doc:
        doc._.commitments = self.extractor.extract(doc)
        return doc
