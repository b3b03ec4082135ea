"""``communique_places``: writes ``doc._.places`` (SPEC.md, Places).

Mentions come from :func:`pipeline.names.geo.find_geo` (gazetteers + exclusions in
``pipeline/resources/``); spans that belong to a person's name are skipped.
Mentions are grouped into one Place per (canonical name, type, country); ids
follow the order of first mention; ``rule`` lists the rules that produced them.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import gazetteer
from ..names.geo import find_geo, replace_hit
from ..records import Mention, Place


@Language.factory("communique_places")
def make_places(nlp: Language, name: str):
    return PlacesComponent()


NAME_SPANS_KEY = "communique_person_name_spans"  # written by communique_people


def build_places(doc: Doc) -> list[Place]:
    hits = find_geo(doc, exclude_chars=doc.user_data.get(NAME_SPANS_KEY, ()))
    places: dict[tuple, Place] = {}
    rules: dict[tuple, set] = {}
    g = gazetteer()
    for h in hits:
        if h.country in g.territory_of:
            h = replace_hit(h, country=g.territory_of[h.country])  # Hong Kong: a region of China; Nuuk: Denmark
        key = (h.name, h.type, h.country)
        if key not in places:
            places[key] = Place(id="", name=h.name, type=h.type, country=h.country)
            rules[key] = set()
        places[key].mentions.append(Mention(h.text, h.start_char, h.end_char))
        rules[key].add(h.rule)
    out = sorted(places.values(), key=lambda p: p.mentions[0].start)
    for n, p in enumerate(out, 1):
        p.id = f"l{n}"
        p.rule = "+".join(sorted(rules[(p.name, p.type, p.country)]))
    return out


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = build_places(doc)
        return doc
