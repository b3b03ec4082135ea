"""Per-document token columns for the commitment rules' loops over many tokens.

``doc[i]``, ``Token.children`` and ``Token.subtree`` build a new ``Token`` object on
every access, so the scans that look at every token of a document, a sentence or a
subtree (trigger positions, participant counts, subtree index sets) read these lists
instead: one ``doc.to_array`` call per Doc, cached next to :func:`docinfo`. Columns
hold the StringStore ids (symbol ids or hashes); compare them with :func:`sid`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..names.docinfo import docinfo

_WRAP, _HALF = 1 << 64, 1 << 63
# lemma hash -> lower-cased lemma, shared by all documents (a hash always names the same string)
_LEMMA_LOWER: dict[int, str] = {}


@lru_cache(maxsize=None)
def sid(label: str) -> int:
    """The id a column holds for ``label`` (without interning it in any StringStore)."""
    return get_string_id(label)


class Columns:
    """LOWER, LEMMA, POS, DEP, TAG, ENT_TYPE ids and the head offset of every token, the
    lower-cased lemma strings, and memoised subtrees."""

    # no reference to the Doc: this object lives in the Doc's user_data
    __slots__ = ("lower", "lemma", "pos", "dep", "tag", "ent", "_rel", "_lemma_lower", "_strings", "_subtrees", "_subtree_sets")

    def __init__(self, doc: Doc) -> None:
        attrs = [LOWER, LEMMA, POS, DEP, TAG, ENT_TYPE, HEAD]
        cols = doc.to_array(attrs).T.tolist() if len(doc) else [[]] * len(attrs)
        self.lower, self.lemma, self.pos, self.dep, self.tag, self.ent, self._rel = cols
        self._strings = doc.vocab.strings
        self._lemma_lower: Optional[list[str]] = None
        self._subtrees: dict[int, tuple[int, ...]] = {}
        self._subtree_sets: dict[int, frozenset[int]] = {}

    def head(self, i: int) -> int:
        """``doc[i].head.i``."""
        r = self._rel[i]  # the offset to the head, as uint64 (a negative offset wraps around)
        return i + (r - _WRAP if r >= _HALF else r)

    @property
    def lemma_lower(self) -> list[str]:
        """``t.lemma_.lower()`` of every token (one string look-up per distinct lemma)."""
        if self._lemma_lower is None:
            out = list(map(_LEMMA_LOWER.get, self.lemma))
            if None in out:  # first sight of some lemmas
                if len(_LEMMA_LOWER) > 500_000:
                    _LEMMA_LOWER.clear()
                strings = self._strings
                _LEMMA_LOWER.update({h: strings[h].lower() for h in self.lemma if h not in _LEMMA_LOWER})
                out = list(map(_LEMMA_LOWER.__getitem__, self.lemma))
            self._lemma_lower = out
        return self._lemma_lower

    def subtree(self, doc: Doc, i: int) -> tuple[int, ...]:
        """``tuple(t.i for t in doc[i].subtree)`` (traversal order), computed once per token:
        the rules ask for the same heads' subtrees again and again."""
        st = self._subtrees.get(i)
        if st is None:
            st = self._subtrees[i] = tuple(t.i for t in doc[i].subtree)
        return st

    def subtree_ids(self, doc: Doc, i: int) -> frozenset[int]:
        """``{t.i for t in doc[i].subtree}``, computed once per token."""
        ids = self._subtree_sets.get(i)
        if ids is None:
            ids = self._subtree_sets[i] = frozenset(self.subtree(doc, i))
        return ids


def columns(doc: Doc) -> Columns:
    """The doc's :class:`Columns`, built on first use and kept with its :func:`docinfo`."""
    cache = docinfo(doc).cache
    cols = cache.get("commit_columns")
    if cols is None:
        cols = cache["commit_columns"] = Columns(doc)
    return cols
