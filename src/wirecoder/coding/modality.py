"""Whether an event happened: occurred, planned, ongoing, negated or hypothetical.

The status comes from the trigger's clause and the clauses it is a complement of, read upwards:
negation ("did not attack"), modal auxiliaries ("will", "could"), a headline's bare infinitive
("Chad to send troops"), a conditional subordinator
("if", "unless"), governing verbs ("set to hold", "denied attacking", "continued to shell"), the
progressive ("are holding talks") and, for a nominal event, its modifiers ("the planned visit")
and the verb it is the subject or object of ("talks are expected to resume"). The climb stops at
a reporting verb: "said it will attack" is planned because of "will", not because of "said".
Negation beats hypothesis, which beats plan, which beats ongoing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from wirecoder.coding.knowledge import EventLexicon
from wirecoder.coding.roles import infinitive

_RANK = {"negated": 4, "hypothetical": 3, "planned": 2, "ongoing": 1, "occurred": 0}
_CLIMB = frozenset({"xcomp", "pcomp", "acomp"})
_NOUN_HOSTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})
_PAST = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class Modality:
    """An event's status and the cue that set it (None when it simply occurred)."""

    status: str
    cue: str | None = None
    cue_ref: str | None = None
    derive: str = ""  # the speech act the cue reveals: intent, demand or nothing
    cue_token: int | None = None  # index of the cue word in the parse


def _clause_cues(verb: Any, lexicon: EventLexicon, reported_past: bool) -> list[Modality]:
    found = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "held no talks", "no talks were held"
            det = next((d for d in child.children if d.dep_ == "det"), None)
            cue = lexicon.cue("noun_mod", det.lower_) if det is not None else None
            if cue is not None and cue.status == "negated":
                found.append(Modality(cue.status, det.text, cue.ref))
        if child.dep_ == "neg":
            cue = lexicon.cue("neg", child.lower_)
            if cue is not None:
                found.append(Modality(cue.status, child.text, cue.ref))
        elif child.dep_ == "aux" and child.tag_ == "TO" and _headline_verb(verb):
            cue = lexicon.cue("headline", child.lower_)  # "Chad to send troops": will send
            if cue is not None:
                found.append(Modality(cue.status, child.text, cue.ref, cue.derive, child.i))
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            cue = lexicon.cue("aux", child.lower_)
            if cue is not None:
                status = cue.status
                if child.lower_ == "would" and reported_past:  # "said it would meet": future
                    status = "planned"
                found.append(Modality(status, child.text, cue.ref, cue.derive, child.i))
        elif child.dep_ == "mark":
            cue = lexicon.cue("mark", child.lower_)
            if cue is not None:  # "whether Kenya would attack": a question announces nothing
                found.append(Modality(cue.status, child.text, cue.ref, cue.derive))
        elif child.dep_ == "advcl":  # the consequence of a condition: "will strike if ..."
            mark = next((m for m in child.children if m.dep_ == "mark"), None)
            cue = lexicon.cue("mark", mark.lower_) if mark is not None else None
            if cue is not None:
                found.append(Modality(cue.status, mark.text, cue.ref))
    if verb.tag_ == "VBG":
        aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
        if aux and aux[0].tag_ in ("VBP", "VBZ"):
            found.append(Modality("ongoing", aux[0].text, "modality.progressive"))
    return found


def _headline_verb(verb: Any) -> bool:
    """Whether ``verb`` heads a headline's subject + infinitive clause ("Chad to send troops")."""
    return verb.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _governor(verb: Any, lexicon: EventLexicon) -> Modality | None:
    head = verb.head
    cue = lexicon.cue("governor", head.lemma_.lower())
    if cue is None or head.i == verb.i:
        return None
    if cue.ing_only and head.tag_ != "VBG":  # "going to attack", not "went to attack"
        return None
    if cue.infinitive_only and not infinitive(verb):
        return None  # "Kenya is to meet Uganda", not "Kenya is opposed to the plan"
    status = cue.status_with({c.lower_ for c in head.children})
    if status != cue.status:  # "has yet to meet": not so far
        return Modality(status, head.text, cue.ref)
    return Modality(cue.status, head.text, cue.ref, cue.derive, head.i)


def _reported_past(verb: Any) -> bool:
    return (
        any(a.tag_ in _PAST and a.pos_ == "VERB" for a in verb.ancestors if a.dep_ != "xcomp")
        and verb.dep_ == "ccomp"
    )


def _noun_cues(noun: Any, lexicon: EventLexicon) -> list[Modality]:
    found = []
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "det"):  # "the planned visit", "no talks"
            cue = lexicon.cue("noun_mod", child.lower_)
            if cue is not None:
                found.append(Modality(cue.status, child.text, cue.ref))
        elif (
            child.dep_ == "acl"
            and infinitive(child)
            and lexicon.cue("noun_governor", noun.lemma_.lower()) is None
        ):  # "talks to be held on Monday"; not "its refusal to meet", which is what it refuses
            found.append(Modality("planned", child.text, "modality.to_be_held"))
    return found


def _noun_governor(noun: Any, lexicon: EventLexicon) -> Modality | None:
    """The cue of a noun whose "for" or "of" phrase a nominal event is: "plans for talks", "the
    threat of a strike", "fears of an attack" (the noun_governor rows of modality.tsv)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.head.pos_ != "NOUN":
        return None
    owner = prep.head
    cue = lexicon.cue("noun_governor", owner.lemma_.lower())
    return Modality(cue.status, owner.text, cue.ref) if cue is not None else None


def status_of(trigger: Any, lexicon: EventLexicon) -> Modality:
    """Return the status of the event whose trigger is ``trigger`` (a spaCy Token)."""
    found: list[Modality] = []
    verb = trigger
    own = 0  # how many of ``found`` are the trigger's own cues
    # "did not comment on the attack": a negated verb does not undo the event it speaks of
    topic = (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in lexicon.words["modality.topic_prep"]
    )
    if trigger.pos_ in ("NOUN", "PROPN"):
        found.extend(_noun_cues(trigger, lexicon))
        governor = _noun_governor(trigger, lexicon)  # "the deadline for a strike"
        if governor is not None:
            found.append(governor)
        own = len(found)
        host = trigger.head
        if trigger.dep_ == "pobj" and host.dep_ == "prep":
            host = host.head
        if trigger.dep_ in _NOUN_HOSTS and host.pos_ in ("VERB", "AUX") and host.i != trigger.i:
            verb = host
            if trigger.dep_ in ("nsubj", "nsubjpass"):  # "talks are expected to resume"
                cue = lexicon.cue("governor", host.lemma_.lower())
                if cue is not None and not cue.clause_only:  # "the attack was brutal": no plan
                    found.append(Modality(cue.status, host.text, cue.ref))
            elif trigger.dep_ == "dobj":  # "Iran planned an attack", "the EU considered sanctions"
                cue = lexicon.cue("governor", host.lemma_.lower())
                if cue is not None and not cue.clause_only:
                    found.append(Modality(cue.status, host.text, cue.ref, cue.derive, host.i))
        else:
            return _strongest(found)
    for _ in range(6):
        found.extend(_clause_cues(verb, lexicon, _reported_past(verb)))
        if verb.dep_ in ("xcomp", "ccomp", "pcomp", "acomp") or (
            verb.dep_ == "pobj" and verb.head.dep_ == "prep"
        ):
            governed = _governor(verb if verb.dep_ != "pobj" else verb.head, lexicon)
            if governed is not None:
                found.append(governed)
            elif verb.dep_ == "ccomp":
                break  # a reporting verb: its tense is the report's, not the event's
            verb = verb.head if verb.dep_ != "pobj" else verb.head.head
            continue
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "will meet and sign": shared aux
            if verb.tag_ == "VBD" and verb.head.tag_ == "VB":
                break  # "could do little and urged them to talk": a past verb has its own tense
            verb = verb.head
            continue
        if verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children):
            verb = verb.head  # "will lead a delegation to take part in": the purpose's plan
            judged = next((c for c in verb.children if c.dep_ == "acomp"), None)
            cue = lexicon.cue("governor", judged.lemma_.lower()) if judged is not None else None
            if cue is not None:  # "it would be foolish for Chad to strike back"
                found.append(Modality(cue.status, judged.text, cue.ref, cue.derive, judged.i))
            continue
        if verb.dep_ == "acl" and infinitive(verb):
            noun = verb.head  # "its decision to attack", "their refusal to meet"
            cue = lexicon.cue("noun_governor", noun.lemma_.lower())
            if cue is not None:
                found.append(Modality(cue.status, noun.text, cue.ref, cue.derive, noun.i))
        break
    if topic:
        found = found[:own] + [m for m in found[own:] if m.status != "negated"]
    return _strongest(found)


def _strongest(found: list[Modality]) -> Modality:
    if not found:
        return Modality("occurred")
    best = max(found, key=lambda m: _RANK[m.status])
    if any(m.derive == "guess" for m in found):  # "doubted the Fed would intervene": no one
        return replace(best, derive="")  # announced anything, someone judged it unlikely
    if not best.derive:  # "would not meet": negated, and still an announced intent
        speech = next((m for m in found if m.derive), None)
        if speech is not None:
            return Modality(best.status, best.cue, best.cue_ref, speech.derive, speech.cue_token)
    return best
