"""One event per happening in an article: sentences that tell an event again are folded into it.

A headline restates the lead, and a story comes back to its main event ("the talks" after "will
hold talks on March 6-7"). Coded sentence by sentence, the same happening would be counted two or
three times in one article, the duplicate that event-data users complain of most. Events of one
article are one happening when they have the same CAMEO code and status, the same source and the
same target (by country and sector, else by entity; either way round for talks and other events
that run both ways), places that do not differ, and dates that agree: two dates of the events'
own must be the same, while a date taken from a report or the publication date says nothing
against a fold.

The event with a date of its own (else one dated by its report, else the first told) stands for
the happening; it takes the place and the quotation the others give when it has none, and lists
their sentences in ``repeats``. Events with no actor at all are never folded: nothing says they
are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from wirecoder.model import ActorRef, Event, Place, Span


@dataclass
class _Happening:
    members: list[Event] = field(default_factory=list)
    dated: Event | None = None  # the first member with a date of its own
    place: object | None = None  # the identity of the first member's place that has one


def _actor_key(actor: ActorRef | None) -> tuple[str | None, ...] | None:
    if actor is None:
        return None
    if actor.country:
        return ("country", actor.country, actor.sector)
    if actor.entity:
        return ("entity", actor.entity)
    return ("text", actor.text.casefold())


def _place_identity(event: Event, places: dict[str, Place]) -> object | None:
    place = places.get(event.place) if event.place else None
    if place is None:
        return None
    return place.geonameid or (place.name or place.text).casefold()


def _own_date(event: Event) -> bool:
    """Whether the event's date is its own, not the report's or the article's."""
    if event.date is None:
        return False
    if event.dated_by is not None:
        return event.dated_by == "event"
    return event.date_precision != "article"


def _joins(
    happening: _Happening, event: Event, place: object | None, symmetric: bool = False
) -> bool:
    first = happening.members[0]
    if (event.cameo, event.status) != (first.cameo, first.status):
        return False
    mine = (_actor_key(event.source), _actor_key(event.target))
    theirs = (_actor_key(first.source), _actor_key(first.target))
    if mine != theirs and not (symmetric and mine == theirs[::-1]):
        return False  # "A and B held talks", "B and A will discuss": one meeting either way
    if place is not None and happening.place is not None and place != happening.place:
        return False
    dated = happening.dated  # two dates of their own must be the same; a report's or the
    if _own_date(event) and dated is not None:  # article's date says nothing against it
        return (event.date, event.date_end) == (dated.date, dated.date_end)
    return True


def fold_repeats(
    events: Sequence[Event],
    places: Sequence[Place] = (),
    symmetric: Callable[[Event], bool] = lambda _event: False,
) -> tuple[Event, ...]:
    """Return the article's events with each happening once, its retellings in ``repeats``.

    ``symmetric`` says which events run both ways (talks, clashes): their two sides may come in
    either order.
    """
    by_id = {place.id: place for place in places if place.id}
    happenings: list[_Happening] = []
    for event in events:
        place = _place_identity(event, by_id)
        actors = (event.source, event.target)
        found = None
        if any(actor is not None for actor in actors):
            both_ways = symmetric(event)
            found = next((h for h in happenings if _joins(h, event, place, both_ways)), None)
        if found is None:
            found = _Happening()
            happenings.append(found)
        found.members.append(event)
        if found.dated is None and _own_date(event):
            found.dated = event
        if found.place is None:
            found.place = place
    return tuple(_merged(happening, number) for number, happening in enumerate(happenings, start=1))


def _merged(happening: _Happening, number: int) -> Event:
    # its own date first, else the report's ("will hold talks, officials said on Monday")
    reported = next((e for e in happening.members if e.dated_by == "report"), None)
    lead = happening.dated or reported or happening.members[0]
    others = [e for e in happening.members if e is not lead]
    spans: list[Span] = []
    for other in others:
        sentence = Span(other.evidence.start, other.evidence.end)
        if (sentence.start, sentence.end) != (lead.evidence.start, lead.evidence.end) and (
            sentence not in spans
        ):
            spans.append(sentence)
    spans.sort(key=lambda span: span.start)
    return replace(
        lead,
        id=f"v{number}",
        place=lead.place or next((e.place for e in others if e.place), None),
        reported_by=lead.reported_by
        or next((e.reported_by for e in others if e.reported_by), None),
        confidence=max(
            (e.confidence for e in happening.members if e.confidence is not None),
            default=lead.confidence,
        ),
        repeats=tuple(spans),
    )
