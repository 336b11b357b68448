"""How query results are written: a rich table, JSON Lines (--json) or CSV (--csv)."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text


def emit(
    rows: Sequence[Any],
    names: Sequence[str],
    *,
    as_json: bool = False,
    as_csv: bool = False,
    table_columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    """Write rows (dataclasses or tuples in ``names`` order) as a table, JSON Lines or CSV."""
    out = out or sys.stdout
    values = [
        dataclasses.astuple(row) if dataclasses.is_dataclass(row) else tuple(row) for row in rows
    ]
    if as_json:
        for row in values:
            record = dict(zip(names, row, strict=True))
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        return
    if as_csv:
        writer = csv.writer(out)
        writer.writerow(names)
        writer.writerows(["" if v is None else v for v in row] for row in values)
        return
    shown = list(table_columns or names)
    index = [list(names).index(name) for name in shown]
    cells = [[_cell(row[i]) for i in index] for row in values]
    table = Table(title=title, title_justify="left")
    for number, name in enumerate(shown):  # short columns stay whole; long text wraps
        longest = max([len(name)] + [len(row[number]) for row in cells])
        table.add_column(name, min_width=min(longest, 24), overflow="fold")
    for row in cells:
        table.add_row(*row)
    # on a terminal, its width; piped, wide enough that rows are not folded into fragments
    console = Console(file=out, highlight=False, width=None if out.isatty() else 240)
    console.print(table)
    console.print(f"{len(values)} row(s)", style="dim")


def _cell(value: Any) -> Text:
    if value is None:
        return Text("")
    text = str(value).replace("\n", " ")
    return Text(text if len(text) <= 90 else text[:87] + "...")  # Text: no markup parsing
