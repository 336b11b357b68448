"""A readable terminal view of one extraction, with rich: the text highlighted, then tables."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from wirecoder.model import Extraction

_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    "NORP": "green",
    "LOC": "green",
    "FAC": "green",
    "TIME": "yellow",
    "EVENT": "bold red underline",
    "QUOTE": "italic",
}


def highlighted(result: Extraction, text: str) -> Text:
    """Return the article text with entities, times, event triggers and quotes styled."""
    out = Text(text)
    for quote in result.quotes:
        out.stylize(_STYLES["QUOTE"], quote.start, quote.end)
    for entity in result.entities:
        for mention in entity.mentions:
            out.stylize(_STYLES.get(entity.type, "bold"), mention.start, mention.end)
    for time in result.times:
        out.stylize(_STYLES["TIME"], time.start, time.end)
    for event in result.events:
        out.stylize(_STYLES["EVENT"], event.trigger.start, event.trigger.end)
    return out


def render(result: Extraction, out: TextIO, *, text: str | None = None) -> None:
    """Write a human-readable report of ``result`` to ``out``."""
    console = Console(file=out, highlight=False, soft_wrap=False)
    status = "[green]ok[/]" if result.status == "ok" else f"[red]error[/]: {result.error}"
    console.rule(f"[bold]{result.id}[/]  {result.date or 'undated'}  {status}")
    if text:
        console.print(highlighted(result, text))
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    if result.entities:
        table = Table(
            "id",
            "name",
            "type",
            "country",
            "sector",
            "code",
            "title",
            "mentions",
            title="entities",
            title_justify="left",
        )
        for e in result.entities:
            mentions = ", ".join(dict.fromkeys(m.text for m in e.mentions))
            table.add_row(
                e.id,
                Text(e.name, _STYLES.get(e.type, "")),
                e.type,
                e.country or "",
                e.sector or "",
                e.code or "",
                e.title or "",
                f"{len(e.mentions)}: {mentions}",
            )
        console.print(table)
    if result.times:
        table = Table("text", "type", "value", title="times", title_justify="left")
        for t in result.times:
            table.add_row(t.text, t.type, t.value)
        console.print(table)
    if result.places:
        table = Table(
            "text", "name", "country", "lat", "lon", "feature", title="places", title_justify="left"
        )
        for p in result.places:
            table.add_row(
                p.text,
                p.name or "",
                p.country or "",
                "" if p.lat is None else f"{p.lat:.2f}",
                "" if p.lon is None else f"{p.lon:.2f}",
                p.feature or "",
            )
        console.print(table)
    if result.events:
        table = Table(
            "id",
            "trigger",
            "source",
            "cameo",
            "plover",
            "target",
            "status",
            "date",
            "rule",
            title="events",
            title_justify="left",
        )
        for v in result.events:
            table.add_row(
                v.id,
                v.trigger.text or "",
                v.source.text if v.source else "",
                v.cameo,
                v.plover or "",
                v.target.text if v.target else "",
                v.status,
                v.date or "",
                v.rule or "",
            )
        console.print(table)
    if result.quotes:
        table = Table("id", "kind", "speaker", "cue", "text", title="quotes", title_justify="left")
        for q in result.quotes:
            table.add_row(
                q.id,
                q.kind,
                q.speaker.text if q.speaker else "",
                q.cue.text if q.cue and q.cue.text else "",
                q.text[:120],
            )
        console.print(table)
