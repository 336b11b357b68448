"""News-NER corrections read from the layout of a line.

A spaCy component, added by :func:`wirecoder.stages.ner_fixes.add_entity_fixes`:

- ``wirecoder_topic_slugs``: a line that opens with a desk's topic word before a spaced dash
  ("SOCCER - ...", "Cricket - ..."; word class ``ner.topic_slug``) names no one with it.
"""

from __future__ import annotations

import re
from typing import Any

_SLUG = re.compile(r"^\s*(?P<slug>[A-Za-z][A-Za-z ]{1,30}?)\s+-\s+\S", re.MULTILINE)


class TopicSlugs:
    """A desk's topic word opening a line before a spaced dash is no name: "SOCCER - ..."."""

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        from wirecoder.lexicon.classes import word_classes

        self.slugs = word_classes(lexicon_dirs)["ner.topic_slug"]

    def __call__(self, doc: Any) -> Any:
        spans = []
        for found in _SLUG.finditer(doc.text):
            if found["slug"].lower() in self.slugs:
                spans.append((found.start("slug"), found.end("slug")))
        if not spans:
            return doc
        original = doc.ents
        ents = [
            e for e in original if not any(s <= e.start_char and e.end_char <= t for s, t in spans)
        ]
        if len(ents) != len(original):
            doc.ents = ents
        return doc
