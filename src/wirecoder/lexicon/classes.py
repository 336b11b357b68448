"""Word classes (lexicon/data/word_classes.tsv): the small closed word lists the coders read.

Which verbs only watch an event, which prepositions make it a topic, which words put a date ahead
of the report: each is a named class, the union of the words of its rows. A user adds words with
a row of their own id in a ``word_classes.tsv`` under ``Settings.lexicon_dirs``, or replaces a
packaged row by reusing its id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wirecoder.errors import LexiconError
from wirecoder.lexicon import Spec, load_table, register_spec

# every class a stage reads; the table's header comments say what each one decides
CLASSES = frozenset(
    {
        "roles.watching",
        "roles.undergo",
        "roles.stative",
        "roles.document",
        "roles.gather",
        "roles.affiliated",
        "match.part",
        "match.event_head",
        "modality.topic_prep",
        "resolver.partitive",
        "resolver.minority",
        "times.future_aux",
        "times.plan_verb",
        "times.schedule_verb",
        "times.aspect_verb",
        "times.request_verb",
        "times.due_word",
        "times.deadline_prep",
        "times.earliest",
        "times.aside_prep",
        "times.period_figures",
        "times.ahead_noun",
        "times.unchanged_past",
        "times.statement_noun",
        "times.lasting_verb",
        "times.ahead_participle",
        "times.edge_participle",
        "times.planning_verb",
        "times.setting_verb",
        "times.moving_verb",
        "times.calling_off_verb",
        "times.modal_ahead",
        "times.match_word",
        "times.game_noun",
        "times.behind_prep",
        "times.alert_noun",
        "ner.event_head",
        "ner.org_suffix",
        "ner.org_prefix",
        "ner.club_first",
        "ner.club_last",
        "ner.topic_slug",
        "ner.roster_head",
        "parse.lemma_fix",
    }
)


def _check(row: dict[str, str]) -> str | None:
    if row["class"] not in CLASSES:
        return f"class {row['class']!r} is not one of {' '.join(sorted(CLASSES))}"
    upper = [w for w in row["words"].split("|") if w != w.lower()]
    if upper:
        return f"word(s) {', '.join(upper)} should be lower case (words are compared as lemmas)"
    if row["class"] == "parse.lemma_fix":
        bad = [w for w in row["words"].split("|") if w and not _LEMMA_FIX.fullmatch(w)]
        if bad:
            return f"lemma fix(es) {', '.join(bad)} should read FORM>LEMMA, e.g. hopes>hope"
    return None


_LEMMA_FIX = re.compile(r"[a-z'’-]+>[a-z'’-]+")


register_spec("word_classes", Spec(("id", "class", "words"), "id", _check))


@dataclass(frozen=True)
class WordClasses:
    """The word classes by name, and which row each word came from."""

    words: dict[str, frozenset[str]]
    refs: dict[tuple[str, str], str]  # (class, word) -> "word_classes.v1:<id>"

    def __getitem__(self, name: str) -> frozenset[str]:
        if name not in CLASSES:
            raise LexiconError(f"unknown word class {name!r}; known: {' '.join(sorted(CLASSES))}")
        return self.words.get(name, frozenset())

    def ref(self, name: str, word: str) -> str | None:
        """The table row that put ``word`` in class ``name``, if any."""
        return self.refs.get((name, word.lower()))


@cache
def word_classes(extra_dirs: tuple[str, ...] = ()) -> WordClasses:
    """Load the word-class table (packaged rows plus user rows), validated."""
    words: dict[str, set[str]] = {}
    refs: dict[tuple[str, str], str] = {}
    for row in load_table("word_classes", extra_dirs):
        members = words.setdefault(row["class"], set())
        for word in row.items("words"):
            members.add(word)
            refs.setdefault((row["class"], word), row.ref)
    return WordClasses({name: frozenset(ws) for name, ws in words.items()}, refs)
