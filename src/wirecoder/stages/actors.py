"""The actors stage: who each person and organisation is, and which country and sector they act for.

After the entities stage has grouped the named mentions, this stage

1. resolves references that are not names (capital metonyms, role nouns, pronoun subjects of
   reporting verbs; see :mod:`wirecoder.stages.actor_refs`);
2. reads each person's title and affiliation (:mod:`wirecoder.stages.actor_titles`);
3. codes every actor (PERSON, ORG, GPE, NORP) with a country (ISO alpha-3, or IGO/NGO), a
   CAMEO/PLOVER sector and a CAMEO actor code such as ``USAGOV``, naming in ``country_rule`` and
   ``sector_rule`` the rule or lexicon row that decided each. An actor whose country cannot be
   told gets ``country: null`` and a ``reason``, not a guess.

Two helpers are public for the stages that come after: :func:`entity_at` (the entity mentioned
at a character offset) and :func:`actor_for_span` (an event actor for any stretch of text, coded
from its entity or, for common nouns like "Afghan troops", from the sector cue table).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from typing import Any

from wirecoder.config import Settings
from wirecoder.lexicon import NameEntry, name_index, name_key
from wirecoder.lexicon.actors import (
    UserActor,
    actor_cues,
    longest_phrase,
    people,
    sector_cues,
    titles,
    user_actors,
    words_of,
)
from wirecoder.model import ActorRef, Document, Entity
from wirecoder.stages.actor_refs import (
    Actor,
    Mentions,
    resolve_metonyms,
    resolve_nominals,
    resolve_pronouns,
)
from wirecoder.stages.actor_titles import TitleFinder

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# sectors of the state: an actor of these with no country of its own acts for the article's country
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "LEG", "SPY", "OPP", "PTY"})
_INTERNATIONAL = frozenset({"IGO", "NGO", "MNC"})


class Actors:
    """Resolve, describe and code the actors of one article."""

    name = "actors.v1"
    requires = ("parsed", "entities")
    produces = ("entities",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        user_actors(self.settings.actor_files)  # a bad actors file stops the run here, with why

    def __call__(self, doc: Document) -> Document:
        """Return the document with its entities resolved, titled and coded."""
        dirs = self.settings.lexicon_dirs
        index = name_index(dirs)
        cues = actor_cues(dirs)
        finder = TitleFinder(titles(dirs))
        parsed = doc.parsed
        actors = [Actor(entity=e, mentions=list(e.mentions)) for e in doc.entities]
        for actor in actors:
            entry = index.get(name_key(actor.entity.name))
            if actor.type == "GPE" and entry is not None and entry.kind == "capital":
                actor.capital_of = entry
        actors = resolve_metonyms(parsed, actors, cues, index)
        taken = self._titles(parsed, actors, finder, index, cues)
        resolve_nominals(parsed, actors, finder, taken, cues)
        resolve_pronouns(parsed, actors, cues)
        known = people(dirs)
        context = article_country(
            actors,
            parsed,
            cues["travel_verb"],
            lambda actor: _known_country(actor, known),
            cues["locative_preposition"],
        )
        coder = _Coder(
            actors, index, context, user_actors(self.settings.actor_files), dirs, doc.article.date
        )
        entities = tuple(coder.entity(position) for position in range(len(actors)))
        return doc.with_(entities=entities)

    @staticmethod
    def _titles(
        parsed: Any,
        actors: list[Actor],
        finder: TitleFinder,
        index: dict[str, NameEntry],
        cues: dict[str, dict[str, str]],
    ) -> list[tuple[int, int]]:
        """Read each person's title, affiliation and clause country; return the title spans."""
        mentions = Mentions(actors)
        taken: list[tuple[int, int]] = []
        for number, actor in enumerate(actors):
            if actor.type != "PERSON":
                continue
            for mention in actor.mentions:
                span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                if actor.clause_country is None:
                    actor.clause_country = _clause_country(span.root, actors, mentions, cues)
                found = finder.find(parsed, span.start, span.end)
                if found is None:
                    continue
                taken.append((found.start, found.end))
                if actor.title is None:
                    actor.title, actor.role = found.title, found.role
                    actor.title_rule = found.role.ref if found.role else found.rule
                if actor.affiliation is None and found.affiliation is not None:
                    hit = mentions.at(*found.affiliation, actors=actors)
                    if hit is not None and hit != number:
                        actor.affiliation = hit
                        actor.affiliation_text = actors[hit].entity.name
        return taken


def _token_at(parsed: Any, start: int) -> Any | None:
    """The parse token of the name that starts at ``start``, if there is a parse."""
    if parsed is None:
        return None
    span = parsed.char_span(start, start + 1, alignment_mode="expand")
    return span.root if span is not None else None


def _after(parsed: Any, start: int, words: Any) -> bool:
    """Whether the name at ``start`` is the object of one of ``words`` ("in Paris")."""
    token = _token_at(parsed, start) if words else None
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in words


def _destination(parsed: Any, start: int, travel: Any) -> bool:
    """Whether the name at ``start`` is where a travel verb goes: "visited Kyiv", "arrived in"."""
    token = _token_at(parsed, start) if travel else None
    if token is None:
        return False
    while token.dep_ == "compound":
        token = token.head
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in travel
    if token.dep_ == "pobj" and head.dep_ == "prep":
        return head.head.lemma_.lower() in travel
    return False


def _clause_country(
    token: Any, actors: list[Actor], mentions: Mentions, cues: dict[str, dict[str, str]]
) -> tuple[str, str] | None:
    """'X will lead the Pakistan delegation' / 'the US delegation, headed by X': X's country."""
    verb = None
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent":
        verb = token.head.head
    if verb is None or verb.lemma_.lower() not in cues["leading_verb"]:
        return None
    for noun in verb.children:
        if noun.lemma_.lower() not in cues["led_group"] or noun.i == token.i:
            continue
        for modifier in noun.lefts:
            if modifier.dep_ not in ("compound", "amod", "poss", "nmod"):
                continue
            hit = mentions.at(modifier.idx, modifier.idx + len(modifier.text), actors=actors)
            if hit is not None and actors[hit].entity.country:
                country = actors[hit].entity.country
                if actors[hit].type in ("GPE", "NORP") and country not in _INTERNATIONAL:
                    rule = f"actors.leads_group.v1:{cues['led_group'][noun.lemma_.lower()]}"
                    return country, rule
    return None


def article_country(
    actors: list[Actor],
    parsed: Any = None,
    travel: Any = frozenset(),
    known: Callable[[Actor], str | None] | None = None,
    locative: Any = frozenset(),
) -> tuple[str, str] | None:
    """The country the article is mostly about: the most mentioned one (first on a tie), not
    counting where a visitor went ("General X visited Kyiv" says nothing of X's country).

    With ``known``, a well-known officeholder's mentions count for their country too: a story
    about Reagan and "the Iran arms scandal" is about the United States. A capital where
    something happens ("meetings in Paris", after a ``locative`` preposition) counts half.
    """
    counts: Counter[str] = Counter()  # weighted mentions
    first: dict[str, int] = {}
    for actor in actors:
        if actor.type == "PERSON" and known is not None:
            country = known(actor)
        elif actor.type not in ("GPE", "NORP"):
            continue
        else:
            country = actor.capital_of.country if actor.capital_of else actor.entity.country
        if not country or country in _INTERNATIONAL:
            continue
        mentions = [m for m in actor.mentions if not _destination(parsed, m.start, travel)]
        if not mentions:
            continue
        counts[country] += sum(
            0.5 if actor.capital_of and _after(parsed, m.start, locative) else 1.0 for m in mentions
        )
        first[country] = min(first.get(country, 10**12), mentions[0].start)
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    return best, f"actors.article_country.v1:{best}"


def _known_country(actor: Actor, known: Any) -> str | None:
    """The country of a person the people table knows by full name or alias."""
    names = [m.text for m in actor.mentions if m.kind in ("name", "alias")]
    person = known.find(names or [actor.entity.name], titled=False)
    return person.country if person is not None else None


def actor_code(country: str | None, sector: str | None) -> str | None:
    """Return the CAMEO actor code for a country and sector: USA + GOV -> USAGOV, IGO -> IGO."""
    if sector and sector == country:
        sector = None
    code = f"{country or ''}{sector or ''}"
    return code or None


class _Coder:
    """Decide each actor's country and sector, with the evidence."""

    def __init__(
        self,
        actors: list[Actor],
        index: dict[str, NameEntry],
        context: tuple[str, str] | None,
        users: tuple[UserActor, ...],
        dirs: tuple[str, ...],
        date: str | None = None,
    ) -> None:
        self.actors = actors
        self.date = date  # the publication date: an organisation's sector can change with time
        self.index = index
        self.context = context
        self.cues = sector_cues(dirs)
        self.people = people(dirs)
        self.users = {name_key(n): u for u in users for n in (u.name, *u.aliases)}
        self.done: dict[int, Entity] = {}

    def entity(self, position: int) -> Entity:
        """Return the finished entity for the actor at ``position``, numbered from e1."""
        return dataclasses.replace(self._code(position), id=f"e{position + 1}")

    def _code(self, position: int) -> Entity:
        if position in self.done:
            return self.done[position]
        actor = self.actors[position]
        self.done[position] = actor.entity  # a guard against affiliation cycles
        base = dataclasses.replace(
            actor.entity,
            mentions=tuple(actor.mentions),
            title=actor.title or actor.entity.title,
            affiliation=actor.affiliation_text or actor.entity.affiliation,
        )
        user = next(
            (
                self.users[name_key(m.text)]
                for m in actor.mentions
                if name_key(m.text) in self.users
            ),
            None,
        )
        if user is not None:
            coded = dataclasses.replace(
                base,
                country=user.country,
                sector=user.sector,
                title=base.title or user.title,
                country_rule=user.ref,
                sector_rule=user.ref,
                reason=None if user.country else "the user's actors file gives no country",
            )
        elif actor.type == "PERSON":
            coded = self._person(actor, base)
        elif actor.type == "ORG":
            coded = self._org(actor, base)
        elif actor.type in ("GPE", "NORP"):
            coded = self._place(actor, base)
        else:
            coded = base
        if coded.type in ACTOR_TYPES:
            coded = dataclasses.replace(coded, code=actor_code(coded.country, coded.sector))
        self.done[position] = coded
        return coded

    def _place(self, actor: Actor, base: Entity) -> Entity:
        country = actor.capital_of.country if actor.capital_of else base.country
        rule = actor.capital_of.ref if actor.capital_of else base.rule
        if country:
            return dataclasses.replace(base, country=country, country_rule=rule)
        return dataclasses.replace(
            base, reason=f"{base.name!r} is not in the country table (countries.tsv)"
        )

    def _org(self, actor: Actor, base: Entity) -> Entity:
        entry = self.index.get(name_key(base.name))
        if entry is not None and entry.type == "ORG":
            sector, until = entry.sector_on(self.date)
            sector_rule = f"{entry.ref} (until {until})" if until else entry.ref
            return dataclasses.replace(
                base,
                country=entry.country,
                sector=sector,
                country_rule=entry.ref,
                sector_rule=sector_rule if sector else None,
                reason=None
                if entry.country
                else f"the organisation table ({entry.ref}) gives it no single country",
            )
        names = [m.text for m in actor.mentions if m.kind in ("name", "alias", "acronym")]
        cue = None
        for text in names or [base.name]:
            cue = cue or longest_phrase(words_of(text), self.cues)
        sector = cue.sector if cue else None
        country, country_rule = self._country_in(names or [base.name])
        if country is None:
            country, country_rule = self._country_before(actor)
        national = cue is not None and cue.national and sector in STATE_SECTORS
        if country is None and national and self.context is not None:
            country, country_rule = self.context
        reason = None
        if country is None:
            reason = (
                "no organisation table entry, country word or country context names its country"
            )
        return dataclasses.replace(
            base,
            country=country,
            sector=sector,
            country_rule=country_rule,
            sector_rule=cue.ref if cue else None,
            reason=reason,
        )

    def _country_in(self, names: list[str]) -> tuple[str | None, str | None]:
        """A country, demonym or capital written inside an organisation's name."""
        for text in names:
            words = text.replace("’s", "").replace("'s", "").split()
            for size in (3, 2, 1):
                for start in range(len(words) - size + 1):
                    entry = self.index.get(name_key(" ".join(words[start : start + size])))
                    if entry is not None and entry.type in ("GPE", "NORP") and entry.country:
                        return entry.country, f"actors.country_in_name.v1 {entry.ref}"
        return None, None

    def _country_before(self, actor: Actor) -> tuple[str | None, str | None]:
        """'Pakistan's Foreign Office', 'the Kenyan police': a country named just before."""
        for mention in actor.mentions:
            for other in self.actors:
                if other is actor or other.type not in ("GPE", "NORP"):
                    continue
                country = other.capital_of.country if other.capital_of else other.entity.country
                if not country or country in _INTERNATIONAL:
                    continue
                for m in other.mentions:
                    gap = mention.start - m.end
                    if 0 <= gap <= 3 and m.kind != "pronoun":
                        return country, f"actors.country_modifier.v1 {other.entity.rule}"
        return None, None

    def _person(self, actor: Actor, base: Entity) -> Entity:
        role = actor.role
        sector = role.sector if role else None
        sector_rule = role.ref if role and role.sector else None
        country = country_rule = None
        if actor.affiliation is not None:
            affiliated = self._code(actor.affiliation)
            if affiliated.country:
                country = affiliated.country
                country_rule = f"actors.affiliation.v1 {affiliated.country_rule or ''}".strip()
            if sector is None and affiliated.sector:
                sector = affiliated.sector
                sector_rule = f"actors.affiliation.v1 {affiliated.sector_rule or ''}".strip()
        if country is None and actor.clause_country is not None:
            country, country_rule = actor.clause_country
        if country is None:  # a known officeholder: "Putin offered", "President Bush said"
            names = [m.text for m in actor.mentions if m.kind in ("name", "alias")]
            known = self.people.find(names or [base.name], titled=actor.title is not None)
            if known is not None:
                country, country_rule = known.country, known.ref
                if sector is None and known.sector:
                    sector, sector_rule = known.sector, known.ref
        if country is None and sector in STATE_SECTORS and self.context is not None:
            country, country_rule = self.context
        reason = None
        if country is None:
            reason = (
                "no title, affiliation or demonym ties this person to a country"
                if sector is None
                else f"the role ({role.phrase}) names no country and the article has none"
            )
        return dataclasses.replace(
            base,
            country=country,
            sector=sector,
            country_rule=country_rule,
            sector_rule=sector_rule,
            reason=reason,
        )


# --- helpers for the stages after this one ------------------------------------------------------


def entity_at(
    entities: tuple[Entity, ...] | list[Entity], start: int, end: int | None = None
) -> Entity | None:
    """Return the entity with a mention covering offset ``start`` (or overlapping [start, end))."""
    end = start + 1 if end is None else end
    best: tuple[int, Entity] | None = None
    for entity in entities:
        for m in entity.mentions:
            if m.start < end and start < m.end and (best is None or m.end - m.start < best[0]):
                best = (m.end - m.start, entity)
    return best[1] if best else None


def actor_for_span(
    doc: Document, start: int, end: int, *, settings: Settings | None = None
) -> ActorRef | None:
    """Return the event actor written at [start, end): its entity's codes, or a coded noun phrase.

    "the Foreign Office" gives its entity; "Afghan troops" or "a court in Pakistan" give no
    entity but a country (from a country or demonym mention inside the span, else the article's
    country) and the sector of the sector cue ("troops" MIL, "court" JUD). None when neither
    applies.
    """
    text = doc.article.text[start:end]
    entity = entity_at(doc.entities, start, end)
    if entity is not None and entity.type in ACTOR_TYPES and not _wider(entity, start, end):
        return ActorRef(
            text=text,
            entity=entity.id,
            country=entity.country,
            sector=entity.sector,
            code=entity.code,
            start=start,
            end=end,
        )
    dirs = (settings or Settings()).lexicon_dirs
    cue = longest_phrase(words_of(text), sector_cues(dirs))
    if cue is None:
        return None
    country = None
    for other in doc.entities:
        usable = other.type in ("GPE", "NORP") and other.country not in (None, *_INTERNATIONAL)
        if usable and any(start <= m.start and m.end <= end for m in other.mentions):
            country = other.country
            break
    if country is None and cue.national:
        counts = Counter(
            e.country
            for e in doc.entities
            if e.type in ("GPE", "NORP") and e.country and e.country not in _INTERNATIONAL
            for _ in e.mentions
        )
        country = counts.most_common(1)[0][0] if counts else None
    return ActorRef(
        text=text,
        entity=None,
        country=country,
        sector=cue.sector,
        code=actor_code(country, cue.sector),
        start=start,
        end=end,
    )


def _wider(entity: Entity, start: int, end: int) -> bool:
    """True when the span only contains a country word as a modifier ("Afghan troops")."""
    if entity.type not in ("GPE", "NORP"):
        return False
    return not any(m.start <= start and end <= m.end for m in entity.mentions)
