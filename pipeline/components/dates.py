"""Component stub: writes `doc._.dates`. (To be implemented.)"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("communique_dates")
def make_dates(nlp: Language, name: str):
    return DatesComponent()


class DatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = []
        return doc
