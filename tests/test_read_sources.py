"""Input readers: web pages, RSS/Atom feeds, folders of mixed files (all written here)."""

from __future__ import annotations

import json

from wirecoder.read.feeds import html_to_text, read_feed
from wirecoder.read.folders import count_inputs, read_paths
from wirecoder.read.html import read_html

PAGE = """<!doctype html>
<html><head><title>Kenya and Ethiopia to hold talks | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-05-14T08:00:00Z"></head>
<body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Kenya and Ethiopia to hold talks</h1>
<p>Kenya and Ethiopia will hold talks in Nairobi on May 20, officials said on Tuesday,
after months of tension along their shared border.</p>
<p>The foreign ministers of both countries are expected to attend the meeting, a spokesperson
for the Kenyan foreign ministry told reporters in the capital.</p>
</article>
<footer>Copyright 2024 Example Daily. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org/</link>
<item><title>Talks set</title><link>https://wire.example.org/talks</link>
<guid>wire-talks</guid><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Kenya and Ethiopia will hold talks.&lt;/p&gt;
&lt;p&gt;Officials said so.&lt;/p&gt;</description>
</item>
<item><title>Headline only</title><link>https://wire.example.org/empty</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><id>urn:example:1</id><title>Border meeting</title>
<link href="https://atom.example.org/1"/><updated>2024-06-02T09:30:00Z</updated>
<content type="html">&lt;p&gt;Pakistan and India met at the border.&lt;/p&gt;</content></entry>
</feed>
"""


def test_a_web_page_gives_its_article_text_and_metadata(tmp_path) -> None:
    path = tmp_path / "talks.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_html(path)
    assert doc.error is None
    assert "will hold talks in Nairobi on May 20" in doc.article.text
    assert "Subscribe" not in doc.article.text and "Weather" not in doc.article.text
    assert doc.article.title.startswith("Kenya and Ethiopia to hold talks")
    assert doc.article.date == "2024-05-14" and doc.article.id == "talks.html"


def test_a_page_without_an_article_is_an_error_document(tmp_path) -> None:
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    doc = read_html(path)
    assert doc.error and "no article text found" in doc.error and "index.html" in doc.error


def test_an_rss_feed_gives_one_document_per_entry(tmp_path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    talks, empty = read_feed(str(path))
    assert talks.error is None
    assert talks.article.text == "Kenya and Ethiopia will hold talks.\nOfficials said so."
    assert (talks.article.id, talks.article.date) == ("wire-talks", "2024-05-14")
    assert talks.article.source == "Example Wire"
    assert talks.article.url == "https://wire.example.org/talks"
    assert empty.error and "no text" in empty.error


def test_an_atom_feed_reads_content_and_updated_date(tmp_path) -> None:
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = read_feed(str(path))
    assert entry.article.text == "Pakistan and India met at the border."
    assert (entry.article.id, entry.article.date) == ("urn:example:1", "2024-06-02")


def test_a_file_that_is_not_a_feed_is_an_error_document(tmp_path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("this is <not a feed")
    (doc,) = read_feed(str(path))
    assert doc.error and "not a readable RSS/Atom feed" in doc.error


def test_html_fragments_become_paragraph_lines() -> None:
    assert html_to_text("<p>One &amp; two</p><p>Three<br>four</p>") == "One & two\nThree\nfour"
    assert html_to_text("plain &lt;text&gt;") == "plain <text>"


def test_a_folder_is_read_in_name_order_by_file_type(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Kenya met Ethiopia in Nairobi.")
    (tmp_path / "b.html").write_text(PAGE)
    (tmp_path / "c.json").write_text(
        json.dumps([{"id": "j1", "text": "One."}, {"id": "j2", "text": "Two."}])
    )
    (tmp_path / "d.jsonl").write_text('{"id": "l1", "text": "Line one."}\n\n')
    (tmp_path / "e.rss").write_text(RSS)
    (tmp_path / "f.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("skipped: hidden")
    sub = tmp_path / "z"
    sub.mkdir()
    (sub / "nested.txt").write_text("Nested article text.")

    docs = list(read_paths([str(tmp_path)]))
    ids = [doc.article.id for doc in docs]
    assert ids == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.html"),
        "j1",
        "j2",
        "l1",
        "wire-talks",
        "https://wire.example.org/empty",
        str(tmp_path / "f.pdf"),
        str(sub / "nested.txt"),
    ]
    assert "unsupported file type '.pdf'" in docs[7].error
    assert count_inputs([str(tmp_path)]) == 9


def test_missing_paths_are_error_documents_not_crashes(tmp_path) -> None:
    (doc,) = read_paths([str(tmp_path / "nowhere.txt")])
    assert doc.error and "no such file or folder" in doc.error
