"""The event coder's knowledge: CAMEO codes, verb and noun patterns, modality cues, as data.

Three packaged tables in ``lexicon/data/`` (``cameo.tsv``, ``event_patterns.tsv``,
``modality.tsv``) are loaded through the lexicon loader, so they are validated on load and a user
extends or overrides them with same-named files in ``Settings.lexicon_dirs``. This module turns
their rows into typed records the matcher reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from wirecoder.errors import LexiconError
from wirecoder.lexicon import SECTORS, Spec, load_table, register_spec
from wirecoder.lexicon.classes import WordClasses, word_classes

POS = frozenset({"verb", "noun", "adj"})
STATUSES = frozenset({"occurred", "planned", "ongoing", "negated", "hypothetical"})
CUE_KINDS = frozenset({"aux", "neg", "mark", "governor", "noun_governor", "noun_mod", "headline"})
DERIVE = frozenset({"", "intent", "demand", "guess"})
ROLES = re.compile(r"^(?:subj|agent|poss|mod|speaker|obj|iobj|between|prep:[a-z]+)$")
_CODE = re.compile(r"^\d{2,4}$")
_RULE = re.compile(r"^[a-z]+\.[a-z_]+$")
# "18|19>138": the code when an embedded event has one of these roots; "LAB|EDU>143": the code
# when the source acts for one of these sectors (teachers who strike are on strike)
_REFINE = re.compile(r"^(?:\d{2}(?:\|\d{2})*|[A-Z]{3}(?:\|[A-Z]{3})*)>\d{2,4}$")


def _items(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _check_cameo(row: dict[str, str]) -> str | None:
    if not _CODE.match(row["code"]):
        return f"code {row['code']!r} is not a CAMEO code of 2 to 4 digits"
    if row["quadclass"] not in {"1", "2", "3", "4"}:
        return f"quadclass {row['quadclass']!r} is not 1, 2, 3 or 4"
    try:
        score = float(row["goldstein"])
    except ValueError:
        return f"goldstein {row['goldstein']!r} is not a number"
    if not -10.0 <= score <= 10.0:
        return f"goldstein {score} is outside -10..10"
    return None


_HEAD = re.compile(r"^\^[a-z]+$")  # an unless word naming the trigger's head: "^stimulate"
# dependencies a frame may name instead of a word: "@dobj" is any direct object, "@place" a
# named place as the direct object ("captured Mosul")
FRAME_ROLES = frozenset({"dobj", "xcomp", "ccomp", "dative", "attr", "place"})
# entity types an unless cell may name: "#ORG" vetoes a pattern whose object is an organisation
# ("took control of Getty Corp", a takeover, not a town taken)
ENTITY_VETOES = frozenset({"#ORG", "#PERSON"})


def _check_pattern(row: dict[str, str]) -> str | None:
    if not _RULE.match(row["rule"]):
        return f"rule {row['rule']!r} should look like 'family.name' (lower case, underscores)"
    if not _items(row["trigger"]):
        return "trigger is empty; give one or more lemmas separated by |"
    if row["pos"] not in POS:
        return f"pos {row['pos']!r} is not one of {', '.join(sorted(POS))}"
    if not _CODE.match(row["cameo"]):
        return f"cameo {row['cameo']!r} is not a CAMEO code of 2 to 4 digits"
    for column in ("source", "target"):
        bad = [role for role in _items(row[column]) if not ROLES.match(role)]
        if bad:
            return (
                f"{column} role(s) {', '.join(bad)} unknown; use subj, agent, poss, mod, speaker, "
                "obj, iobj, between or prep:WORD"
            )
    bad = [w for w in _items(row["unless"]) if w.startswith("^") and not _HEAD.match(w)]
    if bad:
        return f"unless head(s) {', '.join(bad)} should be ^ and a lower-case lemma (^stimulate)"
    bad = [w for w in _items(row["unless"]) if w.startswith("#") and w not in ENTITY_VETOES]
    if bad:
        return (
            f"unless mark(s) {', '.join(bad)} unknown; a word starting with # names an entity "
            f"type that vetoes the pattern: {', '.join(sorted(ENTITY_VETOES))}"
        )
    for column in ("frame", "unless"):
        bad = [w for w in _items(row[column]) if w.startswith("@") and w[1:] not in FRAME_ROLES]
        if bad:
            return (
                f"{column} role(s) {', '.join(bad)} unknown; a {column} word starting with @ "
                f"names a dependency: {', '.join('@' + r for r in sorted(FRAME_ROLES))}"
            )
    if row["symmetric"] not in {"", "yes", "no"}:
        return f"symmetric {row['symmetric']!r} should be yes, no or empty"
    bad = [group for group in row["refine"].split() if not _REFINE.match(group)]
    if bad:
        return f"refine group(s) {', '.join(bad)} should look like 18|19>138 or LAB|EDU>143"
    return None


# conditions a governor may carry in the optional ``when`` column of modality.tsv: "clause" (it
# governs a clause, never a noun: "is to hold talks", not "the attack was brutal"), "ing" (only its
# -ing form: "is going to attack", not "went to attack"), "to" (only over a to-infinitive: "is to
# meet", not "are opposed"), "WORD>STATUS" (with WORD among its
# dependents the status is STATUS: "has yet to meet" is negated)
_WHEN = re.compile(r"^(?:clause|ing|to|[a-z]+>(?:occurred|planned|ongoing|negated|hypothetical))$")


def _check_cue(row: dict[str, str]) -> str | None:
    bad = [w for w in row.get("when", "").split() if not _WHEN.match(w)]
    if bad:
        return f"when {' '.join(bad)!r} should be clause, ing, to or WORD>STATUS (yet>negated)"
    if row["kind"] not in CUE_KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(sorted(CUE_KINDS))}"
    if row["status"] not in STATUSES:
        return f"status {row['status']!r} is not one of {', '.join(sorted(STATUSES))}"
    if row["derive"] not in DERIVE:
        return f"derive {row['derive']!r} should be intent, demand, guess or empty"
    return None


def _check_actor_noun(row: dict[str, str]) -> str | None:
    if row["sector"] not in SECTORS:
        return f"sector {row['sector']!r} is not one of {' '.join(sorted(SECTORS))}"
    return None


NON_AGENT_KINDS = frozenset(
    {"quake", "storm", "water", "fire", "disease", "market", "vehicle", "other"}
)


def _check_non_agent(row: dict[str, str]) -> str | None:
    if row["kind"] not in NON_AGENT_KINDS:
        return f"kind {row['kind']!r} is not one of {' '.join(sorted(NON_AGENT_KINDS))}"
    return None


def register() -> None:
    """Declare the event tables' shapes to the lexicon loader (idempotent)."""
    register_spec(
        "cameo",
        Spec(("code", "name", "plover", "mode", "quadclass", "goldstein"), "code", _check_cameo),
    )
    register_spec(
        "event_patterns",
        Spec(
            (
                "rule",
                "trigger",
                "pos",
                "frame",
                "prep",
                "under",
                "unless",
                "source",
                "target",
                "symmetric",
                "refine",
                "cameo",
                "example",
            ),
            "rule",
            _check_pattern,
        ),
    )
    register_spec(
        "modality",
        Spec(("cue", "kind", "status", "derive", "example"), "cue", _check_cue, scope="kind"),
    )
    register_spec("event_actor_nouns", Spec(("noun", "sector"), "noun", _check_actor_noun))
    register_spec("non_agents", Spec(("noun", "kind"), "noun", _check_non_agent))


@dataclass(frozen=True)
class Code:
    """One CAMEO code with its PLOVER type and mode, QuadClass and Goldstein score."""

    code: str
    name: str
    plover: str | None
    mode: str | None
    quadclass: int
    goldstein: float

    @property
    def root(self) -> str:
        """The two-digit CAMEO root."""
        return self.code[:2]

    @property
    def base(self) -> str:
        """The three-digit CAMEO base code (the root plus 0 for a root code)."""
        return self.code[:3] if len(self.code) >= 3 else self.code + "0"


@dataclass(frozen=True)
class Pattern:
    """A trigger with its frame, the CAMEO code it yields and where its actors are found."""

    rule: str  # emitted name, e.g. "consult.hold_talks.v1"
    triggers: frozenset[str]
    pos: str
    frame: frozenset[str]
    preps: frozenset[str]
    under: frozenset[str]
    unless: frozenset[str]
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool
    refine: tuple[tuple[frozenset[str], str], ...]
    cameo: str

    @property
    def specificity(self) -> int:
        """How much the pattern asks of the parse: more demanding patterns win ties."""
        return 2 * bool(self.frame) + bool(self.preps) + bool(self.under)

    def refined(self, embedded_root: str) -> str | None:
        """The code this pattern takes when an event of ``embedded_root`` is embedded in it."""
        for roots, code in self.refine:
            if embedded_root in roots:
                return code
        return None

    def for_sector(self, sector: str | None) -> str | None:
        """The code this pattern takes when its source acts for ``sector``, if it names one."""
        if not sector:
            return None
        return next((code for sectors, code in self.refine if sector in sectors), None)


@dataclass(frozen=True)
class Cue:
    """A word that changes an event's status, and the status it gives."""

    cue: str
    kind: str
    status: str
    derive: str  # "", "intent" or "demand": the speech act the cue reveals; "guess": none
    ref: str
    when: tuple[str, ...] = ()  # a governor's conditions: clause, ing, WORD>STATUS

    @property
    def clause_only(self) -> bool:
        """Whether the cue governs only a clause, never a nominal event."""
        return "clause" in self.when

    @property
    def infinitive_only(self) -> bool:
        """Whether the cue governs only a to-infinitive ("is to meet", not "is opposed")."""
        return "to" in self.when

    @property
    def ing_only(self) -> bool:
        """Whether the cue counts only in its -ing form ("going to")."""
        return "ing" in self.when

    def status_with(self, words: set[str]) -> str:
        """The status the cue gives when ``words`` are among its dependents."""
        for condition in self.when:
            word, _, status = condition.partition(">")
            if status and word in words:
                return status
        return self.status


@dataclass(frozen=True)
class EventLexicon:
    """Everything the event coder knows, loaded and validated once per lexicon setting."""

    codes: dict[str, Code]
    patterns: dict[str, tuple[Pattern, ...]]  # by trigger lemma
    cues: dict[tuple[str, str], Cue]  # by (kind, cue)
    sectors: dict[str, str]  # common actor noun lemma -> sector
    non_agents: frozenset[str]  # what nature and markets do: never actors
    words: WordClasses  # the closed word lists roles, matching and modality read

    def code(self, code: str) -> Code:
        """The record of a CAMEO code, falling back to its base and root."""
        for key in (code, code[:3], code[:2]):
            if key in self.codes:
                return self.codes[key]
        raise LexiconError(f"CAMEO code {code!r} is not in cameo.tsv; add a row for it")

    def cue(self, kind: str, word: str) -> Cue | None:
        """The cue of ``kind`` for ``word``, if it is one."""
        return self.cues.get((kind, word.lower()))

    @cached_property
    def symmetric_rules(self) -> frozenset[str]:
        """The rules (without their version) of patterns whose events run both ways."""
        return frozenset(
            p.rule.rsplit(".", 1)[0] for ps in self.patterns.values() for p in ps if p.symmetric
        )


def _refine(value: str) -> tuple[tuple[frozenset[str], str], ...]:
    groups = []
    for group in value.split():
        roots, code = group.split(">")
        groups.append((frozenset(roots.split("|")), code))
    return tuple(groups)


@cache
def event_lexicon(extra_dirs: tuple[str, ...] = ()) -> EventLexicon:
    """Load the event coder's tables (packaged plus user files), validated."""
    register()
    codes: dict[str, Code] = {}
    for row in load_table("cameo", extra_dirs):
        codes[row["code"]] = Code(
            row["code"],
            row["name"],
            row["plover"] or None,
            row["mode"] or None,
            int(row["quadclass"]),
            float(row["goldstein"]),
        )
    table = load_table("event_patterns", extra_dirs)
    patterns: dict[str, list[Pattern]] = {}
    for row in table:
        if row["cameo"] not in codes and row["cameo"][:2] not in codes:
            raise LexiconError(
                f"event pattern {row['rule']}: CAMEO code {row['cameo']} is not in cameo.tsv; "
                "add the code there or correct the pattern"
            )
        tag = "user" if row.ref.startswith("event_patterns.user") else f"v{table.version}"
        pattern = Pattern(
            rule=f"{row['rule']}.{tag}",
            triggers=frozenset(row.items("trigger")),
            pos=row["pos"],
            frame=frozenset(row.items("frame")),
            preps=frozenset(row.items("prep")),
            under=frozenset(row.items("under")),
            unless=frozenset(row.items("unless")),
            source=row.items("source"),
            target=row.items("target"),
            symmetric=row["symmetric"] == "yes",
            refine=_refine(row["refine"]),
            cameo=row["cameo"],
        )
        for lemma in pattern.triggers:
            patterns.setdefault(lemma, []).append(pattern)
    cues = {
        (row["kind"], row["cue"].lower()): Cue(
            row["cue"],
            row["kind"],
            row["status"],
            row["derive"],
            row.ref,
            tuple(row.values.get("when", "").split()),
        )
        for row in load_table("modality", extra_dirs)
    }
    return EventLexicon(
        codes=codes,
        patterns={
            lemma: tuple(sorted(found, key=lambda p: -p.specificity))
            for lemma, found in patterns.items()
        },
        cues=cues,
        sectors={
            row["noun"].lower(): row["sector"]
            for row in load_table("event_actor_nouns", extra_dirs)
        },
        non_agents=frozenset(row["noun"].lower() for row in load_table("non_agents", extra_dirs)),
        words=word_classes(extra_dirs),
    )
