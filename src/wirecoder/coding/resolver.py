"""Actors for the roles an event's trigger has: a phrase head resolved to an ActorRef.

A phrase names an actor when it holds an entity, a country or an actor noun ("police"), or is a
proper name or personal pronoun. Its country comes from the entity the head names, else a country
named inside the phrase, else the lexicon's country and demonym names; pronouns in reported speech
are the reporter's, "we" and "our" in a quotation the speaker's, and a geocoded town its country's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from wirecoder.coding.knowledge import EventLexicon
from wirecoder.coding.match import is_event_noun
from wirecoder.coding.roles import clause_subject, coordinated, phrase
from wirecoder.lexicon import NameEntry, name_key
from wirecoder.model import ActorRef, Entity, Place, Quote
from wirecoder.stages.actors import actor_code

_SUBJ = ("nsubj", "csubj")
_COUNTRYLIKE = frozenset({"GPE", "NORP"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "it"})
_POSSESSIVE = frozenset({"its", "their", "our", "his", "her"})
_FIRST_PERSON = frozenset({"we", "us", "i", "me"})
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # bodies of a state
_NOT_ACTOR = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


class ActorResolver:
    """Resolve phrase heads to ActorRefs against one article's entities and the name lexicon."""

    def __init__(
        self,
        entities: tuple[Entity, ...],
        index: dict[str, NameEntry],
        lexicon: EventLexicon,
        places: tuple[Place, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> None:
        self.index = index
        self.lexicon = lexicon
        by_id = {e.id: e for e in entities}
        # direct words and their speaker: "we" and "our" inside them are the speaker's
        self.quoted = [
            (q.start, q.end, by_id[q.speaker.entity])
            for q in quotes
            if q.kind != "indirect" and q.speaker is not None and q.speaker.entity in by_id
        ]
        self.places = [(p.start, p.end, p.country) for p in places if p.country and not p.metonym]
        self.mentions: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0]
        )

    def partner(self, head: Any, first: ActorRef | None) -> ActorRef | None:
        """The second side a phrase names with two national words: "Indian and Chinese
        ministers" are Indian and Chinese ministers. ``first`` is what the phrase itself
        resolved to; None without such a pair."""
        head = _counted(head, self.lexicon.words["resolver.partitive"])
        if first is None or first.country is None:
            return None
        for modifier in head.children:
            if modifier.dep_ not in ("amod", "compound"):
                continue
            for other in modifier.children:
                if other.dep_ != "conj":
                    continue
                entry = self._lexicon_country(other.text)
                if entry is None or not entry.country or entry.country == first.country:
                    continue
                sector = first.sector
                return ActorRef(
                    text=other.text,
                    country=entry.country,
                    sector=sector,
                    code=actor_code(entry.country, sector),
                    start=other.idx,
                    end=other.idx + len(other.text),
                )
        return None

    def _speaker_of(self, token: Any) -> Entity | None:
        """The speaker of the quotation ``token`` stands in, if one is known."""
        return next((e for start, end, e in self.quoted if start <= token.idx < end), None)

    def _entity_at(self, token: Any) -> tuple[Entity, int, int] | None:
        start, end = token.idx, token.idx + len(token.text)
        for m_start, m_end, entity in self.mentions:
            if m_start <= start and end <= m_end:
                return entity, m_start, m_end
        return None

    def _lexicon_country(self, text: str) -> NameEntry | None:
        key = name_key(text)
        entry = self.index.get(key)
        if entry is None and key.endswith("s"):  # "Kenyans", "Serbs"
            entry = self.index.get(key[:-1])
        if entry is not None and entry.country and entry.type in ("GPE", "NORP", "ORG"):
            return entry
        return None

    def country_of(self, entity: Entity, surface: str) -> str | None:
        """The country an entity acts for: its own code, else the lexicon's for its names."""
        if entity.country:
            return entity.country
        if entity.type in _COUNTRYLIKE or entity.type == "ORG":
            for text in (surface, entity.name):
                entry = self._lexicon_country(text)
                if entry is not None:
                    return entry.country
        return None

    def countries_in(
        self, sentence: Any, *, skip_incidental: bool = False, skip: set[int] | None = None
    ) -> set[str]:
        """The countries a sentence names, through its entities and the name lexicon; with
        ``skip_incidental``, not those that only say where a thing is ("the Chernobyl disaster
        in the Soviet Union")."""
        found = set()
        for start, end, entity in self.mentions:
            if sentence.start_char <= start and end <= sentence.end_char:
                if skip_incidental and self._incidental(sentence.doc, start, end):
                    continue
                if skip and start in skip:
                    continue
                if self._minority(sentence.doc.text, start):
                    continue  # "ethnic Albanians": a people living elsewhere, not Albania
                country = self.country_of(entity, sentence.doc.text[start:end])
                if country and country != "IGO":
                    found.add(country)
        return found

    def _minority(self, text: str, start: int) -> bool:
        """Whether a people's name at ``start`` follows a word that makes it a minority living
        elsewhere: "ethnic Albanians" in Macedonia act for Macedonia, not for Albania."""
        before = text[max(0, start - 40) : start].split()
        return bool(before) and before[-1].lower() in self.lexicon.words["resolver.minority"]

    def _incidental(self, doc: Any, start: int, end: int) -> bool:
        """Whether a name only locates a thing that is no actor: "a disaster in the Soviet
        Union", "goods from Japan" (but not "rebels in Kidal, Mali")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        while token.dep_ in ("appos", "conj", "compound") and token.head.i != token.i:
            token = token.head
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return False
        owner = token.head.head
        return owner.pos_ == "NOUN" and owner.lemma_.lower() not in self.lexicon.sectors

    def located(self, target: ActorRef) -> ActorRef:
        """A target that is a thing in one country is that country's: "settlements in Gaza"."""
        if target.country or target.start is None or target.end is None:
            return target
        places = {
            country
            for start, end, country in self.places
            if target.start <= start and end <= target.end
        } - {"IGO"}
        if len(places) != 1:
            return target
        (country,) = places
        return replace(target, country=country, code=actor_code(country, target.sector))

    def home(
        self,
        source: ActorRef,
        sentence: Any,
        target: ActorRef | None = None,
        struck: Any | None = None,
    ) -> ActorRef:
        """A state body with no country ("the army", "police"), in a sentence naming one country
        only, is that country's: "the army attacked rebels in Kidal, Mali". ``struck`` is the
        trigger of an act of force: a country named in what it struck is the victim's, unless
        the target is a group inside it ("jets bombed Iran's Kharg oil terminal" need not be
        Iran's warplanes)."""
        if source.country or source.entity or source.sector not in _STATE:
            return source
        skip: set[int] = set()
        if struck is not None and (target is None or target.sector in (None, *_STATE)):
            # the verbs that share the subject: "hit the jetty at Iran's terminal and struck"
            verbs = coordinated(struck)
            objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "prep")]
            skip = {t.idx for c in objects for t in c.subtree}
        named = self.countries_in(sentence, skip_incidental=True, skip=skip)
        if len(named) != 1:
            return source
        (country,) = named
        return replace(source, country=country, code=actor_code(country, source.sector))

    def domestic(self, target: ActorRef, source: ActorRef | None, sentence: Any) -> ActorRef:
        """A target with no country, in a sentence naming only the source's country, is of it."""
        target = self.located(target)
        if target.country or target.entity or source is None or source.country in (None, "IGO"):
            return target  # a named entity keeps the actors stage's reading, even an empty one
        if target.text.lower() in _PERSONAL or self.countries_in(sentence) != {source.country}:
            return target
        if target.start is not None and any(  # "Ecuadorean officials": a nation, if unknown
            target.start <= start
            and end <= (target.end or start)
            and e.type in _COUNTRYLIKE
            and not self._minority(sentence.doc.text, start)  # "ethnic Albanians": of no nation
            for start, end, e in self.mentions
        ):
            return target
        return replace(
            target, country=source.country, code=actor_code(source.country, target.sector)
        )

    def _is_event_noun(self, token: Any) -> bool:
        if token.pos_ != "NOUN":
            return False
        if token.lemma_.lower() in self.lexicon.sectors:  # "an army patrol", not "joint patrols"
            return is_event_noun(token, self.lexicon)
        patterns = self.lexicon.patterns.get(token.lemma_.lower(), ())
        return any(p.pos == "noun" for p in patterns)

    def accepts(self, head: Any) -> bool:
        """Whether a phrase head names an actor (see :meth:`resolve`)."""
        return self.resolve(head) is not None

    def resolve(self, head: Any) -> ActorRef | None:
        """Return the actor a phrase head refers to, or None when the phrase names no actor.

        A phrase names an actor when it holds an entity, a country or an actor noun ("police"),
        or is a proper name or personal pronoun; an unknown actor keeps its text and no code.
        """
        head = _counted(head, self.lexicon.words["resolver.partitive"])
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if (
            owner is not None
            and head.pos_ == "NOUN"
            and head.lemma_.lower() not in self.lexicon.sectors
            and self._entity_at(head) is None
            and not self._is_event_noun(head)  # "Israel's attack killed dozens" is one event
        ):  # "an attack on the government's policies", "welcomed Reagan's statement"
            found = self.resolve(owner)
            if found is not None:
                return found
        if head.ent_type_ in _NOT_ACTOR or self._is_event_noun(head):
            return None  # "Monday", or "the attack" of "the attack killed dozens": not actors
        if head.lower_ in _FIRST_PERSON and head.pos_ == "PRON":
            speaker = self._speaker_of(head)  # “We will not give up,” the minister said
            if speaker is not None:
                return ActorRef(
                    text=head.text,
                    entity=speaker.id,
                    country=self.country_of(speaker, speaker.name),
                    sector=speaker.sector,
                    code=speaker.code,
                    start=head.idx,
                    end=head.idx + len(head.text),
                )
        if head.lower_ in _POSSESSIVE and head.dep_ == "poss":
            owner_of = clause_subject(head.head)  # "Kenya announced its decision to attack"
            if owner_of is not None:
                found = self.resolve(owner_of)
                if found is not None:
                    return found
        if head.lower_ in _PERSONAL and head.pos_ == "PRON":
            antecedent = _reporter(head)
            if antecedent is not None:
                found = self.resolve(antecedent)
                if found is not None:
                    return found
        tokens = phrase(head, self.lexicon.words)
        doc = head.doc
        own = self._entity_at(head)
        if own is not None:
            entity, start, end = own
            text = doc.text[start:end]
        else:
            entity = None
            first = next((t for t in tokens if t.dep_ != "det"), head)
            start, end = first.idx, tokens[-1].idx + len(tokens[-1].text)
            text = doc.text[start:end]
        country = self.country_of(entity, text) if entity is not None else None
        minority = entity is not None and entity.type == "NORP" and self._minority(doc.text, start)
        if minority:  # "ethnic Albanians in Macedonia": Macedonia's, found below, not Albania's
            entity, country = None, None
        if country is None and entity is not None:
            # "struck Kharkiv": a town the places stage geocoded stands for its country
            country = next((c for a, b, c in self.places if a <= start and end <= b), None)
        sector = entity.sector if entity is not None else None
        code = entity.code if entity is not None else None
        if sector is None and entity is None:  # "opposition groups": the modifier's sector
            # the modifier names the body: "army officers" are MIL, not police (COP)
            sector = next(
                (
                    self.lexicon.sectors[t.lemma_.lower()]
                    for t in head.children
                    if t.dep_ == "compound" and t.lemma_.lower() in self.lexicon.sectors
                ),
                None,
            ) or self.lexicon.sectors.get(head.lemma_.lower())
        if country is None and entity is None:  # "the Hizbollah group": the named body's own
            for token in tokens:
                inner = self._entity_at(token)
                named = inner is not None and inner[0].type in ("ORG", "PERSON")
                if token.dep_ in ("compound", "nmod", "appos") and named and inner[0].country:
                    country = inner[0].country
                    break
        if country is None:  # a country named inside the phrase: "a court in Pakistan"
            actorlike = entity is not None or sector is not None  # its sector: head or compound
            for token in sorted(tokens, key=lambda t: (t.i > head.i, t.i)):  # modifiers first
                if token.i == head.i or (not actorlike and _located(token, head)):
                    continue
                if _supporter(token):
                    continue  # "pro-Iranian": a stance toward Iran, not Iran's own
                if self._minority(doc.text, token.idx):
                    continue  # "ethnic Albanian leaders": of the country they live in
                inner = self._entity_at(token)
                if inner is not None:
                    country = self.country_of(inner[0], doc.text[inner[1] : inner[2]])
                if country is None:
                    entry = self._lexicon_country(token.text)
                    country = entry.country if entry is not None else None
                if country:
                    break
        if country is None and entity is None and head.pos_ == "PROPN" and not minority:
            entry = self._lexicon_country(text)
            country = entry.country if entry is not None else None
        if country is None and entity is None:  # "Ukraine said Russia shelled its positions"
            owner = next((c for c in head.children if c.lower_ in _POSSESSIVE), None)
            said_by = reporter(head.head) if owner is not None else None
            found = self.resolve(said_by) if said_by is not None else None
            country = found.country if found is not None else None
        if country is None and entity is None:  # “This attack on our officers,” the minister said
            owner = next((c for c in head.children if c.lower_ in ("our", "my")), None)
            speaker = self._speaker_of(owner) if owner is not None else None
            country = self.country_of(speaker, speaker.name) if speaker is not None else None
        if sector is None:
            sector = self.lexicon.sectors.get(head.lemma_.lower())
        if code is None and (country or sector):  # "militants" with no country: REB alone
            code = actor_code(country, sector)
        named = head.pos_ == "PROPN" or head.lower_ in _PERSONAL
        named = named or any(
            self._entity_at(t) is not None for t in tokens if t.dep_ in ("compound", "poss")
        )  # "al-Qaeda's network", "the Umma party"
        if entity is None and country is None and sector is None and not named:
            return None
        return ActorRef(
            text=text,
            entity=entity.id if entity is not None else None,
            country=country,
            sector=sector,
            code=code,
            start=start,
            end=end,
        )


def _counted(head: Any, partitive: frozenset[str]) -> Any:
    """The counted actor of a partitive head: "thousands of Nigerians" -> "Nigerians"."""
    for _ in range(3):  # "hundreds of thousands of people"
        if head.lemma_.lower() not in partitive and head.pos_ != "NUM":
            return head
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is None:
            return head
        head = obj
    return head


def _reporter(pronoun: Any) -> Any | None:
    """The subject of the reporting verb a pronoun's clause depends on: "Syria says it ...";
    for "they", the plural the report is addressed to: "told politicians they should ..."."""
    if pronoun.lower_ == "they":
        clause = pronoun.head
        if clause.dep_ == "ccomp":
            told = [c for c in clause.head.children if c.dep_ in ("dobj", "dative")]
            plural = next((c for c in told if c.tag_ in ("NNS", "NNPS")), None)
            if plural is not None:
                return plural
    return reporter(pronoun.head)


def reporter(clause: Any) -> Any | None:
    """The subject of the reporting verb whose complement ``clause`` is, if it names someone."""
    while clause.dep_ in ("xcomp", "conj", "acomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    subj = next((c for c in clause.head.children if c.dep_ in _SUBJ), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _supporter(token: Any) -> bool:
    """Whether a country word is prefixed "pro-"/"anti-": "pro-Iranian", "anti-American"."""
    lower = token.lower_
    if lower.startswith(("pro-", "anti-")):
        return True
    doc = token.doc
    return (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("pro", "anti")
    )


def _located(token: Any, head: Any) -> bool:
    """Whether ``token`` sits in a place phrase ("roads in Algiers") of ``head``."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ("in", "from") and node.head.i == head.i:
            return True
        node = node.head
    return False
