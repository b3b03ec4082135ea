"""Per-document token arrays shared by the components.

``Doc.__getitem__`` builds a new ``Token`` object on every access, so rules that walk
the tokens one by one (``doc[i].text``, ``doc[i:i + n].text``) spend most of their time
creating tokens. :func:`docinfo` reads every token attribute the rules need once per
Doc into plain lists (cached on ``doc.user_data``), plus position indexes (entities,
line breaks) so that per-candidate look-ups are a bisect instead of a scan of the
whole document.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import add
from typing import Iterable, Optional

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_ALPHA, IS_SPACE, LOWER, ORTH, SPACY, TAG
from spacy.tokens import Doc

INFO_KEY = "communique_docinfo"
# hash -> string, shared by all documents: ``StringStore[hash]`` decodes the string on every call,
# and most words recur across documents (a hash always names the same string, whatever the vocab)
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 2_000_000


class Intervals:
    """Any-overlap queries over a fixed set of half-open intervals: is there an (a, b)
    with ``a < qe and qs < b``?  (Sorted starts + prefix maximum of the ends.)"""

    __slots__ = ("starts", "maxend")

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        ps = sorted(pairs)
        self.starts = [a for a, _ in ps]
        mx: list[int] = []
        m = None
        for _, b in ps:
            m = b if m is None or b > m else m
            mx.append(m)
        self.maxend = mx

    def overlaps(self, qs: int, qe: int) -> bool:
        k = bisect_left(self.starts, qe)
        return k > 0 and self.maxend[k - 1] > qs

    def __bool__(self) -> bool:
        return bool(self.starts)


def _ents_from_iob(iob: list[int], typ: list[int], string) -> Optional[list[tuple[int, int, str]]]:
    """``[(e.start, e.end, e.label_) for e in doc.ents]`` from the ENT_IOB/ENT_TYPE columns (IOB codes:
    0 missing, 1 inside, 2 outside, 3 begin), without creating Span objects; None where ``doc.ents`` would
    raise (an "I" with no entity open). Same walk as ``Doc.ents``."""
    out = []
    start = -1
    label = 0
    for i, v in enumerate(iob):
        if v == 2:  # most tokens
            if start != -1:
                out.append((start, i, label))
                start = -1
        elif v == 1:
            if start == -1:
                return None
        elif v == 0 or typ[i] == 0:
            if start != -1:
                out.append((start, i, label))
            start = -1
        else:
            if start != -1:
                out.append((start, i, label))
            start, label = i, typ[i]
    if start != -1:
        out.append((start, len(iob), label))
    return [(s, e, string(t)) for s, e, t in out]


class DocInfo:
    """Token attributes as lists, entities and line breaks indexed by position."""

    def __init__(self, doc: Doc) -> None:
        self.n = n = len(doc)
        # one C call for every attribute, then string look-ups through the shared ``_STRINGS``
        # cache: no Token (or entity Span) object is created
        attrs = [ORTH, LOWER, TAG, IS_ALPHA, IS_SPACE, IDX, SPACY, ENT_IOB, ENT_TYPE]
        cols = doc.to_array(attrs).T.tolist() if n else [[]] * len(attrs)
        strings = doc.vocab.strings
        if len(_STRINGS) > _STRINGS_MAX:
            _STRINGS.clear()

        def strs(col: list[int]) -> list[str]:
            out = list(map(_STRINGS.get, col))
            if None in out:  # first sight of some words
                _STRINGS.update({h: strings[h] for h in col if h not in _STRINGS})
                out = list(map(_STRINGS.__getitem__, col))
            return out

        self.texts = texts = strs(cols[0])
        self.lowers = lowers = strs(cols[1])
        self.tags = strs(cols[2])
        self.is_alpha = list(map(bool, cols[3]))
        self.is_space = list(map(bool, cols[4]))
        self.idx = cols[5]
        self.ws = ws = list(map(("", " ").__getitem__, cols[6]))
        # ``Doc.text`` joins Token.text_with_ws, one Token per word: join the columns instead
        self.text = "".join(map(add, texts, ws))
        self.caps = [bool(x) and x[0].isupper() for x in texts]
        self._strings = strings
        self._ent_type_ids = cols[8]
        ents = _ents_from_iob(cols[7], cols[8], lambda h: _STRINGS.get(h) or strings[h])
        if ents is None:  # inconsistent IOB tags: let spaCy handle (and report) them
            ents = [(e.start, e.end, e.label_) for e in doc.ents]
        self.ents = ents
        self.ent_ends = [e for _, e, _ in ents]
        # (start without a leading "the", end) -> labels, for "the model tags exactly this span"
        # (tuples, not sets: the garbage collector stops tracking tuples of strings)
        exact: dict[tuple[int, int], tuple[str, ...]] = {}
        for s, e, label in ents:
            key = (s + (1 if lowers[s] == "the" else 0), e)
            exact[key] = exact.get(key, ()) + (label,)
        self.exact_ents = exact
        self._newlines: Optional[list[int]] = None
        self.line_cache: dict = {}
        self.cache: dict = {}  # free slot for per-document results of other modules

    # ------------------------------------------------------------ text
    def span_text(self, s: int, e: int) -> str:
        """``doc[s:e].text``."""
        if e <= s:
            return ""
        return self.text[self.idx[s]: self.idx[e - 1] + len(self.texts[e - 1])]

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.texts[i])

    @property
    def newlines(self) -> list[int]:
        if self._newlines is None:
            text = self.text
            out = []
            p = text.find("\n")
            while p >= 0:
                out.append(p)
                p = text.find("\n", p + 1)
            self._newlines = out
        return self._newlines

    def line_bounds(self, pos: int) -> tuple[int, int, int]:
        """(k, line start, line end or -1) as ``text.rfind("\\n", 0, pos) + 1`` and
        ``text.find("\\n", pos)`` give them; ``k`` identifies the line."""
        nl = self.newlines
        k = bisect_left(nl, pos)
        ls = nl[k - 1] + 1 if k > 0 else 0
        le = nl[k] if k < len(nl) else -1
        return k, ls, le

    # ------------------------------------------------------------ entities
    def ent_type(self, i: int) -> str:
        """``doc[i].ent_type_``."""
        return self._strings[self._ent_type_ids[i]]

    def first_ent_overlapping(self, s: int, e: int) -> Optional[tuple[int, int, str]]:
        """The first entity (doc order) with ``start < e and s < end``."""
        k = bisect_right(self.ent_ends, s)
        if k < len(self.ents) and self.ents[k][0] < e:
            return self.ents[k]
        return None


def docinfo(doc: Doc) -> DocInfo:
    info = doc.user_data.get(INFO_KEY)
    if info is None or info.n != len(doc):
        info = DocInfo(doc)
        doc.user_data[INFO_KEY] = info
    return info
