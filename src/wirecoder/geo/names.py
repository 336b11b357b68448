"""Place names as the places stage meets them in text: their spellings and readings, and the
shapes a name takes in a sentence.

- a name the parser cut short, completed from the words after it ("Democratic Republic of the"
  + "Congo");
- a known name inside a longer unknown one that only qualifies it or names an institution of it
  ("Far North Queensland", "Metcalfe County Sheriff's Office");
- a country, region or capital inside an organisation's name ("the U.S. Department of
  Agriculture");
- a word beside a name that says what kind of place it is ("Washington state", "the City of
  X");
- a list of places ("Oregon, Washington and Utah").

These helpers work on the places stage's parse (a spaCy ``Doc``, typed ``Any`` here) and never
hand spaCy objects on.
"""

from __future__ import annotations

import re
from typing import Any

from wirecoder.geo.gazetteer import Entry
from wirecoder.geo.resolve import KIND_FEATURES, Toponym

# readings a bare capitalised word outside any entity may take: places nobody mistakes
SCAN_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "RGN", "SEA", "ISL"})
PROMINENT_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "PPLC"})
PROMINENT_POPULATION = 100_000
PLACE_KINDS = ("adm1", "adm2", "town")
_ORGANISATION_FEATURES = frozenset({"PCLI", "ADM1", "ADM2"})
_GENERIC = re.compile(
    r"\s+(?:province|state|region|county|district|city|governorate|prefecture|island|islands)$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\A(?:,\s*|,?\s+(?:and|or|&)\s+)\Z")
# small words inside place names, which the parser often ends a name before
CONNECTORS = frozenset("of the and do da dos das de del des di du la las los el".split())
_JOINING = CONNECTORS | {"'s", "’s"}
_ABBREVIATIONS = (
    (re.compile(r"\bSt\.?\s+"), ("Saint ", "Saint-")),
    (re.compile(r"\bMt\.?\s+"), ("Mount ",)),
    (re.compile(r"\s+Co\.$", re.IGNORECASE), (" County",)),
    (re.compile(r"\bFt\.?\s+"), ("Fort ",)),
)

# English compass words and the French ones in provinces' own names, written before the name
# ("Nord-Kivu", "Haut-Katanga") or after it ("Kasai-Occidental")
_FRENCH_BEFORE = {"North": "Nord", "South": "Sud", "Upper": "Haut", "Lower": "Bas"}
_FRENCH_AFTER = {
    "West": "Occidental",
    "Western": "Occidental",
    "East": "Oriental",
    "Eastern": "Oriental",
}


def _written(tokens: list[Any]) -> str:
    """Return tokens' text as written (``Doc.text`` is rebuilt on every call: too slow here)."""
    return "".join(token.text_with_ws for token in tokens).rstrip()


def spellings(surface: str) -> list[str]:
    """Return a name as written, then with its hyphens as spaces or its spaces as hyphens ("Bas
    Congo", "Bas-Congo"), then with "St.", "Mt.", "Ft.", "Co." written out, then with an English
    compass word as the French one of a province's own name ("North Kivu", "Nord-Kivu";
    "Western Kasai", "Kasai-Occidental")."""
    forms = [surface]
    if "-" in surface:
        forms.append(surface.replace("-", " "))
    elif " " in surface:
        forms.append(surface.replace(" ", "-"))
    for pattern, replacements in _ABBREVIATIONS:
        if pattern.search(surface):
            forms.extend(pattern.sub(written, surface) for written in replacements)
    first, _, rest = surface.partition(" ")
    if rest and first in _FRENCH_BEFORE:
        forms.append(f"{_FRENCH_BEFORE[first]}-{rest}")
    elif rest and first in _FRENCH_AFTER:
        forms.append(f"{rest}-{_FRENCH_AFTER[first]}")
    return forms


def main_names_first(readings: list[Entry]) -> list[Entry]:
    """Drop readings reached by another name when the name is some place's own name.

    "Mexico" is the country's name and one of Mexico City's other names: only the country
    competes. An other name survives only for a place far bigger than any named so.
    """
    main = [e for e in readings if not e.alternate]
    if not main:
        return readings
    if any(e.feature in SCAN_FEATURES for e in main):
        return main
    biggest = max(e.population for e in main)
    return main + [e for e in readings if e.alternate and e.population > 10 * biggest]


def cut_short(
    parsed: Any,
    start: int,
    end: int,
    gaz: Any,
    spans: dict[tuple[int, int], bool],
    *,
    known: bool = False,
) -> tuple[int, list[Entry]] | None:
    """Return the end and readings of a known name the parser cut short: the words after an
    unknown name that complete it ("Democratic Republic of the" Congo, "Mashonaland" West), or
    after a known one, from a joining word on ("Rio Grande" do Sul, "Trinidad" and Tobago)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    # a line break between the words is no gap ("New\nYork" wrapped, then cut at the break)
    following = [t for t in parsed[span.end : span.end + 4] if not t.is_space][:3]
    if known and not (following and following[0].lower_ in CONNECTORS):
        return None
    for size in range(len(following), 0, -1):
        last = following[size - 1]
        if not all(t.text[:1].isupper() or t.lower_ in CONNECTORS for t in following[:size]):
            continue
        new_end = last.idx + len(last.text)
        # the parser may have cut the rest off as a name of its own ("Congo"): take it in
        if not last.text[:1].isupper() or any(end <= a < new_end < b for a, b in spans):
            continue
        readings = readings_of(_written(list(parsed[span.start : last.i + 1])), gaz)
        if readings:
            return new_end, readings
    return None


def region_adjective(parsed: Any, start: int, end: int, gaz: Any) -> tuple[int, list[Entry]] | None:
    """Return the end and readings of the region a name and the adjective after it make
    ("South East" Asian is Southeast Asia, "Middle" Eastern the Middle East), not the name
    alone (South East, Botswana)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(parsed):
        return None
    adjective = parsed[span.end]
    word = adjective.text
    if not word[:1].isupper() or not word.endswith(("an", "ern")) or adjective.idx != end + 1:
        return None
    for cut in (1, 2, 3):  # Asian -> Asia, European -> Europe, Eastern -> East
        noun = word[:-cut]
        readings = [
            e for e in readings_of(f"{span.text} {noun}", gaz) if e.feature in ("RGN", "CONT")
        ]
        if readings:
            return adjective.idx + len(word), readings
    return None


def cut_before(parsed: Any, start: int, end: int, gaz: Any) -> tuple[int, list[Entry]] | None:
    """Return the start and readings of a longer known name the parser began too late: the
    capitalised words before a name that make it another place ("People's" Republic of China,
    "North" Korea, "Mato Grosso do" Sul)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = list(parsed[max(0, span.start - 4) : span.start])
    for size in range(len(before), 0, -1):
        words = before[-size:]
        if not words[0].text[:1].isupper() or any(
            t.whitespace_ == "" and t.is_punct for t in words
        ):
            continue
        if not all(t.text[:1].isupper() or t.lower_ in _JOINING for t in words):
            continue
        if words[0].is_sent_start and size == 1 and not words[0].ent_type_:
            continue  # "In Paris", "Then Congo": a sentence's first word is capitalised anyway
        readings = readings_of(_written([*words, *span]), gaz)
        if readings:
            return words[0].idx, readings
    return None


_ELIDED = re.compile(r"\A(\w+) (?:and|or|&) (\w+) (.+)\Z")


def elided_pair(
    text: str, start: int, end: int, gaz: Any
) -> list[tuple[int, int, list[Entry]]] | None:
    """Return the two places a name shares between two qualifiers ("North and South Korea",
    "Central and South America"), with their spans: the first qualifier's span reads as the
    first place in full."""
    match = _ELIDED.match(text[start:end])
    if match is None:
        return None
    first, second, rest = match[1], match[2], match[3]
    pieces = []
    for a, b, written in (
        (start + match.start(1), start + match.end(1), f"{first} {rest}"),
        (start + match.start(2), end, f"{second} {rest}"),
    ):
        readings = readings_of(written, gaz)
        if not readings:
            return None
        pieces.append((a, b, readings))
    return pieces


def hyphen_pair(
    text: str, start: int, end: int, gaz: Any
) -> list[tuple[int, int, list[Entry]]] | None:
    """Return the two places an unknown hyphenated name joins, when both are countries,
    continents, regions or seas ("Asia-Pacific", "India-Pakistan"), with their spans."""
    generic = _GENERIC.search(text[start:end])  # "the Asia-Pacific region"
    if generic is not None:
        end = start + generic.start()
    surface = text[start:end]
    parts = re.split(r"[-–]", surface)
    if len(parts) != 2 or not all(part.strip() for part in parts):
        return None
    cut = start + len(parts[0])
    pieces = []
    for a, b in ((start, cut), (cut + 1, end)):
        readings = readings_of(text[a:b], gaz)
        if not any(e.feature in SCAN_FEATURES and not e.alternate for e in readings):
            return None
        pieces.append((a, b, readings))
    return pieces


def inner_name(
    parsed: Any,
    start: int,
    end: int,
    gaz: Any,
    words: dict[str, str],
    ignored: set[str],
) -> tuple[int, int, list[Entry], str | None] | None:
    """Return the known place name inside a longer name the gazetteer lacks, when the rest
    only says where in it or what kind of place it is ("Far North Queensland", "City of
    Montreal"), or names an institution of it ("Metcalfe County Sheriff's Office")."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    tokens = list(span)
    for size in range(len(tokens) - 1, 0, -1):
        for i in range(len(tokens) - size + 1):
            run, before, after = tokens[i : i + size], tokens[:i], tokens[i + size :]
            if (
                not run[0].text[:1].isupper()
                or not run[-1].text[:1].isalnum()
                # "North Eastern Province" holds no "Eastern Province"
                or (before and run[0].lower_ in words and before[-1].lower_ in words)
                or (after and after[0].lower_ in ("'s", "’s"))  # "St. Michael's Hospital"
            ):
                continue
            rest = _rest(before, words), _rest(after, words, after=True)
            if None in rest:
                continue
            a, b = run[0].idx, run[-1].idx + len(run[-1].text)
            surface = _written(run)
            readings = [] if surface in ignored else readings_of(surface, gaz)
            kind = _kind_beside(tokens, i, i + size, words)
            if kind is not None:  # "Nyanza Province" is no town called Nyanza
                readings = [e for e in readings if fits(e, kind)]
            elif "institution" not in rest:  # "Western Canada", not "Central Plateau"
                readings = [e for e in readings if _prominent_reading(e)]
            if readings:
                return a, b, readings, kind
    return None


def _prominent_reading(entry: Entry) -> bool:
    """Return whether a reading is one a qualified name may stand on ("Western Canada")."""
    return not entry.alternate and (
        entry.feature in PROMINENT_FEATURES
        or entry.feature in SCAN_FEATURES
        or (entry.feature == "PPL" and entry.population >= PROMINENT_POPULATION)
    )


def fits(entry: Entry, kind: str) -> bool:
    """Return whether a reading may be the place a kind word names: its own kind, a region
    or island ("Sumatra province"), or a county's namesake town ("County of Brant")."""
    if entry.feature in KIND_FEATURES[kind]:
        return True
    if entry.feature in ("PPL", "PPLC"):
        return kind == "adm2"
    return entry.feature != "ADM2"


def _rest(tokens: list[Any], words: dict[str, str], *, after: bool = False) -> str | None:
    """Return "qualifier" when tokens beside a place name only qualify it, "institution"
    when after it an institution's name starts (anything may follow: "Fire Marshal Doug"),
    else None."""
    for token in tokens:
        kind = words.get(token.lower_)
        if after and kind == "institution":
            return "institution"
        if kind is None and not token.is_punct and token.lower_ not in ("'s", "’s", "of"):
            return None
    return "qualifier"


def _kind_beside(tokens: list[Any], first: int, last: int, words: dict[str, str]) -> str | None:
    """Return the kind a word right after the name, or before it with "of", says it is."""
    if last < len(tokens) and words.get(tokens[last].lower_) in PLACE_KINDS:
        return words[tokens[last].lower_]
    if first >= 2 and tokens[first - 1].lower_ == "of":
        kind = words.get(tokens[first - 2].lower_)
        return kind if kind in PLACE_KINDS else None
    return None


def mark_kinds(parsed: Any, toponyms: list[Toponym], words: dict[str, str], gaz: Any) -> None:
    """Mark names a word beside them gives a kind: "Washington state", "New York Gov.",
    "the City of X" (not "Kansas" before "City": that is a name of its own)."""
    for number, toponym in enumerate(toponyms):
        if toponym.kind is not None:
            continue
        span = parsed.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is None:
            continue
        after = parsed[span.end] if span.end < len(parsed) else None
        if (
            after is not None
            and words.get(after.lower_) in PLACE_KINDS
            and f"{toponym.text} {after.text}" not in gaz
        ):
            toponym.kind = words[after.lower_]
            if after.tag_ == "NNS":
                # "Androscoggin, Franklin and Oxford counties": the word names the whole list
                _kind_of_list(toponyms, number, toponym.kind, gaz)
            continue
        if span.start >= 2 and parsed[span.start - 1].lower_ == "of":
            kind = words.get(parsed[span.start - 2].lower_)
            toponym.kind = kind if kind in PLACE_KINDS else None


def _kind_of_list(toponyms: list[Toponym], number: int, kind: str, gaz: Any) -> None:
    """Give every name of the list that ends with name ``number`` the kind a plural word after
    it says, and a county's readings to a name that is a county ("Franklin" of "Franklin and
    Oxford counties" reaches Franklin County)."""
    last = toponyms[number]
    members = [toponyms[i] for i in list_members(toponyms, number)]
    members = [m for m in members if m.start <= last.start]
    for member in members:
        if member.kind is None:
            member.kind = kind
    if kind != "adm2":
        return
    for member in members:
        if member.kind == "adm2":
            known = {e.id for e in member.candidates}
            counties = [
                e
                for e in gaz.lookup(f"{member.text} County")
                if e.feature == "ADM2" and e.id not in known
            ]
            member.candidates = [*member.candidates, *counties]


def list_members(toponyms: list[Toponym], number: int) -> set[int]:
    """Return the numbers of the names in the list name ``number`` belongs to, itself too."""
    members, todo = {number}, list(toponyms[number].siblings)
    while todo:
        i = todo.pop()
        if i not in members:
            members.add(i)
            todo.extend(toponyms[i].siblings)
    return members


def link_lists(text: str, toponyms: list[Toponym]) -> None:
    """Link the neighbours of a list of places ("Oregon, Washington and Utah")."""
    for number, (left, right) in enumerate(zip(toponyms, toponyms[1:], strict=False)):
        if _LIST_GAP.match(text[left.end : right.start]):
            left.siblings.append(number + 1)
            right.siblings.append(number)


_POSTAL = re.compile(r", ([A-Z]{2})(?![\w.])")


def postal_states(
    text: str, spans: list[tuple[int, int]], gaz: Any
) -> dict[tuple[int, int], list[Entry]]:
    """Return the US postal codes written after a town of that state ("Columbus, GA",
    "LOUISVILLE, KY--"), by span, with the state: GeoNames keys US states by those codes."""
    found = {}
    for start, end in spans:
        code = _POSTAL.match(text, end)
        state = None if code is None else gaz.region(f"US.{code[1]}")
        if state is not None and any(
            e.region == state.region for e in readings_of(text[start:end], gaz)
        ):
            found[code.span(1)] = [state]
    return found


def readings_of(surface: str, gaz: Any) -> list[Entry]:
    """Return the gazetteer readings of a name as written in text, main names first."""
    readings: list[Entry] = []
    for written in spellings(surface):
        readings = readings or gaz.lookup(written)
    bare = _GENERIC.sub("", surface)
    if not readings and bare != surface:
        # "Sindh province": the region, never a village named Sindh
        kinds = ("PPLC", "PPL") if surface.lower().endswith("city") else ("ADM1", "ADM2", "RGN")
        for written in spellings(bare):
            readings = readings or [e for e in gaz.lookup(written) if e.feature in kinds]
    if surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 5:
        # an abbreviation ("US", "U.K.") reaches only places known by it as written
        bare = surface.replace(".", "")
        readings = [e for e in readings if bare in ((e.written or "").replace(".", ""), e.name)]
    return main_names_first(readings)


def _names_a_region(readings: list[Entry]) -> bool:
    """Return whether a name inside an organisation's name is a country, a region, a county or
    a capital that is the name's likeliest reading (not "Plymouth", Montserrat's capital)."""
    if any(e.feature in _ORGANISATION_FEATURES and not e.alternate for e in readings):
        return True
    capitals = [e for e in readings if e.feature == "PPLC" and not e.alternate]
    return bool(capitals) and max(readings, key=lambda e: e.population) in capitals


def in_organisation(parsed: Any, start: int, end: int, gaz: Any) -> list[tuple[int, int]]:
    """Return the countries, regions, counties and capitals an organisation's name names ("the
    U.S. Department of Agriculture", "University of Kentucky", "Plymouth County Sheriff's
    Office")."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return []
    tokens = list(span)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            run = tokens[i : i + size]
            if len(run) < size or len(run) == len(tokens):
                continue
            if not run[0].text[:1].isupper() or not run[-1].text[:1].isupper():
                continue
            a, b = run[0].idx, run[-1].idx + len(run[-1].text)
            surface = _written(run)
            if surface in gaz and _names_a_region(readings_of(surface, gaz)):
                found.append((a, b))
                i += size - 1
                break
        i += 1
    return found
