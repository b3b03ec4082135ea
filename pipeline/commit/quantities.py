"""Targets: money and quantities named inside a commitment's action.

"$30 bln in trade" → Target("$30 bln", 3.0e10, "USD"); "1 mln people" →
Target("1 mln people", 1e6, "people"); "50 percent" → unit "percent". Scales,
currency symbols and words come from the lexicon so new currencies are data.

Bare numbers without a scale, currency or counted noun are ignored, and so are
years ("by 2030" is a deadline, not a target) and small number words ("two
hotlines" counts things, it does not set a target).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ..names.docinfo import docinfo
from ..records import Target
from .lexicon import Lexicon

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUMS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1,
}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class QuantityParser:
    """Compiled patterns for one lexicon (built once per component)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        scales = [s for s in lex.scales if len(s) > 1]
        short = [s for s in lex.scales if len(s) == 1]
        # single-letter scales only glued to the number ("$5m", "$2b")
        scale = rf"(?:\s?(?P<scale>{_alt(scales)})\b|(?P<short>{_alt(short)})\b)" if short else rf"\s?(?P<scale>{_alt(scales)})\b"
        wordnum = _alt(_WORDNUMS)
        syms = _alt(lex.currency_symbols)
        curwords = _alt(lex.currency_words)
        self.money_prefix = re.compile(rf"(?P<sym>{syms})\s?(?P<num>{_NUM})(?:{scale})?", re.I)
        self.money_suffix = re.compile(
            rf"\b(?P<num>{_NUM}|{wordnum})(?:{scale})?\s(?:(?:US|U\.S\.|American|Hong Kong)\s)?(?P<cur>{curwords})\b", re.I
        )
        self.percent = re.compile(rf"\b(?P<num>{_NUM})\s?(?P<pct>{_alt(lex.percent_words)})", re.I)
        self.quantity = re.compile(rf"\b(?P<num>{_NUM}|{wordnum})(?:{scale})?(?=\s|$)", re.I)

    # ------------------------------------------------------------------
    def _amount(self, m: re.Match) -> Optional[float]:
        raw = m.group("num").lower()
        if raw in _WORDNUMS:
            value = float(_WORDNUMS[raw])
        else:
            value = float(raw.replace(",", ""))
        sc = (m.groupdict().get("scale") or m.groupdict().get("short") or "").lower()
        if sc:
            value *= self.lex.scales[sc]
        return value

    def parse(self, doc: Doc, start: int, end: int) -> list[Target]:
        """Targets in ``doc.text[start:end]`` (character offsets into the doc)."""
        text = docinfo(doc).text[start:end]
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, Target]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        for m in self.money_prefix.finditer(text):
            sym = m.group("sym")
            unit = self.lex.currency_symbols.get(sym) or self.lex.currency_symbols.get(sym.upper())
            if unit and free(*m.span()):
                taken.append(m.span())
                found.append((m.start(), Target(m.group(0), self._amount(m), unit)))
        for m in self.money_suffix.finditer(text):
            if free(*m.span()):
                taken.append(m.span())
                found.append((m.start(), Target(m.group(0), self._amount(m), self.lex.currency_words[m.group("cur").lower()])))
        for m in self.percent.finditer(text):
            if free(*m.span()):
                taken.append(m.span())
                found.append((m.start(), Target(m.group(0), self._amount(m), "percent")))
        for m in self.quantity.finditer(text):
            if not free(*m.span()):
                continue
            has_scale = bool(m.group("scale") or m.groupdict().get("short"))
            raw = m.group("num").lower()
            if raw in _WORDNUMS and not has_scale:
                continue  # "two hotlines": counting, not a target
            if not has_scale and re.fullmatch(r"(1[89]|20|21)\d\d", raw):
                continue  # a year
            if not has_scale and self._in_date(doc, start + m.start(), start + m.end()):
                continue  # the day of a date: "the February 6 earthquakes"
            unit_tok = self._unit_after(doc, start + m.end(), end)
            if unit_tok is None:
                continue
            span_end = unit_tok.idx + len(unit_tok.text) - start
            taken.append((m.start(), span_end))
            found.append((m.start(), Target(text[m.start():span_end], self._amount(m), unit_tok.text)))
        return [t for _, t in sorted(found, key=lambda x: x[0])]

    @staticmethod
    def _in_date(doc: Doc, a: int, b: int) -> bool:
        for d in getattr(doc._, "dates", None) or []:
            if d.start < b and d.end > a and getattr(d, "type", "DATE") in ("DATE", "TIME"):
                return True
        span = doc.char_span(a, b, alignment_mode="expand")
        return span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span)

    def _unit_after(self, doc: Doc, char: int, limit: int):
        """The counted noun right after a number: skip up to two modifiers ("100 new scholarships")."""
        span = doc.char_span(char, limit, alignment_mode="expand")
        if span is None:
            return None
        for i, tok in enumerate(span):
            if i > 2 or tok.idx >= limit:
                return None
            if tok.is_space:
                continue
            if tok.pos_ in ("NOUN", "PROPN") or (tok.tag_ in ("NNS", "NN") and tok.is_alpha):
                if tok.lower_ in self.lex.unit_nouns_excluded:
                    return None
                return tok
            if tok.pos_ in ("ADJ", "VERB") and tok.is_alpha and tok.dep_ in ("amod", "compound", "nmod"):
                continue
            return None
        return None
