"""A few short articles written by the wirecoder team for the scale tests, and helpers."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    {
        "id": "scale-1",
        "date": "2024-05-14",
        "title": "Talks in Nairobi",
        "text": "Kenya and Ethiopia will hold talks in Nairobi next week, officials said on "
        'Tuesday. "We expect progress on the border," said Foreign Minister Amina Odhiambo.',
    },
    {
        "id": "scale-2",
        "date": "2024-05-15",
        "text": "Police in Lagos detained twelve protesters on Wednesday after a march against "
        "fuel prices, a spokesman for the Nigerian police told reporters.",
    },
    {
        "id": "scale-3",
        "date": "2024-05-16",
        "text": "The European Union imposed new sanctions on Belarus on Thursday. Brussels said "
        "the measures target officials in Minsk.",
    },
    {
        "id": "scale-4",
        "date": "2024-05-17",
        "source": "team",
        "url": "https://example.org/4",
        "text": "Chile's president met the Argentine foreign minister in Santiago on Friday to "
        "discuss a trade agreement, according to a government statement.",
    },
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """Write records as JSON Lines and return the path."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
