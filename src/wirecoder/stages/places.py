"""The places stage: every place an article names, resolved to a GeoNames reading offline.

Toponyms come from the parse's GPE/LOC/FAC entities (and the mentions of entities of those
types), from a dateline ("AUSTIN, Texas -"), and from gazetteer names the model missed
(countries, regions, seas, big cities written in capitals outside any entity). Each is looked
up in the gazetteer (:mod:`wirecoder.geo`) and one reading is chosen with the cues of
:mod:`wirecoder.geo.resolve`. A capital standing for its government ("Washington's
assurance", "Kabul insists") is marked ``metonym`` and its ``country`` is the country it stands
for. A name the parser cut short is completed from the words after it ("Democratic Republic
of the" + "Congo", rule ``places.completed_name.v1``); an unknown longer name that only
qualifies a known one, or names an institution of it, resolves to the known name inside it
("Far North Queensland", "Metcalfe County Sheriff's Office", rule ``places.inner_name.v1``).
A name the gazetteer does not know keeps its span with null coordinates, the rule
``places.unresolved.v1`` and a warning; it never hides the others.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from wirecoder.config import Settings
from wirecoder.geo import Entry, get_gazetteer
from wirecoder.geo.build import fold
from wirecoder.geo.resolve import KIND_FEATURES, Choice, Resolver, Toponym
from wirecoder.lexicon import Spec, load_table, name_index, name_key, register_spec
from wirecoder.model import Document, Place
from wirecoder.stages.entities import trim_span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# readings a bare capitalised word outside any entity may take: places nobody mistakes
_SCAN_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "RGN", "SEA", "ISL"})
_SCAN_CITY_POPULATION = 500_000
# labels the model gives places by mistake, and the readings that make such a name a place
_MISLABELLED = frozenset({"ORG", "PERSON", "NORP"})
_PROMINENT_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "PPLC"})
_PROMINENT_POPULATION = 100_000
_DATELINE = re.compile(
    r"\A\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:[-—–:]|\s+(?=[A-Z][a-z]))"
)
_GENERIC = re.compile(
    r"\s+(?:province|state|region|county|district|city|governorate|prefecture|island|islands)$",
    re.IGNORECASE,
)
UNRESOLVED = "places.unresolved.v1"
INNER = "places.inner_name.v1"
COMPLETED = "places.completed_name.v1"
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,5}$")

CUE_KINDS = frozenset(
    {"noun", "verb", "disease", "adm1", "adm2", "town", "qualifier", "institution"}
)
PLACE_KINDS = ("adm1", "adm2", "town")
_LIST_GAP = re.compile(r"\A(?:,\s*|,?\s+(?:and|or|&)\s+)\Z")
_ABBREVIATIONS = (
    (re.compile(r"\bSt\.?\s+"), ("Saint ", "Saint-")),
    (re.compile(r"\bMt\.?\s+"), ("Mount ",)),
    (re.compile(r"\bFt\.?\s+"), ("Fort ",)),
)


def _check_cue(row: dict[str, str]) -> str | None:
    kinds = set(row["kind"].split("|"))
    if not kinds <= CUE_KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(sorted(CUE_KINDS))} (or several, |)"
    return None


register_spec("place_cues", Spec(("word", "kind"), "word", _check_cue))
register_spec("not_places", Spec(("word", "why"), "word", None))


def _cues(lexicon_dirs: tuple[str, ...], kind: str) -> frozenset[str]:
    """Return the words of one kind in the place cue table."""
    table = load_table("place_cues", lexicon_dirs)
    return frozenset(row["word"] for row in table if kind in row.items("kind"))


def _spellings(surface: str) -> list[str]:
    """Return a name as written, then with its hyphens as spaces or its spaces as hyphens ("Bas
    Congo", "Bas-Congo"), then with "St.", "Mt.", "Ft." written out."""
    forms = [surface]
    if "-" in surface:
        forms.append(surface.replace("-", " "))
    elif " " in surface:
        forms.append(surface.replace(" ", "-"))
    for pattern, replacements in _ABBREVIATIONS:
        if pattern.search(surface):
            forms.extend(pattern.sub(written, surface) for written in replacements)
    return forms


def _main_names_first(readings: list[Entry]) -> list[Entry]:
    """Drop readings reached by another name when the name is some place's own name.

    "Mexico" is the country's name and one of Mexico City's other names: only the country
    competes. An other name survives only for a place far bigger than any named so.
    """
    main = [e for e in readings if not e.alternate]
    if not main:
        return readings
    if any(e.feature in _SCAN_FEATURES for e in main):
        return main
    biggest = max(e.population for e in main)
    return main + [e for e in readings if e.alternate and e.population > 10 * biggest]


class Places:
    """Find the toponyms of one article and resolve each to a gazetteer reading."""

    name = "places.v1"
    requires = ("parsed", "entities")
    produces = ("places",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def __call__(self, doc: Document) -> Document:
        """Return the document with its places, in text order."""
        gaz = get_gazetteer(self.settings.cache_dir, self.settings.lexicon_dirs)
        toponyms = self._toponyms(doc, gaz)
        demonyms = self._demonyms(doc)
        choices = Resolver(toponyms, demonyms=demonyms).resolve()
        places = []
        unknown = []
        for number, (toponym, choice) in enumerate(zip(toponyms, choices, strict=True), 1):
            places.append(self._place(f"p{number}", toponym, choice))
            if choice is None:
                unknown.append(toponym.text)
        if unknown:
            names = ", ".join(sorted(set(unknown)))
            doc = doc.warn(
                f"places: {len(unknown)} place name(s) not in the gazetteer, kept without "
                f"coordinates: {names}; add them to a places.tsv in lexicon_dirs to resolve them"
            )
        return doc.with_(places=tuple(places))

    # --- finding toponyms ---------------------------------------------------------------------

    def _toponyms(self, doc: Document, gaz: Any) -> list[Toponym]:
        parsed = doc.parsed
        text = doc.article.text
        owner: dict[tuple[int, int], str] = {}
        place_entity: set[tuple[int, int]] = set()
        for entity in doc.entities:
            for mention in entity.mentions:
                owner[(mention.start, mention.end)] = entity.id
                if entity.type in PLACE_LABELS and mention.kind != "demonym":
                    place_entity.add((mention.start, mention.end))
        spans: dict[tuple[int, int], bool] = {}  # (start, end) -> is a dateline
        covered: list[tuple[int, int]] = []
        others: list[tuple[int, int]] = []  # entities of other types: places if named so
        for ent in parsed.ents:
            covered.append((ent.start_char, ent.end_char))
            bounds = trim_span(ent)
            if bounds is None:
                continue
            tokens = parsed[bounds[0] : bounds[1]]
            key = (tokens.start_char, tokens.end_char)
            if ent.label_ in PLACE_LABELS or key in place_entity:
                for piece in self._split(text, *key, gaz):
                    spans.setdefault(piece, False)
            elif ent.label_ in _MISLABELLED:
                others.append((*key, ent.label_))
        # the model calls a place ORG or PERSON ("Edmonton said"): take the name when it is
        # a country, a region, a capital or a big city, or a place elsewhere in the article
        named = {fold(text[a:b]) for a, b in spans}
        demonyms = name_index(self.settings.lexicon_dirs)
        for start, end, label in others:
            surface = text[start:end]
            entry = demonyms.get(name_key(surface))
            if entry is not None and entry.kind == "demonym":
                continue
            if fold(surface) in named or self._prominent(surface, gaz, person=label == "PERSON"):
                spans.setdefault((start, end), False)
        for piece in self._dateline(text, gaz):
            spans[piece] = True
        for piece in self._scan(parsed, covered, gaz):
            spans.setdefault(piece, False)
        ignored = {row["word"] for row in load_table("not_places", self.settings.lexicon_dirs)}
        diseases = _cues(self.settings.lexicon_dirs, "disease")
        for piece in list(spans):
            if text[piece[0] : piece[1]] in ignored or self._names_a_disease(
                parsed, piece, diseases
            ):
                del spans[piece]
        words = self._kind_words()
        toponyms = []
        taken_to = -1
        for (start, end), dateline in sorted(spans.items()):
            if start < taken_to:
                continue  # the rest of a name cut short, taken in by the toponym before it
            surface = text[start:end]
            readings = self._readings(surface, gaz)
            if not readings and _ACRONYM.match(surface):
                continue  # "BA", "NHS": an unknown acronym is an organisation, not a place
            entity = owner.get((start, end))
            longer = None if readings else self._longer(parsed, start, end, gaz, spans)
            if longer is not None:
                end, readings = longer
                surface, taken_to = text[start:end], end
            inner = None if readings else self._inner(parsed, start, end, gaz, words, ignored)
            if inner is not None:
                start, end, readings, kind = inner
                surface = text[start:end]
            toponym = Toponym(start, end, surface, readings, entity=entity, dateline=dateline)
            toponym.completed = longer is not None
            if inner is not None:
                toponym.inner, toponym.kind = True, kind
            toponyms.append(toponym)
        self._link_containers(text, toponyms)
        self._link_lists(text, toponyms)
        self._mark_kinds(parsed, toponyms, words, gaz)
        self._mark_metonyms(parsed, toponyms)
        return toponyms

    def _kind_words(self) -> dict[str, str]:
        """Return the words around a place name that say what it is, with their kind."""
        table = load_table("place_cues", self.settings.lexicon_dirs)
        words = {}
        for row in table:
            for kind in row.items("kind"):
                if kind in PLACE_KINDS or kind in ("qualifier", "institution"):
                    words.setdefault(row["word"], kind)
        return words

    def _longer(
        self,
        parsed: Any,
        start: int,
        end: int,
        gaz: Any,
        spans: dict[tuple[int, int], bool],
    ) -> tuple[int, list[Entry]] | None:
        """Return the end and readings of a known name the parser cut short: the words after an
        unknown name that complete it ("Democratic Republic of the" Congo, "Mashonaland" West)."""
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        following = list(parsed[span.end : span.end + 3])
        for size in range(len(following), 0, -1):
            last = following[size - 1]
            if not all(t.text[:1].isupper() or t.lower_ in ("of", "the") for t in following[:size]):
                continue
            new_end = last.idx + len(last.text)
            # the parser may have cut the rest off as a name of its own ("Congo"): take it in
            if not last.text[:1].isupper() or any(end <= a < new_end < b for a, b in spans):
                continue
            readings = self._readings(parsed.text[start:new_end], gaz)
            if readings:
                return new_end, readings
        return None

    def _inner(
        self,
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
                rest = self._rest(before, words), self._rest(after, words, after=True)
                if None in rest:
                    continue
                a, b = run[0].idx, run[-1].idx + len(run[-1].text)
                surface = parsed.text[a:b]
                readings = [] if surface in ignored else self._readings(surface, gaz)
                kind = self._kind_beside(tokens, i, i + size, words)
                if kind is not None:  # "Nyanza Province" is no town called Nyanza
                    readings = [e for e in readings if self._fits(e, kind)]
                elif "institution" not in rest:  # "Western Canada", not "Central Plateau"
                    readings = [e for e in readings if self._prominent_reading(e)]
                if readings:
                    return a, b, readings, kind
        return None

    @staticmethod
    def _prominent_reading(entry: Entry) -> bool:
        """Return whether a reading is one a qualified name may stand on ("Western Canada")."""
        return not entry.alternate and (
            entry.feature in _PROMINENT_FEATURES
            or entry.feature in _SCAN_FEATURES
            or (entry.feature == "PPL" and entry.population >= _PROMINENT_POPULATION)
        )

    @staticmethod
    def _fits(entry: Entry, kind: str) -> bool:
        """Return whether a reading may be the place a kind word names: its own kind, a region
        or island ("Sumatra province"), or a county's namesake town ("County of Brant")."""
        if entry.feature in KIND_FEATURES[kind]:
            return True
        if entry.feature in ("PPL", "PPLC"):
            return kind == "adm2"
        return entry.feature != "ADM2"

    @staticmethod
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

    @staticmethod
    def _kind_beside(tokens: list[Any], first: int, last: int, words: dict[str, str]) -> str | None:
        """Return the kind a word right after the name, or before it with "of", says it is."""
        if last < len(tokens) and words.get(tokens[last].lower_) in PLACE_KINDS:
            return words[tokens[last].lower_]
        if first >= 2 and tokens[first - 1].lower_ == "of":
            kind = words.get(tokens[first - 2].lower_)
            return kind if kind in PLACE_KINDS else None
        return None

    def _mark_kinds(
        self, parsed: Any, toponyms: list[Toponym], words: dict[str, str], gaz: Any
    ) -> None:
        """Mark names a word beside them gives a kind: "Washington state", "New York Gov.",
        "the City of X" (not "Kansas" before "City": that is a name of its own)."""
        for toponym in toponyms:
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
                continue
            if span.start >= 2 and parsed[span.start - 1].lower_ == "of":
                kind = words.get(parsed[span.start - 2].lower_)
                toponym.kind = kind if kind in PLACE_KINDS else None

    @staticmethod
    def _link_lists(text: str, toponyms: list[Toponym]) -> None:
        """Link the neighbours of a list of places ("Oregon, Washington and Utah")."""
        for number, (left, right) in enumerate(zip(toponyms, toponyms[1:], strict=False)):
            if _LIST_GAP.match(text[left.end : right.start]):
                left.siblings.append(number + 1)
                right.siblings.append(number)

    @staticmethod
    def _readings(surface: str, gaz: Any) -> list[Entry]:
        readings: list[Entry] = []
        for written in _spellings(surface):
            readings = readings or gaz.lookup(written)
        bare = _GENERIC.sub("", surface)
        if not readings and bare != surface:
            # "Sindh province": the region, never a village named Sindh
            kinds = ("PPLC", "PPL") if surface.lower().endswith("city") else ("ADM1", "ADM2", "RGN")
            for written in _spellings(bare):
                readings = readings or [e for e in gaz.lookup(written) if e.feature in kinds]
        if surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 5:
            # an abbreviation ("US", "U.K.") reaches only places known by it as written
            bare = surface.replace(".", "")
            readings = [e for e in readings if bare in ((e.written or "").replace(".", ""), e.name)]
        return _main_names_first(readings)

    @staticmethod
    def _names_a_disease(parsed: Any, piece: tuple[int, int], diseases: frozenset[str]) -> bool:
        """Return whether the name is part of a disease's name ("West Nile virus")."""
        span = parsed.char_span(*piece, alignment_mode="expand")
        if span is None or span.end >= len(parsed):
            return False
        return parsed[span.end].lower_ in diseases

    @staticmethod
    def _prominent(surface: str, gaz: Any, *, person: bool) -> bool:
        """Return whether a name the model gave another type is a place all the same.

        An organisation's name is a place if it is a country, continent, region, capital or big
        city ("Edmonton said"); a person's only if it is a country or continent ("Jordan" may be
        either, "Hidalgo" is a surname first).
        """
        if not surface[:1].isupper():
            return False
        for entry in gaz.lookup(surface):
            if entry.alternate:
                continue
            if entry.feature in ("PCLI", "CONT"):
                return True
            if person:
                continue
            if entry.feature in _PROMINENT_FEATURES or (
                entry.feature == "PPL" and entry.population >= _PROMINENT_POPULATION
            ):
                return True
        return False

    @staticmethod
    def _split(text: str, start: int, end: int, gaz: Any) -> list[tuple[int, int]]:
        """Split "Alexandria, Louisiana" into its two places unless the whole is one name."""
        surface = text[start:end]
        if ", " not in surface or surface in gaz:
            return [(start, end)]
        head, _, tail = surface.partition(", ")
        if head in gaz and tail in gaz:
            return [(start, start + len(head)), (end - len(tail), end)]
        return [(start, end)]

    @staticmethod
    def _dateline(text: str, gaz: Any) -> list[tuple[int, int]]:
        found = _DATELINE.match(text)
        if not found or found.group(1).strip() not in gaz:
            return []
        city = found.group(1).strip()
        start = found.start(1)
        pieces = [(start, start + len(city))]
        if found.group(2) and found.group(2).strip(".") in gaz:
            pieces.append((found.start(2), found.end(2)))
        return pieces

    @staticmethod
    def _scan(parsed: Any, covered: list[tuple[int, int]], gaz: Any) -> list[tuple[int, int]]:
        """Return capitalised names outside any entity that can only be places."""
        found = []
        tokens = list(parsed)
        skip_until = -1
        for i, token in enumerate(tokens):
            if i < skip_until or not token.text[:1].isupper() or token.is_sent_start:
                continue
            for size in (3, 2, 1):
                span = tokens[i : i + size]
                if len(span) < size or not all(
                    t.text[:1].isupper() or t.text in ("of", "-") for t in span
                ):
                    continue
                start, end = span[0].idx, span[-1].idx + len(span[-1].text)
                if any(a < end and start < b for a, b in covered):
                    continue
                readings = gaz.lookup(parsed.text[start:end])
                if any(
                    e.feature in _SCAN_FEATURES
                    or (e.feature in ("PPLC", "PPL") and e.population >= _SCAN_CITY_POPULATION)
                    for e in readings
                    if not e.alternate
                ):
                    found.append((start, end))
                    skip_until = i + size
                    break
        return found

    @staticmethod
    def _link_containers(text: str, toponyms: list[Toponym]) -> None:
        for number, (inner, outer) in enumerate(zip(toponyms, toponyms[1:], strict=False)):
            if text[inner.end : outer.start] in (", ", ","):
                inner.container = number + 1

    def _mark_metonyms(self, parsed: Any, toponyms: list[Toponym]) -> None:
        nouns = _cues(self.settings.lexicon_dirs, "noun")
        verbs = _cues(self.settings.lexicon_dirs, "verb")
        for toponym in toponyms:
            if not any(e.feature == "PPLC" for e in toponym.candidates):
                continue
            span = parsed.char_span(toponym.start, toponym.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            after = parsed[span.end] if span.end < len(parsed) else None
            if after is not None and after.text in ("'s", "’s", "'", "’"):
                # the possessed noun: the parse's head, or the first noun after the possessive
                following = parsed[after.i + 1 : after.i + 4]
                noun = next((t for t in following if t.pos_ in ("NOUN", "PROPN")), None)
                possessed = {root.head.lemma_.lower(), noun.lemma_.lower() if noun else ""}
                if possessed & nouns:
                    toponym.metonym = True
                    continue
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in verbs:
                toponym.metonym = True

    # --- context and output -------------------------------------------------------------------

    def _demonyms(self, doc: Document) -> Counter[str]:
        """Count the countries the article's nationality words name ("Afghan" -> AFG)."""
        index = name_index(self.settings.lexicon_dirs)
        counts: Counter[str] = Counter()
        for entity in doc.entities:
            for mention in entity.mentions:
                entry = index.get(name_key(mention.text))
                if entry is not None and entry.kind == "demonym" and entry.country:
                    counts[entry.country] += 1
        return counts

    @staticmethod
    def _place(number: str, toponym: Toponym, choice: Choice | None) -> Place:
        if choice is None:
            return Place(
                start=toponym.start,
                end=toponym.end,
                text=toponym.text,
                id=number,
                entity=toponym.entity,
                rule=UNRESOLVED,
            )
        entry = choice.entry
        return Place(
            start=toponym.start,
            end=toponym.end,
            text=toponym.text,
            name=entry.name,
            country=entry.country,
            admin1=entry.admin1 if entry.feature not in ("PCLI", "CONT") else None,
            lat=entry.lat,
            lon=entry.lon,
            geonameid=entry.geonameid,
            feature=entry.feature,
            id=number,
            entity=toponym.entity,
            metonym=choice.metonym,
            confidence=choice.confidence,
            rule=INNER if toponym.inner else COMPLETED if toponym.completed else choice.rule,
        )
