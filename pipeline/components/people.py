"""Component stub: writes `doc._.people`. (To be implemented.)"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("communique_people")
def make_people(nlp: Language, name: str):
    return PeopleComponent()


class PeopleComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.people = []
        return doc
