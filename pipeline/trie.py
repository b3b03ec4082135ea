"""Word lists as trie-shaped regexes.

An alternation of many literal words makes the regex engine try every word at
every position; a trie tries one branch per next character instead. Where
several words start at a position (each a prefix of the next), the pattern
tries the longest first and backtracks to shorter ones — what an alternation
sorted longest first does, so matches are identical.
"""
from __future__ import annotations

import re
from typing import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` (case as given); ``""`` for no words."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # where a word ends, going on is optional (and greedy: the longest word wins)
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
