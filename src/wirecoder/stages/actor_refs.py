"""References to actors that are not their names: capitals as metonyms, role nouns, pronouns.

Works on :class:`Actor` records, the actors stage's mutable working copies of entities:

- a capital standing for its government ("Washington's assurance", "relations between Islamabad
  and Kabul") becomes a ``metonym`` mention of the country;
- a role noun ("the spokesperson", "the Foreign Office Spokesperson", "a spokesman for the
  army") becomes a ``nominal`` mention of the last person with that role and a compatible
  affiliation, or, when it speaks, names its affiliation and no such person exists, an actor of
  its own (the speaker a quote needs); other unnamed roles are left to ``actor_for_span``;
- a pronoun subject of a reporting verb ("he said", "it added") becomes a ``pronoun`` mention of
  the last person (for he/she) or organisation (for it) mentioned within a few sentences.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from wirecoder.lexicon import NameEntry
from wirecoder.lexicon.actors import Role
from wirecoder.model import Entity, Mention
from wirecoder.stages.actor_titles import TitleFinder

_NOMINAL_DETS = frozenset({"the", "this", "that", "a", "an"})
_PRONOUN_WINDOW = 3  # sentences back a pronoun may look for its antecedent
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_POSSESSIVE = re.compile(r"^\s*['’]s?\b")


@dataclass
class Actor:
    """A working copy of one entity while the actors stage resolves and codes it."""

    entity: Entity
    mentions: list[Mention]
    title: str | None = None
    role: Role | None = None
    title_rule: str | None = None
    affiliation: int | None = None  # index of the affiliated actor
    affiliation_text: str | None = None
    clause_country: tuple[str, str] | None = None  # (ISO3, rule)
    capital_of: NameEntry | None = None
    rules: dict[str, str] = field(default_factory=dict)

    @property
    def type(self) -> str:
        """The entity's OntoNotes type."""
        return self.entity.type


class Mentions:
    """Find which actor is mentioned at a character offset."""

    def __init__(self, actors: list[Actor]) -> None:
        self.spans = sorted(
            (m.start, m.end, index) for index, actor in enumerate(actors) for m in actor.mentions
        )
        self.starts = [s for s, _, _ in self.spans]

    def at(
        self, start: int, end: int, *, types: tuple[str, ...] = (), actors: Any = None
    ) -> int | None:
        """Return the index of the actor whose mention overlaps [start, end), the shortest first."""
        hits = [
            (e - s, index)
            for s, e, index in self.spans[: bisect.bisect_left(self.starts, end)]
            if s < end and start < e
        ]
        if types and actors is not None:
            hits = [h for h in hits if actors[h[1]].type in types]
        return min(hits)[1] if hits else None


def _first_conjunct(token: Any) -> Any:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def resolve_metonyms(
    parsed: Any, actors: list[Actor], cues: dict[str, dict[str, str]], index: dict[str, NameEntry]
) -> list[Actor]:
    """Move capitals used for their governments onto their country; return the kept actors."""
    metonym_preps = cues["metonym_preposition"]
    for actor in [a for a in actors if a.capital_of is not None]:
        entry = actor.capital_of
        country = next(
            (
                a
                for a in actors
                if a.type == "GPE" and a.capital_of is None and a.entity.country == entry.country
            ),
            None,
        )
        kept = []
        for mention in actor.mentions:
            span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
            rule = _metonym_rule(span.root, metonym_preps) if span is not None else None
            if rule is None:
                kept.append(mention)
                continue
            if country is None:
                country = Actor(
                    entity=Entity(
                        id="",
                        name=entry.canonical,
                        type="GPE",
                        country=entry.country,
                        rule=entry.ref,
                    ),
                    mentions=[],
                )
                actors.append(country)
            country.mentions.append(
                Mention(mention.start, mention.end, mention.text, kind="metonym", rule=rule)
            )
        actor.mentions = kept
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)
    return [a for a in actors if a.mentions]


def _metonym_rule(token: Any, metonym_preps: dict[str, str]) -> str | None:
    token = _first_conjunct(token)
    if token.dep_ == "poss":
        return "actors.capital_metonym.possessor.v1"
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return "actors.capital_metonym.subject.v1"
    if token.dep_ == "pobj" and token.head.lower_ in metonym_preps:
        return metonym_preps[token.head.lower_]
    return None


def _speaks(token: Any, verbs: dict[str, str]) -> bool:
    """'the spokesperson said', 'according to the spokesperson of X': the noun is a speaker."""
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in verbs:
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def resolve_nominals(
    parsed: Any,
    actors: list[Actor],
    finder: TitleFinder,
    taken: list[tuple[int, int]],
    cues: dict[str, dict[str, str]],
) -> None:
    """Link role nouns to the person they refer to, or make an actor of a role with its body."""
    mentions = Mentions(actors)
    for token in parsed:
        if (
            token.lower_ not in finder.heads
            or token.pos_ not in ("NOUN", "PROPN")
            or token.tag_ in _PLURAL_TAGS
            or token.dep_ == "compound"
            or mentions.at(token.idx, token.idx + len(token.text), actors=actors) is not None
            or any(s <= token.idx < e for s, e in taken)
        ):
            continue
        found = finder._from_noun(parsed, token, "actors.nominal.v1")
        if found is None or found.role is None:
            continue
        lefts = [t for t in token.lefts if t.dep_ in ("det", "poss", "compound", "amod", "nmod")]
        start_tok = min((t.left_edge for t in lefts), key=lambda t: t.i, default=token)
        determiner = start_tok.lower_ in _NOMINAL_DETS
        affiliation = None
        title_start = found.start
        for left in parsed[start_tok.i : token.i]:  # "the Foreign Office Spokesperson"
            hit = mentions.at(left.idx, left.idx + len(left.text), actors=actors)
            if hit is not None and actors[hit].type in ("ORG", "GPE", "NORP"):
                affiliation = hit
                title_start = max(title_start, left.idx + len(left.text))
        if affiliation is None and found.affiliation is not None:
            affiliation = mentions.at(*found.affiliation, actors=actors)
        if affiliation is None and not determiner:
            continue
        start = start_tok.idx
        end = token.idx + len(token.text)
        if found.affiliation is not None and found.affiliation[1] > end:
            end = found.affiliation[1]
        text = parsed.text[start:end]
        target = _antecedent(actors, mentions, found.role, affiliation, start)
        if target is not None:
            actors[target].mentions.append(
                Mention(start, end, text, kind="nominal", rule="actors.nominal_antecedent.v1")
            )
            continue
        if affiliation is None:
            continue  # "the minister" with nobody to refer to: left alone, not guessed
        if not _speaks(token, cues["reporting_verb"]):
            continue  # an unnamed role that does not speak is coded on demand (actor_for_span)
        name = text.split(" ", 1)[1] if start_tok.lower_ in _NOMINAL_DETS else text
        actors.append(
            Actor(
                entity=Entity(id="", name=name, type="PERSON", rule="actors.nominal_new.v1"),
                mentions=[Mention(start, end, text, kind="nominal", rule="actors.nominal_new.v1")],
                title=_POSSESSIVE.sub("", parsed.text[title_start : found.end]).strip()
                or found.title,
                role=found.role,
                title_rule=found.role.ref,
                affiliation=affiliation,
                affiliation_text=actors[affiliation].entity.name,
            )
        )
        mentions = Mentions(actors)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def _antecedent(
    actors: list[Actor], mentions: Mentions, role: Role, affiliation: int | None, before: int
) -> int | None:
    head = role.phrase.split()[-1]
    best = None
    for start, _end, index in mentions.spans:
        if start >= before:
            break
        actor = actors[index]
        if actor.type != "PERSON" or actor.role is None:
            continue
        if actor.role.phrase.split()[-1] != head:
            continue
        if affiliation is not None and actor.affiliation != affiliation:
            continue
        best = index
    return best


def resolve_pronouns(parsed: Any, actors: list[Actor], cues: dict[str, dict[str, str]]) -> None:
    """Link he/she/it subjects of reporting verbs to the last compatible actor."""
    verbs = cues["reporting_verb"]
    wanted = {w: ("PERSON",) for w in cues["person_pronoun"]}
    wanted.update({w: ("ORG",) for w in cues["org_pronoun"]})
    sentences = [s.start_char for s in parsed.sents]
    mentions = Mentions(actors)
    added: list[tuple[int, Mention]] = []
    for token in parsed:
        types = wanted.get(token.lower_)
        if types is None or token.dep_ != "nsubj" or token.head.lemma_.lower() not in verbs:
            continue
        here = bisect.bisect_right(sentences, token.idx) - 1
        floor = sentences[max(0, here - _PRONOUN_WINDOW)]
        best = None
        for start, _end, index in mentions.spans:
            if start >= token.idx:
                break
            if start >= floor and actors[index].type in types:
                best = index
        if best is not None:
            rule = f"actors.pronoun_subject.v1:{verbs[token.head.lemma_.lower()]}"
            added.append(
                (best, Mention(token.idx, token.idx + len(token.text), token.text, "pronoun", rule))
            )
    for index, mention in added:
        actors[index].mentions.append(mention)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)
