"""A person's title and affiliation, read from the words around their name.

Three shapes are read, each with its own rule name:

- a title before the name: "Acting Coordinator for Counterterrorism Christopher Landberg",
  "Pakistani prime minister Imran Khan" (the leading "Pakistani" is the affiliation),
  "Additional Secretary (UN&ED) Syed Haider Shah";
- an apposition after the name: "Tim Okoth, the chief economist of the Kenya Bankers Association";
- the name as an apposition of a title: "Kenya's foreign minister, Amina Odhiambo".

The spaCy parse is read here and only plain offsets leave.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wirecoder.lexicon.actors import Role, TitleLexicon, longest_phrase, words_of

_CONNECTORS = frozenset({"of", "for", "and", "&", "on"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class TitleFound:
    """A title read next to a name: its text and offsets, its role and affiliation words."""

    title: str
    start: int
    end: int
    role: Role | None
    affiliation: tuple[int, int] | None  # character offsets of the affiliation words
    rule: str


class TitleFinder:
    """Find titles and affiliations next to person names in a parsed article."""

    def __init__(self, lexicon: TitleLexicon) -> None:
        self.lexicon = lexicon
        self.heads = frozenset(phrase.split()[-1] for phrase in lexicon.roles)

    def find(self, doc: Any, start: int, end: int) -> TitleFound | None:
        """Return the title of the person named at token span [start, end), if the text has one."""
        return self.before(doc, start) or self.apposition(doc, doc[start:end])

    def role_of(self, text: str) -> Role | None:
        """Return the most specific role named in ``text`` (the longest table entry)."""
        return longest_phrase(words_of(text), self.lexicon.roles)

    # --- "Acting Coordinator for Counterterrorism Christopher Landberg" --------------------------

    def before(self, doc: Any, start: int) -> TitleFound | None:
        """Return a title written just before the name starting at token ``start``."""
        j = start - 1
        if j >= 0 and doc[j].text == ")":  # "Additional Secretary (UN&ED) Syed Haider Shah"
            k = j
            while k >= 0 and doc[k].text != "(" and j - k < 8:
                k -= 1
            if k < 0 or doc[k].text != "(":
                return None
            j = k - 1
        while j >= 0:
            token = doc[j]
            if token.is_space or token.is_punct and token.text not in ("-", "&"):
                break
            if not self._zone_word(doc, j):
                break
            j -= 1
            if doc[j + 1].is_sent_start:
                break
        zone = doc[j + 1 : start]
        first = next((t.i for t in zone if t.lower_ in self.lexicon.words), None)
        if first is None:
            return None
        title_span = doc[first:start]
        role = self.role_of(title_span.text)
        if role is None:
            return None
        left = doc[j + 1 : first]
        affiliation = None
        if len(left) and any(t.is_alpha for t in left):
            end_tok = left[-1]
            while end_tok.text in _POSSESSIVE and end_tok.i > left.start:
                end_tok = doc[end_tok.i - 1]
            affiliation = (left[0].idx, end_tok.idx + len(end_tok.text))
        end_char = title_span[-1].idx + len(title_span[-1].text)
        return TitleFound(
            title=doc.text[title_span.start_char : end_char],
            start=title_span.start_char,
            end=end_char,
            role=role,
            affiliation=affiliation,
            rule="actors.title_before_name.v1",
        )

    def _zone_word(self, doc: Any, j: int) -> bool:
        """True when token ``j`` can belong to a title zone before a name."""
        token = doc[j]
        if token.lower_ in self.lexicon.words or _is_name_word(token):
            return True
        if token.text == "-" and j > 0 and doc[j - 1].lower_ in self.lexicon.words:
            return True  # "Secretary-General", "Attorney-General": one title
        joins = token.lower_ in _CONNECTORS or token.text in _POSSESSIVE
        return joins and j > 0 and _is_name_word(doc[j - 1])

    # --- "Tim Okoth, the chief economist of ..." and "Kenya's foreign minister, Amina Odhiambo" --

    def apposition(self, doc: Any, name: Any) -> TitleFound | None:
        """Return a title given in apposition to the name, either way round."""
        root = name.root
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in self.heads:
                return self._from_noun(doc, child, "actors.title_apposition.v1")
        if root.dep_ == "appos" and root.head.lower_ in self.heads and root.head.i < name.start:
            return self._from_noun(doc, root.head, "actors.title_apposition.v1")
        return None

    def _from_noun(self, doc: Any, head: Any, rule: str) -> TitleFound | None:
        left = [
            t
            for t in head.lefts
            if t.dep_ in ("amod", "compound", "nmod", "poss", "det") and t.i < head.i
        ]
        start = min((t.left_edge.i for t in left), default=head.i)
        tokens = [doc[i] for i in range(start, head.i + 1)]
        affiliation = None
        # "Kenya's", "Pakistani", "US": the leading name words are the affiliation
        lead = []
        for token in tokens[:-1]:
            if token.lower_ in _DETERMINERS or token.text in _POSSESSIVE:
                if lead:
                    break
                continue
            if token.lower_ in self.lexicon.words:
                break
            lead.append(token)
        if lead and all(_is_name_word(t) for t in lead):
            affiliation = (lead[0].idx, lead[-1].idx + len(lead[-1].text))
        first = next(
            (t for t in tokens if t.lower_ in self.lexicon.words and t not in lead),
            head,
        )
        for child in head.rights:  # "the spokesperson of the Kenyan army"
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "with"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and affiliation is None:
                    obj = objects[0]
                    first_obj = obj.left_edge
                    while first_obj.lower_ in _DETERMINERS and first_obj.i < obj.i:
                        first_obj = doc[first_obj.i + 1]
                    affiliation = (first_obj.idx, obj.right_edge.idx + len(obj.right_edge.text))
                break
        text_start = first.idx
        text_end = head.idx + len(head.text)
        title = doc.text[text_start:text_end]
        return TitleFound(
            title=title,
            start=text_start,
            end=text_end,
            role=self.role_of(title),
            affiliation=affiliation,
            rule=rule,
        )


def _is_name_word(token: Any) -> bool:
    """A capitalised word or initialism: part of a name, not of running lower-case text."""
    text = token.text
    return bool(text[:1].isupper()) and any(ch.isalpha() for ch in text)
