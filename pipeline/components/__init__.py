"""Communiqué's spaCy components. Importing this package registers the factories
and the ``Doc._`` extensions they write.

Contract (every component):
- input: ``doc._.doc_date`` (``"YYYY-MM-DD"`` or coarser, or None) and
  ``doc._.doc_date_source`` set by the caller before the pipeline runs;
  ``doc._.dates_profile`` ("press"/"timeml", or None for the component's own)
  lets one document ask for the other dates profile (a TimeML input);
  ``doc._.page_header`` (optional) is the metadata text around the body — the
  headline and the page chrome a reader sees — where a site names the body
  that issued the release ("U.S. Department of State");
- output: a list of records from ``pipeline.records`` on its own extension:
  ``doc._.people`` (Person), ``doc._.places`` (Place), ``doc._.dates``
  (DateMention), ``doc._.commitments`` (Commitment). Offsets are character
  offsets into ``doc.text``.
"""
from spacy.tokens import Doc

for _name, _default in (
    ("doc_date", None),
    ("doc_date_source", "none"),
    ("dates_profile", None),
    ("page_header", None),
    ("people", None),
    ("places", None),
    ("dates", None),
    ("commitments", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

from . import paragraphs, people, places, dates, commitments  # noqa: E402,F401
