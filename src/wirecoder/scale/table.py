"""The output contract as flat columns, and Parquet in and out.

One row per article. The contract's scalar fields are string columns (``id``, ``status``,
``error``, ``date``, ``title``); its nested fields (``entities``, ``times``, ``places``,
``events``, ``quotes``, ``warnings``, ``meta``) are JSON strings holding exactly what
``wirecoder extract`` prints for them, so the schema stays the same when the contract gains
fields, and DuckDB (``json_extract``), Spark (``from_json``) or pandas (``json.loads``) unpack
them. The article's ``text``, ``source`` and ``url`` ride along so that the results can be
stored (:func:`read_results` gives what ``SQLiteStore.write`` takes) without coding again.

pyarrow and pandas are needed only by the functions that read or write Parquet or frames.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wirecoder.errors import InputError
from wirecoder.model import Article, Document, Extraction
from wirecoder.read import article_from_record, failed, read_jsonl

SCALAR_COLUMNS = ("id", "status", "error", "date", "title")
JSON_COLUMNS = ("entities", "times", "places", "events", "quotes", "warnings", "meta")
ARTICLE_COLUMNS = ("text", "source", "url")
COLUMNS = SCALAR_COLUMNS + JSON_COLUMNS + ARTICLE_COLUMNS
INPUT_COLUMNS = ("id", "text", "date", "title", "source", "url")


def to_row(doc: Document, result: Extraction) -> dict[str, str | None]:
    """Return one output row: the contract's fields (nested ones as JSON) and the article's."""
    data = result.to_dict()
    row: dict[str, str | None] = {name: data.get(name) for name in SCALAR_COLUMNS}
    for name in JSON_COLUMNS:
        row[name] = json.dumps(data.get(name), ensure_ascii=False)
    for name in ARTICLE_COLUMNS:
        row[name] = getattr(doc.article, name)
    return row


def contract_of(row: dict[str, Any]) -> dict[str, Any]:
    """Return the contract dict (as ``wirecoder extract`` prints it) held in one output row."""
    data: dict[str, Any] = {name: row.get(name) for name in SCALAR_COLUMNS}
    for name in JSON_COLUMNS:
        value = row.get(name)
        data[name] = json.loads(value) if isinstance(value, str) else value
    return data


def _plain(value: Any) -> Any:
    """Turn a pandas/Arrow cell into a JSON-like value: NaN and NaT become None, dates ISO."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime | date):  # pandas Timestamp is a datetime
        try:
            return value.isoformat()
        except ValueError:  # NaT
            return None
    if type(value).__name__ == "NaTType":
        return None
    return value


def document_from_record(record: dict[str, Any], *, where: str) -> Document:
    """Build a document from one input row; a row that is not an article becomes an error."""
    record = {key: _plain(record.get(key)) for key in INPUT_COLUMNS if key in record}
    text = record.get("text")
    if record.get("id") not in (None, ""):
        default_id = str(record["id"])
    else:  # a stable id from the text, the same on every run and every worker
        digest = hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:16]
        default_id = f"sha1:{digest}"
    try:
        return Document(article=article_from_record(record, where=where, default_id=default_id))
    except InputError as exc:
        return failed(default_id, str(exc), text=text if isinstance(text, str) else "")


def code_frame(frame: Any, pipeline: Any, *, where: str = "row") -> Any:
    """Code a pandas DataFrame of articles with ``pipeline``; return a frame of output rows."""
    import pandas as pd

    records = frame.to_dict("records")
    docs = [
        document_from_record(record, where=f"{where} {n}")
        for n, record in enumerate(records, start=1)
    ]
    rows = [to_row(doc, result) for doc, result in zip(docs, pipeline.stream(docs), strict=True)]
    return pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)


def arrow_schema() -> Any:
    """Return the Arrow schema of output rows: every column a nullable string."""
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in COLUMNS])


def write_parquet(
    coded: Iterable[tuple[Document, Extraction]], path: str | Path, *, rows_per_group: int = 1000
) -> int:
    """Write (document, extraction) pairs to one Parquet file, streaming; return the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for doc, result in coded:
            rows.append(to_row(doc, result))
            if len(rows) >= rows_per_group:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows or not count:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def _parquet_files(path: Path) -> list[Path]:
    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    if not files:
        raise InputError(f"{path}: the folder holds no .parquet files")
    return files


def _parquet_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for file in _parquet_files(Path(path)):
        try:
            parquet = pq.ParquetFile(str(file))
        except (OSError, ValueError) as exc:
            raise InputError(f"{file}: not a readable Parquet file ({exc})") from exc
        for batch in parquet.iter_batches(batch_size=1000):
            yield from batch.to_pylist()


def read_articles(path: str | Path) -> Iterator[Document]:
    """Yield documents from a Parquet file or folder (``text`` column, ...) or a JSONL file."""
    path = Path(path)
    if path.suffix == ".parquet" or path.is_dir():
        for n, record in enumerate(_parquet_rows(path), start=1):
            yield document_from_record(record, where=f"{path.name} row {n}")
        return
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from exc
    with handle:
        yield from read_jsonl(handle, origin=path.name)


def read_results(path: str | Path) -> Iterator[tuple[Document, Extraction]]:
    """Yield (document, extraction) pairs from results written by this module, Spark or Dask."""
    for row in _parquet_rows(path):
        missing = [name for name in ("id", "status", "text") if name not in row]
        if missing:
            raise InputError(
                f"{path}: not wirecoder results (no {', '.join(missing)} column); write them "
                "with `wirecoder spark`, `wirecoder dask` or wirecoder.scale.table.write_parquet"
            )
        article = Article(
            id=row["id"],
            text=row.get("text") or "",
            title=row.get("title"),
            date=row.get("date"),
            source=row.get("source"),
            url=row.get("url"),
        )
        yield (
            Document(article=article, error=row.get("error")),
            Extraction.from_dict(contract_of(row)),
        )


def is_jsonl(path: str) -> bool:
    """Tell JSON Lines from Parquet input; a local path must exist, a URL (s3://...) need not."""
    if "://" not in path and not Path(path).exists():
        raise InputError(f"{path}: no such file or folder")
    local = Path(path)
    if "://" not in path and local.is_dir():
        return not any(local.glob("*.parquet"))
    return local.suffix.lower() in (".jsonl", ".json", ".ndjson")


def is_results(names: Iterable[str]) -> bool:
    """Tell whether every input named is Parquet results (a .parquet file or a folder of them)."""
    paths = [Path(name) for name in names]
    return bool(paths) and all(
        (p.suffix == ".parquet" and p.is_file()) or (p.is_dir() and any(p.glob("*.parquet")))
        for p in paths
    )


class Precoded:
    """A coder for ``store.ingest`` whose results are already made: Parquet rows, not re-coded.

    ``documents()`` yields the articles to ingest; ``stream(docs)`` then yields the stored
    extraction of each article ingest asks for (a subsequence, in order, of ``documents()``).
    """

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self._paths = [Path(p) for p in paths]
        self._ahead: deque[tuple[Document, Extraction]] = deque()

    def __enter__(self) -> Precoded:
        return self

    def __exit__(self, *exc: object) -> None:
        self._ahead.clear()

    def documents(self) -> Iterator[Document]:
        """Yield the articles of the results, in order."""
        for path in self._paths:
            for doc, result in read_results(path):
                self._ahead.append((doc, result))
                yield doc

    def stream(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Yield the stored extraction of each document, in order."""
        for doc in docs:
            while self._ahead and self._ahead[0][0] is not doc:
                self._ahead.popleft()  # skipped by ingest: already stored
            if not self._ahead:
                raise InputError(f"article {doc.article.id} is not among the Parquet results")
            yield self._ahead.popleft()[1]
