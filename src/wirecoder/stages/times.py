"""The times stage: every time expression in the article, with its TIMEX3 type and value
resolved against the publication date.

The publication date is the article's ``date``; failing that, a dateline at the top of the text
("ISLAMABAD, March 5, 2023 (NNI) -", "AL-AIN, United Arab Emirates 1996-12-06"). With neither,
values that need an anchor keep ``X`` placeholders (``XXXX-03-06``, ``XXXX-WXX-7``) and each
expression's ``anchor`` is None, so nothing is guessed. A dateline with a month and day but no
year ("BEIJING, March 5 (Xinhua) -") still fixes what needs no year: "tomorrow" is
``XXXX-03-06`` and "last month" ``XXXX-02``, while weekdays and weeks stay open. Weekdays and
partial dates take their direction from the tense of the clause that governs them ("said Sunday"
looks back, "will meet on Tuesday" looks ahead), read from the parse. Expressions anchored on
the story rather than on the publication date ("the following year", "that day", "the previous
Friday") resolve against the reference time, the last date resolved before them
(:mod:`wirecoder.timex.anchored`); their ``anchor`` is the id of that expression. A "today" or
"tomorrow" inside a quotation is told from the day the speaker said it when the sentence names
that day ('"Tomorrow we play," the coach said on Friday'); its ``anchor`` is then the id of that
day. So is a weekday of reported speech ('told radio on Thursday he would quit on Friday'). In a
chronology, a line's times are told from the date heading the line ('March 16, 2008 - ... a
rescue brokered over the weekend'), and a line's day with no year takes the year heading above
it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from functools import lru_cache, partial
from typing import Any

from wirecoder.coding.anchor import before_subject
from wirecoder.config import Settings
from wirecoder.lexicon.classes import WordClasses, word_classes
from wirecoder.model import Document, TimeExpr
from wirecoder.stages.quote_cues import CueLexicon, cue_lexicon
from wirecoder.timex.anchored import SENTENCE_END, compared_in
from wirecoder.timex.dates import Direction
from wirecoder.timex.find import find_times
from wirecoder.timex.grammar import Context, Found, end_month, end_year, written_in_capitals
from wirecoder.timex.words import Words, load_words

log = logging.getLogger(__name__)

# entity types whose names may contain time words that are not times ("Sunday Times", "May")
_NAME_LABELS = frozenset("PERSON ORG WORK_OF_ART FAC GPE LOC PRODUCT LAW NORP".split())
# a dateline opens with a place in capitals, then perhaps a region or country in title case
# each capitalised word must end at a separator, so a failed match cannot split an all-caps
# headline into words in exponentially many ways
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z.'’\- ]*[A-Z]\.?\s*,?\s*(?:[A-Z][\w.'’\-]*(?:[\s,]+|\Z))*")
_DATELINE_CHARS = 120
_DATELINE_LINES = 4  # a dateline may open any of the first lines: headline, byline, dateline
_DATELINE_LINES_CHARS = 400
_MODERN = 1900  # a year before this with a determiner before a plural is rather a count
_QUARTER_MENTION = re.compile(
    r"\b(?P<fiscal>fiscal[\s-]+)?(?P<ord>first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?"
    r"quarter(?!ly)"
    # ... with its year: 'the second quarter of 2014', 'the third quarter of last year'
    r"(?:\s+of\s+(?:(?P<oyear>(?:19|20)\d\d)\b|(?P<orel>last|this|next)\s+year\b))?"
    # 'the April-June quarter', as Japanese and Indian copy names a quarter by its months
    r"|\b(?P<mrange>January|Jan|April|Apr|July|Jul|October|Oct)\.?\s*(?:-|–|to|through)\s*"
    r"(?:March|Mar|June|Jun|September|Sept?|December|Dec)\.?\s+quarter\b"
    # 'for the three months ended Sept. 30': the quarter its end date closes
    r"|\b(?:three|3)[\s-]+months(?=\s+(?:ended|ending)\s+(?P<tmonth>[A-Z][a-z]{2,8})\.?\s+\d)"
    r"|\b(?P<qn>Q[1-4])\s+(?P<qyear>(?:19|20)\d\d)\b"  # 'In Q1 2014 output rose
    r"|\b(?P<again>(?:the|this|that)\s+(?:latest\s+|most\s+recent\s+|fiscal\s+)?quarter)\b"
    r"|\b(?P<longer>(?:nine|six|12|twelve)\s+months|first\s+half|first\s+three\s+quarters"
    r"|(?:fiscal|full|the)[\s-]+year)(?![\w-]|\s+(?:ago|earlier)\b)",  # 'the year ago period'
    re.I,
)


_WAS = frozenset({"was", "were", "became", "is", "are", "becomes"})


def clause_tense(
    parsed: Any, start: int, end: int, cues: WordClasses, words: Words | None = None
) -> Direction:
    """Return 'past' or 'future' for the clause governing text[start:end], None if unclear."""
    if parsed is None:
        return None
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    doc = span.doc
    first = _first_conjunct(token, words)
    if first is not token:
        # 'canceled flights for Sunday, Monday and Tuesday': a day listed after another is
        # told as the first of the list is
        return clause_tense(parsed, first.idx, first.idx + len(first.text), cues, words)
    if _modifies(token, cues["times.ahead_noun"]):
        return "future"  # 'bought wheat for June shipment': goods still to move
    if _THREATENED.search(doc.text, max(0, span.start_char - 120), span.start_char):
        return "future"  # 'unions warned of a national strike on Tuesday': a strike to come
    if _APPOSED_DUE.search(doc.text, max(0, span.start_char - 16), span.start_char):
        return "future"  # 'waited for the jobs report, due on Friday': a thing set to come
    opening = _past_part_prefix(doc, span.start)
    lead = doc[opening - 1] if opening > 0 else None  # the word before the time
    before = lead.lower_ if lead is not None else ""
    leads = tuple(" ".join(t.lower_ for t in doc[max(0, opening - n) : opening]) for n in (3, 2))
    earliest = next((lead for lead in leads if lead in cues["times.earliest"]), None)
    if earliest is None and span.root.dep_ == "conj" and span.root.head.dep_ == "pobj":
        # 'ahead of Easter and the summer': a time joined to the object of such a lead
        at = span.root.head.left_edge.i
        joined = (" ".join(t.lower_ for t in doc[max(0, at - n) : at]) for n in (3, 2))
        earliest = next((lead for lead in joined if lead in cues["times.earliest"]), None)
    if leads[1] in _BACKDATED:
        return "past"  # 'the rate cut is retroactive to March 1': a day gone
    if before == "ending" and lead is not None and lead.dep_ == "acl" and lead.head.i < lead.i:
        # 'the fiscal year ending Sept. 30 is expected to be lower': a period still running
        # ends ahead, unless what is told of it is past ('exports in the year ending Sept. 30
        # fell')
        period = lead.head
        told = clause_tense(parsed, period.idx, period.idx + len(period.text), cues, words)
        return "past" if told == "past" else "future"
    for _ in range(8):
        if _is_verb(token):
            break
        if token.head.i == token.i:
            token = None
            break
        token = token.head
    else:
        token = None
    if token is None and (_edge_present(span.root, cues) or _plural_verb_root(span.root)):
        # 'Banks close Friday', 'Schools reopen Thursday', 'A film about a director who died
        # last month premieres on Saturday': a present the parse took for a noun
        return "present"
    if (
        token is not None
        and before_subject(span.root, token)
        # (not the subject of an infinitive: 'expect Friday's report to show gains')
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        token = token.head  # 'said on Monday it will attack': the saying was on Monday
    if earliest is not None:
        if (
            earliest.endswith(_BEFORE_AN_EVENT)
            and token is not None
            and _verb_tense(token, cues) == "past"
        ):
            # 'Ahead of Friday's meeting, the two unveiled a plan': told after the fact, the
            # meeting may be gone; the nearest such day
            return "present"
        return "future"  # 'as soon as Tuesday', 'as early as next week', 'ahead of Thursday'
    if token is not None and _awaited(span.root, token, cues):
        return "future"  # 'economists expect Friday's report to show gains'
    if token is not None and _expected_then(span.root, token, cues):
        # 'aides said they expected a vote on Friday': the vote lies after the expecting, the
        # next such day when the expecting is reported, else the nearest
        return "future" if token.dep_ == "ccomp" else "present"
    if before == "for" and lead is not None and _called_off(lead.head, cues):
        # 'the junta postponed an election planned for February': the day it was set for,
        # either side of the report, the nearest
        return "nearest"
    perfect = token is not None and _past_perfect(token, cues)
    weekday = words is not None and words.lookup("weekday", span.root.text) is not None
    set_day = _set_day(span.root, cues, lead)
    if set_day and perfect and not weekday:
        # 'they had scheduled the meeting for Feb. 20', 'the primary had been set for March 8':
        # a date set before the telling, either side of the report, the nearest
        return "present"
    if set_day and (weekday or not perfect):
        if not weekday and _passive_past(token):
            # 'surgery was scheduled for Sept. 26, but ...': told of a date either side of the
            # report, the nearest
            return "present"
        # 'called a strike for Sunday', 'a deadline it had set for Tuesday'; a date set long
        # before may be gone ('the primary had been set for March 8')
        return "future"
    if (
        before == "from"
        and lead.dep_ == "prep"
        and _is_verb(lead.head)
        and lead.head.lemma_.lower() in cues["times.moving_verb"]
    ):
        return "present"  # 'pushed the release from January to March': the day first set
    if perfect:
        return "past"  # 'had been due to expire Friday', 'until Thursday they had not called'
    if before == "since":
        return "past"  # 'shares are down since Friday': since always looks back
    if token is not None and token.dep_ == "pcomp" and token.head.lower_ == "since":
        return "past"  # 'will fly to Beijing, his first trip since taking office in September'
    if _inside_since(span.root):
        return "past"  # 'the third strike since the start of the school year in September'
    deadline = before in cues["times.deadline_prep"] or leads[1] in cues["times.deadline_prep"]
    if before == "through" and span.text.lower() in _PARTS_OF_DAY:
        deadline = False  # 'battled the blaze through the night': how long, no deadline
    if deadline and not (before == "by" and _POSSESSIVE_AFTER.match(doc.text, span.end_char)):
        # (but 'left homeless by Thursday's earthquake' names the quake's day, no deadline)
        if token is not None and _went_on_until(token, before, cues):
            return "past"  # 'the clashes lasted until Wednesday', 'worked through Saturday'
        if before in ("by", "through") and token is not None and _state_by(token, cues):
            return "past"  # 'by Sunday afternoon, the hotels were full': what it had come to
        if before == "by" and token is not None and _done_by_clock(token, span, cues):
            return "past"  # 'service was restored by midday': done by then, on a day gone
        if before == "effective" and opening > 1 and doc[opening - 2].lower_ in _WAS:
            # 'said the rise was effective April 1': told either side of the report, the
            # nearest
            return "present"
        return "future"  # 'extended until Nov. 20', 'a board effective Feb. 1'
    if (
        token is not None
        and token.lemma_.lower() in cues["times.moving_verb"]
        and before not in _TARGET_PREPS
        and (token.tag_ == "VBD" or _passive_past(token))
    ):
        return "past"  # 'the Senate adjourned on Monday': the day it was done, not one set
    if token is not None and _bidden(span.root, token, cues):
        # 'police urged drivers to stay off the roads on Sunday night': what was asked for
        # lies after the asking, the nearest such day
        return "present"
    if _asked_for(span.root, cues):
        return "future"  # 'called for a general strike on Wednesday': the strike lies ahead
    if before == "for" and token is not None and _set_for(token, cues):
        return "future"  # 'the vote set for Sunday will go ahead': a day something is set for
    if (
        before == "for"
        and _ODDS_FOR.search(doc.text, max(0, span.start_char - 80), span.start_char)
        and not _POSSESSIVE_AFTER.match(doc.text, span.end_char)
    ):
        return "future"  # 'gave a 70 percent chance of clear skies for Friday morning'
    if before == "for" and lead is not None and _forecast_for(lead.head, cues):
        return "future"  # 'rain forecast for Friday could cut the road': a day still to come
    if lead is not None and _alert_window(lead, token, cues):
        # 'the weather service posted a storm watch for Thursday night': a warning is issued
        # before the time it covers; told in the past too, the nearest such day
        return "present"
    if token is not None and _ahead_participle(token, cues):
        return "future"  # 'warned of heavy showers expected on Saturday'
    if _edge_participle(span.root, cues):
        return "future"  # 'was in Geneva for the talks opening Tuesday': still to come
    if token is not None and _planned_then(token, span, cues):
        return "past"  # 'On Friday, the government planned to pay': the planning was Friday
    # a modal rules its own verb, not a day owning a noun ('the setback in Sunday's election
    # may force ...') nor the day a figure stands at ('debt should fall ... as of July 31')
    owned = _POSSESSIVE_AFTER.match(doc.text, span.end_char) and before != "for"
    modal = not (owned or leads[1] == "as of")  # but 'must regroup for Sunday's trip' looks ahead
    if modal and token is not None and _could_ahead(span.root, token):
        return "future"  # 'the storm could reach the coast on Friday'
    tense = (
        _verb_tense(token, cues, modal=modal) if token is not None else _sentence_tense(span.sent)
    )
    if tense is None and token is not None and (subject_verb := _bare_ing_of_subject(token)):
        # 'Foreign ministers, meeting in Brussels on Friday, are expected to endorse the plan':
        # the participle is told as the verb of the noun it describes
        tense = _verb_tense(subject_verb, cues, modal=modal)
    if tense is None and weekday and token is not None and _planned_infinitive(token, cues):
        # 'Oman said it expected to begin fasting on Tuesday', 'was set to open on Saturday':
        # what was planned lies after the planning, the weekday to come
        return "future"
    if tense == "present" and _due_between(span.root, token, cues):
        return "future"  # 'elections are due in March': a present schedule looks ahead
    if tense == "present" and _on_an_event_behind(span.root, cues):
        return "past"  # 'prices remain low despite a drop on Friday': the drop is gone
    if _on_an_event_ahead(span.root):
        # 'told reporters ahead of his departure on Sunday': the departure is still to come,
        # told after a past verb the nearest such day
        return "present" if tense == "past" else "future"
    return tense


def _could_ahead(root: Any, verb: Any) -> bool:
    """True when the time hangs straight on a verb under an affirmative 'could' of what may
    happen ('could bring more rain from Friday', 'a vote could come on Tuesday'); 'could' is
    also the past of 'can', so never when denied ('could not be reached on Monday', 'Neither
    he nor his aides could be located Wednesday'), after 'have', or on a time reached through
    another word ('glossed over warnings on Thursday that strikes could do harm')."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "could" not in auxes or auxes & {"have", "'ve"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(
        w.lower_ in ("neither", "nobody", "nothing", "none", "no")
        for s in subjects
        for w in s.subtree
    ):
        return False
    head = root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _bare_ing_of_subject(verb: Any) -> Any | None:
    """The verb whose subject a bare -ing participle describes ('ministers, meeting on Friday,
    are expected'), else None."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not _is_verb(noun.head):
        return None
    return noun.head


def _alert_window(prep: Any, verb: Any | None, cues: WordClasses) -> bool:
    """True when ``prep`` ('for', 'from', 'through', 'until') opens the time a warning covers:
    hung on the warning noun ('a flood watch for Wednesday evening') or on a verb the warning is
    the subject or object of ('a blizzard watch was posted from Wednesday evening')."""
    if prep.lower_ not in ("for", "from", "through", "until") or prep.dep_ != "prep":
        return False
    alerts = cues["times.alert_noun"]
    if prep.head.pos_ == "NOUN":
        noun = prep.head
        # (not a warning told of as gone: 'the forecast for Friday was wrong')
        gone = noun.dep_ == "nsubj" and noun.head.tag_ == "VBD"
        return noun.lemma_.lower() in alerts and not gone
    return (
        verb is not None
        and prep.head.i == verb.i
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in alerts
            for c in verb.children
        )
    )


def _inside_since(root: Any) -> bool:
    """True when the time is told inside a phrase 'since' opens, below no verb of its own
    ('since the start of the school year in September')."""
    token = root
    for _ in range(6):
        if token.head.i == token.i or _is_verb(token.head):
            return False
        token = token.head
        if token.lower_ == "since" and token.dep_ == "prep":
            return True
    return False


def _plural_verb_root(token: Any) -> bool:
    """True when the time hangs on a sentence's root the parse tagged as a plural noun though
    it has a subject: a verb in the present ('A documentary ... premieres on Saturday')."""
    for _ in range(8):
        if token.head.i == token.i:
            break
        token = token.head
    return (
        token.dep_ == "ROOT"
        and token.tag_ == "NNS"
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _edge_present(root: Any, cues: WordClasses) -> bool:
    """True when a noun and the bare present of a verb opening or closing a run stand before the
    time, the verb tagged as no verb ('Banks close Friday', 'Schools reopen on Thursday')."""
    at = root.i - 1
    if at > 0 and root.doc[at].lower_ == "on":
        at -= 1
    if at < 1:
        return False
    word, subject = root.doc[at], root.doc[at - 1]
    if _is_verb(word) or subject.tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return False
    edges = cues["times.edge_participle"] - {"take", "kick"}
    form = word.lower_
    # 'close', 'closes', 'reopen', 'reopens', 'resume' (never read as 'sume')
    stems = {form, form[:-1] if form.endswith("s") else form}
    stems |= {stem.removeprefix("re") for stem in stems}
    return bool(stems & edges)


def _on_an_event_ahead(root: Any) -> bool:
    """True for a day an event noun is on, the noun after 'ahead of', 'in advance of' or
    'prior to' ('ahead of his departure on Sunday')."""
    if not (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ == "on"):
        return False
    noun = root.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    lead = noun.head  # 'of' after 'ahead', 'to' after 'prior'
    return lead.lower_ in ("of", "to") and lead.head.lower_ in ("ahead", "advance", "prior")


def _on_an_event_behind(root: Any, cues: WordClasses) -> bool:
    """True for a day an event noun is on, the noun after a word that puts it behind ('after
    the slump on Monday', 'despite the fall Monday')."""
    noun = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return (
        noun.i != root.i
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in cues["times.behind_prep"]
    )


def _past_part_prefix(doc: Any, start: int) -> int:
    """The index of the first token of a time past a prefix naming its part: 'Sep' in
    'to end-Sep' opens at 'end', so 'to' is the word before it."""
    if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _PART_OF_PERIOD:
        return start - 2
    if start > 0 and doc[start - 1].lower_ in _PART_OF_PERIOD and doc[start - 1].tag_ != "VBG":
        return start - 1  # (not 'evacuations beginning Wednesday': the day something starts)
    if (
        start > 1
        and doc[start - 1].lower_ in ("early", "late")
        and doc[start - 2].lower_ in ("to", "until", "till", "into", "from")
    ):
        return start - 1  # 'pushed the release to late March': 'to' is the word before it
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _EDGE_OF:
        # 'extended the aid until the end of March': 'until' is the word before it (but 'by
        # the end of the year' is told by its verb: 'the deal was closed by the end of the year')
        at = start - 2
        at = at - 1 if at > 0 and doc[at - 1].lower_ == "the" else at
        if at == 0 or doc[at - 1].lower_ != "by":
            return at
    return start


_EDGE_OF = frozenset({"end", "beginning", "start", "middle", "close"})
_BACKDATED = frozenset({"retroactive to", "retroactively to", "backdated to", "retrospective to"})


def _first_conjunct(token: Any, words: Words | None) -> Any:
    """The first day of a list of weekdays holding ``token`` ('Sunday' for the 'Tuesday' of
    'Sunday, Monday and Tuesday'), or ``token`` itself when it heads no such list."""
    if words is None or words.lookup("weekday", token.text) is None:
        return token
    if (listed := _listed_after(token, words)) is not None:
        return _first_conjunct(listed, words)
    for _ in range(4):
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "conj" and head.head.pos_ == "ADP":
            # 'on Friday and on Sunday': the object of the first of two joined prepositions
            first = [c for c in head.head.children if c.dep_ == "pobj"]
            if first and words.lookup("weekday", first[0].text) is not None:
                token = first[0]
                continue
            break
        if token.dep_ not in ("conj", "appos") or head is token:
            break
        if words.lookup("weekday", head.text) is None:
            break
        token = head
    return token


def _listed_after(token: Any, words: Words) -> Any | None:
    """The weekday just before ``token`` across 'or' or 'and' and the hedges between them
    ('Friday, or possibly Saturday'), which the parse may not join, else None."""
    joined = False
    for i in range(token.i - 1, max(-1, token.i - 6), -1):
        word = token.doc[i]
        if word.lower_ in ("or", "and"):
            joined = True
        elif word.lower_ not in _LIST_FILLERS:
            found = words.lookup("weekday", word.text) is not None
            return word if found and joined else None
    return None


_LIST_FILLERS = frozenset({",", "on", "possibly", "perhaps", "maybe", "probably", "even"})
_BEFORE_AN_EVENT = ("ahead of", "in advance of")
# the verbs that bid someone do a thing, whose day lies after the bidding
_BIDDING = frozenset({"ask", "tell", "advise", "order", "instruct", "warn", "encourage"})
_PARTS_OF_DAY = frozenset({"the night", "the morning", "the afternoon", "the evening", "the day"})
# industrial or street action warned of, threatened or announced for a day, which lies ahead
# ('warned of a national strike on Tuesday', 'announced a strike starting at 10 p.m. on
# Thursday'); 'announced a strike on Tuesday' may date the announcement, so it needs a word
# of start
_ACTION = (
    r"(?:(?:an?|the|fresh|new|further|more|another|its|their|two|three|[\w]+-(?:day|hour|week)"
    r"|national|general|nationwide|rolling|indefinite|all-out|weekly)\s+){0,3}"
    r"(?:strikes?|walkouts?|walk-outs?|stoppages?|protests?|demonstrations?|rallies|rally"
    r"|marches|shutdowns?|blockades?|boycotts?|sit-ins?|industrial\s+action)"
)
_THREATENED = re.compile(
    r"\b(?:warned|warning|warns|threatened|threatening|threatens|planned|plans|planning)\s+"
    rf"(?:of\s+)?{_ACTION}(?:\s+(?:starting|beginning|from|on|at|next|this|until|in|early|late|mid))+\s+$"
    r"|\b(?:announced|announces|announcing|called|calls|calling|declared|declares)\s+"
    rf"{_ACTION}\s+(?:starting|beginning|from|for)(?:\s+(?:on|at|next|this))*\s+$",
    re.IGNORECASE,
)
# 'due' set off after the thing it tells of: 'the jobs report, due at 8:30 a.m. Friday'
_APPOSED_DUE = re.compile(r",\s+due\s+(?:(?:on|at|out|by)\s+)?$", re.IGNORECASE)
# the odds of a thing for a day, which lies ahead: 'a 70 percent chance of rain for Friday'
_ODDS_FOR = re.compile(
    r"\b(?:chances?|odds|probability|likelihood)\b[^.;!?]{0,60}\bfor\s+$", re.IGNORECASE
)
# the prepositions naming the day a thing is moved or set to ('postponed until Monday')
_TARGET_PREPS = frozenset({"to", "until", "till", "for", "by", "through", "into", "from"})
_SPAN_PREPS = frozenset({"in", "between", "during", "from", "by", "until", "through"})
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _verb_above(token: Any) -> Any | None:
    """The nearest verb above ``token`` ('hit' over 'attacks, including'), or None."""
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if _is_verb(token):
            return token
    return None


def _went_on_until(verb: Any, prep: str, cues: WordClasses) -> bool:
    """True for a verb of going on, told in the past, up to a day ('lasted until Wednesday',
    'talks went on through Sunday'): the day is gone, no deadline set ahead."""
    if (
        prep not in ("until", "till", "through", "starting", "beginning")
        or verb.lemma_.lower() not in cues["times.lasting_verb"]
    ):
        return False
    return _verb_tense(verb, cues) == "past"


def _modifies(token: Any, nouns: frozenset[str]) -> bool:
    """True when the time word modifies one of ``nouns`` ('June shipment', 'May/June loading',
    'for delivery in May', 'shipping between July and September')."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in _SPAN_PREPS:
        noun = token.head.head
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return False  # 'signed him to a three-year contract in March': one made then
    elif token.dep_ in ("compound", "nmod", "amod", "npadvmod"):
        noun = token.head
    else:
        return False
    # 'for June shipment', 'the June contract'; not the figures 'deliveries in February fell'
    goods = noun.tag_ == "NN" or noun.head.lower_ in ("for", "into")
    # ... and a commodity whose name is plural: 'November soybeans settled lower'
    named = token.dep_ != "pobj" and noun.lower_ in nouns
    return (goods and noun.lemma_.lower() in nouns) or named


def _due_between(root: Any, verb: Any | None, cues: WordClasses) -> bool:
    """True when a schedule word ('due', 'slated') links the time to its verb."""
    if verb is None:
        return False
    due = cues["times.due_word"]
    if {verb.lemma_.lower(), verb.lower_} & due or any(
        c.dep_ == "acomp" and c.lower_ in due and not _gives_cause(c) for c in verb.children
    ):
        return True  # 'is slated for April 2', 'are due in March'
    if any(c.lemma_.lower() in ("effect", "force") for c in verb.subtree if c.i > verb.i):
        return True  # 'takes effect on Jan. 1', 'comes into force in June'
    token = root
    for _ in range(6):
        if token.i == verb.i or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in due and not _gives_cause(token):
            return True
    return False


def _gives_cause(token: Any) -> bool:
    """True for 'due to' giving a cause ('the rise is due to the devaluation in January')."""
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def _asked_for(root: Any, cues: WordClasses) -> bool:
    """True when a time names the day of a thing asked for: 'called for a strike on Wednesday',
    'urged talks on Friday' (the time hangs on the noun, not on the asking)."""
    prep = root.head
    noun = prep.head
    if prep.dep_ == "prep" and noun.lemma_.lower() == "call":  # the parse may hang it on 'call'
        told = any(
            c.dep_ == "prep" and c.i < prep.i and _told_in(c, cues) for c in noun.children
        )  # 'called for talks in a statement on Thursday': the statement's day
        return not told and any(
            c.dep_ == "prep" and c.lower_ == "for" and c.i < prep.i for c in noun.children
        )
    if prep.dep_ != "prep" or noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return False
    asker = noun.head
    if noun.dep_ == "pobj" and asker.lower_ == "for":
        asker = asker.head  # 'called for a strike'
    elif noun.dep_ != "dobj" or asker.lemma_.lower() == "call":
        return False  # 'called the remarks on Saturday a wake-up call' names, asks nothing
    return asker.pos_ == "VERB" and asker.lemma_.lower() in cues["times.request_verb"]


def _told_in(prep: Any, cues: WordClasses) -> bool:
    """True for a phrase naming what something was told in ('in a statement', 'in an
    interview')."""
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in cues["times.statement_noun"] for c in prep.children
    )


def _set_for(verb: Any, cues: WordClasses) -> bool:
    """True for a bare participle of a schedule word ('set', 'slated') naming what a day is for."""
    return (
        verb.tag_ == "VBN"
        and bool(
            {verb.lemma_.lower(), verb.lower_}
            & (cues["times.due_word"] | cues["times.schedule_verb"])
        )
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _called_off(participle: Any, cues: WordClasses) -> bool:
    """True for a participle of setting ('planned', 'set') after a noun that a verb not told
    as ahead put off or called off ('postponed an election planned for February')."""
    if participle.tag_ != "VBN" or participle.dep_ != "acl":
        return False
    if participle.lemma_.lower() not in cues["times.setting_verb"] | cues["times.due_word"]:
        return False
    thing = participle.head
    verb = thing.head
    return (
        thing.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in cues["times.calling_off_verb"]
        and _verb_tense(verb, cues) != "future"
    )


def _bidden(root: Any, verb: Any, cues: WordClasses) -> bool:
    """True when the time is in an infinitive a past verb of asking governs ('urged drivers to
    stay off the roads on Sunday night'), not dating a statement in it ('asked to clarify his
    statement on Friday')."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or head is verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if head.lemma_.lower() not in cues["times.request_verb"] | _BIDDING:
        return False
    prep = root.head if root.head.dep_ in ("prep", "agent") else root
    before = root.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.lemma_.lower() in cues["times.statement_noun"]:
        return False
    return _verb_tense(head, cues) == "past"


def _done_by_clock(verb: Any, span: Any, cues: WordClasses) -> bool:
    """True for a clock time after 'by' that a verb in the simple past (active or passive)
    says a thing was done by ('service returned by 9 p.m.'), not one set, moved or due."""
    if not _CLOCK_WORDS.search(span.text):
        return False
    # (a bare participle after a noun in a past sentence too, as the parser may read 'and
    # service returned by 21:00 GMT')
    bare = verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.sent.root.tag_ == "VBD"
    if verb.tag_ != "VBD" and not _passive_past(verb) and not bare:
        return False
    lemma = verb.lemma_.lower()
    unmoved = cues["times.moving_verb"] | cues["times.due_word"] | cues["times.schedule_verb"]
    return lemma not in unmoved


_CLOCK_WORDS = re.compile(
    r"\d\s*[ap]\.?\s?m\b|\d[:.]\d\d|\b\d{4}\s+(?:GMT|UTC|[A-Z]{2,3}T)\b|\b(?:noon|midnight|mid-?day)\b",
    re.IGNORECASE,
)


def _forecast_for(word: Any, cues: WordClasses) -> bool:
    """True for a forecast ('rain forecast for Friday', 'the forecast for Sunday') in a clause
    not told as past ('the forecast for Friday was wrong' is of a Friday gone)."""
    if word.lower_ not in ("forecast", "forecasts") or word.pos_ not in ("NOUN", "VERB"):
        return False
    if word.pos_ == "VERB" and (
        word.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in word.children)
    ):
        return False  # 'they forecast rain for Friday' is the forecaster's tense
    return word.head.i != word.i and _verb_tense(word.head, cues) != "past"


def _awaited(root: Any, verb: Any, cues: WordClasses) -> bool:
    """True when the time is inside the object of a present verb of planning or expecting
    ('economists expect Friday's report', 'the firm plans a Monday launch'): a day ahead."""
    if verb.tag_ not in ("VBP", "VBZ") or verb.lemma_.lower() not in cues["times.plan_verb"]:
        return False
    return any(c.dep_ == "dobj" and root in c.subtree for c in verb.children)


def _expected_then(root: Any, verb: Any, cues: WordClasses) -> bool:
    """True when the time is inside the object of a simple past verb of expecting or planning
    ('they expected a vote on Friday', 'planned a rally on Sunday'), not a past perfect."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in cues["times.ahead_participle"]:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(root in c.subtree for c in objects):
        return True
    # ... or on the verb after its object, as the parse may hang it: 'expected a vote on Friday'
    lead = root.head
    return (
        root.dep_ == "pobj"
        and lead.lower_ == "on"
        and lead.head.i == verb.i
        and any(c.i < lead.i for c in objects)
    )


def _state_by(verb: Any, cues: WordClasses) -> bool:
    """True when ``verb`` tells, in the simple past, what things were or had done by or
    through a time ('by Sunday afternoon, the hotels were full', 'shares were up 2 pct by 3
    p.m.', 'through the spring, the polls were steady'), not a date set ahead ('was extended
    through Friday', 'was due by Friday', 'said it would decide by Friday')."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children
    )  # 'by Tuesday evening, cash machines were dispensing euros': what went on by then
    if not progressive and (
        verb.lemma_.lower() not in _STATE_VERBS or _verb_tense(verb, cues) != "past"
    ):
        return False  # 'asked for the change by June 12', 'completed by September 30'
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # 'was extended through Friday', 'were set by Monday'
    return not any(c.lower_ in _AHEAD_BY for c in verb.children if c.dep_ in _COMPLEMENTS)


# the verbs of a state or a level reached: 'were full by Sunday', 'rose 2 pct by 1 p.m.'
_STATE_VERBS = frozenset(
    "be rise fall climb slip gain drop jump ease edge dip slide surge soar plunge tumble"
    " decline increase decrease advance retreat firm weaken strengthen trade stand".split()
)


# verbs and complements whose 'by' or 'through' names a day set ahead, even told in the past
_AHEAD_BY = frozenset(
    "due expected scheduled set extend extended plan planned promise promised vow vowed aim"
    " aimed hope hoped pledge pledged need needed want wanted agree agreed deadline ready"
    " likely".split()
)
_COMPLEMENTS = frozenset({"acomp", "attr", "xcomp", "dobj", "oprd"})


# nouns 'of' a day after which names the day set: 'set a deadline of noon Monday', 'set a trial
# date of Feb. 9'
_LIMIT_NOUNS = frozenset({"deadline", "ultimatum", "date"})


def _set_day(root: Any, cues: WordClasses, lead: Any | None = None) -> bool:
    """True for the day a thing is set for or moved to ('called a general strike for Sunday',
    'a deadline it had set for Tuesday', 'have set a deadline of noon Monday', 'moved the vote
    to Tuesday evening'): a day ahead.
    ``lead`` is the word before the time, which the parse may not hang it from ('extended to
    5 p.m. Friday', where 'Friday' hangs on the verb)."""
    prep = root.head
    if lead is not None and lead.lower_ in ("for", "to", "of") and lead.dep_ == "prep":
        prep = lead
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "to", "of"):
        return False
    if prep.lower_ == "of" and prep.head.lemma_.lower() not in _LIMIT_NOUNS:
        return False  # only 'set a deadline of noon Monday' sets a day with 'of'
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") and verb.head.i != verb.i:
        verb = verb.head  # the parse may hang 'for Sunday' on the strike called
    if verb.lower_ in ("back", "forward") and verb.head.i != verb.i:
        verb = verb.head  # ... and 'to June 8' on the 'back' of 'was set back to June 8'
    if not _is_verb(verb):
        return False
    words = cues["times.moving_verb" if prep.lower_ == "to" else "times.setting_verb"]
    if prep.lower_ == "to" and verb.lemma_.lower() in ("put", "set", "pull", "bring"):
        # 'the hearing has been put back to June 8', 'set back the launch to early June'
        return any(c.lower_ in ("back", "forward") for c in verb.children)
    return verb.lemma_.lower() in words


def _passive_past(verb: Any | None) -> bool:
    """True for a verb in the simple past passive ('was scheduled', 'were set')."""
    return verb is not None and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children
    )


def _planned_infinitive(verb: Any, cues: WordClasses) -> bool:
    """True for an infinitive a verb of planning governs ('expected to open', 'was set to
    begin', 'was due to load'), not one told as done ('to have met')."""
    lowered = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    head = verb.head
    return (
        "to" in lowered
        and "have" not in lowered
        and verb.dep_ in ("xcomp", "ccomp")
        and head.i != verb.i
        # (not 'agreed to sell the unit on Friday', where the day may date the agreeing)
        and (
            head.lemma_.lower() in cues["times.planning_verb"]
            or head.lower_ in cues["times.planning_verb"]
        )
        # (not a plan told in the past perfect, whose day may be gone: 'traders had expected
        # the market to level out on Monday')
        and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children)
    )


def _edge_participle(root: Any, cues: WordClasses) -> bool:
    """True for a day a bare -ing participle after a noun names as the opening or close of a
    run ('the talks opening Tuesday', 'the rules, taking effect Friday'), whatever the tense
    of the clause around it: told so, the day is still to come."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head  # 'the talks opening on Tuesday'
    if verb is root or not verb.lower_.endswith("ing"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # the parse may take the -ing word for a noun ('talks opening Tuesday'): read its stem
    lemma = next((v for v in cues["times.edge_participle"] if verb.lower_ in _ing_forms(v)), None)
    if lemma is None:
        return False
    if lemma == "take":
        # 'taking effect Friday', however the parse hangs it
        return any(c.lower_ == "effect" for c in verb.children)
    # not 'shares rose, closing higher on Friday', nor 'the year ending Sept. 30', a period
    # told by its end whichever side of the report it lies
    return verb.dep_ == "acl" and verb.head.lemma_.lower() not in _PERIOD_NOUNS


_PERIOD_NOUNS = frozenset(
    "year quarter half month week day period session season term fortnight".split()
)


def _ing_forms(verb: str) -> tuple[str, ...]:
    """The -ing forms a verb may take ('open' opening, 'close' closing, 'begin' beginning)."""
    return (verb + "ing", verb[:-1] + "ing", verb + verb[-1:] + "ing")


def _ahead_participle(verb: Any, cues: WordClasses) -> bool:
    """True for a bare participle after a noun that puts its day ahead ('showers expected on
    Saturday', 'talks scheduled for Monday'), whatever the tense of the clause around it."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod", "advcl", "pobj")  # (pobj: 'with the largest expected')
        and verb.lemma_.lower() in cues["times.ahead_participle"]
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _planned_then(verb: Any, span: Any, cues: WordClasses) -> bool:
    """True when a time put before a past planning verb says when the plan was made."""
    return verb.lemma_ in cues["times.schedule_verb"] and verb.tag_ == "VBD" and span.end <= verb.i


def _past_perfect(verb: Any, cues: WordClasses) -> bool:
    """True when the verb, or the verb an infinitive hangs from, is in the past perfect."""
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children):
            return not any(c.lower_ in cues["times.future_aux"] for c in verb.children)
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _verb_tense(verb: Any, cues: WordClasses, depth: int = 0, *, modal: bool = True) -> Direction:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # ... and one the parser hung on another ('will' on 'be' in 'will be closed Friday')
    auxes += [c for a in auxes for c in a.children if c.dep_ == "aux"]
    lowered = {a.lower_ for a in auxes}
    if (
        verb.tag_ == "VBN"
        and not auxes
        and verb.lemma_.lower() in ("follow", "precede")
        and verb.dep_ in ("advcl", "acl")
        and verb.head.i != verb.i
        and depth < 3
    ):
        # 'talks will resume in August, followed by a session in October': the sequence is
        # told as its clause is
        return _verb_tense(verb.head, cues, depth + 1, modal=modal)
    if lowered & cues["times.future_aux"]:
        return "future"  # 'will meet'
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not auxes
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return "future"  # an order: 'Vote on Tuesday.', 'Please call her on Wednesday.'
    if modal and lowered & cues["times.modal_ahead"] and not lowered & {"have", "'ve"}:
        negated = any(c.dep_ == "neg" for c in verb.children)
        if not (negated and lowered & {"could", "can"}):
            return "future"  # 'the storm may strike on Monday', 'must win on Friday'
    if verb.lemma_ in cues["times.schedule_verb"]:
        if verb.tag_ == "VBD" or lowered & {"was", "were"}:
            # 'surgery was scheduled for Sept. 26, but ...': set then, for a day either side
            # of the report; a weekday so set still looks ahead, as 'is scheduled' does
            return "present"
        return "future"  # 'is scheduled for Monday', 'plans a rally on Saturday'
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and "to" in lowered and verb.head.i != verb.i:
        head = verb.head
        tensed = head
        if (
            head.dep_ == "acomp"
            and head.pos_ == "ADJ"
            and head.head.i != head.i
            and head.lemma_ not in cues["times.plan_verb"]
        ):
            tensed = head.head  # 'will be able to vote on Wednesday': told as 'will be' is
        governing = _verb_tense(tensed, cues, depth + 1, modal=modal) if depth < 3 else None
        planned = head.lemma_ in cues["times.plan_verb"] or head.lemma_ == "be"
        if "have" in lowered and not (planned and governing in (None, "present")):
            return "past"  # 'alleged to have been committed in February': done before
        if planned and (governing in (None, "present") or _bare_participle(head)):
            return "future"  # 'plans to meet', 'is to resume', 'set to resume', 'due to expire'
        if planned and governing == "past" and _present_perfect(head):
            return "future"  # 'has threatened to strike on Thursday': the threat still stands
        if head.lemma_ == "be" and governing == "past":
            return "future"  # 'talks were to continue Monday': what was still to come
        if (
            governing == "past"
            and head.lemma_ in cues["times.ahead_participle"]
            and any(c.dep_ == "auxpass" for c in head.children)
        ):
            return "future"  # 'was expected to begin work Sunday': what was still to come
        if planned and governing == "past":
            return None  # 'agreed to buy it in February': after the agreement, maybe still ahead
        if verb.dep_ == "advcl" and governing == "past" and "have" not in lowered:
            return None  # 'issued licences to avert a shortage in May': a purpose, maybe ahead
        return governing
    if verb.dep_ in ("acl", "relcl") and "to" in lowered and depth < 3:
        # 'a request to block the counts at 10 a.m. Monday': what is asked for lies ahead of
        # a clause told as present or ahead; after one told as past ('reported the findings
        # in a study to be published Thursday') it was still to come then, the nearest such day
        above = next((a for a in verb.ancestors if _is_verb(a)), None)
        governing = _verb_tense(above, cues, depth + 1, modal=modal) if above is not None else None
        if governing == "past" and verb.dep_ == "relcl" and "be" in lowered:
            return "present"
        return "future" if governing in ("present", "future") else None
    if "to" in lowered and verb.tag_ == "VB" and depth == 0 and _headline_plan(verb):
        return "future"  # 'Acme president to retire in July', as a headline tells the future
    if (
        verb.dep_ == "acomp"
        and verb.tag_ == "VBN"
        and not auxes
        and verb.head.lemma_ == "be"
        and depth < 3
    ):
        return _verb_tense(verb.head, cues, depth + 1, modal=modal)  # 'would be closed Monday'
    if (
        verb.dep_ == "conj"
        and not auxes
        and verb.tag_ == "VBN"  # the bare form read as a participle, not a past 'set'
        and depth < 3
        and _verb_tense(verb.head, cues, depth + 1, modal=modal) == "future"
    ):
        return "future"  # 'will take office in January and run in November': 'run' shares 'will'
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and (
        not auxes or lowered & {"has", "have", "had", "having", "'s", "'ve"}
    ):
        return "past"
    if verb.tag_ == "VBG" and "been" in lowered and lowered & {"has", "have", "had", "'ve"}:
        return "past"  # 'have been searching since Oct. 23'
    if (
        verb.tag_ == "VBP"
        and not auxes
        and verb.lower_ in cues["times.unchanged_past"]
        and _singular_subject(verb)
    ):
        return "past"  # 'weakness hurt stocks': a present form needs 'hurts', so this is past
    if verb.tag_ in ("VBZ", "VBP") or lowered & {"is", "are", "am", "'s", "'re"}:
        return "present"  # a finite present: 'meets Monday', 'is meeting on Monday'
    if _continues(verb, cues) and depth < 3:
        return _verb_tense(
            verb.head, cues, depth + 1, modal=modal
        )  # 'will begin withdrawing on Friday'
    if verb.tag_ == "VBG":
        # a participle ('closing unchanged Friday') takes no tense of its own, but one under a
        # verb with 'will' looks ahead with it ('will fly to Paris before heading to Berlin')
        if _under_will(verb, cues):
            return "future"
        if depth > 0:
            return None
        above = _verb_above(verb) if verb.dep_ == "prep" else None
        if verb.dep_ == "pcomp" and _is_verb(verb.head.head):
            # 'was underpaid after returning from leave in April': the -ing verb after a
            # preposition is told in the time of the verb the preposition hangs from
            lead = verb.head.head
        elif above is not None:
            # 'has been hit by floods, including in June': 'including' is a preposition here,
            # the time is its verb's
            lead = above
        elif _clause_participle(verb):
            # 'has fluctuated, rising to a high in June from $29 in March': the participle
            # tells what its verb did, in that verb's time
            lead = verb.head
        else:
            return None
        governing = _verb_tense(lead, cues, depth + 1, modal=modal)
        return governing if governing in ("past", "future") else None
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and depth < 3:
        return _verb_tense(verb.head, cues, depth + 1, modal=modal)
    return None


def _continues(verb: Any, cues: WordClasses) -> bool:
    """True for an -ing verb after a verb of beginning or going on ('start pulling out')."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "xcomp"
        and verb.head.i != verb.i
        and verb.head.lemma_ in cues["times.aspect_verb"]
    )


def _clause_participle(verb: Any) -> bool:
    """True for an -ing verb heading a clause that leans on another verb ('rose, closing at'),
    not one used as a noun ('a restocking now for the winter')."""
    return (
        verb.dep_ in ("advcl", "conj")
        and verb.head.i != verb.i
        and not any(c.dep_ in ("det", "poss") for c in verb.children)
    )


def _headline_plan(verb: Any) -> bool:
    """True for a 'to' verb standing for the sentence's own ('Acme chairman to retire'), with
    no other verb in the sentence: a headline telling what is still to come."""
    if verb.dep_ == "ROOT":
        top = verb
    elif verb.dep_ == "relcl" and verb.head.dep_ == "ROOT":
        top = verb.head  # 'Acme president to retire' read as the president who is to retire
    else:
        return False
    return not any(_is_verb(t) for t in top.subtree if verb.i not in (t.i, t.head.i))


def _is_verb(token: Any) -> bool:
    """True for a verb or an auxiliary, by its part of speech or its tag."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith(("VB", "MD"))


_CONDITIONAL = frozenset({"would", "'d", "’d"})  # future auxiliaries that only suppose


def _under_will(token: Any, cues: WordClasses) -> bool:
    """True when the nearest verb above ``token`` has a future auxiliary that is no
    conditional: 'will', 'shall' (not 'would')."""
    will = cues["times.future_aux"] - _CONDITIONAL
    for _ in range(6):
        if token.head.i == token.i:
            return False
        token = token.head
        if _is_verb(token):
            return any(c.dep_ == "aux" and c.lower_ in will for c in token.children)
    return False


def _present_perfect(verb: Any) -> bool:
    """True for a participle with 'has' or 'have' ('has threatened', 'have vowed')."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children
    )


def _singular_subject(verb: Any) -> bool:
    """True when the verb's subject is one singular noun ('the index', 'Weakness'), not two
    joined ('Kenya and Somalia meet')."""
    return any(
        c.dep_ == "nsubj"
        and c.tag_ in ("NN", "NNP")
        and not any(g.dep_ == "conj" for g in c.children)
        for c in verb.children
    )


def _bare_participle(verb: Any) -> bool:
    """True for a participle with no auxiliary of its own: 'talks, set to resume Monday'."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _sentence_tense(sent: Any) -> Direction:
    """A sentence without a parse tree: 'will' anywhere looks ahead, 'said' looks back."""
    words = {t.lower_ for t in sent}
    if words & {"will", "shall", "'ll"}:
        return "future"
    if any(t.tag_ == "VBD" for t in sent) or words & {"said", "was", "were", "had"}:
        return "past"
    return None


_PART_OF_PERIOD = frozenset({"end", "mid", "start", "beginning"})
# nouns a year may follow as their label: 'by end 1986', 'the sales index, base 1980'
_YEAR_LABELS = _PART_OF_PERIOD | {"base"}


def counts_things(parsed: Any, start: int, end: int, figures: frozenset[str] = frozenset()) -> bool:
    """Return True when the number at text[start:end] counts or labels a noun, not a year:
    '2000 people', '1500 troops', 'Route 2020' (but 'the 1988 results' is a year, and so is
    the number before a plural of ``figures``: '1990 earnings', '2024 elections')."""
    if parsed is None:
        return False
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ != "nummod" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.head.lower_ in _YEAR_LABELS or token.head.lemma_ == "year":
        return False  # 'by end 1986', 'base 1980' (an index's base year); 'the years 1979'
    if _WHEN_AFTER.match(parsed.text, end):
        return False  # 'on track to rival 1980, when a heat wave killed 1,200': a year
    if token.head.i < token.i:
        # a label after a name: 'Route 2020', 'Flight 1972'; never after the unit of an
        # amount ('its 4.5 billion dlrs 1984 rescue' names the year of the rescue)
        return not _unit_of_amount(token.head)
    before = parsed[token.i - 1] if token.i > 0 else None
    determined = (
        before is not None
        and before.pos_ in ("DET", "PRON")
        or (before is not None and before.tag_ == "POS")
    )
    if token.head.lower_ in figures:
        return False  # 'expect 1990 earnings': a year's figures are not counted
    if token.text.isdigit() and int(token.text) >= _MODERN and _counted_before(token):
        return False  # 'three old 1979 notes', 'its 500 dlr 1982 debentures': the notes of 1979
    if determined and token.text.isdigit() and int(token.text) < _MODERN:
        determined = False  # 'the 1500 listed companies': a count, not a year five centuries back
    return token.head.tag_ in ("NNS", "NNPS") and not determined


_WHEN_AFTER = re.compile(r",?\s+when\b")


def _counted_before(token: Any) -> bool:
    """True when a count or an amount comes before the number ``token`` in its noun phrase,
    with no 'and' or 'to' between ('three old 1979 notes'; not '1,000 to 1500 troops')."""
    doc = token.doc
    before = [t for t in doc[token.head.left_edge.i : token.i] if t.like_num]
    return bool(before) and not any(
        t.lower_ in ("and", "or", "to", "-", "–", "/") for t in doc[before[-1].i + 1 : token.i]
    )


def _unit_of_amount(noun: Any) -> bool:
    """True for a noun counted by a figure before it: 'dlrs' in '4.5 billion dlrs'."""
    if noun.text[:1].isupper():
        return False  # 'Flight' in '300 Flight 1972 passengers' is a name, not a unit
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (before is not None and before.like_num) or any(
        c.i < noun.i and c.dep_ == "nummod" and c.like_num for c in noun.children
    )


def dateline_date(text: str, *, extra_dirs: tuple[str, ...] = ()) -> str | None:
    """Return the ISO day of a dateline at the top of ``text``, or None without a full date.

    A dateline is a place in capitals, perhaps a region or country, then a date: "ISLAMABAD,
    March 5, 2023 (NNI) -" or "AL-AIN , United Arab Emirates 1996-12-06".
    """
    day = _dateline_day(text, extra_dirs)
    return day if day and not day.startswith("X") else None


def _month_day(day: str | None) -> tuple[int, int] | None:
    """The (month, day) of a dateline's day that gives no year ('XXXX-03-05', as in "BEIJING,
    March 5 (Xinhua)"), else None."""
    if day is None or not day.startswith("XXXX-"):
        return None
    return int(day[5:7]), int(day[8:10])


def _dateline_day(text: str, extra_dirs: tuple[str, ...]) -> str | None:
    """The day value ('2023-03-05', 'XXXX-03-05') of a dateline on one of the first lines of
    ``text``: at the top, or under a headline and a byline, as Reuters lays a story out."""
    starts = [0] + [hit.end() for hit in re.finditer(r"\n", text[:_DATELINE_LINES_CHARS])]
    for line_start in starts[:_DATELINE_LINES]:
        day = _dateline_at(text, line_start, extra_dirs)
        if day is not None:
            return day
    return None


def _dateline_at(text: str, line_start: int, extra_dirs: tuple[str, ...]) -> str | None:
    """The day value of a dateline opening the line at ``line_start``, or None."""
    rest = text[line_start:]
    head = rest.lstrip()[:_DATELINE_CHARS]
    offset = line_start + len(rest) - len(rest.lstrip())
    words = load_words(extra_dirs)
    ctx = Context(text=head, anchor=None, words=words)
    found = find_times(ctx, extra_dirs=extra_dirs)
    if not found:
        return None
    first = found[0]
    if _DATELINE_HEAD.fullmatch(head[: first.start]):  # 'ISLAMABAD, March 5, 2023 (NNI) -'
        if _FULL_DAY.fullmatch(first.value) and "\n" not in head[: first.start]:
            log.debug("dateline date %s at offset %d", first.value, offset + first.start)
            return first.value
        return None
    # a line given to the date, as web pages print it under the headline: 'Apr 9, 2007',
    # 'Published April 11, 2007', 'Posted 12:17 am, Monday, September 16, 2013' (a clock time
    # told on the date), 'Sun, 15 Sep 2013', '16 September 2013 Last updated at 12:42 GMT'
    day = next((f for f in found if _FULL_DAY.fullmatch(f.value.partition("T")[0])), None)
    line_end = head.find("\n")
    line_end = len(head) if line_end < 0 else line_end
    if day is None or day.value.startswith("X") or day.end > line_end:
        return None
    # the rest of the line: a clock time, a zone, a source; an update stamp after it is let be
    # ('September 14, 2013 11:41am | Updated on September 14, 2013 12:45pm')
    tail = _UPDATE_STAMP.sub("", head[day.end : line_end])
    if (
        len(tail) > _DATE_LINE_TAIL
        or any(w.lower().rstrip(".") not in _DATE_LINE_WORDS for w in _WORD.findall(tail))
        or not _date_line_lead(words).fullmatch(head[: day.start])
    ):
        return None
    value = day.value.partition("T")[0]
    log.debug("date line %s at offset %d", value, offset + day.start)
    return value


_FULL_DAY = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}")
_DATE_LINE_TAIL = 48  # what may follow the date on its line: a clock time, a zone, a source
# the only lower-case words that may follow it there ('at 5:19 pm', 'Last updated at 12:42
# GMT'); a sentence ('On May 14, 2024 the talks failed') dates its event, not the story
_DATE_LINE_WORDS = frozenset("at am pm a.m p.m last updated local time".split())
_WORD = re.compile(r"\b[a-z][a-z.]{1,}")
_UPDATE_STAMP = re.compile(r"\s*[|,;–-]?\s*(?:last\s+)?updated\b.*$", re.IGNORECASE)


def _date_line_lead(words: Words) -> re.Pattern[str]:
    """What may stand before the date on a line given to it: a word saying what the date is,
    a clock time, a weekday."""
    return _lead_pattern(words.alternation("weekday"))


@lru_cache(maxsize=8)
def _lead_pattern(weekday: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:(?:(?:published|posted|updated)(?:\s+on)?|last\s+updated(?:\s+(?:at|on))?|on|dated?)"
        r"\b\s*:?\s*)?"
        # a clock time, with its zone and another zone's time: '8:44AM BST', '1052 GMT (1852 HKT)'
        r"(?:(?:\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\s*\.?\s*m\b\s*\.?)?|\d{4}(?=\s+[A-Z]{2,4}\b))"
        r"\s*(?-i:[A-Z]{2,4}\b)?\s*(?:\([^()]{1,24}\))?\s*,?\s*)?"
        rf"(?:(?:{weekday})\s*,?\s*)?",
        re.IGNORECASE,
    )


# two leap years whose days fall on different weekdays: what a value owes to the year alone
# moves by their distance, what it owes to the weekday moves otherwise
_PROXY_YEARS = (2000, 2004)


def _month_day_values(found: list[Found], runs: list[list[Found]]) -> list[Found]:
    """Give each time found with no anchor the value the dateline's month and day fix, when
    two runs anchored on that day in two proxy years agree on all but the year ('tomorrow'
    is XXXX-03-06 after "March 5"); weekdays and weeks, which need the year, stay as found."""
    by_span = [{(f.start, f.end): f.value for f in run} for run in runs]
    out = []
    for f in found:
        values = [run.get((f.start, f.end)) for run in by_span]
        masked = {_mask_years(v, year) for v, year in zip(values, _PROXY_YEARS, strict=True)}
        if len(masked) == 1 and None not in masked and ("X" in f.value or f.value.endswith("_REF")):
            f = dataclasses.replace(f, value=masked.pop())
        out.append(f)
    return out


def _mask_years(value: str | None, proxy: int) -> str | None:
    """The value with each year counted from the proxy year written XXXX, None if it holds a
    year the proxy did not give (a weekday's week, or a year written in the story)."""
    if value is None:
        return None
    years = [int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", value)]
    if not years or any(abs(year - proxy) > 1 for year in years):
        return None
    if re.search(r"-W\d", value):
        return None  # an ISO week's number changes with the year
    return re.sub(r"(?<!\d)\d{4}(?!\d)", "XXXX", value)


def named_quarters(
    text: str,
    anchor: dt.date | None,
    aside: frozenset[str] = frozenset(),
    title: str | None = None,
    words: Words | None = None,
) -> tuple[tuple[int, int, int], ...]:
    """Return (offset, year, quarter) for each finished quarter of the anchor's year that the
    text names ("the third quarter" in an article of November; last year's fourth quarter in
    an article of February), again wherever the report comes back to it ("the latest
    quarter"), and (offset, 0, 0) where a longer period takes over ("in the nine months",
    "for the year"): no quarter is in play after that. A quarter named after a word of
    ``aside`` ("after a weak second quarter", "than the second quarter") is only a comparison
    and leaves the reported quarter in play. A quarter the ``title`` reports ("ACME CORP 4TH QTR
    NET") is in play from the top of the text."""
    if anchor is None:
        return ()
    current = (anchor.month - 1) // 3 + 1
    found: list[tuple[int, int, int]] = []
    last: tuple[int, int] | None = None
    if title and (head := _TITLE_QUARTER.search(title)):
        # the quarter as the company numbers it ('3RD QTR FEB 28' told in March is of its
        # fiscal year, named by this one), but '4TH QTR NET' told in February or April is
        # last year's
        quarter = _QUARTER_ORDINALS[head["ord"].lower()]
        last = (anchor.year - 1, 4) if quarter == 4 and current <= 2 else (anchor.year, quarter)
        found.append((0, *last))
    for hit in _QUARTER_MENTION.finditer(text):
        if hit["qn"]:  # a quarter with its year: 'Q1 2014', reported or compared
            if not (_named_aside(text, hit.start(), aside) or compared_in(text, hit.start())):
                last = (int(hit["qyear"]), int(hit["qn"][1]))
                found.append((hit.start(), *last))
            continue
        if hit["tmonth"]:
            ended = end_month(text, hit.end(), anchor, words) if words is not None else None
            if ended is None:
                continue
            if not (_named_aside(text, hit.start(), aside) or compared_in(text, hit.start())):
                last = (ended[0], (ended[1] - 1) // 3 + 1)
                found.append((hit.start(), *last))
            continue
        if hit["ord"] or hit["mrange"]:
            if hit["mrange"]:
                quarter = _RANGE_QUARTERS[hit["mrange"][:3].lower()]
            else:
                quarter = _QUARTER_ORDINALS[hit["ord"].lower()]
            if _named_aside(text, hit.start(), aside) or compared_in(text, hit.start()):
                continue  # 'after a weak second quarter': named to compare, not reported
            if hit["oyear"] or hit["orel"]:
                # 'the second quarter of 2014', 'the third quarter of last year': that year's,
                # when it is over ('losses through the third quarter of 1990' is a forecast)
                shift = {"last": -1, "this": 0, "next": 1}.get((hit["orel"] or "").lower(), 0)
                year = int(hit["oyear"]) if hit["oyear"] else anchor.year + shift
                if (year, quarter) < (anchor.year, current):
                    last = (year, quarter)
                    found.append((hit.start(), *last))
                continue
            if words is not None and (ended := end_year(text, hit.end(), anchor, words)):
                # 'its fiscal third quarter, ended March 31', told in April: this year's, as
                # the company numbers it
                last = (ended, quarter)
                found.append((hit.start(), *last))
                continue
            # the current quarter is not over, so a report is about it only as a fiscal
            # quarter: when it is the first quarter the article names ("Acme reported
            # fourth-quarter profit" in November)
            forecast = _FORECAST.search(text, max(0, hit.start() - 80), hit.start())
            if quarter < current - 1 and forecast and not hit["fiscal"]:
                # 'profits will rise in the second quarter', said in December: next year's,
                # in play to the end of its sentence only
                found.extend(_for_its_sentence(text, hit, (anchor.year + 1, quarter), last))
                continue
            if quarter < current or (quarter == current and not found):
                year = anchor.year
            elif quarter == 4 and current <= 2:
                # the fourth quarter named in the first half of a year is last year's, just
                # reported ('fourth-quarter profit rose', said in February or in April)
                year = anchor.year - 1
            elif forecast:
                # a quarter still to come, named in a forecast ('expects fourth-quarter profit
                # to match the year-ago quarter'): in play to the end of its sentence only
                found.extend(_for_its_sentence(text, hit, (anchor.year, quarter), last))
                continue
            else:
                continue
            last = (year, quarter)
            found.append((hit.start(), *last))
        elif hit["again"] and last is not None:
            found.append((hit.start(), *last))
        elif hit["longer"] and found:
            found.append((hit.start(), 0, 0))
    return tuple(sorted(found, key=lambda entry: entry[0]))


def _for_its_sentence(
    text: str, hit: re.Match[str], named: tuple[int, int], last: tuple[int, int] | None
) -> list[tuple[int, int, int]]:
    """The entries that put a quarter named at ``hit`` in play to the end of its sentence
    only, and the one reported before it (``last``, or none) back in play after that."""
    entries = [(hit.start(), *named)]
    if close := SENTENCE_END.search(text, hit.end()):
        entries.append((close.start(), *(last or (0, 0))))
    return entries


# a forecast's words before a quarter still to come, in its sentence: 'expects fourth-quarter
# profit', 'sees first-quarter sales'
_FORECAST = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicts?|projects?|projected|sees|estimates?"
    r"|anticipates?|will|would|should|could|might|(?-i:may))\b[^.;!?]*$",
    re.IGNORECASE,
)
# a results headline's quarter: 'ACME CORP <ACM> 4TH QTR NET', 'ACME 2ND QTR FEB 28 LOSS'
_TITLE_QUARTER = re.compile(
    r"\b(?P<ord>1st|2nd|3rd|4th|first|second|third|fourth)[\s-]+(?:qtr|quarter)\b", re.IGNORECASE
)
# the quarter a run of months opens ('the April-June quarter' is the second)
_RANGE_QUARTERS = {"jan": 1, "apr": 2, "jul": 3, "oct": 4}
# the number of a quarter named by its ordinal, in words or figures
_QUARTER_ORDINALS = {
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
}
# what may stand between a comparison word and the quarter: 'after a weak second quarter'
_ASIDE_FILLER = frozenset("a an the its their his her this that".split())


def _named_aside(text: str, start: int, aside: frozenset[str]) -> bool:
    """True when the quarter named at ``start`` follows a comparison word of ``aside``, with at
    most a determiner and one more word between ("after a weak second quarter")."""
    words = re.findall(r"[\w.'’-]+", text[max(0, start - 60) : start].lower())
    for skip in range(min(3, len(words))):
        between, head = words[len(words) - skip :], words[: len(words) - skip]
        fillers = sum(w in _ASIDE_FILLER for w in between)
        if fillers > 1 or skip - fillers > 1:
            break
        if head[-1] in aside or " ".join(head[-2:]) in aside:
            return True
    return False


class Times:
    """Find time expressions and resolve them against the publication date."""

    name = "times.v1"
    requires = ("parsed",)
    produces = ("times",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def __call__(self, doc: Document) -> Document:
        """Return the document with its time expressions (and a dateline date if it had none)."""
        extra = tuple(self.settings.lexicon_dirs)
        article = doc.article
        dateline = _dateline_day(article.text, extra) if article.date is None else None
        if dateline and not dateline.startswith("X"):
            article = dataclasses.replace(article, date=dateline)
            doc = doc.with_(article=article).warn(
                f"no publication date given; used {dateline} from the dateline"
            )
        anchor = dt.date.fromisoformat(article.date) if article.date else None
        cues = word_classes(extra)
        words = load_words(extra)
        ctx = Context(
            text=article.text,
            anchor=anchor,
            words=words,
            tense=partial(clause_tense, doc.parsed, cues=cues, words=words),
            counts=partial(counts_things, doc.parsed, figures=cues["times.period_figures"]),
            quarters=named_quarters(
                article.text, anchor, cues["times.aside_prep"], title=article.title, words=words
            ),
            cased=written_in_capitals(article.text),
        )
        found = [
            f
            for f in find_times(ctx, extra_dirs=extra)
            if not _inside_name(doc.parsed, f)
            and not _future_as_adjective(doc.parsed, f)
            and not _part_of_a_match(
                doc.parsed, f, cues["times.match_word"], cues["times.game_noun"]
            )
        ]
        month_day = _month_day(dateline) if anchor is None else None
        if month_day is not None:
            runs = [
                find_times(dataclasses.replace(ctx, anchor=dt.date(year, *month_day), problems=[]))
                for year in _PROXY_YEARS
            ]
            found = _month_day_values(found, runs)
            doc = doc.warn(
                f"no publication date given; the dateline gives {month_day[0]:02d}-"
                f"{month_day[1]:02d} with no year: days counted from it keep XXXX for the year"
            )
        if anchor is not None and doc.parsed is not None:
            quote_cues = cue_lexicon(extra)
            found = said_days(found, doc.parsed, anchor, quote_cues)
            found = reported_days(found, doc.parsed, anchor, quote_cues, cues, words)
        ids = {f.start: f"t{number}" for number, f in enumerate(found, start=1)}
        times = tuple(
            TimeExpr(
                start=f.start,
                end=f.end,
                text=article.text[f.start : f.end],
                type=f.type,
                value=f.value,
                id=ids[f.start],
                mod=f.mod,
                anchor=_anchor(f, article.date, ids),
                rule=f.rule,
            )
            for f in found
        )
        for problem in ctx.problems:
            doc = doc.warn(problem)
        return doc.with_(times=times)


def said_days(found: list[Found], parsed: Any, anchor: dt.date, cues: CueLexicon) -> list[Found]:
    """Return ``found`` with each 'today', 'tomorrow' or 'tonight' inside a quotation told
    from the day its speaker said it, when the sentence names that day ('"Tomorrow we will
    be champions," the coach said on Friday', in Saturday's paper, is Saturday)."""
    quoted = _QUOTATION.finditer(parsed.text)
    regions = [(m.start(), m.end()) for m in quoted]
    if not regions:
        return found

    def inside(f: Found) -> bool:
        return any(start <= f.start and f.end <= end for start, end in regions)

    def quote_of(f: Found) -> tuple[int, int]:
        return next(
            ((start, end) for start, end in regions if start <= f.start and f.end <= end),
            (f.start, f.end),
        )

    out = []
    for f in found:
        said = (
            _said_on(f, quote_of(f), found, parsed, inside, cues)
            if ".day_offset." in f.rule and inside(f)
            else None
        )
        if said is None or said == anchor or not _DAY_VALUE.match(f.value):
            out.append(f)
            continue
        day, said_at = dt.date.fromisoformat(f.value[:10]) + (said[0] - anchor), said[1]
        out.append(dataclasses.replace(f, value=day.isoformat() + f.value[10:], anchor_at=said_at))
    return out


def _said_on(
    f: Found, quote: tuple[int, int], found: list[Found], parsed: Any, inside: Any, cues: CueLexicon
) -> tuple[dt.date, int] | None:
    """The day, and the expression naming it, on which the quotation holding ``f`` was said:
    a day outside the quotation, in its sentence or the one its closing mark ends in, on a
    reporting verb or an adjunct of one ('said on Friday', 'said after their meeting on
    Saturday'); a quotation opening a sentence with no reporting verb of its own continues
    the sentence before it ('told radio late on Friday. "Tomorrow the truce is over."')."""
    sentences = []
    for at in (f.start, max(f.start, quote[1] - 1)):
        span = parsed.char_span(at, at + 1, alignment_mode="expand")
        if span is not None:
            sentences.append(span.sent)
    if sentences and not any(
        _reports(t, cues) for sent in sentences for t in sent if not _inside_chars(t, quote)
    ):
        opening = sentences[0]
        if opening.start > 0 and not parsed.text[opening.start_char : quote[0]].strip():
            sentences.append(parsed[opening.start - 1].sent)
    bounds = [(sent.start_char, sent.end_char) for sent in sentences]
    for other in found:
        if other is f or inside(other) or not _DAY_VALUE.match(other.value):
            continue
        if not any(start <= other.start and other.end <= end for start, end in bounds):
            continue
        when = parsed.char_span(other.start, other.end, alignment_mode="expand")
        token = when.root if when is not None else None
        for _ in range(5):  # 'said after their meeting on Saturday': Saturday -> ... -> said
            if token is None or token.head.i == token.i:
                break
            token = token.head
            if _reports(token, cues):
                return dt.date.fromisoformat(other.value[:10]), other.start
            if _is_verb(token):
                break  # a day of some other doing ('the talks that ended on Friday')
    return None


def _inside_chars(token: Any, span: tuple[int, int]) -> bool:
    """True when ``token`` lies within the characters ``span``."""
    return span[0] <= token.idx < span[1]


def reported_days(
    found: list[Found],
    parsed: Any,
    anchor: dt.date,
    quote_cues: CueLexicon,
    cues: WordClasses,
    words: Words,
) -> list[Found]:
    """Return ``found`` with each bare weekday of reported speech told from the day of the
    speech, when the reporting verb names a day before the publication date: in Sunday's
    paper, 'told radio on Thursday he would quit on Friday' is the Friday after that Thursday,
    and 'said on Monday the man had been held on Saturday' the Saturday before that Monday."""
    out = []
    for f in found:
        told = _told_weekday(f, found, parsed, anchor, quote_cues, cues, words)
        out.append(f if told is None else told)
    return out


def _told_weekday(
    f: Found,
    found: list[Found],
    parsed: Any,
    anchor: dt.date,
    quote_cues: CueLexicon,
    cues: WordClasses,
    words: Words,
) -> Found | None:
    """``f`` resolved from the day its reporting verb names, or None if that changes nothing."""
    if not f.rule.endswith(".weekday.v1") or not _DAY_VALUE.match(f.value):
        return None
    span = parsed.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or words.lookup("weekday", span[0].text) is None:
        return None  # 'last Friday', 'next Tuesday' count from the report
    verb = _first_verb(span.root)
    clause = _reported_clause(verb, quote_cues)
    if verb is None or clause is None:
        return None
    said = _day_of(clause.head, found, f, parsed, clause)
    if said is None or said[0] >= anchor:
        return None
    if not _backshifted(verb, clause):
        return None  # 'said on Thursday he will quit on Friday': told from the report
    day = dt.date.fromisoformat(f.value[:10])
    weekday = day.weekday()
    if day > anchor:
        # 'said on Thursday he would quit on Friday': the Friday after that Thursday
        moved = said[0] + dt.timedelta(days=(weekday - said[0].weekday() - 1) % 7 + 1)
    elif said[0] < day and clause_tense(parsed, f.start, f.end, cues, words) == "past":
        # 'said on Monday the man had been held on Saturday': the Saturday before that Monday
        moved = said[0] - dt.timedelta(days=(said[0].weekday() - weekday) % 7)
    else:
        return None
    if moved == day:
        return None
    return dataclasses.replace(f, value=moved.isoformat() + f.value[10:], anchor_at=said[1])


def _first_verb(token: Any) -> Any | None:
    """The verb whose clause holds ``token``: the token itself or its nearest verb head."""
    for _ in range(4):
        if _is_verb(token):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _reported_clause(verb: Any | None, quote_cues: CueLexicon) -> Any | None:
    """The verb heading the clause a reporting verb governs, if ``verb`` is in one: 'quit' in
    'said he would quit', 'were' in 'said the talks were due to resume'."""
    for _ in range(3):
        if verb is None or verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp":
            return verb if _reports(verb.head, quote_cues) else None
        if verb.dep_ not in ("xcomp", "acomp", "conj"):
            return None
        verb = verb.head
    return None


_BACKSHIFT = frozenset({"would", "'d", "’d", "was", "were", "had"})


def _backshifted(verb: Any, clause: Any) -> bool:
    """True when the reported clause is told in the past of its speech ('would quit', 'was
    set for', 'were due to resume'), not in the present of the report ('will quit', 'have
    been reported since'). A verb with auxiliaries of its own is read by them alone."""
    for head in (verb, clause):
        auxes = [
            c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
        ]
        if auxes:
            return any(a in _BACKSHIFT for a in auxes)
        if head.tag_ == "VBD":
            return True
    return False


def _reports(verb: Any, quote_cues: CueLexicon) -> bool:
    """True when ``verb`` reports speech ('said', 'told', 'announced')."""
    cue = quote_cues.match(verb, pos="verb")
    return cue is not None and "quote" in cue.cue.frames


def _day_of(
    verb: Any, found: list[Found], f: Found, parsed: Any, clause: Any
) -> tuple[dt.date, int] | None:
    """The day named on the reporting ``verb`` itself ('said on Thursday'), or before the
    subject of its ``clause`` ('told radio on Thursday he would quit'), not inside it."""
    for other in found:
        if other is f or not _DAY_VALUE.match(other.value):
            continue
        if not verb.sent.start_char <= other.start < verb.sent.end_char:
            continue
        when = parsed.char_span(other.start, other.end, alignment_mode="expand")
        head = _first_verb(when.root) if when is not None else None
        if head is not None and (
            head.i == verb.i or (head.i == clause.i and before_subject(when.root, clause))
        ):
            return dt.date.fromisoformat(other.value[:10]), other.start
    return None


# a quotation in curly, straight or doubled-backquote marks, within a paragraph
_QUOTATION = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|``[^\n]{1,600}?''")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def _anchor(found: Found, date: str | None, ids: dict[int, str]) -> str | None:
    """What the value was resolved against: the id of the expression giving the reference time
    ('the following year' after 'May 22, 1995'), else the publication date, else None."""
    if found.anchor_at is not None:
        return ids.get(found.anchor_at)
    value = found.value
    resolved = found.type in ("DATE", "TIME") and value[:1].isdigit() and "X" not in value[:4]
    return date if resolved else None


def _future_as_adjective(parsed: Any, found: Found) -> bool:
    """True for 'the future' qualifying a noun after it ('the future rate of decline', 'the
    future sale of the plant'): a thing to come, not a time."""
    if parsed is None or found.value != "FUTURE_REF":
        return False
    span = parsed.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or span[-1].lower_ != "future":
        return False
    word = span[-1]
    return word.dep_ in ("amod", "compound") and word.head.i > word.i


_BARE_PERIOD = re.compile(r"(?:\d{4}|XXXX)-(?:H[12]|Q[1-4])")
# a game's score with its leader or trailer, 'trailed 24-0', 'led by 18', 'were outscored 35-17'
_GAME_SCORE = re.compile(
    r"\b(?:led|trailed|leading|trailing|outscored)\s+(?:by\s+)?\d{1,3}(?:-\d{1,3})?\b"
    r"(?![.,]\d|\s*(?:%|percent|pct|per\s+cent|percentage|basis))",
    re.I,
)
# a period of a game named by the game after it: 'the third quarter of Tuesday's win'
_OF_A_GAME = re.compile(r"\s+of\s+(?:the\s+|\w+['’]s\s+)(?P<words>(?:[\w'’-]+\s+){0,3}[\w-]+)")
_PERIOD_RULES = frozenset({"quarter", "half"})


def _part_of_a_match(
    parsed: Any, found: Found, match_words: frozenset[str], game_nouns: frozenset[str]
) -> bool:
    """True for a half or quarter of a game, not of a year: 'scored early in the second half',
    'a touchdown in the fourth quarter' (a sentence with a word of the game in it, and no
    year or 'fiscal' in the expression)."""
    if parsed is None or found.rule.split(".")[1] not in _PERIOD_RULES:
        return False
    text = parsed.text[found.start : found.end]
    if not _BARE_PERIOD.fullmatch(found.value) or _NAMES_YEAR.search(text):
        return False
    game = _OF_A_GAME.match(parsed.text, found.end)
    if game and any(word.lower() in game_nouns for word in game["words"].split()):
        return True
    span = parsed.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    if _GAME_SCORE.search(span.sent.text):
        return True
    return any(t.lower_ in match_words or t.lemma_ in match_words for t in span.sent)


_NAMES_YEAR = re.compile(r"\d|fiscal|year", re.IGNORECASE)


# the prepositions that open a time after a name, which no name holds before a time of its own
_TIME_PREPOSITIONS = frozenset({"on", "during", "until", "since", "through"})
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})  # no place's name ends in a weekday
_WEEKDAY_RULE = ".weekday."
_HOLIDAY_RULE = ".holiday."


# a sentence's end before the next one's capital: no name runs across it
_SENTENCE_BREAK = re.compile(r"[.!?][\"'’”)]*\s+[\"'‘“(]*[A-Z]")


def _inside_name(parsed: Any, found: Found) -> bool:
    """True when the expression lies inside a name that is no time ('The Sunday Times')."""
    if parsed is None:
        return False
    span = parsed.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    for ent in parsed.ents:
        if ent.label_ not in _NAME_LABELS or not ent.start <= span.start <= span.end <= ent.end:
            continue
        if (
            span.end == ent.end
            and ent.label_ in _PLACE_LABELS
            and (_WEEKDAY_RULE in found.rule or parsed.text[found.start].islower())
        ):
            # 'reached the Gulf early Tuesday', 'arriving in the Gulf last August', read by the
            # model as one place
            continue
        if (
            span.end == ent.end
            and ent.label_ != "WORK_OF_ART"
            and span.start - 1 > ent.start
            and parsed[span.start - 1].lower_ in _TIME_PREPOSITIONS
            and parsed[span.start - 1].is_lower
        ):
            continue  # 'Red Square on Victory Day', 'Oxford Street on Boxing Day': two names
        if (
            span.end == ent.end
            and ent.label_ == "PERSON"
            and _HOLIDAY_RULE in found.rule
            and all(t.is_lower or t.text == "Orthodox" for t in ent[: span.start - ent.start])
        ):
            continue  # 'Orthodox Easter is next week', 'marks Easter', read by the model as people
        if _SENTENCE_BREAK.search(parsed.text, ent.start_char, found.start):
            continue  # 'shares of series J. Earlier today ...', read by the model as one name
        # the name is more than the time words: 'Theresa May', 'The Sunday Times'; an article
        # before them makes no name ('the Easter weekend', read by the model as a place)
        if any(t.pos_ != "DET" and not span.start <= t.i < span.end for t in ent):
            return True
    return False
