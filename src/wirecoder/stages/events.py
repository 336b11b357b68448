"""The events stage: who did what to whom, when and where, with its status and evidence.

For each sentence the coder finds triggers (``coding.match``), their source and target actors
(``coding.roles``, ``coding.resolver``), their status (``coding.modality``) and the time and
place of their clause (``coding.anchor``). An event embedded in another ("threatened to
*strike*", "accused X of *shelling*") is not coded on its own: it refines the code of the event
it is embedded in (threaten + strike = 138) and lends it its target. A trigger with no actor at
all is not an event ("the dialogue is aimed at ..."). An event with no time of its own takes the
date of an earlier event of the same kind between the same countries that has one ("the talks"
after "talks on March 6-7"), else the publication date with ``date_precision: "article"``.
Retellings of one happening in the article are folded into one event (``coding.repeats``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from wirecoder.coding.anchor import Dating, anchors, attach, timex_dates
from wirecoder.coding.knowledge import Cue, EventLexicon, event_lexicon
from wirecoder.coding.match import Match, find_triggers
from wirecoder.coding.modality import Modality, status_of
from wirecoder.coding.repeats import fold_repeats
from wirecoder.coding.resolver import ActorResolver, reporter
from wirecoder.coding.roles import coordinated, find_roles
from wirecoder.config import Settings
from wirecoder.lexicon import name_index
from wirecoder.model import ActorRef, Document, Event, Place, Span, TimeExpr

log = logging.getLogger(__name__)

_EMBED = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp", "attr", "oprd"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "off", "around"})
_EMBED_PREPS = frozenset({"of", "for", "on", "to", "about", "over", "against", "with", "into"})
# clauses that add background to a sentence's main event: "Sharon, who has vowed ...", "saying"
_SIDE = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})
# the intent an announced act expresses (CAMEO 03 family) or the threat (13 family), by its root
_INTENT = {"04": "036", "06": "031", "07": "033"}
_THREAT = {"14": "133", "16": "131", "17": "131", "18": "138", "19": "138", "20": "138"}


@dataclass
class _Draft:
    match: Match
    code: str
    source: ActorRef | None
    target: ActorRef | None
    modality: Modality
    sentence: Any
    dating: Dating | None = None
    place: str | None = None
    embedded_in: int | None = None  # index of the draft this one is embedded in
    reported: Dating | None = None  # when the report that carries it was made, if it says
    dated_by: str | None = None  # where its dating came from: event, report


def _demands(cue: Cue | None) -> bool:
    """Whether a modality cue reveals a demand ("must", "should")."""
    return cue is not None and cue.derive == "demand"


def _ultimatum(trigger: Any) -> bool:
    """Whether an announced act hangs on an "unless" clause: "will withdraw unless X acts"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for clause in (verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))):
        for child in clause.children:
            if child.dep_ == "advcl" and any(m.lower_ == "unless" for m in child.children):
                return True
    return False


def _embedding(match: Match, by_token: dict[int, int]) -> int | None:
    token = match.trigger
    for _ in range(8):
        if token.dep_ == "advcl" and _infinitive_after(token):
            pass  # "have sworn to fight": the parser's adverbial is the vow's complement
        elif token.dep_ not in _EMBED or token.head.i == token.i:
            return None
        if token.dep_ == "prep" and token.lower_ not in _EMBED_PREPS:
            return None  # "offered talks following the invasion": not what was offered
        token = token.head
        if token.i in by_token:
            return by_token[token.i]
    return None


def _infinitive_after(verb: Any) -> bool:
    """Whether ``verb`` is a to-infinitive right after the word it hangs on ("sworn to fight")."""
    return verb.i == verb.head.i + 2 and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children
    )


def _confidence(draft: _Draft) -> float:
    score = 0.55
    score += 0.1 if draft.match.pattern.frame or draft.match.pattern.preps else 0.0
    if draft.source is not None:
        score += 0.15 if draft.source.country else 0.05
    else:
        score -= 0.1
    if draft.target is not None:
        score += 0.1 if draft.target.country else 0.03
    if draft.match.pattern.rule.endswith(".user"):
        score -= 0.05
    return round(max(0.05, min(0.95, score)), 2)


class Events:
    """Code the events of one article from its parse and the earlier stages' records."""

    name = "events.v1"
    requires = ("parsed", "entities")
    produces = ("events",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @property
    def lexicon(self) -> EventLexicon:
        """The event knowledge tables for this stage's settings (loaded once, cached)."""
        return event_lexicon(self.settings.lexicon_dirs)

    def __call__(self, doc: Document) -> Document:
        """Return the document with its coded events."""
        parsed = doc.parsed
        if parsed is None or not parsed.has_annotation("DEP"):
            return doc  # a tokenizer-only model has no parse to code events from
        lexicon = self.lexicon
        resolver = ActorResolver(
            doc.entities,
            name_index(self.settings.lexicon_dirs),
            lexicon,
            places=doc.places,
            quotes=doc.quotes,
        )
        drafts: list[_Draft] = []
        for sentence in parsed.sents:
            drafts.extend(self._sentence(sentence, lexicon, resolver, doc))
        events = self._finish(drafts, doc, resolver)
        both_ways = lexicon.symmetric_rules
        return doc.with_(
            events=fold_repeats(
                events, doc.places, lambda e: (e.rule or "").rsplit(".", 1)[0] in both_ways
            )
        )

    def _sentence(
        self, sentence: Any, lexicon: EventLexicon, resolver: ActorResolver, doc: Document
    ) -> list[_Draft]:
        geocoded = [p for p in _within(doc.places, sentence) if p.lat is not None]
        places = frozenset(t.i for t in sentence if any(p.start <= t.idx < p.end for p in geocoded))
        matches = find_triggers(sentence, lexicon, places=places)
        if not matches:
            return self._bare_demands(sentence, lexicon, resolver, [])
        by_token: dict[int, int] = {}
        for number, match in enumerate(matches):
            by_token[match.trigger.i] = number
            if match.frame is not None:
                by_token.setdefault(match.frame.i, number)
        drafts = []
        by_number: dict[int, _Draft] = {}  # the drafts by their match's number
        for number, match in enumerate(matches):
            if _subject_is_no_agent(match.trigger, lexicon):
                continue  # "an earthquake struck Arequipa": nature acts, nobody is coded
            roles = find_roles(
                match.trigger, match.frame, match.pattern, resolver.accepts, lexicon.words
            )
            source = resolver.resolve(roles.sources[0]) if roles.sources else None
            target = resolver.resolve(roles.targets[0]) if roles.targets else None
            together = match.pattern.symmetric or (
                lexicon.code(match.pattern.cameo).quadclass <= 2  # "A and B pledged to ..."
            )
            if target is None and together and len(roles.sources) > 1:
                target = resolver.resolve(roles.sources[1])  # "A and B will hold talks"
            if target is None and together and roles.sources:
                # "the Indian and Chinese ministers met": the second national word's side
                target = resolver.partner(roles.sources[0], source)
            if match.pattern.cameo[:2] == "16" and _guessed_home(source, target, doc):
                # "the Senate imposed sanctions on Iran": a country does not sanction itself, so
                # the article's country, which the Senate took, is not the Senate's
                source = replace(source, country=None, code=source.sector)
            if _own_country_said(source, target, roles.targets[0] if roles.targets else None):
                target = None  # "Iran's foreign minister warned that Iran would fight": no target
            if _one_actor(source, target):
                if match.pattern.cameo[:2] in ("11", "12"):
                    continue  # "the agency says it has failed to ...": owning up, no criticism
                target = None  # no one acts on themselves
            draft = _Draft(
                match,
                # "teachers struck on Monday": the pattern's code for a source of that sector
                match.pattern.for_sector(source.sector if source else None) or match.pattern.cameo,
                source,
                target,
                status_of(match.trigger, lexicon),
                sentence,
                embedded_in=_embedding(match, by_token),
            )
            self._locate(draft, doc)
            drafts.append(draft)
            by_number[number] = draft
        for draft in drafts:  # the embedded event refines its host and lends it a target
            host = by_number.get(draft.embedded_in) if draft.embedded_in is not None else None
            if host is None:
                continue  # not embedded, or its host is no event: it is not coded alone either
            refined = host.match.pattern.refined(draft.code[:2])
            if refined is not None:
                host.code = refined
            if host.target is None:  # "demanded the withdrawal of Russian troops": the troops
                other = draft.source is not None and (
                    host.source is None or draft.source.country != host.source.country
                )
                # "Japan rejected U.S. demands to open its market": the demand is on Japan
                # itself, so the other side of the rejection is the one who demanded
                own = _same_side(draft.target, host.source)
                host.target = (draft.target if not own else None) or (
                    draft.source if other else None
                )
            if host.dating is None and draft.dating is not None:
                host.dating, host.place = draft.dating, host.place or draft.place
                host.dated_by = draft.dated_by
        drafts.extend(self._bare_demands(sentence, lexicon, resolver, drafts))
        kept: list[_Draft] = []
        main = [
            d for d in drafts if d.embedded_in is None and (d.source or d.target) and not _aside(d)
        ]
        for draft in drafts:
            if draft.embedded_in is not None or not (draft.source or draft.target):
                continue
            if main and _aside(draft):
                continue
            if any(_repeats(draft, other, lexicon) for other in kept):
                continue  # "shelled the town, killing 20": one assault, told twice
            if draft.source is not None:
                force = draft.code[:2] in ("18", "19", "20")
                struck = draft.match.trigger if force else None
                draft.source = resolver.home(draft.source, sentence, draft.target, struck)
            if draft.target is not None:
                draft.target = resolver.domestic(draft.target, draft.source, sentence)
            kept.append(draft)
        return kept

    @staticmethod
    def _bare_demands(
        sentence: Any, lexicon: EventLexicon, resolver: ActorResolver, drafts: list[_Draft]
    ) -> list[_Draft]:
        """A reporter saying another actor must do something the lexicon does not code:
        "Russia said Sudan must return the helicopter" is Russia's demand on Sudan (CAMEO 10)."""
        base = next((p for p in lexicon.patterns.get("demand", ()) if p.pos == "verb"), None)
        if base is None:
            return []
        coded = {d.match.trigger.i for d in drafts}
        found = []
        for clause in sentence:
            if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
                continue
            cue = next(
                (
                    c
                    for c in clause.children
                    if c.dep_ == "aux" and _demands(lexicon.cue("aux", c.lower_))
                ),
                None,
            )
            if cue is None or clause.i in coded:
                continue  # a coded act carries its own demand (the speech act of _speech_act)
            speaker = reporter(clause)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if speaker is None or subject is None or subject.pos_ == "PRON":
                continue
            if _no_agent(subject, lexicon):
                continue  # "turnover should rise to 52 billion": an expectation, not a demand
            source, target = resolver.resolve(speaker), resolver.resolve(subject)
            if source is None or target is None or source.text == target.text:
                continue
            pattern = replace(base, rule="derived.demand.v1", cameo="100")
            found.append(
                _Draft(Match(cue, pattern), "100", source, target, Modality("occurred"), sentence)
            )
        return found

    def _locate(self, draft: _Draft, doc: Document) -> None:
        own, report = anchors(draft.match.trigger, draft.match.frame)
        sentence = draft.sentence
        reported: Dating | None = None
        for time in _within(doc.times, sentence):
            root = _root(sentence.doc, time)
            where = attach(root, own, report) if root is not None else None
            dating = timex_dates(time.value) if where else None
            if dating is None:
                continue
            dating = _through(dating, time, doc)
            if where == "own":
                draft.dating = draft.dating or dating
                draft.dated_by = "event"
            else:
                reported = reported or dating
        draft.reported = reported
        if draft.dating is None and reported is not None:
            draft.dating, draft.dated_by = reported, "report"
        for place in _within(doc.places, sentence):
            root = _root(sentence.doc, place)
            if root is None or not (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS):
                continue  # "talks between Pakistan and ...": an actor, not where it happens
            if attach(root, own, set()) == "own":
                draft.place = place.id
                break

    def _finish(self, drafts: list[_Draft], doc: Document, resolver: ActorResolver) -> list[Event]:
        events = []
        dated: list[_Draft] = []
        for draft in drafts:
            dating, dated_by = draft.dating, draft.dated_by
            if dating is None:  # the same happening, dated earlier: "the talks" after "talks on"
                earlier = next(
                    (
                        d
                        for d in reversed(dated)
                        if _same_happening(d, draft) and _same_tense(d, draft, doc.article.date)
                    ),
                    None,
                )
                dating = earlier.dating if earlier is not None else None
                dated_by = "story"
            else:
                dated.append(draft)
            if dating is None:
                dating, dated_by = Dating(doc.article.date, None, "article"), "article"
            events.append(self._event(len(events) + 1, draft, dating, doc, dated_by))
            speech = self._speech_act(draft, resolver)
            if speech is not None:  # said when reported: "will meet next month", said today
                said = draft.reported or Dating(doc.article.date, None, "article")
                basis = "report" if draft.reported else "article"
                events.append(self._event(len(events) + 1, speech, said, doc, basis))
        return events

    def _speech_act(self, draft: _Draft, resolver: ActorResolver) -> _Draft | None:
        """The intent or demand an announced act reveals: "X will send aid" is X's pledge (03),
        "X will attack" a threat (13), "Y said X must withdraw" Y's demand on X (10)."""
        derive, cue = draft.modality.derive, draft.modality.cue_token
        if not derive or cue is None or draft.modality.status == "negated" and derive == "demand":
            return None
        trigger = draft.match.trigger
        if trigger.pos_ != "VERB" and trigger.dep_ not in ("dobj", "attr"):
            return None  # "an invasion would be costly" announces nothing
        if trigger.pos_ != "VERB":  # "the trade action would help negotiations": no one's plan
            subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
            doer = resolver.resolve(subject) if subject is not None else None
            unknown = doer is None and subject is not None and subject.pos_ == "PRON"
            if subject is not None and not unknown and not _same_side(doer, draft.source):
                return None
        root = draft.code[:2]
        token = draft.sentence.doc[cue]
        if derive == "intent":
            if root in ("03", "10", "11", "12"):
                # "we will dismiss the application": saying so is the rejection; "Norway will
                # offer aid": the offer is itself the intent, coded once
                return None
            speaker = reporter(trigger)
            said_by = resolver.resolve(speaker) if speaker is not None else None
            if _other_sides(said_by, draft.source):
                return None  # "India said Pakistan will attack": a prediction, not a pledge
            if self.lexicon.code(draft.code).quadclass <= 2 and not _ultimatum(trigger):
                code, rule = _INTENT.get(root, "030"), "derived.intent.v1"
            else:
                code, rule = _THREAT.get(root, "130"), "derived.threat.v1"
            source, target = draft.source, draft.target
        else:
            speaker = reporter(draft.match.trigger)
            if speaker is None or draft.source is None:
                return None
            source = resolver.resolve(speaker)
            if source is None:
                return None
            code, rule, target = "100", "derived.demand.v1", draft.source
        if _one_actor(source, target):
            return None  # no one pledges to, or demands of, themselves
        match = Match(token, replace(draft.match.pattern, rule=rule, cameo=code))
        return _Draft(match, code, source, target, Modality("occurred"), draft.sentence)

    def _event(
        self, number: int, draft: _Draft, dating: Dating, doc: Document, dated_by: str | None
    ) -> Event:
        code = self.lexicon.code(draft.code)
        trigger = draft.match.trigger
        sentence = draft.sentence
        start, end = trigger.idx, trigger.idx + len(trigger.text)
        text = doc.article.text
        return Event(
            id=f"v{number}",
            cameo=draft.code,
            plover=code.plover,
            mode=code.mode,
            trigger=Span(start, end, text[start:end]),
            evidence=Span(sentence.start_char, sentence.end_char),
            source=draft.source,
            target=draft.target,
            date=dating.date,
            date_end=dating.date_end,
            date_precision=dating.precision,
            dated_by=dated_by,
            place=draft.place,
            status=_status(draft, code.quadclass, dating, doc, dated_by),  # type: ignore[arg-type]
            reported_by=_quote_around(doc, start, end),
            confidence=_confidence(draft),
            rule=draft.match.pattern.rule,
        )


def _status(
    draft: _Draft, quadclass: int, dating: Dating, doc: Document, dated_by: str | None
) -> str:
    """The event's status: its modality's, but a meeting or a material act told as done on its
    own day still to come is planned ("the board meets March 30", in a story of March 3). A
    statement's day still to come is what it speaks of: "asked for offers on March 24" was
    asked."""
    status = draft.modality.status
    published = doc.article.date
    ahead = bool(dating.date and published and dating.date[:10] > published[:10])
    acted = quadclass in (2, 4) or draft.code[:2] == "04"  # material, or a meeting
    return "planned" if status == "occurred" and dated_by == "event" and ahead and acted else status


def _aside(draft: _Draft) -> bool:
    """Whether a trigger sits in a side clause: a relative clause, a participle, an aside."""
    token = draft.match.trigger
    frame = draft.match.frame
    while token.head.i != token.i:
        own = token.head.i == draft.match.trigger.i or (
            frame is not None and token.head.i == frame.i
        )
        if token.dep_ in _SIDE and not own:
            return True
        token = token.head
    return False


def _repeats(draft: _Draft, other: _Draft, lexicon: EventLexicon) -> bool:
    """Whether ``draft`` tells again, in the same sentence, the event ``other`` codes: the same
    CAMEO root, or the same PLOVER type ("bombed targets ..., in the first such attack": a
    bombing (183) and an attack (190) are one ASSAULT)."""
    if draft.code[:2] != other.code[:2] and not _same_plover(draft, other, lexicon):
        return False
    if _coordinated(draft.match.trigger, other.match.trigger) and draft.code != other.code:
        return False  # "accused Uganda ... and summoned its ambassador": two acts
    for mine, theirs in ((draft.source, other.source), (draft.target, other.target)):
        if mine is not None and (theirs is None or mine.country != theirs.country):
            return False
    return True


def _coordinated(a: Any, b: Any) -> bool:
    """Whether two verbs are joined by "and": one is a conjunct of the other."""
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _same_plover(draft: _Draft, other: _Draft, lexicon: EventLexicon) -> bool:
    """Whether two drafts have one PLOVER type (by their codes), or one pattern family."""
    if draft.match.pattern.rule.split(".")[0] == other.match.pattern.rule.split(".")[0]:
        return True
    mine, theirs = lexicon.code(draft.code).plover, lexicon.code(other.code).plover
    return mine is not None and mine == theirs


def _same_tense(earlier: _Draft, later: _Draft, published: str | None) -> bool:
    """True unless a planned act would take a day already past, or a done act one still to
    come: "would retake the cities" is not the seizure told before it."""
    day = earlier.dating.date if earlier.dating is not None else None
    if not day or not published:
        return True
    if later.modality.status == "planned":
        return day[:10] >= published[:10]
    if later.modality.status == "occurred":
        return day[:10] <= published[:10]
    return True


def _same_happening(earlier: _Draft, later: _Draft) -> bool:
    if earlier.code[:2] != later.code[:2]:
        return False
    mine = {a.country for a in (later.source, later.target) if a is not None and a.country}
    theirs = {a.country for a in (earlier.source, earlier.target) if a is not None and a.country}
    return bool(mine) and mine == theirs


_RANGE_WORDS = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–)\s*", re.IGNORECASE)


def _through(dating: Dating, time: TimeExpr, doc: Document) -> Dating:
    """Return the dating extended to the date a range word joins to it ("from Aug. 26 to Oct.
    20" is one happening over both, though TimeML marks two dates)."""
    text = doc.article.text
    following = next((t for t in doc.times if t.start >= time.end), None)
    if following is None or not _RANGE_WORDS.fullmatch(text[time.end : following.start]):
        return dating
    last = timex_dates(following.value)
    if last is None or dating.date is None or last.date is None or last.date <= dating.date:
        return dating
    return Dating(dating.date, last.date_end or last.date, dating.precision)


def _no_agent(token: Any | None, lexicon: EventLexicon) -> bool:
    """Return whether a word names what nature or a market does (non_agents.tsv)."""
    return token is not None and token.lemma_.lower() in lexicon.non_agents


def _subject_is_no_agent(trigger: Any, lexicon: EventLexicon) -> bool:
    """Return whether a verb's subject is no agent ("a quake struck", "the dollar rallied")."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and trigger.dep_ == "relcl":
        subject = trigger.head  # "the virus, which has killed 16": the virus
    return trigger.pos_ == "VERB" and (_no_agent(subject, lexicon) or _accident(trigger, lexicon))


def _accident(trigger: Any, lexicon: EventLexicon) -> bool:
    """Whether a passive with no one named as its agent tells of an accident or disaster:
    "ten people were killed when an airliner hit power lines", "killed in a crash"."""
    verbs = coordinated(trigger)  # "two pupils were hurt and one killed in a crash"
    if not any(c.dep_ in ("nsubjpass", "auxpass") for v in verbs for c in v.children):
        return False
    for child in (c for verb in verbs for c in verb.children):
        if child.dep_ == "agent":
            return any(_no_agent(c, lexicon) for c in child.children if c.dep_ == "pobj")
        if child.dep_ == "advcl":  # "... when an airliner hit power lines"
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if _no_agent(subject, lexicon):
                return True
        objects = [c for c in child.children if c.dep_ == "pobj"]
        in_disaster = child.dep_ == "prep" and child.lower_ in ("in", "during", "after")
        if in_disaster and any(_no_agent(c, lexicon) for c in objects):
            return True  # "were killed in a bus crash"
    return False


def _guessed_home(source: ActorRef | None, target: ActorRef | None, doc: Document) -> bool:
    """Whether the source's country is only the article's, and the target is that country."""
    if source is None or target is None or source.entity is None or target.sector is not None:
        return False
    entity = next((e for e in doc.entities if e.id == source.entity), None)
    return (
        entity is not None
        and (entity.country_rule or "").startswith("actors.article_country")
        and source.country is not None
        and source.country == target.country
    )


def _own_country_said(source: ActorRef | None, target: ActorRef | None, head: Any) -> bool:
    """Whether the target is only the source's own country, named as the subject of what the
    source says it will do: the minister speaks for Iran, so Iran is no target of his warning."""
    return (
        source is not None
        and target is not None
        and head is not None
        and head.dep_ in ("nsubj", "nsubjpass")
        and source.sector is not None
        and target.sector is None
        and target.country is not None
        and target.country == source.country
    )


def _one_actor(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Return whether two roles are filled by one actor: one entity, or one phrase."""
    if a is None or b is None:
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.start is not None and (a.start, a.end) == (b.start, b.end)


def _other_sides(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Return whether two actors are known to act for different countries."""
    return bool(a and b and a.country and b.country and a.country != b.country)


def _same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Return whether two actors are one side: one entity, or one country."""
    if a is None or b is None:
        return False
    return (a.entity is not None and a.entity == b.entity) or (
        a.country is not None and a.country == b.country
    )


def _within(records: tuple[Any, ...], sentence: Any) -> list[Any]:
    return [r for r in records if sentence.start_char <= r.start and r.end <= sentence.end_char]


def _root(doc: Any, record: TimeExpr | Place) -> Any | None:
    span = doc.char_span(record.start, record.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _quote_around(doc: Document, start: int, end: int) -> str | None:
    for quote in doc.quotes:
        if quote.start <= start and end <= quote.end:
            return quote.id
    return None
