"""The quotation cue lexicon: reporting words as validated data (lexicon/data/quote_cues.tsv).

A cue is a lemma ("say") or a phrase whose first word is a lemma and whose other words follow it
literally ("point out", "according to", the noun cue "claim that"). Each entry says which kinds
of reported content the cue takes (its frames), so that "denied the report" counts but "said the
word" does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from wirecoder.lexicon import Spec, load_table, register_spec

POS = frozenset({"verb", "noun", "adj", "prep", "punct"})
FRAMES = frozenset({"quote", "clause", "inf", "obj"})


def _check_cue(row: dict[str, str]) -> str | None:
    if row["pos"] not in POS:
        return f"pos {row['pos']!r} is not one of {', '.join(sorted(POS))}"
    frames = [f.strip() for f in row["frames"].split("|") if f.strip()]
    if not frames:
        return "frames is empty; give at least one of " + ", ".join(sorted(FRAMES))
    unknown = [f for f in frames if f not in FRAMES]
    if unknown:
        return f"frame(s) {', '.join(unknown)} unknown; frames are {', '.join(sorted(FRAMES))}"
    if row["cue"] != row["cue"].lower():
        return f"cue {row['cue']!r} must be lower case"
    return None


register_spec("quote_cues", Spec(("cue", "pos", "frames", "note"), "cue", _check_cue))


@dataclass(frozen=True)
class Cue:
    """One reporting word or phrase, what it takes as content, and its table row."""

    words: tuple[str, ...]
    pos: str
    frames: frozenset[str]
    ref: str


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a parse: its entry and the token indices it covers."""

    cue: Cue
    head: int  # the token that carries the cue (the verb, or "according")
    last: int  # the cue's last token


class CueLexicon:
    """The cue table indexed by first word, matched against parsed tokens."""

    def __init__(self, cues: list[Cue]) -> None:
        self.by_first: dict[str, list[Cue]] = {}
        for cue in sorted(cues, key=lambda c: -len(c.words)):  # longest phrase first
            self.by_first.setdefault(cue.words[0], []).append(cue)
        # a verb's regular forms find it when the lemmatizer misreads them ("hoped" as "hop")
        for first, entries in list(self.by_first.items()):
            verbs = [c for c in entries if c.pos == "verb"]
            for form in inflections(first) if verbs else ():
                known = self.by_first.setdefault(form, [])
                known.extend(c for c in verbs if c not in known)

    def match(self, token: Any, *, pos: str | None = None) -> CueMatch | None:
        """Return the longest cue starting at ``token`` (a spaCy token), if any."""
        keys = {token.lemma_.lower(), token.lower_}
        doc = token.doc
        for key in keys:
            for cue in self.by_first.get(key, ()):
                if pos is not None and cue.pos != pos:
                    continue
                if cue.pos == "verb" and token.pos_ not in ("VERB", "AUX"):
                    continue
                if cue.pos == "noun" and token.pos_ != "NOUN":
                    continue
                if cue.pos == "adj" and token.pos_ != "ADJ":
                    continue
                last = _follow(doc, token.i, cue.words[1:])
                if last is not None:
                    return CueMatch(cue, token.i, last)
        return None


def inflections(lemma: str) -> set[str]:
    """The regular forms of a verb: -s, -ed, -ing, a final e dropped or a consonant doubled."""
    if not lemma.isalpha():
        return set()
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {stem + "ed", stem + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        forms.discard(lemma + "ed")
    else:
        forms.add(lemma + "s")
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # admitted, slamming
    return forms - {lemma}


def _follow(doc: Any, i: int, rest: tuple[str, ...]) -> int | None:
    """Return the index of the last token of ``rest`` following token ``i``, or None."""
    j = i
    for word in rest:
        j += 1
        while j < len(doc) and doc[j].pos_ == "ADV" and doc[j].lower_ not in rest:
            j += 1  # "pointed directly out", "called again for"
        if j >= len(doc) or doc[j].lower_ != word:
            return None
    return j


@cache
def cue_lexicon(extra_dirs: tuple[str, ...] = ()) -> CueLexicon:
    """Load the cue table (with any user files of the same name) as a matcher."""
    table = load_table("quote_cues", extra_dirs)
    cues = [
        Cue(
            words=tuple(row["cue"].split()),
            pos=row["pos"],
            frames=frozenset(row.items("frames")),
            ref=row.ref,
        )
        for row in table
    ]
    return CueLexicon(cues)
