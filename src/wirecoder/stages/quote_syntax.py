"""Attributions read from the dependency parse: a cue, its speaker and the content it reports.

Works on one spaCy ``Doc`` and returns plain records with character offsets. A cue verb's speaker
is its subject (the agent of a passive, the noun a relative clause hangs on, or the subject of the
verb it depends on: "..., Trump said, adding ..."); its content is the complement its frames
allow: a clause ("said that ..."), a to-clause ("vowed to ..."), an object ("denied the report"),
or the clause before it ("..., the source added"). "According to X" reports the clause it
modifies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wirecoder.stages.quote_cues import CueLexicon, CueMatch

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_WALK_UP = ("xcomp", "advcl", "conj", "pcomp", "acl", "dep", "parataxis")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_WRITTEN = frozenset({"who", "which", "whom"})  # relative pronouns kept as the speaker's words
_EXPLETIVE = frozenset({"it"})
_ANONYMITY = re.compile(r"not\s+to\s+be\s+(?:named|identified|quoted)\b", re.IGNORECASE)
# what may follow a cue whose words come after it: a colon or an opening quotation mark
OPENERS = frozenset({":", "“", '"', "‘", "«"})
_EDGE_PUNCT = frozenset(",;:—–-()[]")
_MARKS = frozenset({"that", "whether", "if"})
_VERBS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class Found:
    """One attribution as offsets: content, cue and speaker, and the rule that found it."""

    start: int
    end: int
    rule: str
    cue: tuple[int, int] | None = None
    cue_head: int | None = None  # token index of the cue, to tell attributions apart
    speaker: tuple[int, int] | None = None
    speaker_head: tuple[int, int] | None = None  # the speaker's head word, for entity lookup
    carry: bool = False  # speakerless: take the speaker of the attribution before
    cue_ref: str | None = None
    joined: bool = False  # direct parts joined across their attribution ("“A,” she said. “B.”")
    speech: bool = True  # the cue can introduce a quotation; False for a stance ("plans", "shows")


def token_span(tokens: list[Any]) -> tuple[int, int] | None:
    """Return the character span of a run of tokens without edge punctuation or space."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (
        tokens[0].text in _EDGE_PUNCT
        or tokens[0].is_quote
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ in _MARKS)
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].text in _EDGE_PUNCT or tokens[-1].text in ".!?" or tokens[-1].is_quote
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def subject(verb: Any) -> tuple[Any | None, bool]:
    """Return the token heading ``verb``'s speaker and whether it is an expletive "it"."""
    current = verb
    for _ in range(4):
        for child in _nearest_first(current):
            if child.dep_ == "nsubjpass":
                agent = next((c for c in current.children if c.dep_ == "agent"), None)
                pobj = (
                    next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                )
                if pobj is not None:
                    return pobj, False
                return child, child.lower_ in _EXPLETIVE
            if child.dep_ in ("nsubj", "csubj"):
                return child, False
        above = current.head.head
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and above.pos_ in _VERBS:
            current = above  # "after saying", "began by saying": the subject of the verb above
            continue
        if current.dep_ == "acl" and current.head.dep_ == "dobj" and above.pos_ in _VERBS:
            current = above  # "X issued a statement saying": who issued it
            continue
        if current.dep_ in _WALK_UP and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "ccomp" and current.lemma_ == current.head.lemma_:
            current = current.head  # "Roberts said ... but said “...”": the same verb again
            continue
        if current.dep_ == "relcl":  # "officials who said": the noun the clause describes
            return current.head, False
        break
    return None, False


def _nearest_first(verb: Any) -> list[Any]:
    """The children of ``verb``, those on the verb's own line first, then the nearest first.

    A timestamp paragraph the parser joined to the sentence ("5:45 p.m.\n\nX says") must not
    win over the subject standing next to the verb.
    """
    text = verb.doc.text

    def distance(child: Any) -> tuple[bool, int]:
        low, high = sorted((child.idx, verb.idx))
        return "\n" in text[low:high], abs(child.i - verb.i)

    return sorted(verb.children, key=distance)


def antecedent(token: Any) -> Any | None:
    """The noun a relative pronoun stands for ("officials who said": officials), if it is one."""
    clause = token.head
    if token.lower_ in _RELATIVE and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return None


def speaker_tokens(head: Any) -> list[Any]:
    """Return the tokens of the noun phrase headed by ``head`` (its subtree, minus clauses)."""
    return list(head.subtree) if head.pos_ != "VERB" else [head]


def speaker_phrase(
    head: Any, verb: Any, exclude: set[int] | None = None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Return the (phrase, head word) character spans of the speaker ``head`` of cue ``verb``.

    The phrase leaves out the cue's own clause, anything in ``exclude`` (token indices of the
    content) and anything across a paragraph break from the cue (a dateline or a timestamp the
    parser joined to the sentence); a line break that only wraps the sentence is no break. A
    wh- relative pronoun is the speaker as the text writes it ("an architect who said"); its head
    word is the noun it stands for, so the speaker links to that noun's entity. "That" gives way
    to its noun phrase ("a letter that says": a letter).
    """
    text = verb.doc.text
    noun = antecedent(head)
    if noun is not None and head.lower_ in _WRITTEN:  # "who", linked through its noun
        return (head.idx, head.idx + len(head.text)), (noun.idx, noun.idx + len(noun.text))
    if noun is not None:  # "a letter that says": the noun phrase, as PolNeAR writes it
        head = noun
    drop = set(exclude or ())
    if verb in head.subtree:
        drop |= {t.i for t in verb.subtree}
    tokens = []
    for token in speaker_tokens(head):
        low, high = sorted((token.idx, verb.idx))
        if token.i not in drop and not _BREAK.search(text, low, high):
            tokens.append(token)
    if not tokens:
        return None
    kept = {t.i for t in tokens}
    if head.i not in kept:  # the parser's head was cut off: the highest word left heads it
        head = next(t for t in tokens if t.head.i not in kept or t.head.i == t.i)
        tokens = [t for t in tokens if t.i >= head.left_edge.i]
    span = token_span(tokens)
    if span is None:
        return None
    return span, (head.idx, head.idx + len(head.text))


# a line break that ends a paragraph (a blank line, or an indented next line), not one that only
# wraps a sentence ("Amina Odhiambo, chief\neconomist at ...")
_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]|\n(?=\S)(?<=[.:!?]\n)")
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_STOP_AFTER = frozenset({".", "!", "?", ";", ":", "“", '"', "‘"})


def nearby_speaker(verb: Any, lo: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The words naming the speaker when the parse gives the cue no subject.

    "“...,” Leslie Wimes, a Florida organiser, said": the words between the quotation (ending
    at token ``lo``) and the cue; else "“...,” said James Acton, a physicist": the words after it.
    """
    doc = verb.doc
    gap = [t for t in doc[lo : verb.i] if not t.is_space]
    if not any(t.pos_ in _NOMINAL for t in gap):
        gap = []
        for token in doc[verb.i + 1 : verb.i + 25]:
            if token.text in _STOP_AFTER or "\n" in token.text:
                break
            gap.append(token)
        while gap and (gap[0].ent_type_ in ("DATE", "TIME") or gap[0].pos_ in ("ADV", "PUNCT")):
            gap = gap[1:]
        if not gap or gap[0].pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON"):
            return None
    nominal = [t for t in gap if t.pos_ in _NOMINAL]
    if not nominal:
        return None
    span = token_span(gap)
    if span is None or "\n" in doc.text[span[0] : span[1]]:
        return None
    kept = {t.i for t in gap}
    head = next((t for t in nominal if t.head.i not in kept), nominal[0])
    return span, (head.idx, head.idx + len(head.text))


def _complement(match: CueMatch, verb: Any, lexicon: CueLexicon) -> list[Any] | None:
    frames = match.cue.frames
    after = match.last
    kids = list(verb.children)
    clauses = [c for c in kids if c.dep_ == "ccomp"] if frames & {"clause", "quote"} else []
    # "shouted “...”, adding: “...”": a second cue the parser hangs below is its own report
    clauses = [c for c in clauses if not _introduces(c, lexicon)]
    if "inf" in frames:
        clauses += [c for c in kids if c.dep_ == "xcomp" and c.i > after]
    if clauses:
        return [t for c in clauses for t in c.subtree]
    if "clause" in frames:  # "revealed in a report that ...": a that-clause further down
        for token in verb.subtree:
            if token.i > after and any(
                k.dep_ == "mark" and k.lower_ in _MARKS for k in token.children
            ):
                return list(token.subtree)
    if "obj" in frames:
        if len(match.cue.words) > 1:  # "call for X": the object of the phrase's preposition
            prep = verb.doc[match.last]
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        else:
            objects = [c for c in kids if c.dep_ in ("dobj", "oprd") and c.i > after]
            # "admitted using the plane", "suggested looking elsewhere": a gerund object
            objects += [c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > after]
        if objects:  # an apposition describes the object: "“Allahu akbar”, the Arabic for ..."
            right = max(t.i for o in objects for t in _without_appositions(o))
            right = max([right] + [t.i for c in kids if c.dep_ == "prep" for t in c.subtree])
            return list(verb.doc[after + 1 : _before_next_report(verb.doc, after, right, lexicon)])
    return None


def _before_next_report(doc: Any, after: int, right: int, lexicon: CueLexicon) -> int:
    """Where an object ends: before a comma and a cue verb that opens a report of its own.

    "defended the plan, saying “...”": the quotation is what "saying" reports, not part of what
    was defended, however the parse hangs "saying".
    """
    for i in range(after + 2, right + 1):
        match = lexicon.match(doc[i]) if doc[i - 1].text == "," else None
        if match is not None and match.cue.pos == "verb":
            return i - 1
    return right + 1


def introduces(doc: Any, match: CueMatch) -> bool:
    """Whether a matched cue is followed by a colon or an opening quotation mark, so reports what
    comes after it."""
    after = match.last + 1
    return after < len(doc) and doc[after].text in OPENERS


def _introduces(token: Any, lexicon: CueLexicon) -> bool:
    """Whether ``token`` is a cue verb followed by a colon or an opening quotation mark."""
    match = lexicon.match(token)
    return match is not None and match.cue.pos == "verb" and introduces(token.doc, match)


def _without_appositions(token: Any) -> list[Any]:
    """The subtree of ``token`` without its appositions."""
    dropped = {t.i for c in token.children if c.dep_ == "appos" for t in c.subtree}
    return [t for t in token.subtree if t.i not in dropped]


def _passive_theme(verb: Any, head: Any, expletive: bool) -> bool:
    """Whether ``verb`` is a passive whose subject is what is said, not who said it."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    has_agent = any(c.dep_ == "agent" for c in verb.children)
    return passive and not has_agent and not expletive


# subordinators that make a trailing cue's clause a time or a reason, not a report
_WHEN_MARKS = frozenset("after before when whenever since until till because once if".split())


def _reversed(verb: Any) -> list[Any] | None:
    """The clause a trailing or inserted cue reports, read upward from the cue.

    "The talks will go on, the ministry said" and "The museum, he said, celebrated ...". A
    clause before an inserted cue that the parse hung on the cue is part of what it reports:
    "If the plan fails, the minister argues, there are other options".
    """
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or head.i == verb.i:
        return None
    if any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in verb.children):
        return None  # "..., hours after the president declared a state of emergency": a time
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text in OPENERS:
        return None  # "fired into the crowd, shouting: “...”": what is said comes after
    fronted = _fronted(verb) if head.i > verb.i else set()
    words = [t.i for t in verb.subtree if not t.is_punct and t.i not in fronted]
    left, right = min(words), max(words)
    before = doc[left - 1] if left > 0 else None
    if before is None or before.text not in (",", "—", "–", "-"):
        return None
    own = {t.i for t in verb.subtree if t.i not in fronted}
    if head.i < verb.i:
        return [t for t in head.subtree if t.i < left - 1]
    after = doc[right + 1] if right + 1 < len(doc) else None
    if after is None or after.text not in (",", "—", "–", "-"):
        return None
    return sorted(
        [t for t in head.subtree if t.i not in own] + [doc[i] for i in fronted],
        key=lambda t: t.i,
    )


def _fronted(verb: Any) -> set[int]:
    """Token indices of the clauses the parse hung on a cue ahead of its subject, up to the
    comma before the subject ("If the plan fails, | the minister argues, ...")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subj is None:
        return set()
    edge = subj.left_edge.i
    early = [c for c in verb.children if c.i < edge and c.dep_ != "punct"]
    if not early or edge == 0 or verb.doc[edge - 1].text != ",":
        return set()
    return set(range(min(c.left_edge.i for c in early), edge))


_WH_GAP = frozenset({"which", "what"})


def _relative_object(verb: Any, match: CueMatch) -> list[Any] | None:
    """What a cue reports when its object is a wh- pronoun ahead of it, the gap of its clause.

    "what the mayor said", "the deal, which the ministry announced in May": the pronoun, as
    PolNeAR marks it. The cue needs a subject of its own ("a singer who sang ..." is not one) and
    a frame that takes an object or a quotation.
    """
    if not match.cue.frames & {"obj", "quote"}:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in verb.children):
        return None
    gap = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _WH_GAP),
        None,
    )
    return [gap] if gap is not None else None


def _as_clause(verb: Any, match: CueMatch) -> list[Any] | None:
    """The clause an as-clause cue comments on: "As the report noted, the river rarely floods".

    The cue has its own subject and nothing in its object's place ("as the minister said
    goodbye" is a time, not a report), and a comma sets the as-clause off.
    """
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "as expected": no one is named
    taken = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")
    if any(c.dep_ in taken and c.i > match.last for c in verb.children):
        return None
    own = {t.i for t in verb.subtree}
    after = max(t.i for t in verb.subtree if not t.is_punct) + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    return [t for t in head.subtree if t.i not in own]


def verb_attributions(doc: Any, lexicon: CueLexicon, skip: set[int]) -> list[Found]:
    """Return the attributions carried by cue verbs and "according to" in ``doc``."""
    found: list[Found] = []
    for token in doc:
        if token.i in skip:
            continue
        match = lexicon.match(token)
        if match is None:
            continue
        if match.cue.pos == "prep":
            item = _according(doc, token, match)
        elif match.cue.pos == "noun":
            item = _nominal(doc, token, match)
        elif match.cue.pos == "adj":
            item = _adjective(doc, token, match)
        else:
            item = _verb(doc, token, match, skip, lexicon)
        if item is not None:
            found.append(item)
    return found


def _verb(
    doc: Any, verb: Any, match: CueMatch, quoted: set[int], lexicon: CueLexicon
) -> Found | None:
    content = _complement(match, verb, lexicon)
    rule = "quotes.cue_complement.v1"
    if content is None:
        content = _relative_object(verb, match)
        rule = "quotes.cue_relative_object.v1"
    if content is None:
        content = _as_clause(verb, match)
        rule = "quotes.cue_as_clause.v1"
    if content is None:
        content = _reversed(verb)
        rule = "quotes.cue_trailing.v1"
    if not content:
        return None
    span = token_span(content)
    if span is None:
        return None
    if _ANONYMITY.match(doc.text, span[0], span[1]):
        return None  # "an official, who asked not to be named": a condition, not a statement
    head, expletive = subject(verb)
    if _passive_theme(verb, head, expletive):
        return None  # "the talks are expected to ...": no one is reported
    words = [t for t in content if not t.is_punct]
    if words and words[0].i in quoted and max(t.i for t in content) < verb.i:
        # “..., our military,” Flynn, an ally, said: the parse hung the speaker on the quote
        last = max(t.i for t in content if t.i in quoted)
        content = [t for t in content if t.i <= last]
    speaker = speaker_head = None
    inside = {t.i for t in content}
    if head is not None and head.i in quoted and head.i > verb.i:
        head = None  # “...,” X said on “Fox and Friends”: a title in quotes is not the speaker
    if head is not None and not expletive and head.i not in inside:
        phrase = speaker_phrase(head, verb, inside)
        if phrase is not None:
            speaker, speaker_head = phrase
    if speaker is None and not expletive and max(inside) < verb.i:
        phrase = nearby_speaker(verb, max(inside) + 1)
        if phrase is not None:
            speaker, speaker_head = phrase
    cue_end = doc[match.last]
    return Found(
        start=span[0],
        end=span[1],
        rule=rule,
        cue=(verb.idx, cue_end.idx + len(cue_end.text)),
        cue_head=verb.i,
        speaker=speaker,
        speaker_head=speaker_head,
        carry=speaker is None,
        cue_ref=match.cue.ref,
        speech="quote" in match.cue.frames,
    )


def _according(doc: Any, word: Any, match: CueMatch) -> Found | None:
    to = doc[match.last]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = {t.i for t in word.subtree} | {t.i for t in to.subtree} | {word.i, to.i}
    head = word.head if word.head.i != word.i else None
    if head is None or head.i in phrase:
        return None
    clause = [t for t in head.subtree if t.i not in phrase]
    span = token_span(clause)
    if span is None:
        return None
    speaker = token_span(list(source.subtree))
    cue_end = doc[match.last]
    return Found(
        start=span[0],
        end=span[1],
        rule="quotes.according_to.v1",
        cue=(word.idx, cue_end.idx + len(cue_end.text)),
        cue_head=word.i,
        speaker=speaker,
        speaker_head=(source.idx, source.idx + len(source.text)),
        cue_ref=match.cue.ref,
    )


_LIGHT = frozenset({"issue", "make", "give", "voice", "deliver", "repeat", "reiterate", "sound"})


def _noun_owner(noun: Any) -> tuple[tuple[int, int], Any] | None:
    """Who a reporting noun belongs to, and the head word of that phrase.

    Its possessor ("the mayor's claim"), a name compounded with it ("a Daily Ledger report"), or
    the subject of a light verb that takes it ("the senator made the claim that ...").
    """
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        span = token_span(list(owner.subtree))
        return (span, owner) if span else None
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        span = token_span([t for c in names for t in c.subtree])
        return (span, names[-1]) if span else None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT:
        head, expletive = subject(verb)
        if head is not None and not expletive:
            phrase = speaker_phrase(head, verb, {t.i for t in noun.subtree})
            return (phrase[0], head) if phrase else None
    return None


def _nominal(doc: Any, noun: Any, match: CueMatch) -> Found | None:
    """ "Trump's claim that ...": a reporting noun, its that-clause and its possessor."""
    that = doc[match.last]
    clause = that.head if that.dep_ == "mark" and that.head.head.i == noun.i else None
    found = _noun_owner(noun) if clause is not None else None
    if found is None:
        return None  # "the claim that ...": no one to attribute it to
    speaker, owner = found
    span = token_span(list(clause.subtree))
    if span is None:
        return None
    return Found(
        start=span[0],
        end=span[1],
        rule="quotes.noun_cue.v1",
        cue=(noun.idx, noun.idx + len(noun.text)),
        cue_head=noun.i,
        speaker=speaker,
        speaker_head=(owner.idx, owner.idx + len(owner.text)),
        cue_ref=match.cue.ref,
    )


def _adjective(doc: Any, adj: Any, match: CueMatch) -> Found | None:
    """ "The bank is confident that profits will rise": a stance adjective after a copula, the
    clause it takes, and the subject of the copula."""
    verb = adj.head
    if adj.dep_ != "acomp" or verb.i == adj.i:
        return None
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    head, expletive = subject(verb)
    if clause is None or head is None or expletive or head.i > adj.i:
        return None
    span = token_span(list(clause.subtree))
    phrase = speaker_phrase(head, verb, {t.i for t in clause.subtree})
    if span is None or phrase is None:
        return None
    return Found(
        start=span[0],
        end=span[1],
        rule="quotes.adjective_cue.v1",
        cue=(adj.idx, adj.idx + len(adj.text)),
        cue_head=adj.i,
        speaker=phrase[0],
        speaker_head=phrase[1],
        cue_ref=match.cue.ref,
        speech=False,
    )
