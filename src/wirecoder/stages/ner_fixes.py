"""Corrections to the statistical NER for news copy, as spaCy components added by the parse stage.

Eleven components run after spaCy's ``ner``, in this order:

- ``wirecoder_span_edges`` cuts the model's entities where no name goes on: at a line break that
  is not a wrap of running text ("Results of National\nBasketball Association" is two lines), at
  a spaced dash, slash, comma or bracket ("Real Madrid , Spain", "Forwards - Ann Lee"), and
  before trailing numbers ("Nancy 2", "SEOUL 1996-12-06"); a piece without a letter is dropped.
- ``wirecoder_lexicon_ents`` tags the names in the package's tables (countries, their aliases,
  demonyms and capitals; organisations and their acronyms; a user's actors) in title case and in
  ALL CAPS. A table name replaces the model's entity when it is the same span or a longer one and
  relabels it when the model's span only adds "the"; the model's longer guesses ("Bank of
  China" around "China") are kept.
- ``wirecoder_demonym_compounds`` (in :mod:`wirecoder.stages.ner_lines`) tags a people's name
  joined by a hyphen to a lower-case word whole ("Syrian-backed").
- ``wirecoder_title_trim`` removes role titles the model swallows into organisations: "Acting
  Coordinator" tagged ORG is dropped, "the Foreign Office Spokesperson" becomes "the Foreign
  Office", "General Antoine Lahd" tagged ORG becomes the PERSON "Antoine Lahd". A title the model
  keeps inside a PERSON ("King Abdullah") is left as the model has it.
- ``wirecoder_named_events`` makes a capitalised name that ends in a competition's word (word
  class ``ner.event_head``: "Asian Cup", "Sheffield Shield", "World Grand Prix") an EVENT, also
  where the model missed or mislabelled it; in an ALL CAPS line only the word before the head is
  taken ("FOR WORLD CUP CLASH").
- ``wirecoder_companies`` makes a capitalised name that ends in a legal form (word class
  ``ner.org_suffix``: "Brewpole BV", "Tembo Brewing and Co Inc") or opens with one
  (``ner.org_prefix``: "PT Sinar Jaya") an organisation, and its name without the legal form
  one too wherever the article repeats it ("Tembo Brewing"); a name the model calls a person or a
  place that opens or ends with a club's word (``ner.club_first``, ``ner.club_last``: "Rapid
  Vienna", "Marlow United") is a sports club, an organisation.
- ``wirecoder_datelines`` tags the place of a dateline ("SEOUL 1996-12-06", "WHISTLER , British
  Columbia 1996-12-06", "NAIROBI, May 14 (Reuters) -"): the town, and the region or country
  after it, are places (GPE) whatever the model called them.
- ``wirecoder_topic_slugs`` (in :mod:`wirecoder.stages.ner_lines`) drops the entity the model
  makes of a desk's topic opening a headline ("SOCCER - ...", word class ``ner.topic_slug``).
- ``wirecoder_rosters`` (in :mod:`wirecoder.stages.ner_lines`) reads lines that list players
  after a position, a tally or a team ("Defenders - Ann Lee , Kim Oduya", "Rovers - Ann Lee 20"):
  the players are people, the team an organisation (word class ``ner.roster_head``).
- ``wirecoder_results_lines`` reads sports results and standings lines ("Leeds 2 Everton 0",
  "Aberdeen 15 7 4 4 28 19 25"): their names are teams, organisations unless a country's side;
  the scorers in brackets after a score ("Leeds 2 ( Ann Lee 12 , Kim 80th )") are people.
- ``wirecoder_discourse`` applies one sense per article: a surname of a person named in full is a
  PERSON, a name the model labels one way most of the time gets that label everywhere, and a
  name tagged somewhere is tagged where the model missed it (also in ALL CAPS headlines).

The components are registered by :func:`add_entity_fixes`, called when the parse stage loads its
model; nothing is registered on import.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from typing import Any

import numpy

from wirecoder.lexicon import load_table, name_index, name_key
from wirecoder.lexicon.actors import actor_cues, sector_cues, titles, user_actors
from wirecoder.stages.ner_lines import DemonymCompounds, Rosters, TopicSlugs

log = logging.getLogger(__name__)

FIXES = (
    "wirecoder_span_edges",
    "wirecoder_lexicon_ents",
    "wirecoder_demonym_compounds",
    "wirecoder_title_trim",
    "wirecoder_named_events",
    "wirecoder_companies",
    "wirecoder_datelines",
    "wirecoder_topic_slugs",
    "wirecoder_rosters",
    "wirecoder_results_lines",
    "wirecoder_discourse",
)
_NO_LEXICON = frozenset(
    {"wirecoder_demonym_compounds", "wirecoder_datelines", "wirecoder_discourse"}
)
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_ARTICLES = frozenset({"the", "a", "an"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
_CONNECTORS = frozenset({"of", "for", "and", "the", "-", "&"})


def _variants(word: str) -> list[str]:
    return list(dict.fromkeys([word, word.upper()]))


def lexicon_patterns(
    nlp: Any, lexicon_dirs: tuple[str, ...], actor_files: tuple[str, ...]
) -> list[tuple[str, list[dict[str, Any]]]]:
    """Return (label, token pattern) pairs for every name in the tables, title case and caps."""
    surfaces: dict[str, str] = {}
    for entry_surface, label in _table_names(lexicon_dirs, actor_files):
        surfaces.setdefault(entry_surface, label)
    patterns = []
    for surface, label in surfaces.items():
        words = [t.text for t in nlp.make_doc(surface)]
        if not words or not any(ch.isalpha() for ch in surface):
            continue
        if len(words) == 1 and len(surface) <= 2 and not surface.isupper():
            continue
        pattern = [
            {"ORTH": {"IN": _variants(w)}} if any(c.islower() for c in w) else {"ORTH": w}
            for w in words
        ]
        patterns.append((label, pattern))
    return patterns


def _table_names(
    lexicon_dirs: tuple[str, ...], actor_files: tuple[str, ...]
) -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    for row in load_table("countries", lexicon_dirs):
        names += [(s, "GPE") for s in (row["name"], *row.items("aliases"), *row.items("capital"))]
        names += [(s, "NORP") for s in row.items("demonyms")]
    for row in load_table("organizations", lexicon_dirs):
        names += [(s, "ORG") for s in (row["name"], *row.items("aliases"))]
    for actor in user_actors(actor_files):
        names += [(s, actor.type) for s in (actor.name, *actor.aliases)]
    return names


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def _set_ents(doc: Any, ents: list[Any]) -> None:
    from spacy.util import filter_spans

    doc.ents = filter_spans(ents)


def _replace_ents(doc: Any, found: list[Any]) -> None:
    """Set ``found`` as entities in place of every entity of the doc that overlaps one."""
    kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
    _set_ents(doc, kept + found)


_DASHES = frozenset({"-", "–", "—", "--", "/"})  # inside a name only unspaced: "Bre-X", "AC/DC"
_BREAKERS = frozenset({",", ";", ":", "(", ")", "[", "]", "|"})
_NUMBER = re.compile(r"^[+\-]?[\d.,:/+\-]*\d[\d.,:/+\-]*(?:st|nd|rd|th|s)?$")
# names that end in a number by design are products, events, works and laws ("Apollo 11")
_NUMBERED_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def hard_breaks(text: str) -> list[int]:
    """Return the offsets of the line breaks in ``text`` that are not wraps of running text.

    A break is a wrap when the next word would not have fitted on the line, judged against the
    longest line of the text, or when a sentence runs on from prose into prose; any other break
    ends a line on purpose (a headline, a byline, a table row), so no name runs across it.
    """
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    breaks = []
    offset = 0
    for line, after in zip(lines, lines[1:], strict=False):
        offset += len(line)
        stripped = after.lstrip()
        next_word = stripped.split(" ", 1)[0] if stripped else ""
        fitted = len(line.rstrip()) + 1 + len(next_word) <= width
        if not line.strip() or not next_word or (fitted and not _prose_runs_on(line, after)):
            breaks.append(offset)
        offset += 1
    return breaks


_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]+\b")


def _prose_runs_on(line: str, after: str) -> bool:
    """Return whether a sentence runs on from one line of running text into the next, though
    the next word would have fitted: a short first line whose dateline was taken off ("Car
    exports to West" / "Germany rose sharply last month, the ministry said")."""
    end = line.rstrip()
    if not end or end[-1] in ".:;!?\"'" or not _LOWER_WORD.search(end):
        return False
    return len(_LOWER_WORD.findall(after)) >= 3


def _lettered(tokens: list[Any]) -> bool:
    return any(ch.isalpha() for t in tokens for ch in t.text)


class SpanEdges:
    """Cut entities at hard line breaks and spaced separators, and trim trailing numbers."""

    def __call__(self, doc: Any) -> Any:
        original = doc.ents
        if not original:
            return doc
        breaks = set(hard_breaks(doc.text)) if "\n" in doc.text else set()
        ents = []
        changed = False
        for ent in original:
            pieces = self._pieces(ent, breaks)
            changed |= len(pieces) != 1 or (pieces[0].start, pieces[0].end) != (ent.start, ent.end)
            ents += pieces
        if changed:
            _set_ents(doc, ents)
        return doc

    @staticmethod
    def _pieces(ent: Any, breaks: set[int]) -> list[Any]:
        doc = ent.doc
        runs: list[list[Any]] = [[]]
        for token in ent:
            cut = token.is_space and any(token.idx + i in breaks for i in range(len(token.text)))
            spaced = token.text in _DASHES and bool(
                token.whitespace_ and token.i and doc[token.i - 1].whitespace_
            )
            if cut or spaced or token.text in _BREAKERS:
                runs.append([])
            else:
                runs[-1].append(token)
        pieces = []
        for run in runs:
            while run and (run[0].is_space or run[0].is_punct):
                run.pop(0)
            if ent.label_ not in _NUMBERED_LABELS:
                # a number after a name is a score, a date or a count: "Nancy 2", "Oslo 1996"
                first_number = next(
                    (i for i, t in enumerate(run) if i and _NUMBER.match(t.text)), None
                )
                if first_number is not None and _lettered(run[:first_number]):
                    run = run[:first_number]
            while run and (run[-1].is_space or run[-1].lower_ in _CONNECTORS):
                run.pop()
            if not _lettered(run):
                continue
            if len(runs) == 1 and (run[0].i, run[-1].i + 1) == (ent.start, ent.end):
                return [ent]
            pieces.append(_span(doc, run[0].i, run[-1].i + 1, ent.label_))
        return pieces


class LexiconEnts:
    """Tag table names and reconcile them with the model's entities."""

    def __init__(self, nlp: Any, lexicon_dirs: tuple[str, ...], actor_files: tuple[str, ...]):
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        # a phrase matcher over exact token texts: the names as written and in capitals (for
        # headlines); a token-pattern Matcher with thousands of names cost twice the model's time
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, dict[tuple[str, ...], Any]] = defaultdict(dict)
        for label, pattern in lexicon_patterns(nlp, lexicon_dirs, actor_files):
            words = [
                t["ORTH"]["IN"][0] if isinstance(t["ORTH"], dict) else t["ORTH"] for t in pattern
            ]
            for form in (words, [w.upper() for w in words]):
                by_label[label].setdefault(tuple(form), Doc(nlp.vocab, words=form))
        for label, phrases in by_label.items():
            self.matcher.add(label, list(phrases.values()))

    def __call__(self, doc: Any) -> Any:
        from spacy.util import filter_spans

        found = filter_spans(self.matcher(doc, as_spans=True))
        if not found:
            return doc
        ents = list(doc.ents)
        for match in found:
            crossing = [e for e in ents if e.start < match.end and match.start < e.end]
            if not crossing:
                ents.append(match)
                continue
            if len(crossing) == 1:
                model = crossing[0]
                inner = model.start
                while inner < model.end and doc[inner].lower_ in _ARTICLES:
                    inner += 1
                if (inner, model.end) == (match.start, match.end):  # "the United States"
                    ents[ents.index(model)] = _span(doc, model.start, model.end, match.label_)
                    continue
                if model.start <= match.start and match.end <= model.end:
                    if (model.start, model.end) == (match.start, match.end):
                        ents[ents.index(model)] = match
                    continue  # the model's longer name stands: "Bank of China"
            if all(match.start <= e.start and e.end <= match.end for e in crossing):
                ents = [e for e in ents if e not in crossing] + [match]
        _set_ents(doc, ents)
        return doc


class TitleTrim:
    """Remove role titles from the edges of person and organisation entities."""

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        lexicon = titles(lexicon_dirs)
        self.words = lexicon.words
        self.heads = frozenset(phrase.split()[-1] for phrase in lexicon.roles)
        # roles that belong to a body ("Foreign Office Spokesperson") may trail its name
        self.trailing = frozenset(
            phrase.split()[-1] for phrase, role in lexicon.roles.items() if role.sector is None
        )
        cue_words = {w for cue in sector_cues(lexicon_dirs) for w in cue.split()}
        self.org_words = frozenset(cue_words | set(actor_cues(lexicon_dirs)["org_word"]))

    def _title_run(self, tokens: list[Any]) -> int:
        """Return how many leading tokens form a title (ending on a role word), else 0."""
        run = 0
        has_head = False
        for i, token in enumerate(tokens):
            low = token.lower_
            if low in self.words and token.text[:1].isupper():
                if low in self.heads:
                    has_head = True
                    run = i + 1
            elif low in _CONNECTORS and i > 0:
                continue
            else:
                break
        return run if has_head else 0

    def _person_name(self, tokens: list[Any]) -> bool:
        """Two or more capitalised words, none of them an organisation's word."""
        words = [t for t in tokens if t.is_alpha]
        return (
            len(words) >= 2
            and len(words) == len(tokens)
            and all(t.text[:1].isupper() and not t.is_upper for t in words)
            and not any(t.lower_ in self.org_words for t in words)
        )

    def __call__(self, doc: Any) -> Any:
        ents = []
        changed = False
        for ent in doc.ents:
            fixed = self._trim(ent)
            changed |= fixed is not ent
            if fixed is not None:
                ents.append(fixed)
        if changed:
            _set_ents(doc, ents)
        return doc

    def _trim(self, ent: Any) -> Any:
        if ent.label_ not in ("PERSON", "ORG"):
            return ent
        tokens = list(ent)
        skip = 1 if tokens[0].lower_ in _ARTICLES else 0
        run = self._title_run(tokens[skip:])
        rest = tokens[skip + run :]
        if run and not rest:  # nothing but a title: "Acting Coordinator"
            return ent if ent.label_ == "PERSON" else None
        if run and self._person_name(rest):  # "General Antoine Lahd" tagged ORG
            return _span(ent.doc, ent.start + skip + run, ent.end, "PERSON")
        if ent.label_ == "ORG":
            end = len(tokens)
            while (
                end > skip + 1
                and tokens[end - 1].lower_ in self.trailing
                and tokens[end - 1].text[:1].isupper()
            ):
                end -= 1
            if end < len(tokens) and tokens[end - 1].lower_ not in _CONNECTORS:
                return _span(ent.doc, ent.start, ent.start + end, "ORG")
        return ent


class NamedEvents:
    """Capitalised names that end in a competition's word are events: "the Asian Cup"."""

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        from wirecoder.lexicon.classes import word_classes

        self.heads = [h.split() for h in word_classes(lexicon_dirs)["ner.event_head"]]

    def _head(self, doc: Any, i: int) -> int:
        """Return how many tokens a head ending at token ``i`` spans, else 0."""
        for words in self.heads:
            start = i - len(words) + 1
            tokens = doc[max(start, 0) : i + 1]
            if start >= 0 and [t.lower_ for t in tokens] == words:
                return len(words) if all(t.text[:1].isupper() for t in tokens) else 0
        return 0

    def __call__(self, doc: Any) -> Any:
        found = []
        for token in doc:
            size = self._head(doc, token.i)
            if not size:
                continue
            start = token.i - size + 1
            caps = token.is_upper
            while start > 0:
                word = doc[start - 1]
                if word.is_stop or word.is_space or not word.text[:1].isupper():
                    break
                if not (word.is_alpha or "." in word.text) or (caps and not word.is_upper):
                    break
                start -= 1
                if caps:  # a headline in capitals: only the word before the head
                    break
            if start < token.i - size + 1:
                found.append(_span(doc, start, token.i + 1, "EVENT"))
        for ent in doc.ents:
            if ent.label_ != "EVENT" and self._head(doc, ent.end - 1) and len(ent) > 1:
                found.append(_span(doc, ent.start, ent.end, "EVENT"))
        if not found:
            return doc
        _replace_ents(doc, found)
        return doc


_CLUB_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
_NAME_JOINS = frozenset({"and", "&", "of", "de", "-"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


class Companies:
    """Names with a legal form are companies: "Brewpole BV", "PT Sinar Jaya"."""

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        from wirecoder.lexicon.classes import word_classes

        classes = word_classes(lexicon_dirs)
        self.suffixes = classes["ner.org_suffix"]
        self.prefixes = classes["ner.org_prefix"]
        self.club_first = classes["ner.club_first"]
        self.club_last = classes["ner.club_last"]

    def _club(self, ent: Any) -> bool:
        """A person or place named with a club's word before or after it: "Rapid Vienna"."""
        if ent.label_ not in _CLUB_LABELS or len(ent) < 2:
            return False
        first, last = ent[0], ent[-1]
        return (first.text[:1].isupper() and first.lower_ in self.club_first) or (
            last.text[:1].isupper() and last.lower_ in self.club_last
        )

    def _form(self, token: Any, words: frozenset[str]) -> bool:
        return token.text[:1].isupper() and token.lower_.replace(".", "") in words

    def __call__(self, doc: Any) -> Any:
        ents = list(doc.ents)
        blocked = {i for e in ents if e.label_ in _NOT_NAMES for i in range(e.start, e.end)}
        found = []
        stems = set()
        for token in doc:
            if self._form(token, self.suffixes) and token.i > 0:
                start = token.i
                while start > 0:
                    word = doc[start - 1]
                    if word.i in blocked or word.is_space:
                        break
                    if word.lower_ in _NAME_JOINS and start - 1 > 0 and not word.is_sent_start:
                        before = doc[start - 2]
                        if not before.text[:1].isupper() or self._form(before, self.suffixes):
                            break  # "Acme Ltd and Tembo Corp" are two companies
                    elif not word.text[:1].isupper() or (word.is_stop and not word.is_upper):
                        break
                    start -= 1
                    if word.is_sent_start:
                        break
                while start < token.i and doc[start].lower_ in _NAME_JOINS:
                    start += 1
                end = token.i + 1
                stem_end = token.i
                while stem_end > start and (
                    self._form(doc[stem_end - 1], self.suffixes)
                    or doc[stem_end - 1].lower_ in _NAME_JOINS
                ):
                    stem_end -= 1
                if stem_end == start:
                    continue
                if start > 0 and self._form(doc[start - 1], self.prefixes):
                    start -= 1
                found.append(_span(doc, start, end, "ORG"))
                stems.add(doc[start:stem_end].text)
            elif self._form(token, self.prefixes) and token.is_upper and token.i + 1 < len(doc):
                end = token.i + 1
                while end < len(doc) and doc[end].is_title and end not in blocked:
                    if doc[end].is_sent_start:
                        break
                    end += 1
                if end > token.i + 1:
                    found.append(_span(doc, token.i, end, "ORG"))
                    stems.add(doc[token.i + 1 : end].text)
        clubs = [e for e in ents if self._club(e)]
        for ent in ents:  # "Nairobi" tagged alone before "United": the club is both words
            after = doc[ent.end] if ent.end < len(doc) else None
            if (
                ent.label_ in _CLUB_LABELS
                and after is not None
                and after.text[:1].isupper()
                and after.lower_ in self.club_last
            ):
                clubs.append(_span(doc, ent.start, ent.end + 1, "ORG"))
        if not found and not clubs:
            return doc
        found += [_span(doc, e.start, e.end, "ORG") for e in clubs]
        found = [
            f
            for f in found
            if not any(
                e.start < f.end and f.start < e.end for e in found if e is not f and len(e) > len(f)
            )
        ]
        kept = []
        for ent in ents:
            if any(ent.start < f.end and f.start < ent.end for f in found):
                continue
            if ent.text in stems and ent.label_ != "ORG":
                ent = _span(doc, ent.start, ent.end, "ORG")
            kept.append(ent)
        _set_ents(doc, kept + found)
        return doc


_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
)
# a dateline line: a town in capitals, perhaps a region in title case or capitals, then a date
# (an ISO day ending the line, or a month and day) and/or an agency's name, then a dash or the end
_DATELINE = re.compile(
    r"^\s*(?P<town>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}))?"
    rf"(?:\s*,?\s*(?P<date>\d{{4}}-\d\d-\d\d\s*$|{_MONTH}))?"
    r"(?P<agency>\s*\([^)\n]{1,40}\))?"
    r"\s*(?:-{1,2}|[—–]|$)",
    re.MULTILINE,
)


class Datelines:
    """The place a dateline names is a place: "SEOUL 1996-12-06", "LIMA, May 2 (Reuters) -"."""

    def __call__(self, doc: Any) -> Any:
        places = []
        for found in _DATELINE.finditer(doc.text):
            if not found["agency"] and not found["date"]:
                continue  # a headline in capitals, not a dateline
            for group in ("town", "region"):
                if found[group] is None:
                    continue
                span = doc.char_span(found.start(group), found.end(group), alignment_mode="expand")
                if span is not None and not any(ch.isdigit() for ch in span.text):
                    places.append(_span(doc, span.start, span.end, "GPE"))
        if not places:
            return doc
        _replace_ents(doc, places)
        return doc


_TEAM = r"[A-Z][\w.'&/-]*(?: [A-Z][\w.'&/-]*)*"
_SCORES = r"(?: -?\d*\.?\d+)+"
_SCORERS = r"(?: \([^()\n]*\))?"  # "Leeds 2 ( Ann Lee 12 , Kim 80th pen )"
_RESULTS_LINE = re.compile(rf"^{_TEAM}{_SCORES}{_SCORERS}(?: {_TEAM}{_SCORES}{_SCORERS})*[ .]*$")
_BRACKETS = re.compile(r"\([^()\n]*\)")
_SCORER = re.compile(rf"({_TEAM}) \d")
_FIXTURE_LINE = re.compile(rf"^(?:[^:\n]*: )?({_TEAM}) v ({_TEAM})[ .]*$")
_TEAM_SCORE = re.compile(rf"({_TEAM}){_SCORES}")
_HEADER_LINE = re.compile(r"^(?:[A-Z]{1,4} ){2,}[A-Z]{1,4}\s*$")  # "W L PCT GB"
_DECIMAL = re.compile(r"\d\.\d")  # prices and yields, not scores: "Corn 2.55 2.61"


class ResultsLines:
    """Sports results and standings lines ("Leeds 2 Everton 0"): the names are teams.

    A team is an organisation (ORG), except a national side named by its country (GPE).
    """

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        self.index = name_index(lexicon_dirs)

    def __call__(self, doc: Any) -> Any:
        text = doc.text
        if not any(ch.isdigit() for ch in text):
            return doc
        teams = []
        scorers: list[Any] = []
        headers = []
        offset = 0
        for line in text.split("\n"):
            if _HEADER_LINE.match(line):
                headers.append((offset, offset + len(line)))
            if _DECIMAL.search(line):
                found = []
            elif _RESULTS_LINE.match(line):
                # teams stand outside the brackets, scorers (people) inside them
                outside = _BRACKETS.sub(lambda m: " " * len(m.group()), line)
                found = [m.span(1) for m in _TEAM_SCORE.finditer(outside)]
                for bracket in _BRACKETS.finditer(line):
                    for scorer in _SCORER.finditer(line, bracket.start(), bracket.end()):
                        span = doc.char_span(
                            offset + scorer.start(1), offset + scorer.end(1), "PERSON"
                        )
                        if span is not None:
                            scorers.append(span)
            else:
                fixture = _FIXTURE_LINE.match(line)
                found = [fixture.span(1), fixture.span(2)] if fixture else []
            for start, end in found:
                span = doc.char_span(offset + start, offset + end, alignment_mode="contract")
                if span is not None and len(span):
                    teams.append(span)
            offset += len(line) + 1
        original = doc.ents  # each read of doc.ents makes new spans: read it once
        ents = list(original)
        if headers:
            ents = [
                e
                for e in ents
                if not any(s <= e.start_char and e.end_char <= t for s, t in headers)
            ]
        if "(" in text:
            ents += self._clubs(doc, ents)
        if not teams and not scorers and len(ents) == len(original):
            return doc
        for team in teams:
            entry = self.index.get(name_key(team.text))
            national = entry is not None and entry.type == "GPE" and entry.kind != "capital"
            ents = [e for e in ents if e.end <= team.start or team.end <= e.start]
            ents.append(_span(doc, team.start, team.end, "GPE" if national else "ORG"))
        for scorer in scorers:
            ents = [e for e in ents if e.end <= scorer.start or scorer.end <= e.start]
            ents.append(scorer)
        _set_ents(doc, ents)
        return doc

    def _clubs(self, doc: Any, ents: list[Any]) -> list[Any]:
        """'Rui Barros ( Porto )': a club or country in brackets after a player's name."""
        found = []
        by_start = {e.start: e for e in ents}
        for ent in ents:
            if ent.label_ != "PERSON" or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
                continue
            close = next(
                (i for i in range(ent.end + 1, min(ent.end + 6, len(doc))) if doc[i].text == ")"),
                None,
            )
            if close is None or close == ent.end + 1:
                continue
            inside = doc[ent.end + 1 : close]
            if not all(t.text[:1].isupper() for t in inside if t.is_alpha):
                continue
            model = by_start.get(inside.start)
            if model is not None and model.label_ not in ("PERSON",):
                continue
            entry = self.index.get(name_key(inside.text))
            national = entry is not None and entry.type == "GPE" and entry.kind != "capital"
            if model is not None:
                ents.remove(model)
            found.append(_span(doc, inside.start, inside.end, "GPE" if national else "ORG"))
        return found


def _key(tokens: Any) -> str:
    words = [t.text for t in tokens if t.lower_ not in _ARTICLES or t.i != tokens[0].i]
    while words and words[-1] in ("'s", "’s", "'", "’"):
        words.pop()
    return " ".join(words).casefold()


class Discourse:
    """One sense per article: consistent labels for repeated names, and the misses filled in."""

    def __call__(self, doc: Any) -> Any:
        ents = [e for e in doc.ents]
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        surnames: set[str] = set()
        org_heads: set[str] = set()
        for ent in ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            key = _key(ent)
            if key:
                votes[key][ent.label_] += 1
            names = [t for t in ent if t.is_alpha and t.lower_ not in _SUFFIXES]
            capitalised = all(t.text[:1].isupper() for t in names)
            if ent.label_ == "PERSON" and len(names) >= 2 and capitalised:
                surnames.add(names[-1].text.casefold())
            elif ent.label_ == "ORG" and len(ent) >= 2 and ent[0].text[:1].isupper():
                org_heads.add(ent[0].text.casefold())
        known: dict[str, str] = {}
        for key, counts in votes.items():
            (label, count), *rest = counts.most_common()
            if not rest or count > rest[0][1]:
                known[key] = label
        for name in surnames - org_heads:
            known[name] = "PERSON"
        for name in org_heads - surnames:
            if known.get(name, "PERSON") == "PERSON" and votes.get(name, Counter()).get("PERSON"):
                known[name] = "ORG"
        fixed = []
        changed = False
        for ent in ents:
            label = known.get(_key(ent)) if ent.label_ in ACTOR_LABELS else None
            if label and label != ent.label_:
                fixed.append(_span(doc, ent.start, ent.end, label))
                changed = True
            else:
                fixed.append(ent)
        missed = self._misses(doc, fixed, known)
        if changed or missed:  # most articles need neither: leave their entities be
            _set_ents(doc, fixed + missed)
        return doc

    @staticmethod
    def _misses(doc: Any, ents: list[Any], known: dict[str, str]) -> list[Any]:
        """Return new entities for unlabelled capitalised runs that match a known name."""
        if not known:
            return []
        from spacy.attrs import LOWER

        taken = {i for e in ents for i in range(e.start, e.end)}
        longest = max(k.count(" ") + 1 for k in known)
        # a run can only start with the first word of a known name: find those tokens at once
        firsts = [doc.vocab.strings.add(k.split(" ", 1)[0]) for k in known]
        starts = set(numpy.nonzero(numpy.isin(doc.to_array(LOWER), firsts))[0].tolist())
        found = []
        i = 0
        while i < len(doc):
            if i not in starts or i in taken or not doc[i].text[:1].isupper():
                i += 1
                continue
            for size in range(min(longest, len(doc) - i), 0, -1):
                span = doc[i : i + size]
                if any(t.i in taken for t in span) or not span[-1].text[:1].isupper():
                    continue
                if size == 1 and (len(span.text) < 2 or span[0].is_stop):
                    continue  # "I", "May": never from one sighting
                label = known.get(span.text.casefold())
                if label is not None and " ".join(t.text for t in span) == span.text:
                    found.append(_span(doc, i, i + size, label))
                    i += size - 1
                    break
            i += 1
        return found


def add_entity_fixes(
    nlp: Any, lexicon_dirs: tuple[str, ...] = (), actor_files: tuple[str, ...] = ()
) -> Any:
    """Add the news-NER correction components after the model's ``ner``; return ``nlp``."""
    from spacy.language import Language

    if "ner" not in nlp.pipe_names or FIXES[0] in nlp.pipe_names:
        return nlp
    if not Language.has_factory(FIXES[0]):
        Language.factory(FIXES[0])(_make_span_edges)
        Language.factory(FIXES[1], default_config={"lexicon_dirs": [], "actor_files": []})(
            _make_lexicon_ents
        )
        Language.factory(FIXES[2])(_make_demonym_compounds)
        Language.factory(FIXES[3], default_config={"lexicon_dirs": []})(_make_title_trim)
        Language.factory(FIXES[4], default_config={"lexicon_dirs": []})(_make_named_events)
        Language.factory(FIXES[5], default_config={"lexicon_dirs": []})(_make_companies)
        Language.factory(FIXES[6])(_make_datelines)
        Language.factory(FIXES[7], default_config={"lexicon_dirs": []})(_make_topic_slugs)
        Language.factory(FIXES[8], default_config={"lexicon_dirs": []})(_make_rosters)
        Language.factory(FIXES[9], default_config={"lexicon_dirs": []})(_make_results_lines)
        Language.factory(FIXES[10])(_make_discourse)
    config = {"lexicon_dirs": list(lexicon_dirs), "actor_files": list(actor_files)}
    nlp.add_pipe(FIXES[0], after="ner")
    nlp.add_pipe(FIXES[1], after=FIXES[0], config=config)
    for before, name in zip(FIXES[1:], FIXES[2:], strict=False):
        lexicon = {} if name in _NO_LEXICON else {"lexicon_dirs": list(lexicon_dirs)}
        nlp.add_pipe(name, after=before, config=lexicon)
    return nlp


def _make_span_edges(nlp: Any, name: str) -> SpanEdges:
    return SpanEdges()


def _make_lexicon_ents(
    nlp: Any, name: str, lexicon_dirs: list[str], actor_files: list[str]
) -> LexiconEnts:
    return LexiconEnts(nlp, tuple(lexicon_dirs), tuple(actor_files))


def _make_demonym_compounds(nlp: Any, name: str) -> DemonymCompounds:
    return DemonymCompounds()


def _make_title_trim(nlp: Any, name: str, lexicon_dirs: list[str]) -> TitleTrim:
    return TitleTrim(tuple(lexicon_dirs))


def _make_named_events(nlp: Any, name: str, lexicon_dirs: list[str]) -> NamedEvents:
    return NamedEvents(tuple(lexicon_dirs))


def _make_companies(nlp: Any, name: str, lexicon_dirs: list[str]) -> Companies:
    return Companies(tuple(lexicon_dirs))


def _make_datelines(nlp: Any, name: str) -> Datelines:
    return Datelines()


def _make_topic_slugs(nlp: Any, name: str, lexicon_dirs: list[str]) -> TopicSlugs:
    return TopicSlugs(tuple(lexicon_dirs))


def _make_rosters(nlp: Any, name: str, lexicon_dirs: list[str]) -> Rosters:
    return Rosters(tuple(lexicon_dirs))


def _make_results_lines(nlp: Any, name: str, lexicon_dirs: list[str]) -> ResultsLines:
    return ResultsLines(tuple(lexicon_dirs))


def _make_discourse(nlp: Any, name: str) -> Discourse:
    return Discourse()
