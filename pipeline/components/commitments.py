"""Component stub: writes `doc._.commitments`. (To be implemented.)"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("communique_commitments")
def make_commitments(nlp: Language, name: str):
    return CommitmentsComponent()


class CommitmentsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.commitments = []
        return doc
