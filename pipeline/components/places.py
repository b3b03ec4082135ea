"""Component stub: writes `doc._.places`. (To be implemented.)"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("communique_places")
def make_places(nlp: Language, name: str):
    return PlacesComponent()


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc
