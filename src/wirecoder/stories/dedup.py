"""Near-duplicate articles: republished wire copy and light rewrites, found with MinHash LSH.

Each article's text becomes a set of word 5-gram shingles; MinHash signatures in an LSH index
find earlier articles whose estimated Jaccard similarity reaches the threshold, in time linear
in the number of articles. An article is a duplicate of the most similar earlier one.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 5) -> set[bytes]:
    """Return the set of lower-cased word ``size``-grams of a text (the words, if fewer)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class NearDuplicates:
    """An index of seen articles that says which earlier article a new one duplicates."""

    def __init__(self, *, threshold: float = 0.7, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}

    def signature(self, text: str) -> MinHash:
        """Return the MinHash signature of a text's shingles."""
        sig = MinHash(num_perm=self.num_perm)
        sig.update_batch(list(shingles(text)))
        return sig

    def add(self, article_id: str, text: str) -> tuple[str | None, float]:
        """Index an article; return (the id it duplicates or None, estimated Jaccard similarity)."""
        if article_id in self._hashes:
            return None, 0.0
        sig = self.signature(text)
        best, best_sim = None, 0.0
        for other in self._lsh.query(sig):
            sim = sig.jaccard(self._hashes[other])
            if sim >= self.threshold and (sim > best_sim or (sim == best_sim and other < best)):
                best, best_sim = other, sim
        self._lsh.insert(article_id, sig)
        self._hashes[article_id] = sig
        return best, best_sim

    def to_state(self) -> dict[str, Any]:
        """Return the index as JSON-ready data: its settings and every article's signature."""
        return {
            "threshold": self.threshold,
            "num_perm": self.num_perm,
            "scheme": self.signature("").scheme,
            "hashes": {key: sig.hashvalues.tolist() for key, sig in self._hashes.items()},
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NearDuplicates:
        """Return an index holding the signatures ``to_state`` saved, in the same order."""
        index = cls(threshold=float(state["threshold"]), num_perm=int(state["num_perm"]))
        scheme = state["scheme"]
        for key, values in state["hashes"].items():
            values = np.array(values, dtype=np.uint64)
            sig = MinHash(num_perm=index.num_perm, hashvalues=values, scheme=scheme)
            index._lsh.insert(key, sig)
            index._hashes[key] = sig
        return index
