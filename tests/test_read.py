"""Bad input becomes an error record that says what was wrong; good records still come out."""

from __future__ import annotations

import json

import pytest

from wirecoder.errors import InputError
from wirecoder.read import parse_date, read_jsonl, read_text


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2023-03-05", "2023-03-05"),
        ("1987-02-26T15:07:13", "1987-02-26"),
        ("2023-03-05T10:00:00Z", "2023-03-05"),
        ("Sun, 05 Mar 2023 10:00:00 GMT", "2023-03-05"),
        (None, None),
        ("", None),
    ],
)
def test_dates_are_normalised_to_iso_days(value: str | None, day: str | None) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("5 March 2023", "2023-03-05"),
        ("Mar 5 2023", "2023-03-05"),
        ("2023 Mar 5", "2023-03-05"),
        ("March 5th 2023", "2023-03-05"),
        ("Sept. 4, 2022", "2022-09-04"),
        ("MARCH 5, 2023 - 12:25AM EDT", "2023-03-05"),
        ("10:35 AM ET, Sun March 5, 2023", "2023-03-05"),
        ("Sun Mar 5, 2023 | 4:58pm EST", "2023-03-05"),
        ("2023-03-05 18:38 ET", "2023-03-05"),
        ("2023-03-05 00:26:04.358077-05", "2023-03-05"),
        ("3/25/2023", "2023-03-25"),
        ("25.03.2023", "2023-03-25"),
    ],
)
def test_dates_as_news_sites_stamp_them_are_read(value: str, day: str) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    "value", ["2023-02-30", "March 5th", "Feb 30 2023", "yesterday", "May 2023", 20230305]
)
def test_invalid_dates_say_the_expected_form(value: object) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date(value)


def test_a_numeric_date_whose_day_and_month_could_swap_is_refused_not_guessed() -> None:
    with pytest.raises(InputError, match="day/month or month/day"):
        parse_date("05/03/2023")


def _lines(*records: object) -> list[bytes]:
    return [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]


def test_each_bad_jsonl_line_yields_an_error_naming_the_line() -> None:
    lines = _lines(
        {"id": "good-1", "text": "Kenya and Ethiopia held talks.", "date": "2024-05-14"},
        b"{not json",
        {"id": "no-text", "title": "only a title"},
        {"id": "empty", "text": "   \n\t "},
        {"id": "bad-date", "text": "Talks were held.", "date": "yesterday"},
        "Caf\xe9".encode("latin-1"),
        b"",
        {"id": "good-2", "text": "Police detained protesters."},
    )
    docs = list(read_jsonl(lines, origin="in.jsonl"))
    assert [d.article.id for d in docs] == [
        "good-1",
        "in.jsonl:2",
        "no-text",
        "empty",
        "bad-date",
        "in.jsonl:6",
        "good-2",
    ]
    errors = {d.article.id: d.error for d in docs}
    assert errors["good-1"] is None and errors["good-2"] is None
    assert "line 2" in errors["in.jsonl:2"] and "malformed JSON" in errors["in.jsonl:2"]
    assert 'no "text" field' in errors["no-text"]
    assert "empty" in errors["empty"]
    assert "yesterday" in errors["bad-date"] and "YYYY-MM-DD" in errors["bad-date"]
    assert "not UTF-8" in errors["in.jsonl:6"] and "iconv" in errors["in.jsonl:6"]


def test_text_files_are_read_and_bad_ones_reported(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("\ufeffKenya and Ethiopia held talks.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 talks".encode("latin-1"))
    doc = read_text(good, date="2024-05-14")
    assert doc.error is None and doc.article.text.startswith("Kenya")
    assert doc.article.date == "2024-05-14"
    assert "empty" in read_text(empty).error
    assert "not UTF-8" in read_text(latin).error
    assert "cannot read" in read_text(tmp_path / "missing.txt").error


def test_a_text_of_only_invisible_characters_is_empty() -> None:
    lines = _lines({"id": "invisible", "text": "\u200b\u200b \n\ufeff"})
    (doc,) = read_jsonl(lines)
    assert doc.error is not None and "empty" in doc.error
