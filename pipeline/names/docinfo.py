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
from typing import Iterable, Optional

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, ORTH, SPACY, TAG
from spacy.tokens import Doc

INFO_KEY = "communique_docinfo"


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


class DocInfo:
    """Token attributes as lists, entities and line breaks indexed by position."""

    def __init__(self, doc: Doc) -> None:
        self.n = len(doc)
        self.text = doc.text
        # one C call for every attribute, then one string look-up per distinct hash:
        # no Token object is created
        cols = doc.to_array([ORTH, LOWER, TAG, IS_ALPHA, IS_SPACE, IDX, SPACY]).T.tolist() if self.n else [[]] * 7
        names: dict[int, str] = {}
        strings = doc.vocab.strings

        def string(h: int) -> str:
            v = names.get(h)
            if v is None:
                v = names[h] = strings[h]
            return v

        self.texts = [string(h) for h in cols[0]]
        self.lowers = lowers = [string(h) for h in cols[1]]
        self.tags = [string(h) for h in cols[2]]
        self.is_alpha = [bool(x) for x in cols[3]]
        self.is_space = [bool(x) for x in cols[4]]
        self.idx = cols[5]
        self.ws = [" " if x else "" for x in cols[6]]
        texts = self.texts
        self.caps = [bool(x) and x[0].isupper() for x in texts]
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        self.ents = ents
        self.ent_ends = [e for _, e, _ in ents]
        # (start without a leading "the", end) -> labels, for "the model tags exactly this span"
        exact: dict[tuple[int, int], set] = {}
        for s, e, label in ents:
            es = s + (1 if lowers[s] == "the" else 0)
            exact.setdefault((es, e), set()).add(label)
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
