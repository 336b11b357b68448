"""Who did it and to whom: the source and target phrases of a trigger, resolved to actors.

Roles are found on the dependency parse: the subject (inherited through "agreed to meet" and
coordinated verbs), the agent of a passive ("by a court"), a possessive or national modifier of a
nominal event ("Israel's raid", "Turkish shelling"), the speaker of a report ("a UN report said
the junta failed"), the object, and prepositional objects ("against X", "with X", "between X and
Y"). Each phrase is then resolved to an actor by :mod:`wirecoder.coding.resolver`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wirecoder.lexicon.classes import WordClasses

# the word lists read here (which verbs only watch an event, which suffer it, ...) are the roles.*
# classes of lexicon/data/word_classes.tsv
VERB_SOURCE = ("subj", "agent")
VERB_TARGET = (
    "obj",
    "prep:against",
    "prep:on",
    "prep:upon",
    "prep:with",
    "prep:at",
    "prep:into",
    "prep:to",
    "comp",
)
NOUN_SOURCE = ("poss", "agent", "mod", "subj", "prep:from")  # "the attack from Braks"
NOUN_TARGET = ("prep:of", "prep:against", "prep:on", "prep:with", "prep:to")
_SUBJ = ("nsubj", "csubj")
_INHERIT = frozenset({"xcomp", "conj", "advcl"})  # clauses that share their head's subject
_LIGHT = frozenset({"dobj", "attr", "oprd"})  # "launched an attack": the verb's subject acts
_PHRASE = frozenset(
    {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "appos", "case", "npadvmod"}
)
_PHRASE_PREPS = frozenset({"of", "in", "from", "for"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_OWNERS = frozenset({"its", "their", "his", "her", "our"})  # possessive pronouns
# verbs whose object is not the one who does what follows: "promised Uganda to withdraw"
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})


@dataclass(frozen=True)
class Roles:
    """The head tokens of a trigger's source and target phrases (coordinated heads in order)."""

    sources: tuple[Any, ...]
    targets: tuple[Any, ...]


def infinitive(verb: Any) -> bool:
    """Whether ``verb`` is a to-infinitive ("to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def coordinated(verb: Any) -> list[Any]:
    """The verb, the verbs coordinated under it, and the one it is coordinated with: "were
    hurt and one killed", "hit the jetty and struck a tanker"."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return verbs


def conjuncts(token: Any) -> list[Any]:
    """The token and the heads coordinated with it: "Pakistan and the United States"."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(conjuncts(child))
    return found


def _subject(verb: Any, words: WordClasses) -> Any | None:
    """The subject of a verb, inherited from the verb it is a complement of or coordinated with."""
    inherited = ""
    controlled = False  # reached through an infinitive complement: "forced Uganda to withdraw"
    for _ in range(6):
        if controlled and verb.lemma_.lower() not in _SUBJECT_CONTROL:
            told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
            if told is not None:
                return told  # "Kenya forced Uganda to withdraw": Uganda withdraws
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is None and inherited == "xcomp":  # "All is set to hold talks": raised subject
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        elif subj is None and inherited and any(c.dep_ == "nsubjpass" for c in verb.children):
            return _agent(verb)  # "was attacked by militiamen, killing 20": the agent killed
        if subj is None and not inherited:  # a subject misparsed as "Sweden suspended": npadvmod
            subj = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"), None)
        if subj is not None:
            return subj
        if verb.dep_ == "relcl":  # "troops who attacked": the head noun
            return verb.head
        if verb.dep_ == "acl" and infinitive(verb):
            owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ in _OWNERS:  # "Kenya announced its decision"
                owner = clause_subject(verb.head)
            if owner is not None:
                return owner  # "Iran's decision to attack Iraq": Iran attacks
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in words["roles.document"]:
            inherited, verb = "xcomp", verb.head.head  # "issued a statement demanding": issuer
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "guilty of violating"
            inherited, verb = "xcomp", verb.head.head
            continue
        if verb.dep_ not in _INHERIT and verb.dep_ != "acomp" or verb.head.i == verb.i:
            return None
        inherited = "xcomp" if verb.dep_ in ("xcomp", "acomp") else verb.dep_
        controlled = verb.dep_ == "xcomp"
        verb = verb.head
    return None


def clause_subject(noun: Any) -> Any | None:
    """The subject of the verb a noun phrase belongs to, when the phrase is not that subject."""
    verb = noun
    for _ in range(4):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if subj is None or noun in subj.subtree or subj.lower_ in _OWNERS:
                return None
            return subj
    return None


def _agent(token: Any) -> Any | None:
    for host in (token, *(c for c in token.children if c.dep_ == "acl")):
        for child in host.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _light_verb(noun: Any, words: WordClasses) -> Any | None:
    """The verb a nominal event is the object of: "launched an attack", "engaged in fighting"."""
    head = noun.head
    if noun.dep_ in _LIGHT and head.pos_ in ("VERB", "AUX"):
        return None if head.lemma_.lower() in words["roles.watching"] else head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head  # "engaged in ethnic cleansing", "went on strike"; not "after a protest"
        if head.lower_ == "in" or (head.lower_ == "on" and verb.lemma_ == "go"):
            return verb
        if head.lower_ == "for" and verb.lemma_ in words["roles.gather"]:
            return verb  # "converged on Lagos for a rally"
        if head.lower_ == "under":  # "came under attack": the one attacked is the subject
            return verb
    return None


def _prep_objects(hosts: list[Any], word: str) -> list[Any]:
    found = []
    for host in hosts:
        for child in host.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == word:
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _role(
    name: str, trigger: Any, frame: Any | None, is_noun: bool, words: WordClasses
) -> list[Any]:
    if is_noun and trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head  # "a mediation effort between X and Y": the effort's phrase
    hosts = [trigger] + ([frame] if frame is not None else [])
    hosts += [c for c in trigger.children if c.dep_ == "acl"]  # "a warrant issued against X"
    light = _light_verb(trigger, words) if is_noun else None
    if light is not None and name.startswith("prep:"):
        hosts.append(light)  # "staged rallies against X", "opened investigations against X"
    if name == "subj":
        if is_noun:
            verb = _light_verb(trigger, words)
            subj = _subject(verb, words) if verb is not None else None
            if subj is None and verb is not None:  # "Serb forces were engaged in cleansing"
                subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            passive = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
            if passive is not None and trigger.lemma_.lower() in words["roles.stative"]:
                return [passive]  # "Vietnam is committed to opening up": Vietnam commits
            if passive is not None:
                return []
            subj = _subject(trigger, words)
        if subj is not None and subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl":
            subj = subj.head.head
        return [subj] if subj is not None else []
    if name == "agent":
        agent = _agent(trigger)
        return [agent] if agent is not None else []
    if name == "poss":
        return [c for c in trigger.children if c.dep_ == "poss"]
    if name == "mod":  # "Turkish shelling", "U.S. sanctions"; not "military aid"
        return [
            c
            for c in trigger.children
            if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
        ]
    if name == "speaker":
        for ancestor in trigger.ancestors:
            subj = next((c for c in ancestor.children if c.dep_ in _SUBJ), None)
            if ancestor.pos_ == "VERB" and subj is not None and subj not in trigger.subtree:
                return [subj]
        return []
    if name == "obj":
        if not is_noun and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
            return [trigger.head]  # "soldiers killed by militants": the soldiers were killed
        passive = [c for c in trigger.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
        return [
            c for c in trigger.children if c.dep_ == "dobj" and (frame is None or c.i != frame.i)
        ]
    if name == "comp":  # "demanded that Hamas renounce ...": the complement's subject
        for child in trigger.children:
            if child.dep_ in ("ccomp", "xcomp"):
                return [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
        return []
    if name == "iobj":
        return [c for c in trigger.children if c.dep_ in ("dative", "iobj")]
    if name == "between":
        return _prep_objects(hosts, "between")
    if name.startswith("prep:"):
        return _prep_objects(hosts, name.removeprefix("prep:"))
    return []


def find_roles(
    trigger: Any,
    frame: Any | None,
    pattern: Any,
    accept: Callable[[Any], bool],
    words: WordClasses,
) -> Roles:
    """Return the source and target heads of one matched trigger that ``accept`` takes as actors."""
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    source_roles = pattern.source or (NOUN_SOURCE if is_noun else VERB_SOURCE)
    if pattern.target:
        target_roles = pattern.target
    elif pattern.symmetric:  # "talks on security" is a topic; the other side is "with" them
        target_roles = ("prep:with",) if is_noun else ("obj", "prep:with")
    else:
        target_roles = NOUN_TARGET if is_noun else VERB_TARGET
    if is_noun and not pattern.symmetric and _undergone(trigger, words):
        # "Turkey faces threats", "the minister came under attack": the subject is the target
        source_roles = tuple(r for r in source_roles if r != "subj") + ("prep:from",)
        target_roles = ("subj", *target_roles)
    sources: list[Any] = []
    for name in source_roles:
        sources = [t for t in _role(name, trigger, frame, is_noun, words) if accept(t)]
        if sources:
            break
    targets: list[Any] = []
    for name in target_roles:
        found = _role(name, trigger, frame, is_noun, words)
        targets = [t for t in found if t not in sources and accept(t)]
        if targets:
            break
    own = {t.i for t in sources}
    if not targets and frame is not None and frame.i not in own and frame.pos_ == "NOUN":
        targets = [frame] if accept(frame) else []  # "summoned Niger's ambassador"
    if not targets and not pattern.symmetric and not pattern.target:
        targets = [t for t in _places(trigger, frame) if t not in sources and accept(t)][:1]
    if not targets and not pattern.symmetric:  # "threatened to ban opposition candidates"
        taken = {t.i for s in sources for t in s.subtree}
        light = _light_verb(trigger, words) if is_noun else None
        below = _named_below(trigger, frame, words)
        below += _named_below(light, None, words) if light else []
        targets = [t for t in below if t.i not in taken and accept(t)][:1]
    if pattern.symmetric:
        between = [t for t in _role("between", trigger, frame, is_noun, words) if accept(t)]
        pair = conjuncts(between[0]) if between else []
        if len(pair) >= 2 and (not sources or sources[0].pos_ == "PRON"):
            return Roles((pair[0],), tuple(pair[1:]))
        if sources and not targets:
            joined = conjuncts(sources[0])
            if len(joined) >= 2:
                return Roles((joined[0],), tuple(joined[1:]))
            if pair:
                return Roles(tuple(sources[:1]), tuple(pair))
    return Roles(
        tuple(conjuncts(sources[0])) if sources else (),
        tuple(conjuncts(targets[0])) if targets else (),
    )


def _undergone(trigger: Any, words: WordClasses) -> bool:
    """Whether a nominal event is what its verb's subject undergoes ("came under fire")."""
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in words["roles.undergo"]:
        return True
    return trigger.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX")


# where a last-resort target may sit below a trigger: its objects, complements and their phrases
_BELOW = frozenset({"dobj", "xcomp", "ccomp", "prep", "pobj", "dative", "advcl", "acl", "conj"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _named_below(trigger: Any, frame: Any | None, words: WordClasses, depth: int = 6) -> list[Any]:
    """Heads of named phrases in the trigger's objects and complements, nearest first.

    The last resort for a target when no role names one: "threatened to ban Ugandan opposition
    candidates", "demanded an admission by Moscow", "rejected calls by Belarus's rulers".
    """
    found: list[Any] = []
    level = [trigger] + ([frame] if frame is not None else [])
    seen = {t.i for t in level}
    for _ in range(depth):
        below = []
        for token in level:
            for child in token.children:
                # the subject of a condition or complement: "if X goes ahead", "demand that X go"
                conditional = child.dep_ == "nsubj" and token.dep_ in ("advcl", "ccomp", "acl")
                if child.i in seen or (child.dep_ not in _BELOW and not conditional):
                    continue
                seen.add(child.i)
                below.append(child)
                if child.pos_ in ("NOUN", "PROPN") and any(
                    t.ent_type_ in _NAMED for t in phrase(child, words)
                ):
                    found.append(child)
        level = below
    return found


def _places(trigger: Any, frame: Any | None) -> list[Any]:
    """Where a one-sided act is done, as its last-resort target: "lifted a curfew in Gaza"."""
    hosts = [trigger] + ([frame] if frame is not None else [])
    found = []
    for host in hosts:
        for child in host.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "into", "from"):
                found.extend(
                    c
                    for c in child.children
                    if c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "NOUN")
                )
    return found


def phrase(head: Any, words: WordClasses) -> list[Any]:
    """The tokens of the noun phrase headed by ``head``: modifiers and "of"/"in" phrases."""
    affiliated = words["roles.affiliated"]
    tokens = [head]
    stack = [(head, 0)]
    while stack:
        token, depth = stack.pop()
        if depth > 3:
            continue
        for child in token.children:
            keep = child.dep_ in _PHRASE or (child.dep_ == "prep" and child.lower_ in _PHRASE_PREPS)
            keep = keep or (  # "forces loyal to the president", "militants linked to al-Qaeda"
                child.dep_ == "prep" and child.lower_ == "to" and token.lemma_ in affiliated
            )
            keep = keep or (child.dep_ == "pobj" and token.dep_ == "prep")
            keep = keep or (child.dep_ == "conj" and token.i != head.i and token.dep_ == "amod")
            if keep:
                tokens.append(child)
                stack.append((child, depth + 1))
    return sorted(tokens, key=lambda t: t.i)
