"""Paragraph boundaries as sentence boundaries, set before the parser.

Press bodies are paragraphs separated by line breaks; a caption or a list item
without final punctuation must not be parsed as part of the next paragraph's
first sentence (it would hand the parser a wrong subject). The parser keeps
sentence starts that are already set.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc

from ..chrome import is_caption_text


@Language.factory("communique_paragraphs")
def make_paragraphs(nlp: Language, name: str):
    return ParagraphBoundaries()


_FINAL = set(".!?:;\"')]”’»")


class ParagraphBoundaries:
    """A blank line always starts a sentence; a single line break does when the
    line before ends like a sentence, is short (a heading) or is a photo caption
    with its credit, so hard-wrapped prose is left to the parser."""

    def __init__(self, *, short_line: int = 50) -> None:
        self.short_line = short_line

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if len(doc) < 2:
            return doc
        # a line break is in a space token (a token's own whitespace is one space at most): only those are read
        spaces = doc.to_array([IS_SPACE])[:-1].nonzero()[0].tolist()
        for i in spaces:
            tok = doc[i]
            ws = tok.text_with_ws
            if "\n" not in ws:
                continue
            nxt = doc[i + 1]
            if nxt.is_space:
                continue
            if ws.count("\n") >= 2 or (tok.is_space and "\n" in tok.text and i > 0 and "\n" in doc[i - 1].whitespace_):
                nxt.is_sent_start = True
                self._not_alone(doc, i + 1)
                continue
            prev = doc[i - 1] if tok.is_space and i > 0 else tok
            if prev.text in {",", "-", "–", "—"} or (prev.is_lower and prev.is_stop):
                continue  # mid-sentence wrap: "met with the\nRussian minister"
            line_start = text.rfind("\n", 0, prev.idx) + 1
            line_end = prev.idx + len(prev.text)
            if prev.text[-1:] in _FINAL or line_end - line_start < self.short_line \
                    or is_caption_text(text[line_start:line_end]):  # "… on Wednesday. Photo courtesy of the Office"
                nxt.is_sent_start = True
                self._not_alone(doc, i + 1)
        return doc

    @staticmethod
    def _not_alone(doc: Doc, k: int) -> None:
        """The word opening a paragraph is not a sentence on its own: after a caption with no full stop the
        parser would split "Germany | and China agreed …"."""
        if k + 1 < len(doc) and doc[k].is_alpha and not doc[k + 1].is_space and doc[k + 1].is_sent_start is None \
                and "\n" not in doc[k].whitespace_ and doc[k + 1].text not in {".", "!", "?", ":"}:
            doc[k + 1].is_sent_start = False
