"""The places stage: every place an article names, resolved to a GeoNames reading offline.

Toponyms come from the parse's GPE/LOC/FAC entities (and the mentions of entities of those
types), from a dateline ("AUSTIN, Texas -"), and from gazetteer names the model missed
(countries, regions, seas, big cities written in capitals outside any entity). A name the model
gives another type in a list with two or more it calls places is a place when the gazetteer
knows it as a town or region ("Suba, Migori, Homa Bay, Siaya and Kisumu"); a lower-case
qualifier before a place only says where in it ("in Kenya, east Africa"). Each is looked
up in the gazetteer (:mod:`wirecoder.geo`) and one reading is chosen with the cues of
:mod:`wirecoder.geo.resolve`. A capital standing for its government ("Washington's
assurance", "Kabul insists") is marked ``metonym`` and its ``country`` is the country it stands
for. A name the parser cut short is completed from the words after it ("Democratic Republic
of the" + "Congo", rule ``places.completed_name.v1``); an unknown longer name that only
qualifies a known one, or names an institution of it, resolves to the known name inside it
("Far North Queensland", "Metcalfe County Sheriff's Office", rule ``places.inner_name.v1``);
an unknown hyphenated name joining two countries, continents or regions is both of them
("Asia-Pacific", rule ``places.hyphen_pair.v1``), and two qualifiers sharing one name are two
places ("North and South Korea", rule ``places.elided_pair.v1``). A name found nowhere that
misses by a single letter the name of one country, or of one first-level region or big city of
a country the story gives a sign of, is that place ("Morrocco", "Tennesse", rule
``places.misspelt.v1``, confidence at most 0.6). A US postal code after a town of that state
is the state ("Columbus, GA", rule ``places.postal_code.v1``).

A name the gazetteer does not know (a village, a camp, a street) is placed where the text puts
it, the way an analyst codes an unknown village at the nearest known place: at the place named
after it ("Kibera, Nairobi"), else at the nearest town or region named in its paragraph, else at
the nearest place named in the article. Its ``name`` is the name as written, ``geonameid`` and
``feature`` are null, ``near`` is the id of the place whose point and country it takes, and the
rule is ``places.near_named.v1``. A name made of a town's name and a kind word ("the Salinas
Valley"), standing in a region that holds that town, takes the town's point instead (rule
``places.namesake_town.v1``; ``near`` is still the region); one standing in a province takes the
middle of the province's towns, where an unknown town most likely is (rule
``places.in_province.v1``). A name with no place around it keeps its span with null coordinates
and the rule ``places.unresolved.v1``. Either way a warning lists it; it never hides the others.
A country, region, county or capital inside an organisation's name is a place too ("the U.S.
Department of Agriculture", "the Plymouth County Sheriff's Office", rule
``places.in_organisation.v1``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from wirecoder.config import Settings
from wirecoder.geo import get_gazetteer, names
from wirecoder.geo.build import fold
from wirecoder.geo.readings import LOCAL_FEATURES, TOWN_FEATURES, contains
from wirecoder.geo.resolve import Choice, Resolver, Toponym
from wirecoder.lexicon import Spec, load_table, name_index, name_key, register_spec
from wirecoder.model import Document, Place
from wirecoder.stages.entities import trim_span
from wirecoder.stages.place_stand_ins import (
    LOCATIVE,
    PLACE_LABELS,
    namesake_town,
    placed_near,
    qualifies,
    stand_ins,
)
from wirecoder.stages.quote_layout import paragraph_breaks

_SCAN_CITY_POPULATION = 500_000
# a name the model calls a person is a place when it is a city at least this big
_PERSON_CITY_POPULATION = 1_000_000
# labels the model gives places by mistake, and the readings that make such a name a place
_MISLABELLED = frozenset({"ORG", "PERSON", "NORP"})
_MISREAD = frozenset({"PRODUCT", "WORK_OF_ART"})  # labels the model gives a city it does not know
_DATELINE = re.compile(
    r"\A\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:[-—–:]|\s+(?=[A-Z][a-z]))"
)
UNRESOLVED = "places.unresolved.v1"
INNER = "places.inner_name.v1"
COMPLETED = "places.completed_name.v1"
JOINED = "places.hyphen_pair.v1"
ELIDED = "places.elided_pair.v1"
MISSPELT = "places.misspelt.v1"
POSTAL = "places.postal_code.v1"
MISSPELT_CONFIDENCE = 0.6  # a guess at what the writer meant
IN_ORGANISATION = "places.in_organisation.v1"
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,5}$")

CUE_KINDS = frozenset(
    {
        "noun",
        "verb",
        "disease",
        "adm1",
        "adm2",
        "town",
        "qualifier",
        "institution",
        "feature",
        "holding",
    }
)
# the cue kinds that say a name is a place small enough to stand at a place named beside it,
# inside the name ("Cuckoo Hall Lane") or beside it ("Puge county", "the villages of Foua and
# Kfraya"); a province ("adm1") is bigger than the towns around it and is left unplaced
_PLACE_WORDS = ("feature", "town", "adm2")
_CITY = 50_000  # a town this big may bear a common word's name ("Nice", "Mobile")
_REGION_FEATURES = frozenset({"ADM1", "ISL", "RGN"})
_LIST_GLUE = re.compile(r",\s*|,?\s+and\s+|\s+or\s+")
_KIND_OF = re.compile(r"\s+(\w+)\s+of\s+(?:the\s+)?$")  # " district of ", " suburb of the "


def _check_cue(row: dict[str, str]) -> str | None:
    kinds = set(row["kind"].split("|"))
    if not kinds <= CUE_KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(sorted(CUE_KINDS))} (or several, |)"
    return None


register_spec("place_cues", Spec(("word", "kind"), "word", _check_cue))
register_spec("not_places", Spec(("word", "why"), "word", None))


@cache
def _cues(lexicon_dirs: tuple[str, ...], kind: str) -> frozenset[str]:
    """Return the words of one kind in the place cue table."""
    table = load_table("place_cues", lexicon_dirs)
    return frozenset(row["word"] for row in table if kind in row.items("kind"))


@cache
def _of_words(lexicon_dirs: tuple[str, ...]) -> frozenset[str]:
    """Return the place cue words of a kind of place or land (not an institution)."""
    return frozenset(
        row["word"]
        for row in load_table("place_cues", lexicon_dirs)
        if set(row.items("kind")) <= {"feature"}
        or any(kind in names.PLACE_KINDS for kind in row.items("kind"))
    )


@cache
def _kind_words(lexicon_dirs: tuple[str, ...]) -> dict[str, str]:
    """Return the place cue words that say what a name beside them is, with their kind."""
    words: dict[str, str] = {}
    for row in load_table("place_cues", lexicon_dirs):
        for kind in row.items("kind"):
            if kind in names.PLACE_KINDS or kind in ("qualifier", "institution"):
                words.setdefault(row["word"], kind)
    return words


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
        resolver = Resolver(toponyms, demonyms=demonyms)
        choices = resolver.resolve()
        kinds = self._place_words()
        holdings = _cues(self.settings.lexicon_dirs, "holding")
        anchors = stand_ins(doc.parsed, toponyms, choices, kinds, holdings)
        places = [
            self._place(f"p{number}", toponym, choice)
            for number, (toponym, choice) in enumerate(zip(toponyms, choices, strict=True), 1)
        ]
        unknown: list[str] = []
        placed: list[str] = []
        for number, toponym in enumerate(toponyms):
            if choices[number] is not None or number in resolver.dropped:
                continue
            anchor = anchors.get(toponym.key)
            if anchor is None:
                unknown.append(toponym.text)
                continue
            near, region = places[anchor], choices[anchor]
            town, settled = None, None
            if region is not None and region.entry.feature not in TOWN_FEATURES:
                town = namesake_town(toponym.text, region.entry, gaz)
            if town is None and region is not None and region.entry.feature == "ADM1":
                settled = gaz.settled_centre(region.entry.region)
            places[number] = placed_near(f"p{number + 1}", toponym, near, town, settled)
            placed.append(f"{toponym.text} (near {near.text})")
        if unknown:
            names = ", ".join(sorted(set(unknown)))
            doc = doc.warn(
                f"places: {len(unknown)} place name(s) not in the gazetteer, kept without "
                f"coordinates: {names}; add them to a places.tsv in lexicon_dirs to resolve them"
            )
        if placed:
            names = ", ".join(sorted(set(placed)))
            doc = doc.warn(
                f"places: {len(placed)} place name(s) the gazetteer lacks (or knows only "
                f"elsewhere), placed at a place the text names beside them: {names}; add them to "
                "a places.tsv in lexicon_dirs to place them exactly"
            )
        kept = (p for n, p in enumerate(places) if n not in resolver.dropped)
        return doc.with_(places=tuple(kept))

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
        words = self._kind_words()
        listed = _listed_with_places(text, parsed.ents)
        covered: list[tuple[int, int]] = []
        others: list[tuple[int, int]] = []  # entities of other types: places if named so
        for ent in parsed.ents:
            covered.append((ent.start_char, ent.end_char))
            bounds = trim_span(ent)
            if bounds is None:
                continue
            tokens = parsed[bounds[0] : bounds[1]]
            key = (tokens.start_char, tokens.end_char)
            # "a rise in metro fares": a facility in lower case is no name (a country or town
            # in lower case is a slip of the copy: "havana, cuba")
            unnamed = ent.label_ == "FAC" and text[key[0] : key[1]].islower()
            if (ent.label_ in PLACE_LABELS or key in place_entity) and not unnamed:
                # "in Kenya, east Africa", "southern Sudan": a lower-case qualifier only says
                # where in the place
                first = bounds[0]
                while first < bounds[1] - 1 and _lower_qualifier(parsed, first, words, gaz):
                    first += 1
                if first > bounds[0]:
                    stripped = (parsed[first].idx, key[1])
                    if key in owner:
                        owner[stripped] = owner[key]  # the place stays its entity's
                    key = stripped
                for piece in self._split(text, *key, gaz):
                    spans.setdefault(piece, False)
            elif ent.label_ in _MISLABELLED | _MISREAD:
                others.append((*key, ent.label_))
        # the model calls a place ORG or PERSON ("Edmonton said"): take the name when it is
        # a country, a region, a capital or a big city, or a place elsewhere in the article
        named = {fold(text[a:b]) for a, b in spans}
        # "Whitney Houston ... Houston said": a word that ends a person's full name is a surname
        surnames = {
            fold(e.name.split()[-1]) for e in doc.entities if e.type == "PERSON" and " " in e.name
        }
        demonyms = name_index(self.settings.lexicon_dirs)
        of_words = self._of_words()
        # names inside organisations' names, with the country the organisation table gives
        # the organisation ("Bank of England": GBR's England), None when it gives none
        in_organisation: dict[tuple[int, int], str | None] = {}
        for start, end, label in others:
            surface = text[start:end]
            entry = demonyms.get(name_key(surface))
            if entry is not None and entry.kind == "demonym":
                continue
            person = label == "PERSON"
            surname = fold(surface) in surnames
            if (start, end) in listed and not surname and _local_place(surface, gaz):
                # "Suba, Migori, Homa Bay, Siaya and Kisumu": a list's members are one kind
                spans.setdefault((start, end), False)
                continue
            # "admitted to a hospital in Milton Keynes" (PERSON), "farmers in the Midlands"
            # (PRODUCT), "Guerrero state police" (PERSON): where the text writes it as a place
            written = (
                (person or label in _MISREAD)
                and not surname
                and _written_as_place(parsed, (start, end), gaz, words, of_words)
            )
            if label in _MISREAD:
                if written:
                    spans.setdefault((start, end), False)
            elif (
                fold(surface) in named
                or self._prominent(surface, gaz, person=person, surname=surname or " " in surface)
                or (person and written)
            ):
                spans.setdefault((start, end), False)
            elif label == "ORG":
                for piece in names.in_organisation(parsed, start, end, gaz):
                    spans.setdefault(piece, False)
                    known = entry is not None and entry.type == "ORG"
                    in_organisation[piece] = entry.country if known else None
        for piece in self._dateline(text, gaz):
            for inside in [s for s in spans if piece[0] <= s[0] and s[1] <= piece[1]]:
                del spans[inside]  # "PLYMOUTH" of "PLYMOUTH CO." read as a company
            spans[piece] = True
        for piece in self._scan(parsed, covered, gaz):
            spans.setdefault(piece, False)
        postal = names.postal_states(text, list(spans), gaz)
        for piece in postal:
            for other in [s for s in spans if s[0] == piece[0]]:
                del spans[other]  # "KY--(Marketwire" read as one name
            spans[piece] = False
        ignored = {row["word"] for row in load_table("not_places", self.settings.lexicon_dirs)}
        diseases = _cues(self.settings.lexicon_dirs, "disease")
        for piece in list(spans):
            common = text[piece[0] : piece[1]] in ignored
            if (common and not _placed_by_text(parsed, piece, gaz)) or self._names_a_disease(
                parsed, piece, diseases
            ):
                del spans[piece]
        toponyms = []
        taken_to = last_end = -1
        for (start, end), dateline in sorted(spans.items()):
            if start < taken_to:
                continue  # the rest of a name cut short, taken in by the toponym before it
            surface = text[start:end]
            readings = (
                postal[(start, end)] if (start, end) in postal else names.readings_of(surface, gaz)
            )
            if not readings and _ACRONYM.match(surface):
                continue  # "BA", "NHS": an unknown acronym is an organisation, not a place
            if surface[:1].islower() and all(e.alternate for e in readings):
                # "the swan" is no Sevan, though GeoNames lists it as a name; an unknown
                # lower-case word ("meth") is no place either
                continue
            entity = owner.get((start, end))
            longer = names.region_adjective(parsed, start, end, gaz) or names.cut_short(
                parsed, start, end, gaz, spans, known=bool(readings)
            )
            if longer is not None:
                end, readings = longer
                surface, taken_to = text[start:end], end
            earlier = names.cut_before(parsed, start, end, gaz)
            if earlier is not None and earlier[0] >= max(taken_to, last_end):
                start, readings = earlier
                surface = text[start:end]
                longer = earlier
            pair, rule = None, JOINED
            if not readings:
                pair = names.hyphen_pair(text, start, end, gaz)
                if pair is None:
                    pair, rule = names.elided_pair(text, start, end, gaz), ELIDED
            if pair is not None:
                for a, b, both in pair:
                    toponym = Toponym(a, b, text[a:b], both, entity=entity, dateline=dateline)
                    toponym.joined = rule
                    toponyms.append(toponym)
                last_end = end
                continue
            inner = None if readings else names.inner_name(parsed, start, end, gaz, words, ignored)
            held = [] if readings or inner else self._held(parsed, start, end, gaz, words)
            held = [(a, b) for a, b in held if text[a:b] not in ignored]
            if held:
                # "Air Berlin", "Recovery Day B.C.": a name the gazetteer lacks that holds a
                # country, a region or a capital is an organisation named after that place
                for a, b in held:
                    toponym = Toponym(a, b, text[a:b], names.readings_of(text[a:b], gaz))
                    toponym.entity, toponym.in_organisation = entity, True
                    toponyms.append(toponym)
                last_end = end
                continue
            if inner is not None:
                start, end, readings, kind = inner
                surface = text[start:end]
            toponym = Toponym(start, end, surface, readings, entity=entity, dateline=dateline)
            toponym.postal = (start, end) in postal
            toponym.completed = longer is not None
            toponym.in_organisation = (start, end) in in_organisation
            home = in_organisation.get((start, end))
            if home is not None and any(r.country == home for r in toponym.candidates):
                toponym.candidates = [r for r in toponym.candidates if r.country == home]
                toponym.home = home
            if inner is not None:
                toponym.inner, toponym.kind = True, kind
            toponyms.append(toponym)
            last_end = end
        self._link_containers(text, toponyms, self._place_words())
        for toponym in toponyms:
            # "Morrocco", but not "Morrocco, Indiana" (a town) nor "West German" (a people)
            known = demonyms.get(name_key(toponym.text))
            if toponym.candidates or toponym.container is not None or known is not None:
                continue
            misspelt = gaz.misspelt(toponym.text)
            if misspelt is not None:
                toponym.candidates, toponym.respelt = [misspelt], True
        breaks = paragraph_breaks(text)
        for toponym in toponyms:
            span = parsed.char_span(toponym.start, toponym.end, alignment_mode="expand")
            if span is not None:
                toponym.sentence = (span.sent.start_char, span.sent.end_char)
            toponym.paragraph = (
                max((b for b in breaks if b < toponym.start), default=-1),
                min((b for b in breaks if b >= toponym.end), default=len(text)),
            )
        names.link_lists(text, toponyms)
        names.mark_kinds(parsed, toponyms, words, gaz)
        self._mark_metonyms(parsed, toponyms)
        return toponyms

    def _held(
        self, parsed: Any, start: int, end: int, gaz: Any, words: dict[str, str]
    ) -> list[tuple[int, int]]:
        """Return the places inside a name the gazetteer lacks that reads as an organisation's
        name: no word in it says it is a place ("Air Berlin", not "Penn Park")."""
        span = parsed.char_span(start, end, alignment_mode="expand")
        features = _cues(self.settings.lexicon_dirs, "feature")
        if span is None or any(
            t.lower_ in features or words.get(t.lower_, "institution") != "institution"
            for t in span
        ):
            return []
        return names.in_organisation(parsed, start, end, gaz)

    def _place_words(self) -> frozenset[str]:
        """Return the words that say a name beside them is a place ("district", "suburb")."""
        return frozenset().union(*(_cues(self.settings.lexicon_dirs, k) for k in _PLACE_WORDS))

    def _of_words(self) -> frozenset[str]:
        """Return the words that make the name after "of" a place ("the island of Java", "the
        province of Masvingo"): kinds of place and of land, not institutions ("the hospital of")."""
        return _of_words(self.settings.lexicon_dirs)

    def _kind_words(self) -> dict[str, str]:
        """Return the words around a place name that say what it is, with their kind."""
        return _kind_words(self.settings.lexicon_dirs)

    @staticmethod
    def _names_a_disease(parsed: Any, piece: tuple[int, int], diseases: frozenset[str]) -> bool:
        """Return whether the name is part of a disease's name ("West Nile virus")."""
        span = parsed.char_span(*piece, alignment_mode="expand")
        if span is None or span.end >= len(parsed):
            return False
        return parsed[span.end].lower_ in diseases

    @staticmethod
    def _prominent(surface: str, gaz: Any, *, person: bool, surname: bool = False) -> bool:
        """Return whether a name the model gave another type is a place all the same.

        An organisation's name is a place if it is a country, continent, region, capital or big
        city ("Edmonton said"); a person's only if it is a country or continent ("Jordan" may be
        either, "Hidalgo" is a surname first), or a city of a million people named alone and
        not as the last word of a person's name in the article ("missiles struck Kharkiv").
        """
        if not surface[:1].isupper():
            return False
        for entry in gaz.lookup(surface):
            if entry.alternate:
                continue
            if entry.feature in ("PCLI", "CONT"):
                return True
            if person and not surname and entry.population >= _PERSON_CITY_POPULATION:
                return True
            if person:
                continue
            if entry.feature in names.PROMINENT_FEATURES or (
                entry.feature == "PPL" and entry.population >= names.PROMINENT_POPULATION
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
        # "PLYMOUTH CO. -": a county's dateline is written short
        if not found or not names.readings_of(found.group(1).strip(), gaz):
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
                readings = gaz.lookup("".join(t.text_with_ws for t in span).rstrip())
                if any(
                    e.feature in names.SCAN_FEATURES
                    or (e.feature in ("PPLC", "PPL") and e.population >= _SCAN_CITY_POPULATION)
                    for e in readings
                    if not e.alternate
                ):
                    found.append((start, end))
                    skip_until = i + size
                    break
        return found

    @staticmethod
    def _link_containers(text: str, toponyms: list[Toponym], kinds: frozenset[str]) -> None:
        for number, (inner, outer) in enumerate(zip(toponyms, toponyms[1:], strict=False)):
            between = text[inner.end : outer.start]
            # "Kibera, Nairobi"; "the Gondra district of Uttar Pradesh"
            of = _KIND_OF.match(between)
            if of is not None and of[1].lower() in kinds and _suburb_of(inner, outer):
                outer.container = number  # "the Cincinnati suburb of West Chester"
            elif between in (", ", ",") or (of is not None and of[1].lower() in kinds):
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
    def _span_rule(toponym: Toponym) -> str | None:
        """Return the rule that shaped the toponym's span, if one did."""
        if toponym.inner:
            return INNER
        if toponym.completed:
            return COMPLETED
        if toponym.joined:
            return toponym.joined
        if toponym.respelt:
            return MISSPELT
        if toponym.postal:
            return POSTAL
        return IN_ORGANISATION if toponym.in_organisation else None

    def _place(self, number: str, toponym: Toponym, choice: Choice | None) -> Place:
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
            confidence=min(choice.confidence, MISSPELT_CONFIDENCE)
            if toponym.respelt
            else choice.confidence,
            rule=self._span_rule(toponym) or choice.rule,
        )


def _written_as_place(
    parsed: Any, piece: tuple[int, int], gaz: Any, words: dict[str, str], of_words: frozenset[str]
) -> bool:
    """Return whether a name the model gave another type is written as a place: a region or
    island, or a town of 50,000 people or more, after a locative preposition (and "the") with
    no lower-case noun after it ("a hospital in Milton Keynes", "in the Midlands", not "in
    Lincoln Center"), or any reading of it before a kind word that fits ("Guerrero state") or
    after a kind of place and "of" ("the island of Java")."""
    span = parsed.char_span(*piece, alignment_mode="expand")
    if span is None or span.start == 0 or not span.text[:1].isupper():
        return False  # "back into the bush"
    readings = [e for e in gaz.lookup(span.text) if not e.alternate]
    follows = parsed[span.end] if span.end < len(parsed) else None
    kind = words.get(follows.lower_) if follows is not None else None
    if kind in names.PLACE_KINDS and any(names.fits(e, kind) for e in readings):
        return True
    before = parsed[span.start - 2 : span.start]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in of_words and readings:
        return True
    if len(before) == 2 and before[1].text == ",":
        # "Gatineau, Que.": a region that holds a reading of the place named before it
        town = next((e for e in parsed.ents if e.end == before[0].i + 1), None)
        if town is not None and town.label_ in PLACE_LABELS:
            inner = gaz.lookup(town.text)
            regions = [e for e in names.readings_of(span.text, gaz) if e.feature == "ADM1"]
            if any(contains(region, e) for region in regions for e in inner):
                return True
    return _after_locative(parsed, span, through_the=True) and any(
        e.feature in _REGION_FEATURES or (e.feature in TOWN_FEATURES and e.population >= _CITY)
        for e in readings
    )


def _suburb_of(city: Toponym, name: Toponym) -> bool:
    """Return whether, in "the <city> suburb of <name>", the name lies in the city's area: the
    first is a town and the second no region and no bigger town ("the Cincinnati suburb of West
    Chester", not "the Gondra district of Uttar Pradesh" nor "the Zanburiya district of
    Baghdad")."""
    towns = [e for e in city.candidates if e.feature in TOWN_FEATURES and not e.alternate]
    if not towns:
        return False
    biggest = max(e.population for e in towns)
    return all(e.feature in TOWN_FEATURES and e.population < biggest for e in name.candidates)


def _lower_qualifier(parsed: Any, i: int, words: dict[str, str], gaz: Any) -> bool:
    """Return whether a token is a lower-case word that only says where in the capitalised
    place after it it is ("east Africa"), not part of a country's or province's name written
    in lower case ("west Virginia") nor of a hyphened word ("south-Atlantic")."""
    token, after = parsed[i], parsed[i + 1]
    if not (token.is_lower and words.get(token.lower_) == "qualifier" and token.whitespace_):
        return False
    if not after.text[:1].isupper():
        return False
    whole = parsed[i : i + 2].text
    return not any(e.feature in ("PCLI", "ADM1") for e in gaz.lookup(whole) if not e.alternate)


def _listed_with_places(text: str, ents: Any) -> set[tuple[int, int]]:
    """Return the (trimmed) spans of entities the model gives another type that are listed with
    two or more it calls places ("Suba, Migori, Homa Bay, Siaya and Kisumu"). A list ends at
    the name after its "and" or "or": in "talks in London and Paris, Johnson said" Johnson is
    no member, and a run of commas alone is no list."""
    found: set[tuple[int, int]] = set()
    run: list[Any] = []
    closed = False
    for ent in (*ents, None):
        glue = (
            None
            if ent is None or not run
            else _LIST_GLUE.fullmatch(text[run[-1].end_char : ent.start_char])
        )
        if glue is not None and not closed:
            run.append(ent)
            closed = glue[0].strip(", ") in ("and", "or")
            continue
        if closed and sum(e.label_ in PLACE_LABELS for e in run) >= 2:
            for e in run:
                bounds = trim_span(e) if e.label_ in _MISLABELLED else None
                if bounds is not None:
                    tokens = e.doc[bounds[0] : bounds[1]]
                    found.add((tokens.start_char, tokens.end_char))
        run, closed = ([ent] if ent is not None else []), False
    return found


def _local_place(surface: str, gaz: Any) -> bool:
    """Return whether a capitalised name is, in some reading of its own, a town, county or
    first-level region."""
    return surface[:1].isupper() and any(
        e.feature in LOCAL_FEATURES | {"ADM1"} for e in gaz.lookup(surface) if not e.alternate
    )


def _after_locative(parsed: Any, span: Any, *, through_the: bool = False) -> bool:
    """Return whether a locative preposition comes right before a name (with "the" between
    when ``through_the``) and no hyphen, possessive or lower-case noun after it ("in Phoenix",
    not "in Federal court" nor "in Ebola-hit areas")."""
    if span.start == 0:
        return False
    before = parsed[span.start - 1]
    if through_the and before.lower_ == "the" and span.start > 1:
        before = parsed[span.start - 2]
    follows = parsed[span.end] if span.end < len(parsed) else None
    hyphened = follows is not None and follows.text == "-"
    return before.lower_ in LOCATIVE and not (hyphened or qualifies(follows))


def _placed_by_text(parsed: Any, piece: tuple[int, int], gaz: Any) -> bool:
    """Return whether the text makes a common word the model calls a place a place after all:
    a region or country named after it ("Nice, France", "Mobile, Alabama"), or a locative
    preposition before it with no lower-case noun or hyphen after it ("in Phoenix", not "in
    Federal court")."""
    span = parsed.char_span(*piece, alignment_mode="expand")
    if span is None or span[0].ent_type_ not in PLACE_LABELS:
        return False
    # only a word that names a city ("Nice", "Phoenix"), not a direction ("in East and West")
    if not any(e.feature in TOWN_FEATURES and e.population >= _CITY for e in gaz.lookup(span.text)):
        return False
    after = parsed[span.end : span.end + 3]
    if len(after) >= 2 and after[0].text == ",":
        outer = after[1:]
        for size in (2, 1):
            name = outer[:size].text
            if any(e.feature in ("PCLI", "ADM1") for e in gaz.lookup(name)):
                return True
    return _after_locative(parsed, span)
