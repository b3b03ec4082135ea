"""``communique_people``: writes ``doc._.people`` (SPEC.md, People).

The rules live in :mod:`pipeline.names.persons`; lexicons in ``pipeline/resources/``
(titles.json, surnames.json, countries.json, officeholders.json). Each Person's ``evidence`` names the
rule behind its name, role and country.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..names.persons import find_people


@Language.factory("communique_people")
def make_people(nlp: Language, name: str):
    return PeopleComponent()


class PeopleComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.people = find_people(doc)
        return doc
