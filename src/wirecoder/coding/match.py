"""Find event triggers in a parsed sentence: a lemma with the frame its pattern asks for.

A pattern fires on a token whose lemma and part of speech it names, when one of its frame words
is a dependent of the token (or of the token's object, preposition or complement), one of its
prepositions hangs on the token or the frame word, and, if it says so, the token's clause is the
complement of one of its governing lemmas. Of the patterns for one token the most demanding that
fits wins. A noun used as the frame of a verb pattern ("held *talks*") is not coded again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wirecoder.coding.knowledge import EventLexicon, Pattern

# dependents that are never a frame word: the subject, clause modifiers, punctuation
_NOT_FRAME = frozenset(
    {"nsubj", "csubj", "punct", "cc", "conj", "advcl", "mark", "aux", "auxpass", "relcl", "det"}
)
# a frame word may sit one level further down, below these dependents
_THROUGH = frozenset({"prep", "xcomp", "dobj", "compound", "amod", "pobj", "acomp", "prt", "attr"})
_POS = {
    "verb": frozenset({"VERB"}),
    "noun": frozenset({"NOUN", "PROPN"}),
    "adj": frozenset({"ADJ", "VERB"}),
}


@dataclass(frozen=True)
class Match:
    """One trigger found in a sentence: the token, the pattern and the frame word it used."""

    trigger: Any  # spaCy Token; stays inside the events stage
    pattern: Pattern
    frame: Any | None = None


def _word(token: Any) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _dependents(token: Any, parts: frozenset[str]) -> list[Any]:
    found = []
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "liabilities executed through": the object
        found.append(token.head)
    for child in token.children:
        if child.dep_ in _NOT_FRAME:
            continue
        found.append(child)
        if child.dep_ not in _THROUGH:
            continue
        for grandchild in child.children:
            if grandchild.dep_ in _NOT_FRAME:
                continue
            found.append(grandchild)
            if grandchild.dep_ == "prep":  # "700 kg of medicine", "tons of food aid"
                objects = [c for c in grandchild.children if c.dep_ == "pobj"]
                found.extend(objects)
                if child.lemma_.lower() in parts:  # "part of a military aid program"
                    found.extend(c for o in objects for c in o.children if c.dep_ == "compound")
    return found


def _names_a_kind(token: Any, event_heads: frozenset[str]) -> bool:
    """Whether a noun only says what kind of thing its head is ("riot police", "attack dog"),
    not an event its head carries out ("strike action", class ``match.event_head``)."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.lemma_.lower() not in event_heads
    )


def _bare_passive_clause(token: Any) -> bool:
    """Whether ``token`` heads a fronted passive participle clause with no agent: "Asked about
    the talks, the minister said"; the one acted on is the main clause's subject, the doer
    unnamed ("Backed by France, the rebels ..." names its doer and stays)."""
    return (
        token.tag_ == "VBN"
        and token.dep_ == "advcl"
        and token.i < token.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in token.children)
    )


_DOERS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})  # an #ORG doer vetoes nothing


def _describes(token: Any) -> bool:
    """Whether ``token`` is a participle describing a noun ('Dallas-based', 'armed')."""
    return token.dep_ == "amod" and token.tag_ == "VBN"


def _named_place(token: Any, places: frozenset[int]) -> bool:
    """Whether ``token`` is a named place as the verb's object ('captured Mosul'): the model
    tags it a place, or the places stage geocoded it ('captured Goma', tagged a person)."""
    return token.dep_ == "dobj" and (token.ent_type_ in ("GPE", "LOC", "FAC") or token.i in places)


def _has(words: frozenset[str], token: Any) -> bool:
    lemma, lower = _word(token)
    return lemma in words or lower in words


def _fits(
    pattern: Pattern, token: Any, dependents: list[Any], places: frozenset[int] = frozenset()
) -> tuple[bool, Any | None]:
    if pattern.unless and any(_has(pattern.unless, d) for d in dependents):
        return False, None
    if pattern.unless and any(
        f"#{d.ent_type_}" in pattern.unless
        for d in dependents
        if d.dep_ not in _DOERS and d.i not in places  # "the town of Qusair", tagged ORG
    ):
        return False, None  # "#ORG": "took control of Getty Corp" is a takeover
    if pattern.unless and any(f"@{c.dep_}" in pattern.unless for c in token.children):
        return False, None  # "@ccomp": "conceded that they cannot win" concedes nothing
    if (
        pattern.unless
        and token.head.i != token.i
        and any(f"^{w}" in pattern.unless for w in _word(token.head))
    ):
        return False, None  # "^stimulate": "stimulate demand" makes no demand
    frame = None
    if pattern.frame:
        # a preposition is no frame word: "according to a statement" holds no "accord"
        # nor is a participle describing the object: "took over Dallas-based Acme" holds no base
        frame = next(
            (
                d
                for d in dependents
                if d.dep_ != "prep" and not _describes(d) and _has(pattern.frame, d)
            ),
            None,
        )
        # "@dobj" asks for any dependent in that role, "@place" for a named place as the object
        # ("captured Mosul"); the dependent stays free to be an actor
        if frame is None and not any(
            f"@{d.dep_}" in pattern.frame or ("@place" in pattern.frame and _named_place(d, places))
            for d in dependents
        ):
            return False, None
    if pattern.preps:
        hosts = [token] if frame is None else [token, frame, frame.head]
        preps = [c for host in hosts for c in host.children if c.dep_ in ("prep", "prt", "agent")]
        if not any(_has(pattern.preps, p) for p in preps):
            return False, None
    if pattern.under and not any(_has(pattern.under, a) for a in token.ancestors):
        return False, None
    return True, frame


def _match_token(
    token: Any, lexicon: EventLexicon, places: frozenset[int] = frozenset()
) -> Match | None:
    lemma, lower = _word(token)
    candidates = lexicon.patterns.get(lemma) or lexicon.patterns.get(lower) or ()
    if not candidates:
        return None
    dependents = _dependents(token, lexicon.words["match.part"])
    for pattern in candidates:  # most demanding first
        if token.pos_ not in _POS[pattern.pos]:
            continue
        if pattern.pos == "adj" and not any(c.dep_ == "xcomp" for c in token.children):
            continue  # "ready to send troops", not "a ready supply"
        if pattern.pos == "verb" and token.dep_ == "amod":
            continue  # "a failed coup", "the disputed shrine": a participle describing a noun
        if pattern.pos == "verb" and _bare_passive_clause(token):
            continue  # "Asked about the talks, Kenya's minister said": reporters asked him
        if pattern.pos == "noun" and _names_a_kind(token, lexicon.words["match.event_head"]):
            continue  # "riot police", "attack helicopter": a kind of thing, no event
        fits, frame = _fits(pattern, token, dependents, places)
        if fits:
            return Match(token, pattern, frame)
    return None


def is_event_noun(token: Any, lexicon: EventLexicon) -> bool:
    """Whether a noun is a nominal event as it is used: "joint patrols" are an exercise, "an
    army patrol" is a unit that acts, since the pattern for "patrol" asks for "joint"."""
    if token.pos_ != "NOUN":
        return False
    found = _match_token(token, lexicon)
    return found is not None and found.pattern.pos == "noun"


def find_triggers(
    sentence: Any, lexicon: EventLexicon, *, places: frozenset[int] = frozenset()
) -> list[Match]:
    """Return the event triggers of one sentence (a spaCy Span), in text order; ``places`` are
    the indices of tokens the places stage geocoded."""
    matches: list[Match] = []
    used: set[int] = set()
    # verbs first: their frame nouns ("held talks") are then not coded a second time
    # and a compound noun after its head: "arrest warrant" is one event, the warrant's
    ordered = sorted(
        sentence, key=lambda t: (t.pos_ not in ("VERB", "ADJ"), t.dep_ == "compound", t.i)
    )
    for token in ordered:
        if token.i in used:
            continue
        found = _match_token(token, lexicon, places)
        if found is None:
            continue
        matches.append(found)
        used.add(token.i)
        if found.frame is not None:
            used.add(found.frame.i)
    return sorted(_lowest(matches), key=lambda m: m.trigger.i)


def _lowest(matches: list[Match]) -> list[Match]:
    """Drop a trigger whose frame word is another trigger's, of the same kind, below it: in "has
    to hold talks" the talks are held, and "has ... talks" is not a second reading."""
    by_token = {m.trigger.i: m for m in matches}
    kept = []
    for match in matches:
        frame = match.frame
        below = by_token.get(frame.head.i) if frame is not None else None
        if (
            below is not None
            and below is not match
            and below.frame is not None
            and below.frame.i == frame.i
            and below.pattern.cameo[:2] == match.pattern.cameo[:2]
        ):
            continue
        kept.append(match)
    return kept
