"""The command line: results on stdout, problems on stderr, exit codes that scripts can trust."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from wirecoder.cli import app

runner = CliRunner()


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_a_file_prints_contract_json(tmp_path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Kenya and Ethiopia will hold talks in Nairobi, officials said.")
    result = runner.invoke(app, ["extract", "--date", "2024-05-14", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "talks.txt" and data["date"] == "2024-05-14"
    assert {"Kenya", "Ethiopia"} <= {e["name"] for e in data["entities"]}


def test_extract_reads_a_web_page_and_a_feed_by_their_kind(tmp_path) -> None:
    page = tmp_path / "talks.html"
    page.write_text(
        "<html><head><title>Border talks</title>"
        '<meta property="article:published_time" content="2024-05-14T08:00:00Z"></head>'
        "<body><nav>Home</nav><article><h1>Border talks</h1><p>Kenya and Ethiopia held "
        "talks in Nairobi on Tuesday about the disputed border, officials said.</p>"
        "</article></body></html>"
    )
    feed = tmp_path / "wire.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Arrests</title><description>Police in Kampala arrested 20 protesters on "
        "Monday.</description><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>"
        "<link>http://example.org/1</link></item></channel></rss>"
    )
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(page), str(feed)])
    assert result.exit_code == 0, result.output
    page_result, item = _lines(result.stdout)
    assert page_result["title"] == "Border talks" and page_result["date"] == "2024-05-14"
    assert not any("<" in q["text"] for q in page_result["quotes"])  # no markup read as text
    assert item["id"] == "http://example.org/1" and item["date"] == "2024-05-14"


def test_jsonl_mode_streams_in_order_and_reports_bad_lines() -> None:
    stdin = (
        "\n".join(
            [
                json.dumps(
                    {"id": "a", "text": "Kenya held talks with Ethiopia.", "date": "2024-05-14"}
                ),
                "{broken",
                json.dumps({"id": "c", "text": ""}),
                json.dumps({"id": "d", "text": "Police in Lagos detained protesters."}),
            ]
        )
        + "\n"
    )
    result = runner.invoke(app, ["extract", "--jsonl", "-"], input=stdin.encode())
    assert result.exit_code == 1
    rows = _lines(result.stdout)
    assert [r["id"] for r in rows] == ["a", "stdin:2", "c", "d"]
    assert [r["status"] for r in rows] == ["ok", "error", "error", "ok"]
    assert "line 2" in rows[1]["error"]
    assert "2 article(s) failed" in result.stderr


def test_jsonl_records_without_a_date_take_the_date_option() -> None:
    stdin = json.dumps({"id": "a", "text": "Talks resumed in Nairobi."}) + "\n"
    result = runner.invoke(app, ["extract", "--jsonl", "--date", "2024-05-14", "-"], input=stdin)
    assert _lines(result.stdout)[0]["date"] == "2024-05-14"


def test_a_bad_date_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", "--date", "5 March", "-"], input="Talks resumed.")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr and result.stdout == ""


def test_an_unknown_model_is_a_configuration_error() -> None:
    result = runner.invoke(
        app, ["extract", "--model", "no_such_model_xyz", "-"], input="Talks resumed."
    )
    assert result.exit_code == 2
    assert "pip install" in result.stderr


def test_pretty_format_shows_the_entities(tmp_path, samples) -> None:
    path = tmp_path / "samples.jsonl"
    path.write_text(json.dumps(samples[0]) + "\n")
    result = runner.invoke(app, ["extract", "--jsonl", "--format", "pretty", str(path)])
    assert result.exit_code == 0
    assert "sample-diplomacy" in result.stdout and "entities" in result.stdout
    assert "Kenya" in result.stdout


def test_non_utf8_stdin_text_is_an_error_record() -> None:
    result = runner.invoke(app, ["extract", "-"], input="Caf\xe9".encode("latin-1"))
    assert result.exit_code == 1
    assert "not UTF-8" in json.loads(result.stdout)["error"]
